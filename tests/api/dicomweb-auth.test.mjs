// dicomweb-auth.test.mjs - DICOMweb under SigV4 (ahi-api.md 6, 6.4, 9.1):
// QIDO refused unsigned and served signed; CORS preflights answered without
// credentials; STOW-RS bodies, which the server streams, verified as they
// arrive: a signed hex SHA-256 (the AWS DIMSE proxy's form), aws-chunked
// STREAMING-AWS4-HMAC-SHA256-PAYLOAD (the AWS docs' curl form) and
// UNSIGNED-PAYLOAD are stored; a body that does not match its signed hash,
// or an aws-chunked body with an altered chunk, is refused with 403 and
// nothing of it is stored (the instance count of the datastore is checked
// after every request).

import { describe, it, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";

import { client, env, unique, createActiveDatastore, rawRequest, assertErrorEnvelope } from "./lib/common.mjs";
import { awsChunked, encodeChunk, STREAMING_PAYLOAD, UNSIGNED_PAYLOAD, sha256Hex } from "./lib/sigv4.mjs";

const c = client();
let ds;
const BOUNDARY = "tessera-stow-auth-boundary";
const file = (n) => fs.readFileSync(path.join(env.input, "volume", `brain_${String(n).padStart(3, "0")}.dcm`));
const multipart = (dicom) => Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Type: application/dicom\r\n\r\n`), dicom,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]);
const stowHeaders = { "content-type": `multipart/related; type="application/dicom"; boundary=${BOUNDARY}`,
    accept: "application/dicom+json" };

// The number of instances QIDO finds in the datastore (a signed request).
async function instanceCount() {
    const r = await rawRequest({ method: "GET", path: `/datastore/${ds}/instances` });
    assert.equal(r.status, 200, r.body.toString());
    return r.body.length ? r.json().length : 0;
}

function stow(opts) {
    return rawRequest({ method: "POST", path: `/datastore/${ds}/studies`, headers: stowHeaders, ...opts });
}

before(async () => {
    ds = await createActiveDatastore(c, unique("api-dw-auth"));
});

describe("DICOMweb with SigV4 on", () => {
    it("QIDO: unsigned 403, signed 200", async () => {
        const url = new URL(env.endpoint);
        const un = await fetch(`${url.origin}/datastore/${ds}/studies`);
        assert.equal(un.status, 403);
        const r = await rawRequest({ method: "GET", path: `/datastore/${ds}/studies` });
        assert.equal(r.status, 200, r.body.toString());
    });

    it("a CORS preflight needs no credentials", async () => {
        const url = new URL(env.endpoint);
        const r = await fetch(`${url.origin}/datastore/${ds}/studies`, { method: "OPTIONS",
            headers: { origin: "http://viewer.example", "access-control-request-method": "GET",
                "access-control-request-headers": "authorization,x-amz-date" } });
        assert.equal(r.status, 204);
        assert.equal(r.headers.get("access-control-allow-origin"), "*");
    });

    it("STOW with a signed hex SHA-256 of the body: stored", async () => {
        const before = await instanceCount();
        const body = multipart(file(2));
        const r = await stow({ body });
        assert.equal(r.status, 200, r.body.toString());
        assert.ok(r.json()["00081199"], "ReferencedSOPSequence");
        assert.equal(await instanceCount(), before + 1);
    });

    it("STOW whose body does not match the signed SHA-256: 403, nothing stored", async () => {
        const before = await instanceCount();
        const signedBody = multipart(file(3));
        const r = await stow({ body: signedBody, sendBody: multipart(file(4)) });
        assertErrorEnvelope(r, "AccessDeniedException", 403);
        assert.equal(await instanceCount(), before, "the unauthenticated instance is not stored");
        // positive control: the same body, hashed as sent, is stored
        const ok = await stow({ body: multipart(file(4)) });
        assert.equal(ok.status, 200, ok.body.toString());
        assert.equal(await instanceCount(), before + 1);
    });

    function chunked(dicom, transform = (x) => x) {
        const data = multipart(dicom);
        return stow({
            payloadHash: STREAMING_PAYLOAD,
            headers: { ...stowHeaders, "content-encoding": "aws-chunked",
                "x-amz-decoded-content-length": String(data.length) },
            makeBody: (signed) => {
                const { chunks } = awsChunked(data, 65536, { key: signed.key, amzDate: signed.amzDate,
                    scope: signed.scope, seedSignature: signed.signature });
                return Buffer.concat(transform(chunks).map((ch) => ch.encoded));
            },
        });
    }

    it("STOW aws-chunked: every chunk verified, stored", async () => {
        const before = await instanceCount();
        const r = await chunked(file(5));
        assert.equal(r.status, 200, r.body.toString());
        assert.equal(await instanceCount(), before + 1);
    });

    it("STOW aws-chunked with a chunk altered after signing: 403, nothing stored", async () => {
        const before = await instanceCount();
        const r = await chunked(file(6), (ch) => {
            assert.ok(ch.length >= 3, "the body spans several chunks");
            const data = Buffer.from(ch[1].data);
            data[1000] ^= 0x01;   // one pixel bit: still a valid DICOM file
            return [ch[0], { ...ch[1], data, encoded: encodeChunk(data, ch[1].signature) }, ...ch.slice(2)];
        });
        assertErrorEnvelope(r, "AccessDeniedException", 403);
        assert.equal(await instanceCount(), before, "the altered instance is not stored");
    });

    it("STOW with UNSIGNED-PAYLOAD: stored (the client chose not to sign the body)", async () => {
        const before = await instanceCount();
        const r = await stow({ body: multipart(file(7)), payloadHash: UNSIGNED_PAYLOAD });
        assert.equal(r.status, 200, r.body.toString());
        assert.equal(await instanceCount(), before + 1);
    });

    it("STOW signed with a wrong secret: 403 before the body is read, nothing stored", async () => {
        const before = await instanceCount();
        const r = await rawRequest({ method: "POST", path: `/datastore/${ds}/studies`, headers: stowHeaders,
            body: multipart(file(8)), secretAccessKey: "wrong-secret-" + sha256Hex("x").slice(0, 20) });
        assertErrorEnvelope(r, "AccessDeniedException", 403);
        assert.equal(await instanceCount(), before);
    });
});
