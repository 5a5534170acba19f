#!/usr/bin/env bash
# A generated multi-series study (scripts/gen_study.py, N=20 -> 64 files):
# dciodvfy-valid, every file converts to the same JSON as dcm2json, and every
# file rewritten by Tessera converts to the same JSON again.
# Usage: test_study.sh TESSERA_BINARY   (prints "study: N passed, N failed")
set -uo pipefail
T=$1
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PY=/usr/bin/python3
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
pass=0; fail=0
check() { local what=$1; shift; if "$@"; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL: $what"; fi; }

$PY "$ROOT/scripts/gen_study.py" --n 20 --out "$W/study" > "$W/gen.log" 2>&1
check "gen_study --n 20" test $? -eq 0
n=$(find "$W/study" -name '*.dcm' | wc -l)
check "64 files generated (got $n)" test "$n" -eq 64
"$ROOT/scripts/validate-study.sh" "$W/study" > "$W/val.log" 2>&1
check "dciodvfy finds no error" test $? -eq 0

$PY -W ignore "$ROOT/tests/corpus/json_diff.py" "$T" "$W/study" > "$W/diff.log" 2>&1
check "json equals dcm2json for every file ($(tail -1 "$W/diff.log"))" grep -q "^json_diff: $n passed, 0 failed" "$W/diff.log"

bad=0
for f in $(find "$W/study" -name '*.dcm' | sort); do
    "$T" rewrite "$f" "$W/rw.dcm" && "$T" json "$f" > "$W/a.json" && "$T" json "$W/rw.dcm" > "$W/b.json" \
        && cmp -s "$W/a.json" "$W/b.json" || { bad=$((bad+1)); echo "rewrite changed $f"; }
done
check "rewrite preserves every file" test $bad -eq 0

# the four series are one patient, one study
studies=$("$T" json $(find "$W/study" -name '*.dcm') | $PY -c "
import json, sys
s = set(); p = set(); se = set()
for line in sys.stdin:
    d = json.loads(line)
    s.add(d['0020000D']['Value'][0]); p.add(d['00100020']['Value'][0]); se.add(d['0020000E']['Value'][0])
print(len(s), len(p), len(se))")
check "one study, one patient, four series (got $studies)" test "$studies" = "1 1 4"

echo "study: $pass passed, $fail failed"
