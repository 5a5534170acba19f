/*
 * gate.c - SigV4 in front of every route (see gate.h).
 */
#include "auth/gate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "auth/credentials.h"
#include "auth/digest.h"
#include "auth/sigv4.h"

struct auth_gate {
    cred_table *creds;
};

int auth_gate_open(const char *creds_file, auth_gate **out, tess_error *err) {
    *out = NULL;
    auth_gate *g = calloc(1, sizeof *g);
    if (!g) return tess_fail(err, "out of memory");
    if (cred_table_new(&g->creds, err) != 0) {
        free(g);
        return -1;
    }
    bool added = false;
    if ((creds_file && cred_load_file(g->creds, creds_file, err) != 0) ||
        cred_load_env(g->creds, &added, err) != 0) {
        auth_gate_close(g);
        return -1;
    }
    if (cred_count(g->creds) == 0) {
        auth_gate_close(g);
        return tess_fail(err, "SigV4 authentication is on but there are no credentials: set "
                              "TESSERA_ACCESS_KEY_ID and TESSERA_SECRET_ACCESS_KEY, give "
                              "--credentials FILE, or run with --auth none for local development");
    }
    const char *warn = cred_warning(g->creds);
    if (warn && *warn) fprintf(stderr, "tessera: %s\n", warn);
    *out = g;
    return 0;
}

static void deny(http_response *resp, int status, const char *type, const char *msg) {
    char body[256];
    snprintf(body, sizeof body, "{\"message\":\"%s\"}", msg);
    http_response_header(resp, "x-amzn-ErrorType", type);
    http_response_bytes(resp, status, "application/json", body, strlen(body));
}

/* ---- streamed bodies (STOW-RS): verified as they arrive ----
 *
 * The signature covers the headers when they are in; the body is checked
 * by a filter between the server and the route (http_body_filter): a
 * signed hex SHA-256 is compared with the hash of the bytes at the end,
 * an aws-chunked body is decoded and every chunk signature checked. The
 * route sees the bytes as they come but its handler, which commits, runs
 * only if the filter's finish accepted the whole body. */

typedef struct hashed_body {
    dg_sha256 md;
    char want[SV4_HEX_LEN + 1];
} hashed_body;

typedef struct chunked_body {
    sv4_chunked d;
    http_emit_fn emit;
    void *emit_ctx;
} chunked_body;

static int hashed_feed(void *state, const uint8_t *p, size_t n, http_emit_fn emit,
                       void *emit_ctx, tess_error *err) {
    hashed_body *h = state;
    dg_sha256_update(&h->md, p, n);
    emit(emit_ctx, p, n);   /* a failed route still gets its body verified */
    return 0;
}

static int hashed_finish(void *state, tess_error *err) {
    hashed_body *h = state;
    uint8_t md[DG_SHA256_LEN];
    dg_sha256_final(&h->md, md);
    char got[SV4_HEX_LEN + 1];
    for (int i = 0; i < 32; i++) snprintf(got + 2 * i, 3, "%02x", md[i]);
    if (!dg_equal(got, h->want, SV4_HEX_LEN))
        return tess_fail(err, "The request body does not match its x-amz-content-sha256 "
                              "(AWS Signature Version 4).");
    return 0;
}

static void hashed_free(void *state) {
    hashed_body *h = state;
    free(h);
}

static int chunk_data(void *ctx, const uint8_t *p, size_t n) {
    chunked_body *c = ctx;
    c->emit(c->emit_ctx, p, n);   /* as above: keep verifying after a route failure */
    return 0;
}

static int chunked_feed(void *state, const uint8_t *p, size_t n, http_emit_fn emit,
                        void *emit_ctx, tess_error *err) {
    chunked_body *c = state;
    c->emit = emit;
    c->emit_ctx = emit_ctx;
    if (sv4_chunked_feed(&c->d, p, n, chunk_data, c, err) != 0)
        return tess_fail_prefix(err, "aws-chunked body (AWS Signature Version 4)");
    return 0;
}

static int chunked_finish(void *state, tess_error *err) {
    chunked_body *c = state;
    if (sv4_chunked_finish(&c->d, err) != 0)
        return tess_fail_prefix(err, "aws-chunked body (AWS Signature Version 4)");
    return 0;
}

static void chunked_free(void *state) {
    chunked_body *c = state;
    if (!c) return;
    sv4_chunked_free(&c->d);
    dg_wipe(c, sizeof *c);
    free(c);
}

/* Install the filter that checks a streamed body against what was signed;
 * 0, or -1 (out of memory). */
static int stream_filter(http_request *req, const sv4_result *res) {
    http_body_filter f = {0};
    if (res->payload == SV4_PAYLOAD_HASHED) {
        hashed_body *h = calloc(1, sizeof *h);
        if (!h) return -1;
        dg_sha256_init(&h->md);
        memcpy(h->want, res->payload_sha256, sizeof h->want);
        f = (http_body_filter){hashed_feed, hashed_finish, hashed_free, h};
    } else if (res->payload == SV4_PAYLOAD_STREAMING) {
        chunked_body *c = calloc(1, sizeof *c);
        tess_error e;
        if (!c || sv4_chunked_init(&c->d, &res->chunks, res->decoded_content_length, &e) != 0) {
            free(c);
            return -1;
        }
        f = (http_body_filter){chunked_feed, chunked_finish, chunked_free, c};
    } else {
        return 0;   /* UNSIGNED-PAYLOAD: the body is not authenticated, by the client's choice */
    }
    http_request_set_body_filter(req, &f);
    return 0;
}

int auth_gate_check(void *ctx, http_request *req, http_response *resp) {
    auth_gate *g = ctx;
    /* CORS preflights carry no credentials by design (Fetch standard); only
     * DICOMweb routes answer OPTIONS, with headers and no data */
    if (strcmp(req->method, "OPTIONS") == 0) return 0;
    sv4_request r = {req->method, req->raw_path, req->query, req->headers, req->nheaders,
                     req->body, req->body_len};
    sv4_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.creds = g->creds;
    cfg.now = (int64_t)time(NULL);
    cfg.body_streamed = req->streaming;
    sv4_result res;
    memset(&res, 0, sizeof res);
    sv4_verify(&r, &cfg, &res);
    if (!res.ok) {
        if (res.internal)
            deny(resp, 500, "InternalServerException", "internal error");
        else
            deny(resp, 403, "AccessDeniedException",
                 "The request could not be authenticated (AWS Signature Version 4).");
        sv4_result_free(&res);
        return 1;
    }
    if (req->streaming && stream_filter(req, &res) != 0) {
        deny(resp, 500, "InternalServerException", "internal error");
        sv4_result_free(&res);
        return 1;
    }
    if (res.payload == SV4_PAYLOAD_STREAMING && res.decoded) {
        http_request_set_body(req, res.decoded, res.decoded_len);
        res.decoded = NULL;
    }
    sv4_result_free(&res);
    return 0;
}

void auth_gate_close(auth_gate *g) {
    if (!g) return;
    cred_table_free(g->creds);
    free(g);
}
