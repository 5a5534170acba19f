// corpus.mjs - the expectations of the DICOMweb client tests, read from the
// DICOM files themselves (never from a server): every Part 10 file under the
// input directory parsed with dcmjs, grouped into studies and series, with
// each instance's frames decoded to Explicit VR Little Endian bytes (native
// files are split as they are; compressed ones are first decoded by GDCM's
// `gdcmconv --raw`, a decoder independent of Tessera's).
//
// Also here: the normal form used to compare DICOM JSON values (PS3.18
// Annex F) between a file, Tessera and Orthanc, and the HTJ2K oracle
// (OpenJPH's ojph_expand) for frames fetched in their stored encoding.

import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);
export const dcmjs = require("dcmjs");

// dcmjs warns on stderr for every unknown VR of a private tag; keep the
// test output readable.
dcmjs.log.setLevel("error");

export const TS = {
    IMPLICIT: "1.2.840.10008.1.2",
    EXPLICIT: "1.2.840.10008.1.2.1",
    BIG: "1.2.840.10008.1.2.2",
    RLE: "1.2.840.10008.1.2.5",
    HTJ2K_LOSSLESS: "1.2.840.10008.1.2.4.201",
    HTJ2K_RPCL: "1.2.840.10008.1.2.4.202",
    HTJ2K: "1.2.840.10008.1.2.4.203",
};
const NATIVE = new Set([TS.IMPLICIT, TS.EXPLICIT]);
const HTJ2K_TS = new Set([TS.HTJ2K_LOSSLESS, TS.HTJ2K_RPCL, TS.HTJ2K]);
const BULK_VRS = new Set(["OB", "OD", "OF", "OL", "OV", "OW", "UN"]);

export function toArrayBuffer(buf) {
    return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

// Parse Part 10 bytes (Buffer or ArrayBuffer) with dcmjs: {meta, dict}.
export function parsePart10(bytes) {
    const ab = bytes instanceof ArrayBuffer ? bytes : toArrayBuffer(bytes);
    const m = dcmjs.data.DicomMessage.readFile(ab, { ignoreErrors: true });
    return { meta: m.meta, dict: m.dict };
}

export function first(dict, tag) {
    const e = dict[tag];
    return e && Array.isArray(e.Value) && e.Value.length ? e.Value[0] : undefined;
}

function* walk(dir) {
    for (const ent of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const p = path.join(dir, ent.name);
        if (ent.isDirectory()) yield* walk(p);
        else if (ent.isFile()) yield p;
    }
}

function isPart10(p) {
    const fd = fs.openSync(p, "r");
    try {
        const b = Buffer.alloc(132);
        return fs.readSync(fd, b, 0, 132, 0) === 132 && b.toString("latin1", 128, 132) === "DICM";
    } finally {
        fs.closeSync(fd);
    }
}

// One DICOM instance of the input.
export class Instance {
    constructor(file, meta, dict) {
        this.file = file;
        this.meta = meta;
        this.dict = dict;
        this.ts = first(meta, "00020010");
        this.study = first(dict, "0020000D");
        this.series = first(dict, "0020000E");
        this.sop = first(dict, "00080018");
        this.sopClass = first(dict, "00080016");
        this.rows = first(dict, "00280010");
        this.columns = first(dict, "00280011");
        this.frames = Number(first(dict, "00280008") ?? 1);
        this.hasPixels = !!dict["7FE00010"];
        this._ele = null;
    }

    get bytes() { return fs.readFileSync(this.file); }

    // Size in bytes of one native frame (bit-packed 1-bit frames excluded).
    get frameSize() {
        const spp = first(this.dict, "00280002") ?? 1;
        const ba = first(this.dict, "00280100");
        return this.rows * this.columns * spp * (ba / 8);
    }

    // The frames as Explicit VR Little Endian bytes (Buffer[]), decoded once.
    eleFrames(workDir) {
        if (this._ele) return this._ele;
        if (!this.hasPixels) throw new Error(`${this.file} has no pixel data`);
        let dict = this.dict;
        if (HTJ2K_TS.has(this.ts)) {
            // GDCM 3.0 knows no HTJ2K: OpenJPH decodes each frame's codestream
            this._ele = this.encapsulatedFrames().map((f) => decodeHtj2k(f, workDir));
            return this._ele;
        }
        if (!NATIVE.has(this.ts)) {
            if (this.ts === TS.BIG) throw new Error(`${this.file}: big endian input is not handled here`);
            const out = path.join(workDir || os.tmpdir(), `raw-${this.sop}.dcm`);
            execFileSync("gdcmconv", ["--raw", this.file, out]);
            dict = parsePart10(fs.readFileSync(out)).dict;
            fs.rmSync(out, { force: true });
        }
        const pd = Buffer.from(dict["7FE00010"].Value[0]);
        const n = this.frameSize;
        if (pd.length < n * this.frames) throw new Error(`${this.file}: pixel data shorter than ${this.frames} frames`);
        this._ele = [];
        for (let i = 0; i < this.frames; i++) this._ele.push(pd.subarray(i * n, (i + 1) * n));
        return this._ele;
    }
}

Instance.prototype.encapsulatedFrames = function encapsulatedFrames() {
    // dcmjs gives encapsulated pixel data as one buffer per frame when it can
    // tell the frames apart, else as the fragments; a single frame may span
    // several fragments
    const v = this.dict["7FE00010"].Value.map((b) => Buffer.from(b));
    if (v.length === this.frames) return v;
    if (this.frames === 1) return [Buffer.concat(v)];
    throw new Error(`${this.file}: ${v.length} fragments for ${this.frames} frames`);
};

// All Part 10 files under the given directories, grouped:
//   corpus.instances   Instance[] (file order)
//   corpus.studies     Map studyUID -> {uid, series: Map seriesUID -> Instance[], instances: Instance[]}
//   corpus.bySop       Map sopUID -> Instance
export function loadCorpus(dirs) {
    const corpus = { instances: [], studies: new Map(), bySop: new Map(), series: new Map() };
    for (const dir of [].concat(dirs)) {
        for (const file of walk(dir)) {
            if (!isPart10(file)) continue;
            const { meta, dict } = parsePart10(fs.readFileSync(file));
            const inst = new Instance(file, meta, dict);
            if (!inst.study || !inst.series || !inst.sop) continue;
            corpus.instances.push(inst);
            corpus.bySop.set(inst.sop, inst);
            let st = corpus.studies.get(inst.study);
            if (!st) corpus.studies.set(inst.study, st = { uid: inst.study, series: new Map(), instances: [] });
            st.instances.push(inst);
            let se = st.series.get(inst.series);
            if (!se) st.series.set(inst.series, se = []);
            se.push(inst);
            corpus.series.set(inst.series, se);
        }
    }
    return corpus;
}

// ---- DICOM JSON normal form ------------------------------------------------------------------

function normString(vr, s) {
    if (s === null || s === undefined) return null;
    if (vr === "PN") {
        if (typeof s === "object") s = s.Alphabetic ?? "";
        // trailing empty components carry no meaning ("Doe^John^^^" == "Doe^John")
        return String(s).trim().replace(/\^+$/, "");
    }
    if (["DS", "IS", "FL", "FD", "SS", "US", "SL", "UL", "SV", "UV"].includes(vr)) {
        let v = typeof s === "number" ? s : Number(String(s).trim());
        if (Number.isNaN(v)) return String(s).trim();
        // an FL is a float32: "3.1" (shortest form) and 3.0999999046325684 (the
        // float32 widened to double) are the same value
        if (vr === "FL") v = Math.fround(v);
        return v;
    }
    if (vr === "UI") return String(s).replace(/\0+$/, "").trim();
    if (vr === "AT") return typeof s === "number" ? s.toString(16).toUpperCase().padStart(8, "0") : String(s).toUpperCase();
    return String(s).replace(/\0+$/, "").trim();
}

// A comparable form of one element: null for "no value", an array of values,
// a list of normalised items for SQ; binary elements become "<binary>"
// (their bytes are compared separately, through bulk data or frames).
export function normElement(el) {
    if (!el) return undefined;
    const vr = el.vr;
    if (BULK_VRS.has(vr) || el.BulkDataURI !== undefined || el.InlineBinary !== undefined) return "<binary>";
    if (vr === "SQ") {
        if (!Array.isArray(el.Value) || el.Value.length === 0) return null;
        return el.Value.map((item) => normDataset(item || {}));
    }
    if (!Array.isArray(el.Value) || el.Value.length === 0) return null;
    const vals = el.Value.map((v) => normString(vr, v));
    if (vals.every((v) => v === "" || v === null)) return null;
    return vals;
}

// Normal form of a dataset: {TAG: normElement}, without group lengths and
// file meta (group 0002).
export function normDataset(ds, { skipPrivate = false } = {}) {
    const out = {};
    for (const [tag, el] of Object.entries(ds)) {
        const t = tag.toUpperCase();
        if (!/^[0-9A-F]{8}$/.test(t)) continue;
        if (t.endsWith("0000") || t.startsWith("0002")) continue;
        if (skipPrivate && parseInt(t.slice(0, 4), 16) % 2 === 1) continue;
        out[t] = normElement(el);
    }
    return out;
}

export const stableJson = (v) => JSON.stringify(v, (k, x) =>
    x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x);

// The value list of a tag in a DICOM JSON object, normalised (undefined if absent).
export function jsonValue(obj, tag) {
    return normElement(obj[tag]);
}

// ---- frames ----------------------------------------------------------------------------------

// True if the bytes start like a JPEG 2000 codestream (SOC then SIZ marker).
export function isJ2kCodestream(b) {
    return b.length > 4 && b[0] === 0xff && b[1] === 0x4f && b[2] === 0xff && b[3] === 0x51;
}

// Decode one HTJ2K / J2K codestream with OpenJPH's ojph_expand into raw
// little-endian samples (what an Explicit VR Little Endian frame holds).
export function decodeHtj2k(bytes, workDir) {
    const tag = randomBytes(6).toString("hex");
    const inp = path.join(workDir || os.tmpdir(), `f-${tag}.j2c`);
    const out = path.join(workDir || os.tmpdir(), `f-${tag}.raw`);
    fs.writeFileSync(inp, Buffer.from(bytes));
    try {
        execFileSync("ojph_expand", ["-i", inp, "-o", out], { stdio: ["ignore", "ignore", "pipe"] });
        return fs.readFileSync(out);
    } finally {
        fs.rmSync(inp, { force: true });
        fs.rmSync(out, { force: true });
    }
}

// A fresh UID under 2.25 (a UUID as a decimal integer).
export function newUid() {
    return "2.25." + BigInt("0x" + randomBytes(16).toString("hex")).toString();
}

// Orthanc 1.10 writes FL/FD values of magnitude below about 1e-20 (the
// denormals in GE private elements, 1.4e-45) as 0. True when `got` equals
// `want` but for such values flushed to 0 (both normalised value lists).
export function flushedTinyFloats(want, got) {
    if (!Array.isArray(want) || !Array.isArray(got) || want.length !== got.length) return false;
    let flushed = false;
    for (let i = 0; i < want.length; i++) {
        if (want[i] === got[i]) continue;
        if (typeof want[i] === "number" && got[i] === 0 && Math.abs(want[i]) < 1e-20) { flushed = true; continue; }
        return false;
    }
    return flushed;
}
