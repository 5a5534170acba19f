#!/usr/bin/python3
"""QIDO at scale: the catalog filled with 1,000,000 synthetic instance rows (100,000 studies)
through the catalog interface, then QIDO latency of selective and broad queries (issue 7 item 4).

Run through bench/run.sh (`make bench`). The work is done by a C tool, bench/qido_scale.c (it
links the catalog directly, so the fill does not go through HTTP or the pixel pipeline), built
by the Makefile with the release build; this script runs it once in a scratch directory and
turns what it prints,

    {"fill_seconds": S, ..., QUERY: {"p50_ms": X, "p99_ms": Y, "rows": N}, ...}

(any top-level object with p50_ms is a query; numbers whose key names the fill are its time),
into metrics. There is no peer (Orthanc with SQLite slows down well before a million instances,
test-material.md), so the figures are absolute and their goal is "informational".

When the tool is not there yet the script reports one missing metric with the reason, and exits 0
(nothing failed to run; there is nothing to run).

Environment: BENCH_QIDO_SCALE_ARGS (extra arguments for the tool, split on spaces),
BENCH_QIDO_SCALE_BIN (a binary elsewhere).
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
CANDIDATES = [os.path.join(REPO, "build", "release", "bench", "qido_scale"),
              os.path.join(REPO, "build", "release", "qido_scale")]
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
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    argv = [binary] + os.environ.get("BENCH_QIDO_SCALE_ARGS", "").split()
    _lib.log(f"qido_scale: {' '.join(argv)} (in {os.path.relpath(WORK, REPO)})")
    t0 = time.perf_counter()
    p = subprocess.run(argv, cwd=WORK, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        _lib.fail(f"{' '.join(argv)}: exit {p.returncode}: {p.stderr.strip()[-400:]}")
    try:
        out = json.loads(p.stdout)
    except ValueError as e:
        _lib.fail(f"{' '.join(argv)}: output is not JSON ({e}): {p.stdout[:200]!r}")

    metrics = {}
    for q, v in out.items():
        if isinstance(v, dict) and "p50_ms" in v:
            metrics[f"qido_scale_{q}_p50_ms"] = _lib.metric(
                "ms", [v["p50_ms"]], **INFO, higher_is_better=False,
                p50_ms={"tessera": v["p50_ms"]}, p99_ms={"tessera": v.get("p99_ms")},
                rows=v.get("rows"),
                description=f"QIDO query '{q}' over the 1,000,000-instance catalog: p50 "
                            "latency as the tool measured it (p99 beside); no peer")
    for k, v in out.items():
        if "fill" in k and isinstance(v, (int, float)):
            metrics[f"qido_scale_{k}"] = _lib.metric(
                "s" if k.endswith(("seconds", "_s")) else "-", [v], **INFO,
                description="the time the tool took to fill the catalog through its interface")
    if not metrics:
        _lib.fail(f"{' '.join(argv)}: no query figures in its output: {p.stdout[:200]!r}")
    _lib.write_fragment(metrics, {}, {"qido_scale": {"command": " ".join(argv),
                                                     "wall_seconds": round(wall, 1),
                                                     "output": out}})
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    _lib.run_main("qido_scale", main)
