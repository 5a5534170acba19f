/*
 * fuzz_sigv4.c - libFuzzer target for SigV4 verification (src/auth/sigv4.c).
 *
 * The first byte picks a mode; the rest is the mode's input:
 *
 *   0  an arbitrary Authorization header on an otherwise well-formed
 *      request: must never crash, and never be accepted (nothing here knows
 *      the secret);
 *   1  a request signed by the harness whose aws-chunked body is arbitrary
 *      bytes (x-amz-decoded-content-length from the input): parsing of
 *      chunk headers, sizes and framing;
 *   2  a payload cut into chunks of input-chosen sizes, encoded and signed
 *      by sv4_chunked_encode, then mutated at input-chosen offsets and fed
 *      to the incremental decoder in input-chosen slices: whatever is
 *      accepted must decode to the original payload, and an unmutated body
 *      must be accepted;
 *   3  an arbitrary path, query and header value signed by sv4_sign: what
 *      the signer signs the verifier must accept, and a changed query must
 *      be refused.
 *
 * Build: make fuzz (clang, ASan + UBSan). Run: build/fuzz/fuzz_sigv4 DIR
 * (seeds are not needed: every mode builds its own valid structure).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth/sigv4.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define KEY "AKIDFUZZ"
#define SECRET "fuzz/secret+key"
#define REGION "us-east-1"
#define NOW 1760000000LL

typedef struct input { const uint8_t *p; size_t n; } input;

static unsigned take_u8(input *in) {
    if (!in->n) return 0;
    in->n--;
    return *in->p++;
}

static unsigned take_u16(input *in) { return take_u8(in) | take_u8(in) << 8; }

/* A NUL-terminated copy of the next `len` bytes (NULs become 'x'). */
static char *take_str(input *in, size_t len) {
    if (len > in->n) len = in->n;
    char *s = malloc(len + 1);
    if (!s) abort();
    for (size_t i = 0; i < len; i++) s[i] = in->p[i] ? (char)in->p[i] : 'x';
    s[len] = '\0';
    in->p += len;
    in->n -= len;
    return s;
}

static cred_table *creds(void) {
    static cred_table *t;
    if (!t) {
        tess_error err;
        if (cred_table_new(&t, &err) != 0 || cred_add(t, KEY, SECRET, NULL, &err) != 0) abort();
    }
    return t;
}

static int sign(const char *method, const char *path, const char *query, http_header *h,
                size_t nh, const char *payload_hash, const uint8_t *body, size_t blen,
                sv4_signature *s) {
    sv4_sign_input in = {.method = method, .raw_path = path, .query = query, .headers = h,
                         .nheaders = nh, .payload = body, .payload_len = blen,
                         .payload_hash = payload_hash, .access_key_id = KEY, .secret = SECRET,
                         .region = REGION, .time = NOW};
    tess_error err;
    return sv4_sign(&in, s, &err);
}

static void mode_authorization(input *in, const char *date) {
    char *auth = take_str(in, in->n);
    http_header h[] = {{"host", "localhost"}, {"x-amz-date", date}, {"Authorization", auth},
                       {"x-amz-content-sha256", SV4_UNSIGNED_PAYLOAD}};
    sv4_request req = {"GET", "/datastore", "", h, 4, NULL, 0};
    sv4_config cfg = {.creds = creds(), .now = NOW};
    sv4_result res;
    if (sv4_verify(&req, &cfg, &res) == 0 || res.ok) {
        fprintf(stderr, "an unsigned Authorization header was accepted: %s\n", auth);
        abort();
    }
    if (!res.reason[0]) abort();
    sv4_result_free(&res);
    free(auth);
}

static void mode_chunked_body(input *in, const char *date) {
    char declared[24];
    snprintf(declared, sizeof declared, "%u", take_u16(in));
    http_header h[5] = {{"host", "localhost"}, {"x-amz-date", date},
                        {"x-amz-content-sha256", SV4_STREAMING_PAYLOAD},
                        {"x-amz-decoded-content-length", declared}};
    sv4_signature s;
    if (sign("PUT", "/upload", "", h, 4, SV4_STREAMING_PAYLOAD, NULL, 0, &s) != 0) abort();
    h[4] = (http_header){"Authorization", s.authorization};
    sv4_request req = {"PUT", "/upload", "", h, 5, in->p, in->n};
    sv4_config cfg = {.creds = creds(), .now = NOW};
    sv4_result res;
    int rc = sv4_verify(&req, &cfg, &res);
    if (rc == 0 && (!res.ok || res.payload != SV4_PAYLOAD_STREAMING)) abort();
    sv4_result_free(&res);
    sv4_signature_free(&s);
}

static int collect(void *ctx, const uint8_t *p, size_t n) {
    tess_buf_put(ctx, p, n);
    return 0;
}

static void mode_chunk_chain(input *in) {
    static const char seed[] = "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9";
    sv4_chunk_ctx c0, c;
    tess_error err;
    if (sv4_chunk_ctx_init(&c0, SECRET, REGION, NULL, NOW, seed, &err) != 0) abort();
    unsigned chunk = 1 + take_u8(in) % 64, nmut = take_u8(in) % 4, slice = 1 + take_u8(in) % 97;
    size_t plen = take_u8(in) % 200;
    uint8_t payload[256];
    for (size_t i = 0; i < plen; i++) payload[i] = (uint8_t)(take_u8(in) ^ i);
    c = c0;
    tess_buf enc;
    tess_buf_init(&enc, -1);
    if (sv4_chunked_encode(&c, payload, plen, chunk, &enc, &err) != 0) abort();
    for (unsigned m = 0; m < nmut; m++) {
        size_t at = take_u16(in) % enc.len;
        uint8_t x = (uint8_t)take_u8(in);
        enc.data[at] ^= x ? x : 0x20;
    }
    sv4_chunked d;
    tess_buf out;
    tess_buf_init(&out, -1);
    if (sv4_chunked_init(&d, &c0, plen, &err) != 0) abort();
    int rc = 0;
    for (size_t off = 0; rc == 0 && off < enc.len; off += slice) {
        size_t n = enc.len - off < slice ? enc.len - off : slice;
        rc = sv4_chunked_feed(&d, enc.data + off, n, collect, &out, &err);
    }
    if (rc == 0) rc = sv4_chunked_finish(&d, &err);
    if (rc == 0 && (out.len != plen || (plen && memcmp(out.data, payload, plen) != 0))) {
        fprintf(stderr, "a mutated aws-chunked body decoded to other bytes\n");
        abort();
    }
    if (rc != 0 && nmut == 0) {
        fprintf(stderr, "an intact aws-chunked body was refused: %s\n", err.msg);
        abort();
    }
    sv4_chunked_free(&d);
    tess_buf_free(&out);
    tess_buf_free(&enc);
}

static void mode_roundtrip(input *in, const char *date) {
    size_t lp = take_u8(in), lq = take_u8(in), lh = take_u8(in);
    char *p = take_str(in, lp), *q = take_str(in, lq), *v = take_str(in, lh);
    size_t plen = strlen(p);
    char *path = malloc(plen + 2);
    if (!path) abort();
    path[0] = '/';
    memcpy(path + 1, p, plen + 1);
    const uint8_t *body = in->p;
    size_t blen = in->n;
    http_header h[4] = {{"Host", "localhost:8080"}, {"X-Amz-Date", date}, {"X-Fuzz", v}};
    sv4_signature s;
    if (sign("POST", path, q, h, 3, NULL, body, blen, &s) == 0) {
        h[3] = (http_header){"Authorization", s.authorization};
        sv4_request req = {"POST", path, q, h, 4, body, blen};
        sv4_config cfg = {.creds = creds(), .now = NOW};
        sv4_result res;
        if (sv4_verify(&req, &cfg, &res) != 0) {
            fprintf(stderr, "a request signed by sv4_sign was refused: %s\n", res.reason);
            abort();
        }
        sv4_result_free(&res);
        /* a parameter more changes the canonical query */
        size_t ql = strlen(q);
        char *q2 = malloc(ql + 8);
        if (!q2) abort();
        snprintf(q2, ql + 8, "%s&zz=1", q);
        req.query = q2;
        if (sv4_verify(&req, &cfg, &res) == 0) {
            fprintf(stderr, "a changed query was accepted\n");
            abort();
        }
        sv4_result_free(&res);
        free(q2);
        sv4_signature_free(&s);
    }
    free(path);
    free(p);
    free(q);
    free(v);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    input in = {data, size};
    char date[SV4_DATE_LEN + 1];
    if (sv4_amz_date(NOW, date) != 0) abort();
    switch (take_u8(&in) % 4) {
    case 0: mode_authorization(&in, date); break;
    case 1: mode_chunked_body(&in, date); break;
    case 2: mode_chunk_chain(&in); break;
    default: mode_roundtrip(&in, date); break;
    }
    return 0;
}
