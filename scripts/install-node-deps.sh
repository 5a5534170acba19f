#!/usr/bin/env bash
# Install the npm packages of tests/api (the AWS SDK for JavaScript v3 client
# tests of the AHI HTTP API), exactly as package-lock.json pins them.
#
#   scripts/install-node-deps.sh
#
# Idempotent and quick: `npm ci` runs only when tests/api/node_modules is
# missing or package.json / package-lock.json changed since the last install
# (a stamp in node_modules holds their hash; a failed install leaves none).
# node and npm come from scripts/install-deps.sh. Quiet unless npm fails, then
# its log tail and a one-line error, exit status 1.
set -euo pipefail

die() { echo "install-node-deps: error: $*" >&2; exit 1; }

DIR=$(cd "$(dirname "$0")/../tests/api" && pwd)
command -v node > /dev/null 2>&1 || die "node not found (scripts/install-deps.sh installs it)"
command -v npm > /dev/null 2>&1 || die "npm not found (scripts/install-deps.sh installs it)"
[ -f "$DIR/package-lock.json" ] || die "$DIR/package-lock.json is missing"

cd "$DIR"
STAMP=node_modules/.tessera-install-stamp
want=$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1)
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ]; then
    exit 0
fi

log=$(mktemp)
if ! npm ci --no-audit --no-fund --loglevel=error > "$log" 2>&1; then
    tail -n 30 "$log" >&2
    rm -f "$log"
    die "npm ci failed in tests/api (is the npm registry reachable?)"
fi
rm -f "$log"
echo "$want" > "$STAMP"
echo "install-node-deps: installed tests/api packages ($(node -p 'require("./package.json").dependencies["@aws-sdk/client-medical-imaging"]') of @aws-sdk/client-medical-imaging)"
