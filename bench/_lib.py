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
import re
import shutil
import statistics
import subprocess
import sys
import time


def env(name, default=None):
    v = os.environ.get(name, default)
    if v is None:
        sys.exit(f"bench: {name} is not set (run benchmarks through bench/run.sh or `make bench`)")
    return v


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


class BenchError(Exception):
    """Something could not be measured: the script reports it and exits non-zero (run.sh then
    lists it in run.failed_scripts). Never raised because a goal was missed."""


def fail(msg):
    raise BenchError(msg)


def tool(path, pkg):
    """An absolute tool path, installing its Debian package when it is missing."""
    if not os.path.exists(path):
        subprocess.run(["apt-get", "install", "-y", "-q", pkg], stdout=sys.stderr, check=False)
    if not os.path.exists(path):
        fail(f"{path} not found (apt-get install {pkg})")
    return path


def pkg_version(pkg):
    q = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", pkg], capture_output=True, text=True)
    return q.stdout.strip() if q.returncode == 0 else "?"


def checked(argv, env=None):
    """Run argv untimed; its stdout as bytes. Raises BenchError when it fails."""
    p = subprocess.run(argv, capture_output=True, env=env)
    if p.returncode != 0:
        fail(f"{' '.join(argv)}: exit {p.returncode}: "
             f"{p.stderr.decode(errors='replace').strip()[:300]}")
    return p.stdout


def loadavg():
    with open("/proc/loadavg") as fp:
        return " ".join(fp.read().split()[:3])


def dir_bytes(path):
    """Apparent size of every file under path (st_size, symlinks not followed)."""
    total = 0
    for root, _, names in os.walk(path):
        for n in names:
            total += os.lstat(os.path.join(root, n)).st_size
    return total


def link_input(study, files, dest):
    """The study's instances (and nothing else) under dest (emptied first), as hard links
    (copies if that fails), so an import job sees exactly those files."""
    shutil.rmtree(dest, ignore_errors=True)
    for f in files:
        target = os.path.join(dest, os.path.relpath(f, study))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        try:
            os.link(f, target)
        except OSError:
            shutil.copyfile(f, target)
    return dest


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


def series_uid(tessera, path):
    """The SeriesInstanceUID of a DICOM file, read with `tessera dump`."""
    out = checked([tessera, "dump", path]).decode(errors="replace")
    m = re.search(r"^\(0020,000e\) UI \[([0-9.]+)\]", out, re.M | re.I)
    if not m:
        fail(f"no SeriesInstanceUID in {path}")
    return m.group(1)


def import_study(tessera, study, files, data, scratch):
    """`tessera import --data DATA` of exactly `files` (hard-linked into scratch/input, removed
    afterwards), untimed; fails unless every file was imported without error. Returns the job."""
    inp = link_input(study, files, os.path.join(scratch, "input"))
    out = checked([tessera, "import", "--data", data, "--output",
                   os.path.join(scratch, "import-out"), inp])
    shutil.rmtree(inp, ignore_errors=True)
    job = json.loads(out)
    if job.get("jobStatus") != "COMPLETED":
        fail(f"import job ended {job.get('jobStatus')}: {job.get('message')}")
    with open(os.path.join(job["outputS3Uri"], "job-output-manifest.json")) as fp:
        summary = json.load(fp)["jobSummary"]
    if (summary["numberOfImportedFiles"] != len(files) or summary["numberOfFilesWithCustomerError"]
            or summary["numberOfFilesWithServerError"]):
        fail(f"import: {summary['numberOfImportedFiles']} of {len(files)} files imported, "
             f"{summary['numberOfFilesWithCustomerError']} customer and "
             f"{summary['numberOfFilesWithServerError']} server errors")
    return job


def series_image_set(tessera, data, uid):
    """The image set of one series in a data directory (`tessera imagesets search` + `metadata`):
    (image set ID, metadata document, [(SOPInstanceUID, frame ID, FrameSizeInBytes)] in the
    document's order)."""
    found = json.loads(checked([tessera, "imagesets", "search", "--series-uid", uid, "--data", data]))
    sets = found["imageSetsMetadataSummaries"]
    if len(sets) != 1:
        fail(f"series {uid}: {len(sets)} image sets, expected 1")
    isid = sets[0]["imageSetId"]
    doc = json.loads(checked([tessera, "imagesets", "metadata", isid, "--data", data]))
    frames = []
    for series in doc["Study"]["Series"].values():
        for sop, inst in series["Instances"].items():
            for fr in inst["ImageFrames"]:
                frames.append((sop, fr["ID"], fr["FrameSizeInBytes"]))
    return isid, doc, frames


def extract_frames(tessera, data, isid, frames, outdir, name=lambda sop, fid: fid):
    """Every frame's stored bytes as a file outdir/name(sop, fid) (`tessera imagesets frame`),
    checked against FrameSizeInBytes."""
    os.makedirs(outdir, exist_ok=True)
    for sop, fid, size in frames:
        out = os.path.join(outdir, name(sop, fid))
        checked([tessera, "imagesets", "frame", isid, fid, out, "--data", data])
        if os.path.getsize(out) != size:
            fail(f"frame {fid}: {os.path.getsize(out)} bytes extracted, FrameSizeInBytes {size}")


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


def missing_metric(unit, peer, peer_name, goal, reason, **extra):
    """A metric whose Tessera side could not be measured (e.g. the feature is not on this
    branch yet): tessera and ratio null, meets_goal false when there is a goal, the reason
    stated. The peer's figure, when measured, is still reported. Never a made-up value."""
    out = {"unit": unit, "tessera": None, "peer": None, "peer_name": peer_name, "ratio": None,
           "goal": goal, "meets_goal": False if goal is not None else None,
           "runs": 0, "missing": reason, "spread": {}}
    if peer:
        p = summary(peer)
        out["peer"] = _r(p["median"])
        out["runs"] = len(peer)
        out["spread"]["peer"] = {"min": _r(p["min"]), "max": _r(p["max"])}
    out.update(extra)
    return out


def run_main(name, main):
    """Run a metric script's main(); a BenchError ends it with its message and status 1."""
    try:
        main()
    except BenchError as e:
        sys.exit(f"bench: {name}: {e}")


def write_fragment(metrics, versions=None, details=None):
    out = env("BENCH_OUT")
    tmp = out + ".tmp"
    with open(tmp, "w") as fp:
        json.dump({"metrics": metrics, "versions": versions or {}, "details": details or {}},
                  fp, indent=2)
        fp.write("\n")
    os.replace(tmp, out)
