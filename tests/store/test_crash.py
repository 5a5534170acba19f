#!/usr/bin/python3
"""Durability: SIGKILL an import at random points, many times, and check
that nothing acknowledged is lost (issue 4, item 7).

For each round: start `tessera import` on a generated study, kill it with
SIGKILL after a random delay, then `tessera recover --grace 0` (resume the
job, sweep orphans) and check:
  - the job is COMPLETED or FAILED with a message, never stuck;
  - every catalog row points at an existing blob, inside its bounds;
  - every instance a finished job reported as imported (success or warning
    ndjson) is in the latest version of its image set (acknowledged data
    is never lost);
  - there is exactly one primary image set per series.
At the end one more import of the same input runs to completion, and the
image sets hold exactly the input's SOP instances per series (pydicom's
view), in the same image sets as before.

Run: tests/store/test_crash.py BUILD_DIR [ROUNDS]
"""
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

import pydicom

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_store import catalog_consistent, load_ndjson  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TESSERA = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/release/tessera")
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 10

passed = failed = 0


def check(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL: " + what, file=sys.stderr)
    return cond


def js(*args):
    p = subprocess.run([TESSERA] + list(args), capture_output=True, text=True)
    if p.returncode not in (0, 1) or not p.stdout.strip():
        raise RuntimeError("tessera %s: %d %s" % (" ".join(args), p.returncode, p.stderr))
    return json.loads(p.stdout)


def acknowledged(outroot):
    """SOP UIDs of every file a finished job reported as imported, by image set."""
    acked = []
    for d in os.listdir(outroot):
        for sub, name in (("SUCCESS", "success.ndjson"), ("WARNING", "warning.ndjson")):
            for line in load_ndjson(os.path.join(outroot, d, sub, name)):
                acked.append((line["inputFile"], line["importResponse"]["imageSetId"]))
    return acked


def main():
    tmp = tempfile.mkdtemp(prefix="tessera-crash-")
    try:
        body(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("crash: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


def body(tmp):
    study = os.path.join(tmp, "study")
    subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "scripts", "gen_study.py"),
                    "--n", "24", "--out", study], check=True, capture_output=True)
    truth = {}
    sop_of_path = {}
    for dirpath, _, files in os.walk(study):
        for f in files:
            p = os.path.join(dirpath, f)
            ds = pydicom.dcmread(p, stop_before_pixels=True)
            truth.setdefault(str(ds.SeriesInstanceUID), set()).add(str(ds.SOPInstanceUID))
            sop_of_path[p] = str(ds.SOPInstanceUID)
    data = os.path.join(tmp, "data")
    out = os.path.join(tmp, "out")
    D = ["--data", data]
    dsid = js("datastore", "create", "crash", *D)["datastoreId"]
    DS = D + ["--datastore", dsid]

    # how long a whole import takes here, to spread the kills over it
    t0 = time.time()
    ref = js("import", *DS, "--output", out, study)
    full = time.time() - t0
    check(ref["jobStatus"] == "COMPLETED", "reference import completes")
    kills = 0
    rng = random.Random(4)
    for rnd in range(ROUNDS):
        p = subprocess.Popen([TESSERA, "import", *DS, "--output", out, study],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.0, full))
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
            kills += 1
        p.wait()
        # sometimes kill the recovery itself too
        if rnd % 3 == 2:
            q = subprocess.Popen([TESSERA, "recover", "--grace", "0", *D],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.0, full / 2))
            if q.poll() is None:
                q.send_signal(signal.SIGKILL)
            q.wait()
        rep = js("recover", "--grace", "0", *D)
        check("blobsRemoved" in rep, "recover runs after a kill (round %d)" % rnd)
        jobs = js("jobs", "list", *DS)["jobSummaries"]
        stuck = [j for j in jobs if j["jobStatus"] not in ("COMPLETED", "FAILED")]
        check(not stuck, "no job left unfinished after recover (round %d)" % rnd)
        check(all(j.get("message") for j in jobs if j["jobStatus"] == "FAILED"),
              "FAILED jobs carry a message")
        bad = catalog_consistent(data)
        check(bad == [], "catalog consistent after round %d (%s)" % (rnd, bad[:3]))
        # acknowledged instances are present in their image set's latest version
        docs = {}
        lost = []
        for path, isid in acknowledged(out):
            if isid not in docs:
                docs[isid] = json.loads(subprocess.run(
                    [TESSERA, "imagesets", "metadata", isid, *DS], capture_output=True,
                    text=True).stdout or "{}")
            series = docs[isid].get("Study", {}).get("Series", {})
            if not any(sop_of_path[path] in s["Instances"] for s in series.values()):
                lost.append(path)
        check(lost == [], "no acknowledged instance lost (round %d, %d lost)" % (rnd, len(lost)))
        db = sqlite3.connect(os.path.join(data, "catalog.db"))
        dup = db.execute("SELECT study_uid, series_uid, COUNT(*) FROM image_sets WHERE "
                         "is_primary = 1 AND state != 'DELETED' GROUP BY 1, 2 "
                         "HAVING COUNT(*) > 1").fetchall()
        db.close()
        check(dup == [], "one primary image set per series (round %d)" % rnd)
    check(kills > 0, "at least one import was killed mid-way (%d)" % kills)

    final = js("import", *DS, "--output", out, study)
    check(final["jobStatus"] == "COMPLETED", "final import completes")
    sets = js("imagesets", "search", *DS)["imageSetsMetadataSummaries"]
    by_series = {}
    for s in sets:
        if s["isPrimary"]:
            by_series.setdefault(s["DICOMTags"]["DICOMSeriesInstanceUID"], []).append(s["imageSetId"])
    check(set(by_series) == set(truth) and all(len(v) == 1 for v in by_series.values()),
          "one primary image set per input series")
    ref_ids = set()
    ref_man = json.load(open(os.path.join(ref["outputS3Uri"], "job-output-manifest.json")))
    for s in ref_man["jobSummary"]["imageSetsSummary"]:
        ref_ids.add(s["imageSetId"])
    check(ref_ids == {v[0] for v in by_series.values()}, "the same image sets as the first import")
    for se, ids in by_series.items():
        doc = json.loads(subprocess.run([TESSERA, "imagesets", "metadata", ids[0], *DS],
                                        capture_output=True, text=True).stdout)
        check(set(doc["Study"]["Series"][se]["Instances"]) == truth[se],
              "series %s holds exactly the input's instances" % se[-12:])


if __name__ == "__main__":
    sys.exit(main())
