#!/usr/bin/python3
"""The AHI API over HTTP: GetImageFrame and GetImageSetMetadata against nginx serving the same bytes.

Run through bench/run.sh (`make bench`), which sets BENCH_* (see bench/_lib.py). Issue 5,
item 7 (and issue 7's frame rows). Method:

  * data: the whole study (every series-*/*.dcm, hard-linked into bench/work/api/input/ so the
    job sees only those files) imported, untimed, with `tessera import --data D` into a fresh
    data directory. The frames measured are those of series-1, the 300-instance CT series
    (512x512 16-bit, ~230 KB of HTJ2K each): its image set is found by its SeriesInstanceUID,
    its frame IDs and sizes come from the metadata document (`tessera imagesets metadata`);
  * Tessera: `tessera serve --data D --listen 127.0.0.1:0 --auth none --threads C` (C = the
    usable cores), on loopback, stopped with SIGTERM at the end. A second instance,
    `--auth sigv4` with a generated key pair in TESSERA_ACCESS_KEY_ID / _SECRET_ACCESS_KEY,
    serves a copy of the same data directory (same IDs; two servers on one catalog would
    contend for its access-tracking writes);
  * peer: nginx (Debian's nginx-light), a generated minimal nginx.conf under bench/work/api/
    (daemon off, worker_processes C, access_log off, sendfile on, tcp_nopush on, keepalive
    requests without limit like Tessera's), run in the foreground by this script. Its root
    holds every frame of series-1 as a static file named by its frame ID, extracted untimed
    with `tessera imagesets frame ID FRAMEID OUT` (the stored bytes), and the series' stored
    gzip metadata document (`tessera imagesets metadata ID --gzip`), served with
    `Content-Encoding: gzip` as Tessera serves it. The config and Tessera's command lines are
    written into details.api;
  * load: wrk 4.1 with bench/_wrk_frames.lua, which formats every request once and cycles over
    them: one request per frame of the series, Tessera's a POST of
    /datastore/DS/imageSet/IS/getImageFrame with body {"imageFrameId": ID}, nginx's a GET of
    /frames/ID. 1, 16 and 64 connections, wrk threads = min(connections, 2), keep-alive.
    Requests/s = completed requests / duration; p50 / p99 from wrk's latency histogram, printed
    by the script's done() (exact percentiles, not the rounded distribution wrk prints). The
    SigV4 case replays pre-signed requests (signed in Python, hashlib + hmac, service
    medical-imaging, region us-east-1, hex payload hash; re-signed before each run so they
    stay within the 15-minute window). Metadata: one request (the series' document) at 1
    connection, POST getImageSetMetadata to Tessera, GET of the .json.gz to nginx;
  * checks, untimed: every extracted frame's size equals the document's FrameSizeInBytes; for
    a few frames Tessera's and nginx's answers are 200 and equal the stored bytes; both
    metadata answers are the stored gzip bytes with Content-Encoding: gzip, and gunzip to the
    document the CLI prints; on the SigV4 instance a signed request gets 200 and the frame, a
    tampered body (another frame ID under the same signature), an unsigned request and a
    wrong secret get 403.
    A warm-up run per case (BENCH_API_WARMUP_SECONDS, default 2, untimed) counts every status
    other than 200 in Lua's response() and must count none; every timed run must have no
    status >= 400 and at least the smallest frame's bytes per request (a short or empty
    answer would look fast);
  * diagnostics in details.api.per_run: besides the figures of every run, the CPU time the
    server used per request (utime + stime of every process in its process group, from
    /proc/PID/stat, across the wrk run) and the cores wrk itself kept busy, so a gap in
    requests/s can be told apart from a machine that was busy elsewhere;
  * BENCH_API_RUNS rounds (default 3; BENCH_RUNS does not apply: 9 cases of
    BENCH_API_SECONDS, default 5 s, per round), cases in a rotating order; medians reported,
    min/max as spread.

Goals (issue 5): GetImageFrame at 64 connections at least 0.8x nginx's requests/s, p99 under
10 ms; GetImageSetMetadata of the 300-instance series under 5 ms p50. wrk and both servers
share the machine's cores (2 here), so the figures are for client + server on one box.
"""

import datetime
import gzip
import hashlib
import hmac
import http.client
import json
import os
import re
import resource
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _lib  # noqa: E402

CONNS = (1, 16, 64)
GOAL_RPS = 0.8            # Tessera's requests/s at 64 connections vs nginx's
P99_LIMIT_MS = 10.0       # GetImageFrame p99 at 64 connections
META_P50_LIMIT_MS = 5.0   # GetImageSetMetadata p50 of the 300-instance series
REGION = "us-east-1"
SERVICE = "medical-imaging"
VERIFY_FRAMES = 5

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
WORK = os.path.join(HERE, "work", "api")
LUA = os.path.join(HERE, "_wrk_frames.lua")


class BenchError(Exception):
    pass


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


# --- processes ------------------------------------------------------------------------------------

class Servers:
    """The server processes this script starts, each in its own process group (session), so
    stop_all() can end each one and its children (nginx's workers) by group id."""

    def __init__(self):
        self.procs = []   # (name, Popen)

    def start(self, name, argv, log_path, env=None):
        log = open(log_path, "wb")
        try:
            p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                 env=env, start_new_session=True)
        finally:
            log.close()
        self.procs.append((name, p))
        return p

    def cpu_seconds(self, name):
        """User + system CPU seconds so far of every process in the named server's process group
        (nginx: master and workers), from /proc/PID/stat."""
        pgid = next(p.pid for n, p in self.procs if n == name)
        ticks = 0
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                with open(f"/proc/{pid}/stat") as fp:
                    f = fp.read().rsplit(")", 1)[1].split()
            except OSError:
                continue   # gone meanwhile
            if int(f[2]) == pgid:      # pgrp; utime and stime are fields 14 and 15
                ticks += int(f[11]) + int(f[12])
        return ticks / os.sysconf("SC_CLK_TCK")

    def stop_all(self):
        for name, p in reversed(self.procs):
            if p.poll() is None:
                try:
                    os.killpg(p.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        for name, p in reversed(self.procs):
            try:
                p.wait(timeout=15)
            except subprocess.TimeoutExpired:
                _lib.log(f"api: {name} (pid {p.pid}) ignored SIGTERM for 15 s; killing it")
                try:
                    os.killpg(p.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                p.wait()
        self.procs = []


def wait_for_log(p, log_path, pattern, what, timeout=20.0):
    """Wait until log_path contains pattern (a regex); returns the match. Fails if p exits."""
    deadline = time.monotonic() + timeout
    rx = re.compile(pattern)
    while time.monotonic() < deadline:
        with open(log_path, errors="replace") as fp:
            text = fp.read()
        m = rx.search(text)
        if m:
            return m
        if p.poll() is not None:
            fail(f"{what} exited with status {p.returncode}: {text.strip()[-400:]}")
        time.sleep(0.05)
    fail(f"{what} did not start within {timeout:.0f} s (see {log_path})")


def wait_for_port(p, port, what, log_path, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if p.poll() is not None:
            with open(log_path, errors="replace") as fp:
                fail(f"{what} exited with status {p.returncode}: {fp.read().strip()[-400:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    fail(f"{what} is not accepting connections on 127.0.0.1:{port} after {timeout:.0f} s")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- SigV4 (the client side: what the AWS SDKs do) ------------------------------------------------

def _uri_encode(s):
    return "".join(c if (c.isascii() and (c.isalnum() or c in "-_.~")) else
                   "".join(f"%{b:02X}" for b in c.encode()) for c in s)


def sigv4_headers(method, path, host, body, key_id, secret, when=None):
    """The headers of a SigV4-signed request (header form, hex payload hash). The canonical URI
    encodes each path segment twice, as the SDKs do for every service but S3 (docs/auth.md);
    the paths here are [0-9a-zA-Z/] only, so that changes nothing but is done anyway."""
    when = when or datetime.datetime.now(datetime.timezone.utc)
    amz_date = when.strftime("%Y%m%dT%H%M%SZ")
    day = amz_date[:8]
    payload = hashlib.sha256(body).hexdigest()
    hdrs = {"content-type": "application/json", "host": host,
            "x-amz-content-sha256": payload, "x-amz-date": amz_date}
    signed = ";".join(sorted(hdrs))
    canon_uri = "/".join(_uri_encode(_uri_encode(seg)) for seg in path.split("/"))
    canon = "\n".join([method, canon_uri, "",
                       "".join(f"{k}:{hdrs[k].strip()}\n" for k in sorted(hdrs)),
                       signed, payload])
    scope = f"{day}/{REGION}/{SERVICE}/aws4_request"
    to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope,
                         hashlib.sha256(canon.encode()).hexdigest()])

    def h(key, msg):
        return hmac.new(key, msg.encode(), hashlib.sha256).digest()
    k = h(h(h(h(("AWS4" + secret).encode(), day), REGION), SERVICE), "aws4_request")
    sig = hmac.new(k, to_sign.encode(), hashlib.sha256).hexdigest()
    return {"Host": host, "Content-Type": "application/json", "X-Amz-Date": amz_date,
            "X-Amz-Content-Sha256": payload,
            "Authorization": f"AWS4-HMAC-SHA256 Credential={key_id}/{scope}, "
                             f"SignedHeaders={signed}, Signature={sig}"}


# --- requests and wrk -----------------------------------------------------------------------------

def write_requests(path, reqs):
    """reqs: [(method, path, body or None, {header: value})] as the Lua script's tab-separated
    lines (see bench/_wrk_frames.lua)."""
    with open(path, "w") as fp:
        for method, p, body, hdrs in reqs:
            for x in [method, p, body or ""] + [f"{k}: {v}" for k, v in hdrs.items()]:
                if "\t" in x or "\n" in x:
                    fail(f"request field with a tab or newline: {x!r}")
            fp.write("\t".join([method, p, body if body else "-"] +
                               [f"{k}: {v}" for k, v in hdrs.items()]) + "\n")
    return path


RESULT = re.compile(r"^WRK_RESULT (.*)$", re.M)


def wrk(wrkbin, port, reqfile, conns, seconds, count=False, server_cpu=None):
    """One wrk run; returns its WRK_RESULT fields plus rps, p50_ms, p99_ms, and the CPU seconds
    wrk used (wrk_cpu_s) and, given server_cpu (a callable: the server's CPU seconds so far),
    the server's (server_cpu_s) during the run."""
    threads = min(conns, 2)
    argv = [wrkbin, "-t", str(threads), "-c", str(conns), "-d", f"{seconds}s", "--timeout", "5s",
            "-s", LUA, f"http://127.0.0.1:{port}", "--", reqfile] + (["count"] if count else [])
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    s0 = server_cpu() if server_cpu else 0.0
    p = subprocess.run(argv, capture_output=True, text=True, timeout=seconds + 60)
    s1 = server_cpu() if server_cpu else 0.0
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    m = RESULT.search(p.stdout)
    if p.returncode != 0 or not m:
        fail(f"{' '.join(argv)}: exit {p.returncode}: {(p.stderr or p.stdout).strip()[:400]}")
    r = {}
    for kv in m.group(1).split():
        k, v = kv.split("=")
        r[k] = float(v)
    if r["requests"] <= 0:
        fail(f"{' '.join(argv)}: no request completed")
    r["rps"] = r["requests"] / (r["duration_us"] / 1e6)
    r["p50_ms"] = r["p50_us"] / 1000
    r["p99_ms"] = r["p99_us"] / 1000
    r["wrk_cpu_s"] = (ru1.ru_utime + ru1.ru_stime) - (ru0.ru_utime + ru0.ru_stime)
    r["server_cpu_s"] = s1 - s0
    return r


# --- HTTP checks (untimed) ------------------------------------------------------------------------

def http_req(port, method, path, body=None, headers=None):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        c.request(method, path, body=body, headers=headers or {})
        r = c.getresponse()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
    finally:
        c.close()


def expect(port, method, path, status, what, body=None, headers=None, want_body=None,
           want_headers=None):
    st, hdrs, got = http_req(port, method, path, body, headers)
    if st != status:
        fail(f"{what}: {method} {path} answered {st}, expected {status}: {got[:200]!r}")
    if want_body is not None and got != want_body:
        fail(f"{what}: {method} {path}: {len(got)} bytes that differ from the stored "
             f"{len(want_body)} bytes")
    for k, v in (want_headers or {}).items():
        if hdrs.get(k.lower()) != v:
            fail(f"{what}: {method} {path}: {k}: {hdrs.get(k.lower())!r}, expected {v!r}")
    return got


# --- setup --------------------------------------------------------------------------------------

def link_input(study, files, dest):
    """The study's instances (and nothing else) under dest, as hard links (copies if that fails)."""
    for f in files:
        target = os.path.join(dest, os.path.relpath(f, study))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        try:
            os.link(f, target)
        except OSError:
            shutil.copyfile(f, target)
    return dest


def series_uid(tessera, path):
    out = checked([tessera, "dump", path]).decode(errors="replace")
    m = re.search(r"^\(0020,000e\) UI \[([0-9.]+)\]", out, re.M | re.I)
    if not m:
        fail(f"no SeriesInstanceUID in {path}")
    return m.group(1)


def import_study(tessera, study, files, data):
    out = checked([tessera, "import", "--data", data, "--output", os.path.join(WORK, "import-out"),
                   link_input(study, files, os.path.join(WORK, "input"))])
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


NGINX_CONF = """\
# Generated by bench/api.py: nginx serving the frames of series-1 and its metadata document as
# static files, the peer of Tessera's GetImageFrame / GetImageSetMetadata. Run in the foreground
# by the script and stopped with SIGTERM:
#   nginx -p {prefix}/ -c nginx.conf -e error.log
daemon off;
master_process on;
worker_processes {workers};
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{
    worker_connections 1024;
}}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 75s;
    keepalive_requests 1000000;   # wrk's connections stay open for the whole run, as with Tessera
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        location /frames/ {{
            default_type image/jph;
        }}
        location /metadata/ {{
            default_type application/json;
            add_header Content-Encoding gzip;
        }}
    }}
}}
"""


def main(servers):
    study = _lib.env("BENCH_STUDY")
    tessera = _lib.env("BENCH_TESSERA")
    runs = int(os.environ.get("BENCH_API_RUNS", "3"))
    seconds = int(os.environ.get("BENCH_API_SECONDS", "5"))
    warm_seconds = int(os.environ.get("BENCH_API_WARMUP_SECONDS", "2"))
    wrkbin = tool("/usr/bin/wrk", "wrk")
    nginx = tool("/usr/sbin/nginx", "nginx-light")
    cores = len(os.sched_getaffinity(0))
    load_start = loadavg()

    files, _ = _lib.study_files(study)
    s1 = [f for f in files if os.path.basename(os.path.dirname(f)) == "series-1"]
    if not s1:
        fail(f"no {study}/series-1/*.dcm")
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    data = os.path.join(WORK, "data")
    data_sigv4 = os.path.join(WORK, "data-sigv4")

    # --- untimed: import, IDs, frames and the document for nginx -------------------------------
    _lib.log(f"api: importing the study ({len(files)} instances, untimed)")
    t0 = time.perf_counter()
    import_study(tessera, study, files, data)
    import_seconds = time.perf_counter() - t0
    uid = series_uid(tessera, s1[0])
    found = json.loads(checked([tessera, "imagesets", "search", "--series-uid", uid, "--data", data]))
    sets = found["imageSetsMetadataSummaries"]
    if len(sets) != 1:
        fail(f"series-1 ({uid}): {len(sets)} image sets, expected 1")
    isid = sets[0]["imageSetId"]
    doc = json.loads(checked([tessera, "imagesets", "metadata", isid, "--data", data]))
    dsid = doc["DatastoreID"]
    frames = []   # (frame id, FrameSizeInBytes)
    for series in doc["Study"]["Series"].values():
        for inst in series["Instances"].values():
            for fr in inst["ImageFrames"]:
                frames.append((fr["ID"], fr["FrameSizeInBytes"]))
    if len(frames) != len(s1):
        fail(f"series-1: {len(frames)} frames in the metadata document, {len(s1)} files")
    doc_gz = checked([tessera, "imagesets", "metadata", isid, "--gzip", "--data", data])
    if json.loads(gzip.decompress(doc_gz)) != doc:
        fail("the --gzip metadata document does not gunzip to the one the CLI prints")

    _lib.log(f"api: extracting the {len(frames)} frames of series-1 for nginx (untimed)")
    www = os.path.join(WORK, "www")
    os.makedirs(os.path.join(www, "frames"))
    os.makedirs(os.path.join(www, "metadata"))
    for fid, size in frames:
        out = os.path.join(www, "frames", fid)
        checked([tessera, "imagesets", "frame", isid, fid, out, "--data", data])
        if os.path.getsize(out) != size:
            fail(f"frame {fid}: {os.path.getsize(out)} bytes extracted, FrameSizeInBytes {size}")
        os.chmod(out, 0o644)   # nginx's workers run as nobody when the master is root
    meta_name = f"{isid}.json.gz"
    with open(os.path.join(www, "metadata", meta_name), "wb") as fp:
        fp.write(doc_gz)
    for d in (WORK, www, os.path.join(www, "frames"), os.path.join(www, "metadata")):
        os.chmod(d, 0o755)
    os.chmod(os.path.join(www, "metadata", meta_name), 0o644)
    if os.geteuid() == 0:   # the workers then run as nobody: every parent must be searchable
        d = os.path.dirname(www)
        while d != os.path.dirname(d):
            if not os.stat(d).st_mode & 0o001:
                fail(f"{d} is not searchable by others (o+x), so nginx's workers (user nobody) "
                     f"cannot read {www}: chmod o+x {d}, or run the benchmark as a normal user")
            d = os.path.dirname(d)
    shutil.copytree(data, data_sigv4, symlinks=True)   # same IDs, its own catalog
    shutil.rmtree(os.path.join(WORK, "input"), ignore_errors=True)
    sizes = [s for _, s in frames]

    # --- servers ----------------------------------------------------------------------------------
    key_id = "AKIATESSERABENCH" + secrets.token_hex(2).upper()
    secret = secrets.token_urlsafe(30)
    argv_t = [tessera, "serve", "--data", data, "--listen", "127.0.0.1:0", "--auth", "none",
              "--threads", str(cores)]
    argv_s = [tessera, "serve", "--data", data_sigv4, "--listen", "127.0.0.1:0", "--auth",
              "sigv4", "--threads", str(cores)]
    listening = r"tessera: listening on http://127\.0\.0\.1:(\d+)"
    log_t = os.path.join(WORK, "tessera.log")
    p = servers.start("tessera", argv_t, log_t)
    port_t = int(wait_for_log(p, log_t, listening, "tessera serve").group(1))
    env_s = dict(os.environ, TESSERA_ACCESS_KEY_ID=key_id, TESSERA_SECRET_ACCESS_KEY=secret)
    log_s = os.path.join(WORK, "tessera-sigv4.log")
    p = servers.start("tessera-sigv4", argv_s, log_s, env=env_s)
    port_s = int(wait_for_log(p, log_s, listening, "tessera serve --auth sigv4").group(1))

    prefix = os.path.join(WORK, "nginx")
    for d in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        os.makedirs(os.path.join(prefix, "tmp", d))
    port_n = free_port()
    conf = NGINX_CONF.format(prefix=prefix, workers=cores, port=port_n, root=www)
    with open(os.path.join(prefix, "nginx.conf"), "w") as fp:
        fp.write(conf)
    argv_n = [nginx, "-p", prefix + "/", "-c", "nginx.conf", "-e", "error.log"]
    log_n = os.path.join(prefix, "stderr.log")
    p = servers.start("nginx", argv_n, log_n)
    wait_for_port(p, port_n, "nginx", log_n)

    # --- untimed checks -------------------------------------------------------------------------
    _lib.log(f"api: checking answers (tessera :{port_t}, tessera sigv4 :{port_s}, nginx :{port_n})")
    fpath = f"/datastore/{dsid}/imageSet/{isid}/getImageFrame"
    mpath = f"/datastore/{dsid}/imageSet/{isid}/getImageSetMetadata"

    def fbody(fid):
        return json.dumps({"imageFrameId": fid}, separators=(",", ":"))

    picks = sorted({0, len(frames) // 4, len(frames) // 2, len(frames) - 1, sizes.index(max(sizes))})
    picks = picks[:VERIFY_FRAMES]
    checked_frames = []
    for k in picks:
        fid = frames[k][0]
        with open(os.path.join(www, "frames", fid), "rb") as fp:
            stored = fp.read()
        expect(port_t, "POST", fpath, 200, "tessera GetImageFrame", fbody(fid),
               {"Content-Type": "application/json"}, stored, {"Content-Type": "image/jph"})
        expect(port_n, "GET", f"/frames/{fid}", 200, "nginx", want_body=stored,
               want_headers={"Content-Type": "image/jph"})
        checked_frames.append(fid)
    expect(port_t, "POST", mpath, 200, "tessera GetImageSetMetadata", want_body=doc_gz,
           want_headers={"Content-Encoding": "gzip", "Content-Type": "application/json"})
    expect(port_n, "GET", f"/metadata/{meta_name}", 200, "nginx metadata", want_body=doc_gz,
           want_headers={"Content-Encoding": "gzip", "Content-Type": "application/json"})
    host_s = f"127.0.0.1:{port_s}"
    fid0, fid1 = frames[picks[0]][0], frames[picks[-1]][0]
    with open(os.path.join(www, "frames", fid0), "rb") as fp:
        stored0 = fp.read()
    b0 = fbody(fid0).encode()
    signed = sigv4_headers("POST", fpath, host_s, b0, key_id, secret)
    expect(port_s, "POST", fpath, 200, "tessera sigv4, signed", b0, signed, stored0)
    expect(port_s, "POST", fpath, 403, "tessera sigv4, tampered body", fbody(fid1).encode(), signed,
           want_headers={"X-Amzn-ErrorType": "AccessDeniedException"})
    expect(port_s, "POST", fpath, 403, "tessera sigv4, unsigned", b0,
           {"Content-Type": "application/json"})
    wrong = sigv4_headers("POST", fpath, host_s, b0, key_id, secret + "x")
    expect(port_s, "POST", fpath, 403, "tessera sigv4, wrong secret", b0, wrong)

    # --- request lists --------------------------------------------------------------------------
    def frame_reqs(port):
        h = {"Host": f"127.0.0.1:{port}", "Content-Type": "application/json"}
        return [("POST", fpath, fbody(fid), h) for fid, _ in frames]

    def signed_reqs():
        now = datetime.datetime.now(datetime.timezone.utc)
        return [("POST", fpath, fbody(fid),
                 sigv4_headers("POST", fpath, host_s, fbody(fid).encode(), key_id, secret, now))
                for fid, _ in frames]

    req_t = write_requests(os.path.join(WORK, "req-tessera.tsv"), frame_reqs(port_t))
    req_n = write_requests(os.path.join(WORK, "req-nginx.tsv"),
                           [("GET", f"/frames/{fid}", None, {"Host": f"127.0.0.1:{port_n}"})
                            for fid, _ in frames])
    req_s = os.path.join(WORK, "req-tessera-sigv4.tsv")
    req_mt = write_requests(os.path.join(WORK, "req-meta-tessera.tsv"),
                            [("POST", mpath, None, {"Host": f"127.0.0.1:{port_t}"})])
    req_mn = write_requests(os.path.join(WORK, "req-meta-nginx.tsv"),
                            [("GET", f"/metadata/{meta_name}", None,
                              {"Host": f"127.0.0.1:{port_n}"})])

    # case name -> (server, port, request file or a callable writing it, connections,
    # least bytes per answer)
    cases = {}
    for c in CONNS:
        cases[f"tessera-c{c}"] = ("tessera", port_t, req_t, c, min(sizes))
        cases[f"nginx-c{c}"] = ("nginx", port_n, req_n, c, min(sizes))
    cases["tessera-sigv4-c64"] = ("tessera-sigv4", port_s,
                                  lambda: write_requests(req_s, signed_reqs()), 64, min(sizes))
    cases["tessera-meta-c1"] = ("tessera", port_t, req_mt, 1, len(doc_gz))
    cases["nginx-meta-c1"] = ("nginx", port_n, req_mn, 1, len(doc_gz))

    def run_case(name, secs, count=False):
        server, port, req, c, least = cases[name]
        path = req() if callable(req) else req
        r = wrk(wrkbin, port, path, c, secs, count, lambda: servers.cpu_seconds(server))
        if r["status"] or (count and r["not200"] != 0):
            fail(f"{name}: {int(r['status'])} answers >= 400"
                 + (f", {int(r['not200'])} not 200" if count else "") + " under load")
        if r["bytes"] < r["requests"] * least:
            fail(f"{name}: {r['bytes'] / r['requests']:.0f} bytes per answer, less than the "
                 f"smallest body ({least} bytes): short answers")
        return r

    _lib.log(f"api: warm-up, {warm_seconds} s per case (untimed; every answer must be 200)")
    warm = {}
    for name in cases:
        r = run_case(name, warm_seconds, count=True)
        warm[name] = {"requests": int(r["requests"]), "rps": round(r["rps"], 1),
                      "not200": int(r["not200"])}

    _lib.log(f"api: {runs} rounds of {len(cases)} cases x {seconds} s")
    res = {n: [] for n in cases}
    names = list(cases)
    for rnd in range(runs):
        k = (rnd * 3) % len(names)
        for name in names[k:] + names[:k]:
            res[name].append(run_case(name, seconds))
        _lib.log(f"  round {rnd + 1}/{runs}: " + ", ".join(
            f"{n} {res[n][-1]['rps']:.0f}/s p99 {res[n][-1]['p99_ms']:.1f}ms" for n in names))
    load_end = loadavg()

    # --- metrics --------------------------------------------------------------------------------
    def col(name, key):
        return [r[key] for r in res[name]]

    def med(name, key):
        return round(statistics.median(col(name, key)), 3)

    def cpu_us(name):   # the server's CPU time per request, median over the runs
        return round(statistics.median(r["server_cpu_s"] / r["requests"] * 1e6
                                       for r in res[name]), 1)

    metrics = {}
    for c in CONNS:
        metrics[f"ahi_frame_rps_c{c}"] = _lib.metric(
            "req/s", col(f"tessera-c{c}", "rps"), col(f"nginx-c{c}", "rps"),
            "nginx (static files, sendfile)", GOAL_RPS if c == 64 else None,
            connections=c,
            p50_ms={"tessera": med(f"tessera-c{c}", "p50_ms"), "peer": med(f"nginx-c{c}", "p50_ms")},
            p99_ms={"tessera": med(f"tessera-c{c}", "p99_ms"), "peer": med(f"nginx-c{c}", "p99_ms")},
            server_cpu_us_per_request={"tessera": cpu_us(f"tessera-c{c}"),
                                       "peer": cpu_us(f"nginx-c{c}")},
            description=f"GetImageFrame (POST, the {len(frames)} frames of series-1 in turn) at "
                        f"{c} connection(s) vs nginx GET of the same bytes as static files; "
                        + ("goal 0.8x nginx (issue 5)" if c == 64 else
                           "no goal at this level (issue 5's goals are at 64 connections)"))
    m = _lib.metric(
        "ms", col("tessera-c64", "p99_ms"), col("nginx-c64", "p99_ms"),
        "nginx (static files, sendfile)", P99_LIMIT_MS, higher_is_better=False, goal_kind="max",
        goal_text=f"< {P99_LIMIT_MS:g} ms",
        description="GetImageFrame p99 latency at 64 connections (wrk's histogram); ratio "
                    "nginx p99 / Tessera p99; goal: Tessera's p99 under 10 ms (issue 5)")
    m["meets_goal"] = m["tessera"] < P99_LIMIT_MS
    metrics["ahi_frame_p99_ms_c64"] = m
    m = _lib.metric(
        "ms", col("tessera-meta-c1", "p50_ms"), col("nginx-meta-c1", "p50_ms"),
        "nginx (the .json.gz as a static file)", META_P50_LIMIT_MS, higher_is_better=False,
        goal_kind="max", goal_text=f"< {META_P50_LIMIT_MS:g} ms",
        p99_ms={"tessera": med("tessera-meta-c1", "p99_ms"), "peer": med("nginx-meta-c1", "p99_ms")},
        rps={"tessera": med("tessera-meta-c1", "rps"), "peer": med("nginx-meta-c1", "rps")},
        server_cpu_us_per_request={"tessera": cpu_us("tessera-meta-c1"),
                                   "peer": cpu_us("nginx-meta-c1")},
        document_bytes_gzip=len(doc_gz), instances=len(frames),
        description=f"GetImageSetMetadata of the {len(frames)}-instance series (the stored gzip "
                    f"document, {len(doc_gz)} bytes) p50 at 1 connection vs nginx GET of the "
                    "same file with Content-Encoding: gzip; goal: under 5 ms (issue 5)")
    m["meets_goal"] = m["tessera"] < META_P50_LIMIT_MS
    metrics["ahi_metadata_p50_ms"] = m
    sig_vs_none = [a / b for a, b in zip(col("tessera-sigv4-c64", "rps"), col("tessera-c64", "rps"))]
    metrics["ahi_frame_rps_c64_sigv4"] = _lib.metric(
        "req/s", col("tessera-sigv4-c64", "rps"), col("nginx-c64", "rps"),
        "nginx (static files, sendfile)", None,
        p50_ms={"tessera": med("tessera-sigv4-c64", "p50_ms"), "peer": med("nginx-c64", "p50_ms")},
        p99_ms={"tessera": med("tessera-sigv4-c64", "p99_ms"), "peer": med("nginx-c64", "p99_ms")},
        vs_auth_none=round(statistics.median(sig_vs_none), 3),
        server_cpu_us_per_request={"tessera": cpu_us("tessera-sigv4-c64"),
                                   "tessera_auth_none": cpu_us("tessera-c64"),
                                   "peer": cpu_us("nginx-c64")},
        description="GetImageFrame at 64 connections with SigV4 on (pre-signed requests "
                    "replayed; every one verified: signature and body hash) vs the same nginx "
                    "runs; vs_auth_none = its requests/s over Tessera's with --auth none, "
                    "round by round (median); no goal: it shows the cost of authentication")

    def per_run(name):
        rs = res[name]
        return {"rps": [round(r["rps"], 1) for r in rs],
                "p50_ms": [round(r["p50_ms"], 3) for r in rs],
                "p90_ms": [round(r["p90_us"] / 1000, 3) for r in rs],
                "p99_ms": [round(r["p99_ms"], 3) for r in rs],
                "mean_ms": [round(r["mean_us"] / 1000, 3) for r in rs],
                "max_ms": [round(r["max_us"] / 1000, 3) for r in rs],
                "requests": [int(r["requests"]) for r in rs],
                "mb_per_s": [round(r["bytes"] / 1e6 / (r["duration_us"] / 1e6), 1) for r in rs],
                "server_cpu_us_per_request": [round(r["server_cpu_s"] / r["requests"] * 1e6, 1)
                                              for r in rs],
                "server_cpu_cores_busy": [round(r["server_cpu_s"] / (r["duration_us"] / 1e6), 2)
                                          for r in rs],
                "wrk_cpu_cores_busy": [round(r["wrk_cpu_s"] / (r["duration_us"] / 1e6), 2)
                                       for r in rs],
                "socket_errors": sum(int(r["connect"] + r["read"] + r["write"]) for r in rs),
                "timeouts": sum(int(r["timeout"]) for r in rs)}

    details = {"api": {
        "series": {"image_set_id": isid, "datastore_id": dsid, "series_uid": uid,
                   "frames": len(frames), "frame_bytes_total": sum(sizes),
                   "frame_bytes_min": min(sizes), "frame_bytes_max": max(sizes),
                   "metadata_bytes_gzip": len(doc_gz),
                   "metadata_bytes": len(gzip.decompress(doc_gz))},
        "import_seconds_untimed": round(import_seconds, 2),
        "loadavg_start": load_start, "loadavg_end": load_end,
        "cores_usable": cores,
        "runs": runs, "seconds_per_run": seconds, "warm_up_seconds": warm_seconds,
        "commands": {
            "tessera": " ".join(os.path.relpath(a, REPO) if a.startswith(REPO) else a
                                for a in argv_t),
            "tessera_sigv4": "TESSERA_ACCESS_KEY_ID=... TESSERA_SECRET_ACCESS_KEY=... " + " ".join(
                os.path.relpath(a, REPO) if a.startswith(REPO) else a for a in argv_s)
                + "  (a copy of the same data directory)",
            "nginx": " ".join(os.path.relpath(a, REPO) if a.startswith(REPO) else a
                              for a in argv_n),
            "wrk": "wrk -t min(C,2) -c C -d %ds --timeout 5s -s bench/_wrk_frames.lua URL -- "
                   "REQUESTS (C = 1, 16, 64)" % seconds,
            "requests": {
                "tessera": f"POST {fpath.replace(dsid, 'DS').replace(isid, 'IS')} "
                           '{"imageFrameId":"ID"}, each frame of series-1 in turn',
                "tessera_sigv4": "the same with Authorization, X-Amz-Date, "
                                 "X-Amz-Content-Sha256 (hex), signed once per run and replayed",
                "nginx": "GET /frames/ID, each frame of series-1 in turn",
                "metadata": "POST .../getImageSetMetadata (Tessera), GET "
                            "/metadata/IS.json.gz (nginx), 1 connection",
            },
        },
        "nginx_conf": conf,
        "checks": {
            "frame_sizes_equal_FrameSizeInBytes": len(frames),
            "frames_equal_stored_bytes_tessera_and_nginx": checked_frames,
            "metadata_equal_stored_gzip_tessera_and_nginx": True,
            "sigv4": "signed 200 + stored bytes; tampered body 403 AccessDeniedException; "
                     "unsigned 403; wrong secret 403",
            "warm_up_all_200": warm,
        },
        "per_run": {n: per_run(n) for n in names},
    }}
    nginx_v = subprocess.run([nginx, "-v"], capture_output=True, text=True).stderr.strip()
    _lib.write_fragment(metrics, {"wrk": pkg_version("wrk"),
                                  "nginx": f"{nginx_v} (nginx-light {pkg_version('nginx-light')})"},
                        details)


def _terminate(signum, frame):
    raise SystemExit(f"bench: api: signal {signum}")


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _terminate)
    srv = Servers()
    done = False
    try:
        main(srv)
        done = True
    except BenchError as e:
        sys.exit(f"bench: api: {e}")
    finally:
        srv.stop_all()
        if done:   # the bulky parts; nginx.conf, the logs and the request lists stay
            for d in ("data", "data-sigv4", "www", "import-out"):
                shutil.rmtree(os.path.join(WORK, d), ignore_errors=True)
