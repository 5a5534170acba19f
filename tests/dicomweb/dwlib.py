"""Shared pieces of the DICOMweb suites (tests/dicomweb/test_*.py).

A Server is `tessera serve --auth none` on a fresh data directory with one
datastore, filled by `tessera import` of the given folders before it starts;
its DICOMweb roots are server.root ("/dicomweb", the default datastore) and
server.ds_root ("/datastore/ID"). Checks are counted by Checks and reported
as "NAME: N passed, M failed" on the last line, the form scripts/test.sh
adds up. Oracles (pydicom, numpy, Orthanc) live in the test files.
"""
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TESTDATA = os.environ.get("TESSERA_TESTDATA", os.path.join(ROOT, ".testdata"))


class Checks:
    def __init__(self, name):
        self.name, self.passed, self.failed = name, 0, 0

    def check(self, cond, what):
        if cond:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL: " + what, file=sys.stderr, flush=True)
        return cond

    def equal(self, got, want, what):
        return self.check(got == want, "%s: got %r, want %r" % (what, got, want))

    def report(self):
        print("%s: %d passed, %d failed" % (self.name, self.passed, self.failed), flush=True)
        return 1 if self.failed else 0


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def header(self, name):
        return self.headers.get(name.lower())

    def json(self):
        return json.loads(self.body)


def request(url, method="GET", headers=None, body=None, timeout=60):
    """One HTTP request; errors are responses too (never raises on 4xx/5xx).
    Bodies are not decompressed: send Accept-Encoding only to test it."""
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return Response(r.status, {k.lower(): v for k, v in r.headers.items()}, r.read())
    except urllib.error.HTTPError as e:
        return Response(e.code, {k.lower(): v for k, v in e.headers.items()}, e.read())


class Server:
    """tessera serve on a temporary data directory (removed by stop unless KEEP=1)."""

    def __init__(self, tessera, inputs=(), name="dw", datastore="dicomweb", extra=()):
        self.tessera = os.path.abspath(tessera)
        self.dir = tempfile.mkdtemp(prefix="tessera-%s-" % name)
        self.data = os.path.join(self.dir, "data")
        self.run("datastore", "create", datastore)
        for i, folder in enumerate(inputs):
            self.run("import", "--datastore", datastore, "--output",
                     os.path.join(self.dir, "out%d" % i), folder)
        ds = json.loads(self.run("datastore", "list").stdout)
        self.ds = [d for d in ds["datastoreSummaries"] if d["datastoreName"] == datastore][0]["datastoreId"]
        self.port = free_port()
        self.base = "http://127.0.0.1:%d" % self.port
        self.root = self.base + "/dicomweb"
        self.ds_root = self.base + "/datastore/" + self.ds
        self.log = open(os.path.join(self.dir, "serve.log"), "w")
        self.proc = subprocess.Popen(
            [self.tessera, "serve", "--data", self.data, "--listen", "127.0.0.1:%d" % self.port,
             "--auth", "none"] + list(extra), stdout=self.log, stderr=subprocess.STDOUT)
        for _ in range(200):
            try:
                request(self.base + "/datastore", timeout=2)
                return
            except OSError:
                if self.proc.poll() is not None:
                    break
                time.sleep(0.05)
        raise RuntimeError("tessera serve did not start; see " + self.log.name)

    def run(self, *args):
        """A CLI command on this server's data directory (--data appended)."""
        p = subprocess.run([self.tessera] + list(args) + ["--data", self.data],
                           capture_output=True, text=True)
        if p.returncode != 0:
            raise RuntimeError("tessera %s failed (%d): %s" % (" ".join(args), p.returncode, p.stderr))
        return p

    def get(self, path, headers=None, root=None):
        return request((root or self.root) + path, headers=headers)

    def stop(self):
        """SIGTERM; returns the exit status (0 expected)."""
        self.proc.terminate()
        try:
            rc = self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            rc = self.proc.wait()
        self.log.close()
        if os.environ.get("KEEP") != "1":
            shutil.rmtree(self.dir, ignore_errors=True)
        else:
            print("kept " + self.dir, file=sys.stderr)
        return rc
