#!/usr/bin/python3
"""DICOMweb: Tessera's QIDO-RS, WADO-RS and STOW-RS beside Orthanc 1.10 (and nginx for frames).

Run through bench/run.sh (`make bench`), which sets BENCH_* (see bench/_lib.py). Issue 7 and
issue 6 item 5. Method (bench/README.md, "DICOMweb"):

  * servers, all on loopback, started and stopped here: `tessera serve --auth none --threads C`
    (C = usable cores; DICOMweb root /dicomweb/, the default datastore), Orthanc 1.10 with its
    DICOMweb plugin through scripts/orthanc.sh (root /dicom-web/; its speed settings go into
    details.dicomweb.orthanc_settings), nginx serving series-1's stored frames as static files;
  * STOW ingest (timed): every instance of the study, BENCH_DW_STOW_BATCH (10) per
    multipart/related request, C client threads, into a fresh server (fresh data directory /
    fresh Orthanc) per round; instances/s = instances / wall seconds from the first request to
    the last answer. Every answer must be 200 with every SOP instance in ReferencedSOPSequence
    and no FailedSOPSequence. The same again with one instance per request
    (dicomweb_stow_single_instances_per_s, no goal: what DIMSE-to-DICOMweb routers send);
  * the data for the other metrics is loaded untimed: Tessera with `tessera import`, Orthanc
    with REST POST /instances, the same files;
  * QIDO (studies: OHIF's study-list query and a PatientID match; series of the study;
    instances of series-1), series metadata of series-1 (Accept: application/dicom+json,
    Accept-Encoding: gzip as browsers send it): latency at 1 connection with wrk, p50 / p99
    from its histogram;
  * frames: WADO-RS GET .../instances/{sop}/frames/1 of each instance of series-1 in turn,
    Accept: multipart/related; type="application/octet-stream"; transfer-syntax=* (what OHIF
    asks; each server answers its stored encoding: Tessera HTJ2K, Orthanc the source's native
    pixels), at 1 / 16 / 64 connections; nginx GET of the same frames' stored bytes;
  * stored bytes per instance: Tessera's data directory after the import against the source
    files, and against the same files made JPEG-LS lossless by dcmcjpls; Orthanc's in details;
  * checks before timing: every answer 200 with the expected content (the study, 4 series, the
    series' instances, a metadata item per instance, the stored frame bytes inside Tessera's
    multipart answer). A Tessera resource that is not there yet (e.g. QIDO-RS not merged) or
    answers wrongly makes its metrics *missing* (tessera null, meets_goal false, the reason in
    "missing"), while the peer is still measured; nothing is made up;
  * warm-up per case (untimed, all answers must be 200), then BENCH_DW_RUNS rounds (3) in a
    rotating order; each run lasts BENCH_DW_SECONDS (5) or longer for slow cases, up to 30 s,
    so that each has at least BENCH_DW_MIN_REQUESTS (200) requests; medians reported.

Goals (issue 6 item 5, Orthanc on the same study, machine and run): QIDO study and series search
latency >= 2x (Orthanc latency / Tessera's), series metadata >= 10x, frames requests/s at 16
connections >= 10x, STOW instances/s >= 1x (Tessera transcodes every frame to HTJ2K).
"""

import gzip
import http.client
import json
import os
import queue
import secrets
import shutil
import statistics
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _http  # noqa: E402
import _lib  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, "work", "dicomweb")
CONNS = (1, 16, 64)
TESSERA_ROOT = "/dicomweb"
ORTHANC_ROOT = "/dicom-web"
GOAL_QIDO = 2.0
GOAL_METADATA = 10.0
GOAL_FRAMES_C16 = 10.0
GOAL_STOW = 1.0
MAX_SECONDS = 30
ACCEPT_JSON = "application/dicom+json"
ACCEPT_FRAMES = 'multipart/related; type="application/octet-stream"; transfer-syntax=*'
# OHIF's study list (test-material.md)
OHIF_STUDIES = "/studies?limit=101&offset=0&fuzzymatching=false&includefield=00081030%2C00080060"


# --- the study's identifiers (read from the files, independent of both servers) ------------------

def _element(buf, group, elem, vr):
    """The first value of an explicit-VR little-endian element with a 2-byte length (UI, LO)."""
    key = group.to_bytes(2, "little") + elem.to_bytes(2, "little") + vr
    i = buf.find(key)
    if i < 0:
        return None
    n = int.from_bytes(buf[i + 6:i + 8], "little")
    return buf[i + 8:i + 8 + n].rstrip(b"\0 ").decode("ascii")


def study_ids(files):
    """{path: (StudyInstanceUID, SeriesInstanceUID, SOPInstanceUID, PatientID)}, from each file's
    first 64 KB (the generated study: explicit VR little endian, top-level UIDs before any
    sequence that could hold another)."""
    out = {}
    for f in files:
        with open(f, "rb") as fp:
            b = fp.read(65536)
        ids = (_element(b, 0x0020, 0x000D, b"UI"), _element(b, 0x0020, 0x000E, b"UI"),
               _element(b, 0x0008, 0x0018, b"UI"), _element(b, 0x0010, 0x0020, b"LO"))
        if None in ids[:3]:
            _lib.fail(f"{f}: no Study/Series/SOP Instance UID found")
        out[f] = ids
    return out


# --- STOW -----------------------------------------------------------------------------------------

def multipart(paths, boundary):
    parts = []
    for p in paths:
        with open(p, "rb") as fp:
            parts += [b"--" + boundary + b"\r\nContent-Type: application/dicom\r\n\r\n", fp.read(),
                      b"\r\n"]
    parts.append(b"--" + boundary + b"--\r\n")
    return b"".join(parts)


def stow_bodies(files, batch):
    """(Content-Type, boundary, [(instances, body)]): the study as multipart/related requests of
    up to `batch` instances, built before timing."""
    boundary = b"tessera-bench-" + secrets.token_hex(8).encode()
    ctype = f'multipart/related; type="application/dicom"; boundary={boundary.decode()}'
    return ctype, boundary, [(len(files[i:i + batch]), multipart(files[i:i + batch], boundary))
                   for i in range(0, len(files), batch)]


def stow_answer_counts(status, hdrs, body):
    """(stored, failed) from a STOW answer's ReferencedSOPSequence / FailedSOPSequence."""
    if status not in (200, 202, 409):
        return None
    try:
        if hdrs.get("content-encoding") == "gzip":
            body = gzip.decompress(body)
        doc = json.loads(body)
    except ValueError:
        return None
    if isinstance(doc, list):
        doc = doc[0] if doc else {}
    return (len((doc.get("00081199") or {}).get("Value", [])),
            len((doc.get("00081198") or {}).get("Value", [])))


def stow(port, root, ctype, bodies, clients):
    """POST every body to root/studies over `clients` keep-alive connections at once. Returns
    (wall seconds, answers [(status, headers, body)] in body order)."""
    todo = queue.Queue()
    for i in range(len(bodies)):
        todo.put(i)
    answers = [None] * len(bodies)

    def worker():
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        try:
            while True:
                try:
                    i = todo.get_nowait()
                except queue.Empty:
                    return
                try:
                    c.request("POST", root + "/studies", body=bodies[i][1],
                              headers={"Content-Type": ctype, "Accept": ACCEPT_JSON})
                    r = c.getresponse()
                    answers[i] = (r.status, {k.lower(): v for k, v in r.getheaders()}, r.read())
                except (OSError, http.client.HTTPException) as e:
                    answers[i] = (0, {}, str(e).encode())
                    c.close()
                    c = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        finally:
            c.close()

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0, answers


def stow_problem(answers, bodies):
    """None when every answer stored every instance of its request, else what went wrong."""
    for (n, _), (status, hdrs, body) in zip(bodies, answers):
        counts = stow_answer_counts(status, hdrs, body)
        if counts is None or counts != (n, 0):
            return (f"answered {status}: {said(body)}" if counts is None else
                    f"answered {status}: {counts[0]} of {n} instances stored, {counts[1]} failed")
    return None


# --- answers --------------------------------------------------------------------------------------

def said(body):
    """An error answer's body for a report: its JSON "message" when it has one."""
    try:
        return json.loads(body)["message"][:1000]
    except (ValueError, KeyError, TypeError):
        return repr(body[:300])


def json_answer(status, hdrs, body):
    if status != 200:
        return None, f"answered {status}: {said(body)}"
    try:
        if hdrs.get("content-encoding") == "gzip":
            body = gzip.decompress(body)
        return json.loads(body), None
    except ValueError as e:
        return None, f"answered 200 with a body that is not JSON ({e})"


def values(items, tag):
    return [v for it in items for v in (it.get(tag) or {}).get("Value", [])]


def main(servers):
    study = _lib.env("BENCH_STUDY")
    tessera = _lib.env("BENCH_TESSERA")
    runs = int(os.environ.get("BENCH_DW_RUNS", "3"))
    stow_runs = int(os.environ.get("BENCH_DW_STOW_RUNS", "3"))
    batch = int(os.environ.get("BENCH_DW_STOW_BATCH", "10"))
    seconds = int(os.environ.get("BENCH_DW_SECONDS", "5"))
    warm_seconds = int(os.environ.get("BENCH_DW_WARMUP_SECONDS", "2"))
    min_requests = int(os.environ.get("BENCH_DW_MIN_REQUESTS", "200"))
    cores = len(os.sched_getaffinity(0))
    load_start = _lib.loadavg()
    dcmcjpls = _lib.tool("/usr/bin/dcmcjpls", "dcmtk")

    files, nbytes = _lib.study_files(study)
    ids = study_ids(files)
    studies = {v[0] for v in ids.values()}
    if len(studies) != 1:
        _lib.fail(f"{len(studies)} studies in {study}, expected 1")
    st = studies.pop()
    pid = ids[files[0]][3]
    series_dirs = sorted({os.path.basename(os.path.dirname(f)) for f in files})
    s1 = [f for f in files if os.path.basename(os.path.dirname(f)) == "series-1"]
    se1 = ids[s1[0]][1]
    sops = [ids[f][2] for f in s1]
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)

    def show(text):   # a path or answer for the report: the long UIDs as placeholders, cut short
        for uid, ph in ((se1, "{series-1}"), (st, "{study}")):
            text = text.replace(uid, ph)
        for sop in sops:
            text = text.replace(sop, "{sop}")
        return text if len(text) <= 300 else text[:297] + "..."

    missing = {}   # case -> why Tessera's side could not be measured
    details = {"cores_usable": cores, "loadavg_start": load_start,
               "study": {"instances": len(files), "bytes": nbytes, "series": len(series_dirs),
                         "series_1_instances": len(s1)}}

    # --- 1. STOW ingest (timed), a fresh server per round -----------------------------------------
    # Two cases: `batch` instances per request (the goal's), and one per request (what DIMSE
    # to DICOMweb routers and many scripts send; per-request costs dominate).
    stow_secs = {}          # case -> {"tessera": [s], "orthanc": [s]}
    stow_orthanc_settings = None
    stow_cases = [("stow", batch), ("stow_single", 1)]

    def stow_tessera(case, rnd, ctype, boundary, bodies):
        d = os.path.join(WORK, "stow-tessera")
        shutil.rmtree(d, ignore_errors=True)
        _lib.checked([tessera, "datastore", "create", "bench", "--data", d])
        port, _ = _http.start_tessera(servers, "tessera-stow", tessera, d,
                                      os.path.join(WORK, f"tessera-{case}-{rnd}.log"), cores)
        try:
            # Untimed probe: a request of no instances. Without STOW-RS the route is not there
            # (404 / 405 / 501), and the server would close the connection mid-body otherwise.
            status, _, body = _http.http_req(port, "POST", TESSERA_ROOT + "/studies",
                                             b"--" + boundary + b"--\r\n",
                                             {"Content-Type": ctype, "Accept": ACCEPT_JSON})
            if status in (404, 405, 501):
                missing[case] = show(f"Tessera's STOW-RS is not there: POST {TESSERA_ROOT}"
                                     f"/studies answered {status}: {said(body)}")
                return
            secs, answers = stow(port, TESSERA_ROOT, ctype, bodies, cores)
        finally:
            servers.stop("tessera-stow")
        problem = stow_problem(answers, bodies)
        if problem:
            missing[case] = show(f"Tessera's STOW-RS (POST {TESSERA_ROOT}/studies) {problem}")
            return
        stow_secs[case]["tessera"].append(secs)
        details.setdefault("stow_tessera_data_bytes", dir_bytes_safe(d))
        shutil.rmtree(d, ignore_errors=True)

    def stow_orthanc(case, rnd, ctype, boundary, bodies):
        nonlocal stow_orthanc_settings
        d = os.path.join(WORK, "stow-orthanc")
        shutil.rmtree(d, ignore_errors=True)
        o = _http.Orthanc(servers, "orthanc-stow", d)
        port = o.start()
        try:
            secs, answers = stow(port, ORTHANC_ROOT, ctype, bodies, cores)
            stow_orthanc_settings = o.settings()
        finally:
            o.stop()
        problem = stow_problem(answers, bodies)
        if problem:
            _lib.fail(f"Orthanc's STOW-RS {problem}")
        stow_secs[case]["orthanc"].append(secs)
        shutil.rmtree(d, ignore_errors=True)

    for case, per in stow_cases:
        ctype, boundary, bodies = stow_bodies(files, per)
        _lib.log(f"dicomweb: {case}: STOW of {len(files)} instances, {len(bodies)} requests of "
                 f"up to {per}, {cores} connections, {stow_runs} rounds (a fresh server each)")
        stow_secs[case] = {"tessera": [], "orthanc": []}
        for rnd in range(stow_runs):
            order = [stow_tessera, stow_orthanc] if rnd % 2 == 0 else [stow_orthanc, stow_tessera]
            for fn in order:
                if fn is stow_tessera and case in missing:
                    continue
                fn(case, rnd, ctype, boundary, bodies)
            _lib.log(f"  {case} round {rnd + 1}/{stow_runs}: " + ", ".join(
                f"{k} {v[-1]:.2f}s" for k, v in stow_secs[case].items() if v))
        bodies = None   # ~the study's size in memory

    # --- 2. the data for the rest, loaded untimed -------------------------------------------------
    data = os.path.join(WORK, "tessera-data")
    _lib.log("dicomweb: loading the study into Tessera (tessera import) and Orthanc (REST "
             "POST /instances), untimed")
    _lib.import_study(tessera, study, files, data, WORK)
    isid, doc, frames = _lib.series_image_set(tessera, data, se1)
    if sorted(sop for sop, _, _ in frames) != sorted(sops):
        _lib.fail("series-1: the SOP Instance UIDs of Tessera's metadata document are not those "
                  "of the files")
    tessera_bytes = _lib.dir_bytes(data)
    www = os.path.join(WORK, "www")
    _lib.extract_frames(tessera, data, isid, frames, os.path.join(www, "frames"),
                        name=lambda sop, fid: sop)
    _http.make_world_readable(www)
    stored = {sop: size for sop, _, size in frames}

    orthanc = _http.Orthanc(servers, "orthanc", os.path.join(WORK, "orthanc"))
    port_o = orthanc.start()
    for f in files:
        with open(f, "rb") as fp:
            status, _, body = _http.http_req(port_o, "POST", "/instances", fp.read(),
                                             {"Content-Type": "application/dicom"})
        if status != 200:
            _lib.fail(f"Orthanc POST /instances {f}: {status} {body[:200]!r}")
    _, _, stats = _http.http_req(port_o, "GET", "/statistics")
    if json.loads(stats)["CountInstances"] != len(files):
        _lib.fail(f"Orthanc holds {json.loads(stats)['CountInstances']} instances, "
                  f"{len(files)} were sent")
    orthanc_bytes = _lib.dir_bytes(os.path.join(WORK, "orthanc", "storage")) + \
        _lib.dir_bytes(os.path.join(WORK, "orthanc", "index"))

    jls = os.path.join(WORK, "jpegls")
    os.makedirs(jls)
    jls_bytes = 0
    for k, f in enumerate(files):
        out = os.path.join(jls, f"{k}.dcm")
        _lib.checked([dcmcjpls, f, out])
        jls_bytes += os.path.getsize(out)
    shutil.rmtree(jls, ignore_errors=True)

    port_t, argv_t = _http.start_tessera(servers, "tessera", tessera, data,
                                         os.path.join(WORK, "tessera.log"), cores)
    port_n, argv_n, nginx_conf = _http.start_nginx(
        servers, "dicomweb.py", os.path.join(WORK, "nginx"), www, cores,
        "        location /frames/ {\n            default_type application/octet-stream;\n"
        "        }\n")
    ports = {"tessera": port_t, "orthanc": port_o, "nginx": port_n}
    roots = {"tessera": TESSERA_ROOT, "orthanc": ORTHANC_ROOT}

    # --- 3. cases and their checks (untimed) ----------------------------------------------------
    series_path = f"/studies/{st}/series/{se1}"
    queries = {   # case -> (path under the root, Accept, Accept-Encoding or None, check)
        "qido_studies": (OHIF_STUDIES, ACCEPT_JSON, None, "study"),
        "qido_studies_patientid": (f"/studies?PatientID={pid}", ACCEPT_JSON, None, "study"),
        "qido_series": (f"/studies/{st}/series", ACCEPT_JSON, None, "series"),
        "qido_instances": (f"{series_path}/instances", ACCEPT_JSON, None, "instances"),
        "series_metadata": (f"{series_path}/metadata", ACCEPT_JSON, "gzip", "metadata"),
    }

    def check_json(server, case):
        path, accept, enc, kind = queries[case]
        hdrs = {"Accept": accept}
        if enc:
            hdrs["Accept-Encoding"] = enc
        answer = _http.http_req(ports[server], "GET", roots[server] + path, headers=hdrs)
        doc, why = json_answer(*answer)
        if why is None and not isinstance(doc, list):
            why = "answered 200 with JSON that is not an array"
        elif why is None:
            if kind == "study" and st not in values(doc, "0020000D"):
                why = f"the answer lacks the study {st}"
            elif kind == "series" and len(doc) != len(series_dirs):
                why = f"{len(doc)} series in the answer, {len(series_dirs)} in the study"
            elif kind in ("instances", "metadata") and sorted(values(doc, "00080018")) != sorted(sops):
                why = (f"{len(doc)} items whose SOP Instance UIDs are not the {len(sops)} of "
                       "series-1")
        return why, (len(doc) if isinstance(doc, list) else None), len(answer[2])

    def check_frame(server, sop):
        path = f"{roots[server]}{series_path}/instances/{sop}/frames/1"
        status, hdrs, body = _http.http_req(ports[server], "GET", path,
                                            headers={"Accept": ACCEPT_FRAMES})
        if status != 200:
            return f"GET {path} answered {status}: {said(body)}", 0
        if not hdrs.get("content-type", "").startswith("multipart/related"):
            return f"GET {path}: Content-Type {hdrs.get('content-type')!r}, not multipart", 0
        if server == "tessera":
            with open(os.path.join(www, "frames", sop), "rb") as fp:
                if fp.read() not in body:
                    return f"GET {path}: the stored frame bytes are not in the answer", 0
        return None, len(body)

    _lib.log(f"dicomweb: checking answers (tessera :{port_t}, orthanc :{port_o}, nginx :{port_n})")
    rows, body_bytes = {}, {}   # per case and server: answer rows, body bytes as sent
    for case in queries:
        why, n, size = check_json("orthanc", case)
        if why:
            _lib.fail(f"Orthanc, {case}: {why}")
        rows[case], body_bytes[case] = {"orthanc": n}, {"orthanc": size}
        why, n, size = check_json("tessera", case)
        if why:
            missing[case] = show(f"Tessera GET {TESSERA_ROOT}{queries[case][0]}: {why}")
        rows[case]["tessera"], body_bytes[case]["tessera"] = n, size
    picks = sorted({0, len(sops) // 2, len(sops) - 1})
    least = {}
    for server in ("orthanc", "tessera"):
        sizes = []
        for k in picks:
            why, size = check_frame(server, sops[k])
            if why and server == "orthanc":
                _lib.fail(f"Orthanc frames: {why}")
            if why:
                missing["frames"] = show(f"Tessera WADO-RS frames: {why}")
                break
            sizes.append(size)
        least[server] = min(sizes) if sizes else 0
    least["nginx"] = min(stored.values())
    for k in picks:
        _http.expect(port_n, "GET", f"/frames/{sops[k]}", 200, "nginx frame",
                     want_body=open(os.path.join(www, "frames", sops[k]), "rb").read())
    details["checks"] = {"rows": rows, "body_bytes": body_bytes, "frames_checked": len(picks),
                         "bytes_per_frame_answer": least}

    # --- 4. request lists and runs -------------------------------------------------------------------
    def reqs(server, case):
        host = {"Host": f"127.0.0.1:{ports[server]}"}
        if case.startswith("frames"):
            if server == "nginx":
                return [("GET", f"/frames/{s}", None, host) for s in sops]
            return [("GET", f"{roots[server]}{series_path}/instances/{s}/frames/1", None,
                     dict(host, Accept=ACCEPT_FRAMES)) for s in sops]
        path, accept, enc, _ = queries[case]
        h = dict(host, Accept=accept)
        if enc:
            h["Accept-Encoding"] = enc
        return [("GET", roots[server] + path, None, h)]

    cases = {}   # name -> (server, case, connections, least bytes per answer)
    for case in queries:
        for server in ("tessera", "orthanc"):
            if not (server == "tessera" and case in missing):
                # the same request answers the same body (headers come on top)
                cases[f"{server}-{case}"] = (server, case, 1, body_bytes[case][server])
    for c in CONNS:
        for server in ("tessera", "orthanc", "nginx"):
            if not (server == "tessera" and "frames" in missing):
                cases[f"{server}-frames-c{c}"] = (server, "frames", c, least[server])
    reqfiles = {}
    for name, (server, case, c, _) in cases.items():
        key = (server, case)
        if key not in reqfiles:
            reqfiles[key] = _http.write_requests(os.path.join(WORK, f"req-{server}-{case}.tsv"),
                                                 reqs(server, case))

    def run_case(name, secs, count=False):
        server, case, c, least_bytes = cases[name]
        r = _http.wrk(ports[server], reqfiles[(server, case)], c, secs, count,
                      lambda: servers.cpu_seconds(server))
        if r["status"] or (count and r["not200"] != 0):
            _lib.fail(f"{name}: {int(r['status'])} answers >= 400"
                      + (f", {int(r['not200'])} not 200" if count else "") + " under load")
        if r["bytes"] < r["requests"] * least_bytes:
            _lib.fail(f"{name}: {r['bytes'] / r['requests']:.0f} bytes per answer, less than "
                      f"the {least_bytes} expected: short answers")
        return r

    _lib.log(f"dicomweb: warm-up, {warm_seconds} s per case (untimed; every answer must be 200)")
    durations, warm = {}, {}
    for name in cases:
        r = run_case(name, warm_seconds, count=True)
        # long enough for min_requests, within [seconds, MAX_SECONDS]
        need = min_requests / max(r["rps"], 1e-3)
        durations[name] = int(min(MAX_SECONDS, max(seconds, -(-need // 1))))
        warm[name] = {"requests": int(r["requests"]), "rps": round(r["rps"], 1),
                      "seconds_per_run": durations[name]}

    _lib.log(f"dicomweb: {runs} rounds of {len(cases)} cases "
             f"({sum(durations.values())} s per round)")
    res = {n: [] for n in cases}
    names = list(cases)
    for rnd in range(runs):
        k = (rnd * 3) % len(names)
        for name in names[k:] + names[:k]:
            res[name].append(run_case(name, durations[name]))
        _lib.log(f"  round {rnd + 1}/{runs}: " + ", ".join(
            f"{n} {res[n][-1]['rps']:.0f}/s p50 {res[n][-1]['p50_ms']:.2f}ms" for n in names))
    details["loadavg_end"] = _lib.loadavg()

    # --- 5. metrics ---------------------------------------------------------------------------------
    def col(name, key):
        return [r[key] for r in res[name]] if name in res else None

    def med(name, key):
        return round(statistics.median(col(name, key)), 3) if name in res else None

    def cpu_us(name):
        if name not in res:
            return None
        return round(statistics.median(r["server_cpu_s"] / r["requests"] * 1e6
                                       for r in res[name]), 1)

    def sides(key, t, o, n=None):
        d = {"tessera": med(t, key), "peer": med(o, key)}
        if n:
            d["nginx"] = med(n, key)
        return d

    metrics = {}
    orthanc_name = "Orthanc 1.10 + DICOMweb 1.7"
    latency = {
        "qido_studies": ("QIDO-RS study search, OHIF's study-list query "
                         f"(GET {OHIF_STUDIES})", GOAL_QIDO),
        "qido_studies_patientid": ("QIDO-RS study search matching PatientID", GOAL_QIDO),
        "qido_series": ("QIDO-RS series of the study (GET /studies/{study}/series)", GOAL_QIDO),
        "qido_instances": (f"QIDO-RS instances of series-1 ({len(sops)} rows); no goal",
                           None),
        "series_metadata": (f"WADO-RS series metadata of series-1 ({len(sops)} instances; "
                            "Accept-Encoding: gzip)", GOAL_METADATA),
    }
    for case, (what, goal) in latency.items():
        t, o = f"tessera-{case}", f"orthanc-{case}"
        extra = dict(p50_ms=sides("p50_ms", t, o), p99_ms=sides("p99_ms", t, o),
                     rps=sides("rps", t, o),
                     server_cpu_us_per_request={"tessera": cpu_us(t), "peer": cpu_us(o)},
                     rows=rows[case], connections=1,
                     description=f"{what}: p50 latency at 1 connection (wrk); ratio Orthanc / "
                                 "Tessera" + (f"; goal {goal:g}x (issue 6 item 5)" if goal else ""))
        name = f"dicomweb_{case}_p50_ms"
        if case in missing:
            metrics[name] = _lib.missing_metric("ms", col(o, "p50_ms"), orthanc_name, goal,
                                                missing[case], **extra)
        else:
            metrics[name] = _lib.metric("ms", col(t, "p50_ms"), col(o, "p50_ms"), orthanc_name,
                                        goal, higher_is_better=False, **extra)
    for c in CONNS:
        t, o, n = f"tessera-frames-c{c}", f"orthanc-frames-c{c}", f"nginx-frames-c{c}"
        goal = GOAL_FRAMES_C16 if c == 16 else None
        extra = dict(
            connections=c, p50_ms=sides("p50_ms", t, o, n), p99_ms=sides("p99_ms", t, o, n),
            nginx_rps=med(n, "rps"),
            vs_nginx=(round(med(t, "rps") / med(n, "rps"), 3) if t in res else None),
            server_cpu_us_per_request={"tessera": cpu_us(t), "peer": cpu_us(o),
                                       "nginx": cpu_us(n)},
            bytes_per_answer={"tessera": least.get("tessera"), "peer": least["orthanc"],
                              "nginx": least["nginx"]},
            description=f"WADO-RS frames (GET .../instances/{{sop}}/frames/1, each of series-1 "
                        f"in turn, transfer-syntax=*) at {c} connection(s): requests/s vs "
                        "Orthanc (which answers the native frame); nginx serving the stored "
                        "frames as static files in nginx_rps / vs_nginx"
                        + ("; goal 10x Orthanc (issue 6 item 5)" if goal else ""))
        name = f"dicomweb_frames_rps_c{c}"
        if "frames" in missing:
            metrics[name] = _lib.missing_metric("req/s", col(o, "rps"), orthanc_name, goal,
                                                missing["frames"], **extra)
        else:
            metrics[name] = _lib.metric("req/s", col(t, "rps"), col(o, "rps"), orthanc_name,
                                        goal, **extra)
    n = len(files)
    for case, per in stow_cases:
        name = "dicomweb_%s_instances_per_s" % case
        goal = GOAL_STOW if per == batch else None
        stow_extra = dict(instances=n, requests=-(-n // per), instances_per_request=per,
                          connections=cores,
                          description=f"STOW-RS of the study's {n} instances ({per} per "
                                      f"multipart request, {cores} connections) into a fresh "
                                      "server per round: instances/s; Tessera transcodes every "
                                      "frame to HTJ2K, Orthanc stores the files as they come"
                                      + ("; goal 1x (issue 6 item 5)" if goal else
                                         "; no goal (the per-request costs)"))
        sec = stow_secs[case]
        if case in missing:
            metrics[name] = _lib.missing_metric(
                "instances/s", [n / s for s in sec["orthanc"]], orthanc_name, goal,
                missing[case], **stow_extra)
        else:
            metrics[name] = _lib.metric(
                "instances/s", [n / s for s in sec["tessera"]],
                [n / s for s in sec["orthanc"]], orthanc_name, goal, **stow_extra)
    metrics["stored_bytes_per_instance"] = _lib.metric(
        "bytes", [tessera_bytes / n], [nbytes / n], "the source files (native pixels)",
        higher_is_better=False, orthanc_bytes_per_instance=round(orthanc_bytes / n),
        description="Tessera's whole data directory after importing the study (frames as "
                    "HTJ2K, metadata documents, catalog) per instance, vs the source files; "
                    "orthanc_bytes_per_instance: Orthanc's storage + index after loading them")
    metrics["stored_bytes_per_instance_vs_jpegls"] = _lib.metric(
        "bytes", [tessera_bytes / n], [jls_bytes / n], "dcmcjpls (JPEG-LS lossless files)",
        higher_is_better=False,
        description="the same Tessera figure vs every source file made JPEG-LS lossless by "
                    "dcmcjpls (defaults), whole files")

    details.update({
        "missing": missing,
        "stow_seconds": {c: {k: [round(x, 3) for x in v] for k, v in sv.items()}
                         for c, sv in stow_secs.items()},
        "orthanc_settings": stow_orthanc_settings or orthanc.settings(),
        "stored_bytes": {"tessera_data_dir": tessera_bytes, "source_files": nbytes,
                         "jpegls_files": jls_bytes, "orthanc_storage_and_index": orthanc_bytes},
        "commands": {"tessera": _http.rel(argv_t), "nginx": _http.rel(argv_n),
                     "orthanc": "scripts/orthanc.sh start DIR PORT DICOM_PORT "
                                "(bench/work/dicomweb/orthanc/orthanc.json)",
                     "wrk": _http.WRK_COMMAND},
        "requests": {"accept_frames": ACCEPT_FRAMES, "accept_json": ACCEPT_JSON,
                     "roots": roots, "nginx": "GET /frames/{sop}"},
        "nginx_conf": nginx_conf,
        "warm_up": warm, "runs": runs,
        "per_run": {n: _http.per_run(res[n]) for n in names},
    })
    versions = orthanc.versions()
    versions.update({"wrk": _lib.pkg_version("wrk"), "nginx": _http.nginx_version(),
                     "dcmtk": _lib.pkg_version("dcmtk")})
    _lib.write_fragment(metrics, versions, {"dicomweb": details})


def dir_bytes_safe(path):
    try:
        return _lib.dir_bytes(path)
    except OSError:
        return None


if __name__ == "__main__":
    _http.run_script("dicomweb", main, WORK, ("tessera-data", "www", "import-out", "orthanc/storage",
                                              "orthanc/index", "stow-tessera", "stow-orthanc"))
