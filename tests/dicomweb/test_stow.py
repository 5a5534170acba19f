#!/usr/bin/python3
"""STOW-RS end to end (src/dicomweb/stow.c): real DICOM files sent with raw
http.client to `tessera serve`, the way real clients send them, and the
results read back through the AHI side (CLI `tessera imagesets
search/metadata/frame`, ListDICOMImportJobs) and the catalog.

Covered:
  - bodies: Content-Length and chunked; boundary quoted (dicomweb-client,
    leading CRLF) and unquoted with per-part Content-Length (Orthanc's
    client); a preamble; a single application/dicom body; both roots
    (/dicomweb and /datastore/ID) and POST /studies/{st};
  - the PS3.18 store response: status, application/dicom+json,
    RetrieveURL of the study, ReferencedSOPSequence (class, instance,
    RetrieveURL), FailedSOPSequence with FailureReason;
  - stored instances: in their primary image set's metadata, pixels intact
    (the stored CRC32 equals pydicom's pixels, an HTJ2K frame decoded by
    OpenJPEG equals the source);
  - a mix of good and bad parts (202; the bad ones leave no catalog rows),
    all bad (409), study mismatch on POST /studies/{st} (0xA900), wrong
    media types (415), malformed multipart (400), over the part and request
    limits (413), unknown datastore (404): none of them stores anything;
  - the same instance sent again replaces the stored one (as import does);
  - an instance over 4 MiB (spooled to a file, with and without a part
    Content-Length) is stored intact and no spool file is left; a client
    that abandons an upload records nothing;
  - STOW jobs are not listed by `tessera jobs list` / ListDICOMImportJobs;
  - Orthanc 1.10 as a real client (its DICOMweb plugin's push: chunked, 73-byte
    boundary, per-part Content-Length) stores a study and gets a store
    response it accepts;
  - SIGKILL: the server killed mid-upload, while a request is being
    processed, and right after an acknowledged answer; after restart and
    `tessera recover`, every acknowledged instance is present, no job is
    left unfinished, the catalog and blobs agree (test_store's check) and
    there is one primary image set per series.
With STOW_BENCH=1 it also times 100 generated CT instances in one request
and in 10 requests of 10 (instances/s, a single run).

Run: /usr/bin/python3 tests/dicomweb/test_stow.py BUILD/tessera
Prints "stow: N passed, M failed" last.
"""
import http.client
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

import numpy as np
import pydicom

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "store"))
from dwlib import ROOT, Checks, Server, free_port, request  # noqa: E402
from test_store import catalog_consistent, pixel_crc  # noqa: E402

TESSERA = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/release/tessera")
C = Checks("stow")
PART_LIMIT = 1500000        # per-part quota of the main server (a CT file is ~530 KB)
REQUEST_LIMIT = 12000000    # per-request quota of the main server

SEQ_OK, SEQ_FAILED, URL, CLASS, SOP, REASON, WARN = (
    "00081199", "00081198", "00081190", "00081150", "00081155", "00081197", "00081196")


# ------------------------------------------------------------------ requests

def multipart(parts, boundary, leading_crlf=True, part_length=False, preamble=b"",
              types=None):
    """parts: list of bytes. Returns the body."""
    out = bytearray(preamble)
    for i, data in enumerate(parts):
        if i > 0 or leading_crlf or preamble:
            out += b"\r\n"
        out += b"--" + boundary + b"\r\n"
        out += b"Content-Type: " + (types[i] if types else b"application/dicom") + b"\r\n"
        if part_length:
            out += b"Content-Length: %d\r\n" % len(data)
        out += b"\r\n" + data
    out += b"\r\n--" + boundary + b"--\r\n"
    return bytes(out)


def ctype(boundary, quoted=True, with_type=True):
    b = boundary.decode()
    return "multipart/related; %sboundary=%s" % (
        'type="application/dicom"; ' if with_type else "", '"%s"' % b if quoted else b)


class Answer:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body
        self.doc = None
        if headers.get("content-type", "").startswith("application/dicom+json"):
            self.doc = json.loads(body)

    def seq(self, tag):
        return (self.doc or {}).get(tag, {}).get("Value", [])

    def sops(self, tag):
        return [it.get(SOP, {}).get("Value", [None])[0] for it in self.seq(tag)]

    def reasons(self):
        return [it[REASON]["Value"][0] for it in self.seq(SEQ_FAILED)]


def post(base_port, path, body, content_type, chunked=False, chunk=65536, timeout=300,
         extra=None):
    """One POST with raw http.client; returns an Answer."""
    c = http.client.HTTPConnection("127.0.0.1", base_port, timeout=timeout)
    headers = {"Accept": "application/dicom+json"}
    if content_type is not None:
        headers["Content-Type"] = content_type
    headers.update(extra or {})
    if chunked:
        c.putrequest("POST", path)
        for k, v in headers.items():
            c.putheader(k, v)
        c.putheader("Transfer-Encoding", "chunked")
        c.endheaders()
        for i in range(0, len(body), chunk):
            piece = body[i:i + chunk]
            c.send(b"%x\r\n" % len(piece) + piece + b"\r\n")
        c.send(b"0\r\n\r\n")
    else:
        c.request("POST", path, body=body, headers=headers)
    r = c.getresponse()
    a = Answer(r.status, {k.lower(): v for k, v in r.getheaders()}, r.read())
    c.close()
    return a


# ------------------------------------------------------------------ oracles

def tessera(data, *args):
    p = subprocess.run([TESSERA] + list(args) + ["--data", data], capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError("tessera %s: %s" % (" ".join(args), p.stderr))
    return json.loads(p.stdout) if p.stdout.strip() else None


def primary_sets(data, ds):
    """{series UID: image set ID} of primary image sets, through the AHI CLI."""
    out = {}
    for s in tessera(data, "imagesets", "search", "--datastore", ds)["imageSetsMetadataSummaries"]:
        if s["isPrimary"]:
            out[s["DICOMTags"]["DICOMSeriesInstanceUID"]] = s
    return out


def stored_sops(data, ds):
    """{SOP UID: (image set ID, instance metadata)} of every primary set's latest version."""
    out = {}
    for se, s in primary_sets(data, ds).items():
        doc = tessera(data, "imagesets", "metadata", s["imageSetId"], "--datastore", ds)
        for sop, inst in doc["Study"]["Series"][se]["Instances"].items():
            out[sop] = (s["imageSetId"], inst)
    return out


def stow_jobs(data):
    db = sqlite3.connect(os.path.join(data, "catalog.db"))
    rows = db.execute("SELECT id, status FROM import_jobs WHERE kind = 'stow'").fetchall()
    db.close()
    return rows


def job_file_rows(data, job_id):
    db = sqlite3.connect(os.path.join(data, "catalog.db"))
    rows = db.execute("SELECT path, outcome FROM job_files WHERE job_id = ?", (job_id,)).fetchall()
    db.close()
    return rows


def counts(data):
    db = sqlite3.connect(os.path.join(data, "catalog.db"))
    n = tuple(db.execute(q).fetchone()[0] for q in (
        "SELECT COUNT(*) FROM import_jobs", "SELECT COUNT(*) FROM job_files",
        "SELECT COUNT(*) FROM image_set_versions"))
    db.close()
    return n


class Study:
    def __init__(self, folder):
        self.files = {}      # path -> dataset (no pixels)
        for dp, _, fs in os.walk(folder):
            for f in sorted(fs):
                p = os.path.join(dp, f)
                self.files[p] = pydicom.dcmread(p, stop_before_pixels=True)
        self.ct = sorted(p for p in self.files if "/series-1/" in p)
        self.thick = sorted(p for p in self.files if "/series-2/" in p)
        self.mr = sorted(p for p in self.files if "/series-3/" in p)
        self.study_uid = str(next(iter(self.files.values())).StudyInstanceUID)

    def sop(self, p):
        return str(self.files[p].SOPInstanceUID)

    def series(self, p):
        return str(self.files[p].SeriesInstanceUID)


def read(p):
    with open(p, "rb") as f:
        return f.read()


def check_stored(srv, study, paths, what, decode=True):
    """The instances are in their primary image set with intact pixels."""
    have = stored_sops(srv.data, srv.ds)
    missing = [p for p in paths if study.sop(p) not in have]
    C.check(not missing, "%s: every stored instance is in its primary image set (%d missing)"
            % (what, len(missing)))
    decoded = False
    for p in paths:
        if study.sop(p) not in have:
            continue
        isid, inst = have[study.sop(p)]
        frames = inst.get("ImageFrames", [])
        C.equal(len(frames), 1, "%s: one frame in %s" % (what, os.path.basename(p)))
        if not frames:
            continue
        crc, lo, hi = pixel_crc(p, 0)
        C.equal(frames[0]["PixelDataChecksumFromBaseToFullResolution"][-1]["Checksum"], crc,
                "%s: stored CRC32 of %s equals the source pixels" % (what, os.path.basename(p)))
        if decode and not decoded and inst.get("StoredTransferSyntaxUID") == "1.2.840.10008.1.2.4.202":
            raw = os.path.join(srv.dir, "f.j2c")
            out = os.path.join(srv.dir, "f.raw")
            tessera(srv.data, "imagesets", "frame", isid, frames[0]["ID"], raw, "--datastore", srv.ds)
            r = subprocess.run(["opj_decompress", "-i", raw, "-o", out], capture_output=True)
            if C.check(r.returncode == 0, "%s: opj_decompress of a stored frame" % what):
                src = pydicom.dcmread(p).pixel_array
                dt = "<i2" if int(study.files[p].PixelRepresentation) == 1 else "<u2"
                arr = np.fromfile(out, dtype=dt).reshape(src.shape)
                C.check(np.array_equal(arr.astype(np.int64), src.astype(np.int64)),
                        "%s: the stored HTJ2K frame decodes to the source pixels" % what)
            decoded = True


def check_answer(a, status, ok, failed, what, study_url=None, reasons=None):
    C.equal(a.status, status, what + ": status")
    C.check(a.doc is not None, what + ": application/dicom+json answer (%s)" %
            a.headers.get("content-type"))
    C.equal(sorted(a.sops(SEQ_OK)), sorted(ok), what + ": ReferencedSOPSequence")
    C.equal(sorted(x for x in a.sops(SEQ_FAILED) if x), sorted(x for x in failed if x),
            what + ": FailedSOPSequence")
    C.equal(len(a.seq(SEQ_FAILED)), len(failed), what + ": FailedSOPSequence items")
    if reasons is not None:
        C.equal(sorted(a.reasons()), sorted(reasons), what + ": FailureReason")
    if study_url is not None:
        C.equal((a.doc or {}).get(URL, {}).get("Value", [None])[0], study_url,
                what + ": RetrieveURL of the study")
    for it in a.seq(SEQ_OK):
        C.check(it.get(CLASS, {}).get("Value") and it.get(URL, {}).get("Value"),
                what + ": items carry ReferencedSOPClassUID and RetrieveURL")
    C.equal(a.headers.get("access-control-allow-origin"), "*", what + ": CORS")


# ------------------------------------------------------------------- cases

def main_cases(srv, study, other):
    port = srv.port
    B = b"XyZ-boundary.1"
    ds_path = "/datastore/%s" % srv.ds
    study_url = srv.root + "/studies/" + study.study_uid

    # 1. dicomweb-client: quoted boundary, leading CRLF, Content-Length
    p1 = study.ct[0:3]
    a = post(port, "/dicomweb/studies", multipart([read(p) for p in p1], B), ctype(B))
    check_answer(a, 200, [study.sop(p) for p in p1], [], "quoted+CRLF", study_url)
    C.check(a.seq(SEQ_OK) and a.seq(SEQ_OK)[0][URL]["Value"][0].startswith(
        study_url + "/series/" + study.series(p1[0]) + "/instances/"),
        "instance RetrieveURL under the study and series")
    check_stored(srv, study, p1, "quoted+CRLF")

    # 2. Orthanc-like: chunked, unquoted boundary, per-part Content-Length, no type=,
    #    datastore root, small chunks so delimiters straddle them
    p2 = study.ct[3:6]
    a = post(port, ds_path + "/studies",
             multipart([read(p) for p in p2], B, leading_crlf=False, part_length=True),
             ctype(B, quoted=False, with_type=False), chunked=True, chunk=4093)
    check_answer(a, 200, [study.sop(p) for p in p2], [], "chunked+unquoted",
                 srv.ds_root + "/studies/" + study.study_uid)
    check_stored(srv, study, p2, "chunked+unquoted", decode=False)

    # 3. a single application/dicom body to POST /studies/{st}, with a preamble-free body
    p3 = study.ct[6]
    a = post(port, ds_path + "/studies/" + study.study_uid, read(p3), "application/dicom")
    check_answer(a, 200, [study.sop(p3)], [], "single application/dicom")
    check_stored(srv, study, [p3], "single application/dicom", decode=False)

    # 4. preamble and epilogue, POST /studies/{st} on the alias root
    p4 = study.thick[0:1]
    a = post(port, "/dicomweb/studies/" + study.study_uid,
             multipart([read(p) for p in p4], B, preamble=b"This is a preamble.\r\n") +
             b"epilogue bytes", ctype(B))
    check_answer(a, 200, [study.sop(p) for p in p4], [], "preamble+epilogue", study_url)

    # 5. a mix: good, not DICOM, not application/dicom, DICOM without file meta
    good = study.thick[1:3]
    bare = pydicom.dcmread(study.mr[0])
    bare_path = os.path.join(srv.dir, "bare.dcm")
    bare.save_as(bare_path, write_like_original=True)
    with open(bare_path, "rb") as f:
        raw = f.read()
    # strip preamble and file meta: a bare data set the import rules reject
    ds_only = pydicom.dcmread(study.mr[0])
    ds_only.file_meta = pydicom.dataset.FileMetaDataset()
    bare_path2 = os.path.join(srv.dir, "bare2.dcm")
    pydicom.dcmwrite(bare_path2, ds_only, write_like_original=True)
    jobs_before = {j for j, _ in stow_jobs(srv.data)}
    parts = [read(good[0]), b"this is not DICOM at all", b'{"json": true}', read(bare_path2),
             read(good[1])]
    types = [b"application/dicom", b"application/dicom", b"application/json",
             b"application/dicom", b"application/dicom"]
    a = post(port, "/dicomweb/studies", multipart(parts, B, types=types), ctype(B))
    check_answer(a, 202, [study.sop(p) for p in good], [None, None, str(bare.SOPInstanceUID)],
                 "mix", reasons=[0xC000, 0xC000, 0xC000])
    C.check(a.headers.get("warning", "").startswith("299 tessera"), "mix: a Warning header says why")
    check_stored(srv, study, good, "mix", decode=False)
    new = [j for j, _ in stow_jobs(srv.data) if j not in jobs_before]
    C.equal(len(new), 1, "mix: one stow job")
    if new:
        rows = job_file_rows(srv.data, new[0])
        C.equal(sorted(o for _, o in rows), [1, 1], "mix: only the good parts have catalog rows "
                "(SUCCESS), the failed ones none")
    C.check(str(bare.SOPInstanceUID) not in stored_sops(srv.data, srv.ds),
            "mix: the rejected instance is not stored")

    # 6. all bad: 409, nothing recorded
    before = counts(srv.data)
    a = post(port, "/dicomweb/studies", multipart([b"junk", read(bare_path2)], B), ctype(B))
    check_answer(a, 409, [], [None, str(bare.SOPInstanceUID)], "all bad",
                 reasons=[0xC000, 0xC000])
    C.equal(counts(srv.data), before, "all bad: no job, file or version rows")

    # 7. study mismatch on POST /studies/{st}
    before = counts(srv.data)
    wrong = other.ct[0:2]
    a = post(port, "/dicomweb/studies/" + study.study_uid,
             multipart([read(p) for p in wrong], B), ctype(B))
    check_answer(a, 409, [], [other.sop(p) for p in wrong], "study mismatch",
                 reasons=[0xA900, 0xA900])
    C.equal(counts(srv.data), before, "study mismatch: nothing recorded")
    a = post(port, ds_path + "/studies/" + other.study_uid,
             multipart([read(other.ct[2]), read(study.ct[7])], B), ctype(B))
    check_answer(a, 202, [other.sop(other.ct[2])], [study.sop(study.ct[7])],
                 "study mismatch, one of two", srv.ds_root + "/studies/" + other.study_uid,
                 reasons=[0xA900])
    C.check(study.sop(study.ct[7]) not in stored_sops(srv.data, srv.ds),
            "study mismatch: the other study's instance is not stored")

    # 8. unsupported media types: 415, nothing recorded
    before = counts(srv.data)
    for ct, what in (("application/json", "application/json"),
                     ('multipart/related; type="application/dicom+json"; boundary=x',
                      "type=application/dicom+json"),
                     (None, "no Content-Type")):
        a = post(port, "/dicomweb/studies", read(study.ct[7]), ct)
        C.equal(a.status, 415, "415 for " + what)
        C.check(b"message" in a.body, "415 says why (%s)" % what)
    C.equal(counts(srv.data), before, "415: nothing recorded")

    # 9. malformed multipart: 400, nothing recorded (a good part first)
    good_part = read(study.ct[7])
    cases = [
        (multipart([good_part], B)[:-len(b"\r\n--" + B + b"--\r\n")], ctype(B), "no close delimiter"),
        (multipart([good_part], b"other-boundary"), ctype(B), "boundary not in the body"),
        (multipart([good_part], B), "multipart/related; type=\"application/dicom\"", "no boundary"),
        (b"\r\n--" + B + b"--\r\n", ctype(B), "no parts"),
        (b"\r\n--" + B + b"\r\nContent-Length: 5\r\n\r\nabc\r\n--" + B + b"--", ctype(B),
         "Content-Length mismatch"),
        (b"\r\n--" + B + b"\r\nContent-Type: application/dicom\r\n\r\n" + good_part +
         b"\r\n--" + B + b"junk\r\n", ctype(B), "junk after a delimiter"),
        (multipart([good_part], B), 'multipart/related; boundary="unterminated', "bad Content-Type"),
    ]
    for body, ct, what in cases:
        a = post(port, "/dicomweb/studies", body, ct, chunked=(what == "no close delimiter"))
        C.equal(a.status, 400, "400 for " + what)
        C.check(b"message" in a.body, "400 says why (%s)" % what)
    C.equal(counts(srv.data), before, "400: nothing recorded")
    C.check(study.sop(study.ct[7]) not in stored_sops(srv.data, srv.ds),
            "400: the good part of a malformed body is not stored")

    # 10. limits: a part over the per-part quota, a body over the request quota: 413
    big = good_part + b"\0" * (PART_LIMIT - len(good_part) + 10)
    a = post(port, "/dicomweb/studies", multipart([good_part, big], B), ctype(B))
    C.equal(a.status, 413, "413 for a part over the per-part limit")
    C.check(b"per instance" in a.body or b"per part" in a.body, "413 names the part limit")
    a = post(port, "/dicomweb/studies", big, "application/dicom", chunked=True)
    C.equal(a.status, 413, "413 for a single body over the per-part limit")
    many = multipart([read(p) for p in (study.ct * 3)[:25]], B)
    C.check(len(many) > REQUEST_LIMIT, "the over-limit body is over the request limit")
    a = post(port, "/dicomweb/studies", many, ctype(B), chunked=True)
    C.equal(a.status, 413, "413 for a chunked body over the request limit")
    a = post(port, "/dicomweb/studies", many, ctype(B))
    C.equal(a.status, 413, "413 for a Content-Length body over the request limit")
    C.check(b"limit" in a.body, "413 says which limit")
    C.equal(counts(srv.data), before, "413: nothing recorded")

    # 11. unknown datastore, unknown study UID form
    a = post(port, "/datastore/%s/studies" % ("0" * 32), read(study.ct[7]), "application/dicom")
    C.equal(a.status, 404, "404 for an unknown datastore")
    a = post(port, "/dicomweb/studies/not-a-uid", read(study.ct[7]), "application/dicom")
    C.equal(a.status, 400, "400 for a malformed study UID in the URL")
    C.equal(counts(srv.data), before, "404/400: nothing recorded")

    # 12. the same instance again: replaced, as import does
    sets = primary_sets(srv.data, srv.ds)
    se = study.series(p1[0])
    v0 = sets[se]["version"]
    n0 = len([s for s in stored_sops(srv.data, srv.ds) if s])
    a = post(port, "/dicomweb/studies", multipart([read(p1[0])], B), ctype(B))
    check_answer(a, 200, [study.sop(p1[0])], [], "re-send")
    sets = primary_sets(srv.data, srv.ds)
    C.equal(sets[se]["version"], v0 + 1, "re-send: a new version of the same image set")
    C.equal(len(stored_sops(srv.data, srv.ds)), n0, "re-send: the instance is replaced, not added")
    check_stored(srv, study, [p1[0]], "re-send", decode=False)

    # 13. a client that goes away mid-upload: nothing recorded, the server carries on
    before = counts(srv.data)
    body = multipart([read(p) for p in study.ct[8:14]], B)
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    c.putrequest("POST", "/dicomweb/studies")
    c.putheader("Content-Type", ctype(B))
    c.putheader("Content-Length", str(len(body)))
    c.endheaders()
    c.send(body[:len(body) * 2 // 3])
    c.close()
    a = post(port, "/dicomweb/studies", multipart([read(study.ct[8])], B), ctype(B))
    check_answer(a, 200, [study.sop(study.ct[8])], [], "after an abandoned upload")
    after = counts(srv.data)
    C.equal((after[0] - before[0], after[1] - before[1]), (1, 1),
            "the abandoned upload recorded nothing (only the next request's job and file)")

    # 14. STOW jobs are hidden
    C.check(len(stow_jobs(srv.data)) >= 6 and all(s == "COMPLETED" for _, s in stow_jobs(srv.data)),
            "STOW requests ran as COMPLETED stow jobs")
    C.equal(tessera(srv.data, "jobs", "list", "--datastore", srv.ds)["jobSummaries"], [],
            "`tessera jobs list` does not list STOW jobs")
    r = request(srv.base + "/listDICOMImportJobs/datastore/" + srv.ds)
    C.equal(r.status, 200, "ListDICOMImportJobs answers")
    C.equal(json.loads(r.body).get("jobSummaries"), [], "ListDICOMImportJobs does not list STOW jobs")
    C.equal(catalog_consistent(srv.data), [], "catalog rows point at existing blobs")


# ------------------------------------------------------------------ orthanc

def orthanc_round(study, tmp):
    """Orthanc 1.10 as a real STOW client (scripts/orthanc.sh): it pushes a study to Tessera
    with a chunked body, a 73-byte unquoted boundary and per-part Content-Length, and answers
    500 unless Tessera's reply is a proper store response."""
    srv = Server(TESSERA, name="stow-orthanc")
    odir = os.path.join(tmp, "orthanc")
    oport = free_port()
    try:
        extra = json.dumps({"DicomWeb": {"Servers": {"tessera": [srv.root + "/"]}}})
        p = subprocess.run([os.path.join(ROOT, "scripts", "orthanc.sh"), "start", odir, str(oport),
                            str(free_port()), extra], capture_output=True, text=True)
        if not C.check(p.returncode == 0, "Orthanc starts (%s)" % p.stderr.strip()[-200:]):
            return
        obase = "http://127.0.0.1:%d" % oport
        paths = study.ct[:5] + study.mr[:3]
        studies = set()
        for path in paths:
            r = request(obase + "/instances", method="POST", body=read(path),
                        headers={"Content-Type": "application/dicom"})
            studies.add(json.loads(r.body)["ParentStudy"])
        r = request(obase + "/dicom-web/servers/tessera/stow", method="POST",
                    body=json.dumps({"Resources": sorted(studies)}).encode(),
                    headers={"Content-Type": "application/json"})
        C.equal(r.status, 200, "Orthanc's STOW to Tessera succeeds (%s)" % r.body[:200])
        have = stored_sops(srv.data, srv.ds)
        C.equal(sorted(s for s in (study.sop(p) for p in paths) if s not in have), [],
                "every instance Orthanc pushed is stored")
        check_stored(srv, study, paths[:2], "Orthanc push", decode=False)

        # an instance over the in-memory size (4 MiB): spooled to a file, stored intact
        big = pydicom.dcmread(study.ct[0])
        src = big.pixel_array
        arr = np.tile(src, (3, 3))                      # 1536 x 1536, 4.7 MB
        big.Rows, big.Columns = arr.shape
        big.PixelData = arr.astype(src.dtype).tobytes()
        big.SOPInstanceUID = big.SOPInstanceUID + ".99"
        big.file_meta.MediaStorageSOPInstanceUID = big.SOPInstanceUID
        big_path = os.path.join(tmp, "big.dcm")
        big.save_as(big_path, write_like_original=False)
        C.check(os.path.getsize(big_path) > 4 << 20, "the big instance is over 4 MiB")
        B = b"big-boundary"
        for chunked, part_length in ((True, True), (False, False)):
            a = post(srv.port, "/dicomweb/studies", multipart([read(big_path)], B,
                     part_length=part_length), ctype(B), chunked=chunked)
            check_answer(a, 200, [str(big.SOPInstanceUID)], [],
                         "big instance (chunked %s)" % chunked)
        have = stored_sops(srv.data, srv.ds)
        if C.check(str(big.SOPInstanceUID) in have, "the big instance is stored"):
            inst = have[str(big.SOPInstanceUID)][1]
            C.equal(inst["ImageFrames"][0]["PixelDataChecksumFromBaseToFullResolution"][-1]
                    ["Checksum"], pixel_crc(big_path, 0)[0],
                    "the big instance's pixels are intact (CRC32)")
        tmpdir = os.path.join(srv.data, "blobs", "tmp")
        C.equal([f for f in os.listdir(tmpdir) if f.startswith("stow-")], [],
                "no spool file is left behind")
    finally:
        subprocess.run([os.path.join(ROOT, "scripts", "orthanc.sh"), "stop", odir],
                       capture_output=True)
        srv.stop()



# ------------------------------------------------------------- concurrency

def concurrency_round(study, other):
    """On a server of one HTTP thread, a STOW does not hold other connections
    up: once its commit has begun (its job is in the catalog: the parts are
    ingested, assembly is next), a QIDO search on another connection is
    answered before the STOW is. Before the commit was offloaded it ran on
    the only thread, and the search waited for the whole commit."""
    srv = Server(TESSERA, name="stow-conc", extra=["--threads", "1"])
    B = b"conc-boundary"
    paths = study.ct + study.thick + study.mr + other.ct + other.thick + other.mr
    body = multipart([read(p) for p in paths], B)
    answered = threading.Event()
    result = {}

    def stow():
        try:
            c = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=300)
            c.request("POST", "/dicomweb/studies", body=body,
                      headers={"Content-Type": ctype(B), "Accept": "application/dicom+json"})
            r = c.getresponse()
            result["stow"] = (r.status, r.read())
            c.close()
        except (OSError, http.client.HTTPException) as e:
            result["stow"] = (0, str(e).encode())
        finally:
            answered.set()

    try:
        t = threading.Thread(target=stow)
        t.start()
        deadline = time.time() + 120
        while not stow_jobs(srv.data) and not answered.is_set() and time.time() < deadline:
            time.sleep(0.001)
        committing = bool(stow_jobs(srv.data)) and not answered.is_set()
        status = srv.get("/studies").status
        stow_done = answered.is_set()
        C.check(committing, "concurrency: the STOW of %d instances reached its commit "
                "unanswered" % len(paths))
        C.check(status in (200, 204), "concurrency: a QIDO search during the STOW's commit "
                "answers (%s)" % status)
        C.check(not stow_done, "concurrency: the search is answered before the STOW is")
        t.join()
        C.equal(result["stow"][0], 200, "concurrency: the STOW of %d instances" % len(paths))

        # Requests of one instance each, three at a time, into new series: their assemblies
        # run at once, and two that both find no primary set of a series must not both make
        # one (they did once the commit was offloaded, before sole_primary).
        ds2 = tessera(srv.data, "datastore", "create", "conc2")["datastoreId"]
        todo = list(study.ct + study.thick + study.mr)
        lock = threading.Lock()
        statuses = []

        def one_by_one():
            while True:
                with lock:
                    if not todo:
                        return
                    p = todo.pop()
                a = post(srv.port, "/datastore/%s/studies" % ds2, multipart([read(p)], B), ctype(B))
                with lock:
                    statuses.append(a.status)

        ts = [threading.Thread(target=one_by_one) for _ in range(3)]
        for x in ts:
            x.start()
        for x in ts:
            x.join()
        n = len(study.ct + study.thick + study.mr)
        C.equal(statuses.count(200), n, "concurrency: %d single-instance STOWs, 3 at a time" % n)
        db = sqlite3.connect(os.path.join(srv.data, "catalog.db"))
        rows = db.execute("SELECT series_uid, COUNT(*) FROM image_sets WHERE datastore_id = ?"
                          " AND is_primary = 1 AND state <> 'DELETED' GROUP BY series_uid",
                          (ds2,)).fetchall()
        db.close()
        want = {study.series(p) for p in study.ct + study.thick + study.mr}
        C.equal(sorted(r[0] for r in rows), sorted(want), "concurrency: a primary set per series")
        C.check(all(r[1] == 1 for r in rows), "concurrency: one primary set per series, not more "
                "(%s)" % [r[1] for r in rows])
        stored = set(stored_sops(srv.data, ds2))
        missing = {study.sop(p) for p in study.ct + study.thick + study.mr} - stored
        C.check(not missing, "concurrency: every instance in its series' primary set (%d "
                "missing)" % len(missing))
    finally:
        C.equal(srv.stop(), 0, "concurrency: the server stops cleanly")

# ----------------------------------------------------------------- crashes

class Serve:
    """A `tessera serve` on a data directory that outlives it (for SIGKILL)."""

    def __init__(self, data, log):
        self.port = free_port()
        self.proc = subprocess.Popen([TESSERA, "serve", "--data", data, "--listen",
                                      "127.0.0.1:%d" % self.port, "--auth", "none"],
                                     stdout=log, stderr=subprocess.STDOUT)
        for _ in range(400):
            try:
                request("http://127.0.0.1:%d/datastore" % self.port, timeout=2)
                return
            except OSError:
                if self.proc.poll() is not None:
                    break
                time.sleep(0.05)
        raise RuntimeError("tessera serve did not start")

    def kill(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self):
        self.proc.terminate()
        return self.proc.wait(timeout=60)


def crash_rounds(study, tmp):
    data = os.path.join(tmp, "crash-data")
    log = open(os.path.join(tmp, "crash-serve.log"), "w")
    ds = tessera(data, "datastore", "create", "crash")["datastoreId"]
    B = b"crash-boundary"
    files = study.ct + study.thick + study.mr
    acked = set()
    rng = random.Random(7)

    def send(port, paths, result, chunk=65536, pause=0.0):
        body = multipart([read(p) for p in paths], B)
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
            c.putrequest("POST", "/datastore/%s/studies" % ds)
            c.putheader("Content-Type", ctype(B))
            c.putheader("Transfer-Encoding", "chunked")
            c.endheaders()
            for i in range(0, len(body), chunk):
                piece = body[i:i + chunk]
                c.send(b"%x\r\n" % len(piece) + piece + b"\r\n")
                if pause:
                    time.sleep(pause)
            c.send(b"0\r\n\r\n")
            r = c.getresponse()
            result.append(Answer(r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()))
        except (OSError, http.client.HTTPException) as e:
            result.append(e)

    def settle(rnd):
        # the server is dead: recover (finishes stow jobs, sweeps orphans), then check
        rep = tessera(data, "recover", "--grace", "0")
        C.check("blobsRemoved" in rep, "recover runs after a kill (round %s)" % rnd)
        C.equal([s for _, s in stow_jobs(data) if s not in ("COMPLETED", "FAILED")], [],
                "no stow job left unfinished (round %s)" % rnd)
        C.equal(catalog_consistent(data), [], "catalog consistent after round %s" % rnd)
        db = sqlite3.connect(os.path.join(data, "catalog.db"))
        dup = db.execute("SELECT study_uid, series_uid, COUNT(*) FROM image_sets WHERE "
                         "is_primary = 1 AND state != 'DELETED' GROUP BY 1, 2 "
                         "HAVING COUNT(*) > 1").fetchall()
        db.close()
        C.equal(dup, [], "one primary image set per series (round %s)" % rnd)
        have = set()
        for se, s in primary_sets(data, ds).items():
            doc = tessera(data, "imagesets", "metadata", s["imageSetId"], "--datastore", ds)
            have |= set(doc["Study"]["Series"][se]["Instances"])
        lost = acked - have
        C.equal(sorted(lost), [], "no acknowledged instance lost (round %s)" % rnd)

    # a. killed mid-upload (the body is still coming)
    srv = Serve(data, log)
    res = []
    t = threading.Thread(target=send, args=(srv.port, files[:12], res, 16384, 0.02))
    t.start()
    time.sleep(0.4)
    srv.kill()
    t.join()
    C.check(res and not isinstance(res[0], Answer), "mid-upload: the request got no answer")
    settle("mid-upload")

    # b. killed at random points while requests are processed, and right after answers
    for rnd in range(6):
        srv = Serve(data, log)
        res = []
        paths = rng.sample(files, 8)
        t = threading.Thread(target=send, args=(srv.port, paths, res))
        t.start()
        if rnd % 2 == 0:
            t.join()     # wait for the answer, then kill at once
        else:
            time.sleep(rng.uniform(0.05, 1.5))
        srv.kill()
        t.join()
        if res and isinstance(res[0], Answer) and res[0].status in (200, 202):
            acked.update(res[0].sops(SEQ_OK))
        settle(rnd)
    C.check(acked, "some answers were acknowledged before a kill")

    # d. killed between publishing and assembly: the request's files are PENDING in an
    #    IN_PROGRESS stow job; a restarted server's job runner assembles them
    caught = None
    for attempt in range(10):
        srv = Serve(data, log)
        known = {j for j, _ in stow_jobs(data)}
        res = []
        t = threading.Thread(target=send, args=(srv.port, files[:40], res))
        t.start()
        db = sqlite3.connect(os.path.join(data, "catalog.db"), timeout=30)
        while t.is_alive() and caught is None:
            rows = db.execute("SELECT j.id FROM import_jobs j WHERE j.kind = 'stow' AND "
                              "j.status = 'IN_PROGRESS' AND EXISTS (SELECT 1 FROM job_files f "
                              "WHERE f.job_id = j.id AND f.outcome = 0)").fetchall()
            rows = [r[0] for r in rows if r[0] not in known]
            if rows:
                srv.kill()
                caught = rows[0]
        db.close()
        srv.kill()
        t.join()
        if caught:
            print("stow: killed between publishing and assembly at attempt %d" % (attempt + 1),
                  flush=True)
            break
        settle("window %d" % attempt)
    if C.check(caught is not None, "a kill landed between publishing and assembly"):
        pending = [o for _, o in job_file_rows(data, caught)]
        srv = Serve(data, log)      # its job runner resumes the stow job
        deadline = time.time() + 120
        while time.time() < deadline and dict(stow_jobs(data)).get(caught) != "COMPLETED":
            time.sleep(0.1)
        C.equal(dict(stow_jobs(data)).get(caught), "COMPLETED",
                "the restarted server completed the interrupted stow job")
        done = [o for _, o in job_file_rows(data, caught)]
        C.check(pending and 0 not in done and len(done) == len(pending),
                "its PENDING files were assembled (%d)" % len(pending))
        have = stored_sops(data, ds)
        C.check(all(study.sop(p) in have for p in files[:40]),
                "the interrupted request's instances are stored after the restart")
        srv.stop()
        settle("runner")

    # c. a restarted server finishes what it finds, then everything acknowledged is there;
    #    it also removes the spool files of a dead server
    dead = 4194000
    while True:
        try:
            os.kill(dead, 0)
            dead -= 1
        except ProcessLookupError:
            break
        except PermissionError:
            dead -= 1
    tmpdir = os.path.join(data, "blobs", "tmp")
    os.makedirs(tmpdir, exist_ok=True)
    leftover = os.path.join(tmpdir, "stow-%d-%s-0.part" % (dead, "0" * 32))
    open(leftover, "wb").write(b"partial upload")
    srv = Serve(data, log)
    C.check(not os.path.exists(leftover), "a dead server's spool file is removed at start")
    res = []
    send(srv.port, files[:4], res)
    C.check(res and isinstance(res[0], Answer) and res[0].status == 200,
            "the restarted server stores")
    if res and isinstance(res[0], Answer):
        acked.update(res[0].sops(SEQ_OK))
    srv.kill()
    settle("final")
    log.close()


# ------------------------------------------------------------------- bench

def bench(tmp):
    study = os.path.join(tmp, "bench-study")
    subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "scripts", "gen_study.py"), "--n", "100",
                    "--out", study], check=True, capture_output=True)
    ct = sorted(os.path.join(study, "series-1", f) for f in os.listdir(os.path.join(study, "series-1")))
    bodies = [read(p) for p in ct]
    B = b"bench-boundary"
    srv = Server(TESSERA, name="stow-bench")
    try:
        ds2 = tessera(srv.data, "datastore", "create", "bench2")["datastoreId"]
        t0 = time.time()
        a = post(srv.port, "/datastore/%s/studies" % srv.ds, multipart(bodies, B), ctype(B))
        t1 = time.time() - t0
        C.equal(a.status, 200, "bench: 100 instances in one request")
        t0 = time.time()
        ok = True
        for i in range(0, 100, 10):
            a = post(srv.port, "/datastore/%s/studies" % ds2, multipart(bodies[i:i + 10], B), ctype(B))
            ok = ok and a.status == 200
        t10 = time.time() - t0
        C.check(ok, "bench: 10 requests of 10")
        mb = sum(len(b) for b in bodies) / 1e6
        print("stow bench: %d CT instances (%.1f MB): one request %.2f s = %.1f instances/s; "
              "10 requests of 10 %.2f s = %.1f instances/s" % (len(bodies), mb, t1, 100 / t1, t10,
                                                              100 / t10), flush=True)
    finally:
        srv.stop()


def main():
    tmp = tempfile.mkdtemp(prefix="tessera-stow-")
    try:
        subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "scripts", "gen_study.py"), "--n", "15",
                        "--out", os.path.join(tmp, "study")], check=True, capture_output=True)
        subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "scripts", "gen_study.py"), "--n", "5",
                        "--seed", "2", "--out", os.path.join(tmp, "other")], check=True,
                       capture_output=True)
        study, other = Study(os.path.join(tmp, "study")), Study(os.path.join(tmp, "other"))
        C.check(study.study_uid != other.study_uid, "two distinct studies generated")
        os.environ["TESSERA_QUOTA_STOW_BYTES_PER_PART"] = str(PART_LIMIT)
        os.environ["TESSERA_QUOTA_STOW_BYTES_PER_REQUEST"] = str(REQUEST_LIMIT)
        srv = Server(TESSERA, name="stow")
        try:
            main_cases(srv, study, other)
        finally:
            C.equal(srv.stop(), 0, "the server stops cleanly")
        del os.environ["TESSERA_QUOTA_STOW_BYTES_PER_PART"]
        del os.environ["TESSERA_QUOTA_STOW_BYTES_PER_REQUEST"]
        concurrency_round(study, other)
        orthanc_round(study, tmp)
        crash_rounds(study, tmp)
        if os.environ.get("STOW_BENCH") == "1":
            bench(tmp)
    finally:
        if os.environ.get("KEEP") != "1":
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            print("kept " + tmp, file=sys.stderr)
    return C.report()


if __name__ == "__main__":
    sys.exit(main())
