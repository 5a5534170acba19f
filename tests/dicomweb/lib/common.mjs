// common.mjs - what the DICOMweb client test files share: the environment
// run.sh sets, the dicomweb-client instance (npm 0.11.3, in Node through
// xhr2, as its README tells), target-dependent test registration, image
// helpers (PNG via pngjs, JPEG header reading).
//
// Environment (set by tests/dicomweb/run.sh):
//   DW_TARGET   "tessera" or "orthanc": the server under test in client.test.mjs
//   DW_ROOT     its DICOMweb root, e.g. http://127.0.0.1:PORT/dicomweb (no trailing slash)
//   DW_INPUT    the directory of DICOM files loaded into every server before the tests
//   DW_WORK     a scratch directory the tests may write to
//   DW_TESSERA  the Tessera DICOMweb root (differential and Orthanc-client tests)
//   DW_ORTHANC  the Orthanc DICOMweb root (differential test)

import { createRequire } from "node:module";
import { it } from "node:test";
import { PNG } from "pngjs";

const require = createRequire(import.meta.url);
global.XMLHttpRequest = require("xhr2");
const { api } = require("dicomweb-client");

function need(name) {
    const v = process.env[name];
    if (!v) throw new Error(`${name} is not set: run these tests with tests/dicomweb/run.sh BUILD/tessera`);
    return v;
}

export const env = {
    get target() { return need("DW_TARGET"); },
    get root() { return need("DW_ROOT"); },
    get input() { return need("DW_INPUT"); },
    get work() { return need("DW_WORK"); },
    get tessera() { return need("DW_TESSERA"); },
    get orthanc() { return need("DW_ORTHANC"); },
};

// A dicomweb-client as an application builds it; errors stay quiet (the
// tests report them) unless DW_VERBOSE=1.
export function dwClient(url, extra = {}) {
    return new api.DICOMwebClient({ url, verbose: process.env.DW_VERBOSE === "1", ...extra });
}

// `it` for checks of features only some targets have (for example HTJ2K,
// unknown to Orthanc 1.10): the test is registered for those targets only,
// never registered-and-skipped, so every reported test really ran.
export function itFor(targets, name, fn) {
    if (targets.includes(env.target)) it(`${name} [${targets.join(",")} only]`, fn);
}

// A failed dicomweb-client request as one readable line.
export function describeError(e) {
    if (e && e.status !== undefined) {
        let body = e.response;
        if (body instanceof ArrayBuffer) body = Buffer.from(body).toString("latin1");
        else if (body && typeof body === "object") body = JSON.stringify(body);
        return `HTTP ${e.status} ${String(body ?? "").slice(0, 300)}`;
    }
    return String(e && e.stack ? e.stack : e);
}

// Await a client call; on an HTTP error throw with status and body.
export async function call(what, promise) {
    try {
        return await promise;
    } catch (e) {
        throw new Error(`${what}: ${describeError(e)}`);
    }
}

// dicomweb-client hands single-part image answers back as [ArrayBuffer]
// (multipart ones as ArrayBuffer[]): the one body, whatever the form.
export function onlyBody(res) {
    if (Array.isArray(res)) {
        if (res.length !== 1) throw new Error(`expected one body, got ${res.length} parts`);
        return Buffer.from(res[0]);
    }
    return Buffer.from(res);
}

export function decodePng(res) {
    return PNG.sync.read(onlyBody(res));
}

// Width and height from a baseline/progressive JPEG's SOF segment.
export function jpegSize(res) {
    const b = onlyBody(res);
    if (b[0] !== 0xff || b[1] !== 0xd8) throw new Error("not a JPEG (no SOI)");
    let i = 2;
    while (i + 9 < b.length) {
        if (b[i] !== 0xff) throw new Error(`JPEG: no marker at ${i}`);
        const m = b[i + 1];
        const len = b.readUInt16BE(i + 2);
        if (m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc) {
            return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
        }
        i += 2 + len;
    }
    throw new Error("JPEG: no SOF");
}

// Gray levels of a decoded PNG (the mean of RGB), one number per pixel.
export function grayOf(png) {
    const n = png.width * png.height;
    const g = new Float64Array(n);
    for (let i = 0; i < n; i++) g[i] = (png.data[4 * i] + png.data[4 * i + 1] + png.data[4 * i + 2]) / 3;
    return g;
}

export function stats(values) {
    let sum = 0, sq = 0, min = Infinity, max = -Infinity;
    for (const v of values) { sum += v; sq += v * v; if (v < min) min = v; if (v > max) max = v; }
    const mean = sum / values.length;
    return { mean, std: Math.sqrt(Math.max(0, sq / values.length - mean * mean)), min, max };
}

export function correlation(a, b) {
    if (a.length !== b.length) throw new Error(`correlation of ${a.length} and ${b.length} values`);
    const sa = stats(a), sb = stats(b);
    let c = 0;
    for (let i = 0; i < a.length; i++) c += (a[i] - sa.mean) * (b[i] - sb.mean);
    return c / a.length / (sa.std * sb.std);
}

// Stored pixel values of an ELE frame (Buffer) as numbers.
export function samples(frame, bitsAllocated, signed) {
    const n = frame.length / (bitsAllocated / 8);
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        if (bitsAllocated === 8) out[i] = signed ? frame.readInt8(i) : frame[i];
        else out[i] = signed ? frame.readInt16LE(2 * i) : frame.readUInt16LE(2 * i);
    }
    return out;
}
