#!/usr/bin/python3
"""Merge the metric scripts' fragments into bench/results.json and print the table.

    _report.py --out bench/results.json --study DIR --n N --runs R --started ISO-8601 \
               [--failed NAME]... FRAGMENT.json...

Called by bench/run.sh; not a metric script (run.sh skips bench/_*). Standard library only.
"""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def sh(*argv):
    try:
        p = subprocess.run(argv, capture_output=True, text=True, cwd=REPO)
    except OSError:
        return None
    return p.stdout.strip() if p.returncode == 0 else None


def cpuinfo(key):
    try:
        with open("/proc/cpuinfo") as fp:
            for line in fp:
                k, _, v = line.partition(":")
                if k.strip() == key:
                    return v.strip()
    except OSError:
        pass
    return None


def machine(loadavg_start):
    mem = None
    try:
        with open("/proc/meminfo") as fp:
            for line in fp:
                if line.startswith("MemTotal:"):
                    mem = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    os_name = None
    try:
        with open("/etc/os-release") as fp:
            for line in fp:
                if line.startswith("PRETTY_NAME="):
                    os_name = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return {
        "cores": os.cpu_count(),
        "cores_usable": len(os.sched_getaffinity(0)),
        "memory_gib": mem,
        "cpu_model": cpuinfo("model name"),
        "cpu_mhz": cpuinfo("cpu MHz"),
        "kernel": platform.release(),
        "os": os_name,
        "arch": platform.machine(),
        # A busy machine shows here as well as in the spread of every metric.
        "loadavg_start": loadavg_start,
        "loadavg_end": " ".join(open("/proc/loadavg").read().split()[:3]),
    }


def versions():
    rev = sh("git", "rev-parse", "--short=12", "HEAD")
    dirty = sh("git", "status", "--porcelain", "--", "src", "Makefile")
    cc = sh(os.environ.get("CC", "cc"), "--version")
    return {
        "tessera_git_rev": rev,
        # Uncommitted changes under src/ or the Makefile went into the binary that was measured.
        "tessera_git_dirty": None if dirty is None else bool(dirty),
        "tessera": sh(os.path.join(REPO, "build/release/tessera"), "version"),
        "cc": cc.splitlines()[0] if cc else None,
        "python": platform.python_version(),
    }


def fmt_num(x):
    if x is None:
        return "-"
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}"


def fmt_spread(m):
    s = m.get("spread") or {}
    parts = []
    for side, tag in (("tessera", "t"), ("peer", "p")):
        if side in s:
            parts.append(f"{tag} {fmt_num(s[side]['min'])}..{fmt_num(s[side]['max'])}")
    return " / ".join(parts) or "-"


def fmt_goal(m):
    """A ratio goal reads ">= 0.8x"; an absolute one (goal_kind "max": the Tessera figure must
    stay below it) its goal_text, else "< GOAL UNIT". A goal_text without a goal (e.g.
    "informational") is printed as it is."""
    if m.get("goal_text"):
        return m["goal_text"]
    if m.get("goal") is None:
        return "-"
    if m.get("goal_kind") == "max":
        return f"< {m['goal']:g} {m.get('unit', '')}".rstrip()
    return f">= {m['goal']:g}x"


def table(metrics):
    head = ["metric", "unit", "tessera", "peer", "peer_name", "ratio", "goal", "met?", "spread (min..max)"]
    rows = []
    for name, m in metrics.items():
        met = m.get("meets_goal")
        rows.append([
            name, m.get("unit", "-"), fmt_num(m.get("tessera")), fmt_num(m.get("peer")),
            m.get("peer_name") or "-",
            f"{m['ratio']:.2f}x" if m.get("ratio") is not None else "-",
            fmt_goal(m),
            "-" if met is None else ("yes" if met else "NO"),
            fmt_spread(m),
        ])
    w = [max(len(r[i]) for r in [head] + rows) for i in range(len(head))]
    numeric = {2, 3, 5}

    def line(r):
        return "| " + " | ".join(c.rjust(w[i]) if i in numeric else c.ljust(w[i])
                                 for i, c in enumerate(r)) + " |"
    sep = "|" + "|".join(("-" * (w[i] + 1) + ":") if i in numeric else ("-" * (w[i] + 2))
                         for i in range(len(head))) + "|"
    return "\n".join([line(head), sep] + [line(r) for r in rows])


def fmt_ms(d, side):
    if not isinstance(d, dict) or d.get(side) is None:
        return None
    return d[side]


def latency_table(metrics):
    """p50 / p99 (ms) of every metric that carries them (p50_ms and p99_ms dicts by side)."""
    head = ["metric", "tessera p50 / p99 ms", "peer p50 / p99 ms", "nginx p50 / p99 ms"]
    rows = []
    for name, m in metrics.items():
        p50, p99 = m.get("p50_ms"), m.get("p99_ms")
        if not isinstance(p50, dict) or not isinstance(p99, dict):
            continue
        row = [name]
        for side in ("tessera", "peer", "nginx"):
            a, b = fmt_ms(p50, side), fmt_ms(p99, side)
            row.append("-" if a is None else f"{fmt_num(a)} / {fmt_num(b)}")
        rows.append(row)
    if not rows:
        return None
    if all(r[3] == "-" for r in rows):
        head, rows = head[:3], [r[:3] for r in rows]
    w = [max(len(r[i]) for r in [head] + rows) for i in range(len(head))]

    def line(r):
        return "| " + " | ".join(c.ljust(w[i]) if i == 0 else c.rjust(w[i])
                                 for i, c in enumerate(r)) + " |"
    sep = "|" + "|".join(("-" * (w[i] + 2)) if i == 0 else ("-" * (w[i] + 1) + ":")
                         for i in range(len(head))) + "|"
    return "\n".join([line(head), sep] + [line(r) for r in rows])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--study", required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--runs", type=int, required=True)
    ap.add_argument("--started", required=True)
    ap.add_argument("--loadavg-start")
    ap.add_argument("--failed", action="append", default=[])
    ap.add_argument("fragments", nargs="*")
    a = ap.parse_args()

    res = {"machine": machine(a.loadavg_start), "versions": versions(), "metrics": {}}
    details = {}
    for path in a.fragments:
        with open(path) as fp:
            frag = json.load(fp)
        for name, m in frag.get("metrics", {}).items():
            if name in res["metrics"]:
                print(f"bench: warning: metric {name} reported twice; keeping the last ({path})",
                      file=sys.stderr)
            res["metrics"][name] = m
        res["versions"].update(frag.get("versions", {}))
        details.update(frag.get("details", {}))

    files = sorted(os.path.join(r, f) for r, _, fs in os.walk(a.study) for f in fs if f.endswith(".dcm"))
    finished = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    started = datetime.datetime.fromisoformat(a.started)
    res["run"] = {
        "started": a.started,
        "finished": finished.isoformat(),
        "seconds": round((finished - started).total_seconds()),
        "runs_per_measurement": a.runs,
        "study": {"n": a.n, "files": len(files), "bytes": sum(os.path.getsize(f) for f in files),
                  "path": os.path.relpath(a.study, REPO)},
        "failed_scripts": a.failed,
    }
    res["details"] = details

    tmp = a.out + ".tmp"
    with open(tmp, "w") as fp:
        json.dump(res, fp, indent=2)
        fp.write("\n")
    os.replace(tmp, a.out)

    mc, st = res["machine"], res["run"]["study"]
    v = res["versions"]
    print(f"Tessera benchmarks, {finished.date()} ({a.started} .. {finished.isoformat()})")
    print(f"machine: {mc['cores']} cores, {mc['memory_gib']} GiB, {mc['cpu_model']}, "
          f"kernel {mc['kernel']}, {mc['os']}; load {mc['loadavg_start']} -> {mc['loadavg_end']}")
    print(f"versions: {v.get('tessera')} at {v.get('tessera_git_rev')}"
          f"{' + uncommitted changes' if v.get('tessera_git_dirty') else ''}"
          + "".join(f"; {k}: {val}" for k, val in v.items()
                    if k not in ("tessera_git_rev", "tessera_git_dirty", "tessera")))
    print(f"study: N={st['n']}, {st['files']} files, {st['bytes'] / 1e6:.1f} MB; "
          f"medians of {a.runs} runs; ratio > 1 means Tessera is ahead")
    print()
    print(table(res["metrics"]) if res["metrics"] else "(no metrics)")
    print()
    lat = latency_table(res["metrics"])
    if lat:
        print("Latency of the same runs (medians of the per-run p50 and p99):")
        print()
        print(lat)
        print()
    gaps = [(n, m["missing"]) for n, m in res["metrics"].items() if m.get("missing")]
    if gaps:
        print("Not measured on Tessera's side (tessera null, met? NO when there is a goal):")
        for n, why in gaps:
            print(f"  {n}: {why}")
        print()
    if a.failed:
        print(f"FAILED metric scripts: {', '.join(a.failed)} (see their output above)")
    print(f"wrote {os.path.relpath(a.out, REPO)}")


if __name__ == "__main__":
    main()
