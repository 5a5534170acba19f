/*
 * gate.h - the server's authentication hook: every request is verified
 * with SigV4 (sigv4.h) against a credentials table (credentials.h) before
 * it is routed.
 *
 * A request that fails gets 403 AccessDeniedException with a fixed message
 * that leaks nothing about why (the reason stays on the server); an
 * aws-chunked body is replaced by its verified, decoded payload.
 */
#ifndef TESSERA_AUTH_GATE_H
#define TESSERA_AUTH_GATE_H

#include "http/http.h"
#include "util/error.h"

typedef struct auth_gate auth_gate;

/* Credentials from creds_file (may be NULL) and from TESSERA_ACCESS_KEY_ID /
 * TESSERA_SECRET_ACCESS_KEY; none at all is an error. Caller owns *out. */
int auth_gate_open(const char *creds_file, auth_gate **out, tess_error *err);

/* The http_auth_fn of the server (ctx is the gate). */
int auth_gate_check(void *ctx, http_request *req, http_response *resp);

void auth_gate_close(auth_gate *g);

#endif
