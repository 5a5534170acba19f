/*
 * http_internal.h - what the HTTP server's files share and nobody else sees.
 *
 * server.c drives libmicrohttpd and owns the per-request state; route.c
 * compiles route patterns and matches paths; message.c holds the request
 * accessors, the response builders and the small text helpers (percent
 * decoding, JSON strings) the other two use. Handlers include http.h only.
 */
#ifndef TESSERA_HTTP_INTERNAL_H
#define TESSERA_HTTP_INTERNAL_H

#include "http/http.h"
#include "util/arena.h"

/* ---- text helpers (message.c) ---- */

/* Append s[0..n) to b as a JSON string with its quotes: '"', '\\' and
 * control characters escaped, invalid UTF-8 replaced by U+FFFD. */
void http_json_str(tess_buf *b, const char *s, size_t n);

/* ---- routes (route.c) ---- */

typedef enum http_seg_kind { HTTP_SEG_LIT, HTTP_SEG_PARAM, HTTP_SEG_REST } http_seg_kind;

typedef struct http_seg {
    http_seg_kind kind;
    const char *lit;            /* HTTP_SEG_LIT: the segment text */
    size_t len;
} http_seg;

typedef struct http_route_c {
    http_route r;               /* method and pattern point into the server's arena */
    http_seg *segs;
    size_t nsegs;
} http_route_c;

/* Compile a route (strings copied into a). Returns 0 or -1 with err
 * naming the pattern and what is wrong with it. */
int http_route_compile(arena *a, const http_route *in, http_route_c *out, tess_error *err);

/* A request path split for matching: raw segments and their decodings. */
typedef struct http_path {
    const char *raw;            /* the raw path (starts with '/') */
    size_t nsegs;
    const char **seg_raw;       /* start of each raw segment (inside raw) */
    size_t *seg_raw_len;
    char **seg;                 /* percent-decoded segments */
} http_path;

/* Split and decode raw (NUL-terminated, starting with '/') using a.
 * Returns 0, or -1 with err when an escape is malformed or the arena is
 * full. */
int http_path_split(arena *a, const char *raw, http_path *out, tess_error *err);

typedef enum http_match_result {
    HTTP_MATCH_OK,
    HTTP_MATCH_NO_PATH,         /* no pattern matches: 404 */
    HTTP_MATCH_NO_METHOD,       /* a pattern matches, not for this method: 405 */
    HTTP_MATCH_ERROR,           /* out of memory or a malformed escape in {*} */
} http_match_result;

/* Find the first route whose method and pattern match. On OK, *which is
 * its index and params/nparams its decoded parameters (in a). On
 * NO_METHOD, allow (cap bytes) lists the methods whose patterns matched
 * ("GET, PUT"). */
http_match_result http_route_match(arena *a, const http_route_c *routes, size_t nroutes,
                                   const char *method, const http_path *path, size_t *which,
                                   char **params, unsigned *nparams, char *allow,
                                   size_t allow_cap);

/* ---- per-request state (server.c) ---- */

/* Reached from http_request.server_data by the accessors in message.c. */
typedef struct http_req_shared {
    char *params[HTTP_MAX_PATH_PARAMS];
    unsigned nparams;
    uint8_t *replaced_body;     /* set by http_request_set_body (owned) */
    http_body_filter filter;    /* set by http_request_set_body_filter (feed NULL: none) */
} http_req_shared;

#endif
