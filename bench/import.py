#!/usr/bin/python3
"""Import throughput and memory: `tessera import` of the whole study against its codec bound.

Run through bench/run.sh (`make bench`), which sets BENCH_* (see bench/_lib.py). Issue 4,
item 10. Method:

  * input: every series-*/*.dcm of the study (N=300: 400 instances, ~195 MB), hard-linked into
    bench/work/import/input-N/ so the job scans exactly those files (the study folder also
    holds run.sh's .gen_study.sha256 marker, which the job would report as a failed file);
  * Tessera: `tessera import --workers 2 --datastore bench --data D --output O INPUT` into a
    fresh data directory every run (D and O deleted first; the datastore created just before,
    untimed, by `tessera datastore create`). Timed: the wall time of that one process, from
    spawn to exit, so the whole job: scan, parse, HTJ2K transcode, segment appends, metadata
    documents, catalog commits and their fsyncs. Reported as instances/s and MB/s (source
    bytes, 10^6, per second of wall time);
  * peak RSS of that process: ru_maxrss of the import, read by GNU time (`/usr/bin/time -f
    %M`). Not os.wait4 on a child spawned from here: Linux carries the exec'ing task's old
    address space's high-water mark into ru_maxrss at execve, and posix_spawn's child shares
    this Python's address space until it execs, so wait4 would report max(Python, tessera).
    GNU time forks from its own small process (about 1 MB), so its %M is tessera's own peak;
    details.import.rss_harness records both floors;
  * the codec bound (the peer): OpenJPH's own encode time for every frame of the study,
    summed and divided by the 2 cores the import uses. Each frame's raw samples are extracted
    once, untimed, with `tessera frame IN K OUT.yuv` (little-endian samples; its stderr gives
    the size, bits and signedness Tessera decoded), then encoded by `ojph_compress` (the same
    OpenJPH 0.9.0 Tessera links) with Tessera's parameters: -reversible true -prog_order RPCL
    -block_size {64,64} -num_decomps L, and -dims, -signed, -bit_depth (BitsStored) per frame.
    L follows Tessera's rule (docs/pixels.md: the smallest L whose base resolution is at most
    64, capped so that 2^L <= min(W, H), and at 6); the warm-up checks it against the number
    of resolutions Tessera stored for every frame (the metadata documents' ImageFrames);
  * the encode time is what ojph_compress itself reports ("Elapsed time", clock() around
    reading the .yuv, encoding and writing the .j2c: CPU time of that work), not the wall time
    of one process per frame: process start-up (exec, dynamic loading of libopenjph and
    libstdc++) is a third to a half of the per-frame wall time here and is not encoding, so
    counting it would loosen the bound in Tessera's favour. The per-process wall time of the
    same sweep is kept in details for reference. Frames are encoded one process at a time, so
    each encode has a core to itself;
  * scale point: the same import of a 2,000-instance study (scripts/gen_study.py --n 1634:
    1634 + 326 + 20 + 20 instances, ~1 GB; generated once into bench/work/study-1634 and
    reused while the generator's sha256 matches, as run.sh does for study-N): peak RSS and
    wall time, BENCH_IMPORT_LARGE_RUNS runs (default 3; its files are read once, untimed,
    first so the page cache is warm);
  * an untimed warm-up import and encode sweep first (page cache, binaries, the checks
    above; ojph_expand gives each kind of frame back bit for bit); then BENCH_RUNS rounds
    (default 5) of import and bound, interleaved; medians reported, min/max as spread.

Goals (issue 4): wall time within 1.25x of the codec bound on 2 cores, so ratio = bound /
wall >= 0.8 (ratio > 1 means Tessera is ahead, as everywhere in the table); peak RSS under
256 MB at 400 instances, and under 256 MB and flat at 2,000 instances (flat read as at most
1.1x the 400-instance figure).
"""

import collections
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _lib  # noqa: E402

WORKERS = 2                 # cores of the reference machine; the bound divides by the same
GOAL_VS_BOUND = 1 / 1.25    # wall within 1.25x of the codec bound: bound / wall >= 0.8
RSS_LIMIT_MB = 256
FLAT_LIMIT = 1.10           # "flat": peak RSS at 2,000 instances at most 1.1x the figure at 400
LARGE_N = 1634              # gen_study.py: N + N//5 + 40 instances = 2,000
MB = 1e6
DATASTORE = "bench"
MAX_LEVELS = 6              # PX_HTJ2K_MAX_LEVELS (src/pixel/htj2k.h)
TS_HTJ2K_RPCL = "1.2.840.10008.1.2.4.202"

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
WORK = os.path.join(HERE, "work", "import")


def fail(msg):
    sys.exit(f"bench: import: {msg}")


def checked(argv):
    """Run argv untimed; its stdout and stderr as text. Exits the script when it fails."""
    p = subprocess.run(argv, capture_output=True, text=True)
    if p.returncode != 0:
        fail(f"{' '.join(argv)}: exit {p.returncode}: {p.stderr.strip()[:300]}")
    return p.stdout, p.stderr


def levels_for(w, h):
    """Tessera's decomposition count for a W x H frame (px_htj2k_levels_for, docs/pixels.md)."""
    mx, mn = max(w, h), min(w, h)
    lv = 0
    while lv < 31 and -(-mx // (1 << lv)) > 64:
        lv += 1
    while lv > 0 and (1 << lv) > mn:
        lv -= 1
    return min(lv, MAX_LEVELS)


# --- studies and inputs -------------------------------------------------------------------------

def ensure_study(n):
    """bench/work/study-N, generated by scripts/gen_study.py unless already there for the current
    generator (the same layout and sha256 marker as bench/run.sh). Returns (path, seconds spent
    generating, or None when reused)."""
    study = os.path.join(HERE, "work", f"study-{n}")
    gen = os.path.join(REPO, "scripts", "gen_study.py")
    out, _ = checked(["sha256sum", gen])
    want = out.split()[0]
    marker = os.path.join(study, ".gen_study.sha256")
    try:
        with open(marker) as fp:
            if fp.read().strip() == want:
                return study, None
    except OSError:
        pass
    _lib.log(f"import: generating the {n}-slice study into {study} (once; reused later)")
    tmp = f"{study}.tmp.{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    t0 = time.perf_counter()
    if subprocess.run([os.path.join(REPO, "scripts", "fetch-testdata.sh")],
                      stdout=sys.stderr, stderr=sys.stderr).returncode != 0:
        fail("scripts/fetch-testdata.sh failed (gen_study.py needs the test data)")
    try:
        p = subprocess.run(["/usr/bin/python3", gen, "--n", str(n), "--out", tmp],
                           stdout=sys.stderr, stderr=sys.stderr)
        if p.returncode != 0:
            fail(f"scripts/gen_study.py --n {n} failed")
        with open(os.path.join(tmp, ".gen_study.sha256"), "w") as fp:
            fp.write(want + "\n")
        shutil.rmtree(study, ignore_errors=True)
        os.rename(tmp, study)   # the study appears whole or not at all
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return study, time.perf_counter() - t0


def read_through(files):
    """Read every file once (untimed), so the timed runs start from a warm page cache."""
    for f in files:
        with open(f, "rb") as fp:
            while fp.read(1 << 20):
                pass


# --- Tessera ------------------------------------------------------------------------------------

class Importer:
    """Runs `tessera import` into fresh directories and measures it (wall, peak RSS, CPU)."""

    def __init__(self, tessera, timebin):
        self.tessera = tessera
        self.timebin = timebin

    def run(self, input_dir, nfiles, tag, keep=False):
        data = os.path.join(WORK, f"data-{tag}")
        out = os.path.join(WORK, f"out-{tag}")
        for d in (data, out):
            shutil.rmtree(d, ignore_errors=True)
        checked([self.tessera, "datastore", "create", DATASTORE, "--data", data])
        rfile = os.path.join(WORK, f"rusage-{tag}.txt")
        jfile = os.path.join(WORK, f"job-{tag}.json")
        efile = os.path.join(WORK, f"stderr-{tag}.txt")
        argv = [self.timebin, "-f", "%M %U %S", "-o", rfile,
                self.tessera, "import", "--data", data, "--datastore", DATASTORE,
                "--workers", str(WORKERS), "--output", out, input_dir]
        jfd = os.open(jfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        efd = os.open(efile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            actions = [(os.POSIX_SPAWN_DUP2, jfd, 1), (os.POSIX_SPAWN_DUP2, efd, 2)]
            t0 = time.perf_counter()
            pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
            _, status = os.waitpid(pid, 0)
            wall = time.perf_counter() - t0
        finally:
            os.close(jfd)
            os.close(efd)
        if status != 0:
            with open(efile, errors="replace") as fp:
                fail(f"{' '.join(argv[5:])}: exit status {status}: {fp.read().strip()[:400]}")
        with open(rfile) as fp:
            maxrss_kib, user, sys_s = fp.read().split("\n")[-2].split()
        with open(jfile) as fp:
            job = json.load(fp)
        if job.get("jobStatus") != "COMPLETED":
            fail(f"import job ended {job.get('jobStatus')}: {job.get('message')}")
        with open(os.path.join(job["outputS3Uri"], "job-output-manifest.json")) as fp:
            summary = json.load(fp)["jobSummary"]
        if (summary["numberOfImportedFiles"] != nfiles or summary["numberOfFilesWithCustomerError"]
                or summary["numberOfFilesWithServerError"]):
            fail(f"import of {input_dir}: {summary['numberOfImportedFiles']} of {nfiles} files "
                 f"imported, {summary['numberOfFilesWithCustomerError']} customer and "
                 f"{summary['numberOfFilesWithServerError']} server errors (see {out})")
        r = {"wall": wall, "maxrss_kib": int(maxrss_kib), "cpu_s": float(user) + float(sys_s),
             "user_s": float(user), "sys_s": float(sys_s),
             "image_sets": self.inventory(data, summary)}
        r["image_sets"]["job_seconds"] = round(job["endedAt"] - job["submittedAt"], 3)
        if not keep:
            shutil.rmtree(data, ignore_errors=True)
            shutil.rmtree(out, ignore_errors=True)
        return r, data

    def inventory(self, data, summary):
        """What the import left behind: image sets and their versions, blob and catalog bytes."""
        sets = []
        for s in summary["imageSetsSummary"]:
            out, _ = checked([self.tessera, "imagesets", "versions", s["imageSetId"],
                              "--data", data, "--datastore", DATASTORE])
            versions = json.loads(out)["imageSetPropertiesList"]
            sets.append({"instances": s["numberOfMatchedSOPInstances"],
                         "is_primary": s["isPrimary"],
                         "manifest_version": s["imageSetVersion"],
                         "versions_in_catalog": len(versions)})
        blobs = os.path.join(data, "blobs")
        by_kind = {}
        for tier in sorted(os.listdir(blobs)):
            tdir = os.path.join(blobs, tier)
            for kind in sorted(os.listdir(tdir)) if os.path.isdir(tdir) else []:
                b = _lib.dir_bytes(os.path.join(tdir, kind))
                if b:
                    by_kind[f"{tier}/{kind}"] = b
        catalog = {n: os.path.getsize(os.path.join(data, n)) for n in sorted(os.listdir(data))
                   if n.startswith("catalog")}
        return {"generated_image_sets": summary["numberOfGeneratedImageSets"],
                "versions_created": sum(s["versions_in_catalog"] for s in sets),
                "image_sets": sets,
                "blob_bytes": _lib.dir_bytes(blobs), "blob_bytes_by_kind": by_kind,
                "catalog_bytes": sum(catalog.values()), "catalog_files": catalog}


def stored_frames(tessera, data, manifest_sets):
    """(W, H, levels) of every frame Tessera stored, from the metadata documents, and the sum of
    their FrameSizeInBytes. Exits when a frame is not stored as HTJ2K (the bound would not
    describe it)."""
    seen = collections.Counter()
    stored_bytes = 0
    for set_id in manifest_sets:
        out, _ = checked([tessera, "imagesets", "metadata", set_id, "--data", data,
                          "--datastore", DATASTORE])
        doc = json.loads(out)
        for series in doc["Study"]["Series"].values():
            for uid, inst in series["Instances"].items():
                if inst.get("StoredTransferSyntaxUID") != TS_HTJ2K_RPCL:
                    fail(f"instance {uid} is stored as {inst.get('StoredTransferSyntaxUID')}, "
                         "not HTJ2K: the codec bound assumes every frame is encoded")
                for fr in inst["ImageFrames"]:
                    res = fr["PixelDataChecksumFromBaseToFullResolution"]
                    seen[(res[-1]["Width"], res[-1]["Height"], len(res) - 1)] += 1
                    stored_bytes += fr["FrameSizeInBytes"]
    return seen, stored_bytes


# --- the codec bound ----------------------------------------------------------------------------

FRAME_INFO = re.compile(r"(\d+)x(\d+), (\d+) component\(s\), (\d+) bits (signed|unsigned)")
NFRAMES = re.compile(r"^\(0028,0008\) IS \[?\s*(\d+)", re.M)
ELAPSED = re.compile(r"Elapsed time = ([0-9.]+)")


def extract_frames(tessera, files, rawdir):
    """Every frame's raw samples as rawdir/*.yuv (untimed). Returns one dict per frame."""
    os.makedirs(rawdir, exist_ok=True)
    frames = []
    for f in files:
        dump, _ = checked([tessera, "dump", f])
        m = NFRAMES.search(dump)
        nframes = int(m.group(1)) if m else 1
        base = os.path.relpath(f, os.path.dirname(os.path.dirname(f)))[:-4].replace("/", "-")
        for k in range(1, nframes + 1):
            raw = os.path.join(rawdir, f"{base}-{k}.yuv")
            _, err = checked([tessera, "frame", f, str(k), raw])
            m = FRAME_INFO.search(err)
            if not m:
                fail(f"tessera frame {f} {k}: no size line on stderr ({err.strip()[:200]})")
            w, h, comps, bits = (int(x) for x in m.groups()[:4])
            if comps != 1:
                fail(f"{f}: {comps} components: ojph_compress cannot apply Tessera's colour "
                     "transform to raw input, so the bound covers grey frames only")
            size = w * h * comps * (1 if bits <= 8 else 2)
            if os.path.getsize(raw) != size:
                fail(f"{raw}: {os.path.getsize(raw)} bytes, expected {size} ({w}x{h}, {bits} bits)")
            frames.append({"raw": raw, "w": w, "h": h, "bits": bits,
                           "signed": m.group(5) == "signed", "levels": levels_for(w, h)})
    return frames


def ojph_argv(ojph, fr, j2c):
    return [ojph, "-i", fr["raw"], "-o", j2c, "-reversible", "true", "-prog_order", "RPCL",
            "-num_decomps", str(fr["levels"]), "-block_size", "{64,64}",
            "-dims", f"{{{fr['w']},{fr['h']}}}", "-num_comps", "1",
            "-signed", "true" if fr["signed"] else "false", "-bit_depth", str(fr["bits"]),
            "-downsamp", "{1,1}"]


def encode_sweep(argvs, log_path):
    """Run every ojph_compress argv, one process at a time, stdout to log_path. Returns (sum of
    the encode times the processes report, wall seconds of the whole sweep)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND, 0o644)
    bad = []
    try:
        actions = [(os.POSIX_SPAWN_DUP2, log, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)]
        t0 = time.perf_counter()
        for argv in argvs:
            pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
            _, status = os.waitpid(pid, 0)
            if status != 0:
                bad.append(argv)
        wall = time.perf_counter() - t0
    finally:
        os.close(devnull)
        os.close(log)
    if bad:
        fail(f"ojph_compress failed on {len(bad)} frame(s), first: {' '.join(bad[0])}")
    with open(log_path) as fp:
        reported = [float(x) for x in ELAPSED.findall(fp.read())]
    if len(reported) != len(argvs):
        fail(f"ojph_compress reported {len(reported)} encode times for {len(argvs)} frames")
    return sum(reported), wall


# --- main ----------------------------------------------------------------------------------------

def main():
    study = _lib.env("BENCH_STUDY")
    n = int(_lib.env("BENCH_N"))
    tessera = _lib.env("BENCH_TESSERA")
    runs = int(_lib.env("BENCH_RUNS", "5"))
    large_runs = int(os.environ.get("BENCH_IMPORT_LARGE_RUNS", "3"))
    ojph = _lib.tool("/usr/bin/ojph_compress", "openjph-tools")
    ojph_expand = _lib.tool("/usr/bin/ojph_expand", "openjph-tools")
    timebin = _lib.tool("/usr/bin/time", "time")

    files, nbytes = _lib.study_files(study)
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    input_main = _lib.link_input(study, files, os.path.join(WORK, f"input-{n}"))
    imp = Importer(tessera, timebin)

    # The RSS harness: what GNU time reports for /bin/true (its floor), and what os.wait4 on a
    # posix_spawn child would report instead (this Python's own high-water mark).
    floor = subprocess.run([timebin, "-f", "%M", "/bin/true"], capture_output=True, text=True)
    pid = os.posix_spawn("/bin/true", ["/bin/true"], os.environ)
    _, _, ru = os.wait4(pid, 0)
    rss_harness = {
        "method": "GNU time -f %M (ru_maxrss of the import process, KiB)",
        "floor_kib_gnu_time_bin_true": int(floor.stderr.split()[-1]),
        "wait4_posix_spawn_bin_true_kib": ru.ru_maxrss,
        "note": "wait4 on a posix_spawn child reports at least this Python's own peak RSS "
                "(Linux keeps the pre-exec address space's high-water mark in ru_maxrss)",
    }

    # Untimed preparation: raw frames for the bound; the 2,000-instance study.
    _lib.log(f"import: {len(files)} instances, {nbytes / MB:.1f} MB; extracting raw frames (untimed)")
    frames = extract_frames(tessera, files, os.path.join(WORK, "raw"))
    large_study, gen_seconds = (study, None) if n == LARGE_N else ensure_study(LARGE_N)
    large_files, large_bytes = _lib.study_files(large_study)

    # Warm-up: one import (its metadata checks the decomposition rule), one encode sweep.
    _lib.log("import: warm-up import and encode sweep (untimed)")
    warm, warm_data = imp.run(input_main, len(files), "warm-up", keep=True)
    with open(os.path.join(WORK, "job-warm-up.json")) as fp:
        job = json.load(fp)
    with open(os.path.join(job["outputS3Uri"], "job-output-manifest.json")) as fp:
        set_ids = [s["imageSetId"] for s in json.load(fp)["jobSummary"]["imageSetsSummary"]]
    stored, stored_frame_bytes = stored_frames(tessera, warm_data, set_ids)
    ours = collections.Counter((fr["w"], fr["h"], fr["levels"]) for fr in frames)
    if stored != ours:
        fail(f"frames stored by Tessera {dict(stored)} differ from the bound's frames {dict(ours)} "
             "(width, height, decompositions): the decomposition rule or the frame count changed")
    shutil.rmtree(warm_data, ignore_errors=True)
    shutil.rmtree(os.path.join(WORK, "out-warm-up"), ignore_errors=True)

    j2cdir = os.path.join(WORK, "j2c")
    os.makedirs(j2cdir)
    argvs = [ojph_argv(ojph, fr, os.path.join(j2cdir, os.path.basename(fr["raw"])[:-4] + ".j2c"))
             for fr in frames]
    encode_sweep(argvs, os.path.join(WORK, "ojph-warm-up.txt"))
    checked_kinds = []
    for fr, argv in zip(frames, argvs):   # lossless round trip, once per kind of frame
        kind = (fr["w"], fr["h"], fr["bits"], fr["signed"])
        if kind in checked_kinds:
            continue
        back = os.path.join(WORK, "back.yuv")
        checked([ojph_expand, "-i", argv[4], "-o", back])
        with open(back, "rb") as a, open(fr["raw"], "rb") as b:
            if a.read() != b.read():
                fail(f"ojph_compress round trip of {fr['raw']} is not lossless (raw input misread)")
        checked_kinds.append(kind)
    j2c_bytes = sum(os.path.getsize(a[4]) for a in argvs)

    # Timed rounds: the import and the bound, interleaved.
    _lib.log(f"import: {runs} timed rounds")
    results, peer_wall, peer_cpu = [], [], []

    def tessera_case():
        r, _ = imp.run(input_main, len(files), "timed")
        results.append(r)
        return r["wall"]

    def bound_case():
        cpu, wall = encode_sweep(argvs, os.path.join(WORK, "ojph-timed.txt"))
        peer_cpu.append(cpu)
        peer_wall.append(wall)
        return cpu / WORKERS

    secs = _lib.interleaved({"tessera": tessera_case, "codec-bound": bound_case}, runs)
    walls, bounds = secs["tessera"], secs["codec-bound"]

    # Scale point: 2,000 instances, peak RSS (and wall, for the record).
    _lib.log(f"import: {len(large_files)}-instance study, {large_runs} runs")
    input_large = _lib.link_input(large_study, large_files, os.path.join(WORK, f"input-{LARGE_N}"))
    read_through(large_files)
    large = []
    for i in range(large_runs):
        r, _ = imp.run(input_large, len(large_files), "large")
        large.append(r)
        _lib.log(f"  run {i + 1}/{large_runs}: {r['wall']:.2f}s, peak RSS "
                 f"{r['maxrss_kib'] * 1024 / MB:.1f} MB")
    shutil.rmtree(input_large, ignore_errors=True)

    def rss_mb(rs):
        return [r["maxrss_kib"] * 1024 / MB for r in rs]

    rss_main, rss_large = rss_mb(results), rss_mb(large)
    med_main, med_large = statistics.median(rss_main), statistics.median(rss_large)
    growth = med_large / med_main
    wall_over_bound = statistics.median(walls) / statistics.median(bounds)
    ni, nl = len(files), len(large_files)

    m_rss = _lib.metric(
        "MB", rss_main, goal=RSS_LIMIT_MB, goal_kind="max", goal_text=f"< {RSS_LIMIT_MB} MB",
        description=f"peak RSS (ru_maxrss, 10^6 bytes) of tessera import, {ni} instances")
    m_rss["meets_goal"] = med_main < RSS_LIMIT_MB
    m_rss_large = _lib.metric(
        "MB", rss_large, rss_main, f"tessera import of {ni} instances", higher_is_better=False,
        goal=RSS_LIMIT_MB, goal_kind="max",
        goal_text=f"< {RSS_LIMIT_MB} MB, <= {FLAT_LIMIT:g}x",
        growth=round(growth, 3), instances=nl,
        description=f"peak RSS of tessera import, {nl} instances; peer: the same at {ni}; "
                    f"ratio rss({ni}) / rss({nl}); growth = rss({nl}) / rss({ni}); goal: under "
                    f"{RSS_LIMIT_MB} MB and growth <= {FLAT_LIMIT:g}")
    m_rss_large["meets_goal"] = med_large < RSS_LIMIT_MB and growth <= FLAT_LIMIT
    metrics = {
        "import_instances_per_s": _lib.metric(
            "instances/s", [ni / w for w in walls],
            description=f"tessera import --workers {WORKERS}, {ni} instances, fresh data dir, "
                        "wall time of the process"),
        "import_mb_per_s": _lib.metric(
            "MB/s", [nbytes / MB / w for w in walls],
            description="the same runs: source DICOM bytes (10^6) per second of wall time"),
        "import_wall_vs_codec_bound": _lib.metric(
            "s", walls, bounds, f"codec bound (ojph encode / {WORKERS} cores)", GOAL_VS_BOUND,
            higher_is_better=False, wall_over_bound=round(wall_over_bound, 3),
            description="tessera import wall time vs the sum of ojph_compress's reported encode "
                        f"times of every frame / {WORKERS}; ratio = bound / wall (goal 0.8: "
                        "wall within 1.25x of the bound); wall_over_bound is its inverse"),
        "import_peak_rss_mb": m_rss,
        "import_peak_rss_mb_2000": m_rss_large,
    }

    def runs_of(rs, key, nd=3):
        return [round(r[key], nd) for r in rs]

    # Every run must leave the same image sets and frame bytes (metadata documents hold fresh
    # IDs and timestamps, so their gzip sizes may differ by a few bytes).
    def shape(r):
        c = r["image_sets"]
        return (sorted((s["instances"], s["versions_in_catalog"]) for s in c["image_sets"]),
                {k: v for k, v in c["blob_bytes_by_kind"].items() if k.endswith("/seg")})

    last = results[-1]["image_sets"]
    if any(shape(r) != shape(results[-1]) for r in results + [warm]):
        _lib.log("import: warning: the runs left different image sets or frame bytes "
                 "(details.import.tessera.blob_bytes_per_run)")
    frame_kinds = collections.Counter(f"{fr['w']}x{fr['h']} {fr['bits']}-bit "
                                      f"{'signed' if fr['signed'] else 'unsigned'} L={fr['levels']}"
                                      for fr in frames)
    details = {"import": {
        "instances": ni, "source_bytes": nbytes, "workers": WORKERS,
        "commands": {
            "tessera": f"tessera datastore create {DATASTORE} --data D (untimed); "
                       f"/usr/bin/time -f '%M %U %S' tessera import --data D --datastore "
                       f"{DATASTORE} --workers {WORKERS} --output O INPUT (timed: wall of the "
                       "process)",
            "peer": "ojph_compress -i FRAME.yuv -o FRAME.j2c -reversible true -prog_order RPCL "
                    "-num_decomps L -block_size {64,64} -dims {W,H} -num_comps 1 -signed S "
                    "-bit_depth B -downsamp {1,1}, one process per frame, one at a time",
            "peer_input": "tessera frame IN K FRAME.yuv (untimed; raw little-endian samples)",
        },
        "codec_bound": {
            "frames": len(frames), "frame_kinds": dict(frame_kinds), "cores": WORKERS,
            "seconds_per_run": [round(b, 4) for b in bounds],
            "encode_cpu_seconds_per_run": [round(c, 4) for c in peer_cpu],
            "process_wall_seconds_per_run": [round(w, 4) for w in peer_wall],
            "timing": "the sum of ojph_compress's own 'Elapsed time' (clock(): CPU time of "
                      "reading the .yuv, encoding, writing the .j2c), divided by the cores; "
                      "process_wall_seconds_per_run is the same sweep timed one process per "
                      "frame (process start-up included), for reference",
            "j2c_bytes": j2c_bytes, "tessera_stored_frame_bytes": stored_frame_bytes,
            "decompositions_checked_against_stored_metadata": True,
            "lossless_round_trip_checked": [f"{w}x{h} {b}-bit {'signed' if s else 'unsigned'}"
                                            for w, h, b, s in checked_kinds],
        },
        "tessera": {
            "wall_seconds_per_run": runs_of(results, "wall", 4),
            "peak_rss_kib_per_run": [r["maxrss_kib"] for r in results],
            "cpu_seconds_per_run": runs_of(results, "cpu_s"),
            "user_seconds_per_run": runs_of(results, "user_s"),
            "sys_seconds_per_run": runs_of(results, "sys_s"),
            "cpu_utilisation_of_2_cores": round(
                statistics.median(r["cpu_s"] / r["wall"] for r in results) / WORKERS, 3),
            "cpu_seconds_vs_encode_cpu_seconds": round(
                statistics.median(r["cpu_s"] for r in results) / statistics.median(peer_cpu), 3),
            "job_seconds_per_run": [r["image_sets"]["job_seconds"] for r in results],
            "blob_bytes_per_run": [r["image_sets"]["blob_bytes"] for r in results],
            "created": last,
        },
        "at_2000": {
            "study": os.path.relpath(large_study, REPO), "instances": nl, "source_bytes": large_bytes,
            "generated": "scripts/gen_study.py --n %d%s" % (
                LARGE_N, "" if gen_seconds is None else f" (this run, {gen_seconds:.1f} s)"),
            "runs": large_runs,
            "wall_seconds_per_run": runs_of(large, "wall", 4),
            "instances_per_s": round(nl / statistics.median(r["wall"] for r in large), 2),
            "peak_rss_kib_per_run": [r["maxrss_kib"] for r in large],
            "cpu_seconds_per_run": runs_of(large, "cpu_s"),
            "created": large[-1]["image_sets"],
        },
        "rss_harness": rss_harness,
        "goals": {"wall_within_x_of_bound": 1.25, "peak_rss_mb_below": RSS_LIMIT_MB,
                  "flat_growth_at_most": FLAT_LIMIT},
    }}
    _lib.write_fragment(metrics, {"openjph": _lib.pkg_version("openjph-tools"),
                                  "gnu_time": _lib.pkg_version("time")}, details)
    shutil.rmtree(os.path.join(WORK, "raw"), ignore_errors=True)
    shutil.rmtree(j2cdir, ignore_errors=True)
    shutil.rmtree(input_main, ignore_errors=True)


if __name__ == "__main__":
    _lib.run_main("import", main)
