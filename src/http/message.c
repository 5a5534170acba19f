/*
 * message.c - what handlers call: request accessors (headers, query, path
 * parameters, body replacement) and response builders (headers, bytes,
 * file ranges, the restJson1 error envelope); plus the percent decoder and
 * the JSON string writer the server and router share (http_internal.h).
 *
 * None of this touches libmicrohttpd: server.c turns an http_response into
 * a libmicrohttpd response once the handler returns.
 */
#include "http/http_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/* ---- text helpers ---- */

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

long http_pct_decode(char *dst, const char *src, size_t n, bool plus_space) {
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        char c = src[i];
        if (c == '%') {
            if (i + 2 >= n) return -1;
            int hi = hexval(src[i + 1]), lo = hexval(src[i + 2]);
            if (hi < 0 || lo < 0) return -1;
            c = (char)(hi * 16 + lo);
            if (c == '\0') return -1;
            i += 2;
        } else if (c == '+' && plus_space) {
            c = ' ';
        } else if (c == '\0') {
            return -1;
        }
        dst[o++] = c;
    }
    dst[o] = '\0';
    return (long)o;
}

/* Length of the valid UTF-8 sequence at p (at most n bytes), 0 if invalid. */
static size_t utf8_len(const unsigned char *p, size_t n) {
    unsigned c = p[0];
    size_t len;
    unsigned min;
    if (c < 0x80) return 1;
    if (c >= 0xc2 && c <= 0xdf) { len = 2; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { len = 3; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { len = 4; min = 0x10000; }
    else return 0;
    if (n < len) return 0;
    unsigned cp = c & (0x3f >> (len - 1));
    for (size_t i = 1; i < len; i++) {
        if ((p[i] & 0xc0) != 0x80) return 0;
        cp = (cp << 6) | (p[i] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
    return len;
}

void http_json_str(tess_buf *b, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s;
    tess_buf_putc(b, '"');
    size_t i = 0;
    while (i < n) {
        unsigned char c = p[i];
        if (c == '"' || c == '\\') {
            tess_buf_putc(b, '\\');
            tess_buf_putc(b, (char)c);
            i++;
        } else if (c < 0x20) {
            char e[7] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0};
            if (c == '\n') tess_buf_puts(b, "\\n");
            else if (c == '\t') tess_buf_puts(b, "\\t");
            else if (c == '\r') tess_buf_puts(b, "\\r");
            else tess_buf_put(b, e, 6);
            i++;
        } else if (c < 0x80) {
            tess_buf_putc(b, (char)c);
            i++;
        } else {
            size_t l = utf8_len(p + i, n - i);
            if (l) { tess_buf_put(b, p + i, l); i += l; }
            else { tess_buf_puts(b, "\\ufffd"); i++; }
        }
    }
    tess_buf_putc(b, '"');
}

/* ---- request accessors ---- */

const char *http_header_get(const http_request *r, const char *name) {
    for (size_t i = 0; i < r->nheaders; i++)
        if (strcasecmp(r->headers[i].name, name) == 0) return r->headers[i].value;
    return NULL;
}

/* True when the form-decoded key k[0..n) equals name. */
static bool key_equals(const char *k, size_t n, const char *name) {
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        char c = k[i];
        if (c == '%') {
            if (i + 2 >= n) return false;
            int hi = hexval(k[i + 1]), lo = hexval(k[i + 2]);
            if (hi < 0 || lo < 0) return false;
            c = (char)(hi * 16 + lo);
            i += 2;
        } else if (c == '+') {
            c = ' ';
        }
        if (c == '\0' || name[j] != c) return false;
        j++;
    }
    return name[j] == '\0';
}

const char *http_query_get(const http_request *r, const char *name, unsigned i, char *out,
                           size_t cap) {
    const char *q = r->query ? r->query : "";
    unsigned seen = 0;
    while (*q) {
        const char *amp = strchr(q, '&');
        size_t partlen = amp ? (size_t)(amp - q) : strlen(q);
        const char *eq = memchr(q, '=', partlen);
        size_t klen = eq ? (size_t)(eq - q) : partlen;
        if (partlen && key_equals(q, klen, name)) {
            if (seen++ == i) {
                const char *v = eq ? eq + 1 : q + partlen;
                size_t vlen = (size_t)(q + partlen - v);
                /* The decoding is never longer than vlen: decode in place
                 * when it fits, else into a scratch copy to check. */
                if (cap == 0) return NULL;
                if (vlen + 1 <= cap) return http_pct_decode(out, v, vlen, true) < 0 ? NULL : out;
                char *tmp = malloc(vlen + 1);
                if (!tmp) return NULL;
                long dn = http_pct_decode(tmp, v, vlen, true);
                const char *res = NULL;
                if (dn >= 0 && (size_t)dn + 1 <= cap) {
                    memcpy(out, tmp, (size_t)dn + 1);
                    res = out;
                }
                free(tmp);
                return res;
            }
        }
        if (!amp) break;
        q = amp + 1;
    }
    return NULL;
}

const char *http_path_param(const http_request *req, unsigned i) {
    const http_req_shared *sh = req->server_data;
    if (!sh || i >= sh->nparams) return NULL;
    return sh->params[i];
}

void http_request_set_body(http_request *req, uint8_t *p, size_t n) {
    http_req_shared *sh = req->server_data;
    if (sh->replaced_body != p) free(sh->replaced_body);
    sh->replaced_body = p;
    req->body = p;
    req->body_len = n;
}

void http_request_set_body_filter(http_request *req, const http_body_filter *f) {
    http_req_shared *sh = req->server_data;
    if (sh->filter.free && sh->filter.state != f->state) sh->filter.free(sh->filter.state);
    sh->filter = *f;
}

/* ---- responses ---- */

void http_response_init(http_response *resp) {
    memset(resp, 0, sizeof *resp);
    resp->kind = HTTP_BODY_NONE;
    resp->fd = -1;
    tess_buf_init(&resp->buf, -1);
}

void http_response_free(http_response *resp) {
    tess_buf_free(&resp->buf);
    if (resp->fd >= 0) close(resp->fd);
    free(resp->strings);
    http_response_init(resp);
}

/* Copy s into resp->strings; on growth, move every header pointer along. */
static const char *resp_strdup(http_response *resp, const char *s) {
    size_t n = strlen(s) + 1;
    if (resp->strings_cap - resp->strings_len < n) {
        size_t cap = resp->strings_cap ? resp->strings_cap : 512;
        while (cap - resp->strings_len < n) cap *= 2;
        size_t offs[2 * HTTP_MAX_RESPONSE_HEADERS];
        for (size_t i = 0; i < resp->nheaders; i++) {
            offs[2 * i] = (size_t)(resp->headers[i].name - resp->strings);
            offs[2 * i + 1] = (size_t)(resp->headers[i].value - resp->strings);
        }
        char *d = realloc(resp->strings, cap);
        if (!d) return NULL;
        resp->strings = d;
        resp->strings_cap = cap;
        for (size_t i = 0; i < resp->nheaders; i++) {
            resp->headers[i].name = d + offs[2 * i];
            resp->headers[i].value = d + offs[2 * i + 1];
        }
    }
    char *p = resp->strings + resp->strings_len;
    memcpy(p, s, n);
    resp->strings_len += n;
    return p;
}

void http_response_header(http_response *resp, const char *name, const char *value) {
    if (resp->nheaders >= HTTP_MAX_RESPONSE_HEADERS || !name[0] ||
        strpbrk(name, "\r\n: \t") || strpbrk(value, "\r\n")) {
        resp->dropped++;
        return;
    }
    /* Name and value go in together: copy the name, then the value; if the
     * value fails the name's bytes stay unused (harmless). */
    const char *n = resp_strdup(resp, name);
    const char *v = n ? resp_strdup(resp, value) : NULL;
    if (!v) { resp->dropped++; return; }
    /* resp_strdup may have moved the storage after n was taken. */
    n = v - (strlen(name) + 1);
    resp->headers[resp->nheaders].name = n;
    resp->headers[resp->nheaders].value = v;
    resp->nheaders++;
}

/* Drop whatever body was set. */
static void resp_clear_body(http_response *resp) {
    if (resp->fd >= 0) close(resp->fd);
    resp->fd = -1;
    resp->buf.len = 0;
    resp->buf.failed = false;
    resp->offset = resp->length = 0;
    resp->kind = HTTP_BODY_NONE;
}

void http_response_bytes(http_response *resp, int status, const char *content_type,
                         const void *p, size_t n) {
    resp_clear_body(resp);
    resp->status = status;
    if (content_type) http_response_header(resp, "Content-Type", content_type);
    resp->kind = HTTP_BODY_BUF;
    tess_buf_put(&resp->buf, p, n);
}

void http_response_take(http_response *resp, int status, const char *content_type, uint8_t *p,
                        size_t n) {
    resp_clear_body(resp);
    resp->status = status;
    if (content_type) http_response_header(resp, "Content-Type", content_type);
    resp->kind = HTTP_BODY_BUF;
    tess_buf_free(&resp->buf);
    tess_buf_init(&resp->buf, -1);
    resp->buf.data = p;
    resp->buf.len = resp->buf.cap = n;
}

void http_response_fd(http_response *resp, int status, const char *content_type, int fd,
                      uint64_t offset, uint64_t length) {
    resp_clear_body(resp);
    resp->status = status;
    if (content_type) http_response_header(resp, "Content-Type", content_type);
    resp->kind = HTTP_BODY_FD;
    resp->fd = fd;
    resp->offset = offset;
    resp->length = length;
}

void http_response_error(http_response *resp, int status, const char *error_type,
                         const char *message) {
    resp_clear_body(resp);
    resp->status = status;
    http_response_header(resp, "Content-Type", "application/json");
    if (error_type) http_response_header(resp, "x-amzn-ErrorType", error_type);
    resp->kind = HTTP_BODY_BUF;
    tess_buf_puts(&resp->buf, "{\"message\":");
    http_json_str(&resp->buf, message, strlen(message));
    tess_buf_putc(&resp->buf, '}');
}
