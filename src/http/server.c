/*
 * server.c - the HTTP server on libmicrohttpd (see http.h, docs/http.md).
 *
 * libmicrohttpd (MHD) owns sockets, parsing and sending; this file owns the
 * per-request state and turns MHD's callbacks into the plain request /
 * response model of http.h:
 *
 *   on_uri        MHD saw a request line: allocate the request state, keep
 *                 the request target exactly as received (MHD decodes its
 *                 own copy in place; SigV4 needs the raw one), count the
 *                 request as in flight.
 *   on_access     1st call: headers are in. Copy them, check the limits,
 *                 route, check Content-Length against the route's limit;
 *                 streaming routes run the hook and stream_open here.
 *                 Next calls: body pieces (buffered or streamed).
 *                 Last call: hook, handler, response.
 *   on_completed  the request is over (sent, failed, timed out, shut
 *                 down): access log line, free, in-flight count down.
 *
 * Offloaded routes (http_route.offload: handlers that may block for long,
 * such as STOW-RS committing a study): on the last call the connection is
 * suspended (MHD_suspend_connection, MHD's flow control) and the stream's
 * end call and the handler run on a thread of their own; when it is done
 * it resumes the connection, and MHD's next call to on_access sends the
 * answer. So a slow handler holds only its own connection, not the other
 * connections of the pool thread that received it. The stop waits for
 * running offloads before stopping MHD (a suspended connection must be
 * resumed first).
 *
 * An answer decided on the first call (404, 413, ...) is queued at once
 * when a body follows (MHD then closes the connection instead of reading
 * the body); without a body it waits for the last call so that the
 * connection stays alive (MHD closes any connection answered early).
 *
 * libmicrohttpd is not linked but loaded (dlopen) by the first server
 * start, into the server's own table (mhd_api): it brings GnuTLS and a
 * dozen other libraries, about 1.1 ms of start-up that every tessera
 * process paid, the one-process-per-file commands (transcode, json, dump)
 * included, although only `serve` and the tests start a server
 * (docs/benchmarks.md). It stays loaded for the life of the process (dlopen
 * counts references; a second server finds it loaded); a missing or older
 * library is an error of http_server_start that names it.
 *
 * Threads: MHD's pool (MHD_USE_AUTO: epoll on Linux) runs every callback;
 * a connection stays on one thread, so request state needs no lock. The
 * server's only shared mutable state is the in-flight count (mutex) and
 * the stopping flag (atomic).
 */
#include "http/http_internal.h"

#include <arpa/inet.h>
#include <dlfcn.h>
#include <errno.h>
#include <inttypes.h>
#include <microhttpd.h>
#include <netdb.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "util/id.h"

#ifndef HTTP_MHD_SONAME
#define HTTP_MHD_SONAME "libmicrohttpd.so.12"   /* the Makefile passes the one it finds */
#endif

/* The libmicrohttpd functions this file calls, looked up at start. */
typedef struct mhd_api {
    __typeof__(MHD_start_daemon) *start_daemon;
    __typeof__(MHD_get_daemon_info) *get_daemon_info;
    __typeof__(MHD_quiesce_daemon) *quiesce_daemon;
    __typeof__(MHD_stop_daemon) *stop_daemon;
    __typeof__(MHD_get_connection_info) *get_connection_info;
    __typeof__(MHD_get_connection_values) *get_connection_values;
    __typeof__(MHD_suspend_connection) *suspend_connection;
    __typeof__(MHD_resume_connection) *resume_connection;
    __typeof__(MHD_create_response_from_buffer) *create_response_from_buffer;
    __typeof__(MHD_create_response_from_fd_at_offset64) *create_response_from_fd_at_offset64;
    __typeof__(MHD_add_response_header) *add_response_header;
    __typeof__(MHD_queue_response) *queue_response;
    __typeof__(MHD_destroy_response) *destroy_response;
} mhd_api;

struct http_server {
    mhd_api mhd;                /* filled by mhd_load; read-only after */
    struct MHD_Daemon *daemon;
    arena mem;                  /* compiled routes and their strings */
    http_route_c *routes;
    size_t nroutes;
    size_t max_body;
    int log_fd;
    http_auth_fn authenticate;
    void *auth_ctx;
    unsigned port;
    pthread_mutex_t mu;
    pthread_cond_t cv;          /* signalled when inflight drops */
    unsigned inflight;          /* requests between on_uri and on_completed */
    unsigned offloads;          /* offload threads running (under mu, cv signalled) */
    atomic_bool stopping;
};

enum { PH_NEW, PH_BODY, PH_OFFLOADED, PH_DONE };

typedef struct reqstate {
    http_req_shared shared;     /* first member: http_request.server_data points here */
    http_request req;
    http_server *srv;
    arena mem;                  /* target, headers, path, params */
    char id[TESS_ID_LEN + 1];
    char remote[INET6_ADDRSTRLEN];
    char *target;               /* request target as received */
    size_t target_len;
    int phase;
    const http_route_c *route;
    http_response early;        /* answer decided on the first call */
    bool has_early;
    bool has_body;
    size_t max_body;            /* SIZE_MAX: no limit */
    uint64_t received;
    bool over_limit;
    bool body_oom;
    uint8_t *body;              /* buffered body (malloc'd) */
    size_t body_len, body_cap;
    bool stream_opened;
    char stream_err[TESS_ERROR_MAX];
    bool filter_failed;         /* the body filter refused the body: 403, no handler */
    char filter_err[TESS_ERROR_MAX];
    struct MHD_Connection *conn;        /* an offloaded request's, to resume it */
    http_response offload_resp;         /* an offloaded handler's answer */
    atomic_bool offload_done;           /* set by the offload thread before it resumes */
    int status;                 /* queued status, 0 if none */
    uint64_t bytes;             /* body bytes of the queued response */
    char err[TESS_ERROR_MAX];   /* for the access log only */
    struct timespec t0;         /* monotonic, at on_uri */
    struct timespec wall0;      /* wall clock, at on_uri */
} reqstate;

/* ---- access log ---- */

static void put_time(tess_buf *b, const struct timespec *ts) {
    struct tm tm;
    gmtime_r(&ts->tv_sec, &tm);
    tess_buf_printf(b, "\"%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ\"", tm.tm_year + 1900,
                    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                    ts->tv_nsec / 1000000);
}

/* One write() of the whole line; a short write (disk full, signal) is
 * retried for the rest, which then is no longer atomic. */
static void log_write(int fd, tess_buf *b) {
    if (fd < 0 || b->failed) return;
    size_t off = 0;
    while (off < b->len) {
        ssize_t w = write(fd, b->data + off, b->len - off);
        if (w < 0) {
            if (errno == EINTR) continue;
            return;
        }
        off += (size_t)w;
    }
}

static void json_field(tess_buf *b, const char *name, const char *v) {
    tess_buf_printf(b, ",\"%s\":", name);
    if (v) http_json_str(b, v, strlen(v));
    else tess_buf_puts(b, "null");
}

static void log_request(reqstate *st) {
    http_server *s = st->srv;
    if (s->log_fd < 0) return;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double ms = (double)(now.tv_sec - st->t0.tv_sec) * 1e3 +
                (double)(now.tv_nsec - st->t0.tv_nsec) / 1e6;
    tess_buf b;
    tess_buf_init(&b, -1);
    tess_buf_puts(&b, "{\"time\":");
    put_time(&b, &st->wall0);
    json_field(&b, "request_id", st->id);
    json_field(&b, "remote", st->remote);
    json_field(&b, "method", st->req.method[0] ? st->req.method : NULL);
    tess_buf_puts(&b, ",\"path\":");
    /* The raw path, without the query (which may carry credentials). */
    size_t plen = st->target_len;
    const char *q = memchr(st->target, '?', st->target_len);
    if (q) plen = (size_t)(q - st->target);
    http_json_str(&b, st->target, plen);
    tess_buf_printf(&b, ",\"status\":%d,\"bytes\":%" PRIu64 ",\"duration_ms\":%.3f", st->status,
                    st->bytes, ms);
    json_field(&b, "user_agent", st->req.nheaders ? http_header_get(&st->req, "User-Agent") : NULL);
    if (st->err[0]) json_field(&b, "error", st->err);
    tess_buf_puts(&b, "}\n");
    log_write(s->log_fd, &b);
    tess_buf_free(&b);
}

static void on_mhd_log(void *cls, const char *fmt, va_list ap) {
    http_server *s = cls;
    if (s->log_fd < 0) return;
    char msg[1024];
    int n = vsnprintf(msg, sizeof msg, fmt, ap);
    if (n < 0) return;
    size_t len = strlen(msg);
    while (len && (msg[len - 1] == '\n' || msg[len - 1] == '\r')) len--;
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    tess_buf b;
    tess_buf_init(&b, -1);
    tess_buf_puts(&b, "{\"time\":");
    put_time(&b, &now);
    tess_buf_puts(&b, ",\"mhd\":");
    http_json_str(&b, msg, len);
    tess_buf_puts(&b, "}\n");
    log_write(s->log_fd, &b);
    tess_buf_free(&b);
}

static void set_err(reqstate *st, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void set_err(reqstate *st, const char *fmt, ...) {
    if (st->err[0]) return;     /* the first cause is the interesting one */
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(st->err, sizeof st->err, fmt, ap);
    va_end(ap);
}

/* ---- responses ---- */

static void internal_error(reqstate *st, http_response *resp, const char *why) {
    set_err(st, "%s", why);
    http_response_free(resp);
    char msg[96];
    snprintf(msg, sizeof msg, "internal error (request %s)", st->id);
    http_response_error(resp, 500, "InternalServerException", msg);
}

/* Hand resp to MHD (resp is freed). Returns what the access handler
 * returns: MHD_NO closes the connection. */
static enum MHD_Result send_response(reqstate *st, struct MHD_Connection *c,
                                     http_response *resp) {
    st->phase = PH_DONE;
    if (resp->status < 100 || resp->status > 599) {
        char why[64];
        snprintf(why, sizeof why, "response status %d is not an HTTP status", resp->status);
        internal_error(st, resp, why);
    } else if (resp->kind == HTTP_BODY_BUF && resp->buf.failed) {
        char why[200];
        snprintf(why, sizeof why, "response body: %s", resp->buf.why);
        internal_error(st, resp, why);
    } else if (resp->kind == HTTP_BODY_FD && (resp->fd < 0 || resp->offset > INT64_MAX ||
                                              resp->length > INT64_MAX - resp->offset)) {
        internal_error(st, resp, "response file range is invalid");
    }
    struct MHD_Response *r = NULL;
    uint64_t bytes = 0;
    if (resp->kind == HTTP_BODY_BUF && resp->buf.len) {
        r = st->srv->mhd.create_response_from_buffer(resp->buf.len, resp->buf.data,
                                            MHD_RESPMEM_MUST_FREE);
        if (r) {    /* MHD frees the bytes now */
            bytes = resp->buf.len;
            resp->buf.data = NULL;
            resp->buf.len = resp->buf.cap = 0;
        }
    } else if (resp->kind == HTTP_BODY_FD) {
        r = st->srv->mhd.create_response_from_fd_at_offset64(resp->length, resp->fd, resp->offset);
        if (r) {    /* MHD closes the fd now */
            bytes = resp->length;
            resp->fd = -1;
        }
    } else {
        r = st->srv->mhd.create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
    }
    if (!r) {
        set_err(st, "could not create the response (out of memory?)");
        http_response_free(resp);
        return MHD_NO;
    }
    unsigned dropped = resp->dropped;
    for (size_t i = 0; i < resp->nheaders; i++) {
        const http_header *h = &resp->headers[i];
        if (strcasecmp(h->name, "Content-Length") == 0) continue;   /* MHD's own */
        if (st->srv->mhd.add_response_header(r, h->name, h->value) != MHD_YES) dropped++;
    }
    if (st->srv->mhd.add_response_header(r, "x-amzn-RequestId", st->id) != MHD_YES) dropped++;
    if (atomic_load(&st->srv->stopping)) st->srv->mhd.add_response_header(r, "Connection", "close");
    if (dropped) set_err(st, "%u response header(s) dropped (too many or invalid)", dropped);
    st->status = resp->status;
    st->bytes = bytes;
    enum MHD_Result ret = st->srv->mhd.queue_response(c, (unsigned)resp->status, r);
    st->srv->mhd.destroy_response(r);
    http_response_free(resp);
    if (ret != MHD_YES) {
        set_err(st, "libmicrohttpd refused to queue the response");
        st->status = 0;
    }
    return ret;
}

/* Decide an answer on the first call (see the file comment). */
static void early(reqstate *st, int status, const char *type, const char *msg) {
    http_response_error(&st->early, status, type, msg);
    st->has_early = true;
}

/* ---- the request ---- */

static void *on_uri(void *cls, const char *uri, struct MHD_Connection *c) {
    http_server *s = cls;
    reqstate *st = calloc(1, sizeof *st);
    if (!st) return NULL;
    st->srv = s;
    clock_gettime(CLOCK_MONOTONIC, &st->t0);
    clock_gettime(CLOCK_REALTIME, &st->wall0);
    arena_init(&st->mem, 1 << 20);
    st->mem.block_size = 4096;
    http_response_init(&st->early);
    http_response_init(&st->offload_resp);
    atomic_init(&st->offload_done, false);
    st->target_len = strlen(uri);
    st->target = arena_memdup(&st->mem, uri, st->target_len);
    if (st->target) tess_id_fast(st->id);
    if (!st->target) {
        arena_destroy(&st->mem);
        free(st);
        return NULL;
    }
    const union MHD_ConnectionInfo *ci =
        s->mhd.get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (ci && ci->client_addr) {
        const struct sockaddr *sa = ci->client_addr;
        if (sa->sa_family == AF_INET)
            inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr,
                      st->remote, sizeof st->remote);
        else if (sa->sa_family == AF_INET6)
            inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr,
                      st->remote, sizeof st->remote);
    }
    st->req.server_data = &st->shared;
    st->req.request_id = st->id;
    st->req.remote_addr = st->remote;
    st->req.method = "";
    st->req.path = st->req.raw_path = "";
    st->req.query = "";
    st->req.stream_error = "";
    pthread_mutex_lock(&s->mu);
    s->inflight++;
    pthread_mutex_unlock(&s->mu);
    return st;
}

typedef struct hdr_collect {
    reqstate *st;
    http_header *h;
    size_t n, cap;
    size_t total;               /* header line bytes */
    size_t longest;
    bool oom;
} hdr_collect;

static enum MHD_Result collect_header(void *cls, enum MHD_ValueKind kind, const char *key,
                                      const char *value) {
    hdr_collect *hc = cls;
    if (hc->n >= hc->cap) return MHD_NO;
    if (!value) value = "";
    size_t kl = strlen(key), vl = strlen(value);
    size_t line = kl + 2 + vl;
    /* RFC 9110 5.5: trailing whitespace is not part of the value (MHD
     * strips the leading one only). */
    while (vl && (value[vl - 1] == ' ' || value[vl - 1] == '\t')) vl--;
    hc->total += line + 2;
    if (line > hc->longest) hc->longest = line;
    char *k = arena_memdup(&hc->st->mem, key, kl);
    char *v = arena_memdup(&hc->st->mem, value, vl);
    if (!k || !v) { hc->oom = true; return MHD_NO; }
    hc->h[hc->n].name = k;
    hc->h[hc->n].value = v;
    hc->n++;
    return MHD_YES;
}

/* The first call: headers, limits, routing, Content-Length. An answer
 * decided here goes to st->early. */
static void begin(reqstate *st, struct MHD_Connection *c, const char *method) {
    http_server *s = st->srv;
    http_request *req = &st->req;
    char msg[256];
    req->method = arena_memdup(&st->mem, method, strlen(method));
    int count = s->mhd.get_connection_values(c, MHD_HEADER_KIND, NULL, NULL);
    hdr_collect hc = {.st = st, .cap = count > 0 ? (size_t)count : 0};
    if (hc.cap) hc.h = arena_alloc(&st->mem, hc.cap * sizeof *hc.h);
    if (!req->method || (hc.cap && !hc.h)) {
        req->method = req->method ? req->method : "";
        early(st, 500, "InternalServerException", "out of memory");
        set_err(st, "out of memory copying the request");
        return;
    }
    if (hc.cap) s->mhd.get_connection_values(c, MHD_HEADER_KIND, collect_header, &hc);
    req->headers = hc.h;
    req->nheaders = hc.n;
    if (hc.oom) {
        early(st, 500, "InternalServerException", "out of memory");
        set_err(st, "out of memory copying the headers");
        return;
    }
    const char *cl = http_header_get(req, "Content-Length");
    const char *te = http_header_get(req, "Transfer-Encoding");
    st->has_body = te != NULL || (cl && strtoull(cl, NULL, 10) > 0);

    if (st->target_len > HTTP_MAX_REQUEST_TARGET) {
        snprintf(msg, sizeof msg, "request target over %d bytes", HTTP_MAX_REQUEST_TARGET);
        early(st, 414, "ValidationException", msg);
        return;
    }
    if (hc.n > HTTP_MAX_HEADERS) {
        snprintf(msg, sizeof msg, "more than %d request headers", HTTP_MAX_HEADERS);
        early(st, 431, "ValidationException", msg);
        return;
    }
    if (hc.longest > HTTP_MAX_HEADER_LINE) {
        snprintf(msg, sizeof msg, "a request header line is over %d bytes",
                 HTTP_MAX_HEADER_LINE);
        early(st, 431, "ValidationException", msg);
        return;
    }
    if (hc.total + st->target_len > HTTP_MAX_HEADER_BLOCK) {
        snprintf(msg, sizeof msg, "request headers over %d bytes in all", HTTP_MAX_HEADER_BLOCK);
        early(st, 431, "ValidationException", msg);
        return;
    }

    /* Split the target: raw path, raw query. */
    const char *qm = memchr(st->target, '?', st->target_len);
    size_t plen = qm ? (size_t)(qm - st->target) : st->target_len;
    char *raw_path = arena_memdup(&st->mem, st->target, plen);
    char *path = arena_alloc(&st->mem, plen + 1);
    if (!raw_path || !path) {
        early(st, 500, "InternalServerException", "out of memory");
        set_err(st, "out of memory copying the path");
        return;
    }
    req->raw_path = raw_path;
    req->query = qm ? qm + 1 : "";
    if (raw_path[0] != '/') {
        early(st, 400, "ValidationException", "the request target must be an absolute path");
        return;
    }
    tess_error err = {{0}};
    http_path hp;
    if (http_pct_decode(path, raw_path, plen, false) < 0 ||
        http_path_split(&st->mem, raw_path, &hp, &err) != 0) {
        early(st, 400, "ValidationException", "malformed percent-encoding in the path");
        if (err.msg[0]) set_err(st, "%s", err.msg);
        return;
    }
    req->path = path;

    size_t which = 0;
    char allow[128];
    http_match_result m =
        http_route_match(&st->mem, s->routes, s->nroutes, req->method, &hp, &which,
                         st->shared.params, &st->shared.nparams, allow, sizeof allow);
    if (m == HTTP_MATCH_NO_PATH || m == HTTP_MATCH_NO_METHOD) {
        tess_buf b;
        tess_buf_init(&b, -1);
        if (m == HTTP_MATCH_NO_PATH)
            tess_buf_printf(&b, "no route for %s %s", req->method, raw_path);
        else
            tess_buf_printf(&b, "method %s not allowed for %s", req->method, raw_path);
        tess_buf_putc(&b, '\0');
        early(st, m == HTTP_MATCH_NO_PATH ? 404 : 405, "UnknownOperationException",
              b.failed ? "no route" : (const char *)b.data);
        tess_buf_free(&b);
        if (m == HTTP_MATCH_NO_METHOD) http_response_header(&st->early, "Allow", allow);
        return;
    }
    if (m != HTTP_MATCH_OK) {
        early(st, 400, "ValidationException", "malformed percent-encoding in the path");
        return;
    }
    st->route = &s->routes[which];
    const http_route *r = &st->route->r;
    st->max_body = r->max_body ? r->max_body : r->stream ? SIZE_MAX : s->max_body;
    if (cl) {
        char *end;
        errno = 0;
        unsigned long long n = strtoull(cl, &end, 10);
        if (errno == 0 && *end == '\0' && n > st->max_body) {
            snprintf(msg, sizeof msg, "request body of %llu bytes is over the limit of %zu bytes",
                     n, st->max_body);
            early(st, 413, "ValidationException", msg);
            return;
        }
    }
    if (r->stream) {
        req->streaming = true;
        if (s->authenticate) {
            http_response resp;
            http_response_init(&resp);
            if (s->authenticate(s->auth_ctx, req, &resp) != 0) {
                http_response_free(&st->early);
                st->early = resp;   /* the struct moves; its pointers stay valid */
                st->has_early = true;
                if (resp.status == 0) {
                    http_response_free(&st->early);
                    early(st, 500, "InternalServerException", "internal error");
                    set_err(st, "authenticate hook answered without a status");
                }
                return;
            }
            http_response_free(&resp);
        }
        void *state = NULL;
        if (r->stream_open) {
            if (r->stream_open(r->ctx, req, &state, &err) != 0) {
                req->stream_failed = true;
                snprintf(st->stream_err, sizeof st->stream_err, "%s",
                         err.msg[0] ? err.msg : "stream_open failed");
                req->stream_error = st->stream_err;
                return;
            }
        }
        st->stream_opened = true;
        req->stream_state = state;
    }
}

/* Body bytes to the route's stream callback (directly, or emitted by the
 * body filter); -1 once the stream has failed. */
static int to_stream(void *ctx, const uint8_t *p, size_t n) {
    reqstate *st = ctx;
    const http_route *r = &st->route->r;
    if (st->req.stream_failed) return -1;
    if (n == 0) return 0;
    tess_error err = {{0}};
    if (r->stream(r->ctx, st->req.stream_state, p, n, &err) != 0) {
        st->req.stream_failed = true;
        snprintf(st->stream_err, sizeof st->stream_err, "%s",
                 err.msg[0] ? err.msg : "stream call failed");
        st->req.stream_error = st->stream_err;
        return -1;
    }
    return 0;
}

/* A piece of the body. */
static enum MHD_Result take_body(reqstate *st, const char *p, size_t n) {
    st->received += n;
    if (st->over_limit || st->body_oom || st->has_early) {
        if (st->received - (st->max_body == SIZE_MAX ? 0 : st->max_body) > HTTP_MAX_DISCARD) {
            set_err(st, "request body kept coming %" PRIu64 " bytes past its limit: connection "
                        "closed", (uint64_t)HTTP_MAX_DISCARD);
            return MHD_NO;
        }
        return MHD_YES;
    }
    if (st->received > st->max_body) {
        st->over_limit = true;
        return MHD_YES;
    }
    const http_route *r = &st->route->r;
    if (r->stream) {
        http_body_filter *f = &st->shared.filter;
        if (f->feed) {
            if (st->filter_failed) return MHD_YES;
            tess_error err = {{0}};
            if (f->feed(f->state, (const uint8_t *)p, n, to_stream, st, &err) != 0) {
                st->filter_failed = true;
                snprintf(st->filter_err, sizeof st->filter_err, "%s",
                         err.msg[0] ? err.msg : "the request body was refused");
            }
            return MHD_YES;
        }
        to_stream(st, (const uint8_t *)p, n);
        return MHD_YES;
    }
    if (st->body_cap - st->body_len < n) {
        size_t need = st->body_len + n;     /* <= max_body, checked above */
        size_t cap = st->body_cap ? st->body_cap : 16384;
        while (cap < need) cap = cap > SIZE_MAX / 2 ? SIZE_MAX : cap * 2;
        if (cap > st->max_body) cap = st->max_body;
        uint8_t *d = realloc(st->body, cap);
        if (!d) {
            st->body_oom = true;
            return MHD_YES;
        }
        st->body = d;
        st->body_cap = cap;
    }
    memcpy(st->body + st->body_len, p, n);
    st->body_len += n;
    return MHD_YES;
}

/* A streaming route's end call, then the handler, into resp. */
static void run_handler(reqstate *st, http_response *resp) {
    const http_route *r = &st->route->r;
    http_request *req = &st->req;
    if (r->stream && !req->stream_failed) {
        tess_error err = {{0}};
        if (r->stream(r->ctx, req->stream_state, NULL, 0, &err) != 0) {
            req->stream_failed = true;
            snprintf(st->stream_err, sizeof st->stream_err, "%s",
                     err.msg[0] ? err.msg : "stream call failed");
            req->stream_error = st->stream_err;
        }
    }
    tess_error err = {{0}};
    if (r->handler(r->ctx, req, resp, &err) != 0)
        internal_error(st, resp, err.msg[0] ? err.msg : "handler failed without a message");
}

/* The offload thread: the handler, then the connection resumed. st may be
 * freed (on_completed) as soon as the connection is resumed. */
static void *offload_main(void *arg) {
    reqstate *st = arg;
    http_server *s = st->srv;
    struct MHD_Connection *c = st->conn;
    run_handler(st, &st->offload_resp);
    atomic_store(&st->offload_done, true);
    s->mhd.resume_connection(c);
    pthread_mutex_lock(&s->mu);
    s->offloads--;
    pthread_cond_broadcast(&s->cv);
    pthread_mutex_unlock(&s->mu);
    return NULL;
}

/* Suspend the connection and run the handler on a thread of its own.
 * false (nothing done) when no thread could be started: the caller runs
 * it here. */
static bool offload(reqstate *st, struct MHD_Connection *c) {
    http_server *s = st->srv;
    st->conn = c;
    st->phase = PH_OFFLOADED;
    pthread_mutex_lock(&s->mu);
    s->offloads++;
    pthread_mutex_unlock(&s->mu);
    s->mhd.suspend_connection(c);   /* before the thread exists: it may resume at once */
    pthread_attr_t at;
    pthread_t th;
    int e = pthread_attr_init(&at);
    if (e == 0) {
        pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
        e = pthread_create(&th, &at, offload_main, st);
        pthread_attr_destroy(&at);
    }
    if (e == 0) return true;
    s->mhd.resume_connection(c);
    st->phase = PH_BODY;
    pthread_mutex_lock(&s->mu);
    s->offloads--;
    pthread_cond_broadcast(&s->cv);
    pthread_mutex_unlock(&s->mu);
    return false;
}

/* The last call: the body is in. */
static enum MHD_Result finish(reqstate *st, struct MHD_Connection *c) {
    http_server *s = st->srv;
    http_request *req = &st->req;
    if (st->has_early) return send_response(st, c, &st->early);
    http_response resp;
    http_response_init(&resp);
    if (st->over_limit) {
        char msg[128];
        snprintf(msg, sizeof msg, "request body is over the limit of %zu bytes", st->max_body);
        http_response_error(&resp, 413, "ValidationException", msg);
        return send_response(st, c, &resp);
    }
    if (st->body_oom) {
        internal_error(st, &resp, "out of memory buffering the request body");
        return send_response(st, c, &resp);
    }
    const http_route *r = &st->route->r;
    if (!r->stream) {
        req->body = st->body_len ? st->body : NULL;
        req->body_len = st->body_len;
        if (s->authenticate && s->authenticate(s->auth_ctx, req, &resp) != 0) {
            if (resp.status == 0) internal_error(st, &resp, "authenticate hook answered without a status");
            return send_response(st, c, &resp);
        }
    } else {
        http_body_filter *f = &st->shared.filter;
        if (f->feed && !st->filter_failed && f->finish) {
            tess_error ferr = {{0}};
            if (f->finish(f->state, &ferr) != 0) {
                st->filter_failed = true;
                snprintf(st->filter_err, sizeof st->filter_err, "%s",
                         ferr.msg[0] ? ferr.msg : "the request body was refused");
            }
        }
        if (st->filter_failed) {
            set_err(st, "body refused by the authenticate hook's filter: %s", st->filter_err);
            http_response_error(&resp, 403, "AccessDeniedException", st->filter_err);
            return send_response(st, c, &resp);
        }
    }
    if (r->offload && offload(st, c)) return MHD_YES;
    run_handler(st, &resp);
    return send_response(st, c, &resp);
}

static enum MHD_Result on_access(void *cls, struct MHD_Connection *c, const char *url,
                                 const char *method, const char *version,
                                 const char *upload_data, size_t *upload_data_size,
                                 void **con_cls) {
    reqstate *st = *con_cls;
    if (!st) return MHD_NO;     /* on_uri could not allocate: drop the connection */
    if (st->phase == PH_OFFLOADED) {
        /* resumed: the offloaded handler's answer is ready */
        if (!atomic_load(&st->offload_done)) return MHD_YES;
        st->phase = PH_DONE;
        return send_response(st, c, &st->offload_resp);
    }
    if (st->phase == PH_NEW) {
        st->phase = PH_BODY;
        begin(st, c, method);
        if (st->has_early && st->has_body) return send_response(st, c, &st->early);
        return MHD_YES;
    }
    if (*upload_data_size) {
        size_t n = *upload_data_size;
        *upload_data_size = 0;
        if (st->phase == PH_DONE) return MHD_YES;
        return take_body(st, upload_data, n);
    }
    if (st->phase == PH_DONE) return MHD_YES;
    return finish(st, c);
}

static const char *termination_reason(enum MHD_RequestTerminationCode toe) {
    switch (toe) {
    case MHD_REQUEST_TERMINATED_COMPLETED_OK: return "completed";
    case MHD_REQUEST_TERMINATED_WITH_ERROR: return "error in libmicrohttpd or the handler";
    case MHD_REQUEST_TERMINATED_TIMEOUT_REACHED: return "connection timed out";
    case MHD_REQUEST_TERMINATED_DAEMON_SHUTDOWN: return "server shutting down";
    case MHD_REQUEST_TERMINATED_READ_ERROR: return "read error";
    case MHD_REQUEST_TERMINATED_CLIENT_ABORT: return "client closed the connection";
    }
    return "unknown";
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
                         enum MHD_RequestTerminationCode toe) {
    http_server *s = cls;
    reqstate *st = *con_cls;
    if (!st) return;
    *con_cls = NULL;
    if (st->phase == PH_NEW)
        set_err(st, "rejected by libmicrohttpd before routing (malformed or oversized "
                    "request header): %s", termination_reason(toe));
    else if (toe != MHD_REQUEST_TERMINATED_COMPLETED_OK)
        set_err(st, "request not completed: %s", termination_reason(toe));
    log_request(st);
    if (st->stream_opened && st->route->r.stream_close)
        st->route->r.stream_close(st->route->r.ctx, st->req.stream_state);
    free(st->body);
    free(st->shared.replaced_body);
    if (st->shared.filter.free) st->shared.filter.free(st->shared.filter.state);
    http_response_free(&st->early);
    http_response_free(&st->offload_resp);
    arena_destroy(&st->mem);
    free(st);
    pthread_mutex_lock(&s->mu);
    s->inflight--;
    pthread_cond_broadcast(&s->cv);
    pthread_mutex_unlock(&s->mu);
}

/* ---- start / stop ---- */

/* "host:port", "[v6]:port", ":port" (any IPv4 address). */
static int parse_listen(const char *listen, struct sockaddr_storage *ss, socklen_t *sslen,
                        tess_error *err) {
    if (!listen || !*listen) return tess_fail(err, "listen address is empty");
    const char *colon = strrchr(listen, ':');
    if (!colon) return tess_fail(err, "listen address %s: expected HOST:PORT or :PORT", listen);
    const char *ps = colon + 1;
    if (!*ps || strlen(ps) > 5 || strspn(ps, "0123456789") != strlen(ps))
        return tess_fail(err, "listen address %s: bad port", listen);
    unsigned long port = strtoul(ps, NULL, 10);
    if (port > 65535) return tess_fail(err, "listen address %s: port over 65535", listen);
    char host[256];
    size_t hl = (size_t)(colon - listen);
    if (hl >= sizeof host) return tess_fail(err, "listen address %s: host too long", listen);
    memcpy(host, listen, hl);
    host[hl] = '\0';
    if (hl >= 2 && host[0] == '[' && host[hl - 1] == ']') {
        memmove(host, host + 1, hl - 2);
        host[hl - 2] = '\0';
    } else if (strchr(host, ':')) {
        return tess_fail(err, "listen address %s: IPv6 addresses go in brackets", listen);
    }
    memset(ss, 0, sizeof *ss);
    if (!host[0]) {
        struct sockaddr_in *sin = (struct sockaddr_in *)ss;
        sin->sin_family = AF_INET;
        sin->sin_addr.s_addr = htonl(INADDR_ANY);
        sin->sin_port = htons((uint16_t)port);
        *sslen = sizeof *sin;
        return 0;
    }
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM,
                             .ai_flags = AI_PASSIVE};
    struct addrinfo *ai = NULL;
    int rc = getaddrinfo(host, NULL, &hints, &ai);
    if (rc != 0 || !ai)
        return tess_fail(err, "listen address %s: %s", listen, gai_strerror(rc));
    memcpy(ss, ai->ai_addr, ai->ai_addrlen);
    *sslen = ai->ai_addrlen;
    freeaddrinfo(ai);
    if (ss->ss_family == AF_INET)
        ((struct sockaddr_in *)ss)->sin_port = htons((uint16_t)port);
    else if (ss->ss_family == AF_INET6)
        ((struct sockaddr_in6 *)ss)->sin6_port = htons((uint16_t)port);
    else
        return tess_fail(err, "listen address %s: not an IP address", listen);
    return 0;
}

/* Load libmicrohttpd (once per process: later calls find it loaded) and
 * fill m; -1 with err naming the library and what is missing. The handle
 * is never closed: libraries it loaded (GnuTLS) keep global state. */
static int mhd_load(mhd_api *m, tess_error *err) {
    void *lib = dlopen(HTTP_MHD_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        const char *why = dlerror();
        return tess_fail(err, "cannot load libmicrohttpd (%s): %s", HTTP_MHD_SONAME,
                         why ? why : "dlopen failed");
    }
    struct { void **slot; const char *name; } want[] = {
#define MHD_FN(f) {(void **)&m->f, "MHD_" #f}
        MHD_FN(start_daemon), MHD_FN(get_daemon_info), MHD_FN(quiesce_daemon),
        MHD_FN(stop_daemon), MHD_FN(get_connection_info), MHD_FN(get_connection_values),
        MHD_FN(suspend_connection), MHD_FN(resume_connection),
        MHD_FN(create_response_from_buffer), MHD_FN(create_response_from_fd_at_offset64),
        MHD_FN(add_response_header), MHD_FN(queue_response), MHD_FN(destroy_response),
#undef MHD_FN
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        *want[i].slot = dlsym(lib, want[i].name);
        if (!*want[i].slot)
            return tess_fail(err, "%s has no %s (libmicrohttpd too old?)", HTTP_MHD_SONAME,
                             want[i].name);
    }
    return 0;
}

static void server_free(http_server *s) {
    pthread_cond_destroy(&s->cv);
    pthread_mutex_destroy(&s->mu);
    arena_destroy(&s->mem);
    free(s);
}

int http_server_start(const http_config *cfg, const http_route *routes, size_t nroutes,
                      http_server **out, tess_error *err) {
    *out = NULL;
    struct sockaddr_storage ss;
    socklen_t sslen = 0;
    if (parse_listen(cfg->listen, &ss, &sslen, err) != 0) return -1;
    http_server *s = calloc(1, sizeof *s);
    if (!s) return tess_fail(err, "out of memory starting the HTTP server");
    if (mhd_load(&s->mhd, err) != 0) {
        free(s);
        return -1;
    }
    arena_init(&s->mem, 0);
    pthread_mutex_init(&s->mu, NULL);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&s->cv, &ca);
    pthread_condattr_destroy(&ca);
    atomic_init(&s->stopping, false);
    s->max_body = cfg->max_body ? cfg->max_body : HTTP_DEFAULT_MAX_BODY;
    s->log_fd = cfg->access_log_fd;
    s->authenticate = cfg->authenticate;
    s->auth_ctx = cfg->auth_ctx;
    s->nroutes = nroutes;
    s->routes = nroutes ? arena_calloc(&s->mem, nroutes * sizeof *s->routes) : NULL;
    if (nroutes && !s->routes) {
        server_free(s);
        return tess_fail(err, "out of memory starting the HTTP server");
    }
    for (size_t i = 0; i < nroutes; i++) {
        if (http_route_compile(&s->mem, &routes[i], &s->routes[i], err) != 0) {
            server_free(s);
            return -1;
        }
    }
    unsigned threads = cfg->threads;
    if (threads == 0) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        threads = n > 0 ? (unsigned)n : 1;
    }
    unsigned timeout = cfg->connection_timeout ? cfg->connection_timeout : 30;
    unsigned flags = MHD_USE_AUTO_INTERNAL_THREAD | MHD_USE_ITC | MHD_USE_ERROR_LOG |
                     MHD_ALLOW_SUSPEND_RESUME;
    if (ss.ss_family == AF_INET6) flags |= MHD_USE_IPv6;
    s->daemon = s->mhd.start_daemon(
        flags, 0, NULL, NULL, on_access, s,
        MHD_OPTION_EXTERNAL_LOGGER, on_mhd_log, s,      /* must be first */
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
        MHD_OPTION_THREAD_POOL_SIZE, threads > 1 ? threads : 0u,
        MHD_OPTION_CONNECTION_TIMEOUT, timeout,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, HTTP_CONNECTION_MEMORY,
        MHD_OPTION_URI_LOG_CALLBACK, on_uri, s,
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, s,
        MHD_OPTION_END);
    if (!s->daemon) {
        int e = errno;
        server_free(s);
        return tess_fail(err, "cannot listen on %s (%s)", cfg->listen,
                         e ? strerror(e) : "libmicrohttpd refused to start");
    }
    const union MHD_DaemonInfo *di =
        s->mhd.get_daemon_info(s->daemon, MHD_DAEMON_INFO_BIND_PORT);
    s->port = di ? di->port : 0;
    *out = s;
    return 0;
}

unsigned http_server_port(const http_server *s) { return s->port; }

void http_server_stop(http_server *s, unsigned grace) {
    if (!s) return;
    atomic_store(&s->stopping, true);
    /* Stop accepting: MHD forgets the listening socket and hands it back;
     * shutdown() makes new connections fail at once (closing it must wait
     * until MHD's threads are gone). */
    MHD_socket lfd = s->mhd.quiesce_daemon(s->daemon);
    if (lfd != MHD_INVALID_SOCKET) shutdown(lfd, SHUT_RDWR);
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    deadline.tv_sec += grace;
    pthread_mutex_lock(&s->mu);
    while (s->inflight > 0) {
        if (pthread_cond_timedwait(&s->cv, &s->mu, &deadline) == ETIMEDOUT) break;
    }
    /* an offloaded handler resumes its connection when it ends, and MHD
     * must not be stopped with a connection suspended */
    while (s->offloads > 0) pthread_cond_wait(&s->cv, &s->mu);
    pthread_mutex_unlock(&s->mu);
    s->mhd.stop_daemon(s->daemon);  /* closes what is left; on_completed frees it */
    if (lfd != MHD_INVALID_SOCKET) close(lfd);
    server_free(s);
}
