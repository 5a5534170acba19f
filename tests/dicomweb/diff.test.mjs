// diff.test.mjs - Tessera against Orthanc 1.10, side by side: both servers
// hold the same files (DW_INPUT); dicomweb-client asks both the same
// questions and the answers must agree, apart from the documented
// differences below (also in docs/dicomweb.md, "Real-client tests").
//
//   QIDO   same studies / series / instances; equal values of the default
//          return keys both servers return (PS3.18 table 6.7.1-2/2a/2b);
//   WADO   series metadata of every series: the same attributes, equal values;
//   frames every frame of every instance, Explicit VR Little Endian bytes equal.
//
// Environment: DW_TESSERA, DW_ORTHANC (the two DICOMweb roots), DW_INPUT, DW_WORK.

import assert from "node:assert/strict";
import { before, describe, it } from "node:test";

import { call, dwClient, env } from "./lib/common.mjs";
import { TS, flushedTinyFloats, loadCorpus, normDataset, normElement, stableJson } from "./lib/corpus.mjs";

// Documented differences (each with its reason); nothing else may differ.
//
// Metadata:
//  - 00080005 SpecificCharacterSet: DICOM JSON is UTF-8; Orthanc keeps the
//    file's declared set, a server may also say ISO_IR 192. Values are compared.
//  - binary values (OB/OW/OF/OD/OL/OV/UN, pixel data): a server chooses
//    BulkDataURI or InlineBinary and its own URI form; both are "<binary>"
//    here (their bytes are checked by client.test.mjs and the frames below).
//  - 7FE00010 of encapsulated (compressed) files: Orthanc 1.10 leaves it out.
//  - private elements of implicit-VR files: Tessera (like dcm2json) sends
//    them as UN with their bytes; Orthanc types them from its private
//    dictionary (LO, FL, ...). Skipped when exactly one side is binary
//    (PRIVATE_TYPED); client.test.mjs checks Tessera's bytes against the file.
//  - FL/FD values of magnitude below 1e-20 (denormals such as 1.4e-45 in GE
//    private elements): Orthanc 1.10 writes them as 0, Tessera keeps the
//    file's value (dcmtk's dcmdump agrees with Tessera) (TINY_FLOAT).
const METADATA_IGNORED = new Set(["00080005"]);

// QIDO: RetrieveURL (00081190) names each server's own root; compared as a path suffix.
const QIDO_KEYS = {
    study: ["00080020", "00080030", "00080050", "00080061", "00080090", "00100010", "00100020", "00100030",
        "00100040", "0020000D", "00200010", "00201206", "00201208"],
    series: ["00080060", "0008103E", "0020000E", "00200011", "00201209"],
    instance: ["00080016", "00080018", "00200013", "00280010", "00280011", "00280008"],
};

let corpus, tessera, orthanc;
const uidOf = (o, tag) => o[tag] && o[tag].Value && o[tag].Value[0];

before(() => {
    corpus = loadCorpus(env.input);
    tessera = dwClient(env.tessera);
    orthanc = dwClient(env.orthanc);
});

// Compare two QIDO result lists keyed by `key`: same keys, and for each
// attribute of `keys` that either server returns, equal values. Differences
// are appended to `differ`.
function compareQido(level, tRes, oRes, key, keys, differ) {
    const tm = new Map(tRes.map((x) => [uidOf(x, key), x])), om = new Map(oRes.map((x) => [uidOf(x, key), x]));
    const tk = [...tm.keys()].sort(), ok = [...om.keys()].sort();
    if (stableJson(tk) !== stableJson(ok)) { differ.push(`${level}: ${key} tessera ${tk} orthanc ${ok}`); return; }
    for (const [uid, t] of tm) {
        const o = om.get(uid);
        for (const tag of keys) {
            const a = normElement(t[tag]) ?? null, b = normElement(o[tag]) ?? null;
            const na = Array.isArray(a) && tag === "00080061" ? [...a].sort() : a;
            const nb = Array.isArray(b) && tag === "00080061" ? [...b].sort() : b;
            if (stableJson(na) !== stableJson(nb)) differ.push(`${level} ${uid} ${tag}: tessera ${stableJson(a)} orthanc ${stableJson(b)}`);
        }
        const tu = normElement(t["00081190"]), ou = normElement(o["00081190"]);
        const tail = (u) => (u && u[0] ? u[0].replace(/^.*?\/studies\//, "/studies/") : null);
        if (tail(tu) !== tail(ou)) differ.push(`${level} ${uid} RetrieveURL: tessera ${tu} orthanc ${ou}`);
    }
}

describe("Tessera and Orthanc give the same answers", () => {
    it("QIDO: studies, series of every study, instances of every series", async () => {
        const both = (fn, what) => Promise.all([call(`tessera ${what}`, fn(tessera)), call(`orthanc ${what}`, fn(orthanc))]);
        const differ = [];
        const [ts, os] = await both((c) => c.searchForStudies({ queryParams: { includefield: "00201206" } }), "studies");
        compareQido("study", ts, os, "0020000D", QIDO_KEYS.study, differ);
        for (const st of corpus.studies.values()) {
            const [tse, ose] = await both((c) => c.searchForSeries({ studyInstanceUID: st.uid, queryParams: { includefield: "00201209" } }), `series of ${st.uid}`);
            compareQido(`series of ${st.uid}`, tse, ose, "0020000E", QIDO_KEYS.series, differ);
            for (const se of st.series.keys()) {
                const [ti, oi] = await both((c) => c.searchForInstances({ studyInstanceUID: st.uid, seriesInstanceUID: se }), `instances of ${se}`);
                compareQido(`instances of ${se}`, ti, oi, "00080018", QIDO_KEYS.instance, differ);
            }
        }
        assert.deepEqual(differ, [], "QIDO differences");
    });

    it("WADO-RS series metadata of every series: same attributes, equal values", async () => {
        const differ = [];
        let compared = 0;
        for (const st of corpus.studies.values()) {
            for (const [se, insts] of st.series) {
                const [tm, om] = await Promise.all([
                    call(`tessera metadata ${se}`, tessera.retrieveSeriesMetadata({ studyInstanceUID: st.uid, seriesInstanceUID: se })),
                    call(`orthanc metadata ${se}`, orthanc.retrieveSeriesMetadata({ studyInstanceUID: st.uid, seriesInstanceUID: se })),
                ]);
                const tBy = new Map(tm.map((m) => [uidOf(m, "00080018"), m])), oBy = new Map(om.map((m) => [uidOf(m, "00080018"), m]));
                assert.deepEqual([...tBy.keys()].sort(), [...oBy.keys()].sort(), `instances in the metadata of ${se}`);
                for (const [sop, t] of tBy) {
                    const a = normDataset(t), b = normDataset(oBy.get(sop));
                    const encapsulated = ![TS.EXPLICIT, TS.IMPLICIT].includes(corpusTs(insts, sop));
                    for (const tag of new Set([...Object.keys(a), ...Object.keys(b)])) {
                        if (METADATA_IGNORED.has(tag)) continue;
                        if (tag === "7FE00010" && encapsulated && !(tag in b)) continue;
                        if (!(tag in a) || !(tag in b)) {
                            // an element without value may be left out (Annex F: "vr" only or absent)
                            if ((a[tag] ?? null) === null && (b[tag] ?? null) === null) continue;
                            differ.push(`${sop} ${tag}: only in ${tag in a ? "tessera" : "orthanc"} ${stableJson(a[tag] ?? b[tag]).slice(0, 80)}`);
                            continue;
                        }
                        const priv = parseInt(tag.slice(0, 4), 16) % 2 === 1;
                        if (priv && (a[tag] === "<binary>") !== (b[tag] === "<binary>")) continue; // see PRIVATE_TYPED
                        if (flushedTinyFloats(a[tag], b[tag])) continue; // see TINY_FLOAT
                        if (stableJson(a[tag]) !== stableJson(b[tag])) {
                            differ.push(`${sop} ${tag}: tessera ${stableJson(a[tag]).slice(0, 100)} orthanc ${stableJson(b[tag]).slice(0, 100)}`);
                        }
                    }
                    compared++;
                }
            }
        }
        assert.equal(compared, corpus.instances.length);
        assert.deepEqual(differ, [], "metadata differences");
    });

    it("frames: every frame of every instance, equal Explicit VR Little Endian bytes", async () => {
        const differ = [];
        let frames = 0;
        for (const inst of corpus.instances) {
            if (!inst.hasPixels) continue;
            const list = Array.from({ length: inst.frames }, (_, k) => k + 1);
            const q = { studyInstanceUID: inst.study, seriesInstanceUID: inst.series, sopInstanceUID: inst.sop, frameNumbers: list };
            const [tf, of] = await Promise.all([
                call(`tessera frames of ${inst.file}`, tessera.retrieveInstanceFrames(q)),
                call(`orthanc frames of ${inst.file}`, orthanc.retrieveInstanceFrames(q)),
            ]);
            if (tf.length !== of.length) { differ.push(`${inst.file}: ${tf.length} parts vs ${of.length}`); continue; }
            for (let k = 0; k < tf.length; k++) {
                if (!Buffer.from(tf[k]).equals(Buffer.from(of[k]))) differ.push(`${inst.file} frame ${k + 1}`);
                frames++;
            }
        }
        assert.deepEqual(differ, [], "frames that differ");
        assert.ok(frames >= corpus.instances.length, `${frames} frames compared`);
    });
});

function corpusTs(insts, sop) {
    const i = insts.find((x) => x.sop === sop);
    return i ? i.ts : undefined;
}
