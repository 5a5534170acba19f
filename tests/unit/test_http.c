/*
 * test_http.c - the HTTP server (src/http) over real sockets.
 *
 * A server runs on 127.0.0.1:0 with test routes; the tests talk to it with
 * the small raw-socket HTTP/1.1 client below, which sends exactly the bytes
 * it is given (so malformed and oversized requests can be sent) and parses
 * status line, headers and a Content-Length body. The access log goes to a
 * temp file the tests read back. The request accessors and response
 * builders are also tested directly, without a server.
 */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "jsoncheck.h"
#include "http/http.h"
#include "http/http_internal.h"

/* ------------------------------------------------------------------ */
/* the raw client                                                      */

typedef struct cl {
    int fd;
    char *buf;                  /* bytes read but not yet consumed */
    size_t len, cap;
} cl;

typedef struct cresp {
    int status;
    size_t nh;
    char *hn[64], *hv[64];
    char *body;                 /* NUL-terminated for convenience */
    size_t body_len;
} cresp;

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int tcp_connect(unsigned port) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return -1;
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
        close(fd);
        return -1;
    }
    struct timeval tv = {.tv_sec = 10};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

static bool cl_open(cl *c, unsigned port) {
    memset(c, 0, sizeof *c);
    c->fd = tcp_connect(port);
    return c->fd >= 0;
}

static void cl_close(cl *c) {
    if (c->fd >= 0) close(c->fd);
    free(c->buf);
    memset(c, 0, sizeof *c);
    c->fd = -1;
}

static bool cl_send(cl *c, const void *p, size_t n) {
    const char *s = p;
    while (n) {
        ssize_t w = send(c->fd, s, n, MSG_NOSIGNAL);
        if (w < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        s += w;
        n -= (size_t)w;
    }
    return true;
}

static bool cl_sends(cl *c, const char *s) { return cl_send(c, s, strlen(s)); }

/* Read more bytes into c->buf; 0 at EOF, -1 on error / timeout. */
static int cl_fill(cl *c) {
    if (c->cap - c->len < 65536) {
        c->cap = c->cap ? c->cap * 2 : 131072;
        c->buf = realloc(c->buf, c->cap + 1);
    }
    ssize_t r;
    do r = recv(c->fd, c->buf + c->len, c->cap - c->len, 0); while (r < 0 && errno == EINTR);
    if (r < 0) return -1;
    c->len += (size_t)r;
    return r > 0 ? 1 : 0;
}

static void resp_free(cresp *r) {
    for (size_t i = 0; i < r->nh; i++) { free(r->hn[i]); free(r->hv[i]); }
    free(r->body);
    memset(r, 0, sizeof *r);
}

static const char *resp_header(const cresp *r, const char *name) {
    for (size_t i = 0; i < r->nh; i++)
        if (strcasecmp(r->hn[i], name) == 0) return r->hv[i];
    return NULL;
}

/* Read one response (1xx skipped). Returns 0, or -1 when the connection
 * ended or timed out before a whole response. head: no body follows. */
static int cl_read(cl *c, cresp *r, bool head) {
    memset(r, 0, sizeof *r);
    for (;;) {
        char *end = NULL;
        while (!(c->len && (end = memmem(c->buf, c->len, "\r\n\r\n", 4)))) {
            if (cl_fill(c) <= 0) return -1;
        }
        size_t hlen = (size_t)(end - c->buf) + 4;
        c->buf[hlen - 2] = '\0';
        char *line = c->buf, *nl = strstr(line, "\r\n");
        *nl = '\0';
        if (strncmp(line, "HTTP/1.", 7) != 0) return -1;
        r->status = atoi(line + 9);
        line = nl + 2;
        while (*line) {
            nl = strstr(line, "\r\n");
            if (nl) *nl = '\0';
            char *colon = strchr(line, ':');
            if (colon && r->nh < 64) {
                *colon = '\0';
                char *v = colon + 1;
                while (*v == ' ') v++;
                r->hn[r->nh] = strdup(line);
                r->hv[r->nh] = strdup(v);
                r->nh++;
            }
            if (!nl) break;
            line = nl + 2;
        }
        memmove(c->buf, c->buf + hlen, c->len - hlen);
        c->len -= hlen;
        if (r->status >= 100 && r->status < 200) { resp_free(r); continue; }
        break;
    }
    const char *cls = resp_header(r, "Content-Length");
    size_t want = 0;
    bool to_close = false;
    if (head || r->status == 204 || r->status == 304) want = 0;
    else if (cls) want = strtoull(cls, NULL, 10);
    else to_close = true;
    if (to_close) {
        int f;
        while ((f = cl_fill(c)) > 0) {}
        if (f < 0) return -1;
        want = c->len;
    }
    while (c->len < want)
        if (cl_fill(c) <= 0) return -1;
    r->body = malloc(want + 1);
    memcpy(r->body, c->buf, want);
    r->body[want] = '\0';
    r->body_len = want;
    memmove(c->buf, c->buf + want, c->len - want);
    c->len -= want;
    return 0;
}

/* True when the server closed the connection (EOF, or reset). */
static bool cl_eof(cl *c) {
    char b;
    ssize_t r = recv(c->fd, &b, 1, 0);
    return r == 0 || (r < 0 && (errno == ECONNRESET || errno == EPIPE));
}

/* One request on a fresh connection. */
static int roundtrip(unsigned port, const void *req, size_t n, cresp *r) {
    cl c;
    if (!cl_open(&c, port)) return -1;
    int rc = -1;
    if (cl_send(&c, req, n)) rc = cl_read(&c, r, strncmp(req, "HEAD ", 5) == 0);
    cl_close(&c);
    return rc;
}

static int get(unsigned port, const char *target, cresp *r) {
    char req[16384];
    snprintf(req, sizeof req, "GET %s HTTP/1.1\r\nHost: t\r\nUser-Agent: test-agent/1.0\r\n\r\n",
             target);
    return roundtrip(port, req, strlen(req), r);
}

/* ------------------------------------------------------------------ */
/* test routes                                                         */

typedef struct tctx {
    const char *file_path;      /* for /fd */
    atomic_int slow_entered;
    atomic_int handled;
} tctx;

static int h_echo(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    tess_buf b;
    tess_buf_init(&b, -1);
    tess_buf_printf(&b, "method=%s\npath=%s\nraw=%s\nquery=%s\n", req->method, req->path,
                    req->raw_path, req->query);
    for (unsigned i = 0; http_path_param(req, i); i++)
        tess_buf_printf(&b, "p%u=%s\n", i, http_path_param(req, i));
    http_response_bytes(resp, 200, "text/plain", b.data, b.len);
    tess_buf_free(&b);
    atomic_fetch_add(&((tctx *)ctx)->handled, 1);
    return 0;
}

static int h_query(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    static const char *names[] = {"x", "y", "z", "p", "a b", "k/", "bad", "missing", "q"};
    tess_buf b;
    tess_buf_init(&b, -1);
    for (size_t n = 0; n < sizeof names / sizeof *names; n++) {
        for (unsigned i = 0; i < 3; i++) {
            char out[64];
            const char *v = http_query_get(req, names[n], i, out, sizeof out);
            if (v) tess_buf_printf(&b, "%s[%u]=<%s>\n", names[n], i, v);
        }
    }
    http_response_bytes(resp, 200, "text/plain", b.data, b.len);
    tess_buf_free(&b);
    return 0;
}

static int h_headers(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    tess_buf b;
    tess_buf_init(&b, -1);
    for (size_t i = 0; i < req->nheaders; i++)
        tess_buf_printf(&b, "%s: %s\n", req->headers[i].name, req->headers[i].value);
    const char *m = http_header_get(req, "x-MIXED");
    tess_buf_printf(&b, "get=%s\n", m ? m : "(null)");
    http_response_bytes(resp, 200, "text/plain", b.data, b.len);
    tess_buf_free(&b);
    return 0;
}

static int h_body(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    char n[32];
    snprintf(n, sizeof n, "%zu", req->body_len);
    http_response_bytes(resp, 200, "application/octet-stream", req->body ? req->body : (const uint8_t *)"",
                        req->body_len);
    http_response_header(resp, "X-Body-Len", n);
    http_response_header(resp, "X-Body-Null", req->body ? "no" : "yes");
    return 0;
}

static int h_fd(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    tctx *t = ctx;
    char off[32], len[32];
    if (!http_query_get(req, "off", 0, off, sizeof off) ||
        !http_query_get(req, "len", 0, len, sizeof len))
        return tess_fail(err, "off and len needed");
    int fd = open(t->file_path, O_RDONLY);
    if (fd < 0) return tess_fail(err, "open %s: %s", t->file_path, strerror(errno));
    http_response_fd(resp, 206, "application/octet-stream", fd, strtoull(off, NULL, 10),
                     strtoull(len, NULL, 10));
    return 0;
}

static int h_buf(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    resp->status = 200;
    resp->kind = HTTP_BODY_BUF;
    for (int i = 0; i < 10000; i++) tess_buf_printf(&resp->buf, "%d,", i);
    http_response_header(resp, "Content-Type", "text/csv");
    http_response_header(resp, "Content-Length", "3");    /* ignored: the server computes it */
    return 0;
}

static int h_fail(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    http_response_bytes(resp, 200, "text/plain", "partial", 7);     /* discarded */
    return tess_fail(err, "disk on fire: secret detail");
}

static int h_nostatus(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    return 0;
}

static int h_manyhdr(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    http_response_bytes(resp, 200, "text/plain", "ok", 2);
    for (int i = 0; i < 40; i++) {
        char n[16], v[64];
        snprintf(n, sizeof n, "X-H%d", i);
        snprintf(v, sizeof v, "value-%d-%0*d", i, 40, i);
        http_response_header(resp, n, v);
    }
    return 0;
}

static int h_slow(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    tctx *t = ctx;
    atomic_store(&t->slow_entered, 1);
    usleep(500 * 1000);
    http_response_bytes(resp, 200, "text/plain", "slow done", 9);
    return 0;
}

/* /held: an offloaded handler that waits until the test opens the gate. */
static pthread_mutex_t gate_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gate_cv = PTHREAD_COND_INITIALIZER;
static bool gate_open;
static atomic_int held_entered;
static atomic_int held_done;

static void gate_set(bool open) {
    pthread_mutex_lock(&gate_mu);
    gate_open = open;
    pthread_cond_broadcast(&gate_cv);
    pthread_mutex_unlock(&gate_mu);
}

static int h_held(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    atomic_fetch_add(&held_entered, 1);
    pthread_mutex_lock(&gate_mu);
    while (!gate_open) pthread_cond_wait(&gate_cv, &gate_mu);
    pthread_mutex_unlock(&gate_mu);
    const char *body = "held done";
    http_response_bytes(resp, 200, "text/plain", body, strlen(body));
    atomic_fetch_add(&held_done, 1);
    return 0;
}

static int h_fixed(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    const char *s = ctx;
    http_response_bytes(resp, 200, "text/plain", s, strlen(s));
    return 0;
}

/* Streaming: a rolling hash of the bytes, counts, the largest piece. */
typedef struct sstate {
    uint64_t bytes, hash, pieces, maxpiece;
    bool ended;
    uint64_t fail_after;        /* 0: never */
} sstate;

static atomic_int stream_closed;

static int s_open(void *ctx, const http_request *req, void **state, tess_error *err) {
    sstate *s = calloc(1, sizeof *s);
    if (!s) return tess_fail(err, "oom");
    char v[32];
    if (http_query_get(req, "fail_after", 0, v, sizeof v)) s->fail_after = strtoull(v, NULL, 10);
    if (http_query_get(req, "fail_open", 0, v, sizeof v)) {
        free(s);
        return tess_fail(err, "open refused");
    }
    *state = s;
    return 0;
}

static int s_chunk(void *ctx, void *state, const uint8_t *p, size_t n, tess_error *err) {
    sstate *s = state;
    if (n == 0) { s->ended = true; return 0; }
    s->pieces++;
    if (n > s->maxpiece) s->maxpiece = n;
    for (size_t i = 0; i < n; i++) s->hash = s->hash * 31 + p[i];
    s->bytes += n;
    if (s->fail_after && s->bytes > s->fail_after)
        return tess_fail(err, "stream refused after %llu bytes", (unsigned long long)s->bytes);
    return 0;
}

static void s_close(void *ctx, void *state) {
    free(state);
    atomic_fetch_add(&stream_closed, 1);
}

static int h_stream(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    sstate *s = req->stream_state;
    char out[512];
    if (req->stream_failed) {
        http_response_error(resp, 400, "ValidationException", req->stream_error);
        return 0;
    }
    snprintf(out, sizeof out, "bytes=%llu hash=%llu pieces=%llu max=%llu ended=%d body_null=%d streaming=%d",
             (unsigned long long)s->bytes, (unsigned long long)s->hash,
             (unsigned long long)s->pieces, (unsigned long long)s->maxpiece, s->ended,
             req->body == NULL, req->streaming);
    http_response_bytes(resp, 200, "text/plain", out, strlen(out));
    return 0;
}

/* The hook: x-auth: deny -> 403; replace -> new body; nostatus -> bad hook. */
static atomic_int hook_calls;
static atomic_int hook_saw_streaming_body;

static int auth_hook(void *ctx, http_request *req, http_response *resp) {
    atomic_fetch_add(&hook_calls, 1);
    if (req->streaming && req->body) atomic_store(&hook_saw_streaming_body, 1);
    const char *a = http_header_get(req, "x-auth");
    if (!a) return 0;
    if (strcmp(a, "deny") == 0) {
        http_response_error(resp, 403, "AccessDeniedException", "signature does not match");
        return 1;
    }
    if (strcmp(a, "replace") == 0) {
        uint8_t *p = malloc(8);
        memcpy(p, "replaced", 8);
        http_request_set_body(req, p, 8);
        return 0;
    }
    if (strcmp(a, "nostatus") == 0) return 1;
    return 0;
}

static tctx T;
static char fixed_special[] = "literal special";
static char fixed_param[] = "param";

static const http_route test_routes[] = {
    {.method = "GET", .pattern = "/echo/{a}/{b}", .handler = h_echo, .ctx = &T},
    {.method = "DELETE", .pattern = "/echo/{a}/{b}", .handler = h_echo, .ctx = &T},
    {.method = "GET", .pattern = "/files/{*}", .handler = h_echo, .ctx = &T},
    {.method = "GET", .pattern = "/", .handler = h_echo, .ctx = &T},
    {.method = "GET", .pattern = "/q", .handler = h_query, .ctx = &T},
    {.method = "GET", .pattern = "/headers", .handler = h_headers, .ctx = &T},
    {.method = "POST", .pattern = "/body", .handler = h_body, .ctx = &T},
    {.method = "PUT", .pattern = "/small", .handler = h_body, .ctx = &T, .max_body = 1000},
    {.method = "GET", .pattern = "/fd", .handler = h_fd, .ctx = &T},
    {.method = "GET", .pattern = "/buf", .handler = h_buf, .ctx = &T},
    {.method = "GET", .pattern = "/fail", .handler = h_fail, .ctx = &T},
    {.method = "GET", .pattern = "/nostatus", .handler = h_nostatus, .ctx = &T},
    {.method = "GET", .pattern = "/manyhdr", .handler = h_manyhdr, .ctx = &T},
    {.method = "GET", .pattern = "/slow", .handler = h_slow, .ctx = &T},
    {.method = "*", .pattern = "/any", .handler = h_echo, .ctx = &T},
    {.method = "GET", .pattern = "/order/special", .handler = h_fixed, .ctx = fixed_special},
    {.method = "GET", .pattern = "/order/{x}", .handler = h_fixed, .ctx = fixed_param},
    {.method = "GET", .pattern = "/rev/{x}", .handler = h_fixed, .ctx = fixed_param},
    {.method = "GET", .pattern = "/rev/special", .handler = h_fixed, .ctx = fixed_special},
    {.method = "POST", .pattern = "/auth/{x}", .handler = h_body, .ctx = &T},
    {.method = "POST", .pattern = "/stream", .handler = h_stream, .ctx = &T, .stream = s_chunk,
     .stream_open = s_open, .stream_close = s_close},
    {.method = "POST", .pattern = "/stream-small", .handler = h_stream, .ctx = &T,
     .stream = s_chunk, .stream_open = s_open, .stream_close = s_close, .max_body = 100000},
    {.method = "GET", .pattern = "/held", .handler = h_held, .ctx = &T, .offload = true},
    {.method = "POST", .pattern = "/stream-off", .handler = h_stream, .ctx = &T, .stream = s_chunk,
     .stream_open = s_open, .stream_close = s_close, .offload = true},
};

static http_server *S;
static unsigned PORT;
static char log_path[] = "/tmp/tessera-http-log-XXXXXX";
static int log_fd = -1;
static char data_path[] = "/tmp/tessera-http-data-XXXXXX";
static uint8_t data_bytes[100000];

/* The access log line for a request id (waits up to 3 s: the line is
 * written when the request completes, just after the response went out). */
static char *log_line(const char *id) {
    double until = now_s() + 3;
    do {
        off_t size = lseek(log_fd, 0, SEEK_END);
        char *all = malloc((size_t)size + 1);
        ssize_t n = pread(log_fd, all, (size_t)size, 0);
        all[n > 0 ? n : 0] = '\0';
        char *hit = id ? strstr(all, id) : NULL;
        if (hit) {
            char *start = hit;
            while (start > all && start[-1] != '\n') start--;
            char *end = strchr(hit, '\n');
            char *line = strndup(start, end ? (size_t)(end - start) : strlen(start));
            free(all);
            return line;
        }
        free(all);
        usleep(10000);
    } while (now_s() < until);
    return NULL;
}

static bool start_main_server(void) {
    log_fd = mkstemp(log_path);
    if (log_fd < 0) return false;
    close(log_fd);
    log_fd = open(log_path, O_RDWR | O_APPEND);
    int dfd = mkstemp(data_path);
    for (size_t i = 0; i < sizeof data_bytes; i++) data_bytes[i] = (uint8_t)(i * 131 + i / 7);
    if (dfd < 0 || write(dfd, data_bytes, sizeof data_bytes) != (ssize_t)sizeof data_bytes)
        return false;
    close(dfd);
    T.file_path = data_path;
    http_config cfg = {.listen = "127.0.0.1:0", .threads = 4, .access_log_fd = log_fd,
                       .authenticate = auth_hook};
    tess_error err = {{0}};
    if (http_server_start(&cfg, test_routes, sizeof test_routes / sizeof *test_routes, &S,
                          &err) != 0) {
        fprintf(stderr, "start: %s\n", err.msg);
        return false;
    }
    PORT = http_server_port(S);
    return PORT != 0;
}

/* ------------------------------------------------------------------ */
/* tests without a server                                              */

static void test_pct_decode(void) {
    char out[64];
    CHECK_INT(http_pct_decode(out, "a%2Fb%20c+d", 11, false), 7);
    CHECK_STR(out, "a/b c+d");
    CHECK_INT(http_pct_decode(out, "a%2fb+c", 7, true), 5);
    CHECK_STR(out, "a/b c");
    CHECK_INT(http_pct_decode(out, "%", 1, false), -1);
    CHECK_INT(http_pct_decode(out, "ab%4", 4, false), -1);
    CHECK_INT(http_pct_decode(out, "%zz", 3, false), -1);
    CHECK_INT(http_pct_decode(out, "a%00b", 5, false), -1);
    CHECK_INT(http_pct_decode(out, "%41", 3, false), 1);
    CHECK_STR(out, "A");
    CHECK_INT(http_pct_decode(out, "", 0, false), 0);
    CHECK_STR(out, "");
}

static void test_json_str(void) {
    tess_buf b;
    tess_buf_init(&b, -1);
    const char in[] = "a\"b\\c\n\x01 \xc3\xa9 \xff z";
    http_json_str(&b, in, sizeof in - 1);
    tess_buf_putc(&b, '\0');
    CHECK_STR((char *)b.data, "\"a\\\"b\\\\c\\n\\u0001 \xc3\xa9 \\ufffd z\"");
    char why[128] = "";
    CHECK(json_valid((char *)b.data, b.len - 1, why, sizeof why));
    tess_buf_free(&b);
}

static void test_query_direct(void) {
    http_request r = {.query = "x=%2F&x=2&y&z=&p=a+b%2B&&a+b=sp&a%20b=sp2&k%2F=v&bad=%zz&"
                               "long=0123456789"};
    char out[64];
    CHECK_STR(http_query_get(&r, "x", 0, out, sizeof out), "/");
    CHECK_STR(http_query_get(&r, "x", 1, out, sizeof out), "2");
    CHECK(http_query_get(&r, "x", 2, out, sizeof out) == NULL);
    CHECK_STR(http_query_get(&r, "y", 0, out, sizeof out), "");
    CHECK_STR(http_query_get(&r, "z", 0, out, sizeof out), "");
    CHECK_STR(http_query_get(&r, "p", 0, out, sizeof out), "a b+");
    CHECK_STR(http_query_get(&r, "a b", 0, out, sizeof out), "sp");
    CHECK_STR(http_query_get(&r, "a b", 1, out, sizeof out), "sp2");
    CHECK_STR(http_query_get(&r, "k/", 0, out, sizeof out), "v");
    CHECK(http_query_get(&r, "bad", 0, out, sizeof out) == NULL);
    CHECK(http_query_get(&r, "missing", 0, out, sizeof out) == NULL);
    CHECK(http_query_get(&r, "X", 0, out, sizeof out) == NULL);  /* keys are case-sensitive */
    /* cap: "0123456789" needs 11 bytes */
    CHECK(http_query_get(&r, "long", 0, out, 10) == NULL);
    CHECK_STR(http_query_get(&r, "long", 0, out, 11), "0123456789");
    CHECK(http_query_get(&r, "long", 0, out, 0) == NULL);
    http_request e = {.query = ""};
    CHECK(http_query_get(&e, "x", 0, out, sizeof out) == NULL);
}

static void test_header_direct(void) {
    http_header h[] = {{"Host", "a"}, {"X-Amz-Date", "d1"}, {"x-amz-date", "d2"}};
    http_request r = {.headers = h, .nheaders = 3};
    CHECK_STR(http_header_get(&r, "host"), "a");
    CHECK_STR(http_header_get(&r, "X-AMZ-DATE"), "d1");     /* the first one */
    CHECK(http_header_get(&r, "missing") == NULL);
}

static void test_response_builders(void) {
    http_response r;
    http_response_init(&r);
    CHECK_INT(r.fd, -1);
    /* Enough long headers to force the string storage to move several
     * times: every header must still read back intact. */
    char name[32], value[600];
    for (int i = 0; i < 40; i++) {
        snprintf(name, sizeof name, "X-N%d", i);
        memset(value, 'a' + i % 26, sizeof value - 1);
        value[sizeof value - 1] = '\0';
        http_response_header(&r, name, value);
    }
    CHECK_INT(r.nheaders, HTTP_MAX_RESPONSE_HEADERS);
    CHECK_INT(r.dropped, 40 - HTTP_MAX_RESPONSE_HEADERS);
    for (int i = 0; i < HTTP_MAX_RESPONSE_HEADERS; i++) {
        snprintf(name, sizeof name, "X-N%d", i);
        CHECK_STR(r.headers[i].name, name);
        CHECK_INT(strlen(r.headers[i].value), sizeof value - 1);
        CHECK(r.headers[i].value[0] == 'a' + i % 26 && r.headers[i].value[598] == 'a' + i % 26);
    }
    http_response_free(&r);
    CHECK_INT(r.nheaders, 0);
    CHECK(r.strings == NULL);

    http_response_header(&r, "X-Bad", "a\r\nInjected: yes");
    http_response_header(&r, "X-Bad\r\nY", "v");
    http_response_header(&r, "", "v");
    CHECK_INT(r.nheaders, 0);
    CHECK_INT(r.dropped, 3);

    /* fd ownership: a second body releases the first fd. */
    int fds[2];
    CHECK(pipe(fds) == 0);
    http_response_fd(&r, 200, "x/y", fds[0], 0, 1);
    CHECK_INT(r.fd, fds[0]);
    http_response_bytes(&r, 201, "text/plain", "hi", 2);
    CHECK_INT(r.fd, -1);
    CHECK(fcntl(fds[0], F_GETFD) == -1);    /* closed */
    CHECK_INT(r.status, 201);
    CHECK_INT(r.kind, HTTP_BODY_BUF);
    CHECK_INT(r.buf.len, 2);
    http_response_error(&r, 404, "ResourceNotFoundException", "no \"such\" thing");
    CHECK_INT(r.status, 404);
    CHECK(r.buf.len == strlen("{\"message\":\"no \\\"such\\\" thing\"}") &&
          memcmp(r.buf.data, "{\"message\":\"no \\\"such\\\" thing\"}", r.buf.len) == 0);
    bool has_type = false;
    for (size_t i = 0; i < r.nheaders; i++)
        if (strcmp(r.headers[i].name, "x-amzn-ErrorType") == 0 &&
            strcmp(r.headers[i].value, "ResourceNotFoundException") == 0)
            has_type = true;
    CHECK(has_type);
    http_response_free(&r);
    close(fds[1]);
}

/* server.c loads libmicrohttpd with dlopen when a server starts. This
 * executable interposes dlopen (the library is linked statically, so
 * server.c's call comes here) to make that load fail on demand: it then
 * opens a name that does not exist, so dlerror says why as it would. */
static int dlopen_fail_mhd;

void *dlopen(const char *file, int flags) {
    void *(*real)(const char *, int);
    *(void **)&real = dlsym(RTLD_NEXT, "dlopen");
    if (dlopen_fail_mhd && file && strstr(file, "libmicrohttpd"))
        file = "libtessera-test-no-such-library.so.0";
    return real(file, flags);
}

static void test_mhd_missing(void) {
    http_config cfg = {.listen = "127.0.0.1:0", .access_log_fd = -1, .threads = 1};
    http_server *s = (http_server *)1;
    tess_error err = {{0}};
    dlopen_fail_mhd = 1;
    CHECK_INT(http_server_start(&cfg, test_routes, 1, &s, &err), -1);
    dlopen_fail_mhd = 0;
    CHECK(s == NULL);
    CHECK(strstr(err.msg, "cannot load libmicrohttpd (libmicrohttpd.so.") != NULL);
    CHECK(strstr(err.msg, "libtessera-test-no-such-library.so.0") != NULL);
    /* and a server starts once the library can be loaded */
    CHECK_INT(http_server_start(&cfg, test_routes, 1, &s, &err), 0);
    if (s) {
        cresp r;
        CHECK_INT(get(http_server_port(s), "/echo/x/y", &r), 0);
        CHECK_INT(r.status, 200);
        resp_free(&r);
        http_server_stop(s, 1);
    }
}

static void test_start_errors(void) {
    static const char *bad_listen[] = {"nonsense", ":99999", ":", "[::1:80",
                                       "::1:80", ":80a", ""};
    for (size_t i = 0; i < sizeof bad_listen / sizeof *bad_listen; i++) {
        http_config cfg = {.listen = bad_listen[i], .access_log_fd = -1};
        http_server *s = (http_server *)1;
        tess_error err = {{0}};
        CHECK_INT(http_server_start(&cfg, test_routes, 1, &s, &err), -1);
        CHECK(s == NULL);
        CHECK(err.msg[0] != '\0');
    }
    static const char *bad_pat[] = {"noslash", "/a{b}", "/{*}/x", "/{}", "/a/{x{y}}"};
    for (size_t i = 0; i < sizeof bad_pat / sizeof *bad_pat; i++) {
        http_route r = {.method = "GET", .pattern = bad_pat[i], .handler = h_echo};
        http_config cfg = {.listen = "127.0.0.1:0", .access_log_fd = -1};
        http_server *s = NULL;
        tess_error err = {{0}};
        CHECK_INT(http_server_start(&cfg, &r, 1, &s, &err), -1);
        CHECK(strstr(err.msg, bad_pat[i]) != NULL);
    }
    /* The port is taken. */
    http_config cfg = {.listen = "127.0.0.1:0", .access_log_fd = -1, .threads = 1};
    http_server *a = NULL, *b = NULL;
    tess_error err = {{0}};
    CHECK_INT(http_server_start(&cfg, test_routes, 1, &a, &err), 0);
    char listen[32];
    snprintf(listen, sizeof listen, "127.0.0.1:%u", a ? http_server_port(a) : 1);
    cfg.listen = listen;
    CHECK_INT(http_server_start(&cfg, test_routes, 1, &b, &err), -1);
    CHECK(strstr(err.msg, listen) != NULL);
    /* threads = 1 serves too */
    if (a) {
        cresp r;
        CHECK_INT(get(http_server_port(a), "/echo/x/y", &r), 0);
        CHECK_INT(r.status, 200);
        resp_free(&r);
    }
    http_server_stop(a, 1);
}

/* ------------------------------------------------------------------ */
/* tests against the server                                            */

static void test_routing_params(void) {
    cresp r;
    CHECK_INT(get(PORT, "/echo/a%2Fb/c%20d+e", &r), 0);
    CHECK_INT(r.status, 200);
    CHECK_STR(r.body, "method=GET\npath=/echo/a/b/c d+e\nraw=/echo/a%2Fb/c%20d+e\nquery=\n"
                      "p0=a/b\np1=c d+e\n");
    CHECK(resp_header(&r, "x-amzn-RequestId") && strlen(resp_header(&r, "x-amzn-RequestId")) == 32);
    resp_free(&r);
    /* {x} needs a non-empty segment; no trailing slash match */
    CHECK_INT(get(PORT, "/echo//b", &r), 0);
    CHECK_INT(r.status, 404);
    resp_free(&r);
    CHECK_INT(get(PORT, "/echo/a/b/", &r), 0);
    CHECK_INT(r.status, 404);
    resp_free(&r);
    CHECK_INT(get(PORT, "/echo/a", &r), 0);
    CHECK_INT(r.status, 404);
    resp_free(&r);
    /* {*}: the rest, decoded as a whole; may be empty */
    CHECK_INT(get(PORT, "/files/x/y%2Fz/w", &r), 0);
    CHECK_INT(r.status, 200);
    CHECK(strstr(r.body, "\np0=x/y/z/w\n") != NULL);
    resp_free(&r);
    CHECK_INT(get(PORT, "/files/", &r), 0);
    CHECK_INT(r.status, 200);
    CHECK(strstr(r.body, "\np0=\n") != NULL);
    resp_free(&r);
    CHECK_INT(get(PORT, "/files", &r), 0);
    CHECK_INT(r.status, 404);
    resp_free(&r);
    CHECK_INT(get(PORT, "/", &r), 0);
    CHECK_INT(r.status, 200);
    resp_free(&r);
    /* literal segments compare decoded */
    CHECK_INT(get(PORT, "/%65cho/1/2", &r), 0);
    CHECK_INT(r.status, 200);
    CHECK(strstr(r.body, "raw=/%65cho/1/2\n") != NULL);
    resp_free(&r);
    /* order decides: a literal first wins, a parameter first wins */
    CHECK_INT(get(PORT, "/order/special", &r), 0);
    CHECK_STR(r.body, "literal special");
    resp_free(&r);
    CHECK_INT(get(PORT, "/order/other", &r), 0);
    CHECK_STR(r.body, "param");
    resp_free(&r);
    CHECK_INT(get(PORT, "/rev/special", &r), 0);
    CHECK_STR(r.body, "param");
    resp_free(&r);
    /* "*" takes any method */
    const char *req = "PATCH /any HTTP/1.1\r\nHost: t\r\n\r\n";
    CHECK_INT(roundtrip(PORT, req, strlen(req), &r), 0);
    CHECK_INT(r.status, 200);
    CHECK(strstr(r.body, "method=PATCH\n") != NULL);
    resp_free(&r);
    /* bad escapes in the path: 400 */
    CHECK_INT(get(PORT, "/echo/a%zz/b", &r), 0);
    CHECK_INT(r.status, 400);
    CHECK_STR(resp_header(&r, "x-amzn-ErrorType"), "ValidationException");
    resp_free(&r);
    CHECK_INT(get(PORT, "/echo/a%00/b", &r), 0);
    CHECK_INT(r.status, 400);
    resp_free(&r);
}

static void test_404_405(void) {
    cresp r;
    CHECK_INT(get(PORT, "/nothing/here?x=1", &r), 0);
    CHECK_INT(r.status, 404);
    CHECK_STR(r.body, "{\"message\":\"no route for GET /nothing/here\"}");
    CHECK_STR(resp_header(&r, "x-amzn-ErrorType"), "UnknownOperationException");
    CHECK_STR(resp_header(&r, "Content-Type"), "application/json");
    CHECK(resp_header(&r, "x-amzn-RequestId") != NULL);
    resp_free(&r);
    const char *req = "PUT /echo/a/b HTTP/1.1\r\nHost: t\r\n\r\n";
    CHECK_INT(roundtrip(PORT, req, strlen(req), &r), 0);
    CHECK_INT(r.status, 405);
    CHECK_STR(r.body, "{\"message\":\"method PUT not allowed for /echo/a/b\"}");
    CHECK_STR(resp_header(&r, "x-amzn-ErrorType"), "UnknownOperationException");
    CHECK_STR(resp_header(&r, "Allow"), "GET, DELETE");
    resp_free(&r);
    /* HEAD is served by GET routes, without a body */
    req = "HEAD /buf HTTP/1.1\r\nHost: t\r\n\r\n";
    CHECK_INT(roundtrip(PORT, req, strlen(req), &r), 0);
    CHECK_INT(r.status, 200);
    CHECK_INT(r.body_len, 0);
    CHECK(resp_header(&r, "Content-Length") && atoi(resp_header(&r, "Content-Length")) > 1000);
    resp_free(&r);
    /* a 404 keeps the connection alive when no body was sent */
    cl c;
    CHECK(cl_open(&c, PORT));
    CHECK(cl_sends(&c, "GET /nope HTTP/1.1\r\nHost: t\r\n\r\nGET /echo/1/2 HTTP/1.1\r\nHost: t\r\n\r\n"));
    CHECK_INT(cl_read(&c, &r, false), 0);
    CHECK_INT(r.status, 404);
    resp_free(&r);
    CHECK_INT(cl_read(&c, &r, false), 0);
    CHECK_INT(r.status, 200);
    resp_free(&r);
    cl_close(&c);
}

static void test_query_raw(void) {
    cresp r;
    CHECK_INT(get(PORT, "/echo/a%2Fb/c%20d?x=%2F&x=2&y&z=&p=a+b%2B&&q=1", &r), 0);
    CHECK_INT(r.status, 200);
    CHECK(strstr(r.body, "\nraw=/echo/a%2Fb/c%20d\nquery=x=%2F&x=2&y&z=&p=a+b%2B&&q=1\n") != NULL);
    resp_free(&r);
    CHECK_INT(get(PORT, "/q?x=%2F&x=2&y&z=&p=a+b%2B&&a+b=sp&a%20b=sp2&k%2F=v&bad=%zz&q=%41%3d%26",
                  &r), 0);
    CHECK_INT(r.status, 200);
    CHECK_STR(r.body, "x[0]=</>\nx[1]=<2>\ny[0]=<>\nz[0]=<>\np[0]=<a b+>\na b[0]=<sp>\n"
                      "a b[1]=<sp2>\nk/[0]=<v>\nq[0]=<A=&>\n");
    resp_free(&r);
    /* no query at all, and an empty one */
    CHECK_INT(get(PORT, "/echo/1/2", &r), 0);
    CHECK(strstr(r.body, "\nquery=\n") != NULL);
    resp_free(&r);
    CHECK_INT(get(PORT, "/echo/1/2?", &r), 0);
    CHECK(strstr(r.body, "\nquery=\n") != NULL);
    resp_free(&r);
}

static void test_headers(void) {
    const char *req = "GET /headers HTTP/1.1\r\nHost: t\r\nX-MiXed: v1\r\nx-mixed: v2\r\n"
                      "X-Amz-Date:20260101T000000Z\r\nX-Empty:\r\nX-Spaces:   a  b  \r\n\r\n";
    cresp r;
    CHECK_INT(roundtrip(PORT, req, strlen(req), &r), 0);
    CHECK_INT(r.status, 200);
    CHECK_STR(r.body, "Host: t\nX-MiXed: v1\nx-mixed: v2\nX-Amz-Date: 20260101T000000Z\n"
                      "X-Empty: \nX-Spaces: a  b\nget=v1\n");
    resp_free(&r);
}

static void test_body_buffered(void) {
    cresp r;
    /* Content-Length */
    char req[4096];
    int n = snprintf(req, sizeof req,
                     "POST /body HTTP/1.1\r\nHost: t\r\nContent-Length: 11\r\n\r\nhello world");
    CHECK_INT(roundtrip(PORT, req, (size_t)n, &r), 0);
    CHECK_INT(r.status, 200);
    CHECK_STR(r.body, "hello world");
    CHECK_STR(resp_header(&r, "X-Body-Len"), "11");
    resp_free(&r);
    /* chunked, several chunks, binary */
    tess_buf b;
    tess_buf_init(&b, -1);
    tess_buf_puts(&b, "POST /body HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n");
    static uint8_t expect[200000];
    size_t el = 0;
    for (int c = 0; c < 7; c++) {
        size_t len = (size_t)(c * 9000 + 1);
        tess_buf_printf(&b, "%zx\r\n", len);
        for (size_t i = 0; i < len; i++) {
            uint8_t v = (uint8_t)(i * 7 + (size_t)c);
            tess_buf_putc(&b, (char)v);
            expect[el++] = v;
        }
        tess_buf_puts(&b, "\r\n");
    }
    tess_buf_puts(&b, "0\r\n\r\n");
    CHECK_INT(roundtrip(PORT, b.data, b.len, &r), 0);
    CHECK_INT(r.status, 200);
    CHECK_INT(r.body_len, el);
    CHECK(r.body_len == el && memcmp(r.body, expect, el) == 0);
    resp_free(&r);
    tess_buf_free(&b);
    /* no body: NULL */
    n = snprintf(req, sizeof req, "POST /body HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n\r\n");
    CHECK_INT(roundtrip(PORT, req, (size_t)n, &r), 0);
    CHECK_INT(r.status, 200);
    CHECK_STR(resp_header(&r, "X-Body-Null"), "yes");
    resp_free(&r);
    /* Expect: 100-continue gets its 100 and then the answer */
    cl c;
    CHECK(cl_open(&c, PORT));
    CHECK(cl_sends(&c, "POST /body HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n"
                       "Expect: 100-continue\r\n\r\n"));
    struct pollfd pfd = {.fd = c.fd, .events = POLLIN};
    CHECK(poll(&pfd, 1, 3000) == 1);
    CHECK(cl_fill(&c) == 1 && strncmp(c.buf, "HTTP/1.1 100", 12) == 0);
    CHECK(cl_sends(&c, "abc"));
    CHECK_INT(cl_read(&c, &r, false), 0);
    CHECK_INT(r.status, 200);
    CHECK_STR(r.body, "abc");
    resp_free(&r);
    cl_close(&c);
}

static void test_body_limits(void) {
    cresp r;
    char req[4096];
    /* Content-Length over the route's limit: 413 before any body byte */
    cl c;
    CHECK(cl_open(&c, PORT));
    CHECK(cl_sends(&c, "PUT /small HTTP/1.1\r\nHost: t\r\nContent-Length: 1001\r\n\r\n"));
    CHECK_INT(cl_read(&c, &r, false), 0);
    CHECK_INT(r.status, 413);
    CHECK_STR(r.body, "{\"message\":\"request body of 1001 bytes is over the limit of 1000 bytes\"}");
    CHECK_STR(resp_header(&r, "x-amzn-ErrorType"), "ValidationException");
    resp_free(&r);
    CHECK(cl_eof(&c));          /* answered early: the connection is closed */
    cl_close(&c);
    /* exactly the limit passes */
    char *big = malloc(2 * 1024 * 1024 + 4096);
    int n = snprintf(big, 4096, "PUT /small HTTP/1.1\r\nHost: t\r\nContent-Length: 1000\r\n\r\n");
    memset(big + n, 'x', 1000);
    CHECK_INT(roundtrip(PORT, big, (size_t)n + 1000, &r), 0);
    CHECK_INT(r.status, 200);
    CHECK_INT(r.body_len, 1000);
    resp_free(&r);
    /* the server default (1 MiB) on a route without its own */
    n = snprintf(req, sizeof req, "POST /body HTTP/1.1\r\nHost: t\r\nContent-Length: %zu\r\n\r\n",
                 HTTP_DEFAULT_MAX_BODY + 1);
    CHECK_INT(roundtrip(PORT, req, (size_t)n, &r), 0);
    CHECK_INT(r.status, 413);
    resp_free(&r);
    n = snprintf(big, 4096, "POST /body HTTP/1.1\r\nHost: t\r\nContent-Length: %zu\r\n\r\n",
                 HTTP_DEFAULT_MAX_BODY);
    memset(big + n, 'y', HTTP_DEFAULT_MAX_BODY);
    CHECK_INT(roundtrip(PORT, big, (size_t)n + HTTP_DEFAULT_MAX_BODY, &r), 0);
    CHECK_INT(r.status, 200);
    CHECK_INT(r.body_len, HTTP_DEFAULT_MAX_BODY);
    resp_free(&r);
    /* chunked over the limit: 413 once the body is read */
    tess_buf b;
    tess_buf_init(&b, -1);
    tess_buf_puts(&b, "PUT /small HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n");
    for (int i = 0; i < 3; i++) {
        tess_buf_puts(&b, "190\r\n");     /* 400 bytes */
        for (int j = 0; j < 400; j++) tess_buf_putc(&b, 'z');
        tess_buf_puts(&b, "\r\n");
    }
    tess_buf_puts(&b, "0\r\n\r\n");
    CHECK_INT(roundtrip(PORT, b.data, b.len, &r), 0);
    CHECK_INT(r.status, 413);
    CHECK_STR(r.body, "{\"message\":\"request body is over the limit of 1000 bytes\"}");
    resp_free(&r);
    tess_buf_free(&b);
    /* chunked at the limit passes */
    tess_buf_init(&b, -1);
    tess_buf_puts(&b, "PUT /small HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n");
    tess_buf_puts(&b, "3e8\r\n");
    for (int j = 0; j < 1000; j++) tess_buf_putc(&b, 'z');
    tess_buf_puts(&b, "\r\n0\r\n\r\n");
    CHECK_INT(roundtrip(PORT, b.data, b.len, &r), 0);
    CHECK_INT(r.status, 200);
    CHECK_INT(r.body_len, 1000);
    resp_free(&r);
    tess_buf_free(&b);
    free(big);
}

static void test_keepalive(void) {
    cl c;
    cresp r1, r2;
    CHECK(cl_open(&c, PORT));
    CHECK(cl_sends(&c, "GET /echo/one/1 HTTP/1.1\r\nHost: t\r\n\r\n"));
    CHECK_INT(cl_read(&c, &r1, false), 0);
    CHECK(cl_sends(&c, "POST /body HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nxyz"));
    CHECK_INT(cl_read(&c, &r2, false), 0);
    CHECK_INT(r1.status, 200);
    CHECK(strstr(r1.body, "p0=one\n") != NULL);
    CHECK_INT(r2.status, 200);
    CHECK_STR(r2.body, "xyz");
    const char *i1 = resp_header(&r1, "x-amzn-RequestId"), *i2 = resp_header(&r2, "x-amzn-RequestId");
    CHECK(i1 && i2 && strcmp(i1, i2) != 0);
    CHECK(resp_header(&r1, "Connection") == NULL || strcasecmp(resp_header(&r1, "Connection"), "close") != 0);
    resp_free(&r1);
    resp_free(&r2);
    /* pipelined: two requests in one write */
    CHECK(cl_sends(&c, "GET /echo/p/1 HTTP/1.1\r\nHost: t\r\n\r\nGET /echo/p/2 HTTP/1.1\r\nHost: t\r\n\r\n"));
    CHECK_INT(cl_read(&c, &r1, false), 0);
    CHECK_INT(cl_read(&c, &r2, false), 0);
    CHECK(r1.body && strstr(r1.body, "p1=1\n"));
    CHECK(r2.body && strstr(r2.body, "p1=2\n"));
    resp_free(&r1);
    resp_free(&r2);
    cl_close(&c);
}

static void test_fd_and_buf_bodies(void) {
    cresp r;
    CHECK_INT(get(PORT, "/fd?off=1000&len=50000", &r), 0);
    CHECK_INT(r.status, 206);
    CHECK_INT(r.body_len, 50000);
    CHECK(r.body_len == 50000 && memcmp(r.body, data_bytes + 1000, 50000) == 0);
    CHECK_STR(resp_header(&r, "Content-Type"), "application/octet-stream");
    resp_free(&r);
    CHECK_INT(get(PORT, "/fd?off=99999&len=1", &r), 0);
    CHECK_INT(r.body_len, 1);
    CHECK(r.body_len == 1 && (uint8_t)r.body[0] == data_bytes[99999]);
    resp_free(&r);
    CHECK_INT(get(PORT, "/fd?off=5&len=0", &r), 0);
    CHECK_INT(r.status, 206);
    CHECK_INT(r.body_len, 0);
    resp_free(&r);
    /* several fd responses on one connection (sendfile offsets) */
    cl c;
    CHECK(cl_open(&c, PORT));
    for (int i = 0; i < 3; i++) {
        char req[128];
        snprintf(req, sizeof req, "GET /fd?off=%d&len=%d HTTP/1.1\r\nHost: t\r\n\r\n", i * 30000,
                 10000 + i);
        CHECK(cl_sends(&c, req));
        CHECK_INT(cl_read(&c, &r, false), 0);
        CHECK(r.body_len == (size_t)(10000 + i) &&
              memcmp(r.body, data_bytes + i * 30000, r.body_len) == 0);
        resp_free(&r);
    }
    cl_close(&c);
    /* a buffer filled directly; a Content-Length set by the handler is ignored */
    CHECK_INT(get(PORT, "/buf", &r), 0);
    CHECK_INT(r.status, 200);
    tess_buf b;
    tess_buf_init(&b, -1);
    for (int i = 0; i < 10000; i++) tess_buf_printf(&b, "%d,", i);
    CHECK_INT(r.body_len, b.len);
    CHECK(r.body_len == b.len && memcmp(r.body, b.data, b.len) == 0);
    CHECK_STR(resp_header(&r, "Content-Type"), "text/csv");
    tess_buf_free(&b);
    resp_free(&r);
}

static bool has_json_field(const char *line, const char *field_and_value) {
    return line && strstr(line, field_and_value) != NULL;
}

static void test_errors_and_log(void) {
    cresp r;
    const char *req = "GET /fail?secret=1 HTTP/1.1\r\nHost: t\r\nUser-Agent: test-agent/1.0\r\n\r\n";
    CHECK_INT(roundtrip(PORT, req, strlen(req), &r), 0);
    CHECK_INT(r.status, 500);
    const char *id = resp_header(&r, "x-amzn-RequestId");
    CHECK(id != NULL);
    char expect[128];
    snprintf(expect, sizeof expect, "{\"message\":\"internal error (request %s)\"}", id ? id : "");
    CHECK_STR(r.body, expect);
    CHECK(strstr(r.body, "fire") == NULL);
    CHECK_STR(resp_header(&r, "x-amzn-ErrorType"), "InternalServerException");
    char *line = log_line(id);
    CHECK(line != NULL);
    char why[128] = "";
    CHECK(line && json_valid(line, strlen(line), why, sizeof why));
    char field[128];
    snprintf(field, sizeof field, "\"request_id\":\"%s\"", id ? id : "");
    CHECK(has_json_field(line, field));
    CHECK(has_json_field(line, "\"status\":500"));
    CHECK(has_json_field(line, "\"method\":\"GET\""));
    CHECK(has_json_field(line, "\"path\":\"/fail\""));     /* no query in the log */
    CHECK(has_json_field(line, "\"remote\":\"127.0.0.1\""));
    CHECK(has_json_field(line, "\"user_agent\":\"test-agent/1.0\""));
    CHECK(has_json_field(line, "\"error\":\"disk on fire: secret detail\""));
    snprintf(field, sizeof field, "\"bytes\":%zu", r.body_len);
    CHECK(has_json_field(line, field));
    CHECK(has_json_field(line, "\"duration_ms\":"));
    CHECK(line && strstr(line, "secret=1") == NULL);
    /* time: "YYYY-MM-DDTHH:MM:SS.mmmZ" */
    const char *t = line ? strstr(line, "\"time\":\"") : NULL;
    CHECK(t != NULL);
    if (t) {
        t += 8;
        CHECK(strlen(t) > 24 && t[4] == '-' && t[7] == '-' && t[10] == 'T' && t[13] == ':' &&
              t[16] == ':' && t[19] == '.' && t[23] == 'Z' && t[24] == '"');
        time_t nowt = time(NULL);
        struct tm tm;
        gmtime_r(&nowt, &tm);
        char year[16];
        snprintf(year, sizeof year, "%04d", tm.tm_year + 1900);
        CHECK(strncmp(t, year, 4) == 0);
    }
    free(line);
    resp_free(&r);

    /* a handler that sets no status: 500 as well */
    CHECK_INT(get(PORT, "/nostatus", &r), 0);
    CHECK_INT(r.status, 500);
    line = log_line(resp_header(&r, "x-amzn-RequestId"));
    CHECK(has_json_field(line, "\"error\":\"response status 0 is not an HTTP status\""));
    free(line);
    resp_free(&r);

    /* a 200 has no error field and its bytes */
    CHECK_INT(get(PORT, "/echo/log/1", &r), 0);
    line = log_line(resp_header(&r, "x-amzn-RequestId"));
    CHECK(has_json_field(line, "\"status\":200"));
    CHECK(line && strstr(line, "\"error\"") == NULL);
    snprintf(field, sizeof field, "\"bytes\":%zu,", r.body_len);
    CHECK(has_json_field(line, field));
    free(line);
    resp_free(&r);

    /* too many response headers: 32 sent, the rest reported in the log */
    CHECK_INT(get(PORT, "/manyhdr", &r), 0);
    CHECK_INT(r.status, 200);
    CHECK(resp_header(&r, "X-H29") != NULL);    /* 30 + Content-Type = 31st, 32nd */
    CHECK(resp_header(&r, "X-H31") == NULL);
    line = log_line(resp_header(&r, "x-amzn-RequestId"));
    CHECK(has_json_field(line, "response header(s) dropped"));
    free(line);
    resp_free(&r);
}

static void test_auth_hook(void) {
    cresp r;
    int before = atomic_load(&hook_calls);
    const char *req = "POST /auth/1 HTTP/1.1\r\nHost: t\r\nx-auth: deny\r\nContent-Length: 4\r\n\r\nbody";
    CHECK_INT(roundtrip(PORT, req, strlen(req), &r), 0);
    CHECK_INT(r.status, 403);
    CHECK_STR(r.body, "{\"message\":\"signature does not match\"}");
    CHECK_STR(resp_header(&r, "x-amzn-ErrorType"), "AccessDeniedException");
    CHECK(resp_header(&r, "x-amzn-RequestId") != NULL);
    resp_free(&r);
    CHECK(atomic_load(&hook_calls) > before);
    req = "POST /auth/1 HTTP/1.1\r\nHost: t\r\nx-auth: replace\r\nContent-Length: 4\r\n\r\nbody";
    CHECK_INT(roundtrip(PORT, req, strlen(req), &r), 0);
    CHECK_INT(r.status, 200);
    CHECK_STR(r.body, "replaced");
    resp_free(&r);
    req = "POST /auth/1 HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\n\r\nbody";
    CHECK_INT(roundtrip(PORT, req, strlen(req), &r), 0);
    CHECK_INT(r.status, 200);
    CHECK_STR(r.body, "body");
    resp_free(&r);
    /* a hook that answers without a status: 500 */
    req = "POST /auth/1 HTTP/1.1\r\nHost: t\r\nx-auth: nostatus\r\nContent-Length: 4\r\n\r\nbody";
    CHECK_INT(roundtrip(PORT, req, strlen(req), &r), 0);
    CHECK_INT(r.status, 500);
    resp_free(&r);
    /* unknown paths are answered without the hook */
    before = atomic_load(&hook_calls);
    CHECK_INT(get(PORT, "/unknown/path", &r), 0);
    CHECK_INT(r.status, 404);
    CHECK_INT(atomic_load(&hook_calls), before);
    resp_free(&r);
    /* streaming route: the hook runs before the body, and may refuse */
    req = "POST /stream HTTP/1.1\r\nHost: t\r\nx-auth: deny\r\nContent-Length: 4\r\n\r\n";
    CHECK_INT(roundtrip(PORT, req, strlen(req), &r), 0);
    CHECK_INT(r.status, 403);
    resp_free(&r);
    CHECK_INT(atomic_load(&hook_saw_streaming_body), 0);
}

typedef struct upload_arg {
    cl *c;
    uint64_t total;
    size_t piece;
    bool ok;
} upload_arg;

static void *chunked_upload(void *p) {
    upload_arg *a = p;
    uint8_t *piece = malloc(a->piece + 32);
    uint64_t sent = 0;
    a->ok = true;
    while (sent < a->total && a->ok) {
        size_t n = a->total - sent < a->piece ? (size_t)(a->total - sent) : a->piece;
        int h = snprintf((char *)piece, 32, "%zx\r\n", n);
        uint8_t *d = piece + h;
        for (size_t i = 0; i < n; i++) d[i] = (uint8_t)((sent + i) * 2654435761u >> 13);
        memcpy(d + n, "\r\n", 2);
        a->ok = cl_send(a->c, piece, (size_t)h + n + 2);
        sent += n;
    }
    if (a->ok) a->ok = cl_sends(a->c, "0\r\n\r\n");
    free(piece);
    return NULL;
}

static void test_streaming(void) {
    const uint64_t total = 50ull * 1000 * 1000;
    uint64_t hash = 0;
    for (uint64_t i = 0; i < total; i++) hash = hash * 31 + (uint8_t)(i * 2654435761u >> 13);
    cl c;
    CHECK(cl_open(&c, PORT));
    CHECK(cl_sends(&c, "POST /stream HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"));
    int closed0 = atomic_load(&stream_closed);
    upload_arg a = {.c = &c, .total = total, .piece = 65536};
    pthread_t th;
    pthread_create(&th, NULL, chunked_upload, &a);
    cresp r;
    int rc = cl_read(&c, &r, false);
    pthread_join(th, NULL);
    CHECK(a.ok);
    CHECK_INT(rc, 0);
    CHECK_INT(r.status, 200);
    unsigned long long bytes = 0, h = 0, pieces = 0, maxp = 0;
    int ended = 0, body_null = 0, streaming = 0;
    CHECK(r.body && sscanf(r.body, "bytes=%llu hash=%llu pieces=%llu max=%llu ended=%d body_null=%d streaming=%d",
                           &bytes, &h, &pieces, &maxp, &ended, &body_null, &streaming) == 7);
    CHECK_INT(bytes, total);
    CHECK(h == hash);
    CHECK(pieces > 100);                        /* it came in pieces ... */
    CHECK(maxp <= HTTP_CONNECTION_MEMORY);      /* ... none bigger than MHD's buffer */
    CHECK_INT(ended, 1);
    CHECK_INT(body_null, 1);
    CHECK_INT(streaming, 1);
    resp_free(&r);
    cl_close(&c);
    /* stream_close ran for it */
    double until = now_s() + 2;
    while (atomic_load(&stream_closed) == closed0 && now_s() < until) usleep(5000);
    CHECK(atomic_load(&stream_closed) > closed0);

    /* a failing stream: the handler still runs, with the error */
    CHECK(cl_open(&c, PORT));
    CHECK(cl_sends(&c, "POST /stream?fail_after=100000 HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"));
    upload_arg a2 = {.c = &c, .total = 1000000, .piece = 20000};
    pthread_create(&th, NULL, chunked_upload, &a2);
    rc = cl_read(&c, &r, false);
    pthread_join(th, NULL);
    CHECK_INT(rc, 0);
    CHECK_INT(r.status, 400);
    CHECK(r.body && strstr(r.body, "stream refused after") != NULL);
    resp_free(&r);
    cl_close(&c);
    /* stream_open refusing */
    const char *req = "POST /stream?fail_open=1 HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nhello";
    CHECK_INT(roundtrip(PORT, req, strlen(req), &r), 0);
    CHECK_INT(r.status, 400);
    CHECK_STR(r.body, "{\"message\":\"open refused\"}");
    resp_free(&r);
    /* streamed bodies have limits too: Content-Length and chunked */
    req = "POST /stream-small HTTP/1.1\r\nHost: t\r\nContent-Length: 100001\r\n\r\n";
    CHECK_INT(roundtrip(PORT, req, strlen(req), &r), 0);
    CHECK_INT(r.status, 413);
    resp_free(&r);
    CHECK(cl_open(&c, PORT));
    CHECK(cl_sends(&c, "POST /stream-small HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"));
    upload_arg a3 = {.c = &c, .total = 300000, .piece = 30000};
    pthread_create(&th, NULL, chunked_upload, &a3);
    rc = cl_read(&c, &r, false);
    pthread_join(th, NULL);
    CHECK_INT(rc, 0);
    CHECK_INT(r.status, 413);
    resp_free(&r);
    cl_close(&c);
}

/* A chunked body that keeps coming far past the limit: the server reads
 * and drops HTTP_MAX_DISCARD bytes (to answer 413 once it ends), then cuts
 * the connection (libmicrohttpd cannot answer in the middle of a body). */
static void test_discard_cap(void) {
    cl c;
    CHECK(cl_open(&c, PORT));
    CHECK(cl_sends(&c, "PUT /small HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"));
    upload_arg a = {.c = &c, .total = 4 * HTTP_MAX_DISCARD, .piece = 65536};
    pthread_t th;
    pthread_create(&th, NULL, chunked_upload, &a);
    cresp r;
    int rc = cl_read(&c, &r, false);
    if (rc == 0) resp_free(&r);
    shutdown(c.fd, SHUT_RDWR);  /* unblock the uploader if it is still sending */
    pthread_join(th, NULL);
    CHECK_INT(rc, -1);          /* no response, the connection was cut */
    CHECK(!a.ok);
    cl_close(&c);
    char *line = log_line("kept coming");
    CHECK(line != NULL);
    CHECK(line && strstr(line, "\"path\":\"/small\"") != NULL);
    free(line);
}

static void test_oversized_and_malformed(void) {
    cresp r;
    tess_buf b;
    /* one header line over 8 KiB: our 431 */
    tess_buf_init(&b, -1);
    tess_buf_puts(&b, "GET /echo/1/2 HTTP/1.1\r\nHost: t\r\nX-Big: ");
    for (int i = 0; i < HTTP_MAX_HEADER_LINE; i++) tess_buf_putc(&b, 'a');
    tess_buf_puts(&b, "\r\n\r\n");
    CHECK_INT(roundtrip(PORT, b.data, b.len, &r), 0);
    CHECK_INT(r.status, 431);
    CHECK_STR(r.body, "{\"message\":\"a request header line is over 8192 bytes\"}");
    resp_free(&r);
    tess_buf_free(&b);
    /* a header line of exactly 8 KiB passes */
    tess_buf_init(&b, -1);
    tess_buf_puts(&b, "GET /echo/1/2 HTTP/1.1\r\nHost: t\r\nX-Big: ");
    for (int i = 0; i < HTTP_MAX_HEADER_LINE - 7; i++) tess_buf_putc(&b, 'a');
    tess_buf_puts(&b, "\r\n\r\n");
    CHECK_INT(roundtrip(PORT, b.data, b.len, &r), 0);
    CHECK_INT(r.status, 200);
    resp_free(&r);
    tess_buf_free(&b);
    /* many lines under 8 KiB, over 32 KiB in all: our 431 */
    tess_buf_init(&b, -1);
    tess_buf_puts(&b, "GET /echo/1/2 HTTP/1.1\r\nHost: t\r\n");
    for (int h = 0; h < 5; h++) {
        tess_buf_printf(&b, "X-H%d: ", h);
        for (int i = 0; i < 8000; i++) tess_buf_putc(&b, 'b');
        tess_buf_puts(&b, "\r\n");
    }
    tess_buf_puts(&b, "\r\n");
    CHECK_INT(roundtrip(PORT, b.data, b.len, &r), 0);
    CHECK_INT(r.status, 431);
    CHECK_STR(r.body, "{\"message\":\"request headers over 32768 bytes in all\"}");
    resp_free(&r);
    tess_buf_free(&b);
    /* more than 100 headers */
    tess_buf_init(&b, -1);
    tess_buf_puts(&b, "GET /echo/1/2 HTTP/1.1\r\nHost: t\r\n");
    for (int h = 0; h < HTTP_MAX_HEADERS; h++) tess_buf_printf(&b, "X-H%d: v\r\n", h);
    tess_buf_puts(&b, "\r\n");
    CHECK_INT(roundtrip(PORT, b.data, b.len, &r), 0);
    CHECK_INT(r.status, 431);   /* Host + 100 */
    CHECK_STR(r.body, "{\"message\":\"more than 100 request headers\"}");
    resp_free(&r);
    tess_buf_free(&b);
    /* a header block libmicrohttpd cannot hold: its own 431 */
    tess_buf_init(&b, -1);
    tess_buf_puts(&b, "GET /echo/1/2 HTTP/1.1\r\nHost: t\r\nX-Huge: ");
    for (int i = 0; i < 70000; i++) tess_buf_putc(&b, 'c');
    tess_buf_puts(&b, "\r\n\r\n");
    CHECK_INT(roundtrip(PORT, b.data, b.len, &r), 0);
    CHECK_INT(r.status, 431);
    resp_free(&r);
    tess_buf_free(&b);
    /* request target over 8 KiB: our 414; far over: libmicrohttpd's 414 */
    for (int k = 0; k < 2; k++) {
        size_t len = k == 0 ? HTTP_MAX_REQUEST_TARGET : 70000;
        tess_buf_init(&b, -1);
        tess_buf_puts(&b, "GET /echo/1/");
        for (size_t i = 0; i < len; i++) tess_buf_putc(&b, 'd');
        tess_buf_puts(&b, " HTTP/1.1\r\nHost: t\r\n\r\n");
        CHECK_INT(roundtrip(PORT, b.data, b.len, &r), 0);
        CHECK_INT(r.status, 414);
        if (k == 0) CHECK_STR(r.body, "{\"message\":\"request target over 8192 bytes\"}");
        resp_free(&r);
        tess_buf_free(&b);
    }
    /* garbage: a 4xx from libmicrohttpd, or the connection closed */
    static const char *garbage[] = {
        "GARBAGE\r\n\r\n",
        "GET /echo/1/2 HTTP/1.1\r\nHost: t\r\nNo colon here\r\n\r\n",
        "POST /body HTTP/1.1\r\nHost: t\r\nContent-Length: abc\r\n\r\n",
        "POST /body HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        "GET http://example.com/echo/1/2 HTTP/1.1\r\nHost: t\r\n\r\n",
    };
    for (size_t g = 0; g < sizeof garbage / sizeof *garbage; g++) {
        int rc = roundtrip(PORT, garbage[g], strlen(garbage[g]), &r);
        if (rc == 0) {
            if (r.status < 400 || r.status > 499)
                fprintf(stderr, "  garbage %zu: status %d\n", g, r.status);
            CHECK(r.status >= 400 && r.status <= 499);
            resp_free(&r);
        }
    }
    /* still up */
    CHECK_INT(get(PORT, "/echo/still/up", &r), 0);
    CHECK_INT(r.status, 200);
    resp_free(&r);
}

typedef struct conc_arg {
    int id;
    int ok;
} conc_arg;

static void *concurrent_client(void *p) {
    conc_arg *a = p;
    cl c;
    if (!cl_open(&c, PORT)) return NULL;
    for (int i = 0; i < 50; i++) {
        char req[640], expect[256];
        cresp r;
        if (i % 2 == 0) {
            snprintf(req, sizeof req, "GET /echo/c%d/%d?i=%d HTTP/1.1\r\nHost: t\r\n\r\n", a->id, i, i);
            snprintf(expect, sizeof expect, "method=GET\npath=/echo/c%d/%d\nraw=/echo/c%d/%d\n"
                     "query=i=%d\np0=c%d\np1=%d\n", a->id, i, a->id, i, i, a->id, i);
        } else {
            snprintf(expect, sizeof expect, "client %d request %d", a->id, i);
            snprintf(req, sizeof req, "POST /body HTTP/1.1\r\nHost: t\r\nContent-Length: %zu\r\n\r\n%s",
                     strlen(expect), expect);
        }
        if (!cl_sends(&c, req) || cl_read(&c, &r, false) != 0) break;
        if (r.status == 200 && strcmp(r.body, expect) == 0) a->ok++;
        resp_free(&r);
    }
    cl_close(&c);
    return NULL;
}

static void test_concurrent(void) {
    pthread_t th[8];
    conc_arg args[8];
    for (int i = 0; i < 8; i++) {
        args[i] = (conc_arg){.id = i};
        pthread_create(&th[i], NULL, concurrent_client, &args[i]);
    }
    int total = 0;
    for (int i = 0; i < 8; i++) {
        pthread_join(th[i], NULL);
        CHECK_INT(args[i].ok, 50);
        total += args[i].ok;
    }
    CHECK_INT(total, 400);
}

static void test_log_all_valid(void) {
    off_t size = lseek(log_fd, 0, SEEK_END);
    char *all = malloc((size_t)size + 1);
    ssize_t n = pread(log_fd, all, (size_t)size, 0);
    all[n > 0 ? n : 0] = '\0';
    int lines = 0, bad = 0, mhd = 0;
    for (char *p = all; *p;) {
        char *e = strchr(p, '\n');
        if (!e) { bad++; break; }     /* every line ends with \n */
        char why[128] = "";
        if (!json_valid(p, (size_t)(e - p), why, sizeof why)) {
            bad++;
            fprintf(stderr, "  bad log line: %.*s (%s)\n", (int)(e - p), p, why);
        }
        if (strncmp(p, "{\"time\":", 8) == 0 && strstr(p, "\"mhd\":") && strstr(p, "\"mhd\":") < e) mhd++;
        lines++;
        p = e + 1;
    }
    CHECK(lines > 400);
    CHECK_INT(bad, 0);
    CHECK(mhd > 0);     /* libmicrohttpd's own messages (the 431 above) land here too */
    /* the request MHD answered itself is logged as not reaching us */
    CHECK(strstr(all, "rejected by libmicrohttpd before routing") != NULL);
    free(all);
}

/* ------------------------------------------------------------------ */
/* shutdown and timeouts (own servers)                                 */

/* A GET on a thread of its own. */
typedef struct get_arg {
    unsigned port;
    const char *path;
    cresp r;
    int rc;
} get_arg;

static void *get_client(void *p) {
    get_arg *a = p;
    a->rc = get(a->port, a->path, &a->r);
    return NULL;
}

typedef struct stop_arg {
    http_server *s;
    unsigned grace;
    double took;
} stop_arg;

static void *stopper(void *p) {
    stop_arg *a = p;
    double t0 = now_s();
    http_server_stop(a->s, a->grace);
    a->took = now_s() - t0;
    return NULL;
}

static void test_graceful_stop(void) {
    http_config cfg = {.listen = "127.0.0.1:0", .threads = 2, .access_log_fd = -1};
    http_server *s = NULL;
    tess_error err = {{0}};
    CHECK_INT(http_server_start(&cfg, test_routes, sizeof test_routes / sizeof *test_routes, &s,
                                &err), 0);
    if (!s) return;
    unsigned port = http_server_port(s);
    /* an idle keep-alive connection does not hold the stop up */
    cl idle;
    CHECK(cl_open(&idle, port));
    cresp r;
    CHECK(cl_sends(&idle, "GET /echo/1/2 HTTP/1.1\r\nHost: t\r\n\r\n"));
    CHECK_INT(cl_read(&idle, &r, false), 0);
    resp_free(&r);

    atomic_store(&T.slow_entered, 0);
    get_arg sa = {.port = port, .path = "/slow"};
    pthread_t ct, st;
    pthread_create(&ct, NULL, get_client, &sa);
    double until = now_s() + 5;
    while (!atomic_load(&T.slow_entered) && now_s() < until) usleep(1000);
    CHECK(atomic_load(&T.slow_entered));
    stop_arg sp = {.s = s, .grace = 10};
    pthread_create(&st, NULL, stopper, &sp);
    /* while the slow request runs, new connections are refused */
    usleep(150 * 1000);
    int fd = tcp_connect(port);
    CHECK(fd < 0);
    if (fd >= 0) close(fd);
    pthread_join(ct, NULL);
    CHECK_INT(sa.rc, 0);
    CHECK_INT(sa.r.status, 200);
    CHECK_STR(sa.r.body, "slow done");
    CHECK(resp_header(&sa.r, "Connection") && strcasecmp(resp_header(&sa.r, "Connection"), "close") == 0);
    resp_free(&sa.r);
    pthread_join(st, NULL);
    CHECK(sp.took < 5);         /* it waited for the request, not for the grace */
    CHECK(cl_eof(&idle));
    cl_close(&idle);
}

static void test_stop_grace_expires(void) {
    http_config cfg = {.listen = "127.0.0.1:0", .threads = 2, .access_log_fd = -1};
    http_server *s = NULL;
    tess_error err = {{0}};
    CHECK_INT(http_server_start(&cfg, test_routes, sizeof test_routes / sizeof *test_routes, &s,
                                &err), 0);
    if (!s) return;
    /* a client that announces a body and never sends it */
    cl c;
    CHECK(cl_open(&c, http_server_port(s)));
    CHECK(cl_sends(&c, "POST /body HTTP/1.1\r\nHost: t\r\nContent-Length: 100\r\n\r\nabc"));
    usleep(100 * 1000);
    double t0 = now_s();
    http_server_stop(s, 1);
    double took = now_s() - t0;
    CHECK(took >= 0.9 && took < 4);
    CHECK(cl_eof(&c));
    cl_close(&c);
}

static void test_idle_timeout(void) {
    http_config cfg = {.listen = "127.0.0.1:0", .threads = 1, .connection_timeout = 1,
                       .access_log_fd = -1};
    http_server *s = NULL;
    tess_error err = {{0}};
    CHECK_INT(http_server_start(&cfg, test_routes, sizeof test_routes / sizeof *test_routes, &s,
                                &err), 0);
    if (!s) return;
    cl c;
    CHECK(cl_open(&c, http_server_port(s)));
    cresp r;
    CHECK(cl_sends(&c, "GET /echo/1/2 HTTP/1.1\r\nHost: t\r\n\r\n"));
    CHECK_INT(cl_read(&c, &r, false), 0);
    resp_free(&r);
    double t0 = now_s();
    CHECK(cl_eof(&c));          /* blocks until the server closes it */
    double took = now_s() - t0;
    CHECK(took > 0.5 && took < 5);
    cl_close(&c);
    http_server_stop(s, 1);
}


/* ------------------------------------------------------------------ */
/* offloaded handlers (own server: one thread)                          */

static bool wait_count(atomic_int *v, int want) {
    double until = now_s() + 10;
    while (atomic_load(v) < want && now_s() < until) usleep(1000);
    return atomic_load(v) >= want;
}

/* On a server of one thread, a request whose handler is offloaded and
 * blocked does not hold the other connections up: they are answered while
 * it waits (the gate opens only after they were). Its own answer comes
 * once the handler returns; a streamed body still gets its end call; the
 * stop waits for a running offload; a client gone meanwhile is harmless. */
static void test_offload(void) {
    http_config cfg = {.listen = "127.0.0.1:0", .threads = 1, .access_log_fd = -1};
    http_server *s = NULL;
    tess_error err = {{0}};
    CHECK_INT(http_server_start(&cfg, test_routes, sizeof test_routes / sizeof *test_routes, &s,
                                &err), 0);
    if (!s) return;
    unsigned port = http_server_port(s);
    atomic_store(&held_entered, 0);
    atomic_store(&held_done, 0);
    gate_set(false);

    get_arg a = {.port = port, .path = "/held"};
    pthread_t th;
    pthread_create(&th, NULL, get_client, &a);
    CHECK(wait_count(&held_entered, 1));
    /* the held request's thread is the server's only one: without the
     * offload these would wait for the gate, which opens after them */
    cresp r;
    for (int i = 0; i < 3; i++) {
        CHECK_INT(get(port, "/echo/x/y", &r), 0);
        CHECK_INT(r.status, 200);
        resp_free(&r);
    }
    CHECK_INT(atomic_load(&held_done), 0);
    gate_set(true);
    pthread_join(th, NULL);
    CHECK_INT(a.rc, 0);
    CHECK_INT(a.r.status, 200);
    CHECK_STR(a.r.body, "held done");
    resp_free(&a.r);

    /* a streamed body: every piece, then the end call, then the handler */
    static char body[300000];
    memset(body, 'q', sizeof body);
    char head[256];
    snprintf(head, sizeof head, "POST /stream-off HTTP/1.1\r\nHost: t\r\nContent-Length: %zu\r\n\r\n",
             sizeof body);
    cl c;
    CHECK(cl_open(&c, port));
    CHECK(cl_sends(&c, head) && cl_send(&c, body, sizeof body));
    CHECK_INT(cl_read(&c, &r, false), 0);
    CHECK_INT(r.status, 200);
    CHECK(r.body && strstr(r.body, "bytes=300000 ") && strstr(r.body, "ended=1"));
    resp_free(&r);
    /* the connection stays usable after an offloaded answer */
    CHECK(cl_sends(&c, "GET /echo/1/2 HTTP/1.1\r\nHost: t\r\n\r\n"));
    CHECK_INT(cl_read(&c, &r, false), 0);
    CHECK_INT(r.status, 200);
    resp_free(&r);
    cl_close(&c);

    /* a client that leaves while its handler is held */
    gate_set(false);
    int done0 = atomic_load(&held_done);
    CHECK(cl_open(&c, port));
    CHECK(cl_sends(&c, "GET /held HTTP/1.1\r\nHost: t\r\n\r\n"));
    CHECK(wait_count(&held_entered, 2));
    cl_close(&c);
    gate_set(true);
    CHECK(wait_count(&held_done, done0 + 1));

    /* a stop while an offloaded handler runs waits for it */
    gate_set(false);
    get_arg b = {.port = port, .path = "/held"};
    pthread_create(&th, NULL, get_client, &b);
    CHECK(wait_count(&held_entered, 3));
    stop_arg sp = {.s = s, .grace = 30};
    pthread_t st;
    pthread_create(&st, NULL, stopper, &sp);
    usleep(100 * 1000);
    gate_set(true);
    pthread_join(th, NULL);
    pthread_join(st, NULL);
    CHECK_INT(b.rc, 0);
    CHECK_INT(b.r.status, 200);
    CHECK_STR(b.r.body, "held done");
    resp_free(&b.r);
}

int main(void) {
    RUN(test_pct_decode);
    RUN(test_json_str);
    RUN(test_query_direct);
    RUN(test_header_direct);
    RUN(test_response_builders);
    RUN(test_mhd_missing);
    RUN(test_start_errors);
    if (!start_main_server()) {
        fprintf(stderr, "cannot start the test server\n");
        harness_tests_failed++;
        return harness_done("http");
    }
    RUN(test_routing_params);
    RUN(test_404_405);
    RUN(test_query_raw);
    RUN(test_headers);
    RUN(test_body_buffered);
    RUN(test_body_limits);
    RUN(test_keepalive);
    RUN(test_fd_and_buf_bodies);
    RUN(test_errors_and_log);
    RUN(test_auth_hook);
    RUN(test_streaming);
    RUN(test_discard_cap);
    RUN(test_oversized_and_malformed);
    RUN(test_concurrent);
    http_server_stop(S, 5);
    RUN(test_log_all_valid);
    close(log_fd);
    if (!getenv("KEEP_LOG")) unlink(log_path);
    unlink(data_path);
    RUN(test_graceful_stop);
    RUN(test_stop_grace_expires);
    RUN(test_idle_timeout);
    RUN(test_offload);
    return harness_done("http");
}
