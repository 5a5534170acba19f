"""Shared helpers for Tessera's benchmark scripts (bench/*.py).

Not a metric script itself: bench/run.sh skips every bench/_*.py. Standard library only, so it
runs on Debian's /usr/bin/python3 with nothing installed.

A metric script reads its inputs from the environment that bench/run.sh sets:

    BENCH_STUDY    the generated study directory (series-*/*.dcm)
    BENCH_N        the N it was generated with
    BENCH_TESSERA  absolute path of the release `tessera` binary
    BENCH_RUNS     timed runs per measurement (median is reported; default 5)
    BENCH_OUT      where to write its JSON fragment (see write_fragment)

and writes one fragment: {"metrics": {NAME: metric(...)}, "versions": {...}, "details": {...}}.
"""

import json
import math
import os
import statistics
import sys
import time


def env(name, default=None):
    v = os.environ.get(name, default)
    if v is None:
        sys.exit(f"bench: {name} is not set (run benchmarks through bench/run.sh or `make bench`)")
    return v


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def study_files(study):
    """Every instance of the study, in a stable order, with its size in bytes."""
    files = []
    for d in sorted(os.listdir(study)):
        sd = os.path.join(study, d)
        if d.startswith("series-") and os.path.isdir(sd):
            files += [os.path.join(sd, f) for f in sorted(os.listdir(sd)) if f.endswith(".dcm")]
    if not files:
        sys.exit(f"bench: no series-*/*.dcm under {study}")
    return files, sum(os.path.getsize(f) for f in files)


class SpawnError(RuntimeError):
    pass


def _devnull_actions(devnull):
    return [(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)]


def time_per_process(argv, files):
    """Run `argv + [file]` once per file, one process at a time, stdout and stderr to /dev/null.

    Returns the wall time in seconds for all files. posix_spawn + waitpid keeps the harness's
    own cost per process small (and the same for every tool; see spawn_overhead). Raises
    SpawnError, after the loop, if any process exited non-zero or died of a signal.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        actions = _devnull_actions(devnull)
        environ = os.environ
        bad = []
        t0 = time.perf_counter()
        for f in files:
            pid = os.posix_spawn(argv[0], argv + [f], environ, file_actions=actions)
            _, status = os.waitpid(pid, 0)
            if status != 0:
                bad.append(f)
        elapsed = time.perf_counter() - t0
    finally:
        os.close(devnull)
    if bad:
        raise SpawnError(f"{' '.join(argv)}: failed on {len(bad)} file(s), first {bad[0]}")
    return elapsed


def time_one_process(argv, files, reps=1):
    """Run `argv + files` as one process, stdout and stderr to /dev/null, `reps` times in a row;
    returns wall seconds per repetition. Use reps > 1 when one run is too short (well under a
    second) to time steadily: see reps_for()."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        actions = _devnull_actions(devnull)
        t0 = time.perf_counter()
        for _ in range(reps):
            pid = os.posix_spawn(argv[0], argv + files, os.environ, file_actions=actions)
            _, status = os.waitpid(pid, 0)
            if status != 0:
                raise SpawnError(f"{' '.join(argv)} <{len(files)} files>: exit status {status}")
        elapsed = time.perf_counter() - t0
    finally:
        os.close(devnull)
    return elapsed / reps


def reps_for(seconds, target=1.0):
    """How many back-to-back repetitions make one timed sample last about `target` seconds."""
    return max(1, math.ceil(target / max(seconds, 1e-6)))


def spawn_overhead(n, runs=3):
    """Median wall seconds to spawn and reap `true` n times: the harness's floor per process."""
    true = "/bin/true"
    return statistics.median(time_per_process([true], [""] * n) for _ in range(runs))


def interleaved(cases, runs):
    """Time every case `runs` times, round-robin (rotating the order each round) so that drift
    on a noisy machine hits every tool alike. cases: {name: zero-arg callable -> seconds}.
    Returns {name: [seconds per run]}."""
    names = list(cases)
    out = {n: [] for n in names}
    for r in range(runs):
        k = r % len(names)
        for n in names[k:] + names[:k]:
            out[n].append(cases[n]())
        log(f"  round {r + 1}/{runs}: " + ", ".join(f"{n} {out[n][-1]:.2f}s" for n in names))
    return out


def summary(xs):
    return {"median": statistics.median(xs), "min": min(xs), "max": max(xs)}


def _r(x, nd=3):
    return None if x is None else round(x, nd)


def metric(unit, tessera, peer=None, peer_name=None, goal=None, higher_is_better=True, **extra):
    """One metric entry of results.json.

    tessera, peer: lists of per-run values (already in `unit`, e.g. files/s), or None for peer.
    The headline figures are medians; "spread" keeps min/max of every side, and "ratio_spread"
    the min/max of the per-round ratios (round i of tessera against round i of the peer).
    ratio = tessera / peer when higher is better, peer / tessera otherwise, so > 1 always
    means Tessera is ahead. meets_goal = ratio >= goal (null without a goal or a peer).
    """
    t = summary(tessera)
    m = {"unit": unit, "tessera": _r(t["median"]), "peer": None, "peer_name": peer_name,
         "ratio": None, "goal": goal, "meets_goal": None,
         "runs": len(tessera),
         "spread": {"tessera": {"min": _r(t["min"]), "max": _r(t["max"])}}}
    if peer:
        p = summary(peer)
        m["peer"] = _r(p["median"])
        m["spread"]["peer"] = {"min": _r(p["min"]), "max": _r(p["max"])}
        if higher_is_better:
            ratio = t["median"] / p["median"]
            per_round = [a / b for a, b in zip(tessera, peer)]
        else:
            ratio = p["median"] / t["median"]
            per_round = [b / a for a, b in zip(tessera, peer)]
        m["ratio"] = _r(ratio)
        m["ratio_spread"] = {"min": _r(min(per_round)), "max": _r(max(per_round))}
        if goal is not None:
            m["meets_goal"] = ratio >= goal
    m.update(extra)
    return m


def write_fragment(metrics, versions=None, details=None):
    out = env("BENCH_OUT")
    tmp = out + ".tmp"
    with open(tmp, "w") as fp:
        json.dump({"metrics": metrics, "versions": versions or {}, "details": details or {}},
                  fp, indent=2)
        fp.write("\n")
    os.replace(tmp, out)
