/*
 * sigv4.h - AWS Signature Version 4: verifying signed requests (the
 * server's authentication hook, http.h) and signing them (tests, and
 * clients of S3-compatible stores).
 *
 * What sv4_verify accepts (ahi-api.md 9.1; the rules in full, with the
 * canonical forms, are in docs/auth.md):
 *
 *   - Header authentication only: one `Authorization: AWS4-HMAC-SHA256
 *     Credential=AKID/YYYYMMDD/REGION/SERVICE/aws4_request, SignedHeaders=
 *     a;b;c, Signature=<64 hex>` (components in any order, separated by
 *     commas with optional blanks). Presigned (query-string) requests are
 *     refused.
 *   - SignedHeaders: lower-case, sorted, no duplicates, at most 50, and they
 *     include `host` and the date header (x-amz-date, or Date when there is
 *     no x-amz-date) and, when the request has one, x-amz-security-token.
 *     Every signed header must be present in the request.
 *   - The request time is within 15 minutes of `now`, either way; the scope
 *     date is the date of the request time; any region (recorded in the
 *     result); the service is the expected one ("medical-imaging": AHI
 *     signs all three planes, DICOMweb included, with that name; no other
 *     is accepted).
 *   - The access key is in the credential table; when its entry has a
 *     session token, x-amz-security-token must equal it.
 *   - Payload: x-amz-content-sha256 = 64 lower-case hex (the body must hash
 *     to it), UNSIGNED-PAYLOAD (the body is not authenticated), or
 *     STREAMING-AWS4-HMAC-SHA256-PAYLOAD (an aws-chunked body, every chunk
 *     signature verified along the chain from the request signature, and
 *     x-amz-decoded-content-length equal to the decoded size; the decoded
 *     body is returned). Without the header, the body's SHA-256 is signed.
 *   - The canonical URI is built as the AWS SDKs do for every service but
 *     S3 (JS v3 @smithy/signature-v4 `uriEscapePath: true`): the raw path
 *     with empty and "." segments dropped and ".." applied, then
 *     percent-encoded once more (RFC 3986, '/' kept). cfg.s3_path uses the
 *     raw path unchanged instead, as S3 does.
 *   - The signature is compared in constant time.
 *
 * What the client sees on failure: nothing of the reason. Callers answer
 * 403 AccessDeniedException with the fixed SV4_DENIED_MESSAGE; details
 * such as AWS's IncompleteSignatureException / SignatureDoesNotMatch texts
 * are never sent. The result's `reason` is for the server log only (it
 * names the access key id and what failed, never a secret or a computed
 * signature).
 *
 * Limits (each failure has its own reason): Authorization header 4 KiB,
 * 50 signed headers, 1,000 query parameters, aws-chunked chunks of at most
 * 16 MiB and 1,000,000 chunks in a body.
 *
 * Thread-safety: all functions are reentrant; the credential table is only
 * read.
 */
#ifndef TESSERA_AUTH_SIGV4_H
#define TESSERA_AUTH_SIGV4_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "auth/credentials.h"
#include "auth/digest.h"
#include "http/http.h"
#include "util/buf.h"
#include "util/error.h"

#define SV4_ALGORITHM "AWS4-HMAC-SHA256"
#define SV4_SERVICE "medical-imaging"
#define SV4_UNSIGNED_PAYLOAD "UNSIGNED-PAYLOAD"
#define SV4_STREAMING_PAYLOAD "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"
#define SV4_DENIED_MESSAGE "The request could not be authenticated."

#define SV4_MAX_AUTH_HEADER 4096
#define SV4_MAX_SIGNED_HEADERS 50
#define SV4_MAX_QUERY_PARAMS 1000
#define SV4_MAX_CHUNK (16u << 20)
#define SV4_MAX_CHUNKS 1000000u
#define SV4_MAX_SKEW 900            /* seconds, either way */
#define SV4_MAX_REGION 64
#define SV4_MAX_SERVICE 64

#define SV4_HEX_LEN 64              /* a signature or SHA-256 in hex */
#define SV4_DATE_LEN 16             /* 20150830T123600Z */
#define SV4_SCOPE_MAX (8 + 1 + SV4_MAX_REGION + 1 + SV4_MAX_SERVICE + 1 + 12)

/* The request as the server received it. Nothing is kept after a call. */
typedef struct sv4_request {
    const char *method;         /* "GET" */
    const char *raw_path;       /* as received, still percent-encoded */
    const char *query;          /* raw query without '?', "" or NULL if none */
    const http_header *headers; /* in the order received; names in any case */
    size_t nheaders;
    const uint8_t *body;        /* NULL when none */
    size_t body_len;
} sv4_request;

typedef struct sv4_config {
    const cred_table *creds;    /* required */
    const char *service;        /* expected signing name; NULL: SV4_SERVICE */
    int64_t now;                /* server time, epoch seconds */
    bool s3_path;               /* canonical URI = raw path, as is (S3 rules) */
    bool body_streamed;         /* the body is not in req (a route that streams it):
                                   a streaming payload is left to sv4_chunked_* with
                                   res->chunks, a hashed one to the caller, who checks
                                   the stream against res->payload_sha256 */
    bool keep_canonical;        /* keep the canonical request and string to sign
                                   in the result (debugging SDK mismatches) */
} sv4_config;

typedef enum sv4_payload {
    SV4_PAYLOAD_HASHED = 0,     /* body hash signed (header or computed) */
    SV4_PAYLOAD_UNSIGNED,       /* UNSIGNED-PAYLOAD: body not authenticated */
    SV4_PAYLOAD_STREAMING,      /* aws-chunked, every chunk verified */
} sv4_payload;

/* What a chunk signature chain needs (sv4_chunked_*): filled by sv4_verify
 * for a streaming request, by sv4_chunk_ctx_init for a signer. */
typedef struct sv4_chunk_ctx {
    uint8_t key[32];            /* the signing key */
    char amz_date[SV4_DATE_LEN + 1];
    char scope[SV4_SCOPE_MAX + 1];
    char prev[SV4_HEX_LEN + 1]; /* the previous signature (the seed at first) */
} sv4_chunk_ctx;

typedef struct sv4_result {
    bool ok;
    bool internal;              /* failed for a server reason (out of memory), not the client */
    char reason[256];           /* internal, for the log only */
    char access_key_id[CRED_MAX_KEY_ID + 1];   /* once parsed, even on failure */
    char region[SV4_MAX_REGION + 1];
    sv4_payload payload;
    char payload_sha256[SV4_HEX_LEN + 1]; /* HASHED: the signed body hash (hex) */
    uint8_t *decoded;           /* STREAMING: the decoded body (malloc'd, owned by the
                                   result: take it and set NULL, or sv4_result_free) */
    size_t decoded_len;
    sv4_chunk_ctx chunks;       /* STREAMING: the chain state after the seed */
    uint64_t decoded_content_length; /* STREAMING: x-amz-decoded-content-length */
    char *canonical_request;    /* keep_canonical: malloc'd, owned by the result */
    char *string_to_sign;
} sv4_result;

/* Verify a request. Returns 0 with res->ok, or -1 with res->reason. res is
 * always initialised (free it with sv4_result_free either way). */
int sv4_verify(const sv4_request *req, const sv4_config *cfg, sv4_result *res);

/* Free what a result owns (decoded body, canonical strings). */
void sv4_result_free(sv4_result *res);

/* ---- signing ----------------------------------------------------------- */

typedef struct sv4_sign_input {
    const char *method;
    const char *raw_path;       /* as it will be sent (already percent-encoded) */
    const char *query;          /* raw query, "" or NULL if none */
    const http_header *headers; /* must include host and x-amz-date (sv4_amz_date),
                                   and x-amz-security-token when there is one */
    size_t nheaders;
    const char *const *sign_only; /* lower-case names of the headers to sign (NULL:
                                   all of them except authorization) */
    size_t nsign_only;
    const uint8_t *payload;
    size_t payload_len;
    const char *payload_hash;   /* NULL: hex SHA-256 of payload; or the value sent in
                                   x-amz-content-sha256 (UNSIGNED-PAYLOAD, STREAMING-...) */
    const char *access_key_id;
    const char *secret;
    const char *region;
    const char *service;        /* NULL: SV4_SERVICE */
    int64_t time;               /* must equal the x-amz-date header */
    bool s3_path;               /* as sv4_config.s3_path */
} sv4_sign_input;

typedef struct sv4_signature {
    char authorization[SV4_MAX_AUTH_HEADER + 1];  /* the Authorization header value */
    char signature[SV4_HEX_LEN + 1];
    char *canonical_request;    /* malloc'd, freed by sv4_signature_free */
    char *string_to_sign;
} sv4_signature;

/* Sign a request: out gets the Authorization value, the signature (the
 * seed of an aws-chunked body) and, for debugging, the canonical request
 * and string to sign. */
int sv4_sign(const sv4_sign_input *in, sv4_signature *out, tess_error *err);
void sv4_signature_free(sv4_signature *s);

/* "YYYYMMDDTHHMMSSZ" for epoch seconds t (0000-9999 years only). */
int sv4_amz_date(int64_t t, char out[SV4_DATE_LEN + 1]);

/* The chain state for signing an aws-chunked body after sv4_sign returned
 * seed_signature. */
int sv4_chunk_ctx_init(sv4_chunk_ctx *c, const char *secret, const char *region,
                       const char *service, int64_t time, const char *seed_signature,
                       tess_error *err);

/* Sign the next chunk (n == 0 for the final one) and advance the chain:
 * out = c->prev = the chunk's signature. */
int sv4_chunk_sign(sv4_chunk_ctx *c, const uint8_t *p, size_t n, char out[SV4_HEX_LEN + 1],
                   tess_error *err);

/* Encode payload as an aws-chunked body into out (chunks of chunk_size
 * bytes, the last shorter, then the final zero-length chunk), signing each
 * with c. */
int sv4_chunked_encode(sv4_chunk_ctx *c, const uint8_t *payload, size_t len, size_t chunk_size,
                       tess_buf *out, tess_error *err);

/* ---- incremental aws-chunked decoding ---------------------------------- */

typedef int (*sv4_data_fn)(void *ctx, const uint8_t *p, size_t n);

typedef struct sv4_chunked {
    sv4_chunk_ctx chain;
    int state;
    char line[160];             /* the chunk header being read */
    size_t line_len;
    uint32_t remaining;         /* data bytes left in the current chunk */
    uint32_t chunk_len;
    char want[SV4_HEX_LEN + 1]; /* the signature the current chunk claims */
    uint8_t crlf;               /* bytes of a CRLF seen */
    uint64_t decoded;           /* bytes emitted */
    uint64_t expected;          /* x-amz-decoded-content-length */
    uint32_t nchunks;
    dg_sha256 md;               /* the current chunk's data */
    char reason[128];
} sv4_chunked;

/* Start decoding an aws-chunked body whose chain starts at chain->prev and
 * whose decoded size must be `expected`. Free with sv4_chunked_free. */
int sv4_chunked_init(sv4_chunked *d, const sv4_chunk_ctx *chain, uint64_t expected,
                     tess_error *err);

/* Feed body bytes in any slicing. Decoded bytes go to fn as they arrive;
 * they are authenticated only once sv4_chunked_finish returns 0 (a consumer
 * must not commit anything before). A failed chunk signature, a malformed
 * or oversized chunk, bytes after the final chunk or a non-zero return of
 * fn fail (-1, with err) and so does every later call. */
int sv4_chunked_feed(sv4_chunked *d, const uint8_t *p, size_t n, sv4_data_fn fn, void *ctx,
                     tess_error *err);

/* The body ended: 0 when the final chunk was read and verified and the
 * decoded size is the expected one. */
int sv4_chunked_finish(sv4_chunked *d, tess_error *err);
void sv4_chunked_free(sv4_chunked *d);

#endif
