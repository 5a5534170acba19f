// auth.test.mjs - SigV4 as the server checks it (ahi-api.md 9.1, 13.2) and
// the restJson1 error envelope (1.2). Requests are signed by hand
// (lib/sigv4.mjs, itself checked in signer.test.mjs) so they can be forged:
// a wrong secret, an unknown key, a body / query / path changed after signing,
// a stale or future x-amz-date, a wrong service in the scope, no signature;
// and the accepted variants: UNSIGNED-PAYLOAD, x-amz-security-token,
// aws-chunked STREAMING-AWS4-HMAC-SHA256-PAYLOAD bodies (every chunk signature
// verified: a replayed, dropped or altered chunk is refused), any Host header.
// Every positive control uses the same request shape as the negative next to
// it, so a refusal can only come from what was forged.

import { describe, it, before } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import path from "node:path";

import { GetDatastoreCommand } from "@aws-sdk/client-medical-imaging";

import {
    client, env, unique, rejectsWith, createActiveDatastore, stageInput, importDir, rawRequest,
    assertErrorEnvelope, REGION,
} from "./lib/common.mjs";
import { sign, awsChunked, encodeChunk, STREAMING_PAYLOAD, UNSIGNED_PAYLOAD, sha256Hex } from "./lib/sigv4.mjs";

const c = client();
let ds, patientId;

before(async () => {
    ds = await createActiveDatastore(c, unique("api-auth"));
    await importDir(c, ds, stageInput("auth-in", [path.join("volume", "brain_001.dcm")]));
    patientId = "123565"; // brain_001.dcm (0010,0020), checked by the first search below
});

const getDs = (extra = {}) => rawRequest({ method: "GET", path: `/datastore/${ds}`, ...extra });
const searchBody = (pid) => JSON.stringify({ filters: [{ operator: "EQUAL", values: [{ DICOMPatientId: pid }] }] });
const search = (extra = {}) => rawRequest({ method: "POST", path: `/datastore/${ds}/searchImageSets`,
    headers: { "content-type": "application/json" }, body: searchBody(patientId), ...extra });

// A refusal: 403 AccessDeniedException that says nothing about the expected
// signature, the canonical request, the string to sign or the secret.
function assertDenied(res, correct) {
    const body = assertErrorEnvelope(res, "AccessDeniedException", 403);
    const text = res.body.toString();
    assert.ok(!text.includes(env.secretAccessKey), "the secret is not in the answer");
    if (correct) {
        assert.ok(!text.includes(correct.signature), "the expected signature is not in the answer");
        assert.ok(!text.includes(correct.stringToSign.split("\n").at(-1)), "nor the canonical request hash");
        assert.ok(!text.includes("AWS4-HMAC-SHA256\n"), "nor the string to sign");
    }
    return body;
}

describe("header-signed requests", () => {
    it("positive control: a correctly signed GET and POST", async () => {
        const g = await getDs();
        assert.equal(g.status, 200, g.body.toString());
        assert.equal(g.json().datastoreProperties.datastoreId, ds);
        const s = await search();
        assert.equal(s.status, 200, s.body.toString());
        assert.equal(s.json().imageSetsMetadataSummaries.length, 1, "brain_001.dcm's patient");
        assert.ok(g.headers.get("x-amzn-requestid"), "x-amzn-RequestId on a success");
    });

    it("a wrong secret: 403 AccessDeniedException that leaks nothing", async () => {
        const date = new Date();
        const good = await getDs({ date });
        assert.equal(good.status, 200);
        const res = await getDs({ date, secretAccessKey: env.secretAccessKey + "x" });
        assertDenied(res, good.signed);
        assert.ok(res.headers.get("x-amzn-requestid"), "x-amzn-RequestId on an error");
    });

    it("the SDK with a wrong secret gets AccessDeniedException (403)", async () => {
        const bad = client({ credentials: { accessKeyId: env.accessKeyId, secretAccessKey: "wrong-secret" } });
        await rejectsWith(bad.send(new GetDatastoreCommand({ datastoreId: ds })), "AccessDeniedException", 403);
    });

    it("an unknown access key: 403 AccessDeniedException", async () => {
        assertDenied(await getDs({ accessKeyId: "AKIDUNKNOWN0000000000" }));
    });

    it("a body changed after signing: 403", async () => {
        const other = searchBody("999999");
        assert.equal(other.length, searchBody(patientId).length, "same length: only the bytes differ");
        assertDenied(await search({ sendBody: other }));
    });

    it("a body changed after signing with a matching x-amz-content-sha256: 403", async () => {
        const other = searchBody("999999");
        assertDenied(await search({ sendBody: other, setHeaders: { "x-amz-content-sha256": sha256Hex(other) } }));
    });

    it("a query changed after signing: 403", async () => {
        const ok = await search({ query: { maxResults: "5" } });
        assert.equal(ok.status, 200);
        assertDenied(await search({ query: { maxResults: "5" }, sendQuery: { maxResults: "6" } }));
    });

    it("a path changed after signing: 403, before any routing", async () => {
        assertDenied(await getDs({ sendPath: `/datastore/${"0".repeat(32)}` }));
    });

    it("x-amz-date 10 minutes old is accepted (15 minutes of skew)", async () => {
        const r = await getDs({ date: new Date(Date.now() - 10 * 60e3) });
        assert.equal(r.status, 200, r.body.toString());
    });

    it("x-amz-date 20 minutes old: 403", async () => {
        assertDenied(await getDs({ date: new Date(Date.now() - 20 * 60e3) }));
    });

    it("x-amz-date 20 minutes in the future: 403", async () => {
        assertDenied(await getDs({ date: new Date(Date.now() + 20 * 60e3) }));
    });

    it("a signature for another service (s3): 403", async () => {
        assertDenied(await getDs({ service: "s3" }));
    });

    it("no Authorization header: 403 AccessDeniedException", async () => {
        assertDenied(await getDs({ dropHeaders: ["authorization"] }));
    });

    it("UNSIGNED-PAYLOAD is accepted and the body is used", async () => {
        const r = await search({ payloadHash: UNSIGNED_PAYLOAD });
        assert.equal(r.status, 200, r.body.toString());
        assert.equal(r.json().imageSetsMetadataSummaries.length, 1);
        const none = await search({ payloadHash: UNSIGNED_PAYLOAD, body: searchBody("999999") });
        assert.equal(none.json().imageSetsMetadataSummaries.length, 0);
    });

    it("x-amz-security-token (temporary credentials) is accepted when signed", async () => {
        const r = await getDs({ sessionToken: "FwoGZXIvYXdzEXAMPLESESSIONTOKEN//////////" });
        assert.equal(r.status, 200, r.body.toString());
    });

    it("routing ignores the Host header (a runtime- host, signed as such)", async () => {
        const url = new URL(env.endpoint);
        const host = `runtime-medical-imaging.${REGION}.amazonaws.com`;
        const body = searchBody(patientId);
        const p = `/datastore/${ds}/searchImageSets`;
        const s = sign({ method: "POST", host, path: p, headers: { "content-type": "application/json" }, body,
            accessKeyId: env.accessKeyId, secretAccessKey: env.secretAccessKey, region: REGION });
        const res = await new Promise((resolve, reject) => {
            const req = http.request({ host: url.hostname, port: url.port, method: "POST", path: p,
                headers: { ...s.headers, "content-length": Buffer.byteLength(body) } }, (r) => {
                const parts = [];
                r.on("data", (d) => parts.push(d));
                r.on("end", () => resolve({ status: r.statusCode, body: Buffer.concat(parts).toString() }));
            });
            req.on("error", reject);
            req.end(body);
        });
        assert.equal(res.status, 200, res.body);
        assert.equal(JSON.parse(res.body).imageSetsMetadataSummaries.length, 1);
    });
});

describe("aws-chunked bodies (STREAMING-AWS4-HMAC-SHA256-PAYLOAD)", () => {
    const CHUNK = 8192;
    // The search body padded with spaces (valid JSON) to 20000 bytes: chunks of
    // 8192, 8192 and 3616 bytes, then the final empty chunk. Chunk 2 is all
    // spaces, so replaying or dropping it still leaves valid JSON: only the
    // chunk signature chain can tell.
    const padded = (pid) => Buffer.from(searchBody(pid).padEnd(20000, " "));

    // The padded search body, aws-chunked; transform(chunks) -> the chunks to
    // send (each { data, signature, encoded }). x-amz-decoded-content-length
    // is that of the untransformed body.
    function chunked(pid, transform = (x) => x) {
        const data = padded(pid);
        return search({
            payloadHash: STREAMING_PAYLOAD,
            headers: { "content-type": "application/json", "content-encoding": "aws-chunked",
                "x-amz-decoded-content-length": String(data.length) },
            makeBody: (signed) => {
                const { chunks } = awsChunked(data, CHUNK, { key: signed.key, amzDate: signed.amzDate,
                    scope: signed.scope, seedSignature: signed.signature });
                return Buffer.concat(transform(chunks).map((ch) => ch.encoded));
            },
        });
    }

    // Like chunked(), but the signed x-amz-decoded-content-length is that of the
    // transformed body, so a length check cannot be what refuses it.
    function chunkedExact(pid, transform) {
        const data = padded(pid);
        const probe = awsChunked(data, CHUNK, { key: Buffer.alloc(32), amzDate: "x", scope: "x", seedSignature: "x" });
        const length = transform(probe.chunks).reduce((n, ch) => n + ch.data.length, 0);
        return search({
            payloadHash: STREAMING_PAYLOAD,
            headers: { "content-type": "application/json", "content-encoding": "aws-chunked",
                "x-amz-decoded-content-length": String(length) },
            makeBody: (signed) => {
                const { chunks } = awsChunked(data, CHUNK, { key: signed.key, amzDate: signed.amzDate,
                    scope: signed.scope, seedSignature: signed.signature });
                return Buffer.concat(transform(chunks).map((ch) => ch.encoded));
            },
        });
    }

    it("accepted: every chunk signature verified, the decoded body used", async () => {
        const r = await chunked(patientId);
        assert.equal(r.status, 200, r.body.toString());
        assert.equal(r.json().imageSetsMetadataSummaries.length, 1);
        const none = await chunked("999999");
        assert.equal(none.status, 200, none.body.toString());
        assert.equal(none.json().imageSetsMetadataSummaries.length, 0, "the filter in the chunks was applied");
    });

    it("a replayed (duplicated) chunk: 403", async () => {
        assertDenied(await chunkedExact(patientId, (ch) => [ch[0], ch[1], ch[1], ch[2], ch[3]]));
    });

    it("a dropped chunk: 403", async () => {
        assertDenied(await chunkedExact(patientId, (ch) => [ch[0], ch[2], ch[3]]));
    });

    it("a chunk altered after signing: 403", async () => {
        const r = await chunked(patientId, (ch) => {
            const data = Buffer.from(ch[1].data);
            data[100] = 0x09; // a tab instead of a space: still valid JSON
            return [ch[0], { ...ch[1], data, encoded: encodeChunk(data, ch[1].signature) }, ch[2], ch[3]];
        });
        assertDenied(r);
    });

    it("chunks signed with a wrong seed (another request's signature): 403", async () => {
        const r = await chunked(patientId, (ch) => {
            const forged = awsChunked(padded(patientId), CHUNK, { key: Buffer.alloc(32, 7), amzDate: "20200101T000000Z",
                scope: "x", seedSignature: "0".repeat(64) });
            return forged.chunks.length === ch.length ? forged.chunks : ch;
        });
        assertDenied(r);
    });

    it("a body without its final chunk is refused (400 or 403)", async () => {
        const r = await chunkedExact(patientId, (ch) => ch.slice(0, 3));
        assert.ok([400, 403].includes(r.status), `status ${r.status}: ${r.body.toString()}`);
    });
});
