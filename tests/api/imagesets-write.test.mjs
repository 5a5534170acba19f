// imagesets-write.test.mjs - the runtime plane's write operations (ahi-api.md
// 2.3): UpdateImageSetMetadata (updatable / removable attributes, force,
// revertToVersionId, optimistic concurrency), ListImageSetVersions and its
// paginator, CopyImageSet (to a new image set, a subset, a merge into a
// destination, promoteToPrimary) and DeleteImageSet.
//
// One data store, one import of the dicomdirtests studies; every image set
// used here belongs to a different series, so the sections do not disturb
// each other. Immediate responses may show the asynchronous states (LOCKED /
// UPDATING, COPYING, DELETING) or the final ones: Tessera may finish at once.

import { describe, it, before } from "node:test";
import assert from "node:assert/strict";

import {
    SearchImageSetsCommand, GetImageSetCommand, GetImageSetMetadataCommand, GetImageFrameCommand,
    UpdateImageSetMetadataCommand, ListImageSetVersionsCommand, CopyImageSetCommand, DeleteImageSetCommand,
    paginateListImageSetVersions, paginateSearchImageSets,
} from "@aws-sdk/client-medical-imaging";

import {
    client, unique, rejectsWith, createActiveDatastore, stageInput, importDir, listFiles, dicomOracle,
    bySeries, bodyBytes, gunzipJson, waitFor, waitImageSetActive, rawRequest, assertErrorEnvelope, framesOf,
    ID_RE, ARN_RE, isDate, sleep,
} from "./lib/common.mjs";

const c = client();
const enc = (o) => new TextEncoder().encode(typeof o === "string" ? o : JSON.stringify(o));
const WORKFLOW = new Set(["CREATED", "COPIED", "COPYING", "COPYING_WITH_READ_ONLY_ACCESS", "COPY_FAILED",
    "UPDATING", "UPDATING_FOR_STUDY_CONSISTENCY", "UPDATED", "UPDATE_FAILED", "DELETING", "DELETED",
    "IMPORTING", "IMPORTED", "IMPORT_FAILED"]);

let ds, oracle, series;
const primary = new Map(); // series UID -> image set id

async function doc(imageSetId, versionId) {
    const r = await c.send(new GetImageSetMetadataCommand({ datastoreId: ds, imageSetId, versionId }));
    return gunzipJson(await bodyBytes(r.imageSetMetadataBlob));
}

async function search(searchCriteria) {
    const out = [];
    for await (const p of paginateSearchImageSets({ client: c }, { datastoreId: ds, searchCriteria })) {
        out.push(...p.imageSetsMetadataSummaries);
    }
    return out;
}

async function frameBytes(imageSetId, frameId) {
    const r = await c.send(new GetImageFrameCommand({ datastoreId: ds, imageSetId, imageFrameInformation: { imageFrameId: frameId } }));
    return bodyBytes(r.imageFrameBlob);
}

// the series with n instances (the k-th such series when several have n)
function seriesWith(n, k = 0) {
    const uid = [...series.entries()].filter(([, v]) => v.length === n).map(([u]) => u).sort()[k];
    assert.ok(uid, `a series with ${n} instances`);
    return uid;
}

let importEnded;

before(async () => {
    ds = await createActiveDatastore(c, unique("api-write"));
    const dir = stageInput("write-in", ["study"]);
    oracle = dicomOracle(listFiles(dir));
    series = bySeries(oracle);
    await importDir(c, ds, dir);
    importEnded = Date.now();
    for (const s of await search()) primary.set(s.DICOMTags.DICOMSeriesInstanceUID, s.imageSetId);
    assert.equal(primary.size, series.size);
});

describe("UpdateImageSetMetadata and ListImageSetVersions", () => {
    let id, v1, tUpdate;

    before(async () => {
        id = primary.get(seriesWith(4));
        v1 = await doc(id);
        // make "updated after the import" measurable even with coarse timestamps
        await sleep(Math.max(0, importEnded + 2100 - Date.now()));
        tUpdate = new Date();
    });

    it("updatableAttributes: a new version, LOCKED/UPDATING or already ACTIVE/UPDATED", async () => {
        const r = await c.send(new UpdateImageSetMetadataCommand({
            datastoreId: ds, imageSetId: id, latestVersionId: "1",
            updateImageSetMetadataUpdates: { DICOMUpdates: {
                updatableAttributes: enc('{"SchemaVersion":1.1,"Patient":{"DICOM":{"PatientName":"TEST^NAME"}}}'),
            } },
        }));
        assert.equal(r.datastoreId, ds);
        assert.equal(r.imageSetId, id);
        assert.equal(r.latestVersionId, "2");
        assert.ok(["LOCKED", "ACTIVE"].includes(r.imageSetState), r.imageSetState);
        assert.ok(["UPDATING", "UPDATED"].includes(r.imageSetWorkflowStatus), r.imageSetWorkflowStatus);
        const g = await waitImageSetActive(c, ds, id);
        assert.equal(g.versionId, "2");
        assert.equal(g.imageSetWorkflowStatus, "UPDATED");
        assert.ok(g.updatedAt.getTime() >= g.createdAt.getTime());
    });

    it("the new version carries the change and nothing else; version 1 is unchanged", async () => {
        const want = structuredClone(v1);
        want.Patient.DICOM.PatientName = "TEST^NAME";
        assert.deepEqual(await doc(id), want);
        assert.deepEqual(await doc(id, "2"), want);
        assert.deepEqual(await doc(id, "1"), v1);
        assert.notEqual(v1.Patient.DICOM.PatientName, "TEST^NAME");
    });

    it("the updated image set sorts first by updatedAt DESC and last by ASC", async () => {
        const desc = await search({ sort: { sortField: "updatedAt", sortOrder: "DESC" } });
        assert.equal(desc[0].imageSetId, id);
        assert.equal(desc[0].version, 2);
        const asc = await search({ sort: { sortField: "updatedAt", sortOrder: "ASC" } });
        assert.equal(asc.at(-1).imageSetId, id);
        const recent = await search({ filters: [{ operator: "BETWEEN",
            values: [{ updatedAt: new Date(tUpdate.getTime() - 1000) }, { updatedAt: new Date(Date.now() + 2000) }] }] });
        assert.deepEqual(recent.map((s) => s.imageSetId), [id], "only the updated set was updated since");
    });

    it("a stale latestVersion is ConflictException (409)", async () => {
        await rejectsWith(c.send(new UpdateImageSetMetadataCommand({
            datastoreId: ds, imageSetId: id, latestVersionId: "1",
            updateImageSetMetadataUpdates: { DICOMUpdates: {
                updatableAttributes: enc({ SchemaVersion: 1.1, Patient: { DICOM: { PatientName: "STALE^WRITE" } } }),
            } },
        })), "ConflictException", 409);
        assert.equal((await c.send(new GetImageSetCommand({ datastoreId: ds, imageSetId: id }))).versionId, "2");
    });

    it("malformed JSON in updatableAttributes is ValidationException (400)", async () => {
        await rejectsWith(c.send(new UpdateImageSetMetadataCommand({
            datastoreId: ds, imageSetId: id, latestVersionId: "2",
            updateImageSetMetadataUpdates: { DICOMUpdates: { updatableAttributes: enc('{"SchemaVersion":1.1,"Patient":{') } },
        })), "ValidationException", 400);
    });

    it("both DICOMUpdates and revertToVersionId (a raw body) is ValidationException (400)", async () => {
        const body = JSON.stringify({
            DICOMUpdates: { updatableAttributes: Buffer.from('{"SchemaVersion":1.1,"Patient":{"DICOM":{"PatientName":"A^B"}}}').toString("base64") },
            revertToVersionId: "1",
        });
        const r = await rawRequest({ method: "POST", path: `/datastore/${ds}/imageSet/${id}/updateImageSetMetadata`,
            query: { latestVersion: "2" }, headers: { "content-type": "application/json" }, body });
        assertErrorEnvelope(r, "ValidationException", 400);
    });

    it("changing StudyInstanceUID needs force: ValidationException (400) without it", async () => {
        await rejectsWith(c.send(new UpdateImageSetMetadataCommand({
            datastoreId: ds, imageSetId: id, latestVersionId: "2",
            updateImageSetMetadataUpdates: { DICOMUpdates: {
                updatableAttributes: enc({ SchemaVersion: 1.1, Study: { DICOM: { StudyInstanceUID: "1.2.826.0.1.3680043.8.498.777" } } }),
            } },
        })), "ValidationException", 400);
    });

    it("with force=true: a new version, overrides.forced, searchable under the new UID", async () => {
        const r = await c.send(new UpdateImageSetMetadataCommand({
            datastoreId: ds, imageSetId: id, latestVersionId: "2", force: true,
            updateImageSetMetadataUpdates: { DICOMUpdates: {
                updatableAttributes: enc({ SchemaVersion: 1.1, Study: { DICOM: { StudyInstanceUID: "1.2.826.0.1.3680043.8.498.777" } } }),
            } },
        }));
        assert.equal(r.latestVersionId, "3");
        const g = await waitImageSetActive(c, ds, id);
        assert.equal(g.versionId, "3");
        assert.deepEqual(g.overrides, { forced: true });
        assert.equal((await doc(id)).Study.DICOM.StudyInstanceUID, "1.2.826.0.1.3680043.8.498.777");
        const s = await search({ filters: [{ operator: "EQUAL", values: [{ DICOMStudyInstanceUID: "1.2.826.0.1.3680043.8.498.777" }] }] });
        assert.deepEqual(s.map((x) => x.imageSetId), [id]);
    });

    it("revertToVersionId 1: a new version equal to version 1", async () => {
        const r = await c.send(new UpdateImageSetMetadataCommand({
            datastoreId: ds, imageSetId: id, latestVersionId: "3",
            updateImageSetMetadataUpdates: { revertToVersionId: "1" },
        }));
        assert.equal(r.latestVersionId, "4");
        const g = await waitImageSetActive(c, ds, id);
        assert.equal(g.versionId, "4");
        assert.deepEqual(await doc(id), v1);
    });

    it("removableAttributes removes an attribute", async () => {
        const desc = v1.Study.DICOM.StudyDescription;
        assert.equal(typeof desc, "string", "the CT study has a StudyDescription");
        const r = await c.send(new UpdateImageSetMetadataCommand({
            datastoreId: ds, imageSetId: id, latestVersionId: "4",
            updateImageSetMetadataUpdates: { DICOMUpdates: {
                removableAttributes: enc({ SchemaVersion: 1.1, Study: { DICOM: { StudyDescription: desc } } }),
            } },
        }));
        assert.equal(r.latestVersionId, "5");
        await waitImageSetActive(c, ds, id);
        const d = await doc(id);
        assert.ok(!("StudyDescription" in d.Study.DICOM), "StudyDescription removed");
        const want = structuredClone(v1);
        delete want.Study.DICOM.StudyDescription;
        assert.deepEqual(d, want);
    });

    it("ListImageSetVersions: every version, ImageSetWorkflowStatus with a capital I", async () => {
        const r = await c.send(new ListImageSetVersionsCommand({ datastoreId: ds, imageSetId: id }));
        const list = r.imageSetPropertiesList;
        assert.deepEqual(new Set(list.map((v) => v.versionId)), new Set(["1", "2", "3", "4", "5"]));
        assert.equal(list.length, 5);
        for (const v of list) {
            assert.equal(v.imageSetId, id);
            assert.equal(typeof v.versionId, "string");
            assert.ok(["ACTIVE", "LOCKED", "DELETED"].includes(v.imageSetState));
            assert.ok(WORKFLOW.has(v.ImageSetWorkflowStatus), `ImageSetWorkflowStatus ${v.ImageSetWorkflowStatus}`);
            assert.equal(v.imageSetWorkflowStatus, undefined, "the lower-case member does not exist here");
            assert.ok(isDate(v.createdAt));
            assert.equal(v.isPrimary, true);
        }
        assert.deepEqual(list.find((v) => v.versionId === "3").overrides, { forced: true });
    });

    it("on the wire the member is spelt ImageSetWorkflowStatus", async () => {
        const r = await rawRequest({ method: "POST", path: `/datastore/${ds}/imageSet/${id}/listImageSetVersions` });
        assert.equal(r.status, 200, r.body.toString());
        for (const v of r.json().imageSetPropertiesList) {
            assert.ok("ImageSetWorkflowStatus" in v);
            assert.ok(!("imageSetWorkflowStatus" in v));
            assert.equal(typeof v.createdAt, "number");
        }
    });

    it("paginateListImageSetVersions with pageSize 1", async () => {
        const ids = [];
        for await (const p of paginateListImageSetVersions({ client: c, pageSize: 1 }, { datastoreId: ds, imageSetId: id })) {
            assert.ok(p.imageSetPropertiesList.length <= 1);
            ids.push(...p.imageSetPropertiesList.map((v) => v.versionId));
        }
        assert.deepEqual(ids.slice().sort(), ["1", "2", "3", "4", "5"]);
    });

    it("ListImageSetVersions of an unknown image set is ResourceNotFoundException (404)", async () => {
        await rejectsWith(c.send(new ListImageSetVersionsCommand({ datastoreId: ds, imageSetId: "a".repeat(32) })),
            "ResourceNotFoundException", 404);
    });
});

describe("CopyImageSet", () => {
    const copies = []; // non-primary image sets made here

    function checkProps(p, what) {
        assert.match(p.imageSetId, ID_RE, what);
        assert.match(p.latestVersionId, /^\d+$/, what);
        if (p.imageSetArn !== undefined) {
            assert.match(p.imageSetArn, ARN_RE);
            assert.ok(p.imageSetArn.endsWith(`/imageset/${p.imageSetId}`));
        }
        if (p.imageSetState !== undefined) assert.ok(["ACTIVE", "LOCKED"].includes(p.imageSetState), p.imageSetState);
        if (p.imageSetWorkflowStatus !== undefined) assert.ok(WORKFLOW.has(p.imageSetWorkflowStatus));
    }

    it("to a new image set: same instances and frames, not primary", async () => {
        const uid = seriesWith(3, 0);
        const src = primary.get(uid);
        const r = await c.send(new CopyImageSetCommand({ datastoreId: ds, sourceImageSetId: src,
            copyImageSetInformation: { sourceImageSet: { latestVersionId: "1" } } }));
        assert.equal(r.datastoreId, ds);
        checkProps(r.sourceImageSetProperties, "source");
        checkProps(r.destinationImageSetProperties, "destination");
        assert.equal(r.sourceImageSetProperties.imageSetId, src);
        assert.equal(r.sourceImageSetProperties.latestVersionId, "1");
        const dst = r.destinationImageSetProperties.imageSetId;
        assert.notEqual(dst, src);
        assert.equal(r.destinationImageSetProperties.latestVersionId, "1");
        if (r.destinationImageSetProperties.imageSetState === "LOCKED") {
            assert.equal(r.destinationImageSetProperties.imageSetWorkflowStatus, "COPYING");
        }
        copies.push(dst);
        const g = await waitImageSetActive(c, ds, dst);
        assert.equal(g.imageSetWorkflowStatus, "COPIED");
        assert.equal(g.isPrimary, false, "one primary image set per series: the copy is not primary");
        assert.equal((await waitImageSetActive(c, ds, src)).versionId, "1", "the source keeps its version");
        const a = await doc(src), b = await doc(dst);
        assert.deepEqual(Object.keys(b.Study.Series[uid].Instances).sort(), Object.keys(a.Study.Series[uid].Instances).sort());
        const fa = framesOf(a), fb = framesOf(b);
        assert.equal(fb.length, fa.length);
        for (const x of fa) {
            const y = fb.find((f) => f.sop === x.sop && f.index === x.index);
            assert.ok((await frameBytes(dst, y.frame.ID)).equals(await frameBytes(src, x.frame.ID)),
                `frame of ${x.sop} copied unchanged`);
        }
    });

    describe("copiableAttributes subsets, merged into a destination", () => {
        let uid, sops, d1, d2;

        before(() => {
            uid = seriesWith(7);
            sops = series.get(uid).map((o) => o.sop).sort();
        });

        const subset = (list) => JSON.stringify({ SchemaVersion: "1.1",
            Study: { Series: { [uid]: { Instances: Object.fromEntries(list.map((s) => [s, {}])) } } } });

        it("a subset copy holds only the chosen instances", async () => {
            for (const pick of [sops.slice(0, 2), sops.slice(2, 4)]) {
                const r = await c.send(new CopyImageSetCommand({ datastoreId: ds, sourceImageSetId: primary.get(uid),
                    copyImageSetInformation: { sourceImageSet: { latestVersionId: "1", DICOMCopies: { copiableAttributes: subset(pick) } } } }));
                const id = r.destinationImageSetProperties.imageSetId;
                copies.push(id);
                await waitImageSetActive(c, ds, id);
                const d = await doc(id);
                assert.deepEqual(Object.keys(d.Study.Series[uid].Instances).sort(), pick);
                if (!d1) d1 = id;
                else d2 = id;
            }
        });

        it("a merge into a destination adds a version holding both", async () => {
            const r = await c.send(new CopyImageSetCommand({ datastoreId: ds, sourceImageSetId: d1,
                copyImageSetInformation: { sourceImageSet: { latestVersionId: "1" },
                    destinationImageSet: { imageSetId: d2, latestVersionId: "1" } } }));
            assert.equal(r.sourceImageSetProperties.imageSetId, d1);
            assert.equal(r.destinationImageSetProperties.imageSetId, d2);
            assert.equal(r.destinationImageSetProperties.latestVersionId, "2");
            const g = await waitImageSetActive(c, ds, d2);
            assert.equal(g.versionId, "2");
            assert.deepEqual(Object.keys((await doc(d2)).Study.Series[uid].Instances).sort(), sops.slice(0, 4));
            assert.deepEqual(Object.keys((await doc(d2, "1")).Study.Series[uid].Instances).sort(), sops.slice(2, 4));
            assert.deepEqual(Object.keys((await doc(d1)).Study.Series[uid].Instances).sort(), sops.slice(0, 2));
        });

        it("a stale destination latestVersionId is ConflictException (409)", async () => {
            await rejectsWith(c.send(new CopyImageSetCommand({ datastoreId: ds, sourceImageSetId: d1,
                copyImageSetInformation: { sourceImageSet: { latestVersionId: "1" },
                    destinationImageSet: { imageSetId: d2, latestVersionId: "1" } } })), "ConflictException", 409);
        });

        it("a stale source latestVersionId is ConflictException (409)", async () => {
            await rejectsWith(c.send(new CopyImageSetCommand({ datastoreId: ds, sourceImageSetId: d1,
                copyImageSetInformation: { sourceImageSet: { latestVersionId: "7" } } })), "ConflictException", 409);
        });
    });

    it("promoteToPrimary: a non-primary copy becomes the series' new primary image set", async () => {
        const uid = seriesWith(1, 0);
        const p = primary.get(uid);
        const r = await c.send(new CopyImageSetCommand({ datastoreId: ds, sourceImageSetId: p,
            copyImageSetInformation: { sourceImageSet: { latestVersionId: "1" } } }));
        const n = r.destinationImageSetProperties.imageSetId;
        assert.equal((await waitImageSetActive(c, ds, n)).isPrimary, false);
        // free the series: delete its primary image set
        await c.send(new DeleteImageSetCommand({ datastoreId: ds, imageSetId: p }));
        await waitFor("primary deleted", () => c.send(new GetImageSetCommand({ datastoreId: ds, imageSetId: p })),
            (g) => g.imageSetState === "DELETED");
        const pr = await c.send(new CopyImageSetCommand({ datastoreId: ds, sourceImageSetId: n, promoteToPrimary: true,
            copyImageSetInformation: { sourceImageSet: { latestVersionId: "1" } } }));
        assert.equal(pr.sourceImageSetProperties.imageSetId, n);
        const np = pr.destinationImageSetProperties.imageSetId;
        assert.match(np, ID_RE);
        assert.notEqual(np, n, "a new primary image set");
        const g = await waitImageSetActive(c, ds, np);
        assert.equal(g.isPrimary, true);
        assert.deepEqual(Object.keys((await doc(np)).Study.Series[uid].Instances),
            Object.keys((await doc(n)).Study.Series[uid].Instances));
        copies.push(n);
        const prim = await search({ filters: [{ operator: "EQUAL", values: [{ DICOMSeriesInstanceUID: uid }] },
            { operator: "EQUAL", values: [{ isPrimary: true }] }] });
        assert.deepEqual(prim.map((x) => x.imageSetId), [np]);
    });

    it("EQUAL isPrimary false finds exactly the copies", async () => {
        const s = await search({ filters: [{ operator: "EQUAL", values: [{ isPrimary: false }] }] });
        assert.deepEqual(new Set(s.map((x) => x.imageSetId)), new Set(copies));
        for (const x of s) assert.equal(x.isPrimary, false);
    });

    it("an unknown source image set is ResourceNotFoundException (404)", async () => {
        await rejectsWith(c.send(new CopyImageSetCommand({ datastoreId: ds, sourceImageSetId: "b".repeat(32),
            copyImageSetInformation: { sourceImageSet: { latestVersionId: "1" } } })), "ResourceNotFoundException", 404);
    });

    describe("DeleteImageSet", () => {
        let victim;

        it("answers DELETING or DELETED, then GetImageSet shows DELETED", async () => {
            victim = copies[0];
            const r = await c.send(new DeleteImageSetCommand({ datastoreId: ds, imageSetId: victim }));
            assert.equal(r.datastoreId, ds);
            assert.equal(r.imageSetId, victim);
            assert.ok(["LOCKED", "DELETED"].includes(r.imageSetState), r.imageSetState);
            assert.ok(["DELETING", "DELETED"].includes(r.imageSetWorkflowStatus), r.imageSetWorkflowStatus);
            const g = await waitFor("DELETED", () => c.send(new GetImageSetCommand({ datastoreId: ds, imageSetId: victim })),
                (x) => x.imageSetState === "DELETED");
            assert.equal(g.imageSetWorkflowStatus, "DELETED");
            assert.ok(isDate(g.deletedAt), "deletedAt");
        });

        it("a deleted image set is no longer searchable", async () => {
            const all = await search();
            assert.ok(!all.some((s) => s.imageSetId === victim));
        });

        it("its metadata is no longer served", async () => {
            let err;
            try {
                await c.send(new GetImageSetMetadataCommand({ datastoreId: ds, imageSetId: victim }));
            } catch (e) {
                err = e;
            }
            assert.ok(err, "GetImageSetMetadata of a deleted image set fails");
            assert.ok(["ResourceNotFoundException", "ConflictException"].includes(err.name), err.name);
        });

        it("an update of a deleted image set is refused", async () => {
            let err;
            try {
                await c.send(new UpdateImageSetMetadataCommand({ datastoreId: ds, imageSetId: victim, latestVersionId: "1",
                    updateImageSetMetadataUpdates: { DICOMUpdates: { updatableAttributes: enc({ SchemaVersion: 1.1,
                        Patient: { DICOM: { PatientName: "X^Y" } } }) } } }));
            } catch (e) {
                err = e;
            }
            assert.ok(err && ["ResourceNotFoundException", "ConflictException"].includes(err.name), err?.name);
        });

        it("an unknown image set is ResourceNotFoundException (404)", async () => {
            await rejectsWith(c.send(new DeleteImageSetCommand({ datastoreId: ds, imageSetId: "c".repeat(32) })),
                "ResourceNotFoundException", 404);
        });
    });
});

describe("write operations on an unknown data store", () => {
    it("UpdateImageSetMetadata: ResourceNotFoundException (404)", async () => {
        await rejectsWith(c.send(new UpdateImageSetMetadataCommand({ datastoreId: "d".repeat(32), imageSetId: "e".repeat(32),
            latestVersionId: "1", updateImageSetMetadataUpdates: { revertToVersionId: "1" } })), "ResourceNotFoundException", 404);
    });

    it("SearchImageSets with a malformed data store id: ValidationException or ResourceNotFoundException", async () => {
        let err;
        try {
            await c.send(new SearchImageSetsCommand({ datastoreId: "NOT-AN-ID" }));
        } catch (e) {
            err = e;
        }
        assert.ok(err && [["ValidationException", 400], ["ResourceNotFoundException", 404]]
            .some(([n, s]) => err.name === n && err.$metadata.httpStatusCode === s), `${err?.name}`);
    });
});

describe("UpdateImageSetMetadata with includeStudyImageSets", () => {
    it("applies the Study-level part to the study's other primary image sets", async () => {
        const all = await search();
        const byStudy = new Map();
        for (const s of all) {
            if (!s.isPrimary) continue;
            const k = s.DICOMTags.DICOMStudyInstanceUID;
            if (!byStudy.has(k)) byStudy.set(k, []);
            byStudy.get(k).push(s);
        }
        const group = [...byStudy.values()].find((v) => v.length >= 2);
        assert.ok(group, "the staged input has a study with two primary image sets");
        const [target, ...others] = group;
        const g0 = await c.send(new GetImageSetCommand({ datastoreId: ds, imageSetId: target.imageSetId }));
        const before = new Map();
        for (const o of others) {
            const g = await c.send(new GetImageSetCommand({ datastoreId: ds, imageSetId: o.imageSetId }));
            before.set(o.imageSetId, Number(g.versionId));
        }
        // SDK 3.958 predates the parameter (model 2026-04): a signed raw request
        const blob = Buffer.from('{"SchemaVersion":1.1,"Study":{"DICOM":{"StudyDescription":"STUDY-WIDE"}}}').toString("base64");
        const res = await rawRequest({
            method: "POST",
            path: `/datastore/${ds}/imageSet/${target.imageSetId}/updateImageSetMetadata`,
            query: { latestVersion: g0.versionId, includeStudyImageSets: "true" },
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ DICOMUpdates: { updatableAttributes: blob } }),
        });
        assert.equal(res.status, 200, res.body.toString());
        assert.equal(res.json().latestVersionId, String(Number(g0.versionId) + 1));
        assert.equal((await doc(target.imageSetId)).Study.DICOM.StudyDescription, "STUDY-WIDE");
        for (const o of others) {
            const g = await waitImageSetActive(c, ds, o.imageSetId);
            assert.equal(Number(g.versionId), before.get(o.imageSetId) + 1, "a sibling gets a new version");
            assert.equal((await doc(o.imageSetId)).Study.DICOM.StudyDescription, "STUDY-WIDE");
        }
    });
});
