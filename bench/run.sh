#!/usr/bin/env bash
# Tessera's benchmarks: the `make bench` entry point (bench/README.md).
#
#   bench/run.sh [N=300] [RUNS=5] [METRIC_SCRIPT...]
#   make bench [N=100]
#
# 1. installs missing Debian packages (scripts/install-deps.sh, a no-op when all are present)
#    and builds the release binary (make release);
# 2. generates the benchmark study into bench/work/study-N unless it is already there
#    (scripts/gen_study.py --n N: N=300 gives 400 files, ~195 MB; regenerated when
#    scripts/gen_study.py changes);
# 3. runs every metric script, bench/*.py and bench/*.sh except this one and bench/_* helpers
#    (or only the ones named, e.g. `bench/run.sh parse`), each writing a JSON fragment;
# 4. merges the fragments into bench/results.json and prints one table.
#
# Nothing here asserts on time: goals are reported (met? yes/NO), never enforced. The exit
# status is non-zero only when something could not be measured (a build, a tool or a metric
# script failed).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
cd "$repo"

die() { echo "bench: error: $*" >&2; exit 2; }
log() { echo "bench: $*" >&2; }

N=300
RUNS=${BENCH_RUNS:-5}
only=()
for a in "$@"; do
    case $a in
        N=*) N=${a#N=} ;;
        RUNS=*) RUNS=${a#RUNS=} ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *=*) die "unknown setting $a (N=..., RUNS=...)" ;;
        *) only+=("${a%.*}") ;;
    esac
done
[[ $N =~ ^[1-9][0-9]*$ ]] || die "N must be a positive integer, not '$N'"
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, not '$RUNS'"

# The metric scripts to run (chosen first, so a wrong name fails before any work).
scripts=()
for s in bench/*.py bench/*.sh; do
    [ -f "$s" ] || continue
    b=$(basename "$s")
    [[ $b == run.sh || $b == _* ]] && continue
    if [ ${#only[@]} -gt 0 ]; then
        want=0
        for o in "${only[@]}"; do [ "$o" = "${b%.*}" ] && want=1; done
        [ $want = 1 ] || continue
    fi
    scripts+=("$s")
done
[ ${#scripts[@]} -gt 0 ] || die "no metric scripts to run${only:+ (asked for: ${only[*]})}"

export PYTHONDONTWRITEBYTECODE=1   # no bench/__pycache__
PY=/usr/bin/python3   # Debian's Python: pydicom + numpy for gen_study.py; the scripts need only its stdlib
started=$(date -u +%Y-%m-%dT%H:%M:%S+00:00)
loadavg_start=$(cut -d' ' -f1-3 /proc/loadavg)
mkdir -p bench/work/out

# One benchmark at a time: a second one would skew both (and share bench/work).
exec 9>bench/work/.lock
flock -n 9 || { log "another bench run holds bench/work/.lock; waiting"; flock 9; }

# --- 1. dependencies and build -------------------------------------------------------------
scripts/install-deps.sh >&2 || die "scripts/install-deps.sh failed"
for t in dcm2json dcmdump flock; do
    command -v "$t" >/dev/null || die "$t not found after scripts/install-deps.sh"
done
log "make release"
make -s release >&2 || die "make release failed (if someone is mid-edit in src/, retry in a minute)"
tessera=$repo/build/release/tessera
[ -x "$tessera" ] || die "$tessera missing after make release"

# --- 2. the study ----------------------------------------------------------------------------
study=$repo/bench/work/study-$N
gen_sum=$(sha256sum scripts/gen_study.py | cut -d' ' -f1)
if [ -d "$study" ] && [ "$(cat "$study/.gen_study.sha256" 2>/dev/null)" = "$gen_sum" ]; then
    log "study: reusing $study"
else
    log "study: generating N=$N into $study"
    scripts/fetch-testdata.sh >&2 || die "scripts/fetch-testdata.sh failed"
    tmp=$study.tmp.$$
    rm -rf "$tmp"
    trap 'rm -rf "$tmp"' EXIT
    "$PY" scripts/gen_study.py --n "$N" --out "$tmp" >&2 || die "scripts/gen_study.py failed"
    echo "$gen_sum" >"$tmp/.gen_study.sha256"
    rm -rf "$study"
    mv "$tmp" "$study"   # the study appears whole or not at all
    trap - EXIT
fi

# --- 3. metric scripts -------------------------------------------------------------------------
export BENCH_STUDY=$study BENCH_N=$N BENCH_TESSERA=$tessera BENCH_RUNS=$RUNS
fragments=()
failed=()
for s in "${scripts[@]}"; do
    name=$(basename "${s%.*}")
    out=$repo/bench/work/out/$name.json
    rm -f "$out"
    log "--- $name ($s)"
    t0=$SECONDS
    case $s in
        *.py) runner=("$PY") ;;
        *.sh) runner=(bash) ;;
    esac
    if BENCH_OUT=$out "${runner[@]}" "$s" && [ -s "$out" ]; then
        fragments+=("$out")
        log "--- $name done in $((SECONDS - t0)) s"
    else
        log "--- $name FAILED after $((SECONDS - t0)) s"
        failed+=("$name")
    fi
done

# --- 4. merge + table ----------------------------------------------------------------------------
report=("$PY" bench/_report.py --out bench/results.json --study "$study" --n "$N" --runs "$RUNS"
        --started "$started" --loadavg-start "$loadavg_start")
for f in "${failed[@]}"; do report+=(--failed "$f"); done
"${report[@]}" "${fragments[@]}"
log "done in ${SECONDS} s"
[ ${#failed[@]} -eq 0 ] || exit 1
