#!/usr/bin/env bash
# Run every unit-test executable of the release and sanitizer builds.
# Each prints "NAME: N passed, N failed"; this script prints them with the
# build as prefix and exits non-zero if any failed or crashed.
set -uo pipefail
cd "$(dirname "$0")/.."
export TESSERA_TESTDATA=${TESSERA_TESTDATA:-$PWD/.testdata}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
for build in release asan; do
    for t in build/$build/tests/test_*; do
        [ -x "$t" ] || continue
        out=$("$t" 2>&1); rc=$?
        line=$(printf '%s\n' "$out" | grep -E '^[a-z_0-9]+: [0-9]+ passed, [0-9]+ failed$' | tail -1)
        if [ $rc -ne 0 ] || [ -z "$line" ]; then
            printf '%s\n' "$out" | tail -20 >&2
            [ -z "$line" ] && line="$(basename "$t"): 0 passed, 1 failed"
            status=1
        fi
        echo "unit/$build/$line"
    done
done
exit $status
