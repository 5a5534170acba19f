// orthanc-client.test.mjs - Orthanc 1.10 as a DICOMweb *client* of Tessera:
// its DICOMweb plugin's "servers" feature (DicomWeb.Servers.tessera = the
// Tessera root) pushes a study with STOW-RS (chunked body, unquoted boundary,
// per-part Content-Length), searches it with QIDO-RS and pulls it back with
// WADO-RS into a second, empty Orthanc. The pulled instances must equal the
// pushed ones: attributes and decoded pixels.
//
// Environment (run.sh): OC_A, OC_B the REST roots of two Orthancs whose
// DicomWeb.Servers has "tessera"; OC_INPUT a directory of DICOM files that
// A loads, then re-identifies (Orthanc's study "modify": new Study, Series
// and SOP Instance UIDs, so nothing collides with what Tessera already
// holds); DW_WORK a scratch directory.

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";

import { Instance, first, loadCorpus, normDataset, parsePart10, stableJson } from "./lib/corpus.mjs";

function need(name) {
    const v = process.env[name];
    if (!v) throw new Error(`${name} is not set: run with tests/dicomweb/run.sh BUILD/tessera`);
    return v;
}

async function rest(base, method, p, body) {
    const res = await fetch(base + p, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : (Buffer.isBuffer(body) ? body : JSON.stringify(body)),
    });
    const buf = Buffer.from(await res.arrayBuffer());
    if (!res.ok) throw new Error(`Orthanc ${method} ${p}: HTTP ${res.status} ${buf.toString("utf8").slice(0, 400)}`);
    const ct = res.headers.get("content-type") || "";
    return ct.includes("json") ? JSON.parse(buf.toString("utf8")) : buf;
}

let A, B, work;
const pushed = []; // {orthancId, studyUid}

// Every instance of an Orthanc as parsed files: Map SOPInstanceUID -> Instance.
async function instancesOf(base, tag) {
    const out = new Map();
    const dir = path.join(work, tag);
    fs.mkdirSync(dir, { recursive: true });
    for (const id of await rest(base, "GET", "/instances")) {
        const bytes = await rest(base, "GET", `/instances/${id}/file`);
        const p = parsePart10(bytes);
        const sop = first(p.dict, "00080018");
        const file = path.join(dir, `${sop}.dcm`);
        fs.writeFileSync(file, bytes);
        out.set(sop, new Instance(file, p.meta, p.dict));
    }
    return out;
}

before(async () => {
    A = need("OC_A");
    B = need("OC_B");
    work = need("DW_WORK");
    const files = loadCorpus(need("OC_INPUT")).instances;
    assert.ok(files.length > 0, "files to push");
    const originals = new Set();
    for (const inst of files) {
        const r = await rest(A, "POST", "/instances", inst.bytes);
        originals.add(r.ParentStudy);
    }
    for (const id of originals) {
        const m = await rest(A, "POST", `/studies/${id}/modify`, { Replace: { StudyDescription: "pushed by Orthanc" } });
        await rest(A, "DELETE", `/studies/${id}`);
        const st = await rest(A, "GET", `/studies/${m.ID}`);
        pushed.push({ orthancId: m.ID, studyUid: st.MainDicomTags.StudyInstanceUID });
    }
});

describe("Orthanc 1.10 as a DICOMweb client of the server", () => {
    it("pushes the studies with STOW-RS (POST /dicom-web/servers/tessera/stow)", async () => {
        const res = await rest(A, "POST", "/dicom-web/servers/tessera/stow", {
            Resources: pushed.map((p) => p.orthancId), Synchronous: true,
        });
        const want = (await rest(A, "GET", "/instances")).length;
        assert.equal(Number(res.InstancesCount), want, `instances sent: ${JSON.stringify(res)}`);
    });

    it("finds them with QIDO-RS (POST /dicom-web/servers/tessera/qido)", async () => {
        for (const p of pushed) {
            const res = await rest(A, "POST", "/dicom-web/servers/tessera/qido", {
                Uri: "/studies", Arguments: { StudyInstanceUID: p.studyUid },
            });
            assert.equal(res.length, 1, `study ${p.studyUid}`);
            assert.equal(res[0]["0020000D"].Value, p.studyUid);
            const local = await rest(A, "GET", `/studies/${p.orthancId}`);
            const series = await rest(A, "POST", "/dicom-web/servers/tessera/qido", { Uri: `/studies/${p.studyUid}/series` });
            assert.equal(series.length, local.Series.length, `series of ${p.studyUid}`);
        }
    });

    it("reads series metadata through .../get", async () => {
        for (const p of pushed) {
            const local = await rest(A, "GET", `/studies/${p.orthancId}/series?expand`);
            for (const se of local) {
                const uid = se.MainDicomTags.SeriesInstanceUID;
                const md = await rest(A, "POST", "/dicom-web/servers/tessera/get", { Uri: `/studies/${p.studyUid}/series/${uid}/metadata` });
                const body = Buffer.isBuffer(md) ? JSON.parse(md.toString("utf8")) : md;
                assert.equal(body.length, se.Instances.length, `metadata of series ${uid}`);
            }
        }
    });

    it("pulls them into an empty Orthanc with WADO-RS (.../retrieve): same attributes, same pixels", async () => {
        const res = await rest(B, "POST", "/dicom-web/servers/tessera/retrieve", {
            Resources: pushed.map((p) => ({ Study: p.studyUid })), Synchronous: true,
        });
        const sent = await instancesOf(A, "pushed");
        assert.equal(Number(res.ReceivedInstancesCount), sent.size, `instances received: ${JSON.stringify(res)}`);
        const got = await instancesOf(B, "pulled");
        assert.deepEqual([...got.keys()].sort(), [...sent.keys()].sort(), "same SOP Instance UIDs");
        for (const [sop, want] of sent) {
            const have = got.get(sop);
            const a = normDataset(want.dict), b = normDataset(have.dict);
            const differ = [];
            for (const tag of new Set([...Object.keys(a), ...Object.keys(b)])) {
                if (a[tag] === "<binary>" || b[tag] === "<binary>") continue; // pixels compared below
                if (stableJson(a[tag] ?? null) !== stableJson(b[tag] ?? null)) {
                    differ.push(`${tag}: pushed ${stableJson(a[tag])} pulled ${stableJson(b[tag])}`);
                }
            }
            assert.deepEqual(differ, [], `attributes of ${sop}`);
            if (want.hasPixels) {
                const fa = want.eleFrames(work), fb = have.eleFrames(work);
                assert.equal(fb.length, fa.length, `frames of ${sop}`);
                for (let k = 0; k < fa.length; k++) assert.ok(fb[k].equals(fa[k]), `frame ${k + 1} of ${sop}`);
            }
        }
    });
});
