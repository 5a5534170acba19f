#!/usr/bin/python3
"""Transcode throughput and stored size: `tessera transcode` against OpenJPH's ojph_compress.

Run through bench/run.sh (`make bench`), which sets BENCH_* (see bench/_lib.py). Method:

  * input: the study's series-1 CT files (bench/work/study-N/series-1/*.dcm, one 512x512
    16-bit signed frame each);
  * Tessera: `tessera transcode IN OUT`, one process per file: source decode + HTJ2K encode
    (reversible 5/3, RPCL, 3 decompositions, 64x64 blocks) + tile-part split + checksums +
    writing the .202 Part 10 file;
  * peer: `ojph_compress` (openjph-tools, the same OpenJPH 0.9.0 Tessera links) encoding the same
    frames with the same coding parameters. Its input is each frame's raw samples, extracted once
    and untimed with `tessera frame IN 1 OUT` (little-endian int16), saved as .yuv, which
    ojph_compress 0.9.0 reads as raw host-order (little-endian here) samples given -dims,
    -num_comps, -signed true, -bit_depth 16 and -downsamp; the warm-up checks that ojph_expand
    gives the same samples back. So the peer does the encode alone: no DICOM, no split, no
    checksums;
  * both are timed one process per file (process start-up included for both), spawned with
    posix_spawn + waitpid from this script, output to /dev/null (stdout/stderr) and the encoded
    files to bench/work/transcode/; "1t" runs one process at a time, "2t" keeps two running at
    once (like xargs -P2);
  * an untimed warm-up pass runs every tool on every file first and checks exit status and
    output; BENCH_RUNS rounds (default 5), cases interleaved; medians reported.

Stored bytes (no goal, information): the pixel data bytes of the .202 files (the encapsulated
fragments, without item headers and the basic offset table) against the source's native pixel
bytes and against dcmtk's `dcmcjpls` (JPEG-LS lossless, default options) of the same files,
counted the same way.
"""

import os
import shutil
import struct
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _lib  # noqa: E402

GOAL = 0.8
OJPH_ARGS = ["-reversible", "true", "-prog_order", "RPCL", "-num_decomps", "3",
             "-block_size", "{64,64}", "-dims", "{512,512}", "-num_comps", "1",
             "-signed", "true", "-bit_depth", "16", "-downsamp", "{1,1}"]
TS_202 = b"1.2.840.10008.1.2.4.202"


def tool(name, pkg):
    path = shutil.which(name)
    if not path:
        subprocess.run(["apt-get", "install", "-y", "-q", pkg], stdout=sys.stderr, check=False)
        path = shutil.which(name)
    if not path:
        sys.exit(f"bench: transcode: {name} not found (apt-get install {pkg})")
    return os.path.realpath(path)


def time_argvs(argvs, jobs):
    """Run every argv (one process each), at most `jobs` at a time; wall seconds for all."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    actions = [(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)]
    bad = 0
    running = 0
    try:
        t0 = time.perf_counter()
        for argv in argvs:
            if running == jobs:
                _, status = os.waitpid(-1, 0)
                running -= 1
                bad += status != 0
            os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
            running += 1
        while running:
            _, status = os.waitpid(-1, 0)
            running -= 1
            bad += status != 0
        elapsed = time.perf_counter() - t0
    finally:
        os.close(devnull)
    if bad:
        raise _lib.SpawnError(f"{argvs[0][0]}: {bad} process(es) failed")
    return elapsed


def run_checked(argv):
    p = subprocess.run(argv, capture_output=True)
    if p.returncode != 0:
        sys.exit(f"bench: transcode: {' '.join(argv)}: exit {p.returncode}: "
                 f"{p.stderr.decode(errors='replace').strip()[:300]}")


def pixel_bytes(path):
    """Bytes of pixel data in a Part 10 file: the value of a native (7FE0,0010), or the sum of
    the fragments of an encapsulated one (without the basic offset table and item headers)."""
    with open(path, "rb") as fp:
        b = fp.read()
    i = b.find(b"\xe0\x7f\x10\x00")
    if i < 0 or b[i + 4:i + 6] not in (b"OB", b"OW"):
        raise ValueError(f"{path}: no explicit VR (7FE0,0010)")
    (length,) = struct.unpack_from("<I", b, i + 8)
    if length != 0xFFFFFFFF:
        return length
    pos, total, first = i + 12, 0, True
    while True:
        tag, ln = struct.unpack_from("<II", b, pos)
        pos += 8
        if tag == 0xE0DDFFFE:
            return total
        if tag != 0xE000FFFE:
            raise ValueError(f"{path}: bad item tag {tag:#x} in pixel data")
        if not first:
            total += ln
        first = False
        pos += ln


def version(pkg):
    q = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", pkg], capture_output=True, text=True)
    return q.stdout.strip() if q.returncode == 0 else "?"


def main():
    study = _lib.env("BENCH_STUDY")
    tessera = _lib.env("BENCH_TESSERA")
    runs = int(_lib.env("BENCH_RUNS", "5"))
    s1 = os.path.join(study, "series-1")
    files = [os.path.join(s1, f) for f in sorted(os.listdir(s1)) if f.endswith(".dcm")]
    if not files:
        sys.exit(f"bench: transcode: no {s1}/*.dcm")
    n = len(files)
    ojph = tool("ojph_compress", "openjph-tools")
    ojph_expand = tool("ojph_expand", "openjph-tools")
    dcmcjpls = tool("dcmcjpls", "dcmtk")

    work = os.path.join(os.path.dirname(os.path.abspath(__file__)), "work", "transcode")
    shutil.rmtree(work, ignore_errors=True)
    for d in ("raw", "t202", "j2c", "jls"):
        os.makedirs(os.path.join(work, d))

    def p(d, f, ext):
        return os.path.join(work, d, os.path.basename(f)[:-4] + ext)

    # Untimed preparation: raw frames for the peer, JPEG-LS for the size comparison.
    _lib.log(f"transcode: {n} files; extracting raw frames, dcmcjpls (untimed)")
    for f in files:
        run_checked([tessera, "frame", f, "1", p("raw", f, ".yuv")])
        if os.path.getsize(p("raw", f, ".yuv")) != 512 * 512 * 2:
            sys.exit(f"bench: transcode: {f}: frame is not 512x512x16-bit")
        run_checked([dcmcjpls, f, p("jls", f, ".dcm")])

    tess_argvs = [[tessera, "transcode", f, p("t202", f, ".dcm")] for f in files]
    ojph_argvs = [[ojph, "-i", p("raw", f, ".yuv"), "-o", p("j2c", f, ".j2c")] + OJPH_ARGS
                  for f in files]

    # Warm-up and checks: every process exits 0 and writes its output; .202 out; lossless peer.
    _lib.log("transcode: warm-up pass (untimed)")
    time_argvs(tess_argvs, 1)
    time_argvs(ojph_argvs, 1)
    for f in files:
        with open(p("t202", f, ".dcm"), "rb") as fp:
            if TS_202 not in fp.read(4096):
                sys.exit(f"bench: transcode: {f}: output is not .202")
        if os.path.getsize(p("j2c", f, ".j2c")) == 0:
            sys.exit(f"bench: transcode: {f}: ojph_compress wrote nothing")
    back = os.path.join(work, "back.yuv")
    run_checked([ojph_expand, "-i", p("j2c", files[0], ".j2c"), "-o", back])
    with open(back, "rb") as a, open(p("raw", files[0], ".yuv"), "rb") as b:
        if a.read() != b.read():
            sys.exit("bench: transcode: ojph_compress round trip is not lossless (raw input misread)")

    _lib.log(f"transcode: {runs} timed rounds")
    secs = _lib.interleaved({
        "tessera-1t": lambda: time_argvs(tess_argvs, 1),
        "ojph-1t": lambda: time_argvs(ojph_argvs, 1),
        "tessera-2t": lambda: time_argvs(tess_argvs, 2),
        "ojph-2t": lambda: time_argvs(ojph_argvs, 2),
    }, runs)

    def fps(k):
        return [n / s for s in secs[k]]

    src = sum(pixel_bytes(f) for f in files)
    t202 = sum(pixel_bytes(p("t202", f, ".dcm")) for f in files)
    jls = sum(pixel_bytes(p("jls", f, ".dcm")) for f in files)
    j2c = sum(os.path.getsize(p("j2c", f, ".j2c")) for f in files)

    metrics = {
        "transcode_frames_per_s_1t": _lib.metric(
            "frames/s", fps("tessera-1t"), fps("ojph-1t"), "ojph_compress (1 process/frame)", GOAL,
            description="tessera transcode (decode+HTJ2K encode+split+checksums+.202 file) vs "
                        "ojph_compress on raw frames (encode only), 1 process per frame, 1 at a time"),
        "transcode_frames_per_s_2t": _lib.metric(
            "frames/s", fps("tessera-2t"), fps("ojph-2t"), "ojph_compress (2 processes)", GOAL,
            description="as transcode_frames_per_s_1t with 2 processes running at once"),
        "stored_bytes_ratio_vs_source": _lib.metric(
            "bytes", [t202], [src], "source native pixels", None, higher_is_better=False,
            description=".202 pixel bytes vs uncompressed source pixel bytes (ratio: compression)"),
        "stored_bytes_vs_jpegls": _lib.metric(
            "bytes", [t202], [jls], "dcmcjpls (JPEG-LS lossless)", None, higher_is_better=False,
            description=".202 pixel bytes vs dcmcjpls pixel bytes (fragments only, both)"),
    }
    details = {"transcode": {
        "files": n,
        "commands": {
            "tessera": "tessera transcode IN OUT",
            "peer": "ojph_compress -i FRAME.yuv -o OUT.j2c " + " ".join(OJPH_ARGS),
            "peer_input": "tessera frame IN 1 FRAME.yuv (untimed; raw int16 LE)",
            "jpegls": "dcmcjpls IN OUT (default options)",
        },
        "seconds": {k: [round(s, 4) for s in v] for k, v in secs.items()},
        "bytes": {"source_pixels": src, "tessera_202_pixels": t202, "jpegls_pixels": jls,
                  "ojph_j2c_files": j2c},
        "note": "both sides include process start-up per frame",
    }}
    _lib.write_fragment(metrics, {"openjph": version("openjph-tools")}, details)


if __name__ == "__main__":
    main()
