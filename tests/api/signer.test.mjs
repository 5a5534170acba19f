// signer.test.mjs - the hand-written SigV4 signer of lib/sigv4.mjs, checked
// before any server test relies on it: against the example signatures printed
// in the AWS documentation (header signing and aws-chunked streaming), and
// against the SDK's own signer (@smithy/signature-v4) on the requests these
// tests send. Needs no server.

import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash, createHmac } from "node:crypto";

import { SignatureV4 } from "@smithy/signature-v4";

import { sign, awsChunked, STREAMING_PAYLOAD, UNSIGNED_PAYLOAD, canonicalQuery } from "./lib/sigv4.mjs";

test("AWS documentation example: GET iam ListUsers (header signing)", () => {
    // "Examples of the complete Signature Version 4 signing process" (IAM, 2015-08-30).
    const r = sign({
        method: "GET", host: "iam.amazonaws.com", path: "/",
        query: { Action: "ListUsers", Version: "2010-05-08" },
        headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" }, body: "",
        accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        region: "us-east-1", service: "iam", date: new Date("2015-08-30T12:36:00Z"),
        unsignedHeaders: ["x-amz-content-sha256"],
    });
    assert.equal(r.signature, "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7");
});

test("AWS documentation example: S3 PUT in aws-chunked chunks (seed and chunk signatures)", () => {
    // "Signature calculations for the Authorization header: transferring payload
    // in multiple chunks" (66560 bytes of 'a' in a 65536 and a 1024 byte chunk).
    const s = sign({
        method: "PUT", host: "s3.amazonaws.com", path: "/examplebucket/chunkObject.txt",
        headers: {
            "content-encoding": "aws-chunked", "content-length": "66824",
            "x-amz-decoded-content-length": "66560", "x-amz-storage-class": "REDUCED_REDUNDANCY",
        },
        payloadHash: STREAMING_PAYLOAD, accessKeyId: "AKIAIOSFODNN7EXAMPLE",
        secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", region: "us-east-1", service: "s3",
        date: new Date("2013-05-24T00:00:00Z"),
    });
    assert.equal(s.signature, "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9");
    const c = awsChunked(Buffer.alloc(66560, "a"), 65536,
        { key: s.key, amzDate: s.amzDate, scope: s.scope, seedSignature: s.signature });
    assert.deepEqual(c.chunks.map((x) => x.signature), [
        "ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648",
        "0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497",
        "b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9",
    ]);
    assert.equal(c.body.length, 66824, "encoded length = the example's Content-Length");
    assert.ok(c.body.subarray(0, 90).toString().startsWith("10000;chunk-signature=ad80c730"));
    assert.ok(c.body.toString("latin1").endsWith("0;chunk-signature=b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9\r\n\r\n"));
});

// node:crypto as the SDK signer's hash constructor (sha256, or HMAC-SHA256 with a secret).
class NodeSha256 {
    constructor(secret) {
        this.h = secret ? createHmac("sha256", secret) : createHash("sha256");
    }
    update(d) {
        this.h.update(d);
    }
    async digest() {
        return new Uint8Array(this.h.digest());
    }
}

const CASES = [
    { what: "GET /datastore with a query", method: "GET", path: "/datastore",
        query: { maxResults: "1", datastoreStatus: "ACTIVE" }, body: "" },
    { what: "POST searchImageSets with a JSON body", method: "POST",
        path: "/datastore/0123456789abcdef0123456789abcdef/searchImageSets", query: { maxResults: "5" },
        headers: { "content-type": "application/json" }, body: '{"filters":[]}' },
    { what: "a percent-encoded ARN path segment (tags)", method: "DELETE",
        path: "/tags/" + encodeURIComponent("arn:aws:medical-imaging:us-east-1:123456789012:datastore/0123456789abcdef0123456789abcdef"),
        query: { tagKeys: ["b", "a"] }, body: "" },
    { what: "getImageFrame with startLevel / endLevel and a Range header", method: "POST",
        path: "/datastore/0123456789abcdef0123456789abcdef/imageSet/fedcba9876543210fedcba9876543210/getImageFrame",
        query: { startLevel: "0", endLevel: "1" }, headers: { "content-type": "application/json", range: "bytes=0-99" },
        body: '{"imageFrameId":"00112233445566778899aabbccddeeff"}' },
    { what: "UNSIGNED-PAYLOAD", method: "POST", path: "/datastore/0123456789abcdef0123456789abcdef/searchImageSets",
        headers: { "content-type": "application/json" }, body: "{}", payloadHash: UNSIGNED_PAYLOAD },
];

for (const tc of CASES) {
    test(`same signature as @smithy/signature-v4: ${tc.what}`, async () => {
        const date = new Date("2026-01-02T03:04:05Z");
        const creds = { accessKeyId: "AKIDTESSERATEST", secretAccessKey: "s3cr3t/with+chars=" };
        const mine = sign({
            method: tc.method, host: "127.0.0.1:8080", path: tc.path, query: tc.query, headers: tc.headers,
            body: tc.body, payloadHash: tc.payloadHash, ...creds, date,
        });
        const headers = { host: "127.0.0.1:8080", ...(tc.headers ?? {}) };
        if (tc.payloadHash) headers["x-amz-content-sha256"] = tc.payloadHash;
        const req = { // a plain HttpRequest-shaped object: the signer clones it
            method: tc.method, protocol: "http:", hostname: "127.0.0.1", port: 8080, path: tc.path,
            query: tc.query ?? {}, headers, body: tc.body,
        };
        const signer = new SignatureV4({
            credentials: creds, region: "us-east-1", service: "medical-imaging", sha256: NodeSha256,
            uriEscapePath: true, applyChecksum: true,
        });
        const theirs = await signer.sign(req, { signingDate: date });
        // smithy adds x-amz-content-sha256 with applyChecksum; both sign the same header set then
        assert.equal(mine.headers.authorization, theirs.headers.authorization);
        assert.equal(mine.headers["x-amz-date"], theirs.headers["x-amz-date"]);
    });
}

test("canonical query: keys and repeated values sorted, RFC 3986 escaping", () => {
    assert.equal(canonicalQuery({ b: "x y", a: ["2", "1"], "c*": "!" }), "a=1&a=2&b=x%20y&c%2A=%21");
});
