/*
 * gate.c - SigV4 in front of every route (see gate.h).
 */
#include "auth/gate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "auth/credentials.h"
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
