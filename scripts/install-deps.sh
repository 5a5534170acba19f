#!/usr/bin/env bash
# Install everything Tessera's build, tests and test-data scripts need, from Debian's packages.
#
#   scripts/install-deps.sh
#
# Idempotent and quick: packages already installed are detected with dpkg-query, and apt-get
# (update + install) runs only when something is missing. Needs root (or sudo) only then.
# Installs with --no-install-recommends: every package the project uses is listed here
# (python3-pil is pydicom's JPEG decoder, a Recommends we do want).
#
# Deliberately NOT installed: octave-dicom (it pulls in all of Octave). scripts/fetch-testdata.sh
# fetches its .deb with `apt-get download` and unpacks only the sample files it needs.
set -euo pipefail

die() { echo "install-deps: error: $*" >&2; exit 1; }

PKGS=(
    # build + sanitizers + libFuzzer
    build-essential clang libclang-rt-14-dev pkg-config
    zlib1g-dev libssl-dev nettle-dev libjansson-dev libsqlite3-dev sqlite3 libmicrohttpd-dev libdeflate-dev
    # pixel codecs (pixels.md): HTJ2K, JPEG 2000, JPEG-LS, JPEG, GDCM IJG 8/12/16, PNG
    g++ libopenjph-dev openjph-tools libopenjp2-7-dev libopenjp2-tools libcharls-dev
    libjpeg62-turbo-dev libgdcm-dev libpng-dev valgrind
    # DICOM tools and oracles
    dcmtk dicom3tools libgdcm-tools
    # scripts/gen_study.py (run with /usr/bin/python3)
    python3 python3-pydicom python3-numpy python3-pil
    # scripts/fetch-testdata.sh: apt-get download + dpkg-deb, tar/gzip for npm tarballs
    apt dpkg tar gzip ca-certificates coreutils
    # benchmark tools (bench/, `make bench`): the HTTP load generator and the static-file peer
    wrk nginx-light
    # DICOMweb reference server and peer (tests/dicomweb, bench): Orthanc 1.10 + its plugins
    orthanc orthanc-dicomweb orthanc-gdcm
    # browser tests: the OHIF viewer in headless Chromium (tests/ohif)
    chromium
)

# Node + npm: only when node is missing (a NodeSource nodejs ships its own npm; Debian's
# npm package would conflict with it).
if ! command -v node >/dev/null 2>&1; then
    PKGS+=(nodejs npm)
elif ! command -v npm >/dev/null 2>&1; then
    die "node is installed ($(command -v node)) but npm is not; install npm matching that node"
fi

is_installed() {
    [ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null)" = "ii " ]
}

missing=()
for p in "${PKGS[@]}"; do
    is_installed "$p" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#PKGS[@]} packages present"
    exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "must run as root to install: ${missing[*]}"
    SUDO=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
echo "install-deps: missing: ${missing[*]}"
echo "install-deps: apt-get update"
"${SUDO[@]}" apt-get update -qq >/dev/null || die "apt-get update failed"
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/tmp/install-deps.$$.log 2>&1 || {
        tail -n 30 /tmp/install-deps.$$.log >&2
        rm -f /tmp/install-deps.$$.log
        die "apt-get install failed for: ${missing[*]}"
    }
rm -f /tmp/install-deps.$$.log

for p in "${missing[@]}"; do
    is_installed "$p" || die "$p still not installed after apt-get install"
    echo "install-deps: installed $p $(dpkg-query -W -f='${Version}' "$p")"
done
