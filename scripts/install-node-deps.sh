#!/usr/bin/env bash
# Install the npm packages of the Node test suites, exactly as their
# package-lock.json pins them:
#
#   tests/api        the AWS SDK for JavaScript v3 client tests of the AHI HTTP API
#   tests/dicomweb   the DICOMweb client tests (dicomweb-client, dcmjs,
#                    playwright-core, ...), plus the OHIF viewer's prebuilt
#                    dist/ (see below)
#
#   scripts/install-node-deps.sh
#
# Idempotent and quick: `npm ci` runs in a directory only when its
# node_modules is missing or package.json / package-lock.json changed since
# the last install (a stamp in node_modules holds their hash; a failed
# install leaves none).
#
# OHIF (@ohif/app) cannot be an npm dependency: it depends on @ohif/*
# packages of its own version that are not all published, so npm cannot
# resolve it. Only its tarball is needed (it ships a prebuilt dist/, about
# 200 MB): tests/dicomweb/package.json's "prebuilt" entry pins its version
# and sha512 integrity; `npm pack` fetches the tarball, the integrity is
# checked, and dist/ is unpacked into tests/dicomweb/.cache/ohif-app-VERSION/
# (outside git, kept across `npm ci`), with a stamp.
#
# node and npm come from scripts/install-deps.sh. Quiet unless something
# fails, then the log tail and a one-line error, exit status 1.
set -euo pipefail

die() { echo "install-node-deps: error: $*" >&2; exit 1; }

ROOT=$(cd "$(dirname "$0")/.." && pwd)
command -v node > /dev/null 2>&1 || die "node not found (scripts/install-deps.sh installs it)"
command -v npm > /dev/null 2>&1 || die "npm not found (scripts/install-deps.sh installs it)"

install_dir() {  # install_dir DIR: npm ci in DIR unless its stamp matches
    local dir=$1 name
    name=${dir#"$ROOT"/}
    [ -f "$dir/package-lock.json" ] || die "$dir/package-lock.json is missing"
    local stamp=$dir/node_modules/.tessera-install-stamp want
    want=$(cat "$dir/package.json" "$dir/package-lock.json" | sha256sum | cut -d' ' -f1)
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
        return 0
    fi
    local log
    log=$(mktemp)
    if ! (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) > "$log" 2>&1; then
        tail -n 30 "$log" >&2
        rm -f "$log"
        die "npm ci failed in $name (is the npm registry reachable?)"
    fi
    rm -f "$log"
    echo "$want" > "$stamp"
    echo "install-node-deps: installed $name packages"
}

install_prebuilt() {  # install_prebuilt DIR PACKAGE CACHE_NAME: unpack a pinned tarball's dist/
    local dir=$1 pkg=$2 cname=$3 version integrity
    version=$(node -p "require('$dir/package.json').prebuilt['$pkg'].version")
    integrity=$(node -p "require('$dir/package.json').prebuilt['$pkg'].integrity")
    local dest=$dir/.cache/$cname-$version
    local stamp=$dest/.tessera-install-stamp
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$integrity" ] && [ -f "$dest/dist/index.html" ]; then
        return 0
    fi
    local tmp
    tmp=$(mktemp -d)
    if ! (cd "$tmp" && npm pack "$pkg@$version" --loglevel=error) > "$tmp/log" 2>&1; then
        tail -n 30 "$tmp/log" >&2
        rm -rf "$tmp"
        die "npm pack $pkg@$version failed (is the npm registry reachable?)"
    fi
    local tgz
    tgz=$(ls "$tmp"/*.tgz 2> /dev/null | head -1)
    [ -n "$tgz" ] || { rm -rf "$tmp"; die "npm pack $pkg@$version left no tarball"; }
    local got
    got="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
    if [ "$got" != "$integrity" ]; then
        rm -rf "$tmp"
        die "$pkg@$version tarball integrity $got differs from the pinned $integrity"
    fi
    rm -rf "$dest"
    mkdir -p "$dest"
    tar -xzf "$tgz" -C "$dest" --strip-components=1 package/dist package/package.json package/LICENSE \
        || { rm -rf "$tmp" "$dest"; die "unpacking $pkg@$version failed"; }
    rm -rf "$tmp"
    echo "$integrity" > "$stamp"
    echo "install-node-deps: unpacked $pkg@$version dist/ into ${dest#"$ROOT"/}"
}

install_dir "$ROOT/tests/api"
install_dir "$ROOT/tests/dicomweb"
install_prebuilt "$ROOT/tests/dicomweb" "@ohif/app" "ohif-app"
