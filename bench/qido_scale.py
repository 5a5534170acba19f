#!/usr/bin/python3
"""QIDO at scale: the catalog filled with 1,000,000 synthetic instance rows (100,000 studies)
through the catalog interface, then QIDO latency of selective and broad queries (issue 7 item 4).

Run through bench/run.sh (`make bench`). The work is done by bench/qido_scale.c, built by
`make release` as build/release/qido_scale (it links the catalog directly: the fill does not go
through HTTP or the pixel pipeline; 100,000 studies x 2 series x 5 instances, one commit per image
set as assembly makes them; each query 200 times with varying values). This script runs it once,
with its catalog in a fresh directory on tmpfs (/dev/shm when there is one, else
bench/work/qido_scale; removed afterwards: it holds ~1.1 GB), and turns what it prints,

    {"fill": {"studies", "image_sets", "instances", "seconds", "commits_per_s", "db_mb", "dir"},
     "queries": {NAME: {"p50_ms", "p99_ms", "rows"}, ...}}

into one metric per query (qido_scale_NAME_p50_ms, p99 beside) and one for the fill. There is no
peer (Orthanc's SQLite index slows down well before a million instances, test-material.md), so
the figures are absolute and their goal column reads "informational".

Without the tool (not built) the script reports one missing metric with the reason.

Environment: BENCH_QIDO_SCALE_ARGS (extra arguments for the tool, split on spaces, e.g.
"--studies 10000" for a quick run), BENCH_QIDO_SCALE_BIN (a binary elsewhere).
"""

import json
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _lib  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
WORK = os.path.join(HERE, "work", "qido_scale")
SOURCE = os.path.join(HERE, "qido_scale.c")
CANDIDATES = [os.path.join(REPO, "build", "release", "qido_scale")]
INFO = dict(goal_text="informational")


def missing(reason):
    _lib.log(f"qido_scale: not measured: {reason}")
    _lib.write_fragment({"qido_scale": _lib.missing_metric(
        "ms", None, None, None, reason, **INFO,
        description="QIDO latency over a catalog of 1,000,000 instances (100,000 studies); "
                    "no peer, informational")}, {}, {"qido_scale": {"missing": reason}})


def main():
    binary = os.environ.get("BENCH_QIDO_SCALE_BIN") or next(
        (c for c in CANDIDATES if os.access(c, os.X_OK)), None)
    if not binary:
        if not os.path.exists(SOURCE):
            return missing("bench/qido_scale.c is not on this branch yet")
        return missing("bench/qido_scale.c is there but no binary was built "
                       f"(looked for {', '.join(os.path.relpath(c, REPO) for c in CANDIDATES)})")
    base = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else WORK
    scratch = os.path.join(base, f"tessera-bench-qido-scale-{os.getpid()}")
    os.makedirs(WORK, exist_ok=True)
    argv = [binary, "--dir", scratch] + os.environ.get("BENCH_QIDO_SCALE_ARGS", "").split()
    _lib.log(f"qido_scale: {' '.join(argv)} (a minute or two)")
    try:
        t0 = time.perf_counter()
        p = subprocess.run(argv, capture_output=True, text=True)
        wall = time.perf_counter() - t0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if p.returncode != 0:
        _lib.fail(f"{' '.join(argv)}: exit {p.returncode}: {p.stderr.strip()[-400:]}")
    try:
        out = json.loads(p.stdout)
        fill, queries = out["fill"], out["queries"]
    except (ValueError, KeyError) as e:
        _lib.fail(f"{' '.join(argv)}: not the expected JSON ({e!r}): {p.stdout[:200]!r}")
    if not queries:
        _lib.fail(f"{' '.join(argv)}: no query figures in its output")

    size = (f"{fill['instances']:,} instances, {fill['studies']:,} studies, "
            f"{fill['image_sets']:,} image sets")
    metrics = {}
    for q, v in queries.items():
        metrics[f"qido_scale_{q}_p50_ms"] = _lib.metric(
            "ms", [v["p50_ms"]], higher_is_better=False, **INFO,
            p50_ms={"tessera": v["p50_ms"]}, p99_ms={"tessera": v["p99_ms"]}, rows=v["rows"],
            description=f"the catalog's QIDO op, query '{q}', over {size} (limit 100; no "
                        "HTTP): p50 of the tool's runs, p99 beside; no peer")
    metrics["qido_scale_fill_s"] = _lib.metric(
        "s", [fill["seconds"]], higher_is_better=False, **INFO,
        commits_per_s=fill["commits_per_s"], catalog_mb=fill["db_mb"], instances=fill["instances"],
        description=f"filling the catalog with {size} through its commit interface, one "
                    f"commit per image set (catalog on {base}, synchronous=FULL)")
    _lib.write_fragment(metrics, {}, {"qido_scale": {
        "command": " ".join(os.path.relpath(a, REPO) if a.startswith(REPO) else a for a in argv),
        "wall_seconds": round(wall, 1), "catalog_dir": base, "output": out}})


if __name__ == "__main__":
    _lib.run_main("qido_scale", main)
