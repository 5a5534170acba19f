/*
 * http.h - the HTTP server Tessera's APIs are served by (libmicrohttpd).
 *
 * One listener serves every plane (AHI control and runtime, DICOMweb,
 * admin): routing is on method and path only, whatever the Host header.
 * Handlers see a plain request (method, paths, query, headers, the body)
 * and fill a plain response (status, headers, and a body that is either
 * bytes or a range of a file descriptor, sent with sendfile). They never
 * see libmicrohttpd.
 *
 * Request bodies are buffered up to the server's body limit (requests over
 * it get 413 before the handler runs); a route may instead ask for its
 * body as a stream of chunks (STOW-RS), see http_route.stream.
 *
 * Before a request reaches its handler, the server's `authenticate` hook
 * (SigV4, see auth/sigv4.h) may accept it, reject it (the hook fills the
 * response), or replace its body (aws-chunked payloads are decoded and
 * verified there).
 *
 * Limits (documented in docs/http.md): request line and each header at
 * most 8 KiB, 100 headers, body limit per route (default 1 MiB), idle
 * connections closed after a timeout; every limit answers a clear 4xx.
 *
 * Thread-safety: requests run on the server's worker threads, several at
 * once; one request stays on one thread from its first byte to its log
 * line. Handlers, hooks and stream callbacks must therefore be safe to
 * call concurrently for different requests. The accessors below only
 * read their request and may be called from the handler's thread.
 */
#ifndef TESSERA_HTTP_HTTP_H
#define TESSERA_HTTP_HTTP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"
#include "util/error.h"

/* Hard limits (docs/http.md). Requests over them get a JSON 4xx from the
 * server (414, 431, 413); a header block so large that libmicrohttpd
 * cannot hold it (over HTTP_CONNECTION_MEMORY) gets libmicrohttpd's own
 * HTML 431 / 414 instead. */
#define HTTP_MAX_REQUEST_TARGET   8192      /* path + query, as received */
#define HTTP_MAX_HEADER_LINE      8192      /* name + ": " + value */
#define HTTP_MAX_HEADERS          100
#define HTTP_MAX_HEADER_BLOCK     32768     /* request target + every header line */
#define HTTP_DEFAULT_MAX_BODY     ((size_t)1 << 20)
#define HTTP_MAX_DISCARD          ((uint64_t)16 << 20)  /* body bytes read past the limit
                                                          before the connection is cut */
#define HTTP_CONNECTION_MEMORY    ((size_t)64 << 10)    /* libmicrohttpd's pool per connection */
#define HTTP_MAX_PATH_PARAMS      16

typedef struct http_server http_server;

typedef struct http_header {
    const char *name;           /* as received */
    const char *value;
} http_header;

typedef struct http_request {
    const char *method;         /* "GET", "POST", ... */
    const char *path;           /* percent-decoded path, no query */
    const char *raw_path;       /* the path as received (SigV4 canonical URI) */
    const char *query;          /* raw query string without '?', "" if none */
    const http_header *headers; /* in the order received */
    size_t nheaders;
    const uint8_t *body;        /* the whole body (buffered routes); NULL if none */
    size_t body_len;
    const char *remote_addr;    /* "127.0.0.1" */
    const char *request_id;     /* 32 hex, also sent as x-amzn-RequestId */
    /* Streaming routes (http_route.stream) only: */
    bool streaming;             /* true: the body arrives through the route's stream
                                   callbacks; body is NULL in the hook and handler */
    void *stream_state;         /* what stream_open made */
    bool stream_failed;         /* stream_open or a stream call returned -1 */
    const char *stream_error;   /* its message ("" when none) */
    void *server_data;          /* per-request data of the server: do not touch */
} http_request;

/* A header by name (case-insensitive), NULL when absent. */
const char *http_header_get(const http_request *r, const char *name);

/* The i-th value (0-based) of query parameter `name`, percent-decoded into
 * out (cap bytes); NULL when absent. Decoding is form-style: '+' is a
 * space, %XX a byte; keys are decoded the same way before comparing (case-
 * sensitive). A key without '=' has the value "". NULL is also returned
 * when the value is malformed (bad %XX, %00) or does not fit in cap with
 * its NUL: handlers that must tell these apart use req->query, which is
 * always the raw form (SigV4 signs it). Returns out. */
const char *http_query_get(const http_request *r, const char *name, unsigned i, char *out,
                           size_t cap);

/* Percent-decode src[0..n) into dst (room for n + 1 bytes; the result is
 * never longer). plus_space: '+' decodes to ' ' (query strings). Returns
 * the decoded length, or -1 for a malformed escape or one that decodes to
 * NUL (the result is a C string). For handlers that walk req->query
 * themselves (QIDO-RS keeps every parameter, in order). */
long http_pct_decode(char *dst, const char *src, size_t n, bool plus_space);

typedef enum http_body_kind {
    HTTP_BODY_NONE = 0,
    HTTP_BODY_BUF,              /* body.buf */
    HTTP_BODY_FD,               /* fd, offset, length: sent with sendfile, fd closed after */
} http_body_kind;

#define HTTP_MAX_RESPONSE_HEADERS 32

typedef struct http_response {
    int status;
    http_header headers[HTTP_MAX_RESPONSE_HEADERS];  /* copied by http_response_header */
    size_t nheaders;
    http_body_kind kind;
    tess_buf buf;               /* owned; for HTTP_BODY_BUF */
    int fd;                     /* owned once set; for HTTP_BODY_FD */
    uint64_t offset, length;
    char *strings;              /* storage for header copies (owned) */
    size_t strings_len, strings_cap;
    unsigned dropped;           /* headers refused: over the 32, CR/LF/NUL in them, or
                                   out of memory (the access log reports them) */
} http_response;

/* An empty response (status 0, no headers, no body, fd -1). The server
 * hands handlers and the hook an initialised response; tests that call a
 * handler directly use this and http_response_free. */
void http_response_init(http_response *resp);

/* Free what the response owns (header copies, buf, fd) and re-initialise. */
void http_response_free(http_response *resp);

/* Add a response header (name and value are copied). Headers that do not
 * fit (HTTP_MAX_RESPONSE_HEADERS) or contain CR, LF are not added and
 * counted in resp->dropped. "Content-Length" is computed by the server
 * (any given one is ignored); "Connection: close" closes the connection
 * after the response. */
void http_response_header(http_response *resp, const char *name, const char *value);

/* Convenience: status + Content-Type + body bytes (copied). */
void http_response_bytes(http_response *resp, int status, const char *content_type,
                         const void *p, size_t n);

/* A malloc'd buffer of n bytes as the body: the response takes ownership of
 * p (no copy; libmicrohttpd sends and frees it). */
void http_response_take(http_response *resp, int status, const char *content_type, uint8_t *p,
                        size_t n);

/* A file range as the body: the response takes ownership of fd (a body
 * set before, fd or bytes, is released). fd must be a regular file in
 * blocking mode; it is sent with sendfile and closed when sent. */
void http_response_fd(http_response *resp, int status, const char *content_type, int fd,
                      uint64_t offset, uint64_t length);

/* The restJson1 error envelope: status, Content-Type application/json,
 * x-amzn-ErrorType: error_type (omitted when NULL), body
 * {"message":"<message, JSON-escaped>"}. Replaces any body set before. */
void http_response_error(http_response *resp, int status, const char *error_type,
                         const char *message);

/* A handler fills resp and returns 0; -1 means an internal error (the
 * server answers 500 with err's message logged, not sent). */
typedef int (*http_handler_fn)(void *ctx, const http_request *req, http_response *resp,
                               tess_error *err);

/* Streaming request bodies: called per chunk, then once with n == 0 at the
 * end; return -1 to abort (the handler still runs, with `failed` set). */
typedef int (*http_chunk_fn)(void *ctx, void *stream_state, const uint8_t *p, size_t n,
                             tess_error *err);

/* Called before the handler: return 0 to go on (the hook may replace the
 * body through http_request_set_body), or 1 when it answered in resp (e.g.
 * 403). It runs after routing succeeded (unknown paths get 404 / 405
 * without it) and, on buffered routes, once the whole body is in; on
 * streaming routes it runs when the headers are in (req->streaming, body
 * NULL), before stream_open. */
typedef int (*http_auth_fn)(void *ctx, http_request *req, http_response *resp);

/* Replace the body seen by the handler (the server keeps p until the
 * request ends; p must be malloc'd and becomes owned by the server). */
void http_request_set_body(http_request *req, uint8_t *p, size_t n);

/* A filter between a streamed body and its route (installed by the hook on
 * a streaming request: SigV4 hashes the payload, or decodes and verifies
 * aws-chunked bodies, as it arrives). feed() sees every piece of the body
 * and passes what the route's stream callback should see to emit (which
 * returns 0, or -1 when the route's stream failed; feed should then go on
 * verifying but stop emitting). At the end of the body finish() decides.
 * When feed or finish fails (-1 with err), the server answers 403
 * AccessDeniedException itself with err's message: neither the route's end
 * call (n == 0) nor its handler runs, so a route that commits only in its
 * handler never commits unauthenticated bytes; stream_close still runs.
 * free() releases state when the request ends. */
typedef int (*http_emit_fn)(void *emit_ctx, const uint8_t *p, size_t n);
typedef struct http_body_filter {
    int (*feed)(void *state, const uint8_t *p, size_t n, http_emit_fn emit, void *emit_ctx,
                tess_error *err);
    int (*finish)(void *state, tess_error *err);
    void (*free)(void *state);
    void *state;                /* owned by the filter: free(state) at the end */
} http_body_filter;

/* Install a filter (streaming requests only, from the hook; a second call
 * replaces and frees the first). The server owns f->state from here on. */
void http_request_set_body_filter(http_request *req, const http_body_filter *f);

/* Streaming routes: set stream (and usually stream_open / stream_close).
 * Once the headers are in (and the hook accepted), stream_open(ctx, req,
 * &state, err) runs; then stream(ctx, state, p, n, err) for every piece of
 * the body as it arrives (no buffering, pieces of any size), then once
 * with n == 0 at the end; then the handler, with req->stream_state. A -1
 * from stream_open or stream stops the calls (the rest of the body is read
 * and dropped) and the handler runs with req->stream_failed and
 * req->stream_error set. stream_close(ctx, state) runs when the request
 * ends, whatever happened (client gone, server stopping), if stream_open
 * succeeded. max_body bounds the streamed total too, but 0 means no limit
 * here. */
typedef int (*http_stream_open_fn)(void *ctx, const http_request *req, void **stream_state,
                                   tess_error *err);
typedef void (*http_stream_close_fn)(void *ctx, void *stream_state);

typedef struct http_route {
    const char *method;         /* exact, or "*"; a "GET" route also answers HEAD */
    const char *pattern;        /* "/datastore/{id}/imageSet/{id}/getImageFrame": {x} matches
                                   one non-empty segment, "{*}" at the end matches the rest */
    http_handler_fn handler;
    void *ctx;
    size_t max_body;            /* 0: the server's default (1 MiB); streaming: no limit */
    http_chunk_fn stream;       /* NULL: the body is buffered */
    http_stream_open_fn stream_open;    /* optional */
    http_stream_close_fn stream_close;  /* optional */
    bool offload;               /* the handler may block for long (STOW-RS, a study
                                   retrieved whole): it runs on a thread of its own with
                                   the connection suspended, so the other connections of
                                   the server thread that received it go on meanwhile */
} http_route;

/* The path parameters of the matched route, in order ({id} segments),
 * percent-decoded ('+' stays '+'); NULL past the end. Routes are tried in
 * the order given and the first whose method and pattern match wins, so a
 * literal segment wins over a parameter only when its route comes first. */
const char *http_path_param(const http_request *req, unsigned i);

typedef struct http_config {
    const char *listen;         /* "127.0.0.1:8080", "0.0.0.0:80", ":8080" */
    unsigned threads;           /* worker threads (0: one per core) */
    unsigned connection_timeout;/* seconds idle before close (default 30) */
    size_t max_body;            /* default body limit (default 1 MiB) */
    int access_log_fd;          /* structured access log (JSON lines), -1: none */
    http_auth_fn authenticate;  /* NULL: no authentication */
    void *auth_ctx;
} http_config;

/* Start listening (threads run in the background). The caller owns *out
 * and stops it with http_server_stop. Routes are copied (strings too);
 * their ctx pointers must outlive the server. Patterns are checked here
 * (start with '/', {x} a whole segment, {*} only last). The access log fd
 * is borrowed: one JSON line per request (and libmicrohttpd's own
 * messages as {"time","mhd"} lines), each written with one write(). */
int http_server_start(const http_config *cfg, const http_route *routes, size_t nroutes,
                      http_server **out, tess_error *err);

/* The port actually bound (useful with port 0). */
unsigned http_server_port(const http_server *s);

/* Stop accepting, let in-flight requests finish (up to `grace` seconds),
 * free everything. */
void http_server_stop(http_server *s, unsigned grace);

#endif
