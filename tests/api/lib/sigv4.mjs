// sigv4.mjs - AWS Signature Version 4 by hand (node:crypto), for the requests
// the SDK cannot make: forged and tampered signatures, stale dates, Range
// headers, startLevel / endLevel query parameters, UNSIGNED-PAYLOAD and
// aws-chunked (STREAMING-AWS4-HMAC-SHA256-PAYLOAD) bodies with per-chunk
// signatures, replayed chunks.
//
// It follows the SigV4 specification as the AWS SDK for JavaScript v3 signs
// (@smithy/signature-v4 with uriEscapePath: the canonical URI is the path as
// sent, escaped once more). signer.test.mjs checks it against that signer and
// against the example signatures of the AWS documentation, so a negative test
// that fails to be rejected is the server's fault, not this file's.

import { createHash, createHmac } from "node:crypto";

export const ALGORITHM = "AWS4-HMAC-SHA256";
export const STREAMING_PAYLOAD = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";
export const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
export const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

export function sha256Hex(data) {
    return createHash("sha256").update(data ?? "").digest("hex");
}

function hmac(key, data) {
    return createHmac("sha256", key).update(data).digest();
}

// "20150830T123600Z"
export function amzDate(date) {
    return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

// RFC 3986 escaping as SigV4 wants it (encodeURIComponent leaves !'()* alone).
export function escapeUri(s) {
    return encodeURIComponent(s).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
}

// The canonical URI of a path as sent on the wire (already percent-encoded):
// escaped once more, slashes kept (non-S3 services double-encode).
export function canonicalPath(path) {
    return escapeUri(path).replace(/%2F/g, "/");
}

// query: { name: value | [values] } -> "a=1&b=2&b=3", sorted by key then value.
export function canonicalQuery(query = {}) {
    const parts = [];
    for (const key of Object.keys(query)) {
        const vals = Array.isArray(query[key]) ? query[key] : [query[key]];
        for (const v of vals) parts.push([escapeUri(key), escapeUri(String(v))]);
    }
    parts.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    return parts.map(([k, v]) => `${k}=${v}`).join("&");
}

export function signingKey(secret, shortDate, region, service) {
    const kDate = hmac("AWS4" + secret, shortDate);
    const kRegion = hmac(kDate, region);
    const kService = hmac(kRegion, service);
    return hmac(kService, "aws4_request");
}

/*
 * Sign a request. Returns { headers, signature, canonicalRequest, stringToSign,
 * scope, amzDate, key } where headers = the input headers plus host,
 * x-amz-date, x-amz-content-sha256 (and x-amz-security-token) and
 * authorization, all lower-case.
 *
 *   method, host ("127.0.0.1:8080"), path (as sent, percent-encoded), query ({})
 *   headers: extra headers to send and sign ({ "content-type": ... })
 *   body: string | Buffer (hashed unless payloadHash is given)
 *   payloadHash: the x-amz-content-sha256 value to sign (UNSIGNED-PAYLOAD, STREAMING-..., a forged hash)
 *   accessKeyId, secretAccessKey, sessionToken, region, service, date (Date)
 *   unsignedHeaders: names sent but left out of SignedHeaders
 */
export function sign({
    method, host, path, query = {}, headers = {}, body, payloadHash,
    accessKeyId, secretAccessKey, sessionToken, region = "us-east-1",
    service = "medical-imaging", date = new Date(), unsignedHeaders = [],
}) {
    const longDate = amzDate(date);
    const shortDate = longDate.slice(0, 8);
    const h = {};
    for (const [k, v] of Object.entries(headers)) h[k.toLowerCase()] = String(v);
    h.host = host;
    h["x-amz-date"] = longDate;
    h["x-amz-content-sha256"] = payloadHash ?? sha256Hex(body ?? "");
    if (sessionToken) h["x-amz-security-token"] = sessionToken;
    const skip = new Set(unsignedHeaders.map((n) => n.toLowerCase()));
    const names = Object.keys(h).filter((n) => !skip.has(n)).sort();
    const canonicalHeaders = names.map((n) => `${n}:${h[n].trim().replace(/\s+/g, " ")}\n`).join("");
    const signedHeaders = names.join(";");
    const canonicalRequest = [method, canonicalPath(path), canonicalQuery(query), canonicalHeaders,
        signedHeaders, h["x-amz-content-sha256"]].join("\n");
    const scope = `${shortDate}/${region}/${service}/aws4_request`;
    const stringToSign = [ALGORITHM, longDate, scope, sha256Hex(canonicalRequest)].join("\n");
    const key = signingKey(secretAccessKey, shortDate, region, service);
    const signature = hmac(key, stringToSign).toString("hex");
    h.authorization = `${ALGORITHM} Credential=${accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
    return { headers: h, signature, canonicalRequest, stringToSign, scope, amzDate: longDate, key };
}

// The signature of one aws-chunked chunk, chained on the previous one.
export function chunkSignature(key, longDate, scope, previousSignature, data) {
    const sts = ["AWS4-HMAC-SHA256-PAYLOAD", longDate, scope, previousSignature, EMPTY_SHA256,
        sha256Hex(data)].join("\n");
    return hmac(key, sts).toString("hex");
}

/*
 * Encode data as an aws-chunked body: chunks of chunkSize bytes, each
 * "hex(size);chunk-signature=SIG\r\n" + data + "\r\n", then the final empty
 * chunk. Returns { body: Buffer, chunks: [{ data, signature, encoded }] } so a
 * test can replay, drop or tamper with chunks and re-assemble the body.
 */
export function awsChunked(data, chunkSize, { key, amzDate: longDate, scope, seedSignature }) {
    const buf = Buffer.from(data);
    const pieces = [];
    for (let off = 0; off < buf.length; off += chunkSize) pieces.push(buf.subarray(off, off + chunkSize));
    pieces.push(Buffer.alloc(0));
    let prev = seedSignature;
    const chunks = pieces.map((piece) => {
        const signature = chunkSignature(key, longDate, scope, prev, piece);
        prev = signature;
        return { data: piece, signature, encoded: encodeChunk(piece, signature) };
    });
    return { body: Buffer.concat(chunks.map((c) => c.encoded)), chunks };
}

export function encodeChunk(data, signature) {
    return Buffer.concat([Buffer.from(`${data.length.toString(16)};chunk-signature=${signature}\r\n`),
        data, Buffer.from("\r\n")]);
}
