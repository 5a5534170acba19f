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
 */
#ifndef TESSERA_HTTP_HTTP_H
#define TESSERA_HTTP_HTTP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"
#include "util/error.h"

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
    void *server_data;          /* per-request data of the server: do not touch */
} http_request;

/* A header by name (case-insensitive), NULL when absent. */
const char *http_header_get(const http_request *r, const char *name);

/* The i-th value (0-based) of query parameter `name`, percent-decoded into
 * out (cap bytes); NULL when absent. */
const char *http_query_get(const http_request *r, const char *name, unsigned i, char *out,
                           size_t cap);

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
} http_response;

/* Add a response header (name and value are copied). */
void http_response_header(http_response *resp, const char *name, const char *value);

/* Convenience: status + Content-Type + body bytes (copied). */
void http_response_bytes(http_response *resp, int status, const char *content_type,
                         const void *p, size_t n);

/* A file range as the body: the response takes ownership of fd. */
void http_response_fd(http_response *resp, int status, const char *content_type, int fd,
                      uint64_t offset, uint64_t length);

/* A handler fills resp and returns 0; -1 means an internal error (the
 * server answers 500 with err's message logged, not sent). */
typedef int (*http_handler_fn)(void *ctx, const http_request *req, http_response *resp,
                               tess_error *err);

/* Streaming request bodies: called per chunk, then once with n == 0 at the
 * end; return -1 to abort (the handler still runs, with `failed` set). */
typedef int (*http_chunk_fn)(void *ctx, void *stream_state, const uint8_t *p, size_t n,
                             tess_error *err);

/* Called before routing: return 0 to go on (the hook may replace the body
 * through http_request_set_body), or 1 when it answered in resp (e.g. 403). */
typedef int (*http_auth_fn)(void *ctx, http_request *req, http_response *resp);

/* Replace the body seen by the handler (the server keeps p until the
 * request ends; p must be malloc'd and becomes owned by the server). */
void http_request_set_body(http_request *req, uint8_t *p, size_t n);

typedef struct http_route {
    const char *method;         /* exact, or "*" */
    const char *pattern;        /* "/datastore/{id}/imageSet/{id}/getImageFrame": {x} matches
                                   one non-empty segment, "{*}" at the end matches the rest */
    http_handler_fn handler;
    void *ctx;
    size_t max_body;            /* 0: the server's default (1 MiB) */
} http_route;

/* The path parameters of the matched route, in order ({id} segments),
 * percent-decoded; NULL past the end. */
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
 * and stops it with http_server_stop. Routes are copied; their ctx
 * pointers must outlive the server. */
int http_server_start(const http_config *cfg, const http_route *routes, size_t nroutes,
                      http_server **out, tess_error *err);

/* The port actually bound (useful with port 0). */
unsigned http_server_port(const http_server *s);

/* Stop accepting, let in-flight requests finish (up to `grace` seconds),
 * free everything. */
void http_server_stop(http_server *s, unsigned grace);

#endif
