#!/usr/bin/python3
"""Parse throughput: `tessera json` against dcmtk's dcm2json and dcmdump on the same files.

Run through bench/run.sh (`make bench`), which sets BENCH_* (see bench/_lib.py). Method:

  * the same files for every tool: every series-*/*.dcm of the generated study;
  * a warm-up pass first: every tool reads every file once (untimed), so the page cache, the
    binaries and dcmtk's data dictionary are warm for all; it also checks that every tool exits
    0 on every file and writes something, so a tool failing fast can't look fast;
  * output to /dev/null (stdout and stderr) in the timed runs;
  * one process per file for every tool (dcm2json and dcmdump take one file per process),
    spawned one after the other with posix_spawn + waitpid from this script; and once more
    `tessera json` as one process over all files (batch), which dcmtk cannot do;
  * BENCH_RUNS rounds (default 5), tools interleaved round-robin; medians reported, min/max
    kept as the spread. A batch run is short, so each batch sample repeats it back to back
    for about a second and reports seconds per repetition. Nothing here asserts on time: goals are reported, never enforced.

dcm2json runs with -fc (compact output, as `tessera json` writes by default); dcmdump with its
defaults (it prints text and does not even load values over 4 KB, such as pixel data, so it is a
lighter job than JSON conversion: a reference point, without a goal).
"""

import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _lib  # noqa: E402

GOAL_VS_DCM2JSON = 3.0
MB = 1e6


def tool(name):
    path = shutil.which(name)
    if not path:
        sys.exit(f"bench: parse: {name} not found (scripts/install-deps.sh installs dcmtk)")
    return os.path.realpath(path)


def warm_up(cases_per_file, batch_argv, files):
    """Untimed pass over all files with every tool; returns what each wrote, for the record."""
    seen = {}
    for name, argv in cases_per_file.items():
        out_bytes = 0
        stderr_files = 0
        for f in files:
            p = subprocess.run(argv + [f], capture_output=True)
            if p.returncode != 0:
                sys.exit(f"bench: parse: warm-up: {' '.join(argv)} {f}: exit {p.returncode}: "
                         f"{p.stderr.decode(errors='replace').strip()[:300]}")
            if not p.stdout:
                sys.exit(f"bench: parse: warm-up: {' '.join(argv)} {f}: no output")
            out_bytes += len(p.stdout)
            stderr_files += bool(p.stderr.strip())
        seen[name] = {"stdout_bytes": out_bytes, "files_with_stderr": stderr_files}
    p = subprocess.run(batch_argv + files, capture_output=True)
    if p.returncode != 0:
        sys.exit(f"bench: parse: warm-up: batch tessera json: exit {p.returncode}: "
                 f"{p.stderr.decode(errors='replace').strip()[:300]}")
    lines = p.stdout.count(b"\n")
    if lines != len(files):
        sys.exit(f"bench: parse: warm-up: batch tessera json wrote {lines} lines for {len(files)} files")
    seen["tessera json (batch)"] = {"stdout_bytes": len(p.stdout),
                                    "stderr_lines": len(p.stderr.splitlines())}
    return seen


def dcmtk_version(dcm2json):
    p = subprocess.run([dcm2json, "--version"], capture_output=True, text=True)
    m = re.search(r"v(\d+\.\d+\.\d+)", p.stdout)
    v = m.group(1) if m else p.stdout.strip().splitlines()[0]
    q = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "dcmtk"], capture_output=True, text=True)
    return v + (f" (Debian {q.stdout.strip()})" if q.returncode == 0 and q.stdout.strip() else "")


def main():
    study = _lib.env("BENCH_STUDY")
    tessera = _lib.env("BENCH_TESSERA")
    runs = int(_lib.env("BENCH_RUNS", "5"))
    files, nbytes = _lib.study_files(study)
    n = len(files)
    dcm2json = tool("dcm2json")
    dcmdump = tool("dcmdump")

    per_file = {
        "tessera json": [tessera, "json"],
        "dcm2json -fc": [dcm2json, "-fc"],
        "dcmdump": [dcmdump],
    }
    batch = [tessera, "json"]

    _lib.log(f"parse: {n} files, {nbytes / MB:.1f} MB; warm-up pass (untimed)")
    warm = warm_up(per_file, batch, files)
    # One batch run is short (~0.2 s at N=300): repeat it within each sample so that a sample
    # lasts about a second and a scheduler hiccup does not dominate it.
    batch_reps = _lib.reps_for(_lib.time_one_process(batch, files))
    overhead = _lib.spawn_overhead(n)
    _lib.log(f"parse: harness spawn floor {overhead / n * 1e3:.3f} ms/process; {runs} timed rounds")

    secs = _lib.interleaved({
        "tessera": lambda: _lib.time_per_process(per_file["tessera json"], files),
        "tessera-batch": lambda: _lib.time_one_process(batch, files, batch_reps),
        "dcm2json": lambda: _lib.time_per_process(per_file["dcm2json -fc"], files),
        "dcmdump": lambda: _lib.time_per_process(per_file["dcmdump"], files),
    }, runs)

    def fps(k):
        return [n / s for s in secs[k]]

    def mbps(k):
        return [nbytes / MB / s for s in secs[k]]

    d2j = "dcm2json (1 process/file)"
    metrics = {
        "parse_files_per_s": _lib.metric(
            "files/s", fps("tessera"), fps("dcm2json"), d2j, GOAL_VS_DCM2JSON,
            description="tessera json, 1 process per file, vs dcm2json -fc, 1 process per file"),
        "parse_mb_per_s": _lib.metric(
            "MB/s", mbps("tessera"), mbps("dcm2json"), d2j, GOAL_VS_DCM2JSON,
            description="as parse_files_per_s, in input MB (10^6 bytes of DICOM) per second"),
        "parse_batch_files_per_s": _lib.metric(
            "files/s", fps("tessera-batch"), fps("dcm2json"), d2j, None,
            description="tessera json, 1 process for all files, vs dcm2json 1 process per file"),
        "parse_batch_mb_per_s": _lib.metric(
            "MB/s", mbps("tessera-batch"), mbps("dcm2json"), d2j, None,
            description="as parse_batch_files_per_s, in input MB per second"),
        "parse_vs_dcmdump_files_per_s": _lib.metric(
            "files/s", fps("tessera"), fps("dcmdump"), "dcmdump (1 process/file)", None,
            description="tessera json vs dcmdump, both 1 process per file (dcmdump skips "
                        "values over 4 KB: a lighter job, a reference point)"),
    }
    details = {"parse": {
        "files": n,
        "bytes": nbytes,
        "commands": {k: " ".join(os.path.basename(a) if i == 0 else a for i, a in enumerate(v)) + " FILE"
                     for k, v in per_file.items()} | {"tessera json (batch)": "tessera json FILE..."},
        "seconds": {k: [round(s, 4) for s in v] for k, v in secs.items()},
        "batch_repetitions_per_sample": batch_reps,
        "harness_spawn_ms_per_process": round(overhead / n * 1e3, 4),
        "warm_up_output": warm,
    }}
    _lib.write_fragment(metrics, {"dcmtk": dcmtk_version(dcm2json)}, details)


if __name__ == "__main__":
    main()
