"""HTTP benchmark plumbing shared by bench/api.py and bench/dicomweb.py: the servers a script
starts (Tessera, nginx, Orthanc) and stops, wrk runs, and untimed HTTP checks.

Not a metric script (bench/run.sh skips bench/_*). Standard library only.

  Servers      every server process a script starts, each in its own process group (Popen'd)
               or by pid (Orthanc, started by scripts/orthanc.sh); stop_all() ends them all,
               and cpu_seconds(name) reads a server's user + system CPU time so far
  start_tessera  `tessera serve` on 127.0.0.1 (port 0: the one it prints)
  start_nginx  nginx in the foreground with a generated minimal nginx.conf (NGINX_CONF)
  Orthanc      Orthanc 1.10 + DICOMweb through scripts/orthanc.sh (its settings are reported)
  wrk          one wrk run with bench/_wrk_frames.lua (a list of prepared requests, cycled)
  http_req, expect   single requests for the checks that run before anything is timed
"""

import http.client
import json
import os
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import time

import _lib

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
LUA = os.path.join(HERE, "_wrk_frames.lua")
ORTHANC_SH = os.path.join(REPO, "scripts", "orthanc.sh")


def _stat_fields(pid):
    with open(f"/proc/{pid}/stat") as fp:
        return fp.read().rsplit(")", 1)[1].split()   # fields from 3 (state) on


def _ticks(f):
    return int(f[11]) + int(f[12])   # utime, stime (fields 14 and 15)


class Servers:
    """The server processes a script starts. Popen'd ones get their own session (process group)
    so stop_all() ends each one and its children (nginx's workers) by group id; adopted ones
    (Orthanc) are a pid and a stop function."""

    def __init__(self):
        self.procs = []   # (name, Popen or None, pid, stop function or None)

    def start(self, name, argv, log_path, env=None):
        log = open(log_path, "wb")
        try:
            p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                 env=env, start_new_session=True)
        finally:
            log.close()
        self.procs.append((name, p, p.pid, None))
        return p

    def adopt(self, name, pid, stop):
        """A server started by someone else (a script): measured by its pid, ended by stop()."""
        self.procs.append((name, None, pid, stop))

    def stop(self, name):
        keep = []
        for entry in self.procs:
            if entry[0] == name:
                self._stop([entry])
            else:
                keep.append(entry)
        self.procs = keep

    def cpu_seconds(self, name):
        """User + system CPU seconds so far of the named server: every process of its group for
        a Popen'd one (nginx: master and workers), the process (all threads) for an adopted one."""
        _, popen, pid, _ = next(e for e in self.procs if e[0] == name)
        if popen is None:
            try:
                return _ticks(_stat_fields(pid)) / os.sysconf("SC_CLK_TCK")
            except OSError:
                return 0.0
        ticks = 0
        for d in os.listdir("/proc"):
            if not d.isdigit():
                continue
            try:
                f = _stat_fields(d)
            except OSError:
                continue   # gone meanwhile
            if int(f[2]) == pid:      # pgrp
                ticks += _ticks(f)
        return ticks / os.sysconf("SC_CLK_TCK")

    def _stop(self, entries):
        for name, p, pid, stop in reversed(entries):
            if p is not None and p.poll() is None:
                try:
                    os.killpg(p.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        for name, p, pid, stop in reversed(entries):
            if stop is not None:
                stop()
                continue
            try:
                p.wait(timeout=15)
            except subprocess.TimeoutExpired:
                _lib.log(f"{name} (pid {p.pid}) ignored SIGTERM for 15 s; killing it")
                try:
                    os.killpg(p.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                p.wait()

    def stop_all(self):
        self._stop(self.procs)
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
            _lib.fail(f"{what} exited with status {p.returncode}: {text.strip()[-400:]}")
        time.sleep(0.05)
    _lib.fail(f"{what} did not start within {timeout:.0f} s (see {log_path})")


def wait_for_port(p, port, what, log_path, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if p.poll() is not None:
            with open(log_path, errors="replace") as fp:
                _lib.fail(f"{what} exited with status {p.returncode}: {fp.read().strip()[-400:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    _lib.fail(f"{what} is not accepting connections on 127.0.0.1:{port} after {timeout:.0f} s")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rel(argv):
    """A command line for the report, with paths inside the repository made relative."""
    return " ".join(os.path.relpath(a, REPO) if a.startswith(REPO) else a for a in argv)


# --- Tessera --------------------------------------------------------------------------------------

LISTENING = r"tessera: listening on http://127\.0\.0\.1:(\d+)"


def start_tessera(servers, name, tessera, data, log_path, threads, extra=(), env=None):
    """`tessera serve --data DATA --listen 127.0.0.1:0 --auth none --threads T` (unless extra
    gives another --auth). Returns (port, argv)."""
    argv = [tessera, "serve", "--data", data, "--listen", "127.0.0.1:0", "--threads",
            str(threads)] + list(extra)
    if "--auth" not in extra:
        argv += ["--auth", "none"]
    p = servers.start(name, argv, log_path, env=env)
    return int(wait_for_log(p, log_path, LISTENING, f"tessera serve ({name})").group(1)), argv


# --- nginx ----------------------------------------------------------------------------------------

NGINX_CONF = """\
# Generated by bench/{script}: nginx serving static files as the peer of Tessera. Run in the
# foreground by the script and stopped with SIGTERM:
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
{locations}
    }}
}}
"""


def start_nginx(servers, script, prefix, root, workers, locations):
    """nginx serving root on a free loopback port, with the given `location` blocks (text).
    Returns (port, argv, conf text)."""
    nginx = _lib.tool("/usr/sbin/nginx", "nginx-light")
    for d in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        os.makedirs(os.path.join(prefix, "tmp", d), exist_ok=True)
    port = free_port()
    conf = NGINX_CONF.format(script=script, prefix=prefix, workers=workers, port=port, root=root,
                             locations=locations.rstrip("\n"))
    with open(os.path.join(prefix, "nginx.conf"), "w") as fp:
        fp.write(conf)
    argv = [nginx, "-p", prefix + "/", "-c", "nginx.conf", "-e", "error.log"]
    log_path = os.path.join(prefix, "stderr.log")
    p = servers.start("nginx", argv, log_path)
    wait_for_port(p, port, "nginx", log_path)
    return port, argv, conf


def make_world_readable(root):
    """nginx's workers run as nobody when the master is root: the files must be readable and
    every parent directory searchable by others."""
    for r, ds, fs in os.walk(root):
        os.chmod(r, 0o755)
        for f in fs:
            os.chmod(os.path.join(r, f), 0o644)
    if os.geteuid() == 0:
        d = os.path.dirname(root)
        while d != os.path.dirname(d):
            if not os.stat(d).st_mode & 0o001:
                _lib.fail(f"{d} is not searchable by others (o+x), so nginx's workers (user "
                          f"nobody) cannot read {root}: chmod o+x {d}, or run the benchmark "
                          "as a normal user")
            d = os.path.dirname(d)


def nginx_version():
    nginx = _lib.tool("/usr/sbin/nginx", "nginx-light")
    v = subprocess.run([nginx, "-v"], capture_output=True, text=True).stderr.strip()
    return f"{v} (nginx-light {_lib.pkg_version('nginx-light')})"


# --- Orthanc --------------------------------------------------------------------------------------

class Orthanc:
    """Orthanc 1.10 with its DICOMweb plugin, through scripts/orthanc.sh (which writes
    DIR/orthanc.json, starts it in the background and waits for its REST API). The DICOMweb
    root is /dicom-web/."""

    def __init__(self, servers, name, workdir):
        self.servers, self.name, self.dir = servers, name, workdir
        self.port = None

    def start(self):
        if not os.path.exists("/usr/sbin/Orthanc"):
            _lib.fail("Orthanc is not installed (scripts/install-deps.sh installs orthanc, "
                      "orthanc-dicomweb, orthanc-gdcm)")
        os.makedirs(self.dir, exist_ok=True)
        self.port = free_port()
        dport = free_port()
        p = subprocess.run(["bash", ORTHANC_SH, "start", self.dir, str(self.port), str(dport)],
                           capture_output=True, text=True)
        if p.returncode != 0:
            _lib.fail(f"scripts/orthanc.sh start {self.dir}: exit {p.returncode}: "
                      f"{(p.stderr + p.stdout).strip()[-400:]}")
        with open(os.path.join(self.dir, "orthanc.pid")) as fp:
            pid = int(fp.read())
        self.servers.adopt(self.name, pid, self._stop)
        return self.port

    def _stop(self):
        subprocess.run(["bash", ORTHANC_SH, "stop", self.dir], capture_output=True)

    def stop(self):
        self.servers.stop(self.name)

    def config(self):
        with open(os.path.join(self.dir, "orthanc.json")) as fp:
            return json.load(fp)

    def settings(self):
        """The settings that change Orthanc's speed (test-material.md: report them with every
        figure), as scripts/orthanc.sh wrote them."""
        c = self.config()
        keys = ["SyncStorageArea", "StorageAccessOnFind", "MaximumStorageCacheSize",
                "HttpCompressionEnabled", "HttpThreadsCount", "StorageCompression",
                "OverwriteInstances"]
        s = {k: c[k] for k in keys if k in c}
        s["DicomWeb"] = c.get("DicomWeb")
        s["Plugins"] = [os.path.basename(x) for x in c.get("Plugins", [])]
        s["database"] = "SQLite (Orthanc's default index)"
        return s

    def versions(self):
        _, _, sysinfo = http_req(self.port, "GET", "/system")
        _, _, dw = http_req(self.port, "GET", "/plugins/dicom-web")
        try:
            dwv = json.loads(dw).get("Version")
        except ValueError:
            dwv = "?"
        return {"orthanc": f"{json.loads(sysinfo).get('Version')} "
                           f"(Debian orthanc {_lib.pkg_version('orthanc')})",
                "orthanc_dicomweb": f"{dwv} (Debian orthanc-dicomweb "
                                    f"{_lib.pkg_version('orthanc-dicomweb')})"}


# --- wrk ------------------------------------------------------------------------------------------

def write_requests(path, reqs):
    """reqs: [(method, path, body or None, {header: value})] as the Lua script's tab-separated
    lines (see bench/_wrk_frames.lua)."""
    with open(path, "w") as fp:
        for method, p, body, hdrs in reqs:
            for x in [method, p, body or ""] + [f"{k}: {v}" for k, v in hdrs.items()]:
                if "\t" in x or "\n" in x:
                    _lib.fail(f"request field with a tab or newline: {x!r}")
            fp.write("\t".join([method, p, body if body else "-"] +
                               [f"{k}: {v}" for k, v in hdrs.items()]) + "\n")
    return path


RESULT = re.compile(r"^WRK_RESULT (.*)$", re.M)


def wrk(port, reqfile, conns, seconds, count=False, server_cpu=None):
    """One wrk run; returns its WRK_RESULT fields plus rps, p50_ms, p99_ms, and the CPU seconds
    wrk used (wrk_cpu_s) and, given server_cpu (a callable: the server's CPU seconds so far),
    the server's (server_cpu_s) during the run."""
    wrkbin = _lib.tool("/usr/bin/wrk", "wrk")
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
        _lib.fail(f"{' '.join(argv)}: exit {p.returncode}: {(p.stderr or p.stdout).strip()[:400]}")
    r = {}
    for kv in m.group(1).split():
        k, v = kv.split("=")
        r[k] = float(v)
    if r["requests"] <= 0:
        _lib.fail(f"{' '.join(argv)}: no request completed")
    r["rps"] = r["requests"] / (r["duration_us"] / 1e6)
    r["p50_ms"] = r["p50_us"] / 1000
    r["p99_ms"] = r["p99_us"] / 1000
    r["wrk_cpu_s"] = (ru1.ru_utime + ru1.ru_stime) - (ru0.ru_utime + ru0.ru_stime)
    r["server_cpu_s"] = s1 - s0
    return r


WRK_COMMAND = ("wrk -t min(C,2) -c C -d SECONDS --timeout 5s -s bench/_wrk_frames.lua URL -- "
               "REQUESTS")


def per_run(rs):
    """The figures of every timed wrk run of one case, for details.*.per_run."""
    return {"rps": [round(r["rps"], 1) for r in rs],
            "p50_ms": [round(r["p50_ms"], 3) for r in rs],
            "p90_ms": [round(r["p90_us"] / 1000, 3) for r in rs],
            "p99_ms": [round(r["p99_ms"], 3) for r in rs],
            "mean_ms": [round(r["mean_us"] / 1000, 3) for r in rs],
            "max_ms": [round(r["max_us"] / 1000, 3) for r in rs],
            "requests": [int(r["requests"]) for r in rs],
            "mb_per_s": [round(r["bytes"] / 1e6 / (r["duration_us"] / 1e6), 1) for r in rs],
            "bytes_per_answer": [round(r["bytes"] / r["requests"]) for r in rs],
            "server_cpu_us_per_request": [round(r["server_cpu_s"] / r["requests"] * 1e6, 1)
                                          for r in rs],
            "server_cpu_cores_busy": [round(r["server_cpu_s"] / (r["duration_us"] / 1e6), 2)
                                      for r in rs],
            "wrk_cpu_cores_busy": [round(r["wrk_cpu_s"] / (r["duration_us"] / 1e6), 2)
                                   for r in rs],
            "socket_errors": sum(int(r["connect"] + r["read"] + r["write"]) for r in rs),
            "timeouts": sum(int(r["timeout"]) for r in rs)}


# --- single requests (untimed checks) -------------------------------------------------------------

def http_req(port, method, path, body=None, headers=None, timeout=120):
    """One request on a fresh connection: (status, {lower-case header: value}, body bytes)."""
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
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
        _lib.fail(f"{what}: {method} {path} answered {st}, expected {status}: {got[:200]!r}")
    if want_body is not None and got != want_body:
        _lib.fail(f"{what}: {method} {path}: {len(got)} bytes that differ from the stored "
                  f"{len(want_body)} bytes")
    for k, v in (want_headers or {}).items():
        if hdrs.get(k.lower()) != v:
            _lib.fail(f"{what}: {method} {path}: {k}: {hdrs.get(k.lower())!r}, expected {v!r}")
    return got


def run_script(name, main, work, bulky):
    """The __main__ of a benchmark script that starts servers: main(servers) runs with SIGTERM
    turned into an exit, every server it started is stopped whatever happens, a BenchError
    exits with "bench: NAME: ..." and, after a successful run, the bulky directories under work
    (data, copies of the study) are removed; configs, logs and request lists stay."""
    def terminate(signum, frame):
        raise SystemExit(f"bench: {name}: signal {signum}")

    signal.signal(signal.SIGTERM, terminate)
    servers = Servers()
    done = False
    try:
        main(servers)
        done = True
    except _lib.BenchError as e:
        sys.exit(f"bench: {name}: {e}")
    finally:
        servers.stop_all()
        if done:
            for d in bulky:
                shutil.rmtree(os.path.join(work, d), ignore_errors=True)
