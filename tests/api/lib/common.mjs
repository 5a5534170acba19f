// common.mjs - what every API test file shares: the environment run.sh sets,
// the SDK client, polling, stream reading, raw signed requests, the tessera
// CLI (to compare the API's bytes with the stored bytes) and the DICOM oracle
// (dcmdump reads the input files: the expectations never come from Tessera).
//
// Environment (set by tests/api/run.sh):
//   TESSERA_ENDPOINT            http://127.0.0.1:PORT
//   TESSERA_ACCESS_KEY_ID       the credentials the server was started with
//   TESSERA_SECRET_ACCESS_KEY
//   TESSERA_INPUT               read-only DICOM input: volume/ (one MR series),
//                               study/ (pydicom dicomdirtests: 2 patients, 11 series)
//   TESSERA_WORK                a scratch directory the tests may write to
//   TESSERA_BIN                 the tessera binary the server runs
//   TESSERA_DATA                the server's data directory (the CLI reads it too)

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

import {
    MedicalImagingClient, CreateDatastoreCommand, GetDatastoreCommand, StartDICOMImportJobCommand,
    GetDICOMImportJobCommand, GetImageSetCommand,
} from "@aws-sdk/client-medical-imaging";

import { sign } from "./sigv4.mjs";

function need(name) {
    const v = process.env[name];
    if (!v) throw new Error(`${name} is not set: run the API tests with tests/api/run.sh BUILD/tessera`);
    return v;
}

export const env = {
    get endpoint() { return need("TESSERA_ENDPOINT"); },
    get accessKeyId() { return need("TESSERA_ACCESS_KEY_ID"); },
    get secretAccessKey() { return need("TESSERA_SECRET_ACCESS_KEY"); },
    get input() { return need("TESSERA_INPUT"); },
    get work() { return need("TESSERA_WORK"); },
    get bin() { return need("TESSERA_BIN"); },
    get data() { return need("TESSERA_DATA"); },
};

export const REGION = "us-east-1";
export const ROLE_ARN = "arn:aws:iam::123456789012:role/ImportRole";
export const POLL_TIMEOUT_MS = 300_000; // generous: CI runs the ASan build

// ahi-api.md 1.3
export const ID_RE = /^[0-9a-z]{32}$/;
export const JOB_ID_RE = /^[0-9a-z]{1,32}$/;
export const ARN_RE = /^arn:aws((-us-gov)|(-iso)|(-iso-b)|(-cn))?:medical-imaging:[a-z0-9-]+:[0-9]{12}:datastore\/[0-9a-z]{32}(\/imageset\/[0-9a-z]{32})?$/;

// The SDK client as a user would build it for a self-hosted endpoint: the
// runtime operations' "runtime-" host prefix is switched off (ahi-api.md 1.1).
// One attempt only: a retried request would hide a server error.
export function client(overrides = {}) {
    return new MedicalImagingClient({
        region: REGION,
        endpoint: env.endpoint,
        credentials: { accessKeyId: env.accessKeyId, secretAccessKey: env.secretAccessKey },
        disableHostPrefix: true,
        maxAttempts: 1,
        ...overrides,
    });
}

export function unique(prefix) {
    return `${prefix}-${randomBytes(4).toString("hex")}`;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Call fn until done(result) holds; the last result is returned. Throws with
// `what` and the last result after timeoutMs.
export async function waitFor(what, fn, done, timeoutMs = POLL_TIMEOUT_MS) {
    const end = Date.now() + timeoutMs;
    let last;
    for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
        last = await fn();
        if (done(last)) return last;
        if (Date.now() > end) {
            throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
        }
        await sleep(delay);
    }
}

// Expect an SDK call to fail with the named modeled error and HTTP status.
export async function rejectsWith(promise, name, status) {
    let err;
    try {
        await promise;
    } catch (e) {
        err = e;
    }
    assert.ok(err, `expected ${name}, but the call succeeded`);
    assert.equal(err.name, name, `expected ${name}, got ${err.name}: ${err.message}`);
    if (status !== undefined) assert.equal(err.$metadata?.httpStatusCode, status, `HTTP status of ${name}`);
    assert.equal(typeof err.message, "string");
    assert.ok(err.message.length > 0, "error message is not empty");
    return err;
}

// The bytes of a streaming SDK output member (GetImageFrame, GetImageSetMetadata).
export async function bodyBytes(stream) {
    return Buffer.from(await stream.transformToByteArray());
}

export function gunzipJson(buf) {
    return JSON.parse(gunzipSync(buf).toString("utf8"));
}

export function isDate(v) {
    return v instanceof Date && !Number.isNaN(v.getTime());
}

// A Date within `slackMs` of [from, to].
export function assertDateWithin(v, from, to, what, slackMs = 5000) {
    assert.ok(isDate(v), `${what} is a Date (got ${v})`);
    assert.ok(v.getTime() >= from.getTime() - slackMs && v.getTime() <= to.getTime() + slackMs,
        `${what} ${v.toISOString()} within [${from.toISOString()}, ${to.toISOString()}]`);
}

export const fileUri = (dir) => {
    const u = pathToFileURL(dir).href;
    return u.endsWith("/") ? u : u + "/";
};
export const uriPath = (uri) => fileURLToPath(uri);

// ------------------------------------------------------------------ raw HTTP

/*
 * A request signed by hand (sigv4.mjs), sent with fetch. opts: method, path
 * (percent-encoded as sent), query, headers, body, plus any sign() option
 * (secretAccessKey, date, payloadHash, ...) to forge. After signing,
 * `sendBody`, `sendPath`, `sendQuery` replace what is sent (tampering),
 * `setHeaders` overrides or adds headers, `dropHeaders` removes some, and
 * `makeBody(signed)` builds the body from the signature (aws-chunked).
 * Returns { status, headers, body: Buffer, json(), signed }.
 */
export async function rawRequest(opts) {
    const url = new URL(env.endpoint);
    const signed = sign({
        accessKeyId: env.accessKeyId, secretAccessKey: env.secretAccessKey, region: REGION,
        host: url.host, ...opts,
    });
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(opts.sendQuery ?? opts.query ?? {})) {
        for (const x of Array.isArray(v) ? v : [v]) qs.append(k, String(x));
    }
    const target = `${url.origin}${opts.sendPath ?? opts.path}${qs.size ? "?" + qs.toString().replace(/\+/g, "%20") : ""}`;
    const headers = { ...signed.headers, ...(opts.setHeaders ?? {}) };
    delete headers.host; // fetch sets it from the URL (the same value)
    for (const n of opts.dropHeaders ?? []) delete headers[n];
    const body = opts.makeBody ? opts.makeBody(signed) : opts.sendBody !== undefined ? opts.sendBody : opts.body;
    const res = await fetch(target, { method: opts.method, headers, body: body ?? undefined });
    const buf = Buffer.from(await res.arrayBuffer());
    return {
        status: res.status,
        headers: res.headers,
        body: buf,
        json: () => JSON.parse(buf.toString("utf8")),
        signed,
    };
}

// The restJson1 error envelope (ahi-api.md 1.2): X-Amzn-ErrorType names the
// shape, the body is {"message": ...} (optionally "__type"), nothing else.
export function assertErrorEnvelope(res, shape, status) {
    assert.equal(res.status, status, `HTTP status for ${shape}: ${res.body.toString()}`);
    const type = res.headers.get("x-amzn-errortype") ?? "";
    assert.ok(type.split(":")[0] === shape, `X-Amzn-ErrorType "${type}" names ${shape}`);
    assert.match(res.headers.get("content-type") ?? "", /^application\/json/);
    const body = res.json();
    assert.equal(typeof body.message, "string");
    assert.ok(body.message.length > 0);
    for (const k of Object.keys(body)) {
        assert.ok(k === "message" || k === "__type", `error body member ${k}`);
    }
    return body;
}

// ------------------------------------------------------------------ set-up

export async function createActiveDatastore(c, name) {
    const r = await c.send(new CreateDatastoreCommand({ datastoreName: name, clientToken: unique("tok") }));
    assert.match(r.datastoreId, ID_RE);
    await waitFor(`datastore ${r.datastoreId} ACTIVE`,
        () => c.send(new GetDatastoreCommand({ datastoreId: r.datastoreId })),
        (g) => g.datastoreProperties.datastoreStatus === "ACTIVE");
    return r.datastoreId;
}

// Copy the given input trees (relative to TESSERA_INPUT, or absolute) into a
// fresh directory under TESSERA_WORK; returns its absolute path.
export function stageInput(name, sources) {
    const dir = path.join(env.work, unique(name));
    fs.mkdirSync(dir, { recursive: true });
    for (const s of sources) {
        const src = path.isAbsolute(s) ? s : path.join(env.input, s);
        fs.cpSync(src, path.join(dir, path.basename(src)), { recursive: true });
    }
    return dir;
}

export async function startImport(c, datastoreId, inputDir, opts = {}) {
    const out = opts.outputDir ?? path.join(env.work, unique("out"));
    fs.mkdirSync(out, { recursive: true });
    const input = {
        datastoreId,
        jobName: opts.jobName ?? unique("job"),
        inputS3Uri: fileUri(inputDir),
        outputS3Uri: fileUri(out),
        dataAccessRoleArn: ROLE_ARN,
        clientToken: opts.clientToken ?? unique("tok"),
    };
    const r = await c.send(new StartDICOMImportJobCommand(input));
    return { input, response: r, outputDir: out };
}

export async function waitJob(c, datastoreId, jobId) {
    const r = await waitFor(`import job ${jobId}`,
        () => c.send(new GetDICOMImportJobCommand({ datastoreId, jobId })),
        (g) => g.jobProperties.jobStatus === "COMPLETED" || g.jobProperties.jobStatus === "FAILED");
    assert.equal(r.jobProperties.jobStatus, "COMPLETED", `job ${jobId}: ${r.jobProperties.message ?? ""}`);
    return r.jobProperties;
}

// Import a directory and wait for the job; returns the job properties.
export async function importDir(c, datastoreId, inputDir) {
    const { response } = await startImport(c, datastoreId, inputDir);
    return waitJob(c, datastoreId, response.jobId);
}

export async function waitImageSetActive(c, datastoreId, imageSetId) {
    return waitFor(`image set ${imageSetId} ACTIVE`,
        () => c.send(new GetImageSetCommand({ datastoreId, imageSetId })),
        (g) => g.imageSetState === "ACTIVE");
}

// ------------------------------------------------------------------ oracle

export function listFiles(dir) {
    const out = [];
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) out.push(...listFiles(p));
        else if (e.isFile()) out.push(p);
    }
    return out.sort();
}

const ORACLE_TAGS = {
    "0008,0018": "sop", "0020,000d": "study", "0020,000e": "series", "0010,0020": "patientId",
    "0010,0010": "patientName", "0008,0020": "studyDate", "0008,0030": "studyTime",
    "0028,0010": "rows", "0028,0011": "columns",
};

/*
 * What dcmdump (DCMTK) reads in each file: { file, sop, study, series,
 * patientId, patientName, studyDate, studyTime, rows, columns }. Files dcmdump
 * cannot read, or without a SOP Instance UID, are left out.
 */
export function dicomOracle(files) {
    const out = [];
    for (let i = 0; i < files.length; i += 50) {
        const batch = files.slice(i, i + 50);
        const args = ["-q", "-Un", "-M", "+F"];
        for (const t of Object.keys(ORACLE_TAGS)) args.push("+P", t);
        let text;
        try {
            text = execFileSync("dcmdump", [...args, ...batch], { encoding: "utf8", maxBuffer: 64 << 20 });
        } catch (e) {
            text = e.stdout ?? ""; // unreadable files: dcmdump exits 1, the others are printed
        }
        let cur = null;
        for (const line of text.split("\n")) {
            const head = line.match(/^# dcmdump \(\d+\/\d+\): (.*)$/);
            if (head) {
                cur = { file: head[1] };
                out.push(cur);
                continue;
            }
            const m = line.match(/^\(([0-9a-f]{4},[0-9a-f]{4})\) \w\w (?:\[(.*?)\]|(-?[\d.]+)|\(no value available\))/);
            if (!cur || !m) continue;
            const key = ORACLE_TAGS[m[1]];
            if (key && !(key in cur)) {
                cur[key] = m[2] !== undefined ? m[2] : m[3] !== undefined ? Number(m[3]) : null;
            }
        }
    }
    return out.filter((r) => r.sop);
}

// Group oracle records: Map seriesUID -> records.
export function bySeries(records) {
    const m = new Map();
    for (const r of records) {
        if (!m.has(r.series)) m.set(r.series, []);
        m.get(r.series).push(r);
    }
    return m;
}

// ------------------------------------------------------------------ tessera CLI

// The stored bytes of a frame, as `tessera imagesets frame` reads them from
// the server's data directory (SQLite WAL lets it read while the server runs).
export function cliFrame(datastoreId, imageSetId, frameId) {
    const out = path.join(env.work, unique("frame") + ".j2c");
    execFileSync(env.bin, ["imagesets", "frame", imageSetId, frameId, out, "--data", env.data,
        "--datastore", datastoreId], { stdio: ["ignore", "ignore", "pipe"] });
    const b = fs.readFileSync(out);
    fs.rmSync(out);
    return b;
}

// The stored gzip metadata document of an image set (latest or a version).
export function cliMetadataGzip(datastoreId, imageSetId, version) {
    const args = ["imagesets", "metadata", imageSetId, "--gzip", "--data", env.data, "--datastore", datastoreId];
    if (version) args.push("--version", String(version));
    return execFileSync(env.bin, args, { maxBuffer: 256 << 20, stdio: ["ignore", "pipe", "pipe"] });
}

// Every frame of a metadata document: [{ series, sop, index, frame }].
export function framesOf(doc) {
    const out = [];
    for (const [series, s] of Object.entries(doc.Study?.Series ?? {})) {
        for (const [sop, inst] of Object.entries(s.Instances ?? {})) {
            (inst.ImageFrames ?? []).forEach((frame, index) => out.push({ series, sop, index, frame, inst }));
        }
    }
    return out;
}
