/*
 * buf.c - growable output buffer with an optional fd sink (see buf.h).
 */
#include "util/buf.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void tess_buf_init(tess_buf *b, int sink_fd) {
    memset(b, 0, sizeof *b);
    b->fd = sink_fd;
    b->flush_at = 256 * 1024;
    b->limit = (size_t)1 << 30;
}

static void buf_fail(tess_buf *b, const char *why) {
    if (!b->failed) snprintf(b->why, sizeof b->why, "%s", why);
    b->failed = true;
}

/* Write n bytes to the sink (the caller checked there is one). */
static void sink_write(tess_buf *b, const uint8_t *p, size_t n) {
    size_t off = 0;
    while (off < n) {
        ssize_t w = write(b->fd, p + off, n - off);
        if (w < 0) {
            if (errno == EINTR) continue;
            buf_fail(b, strerror(errno));
            return;
        }
        off += (size_t)w;
    }
    b->flushed += n;
}

void tess_buf_flush(tess_buf *b) {
    if (b->fd < 0 || b->failed) return;
    sink_write(b, b->data, b->len);
    if (!b->failed) b->len = 0;
}

static bool buf_reserve(tess_buf *b, size_t n) {
    if (b->failed) return false;
    if (b->cap - b->len >= n) return true;
    if (b->fd >= 0 && b->len) {
        tess_buf_flush(b);
        if (b->failed) return false;
        if (b->cap - b->len >= n) return true;
    }
    if (n > b->limit - b->len) { buf_fail(b, "output larger than the buffer limit"); return false; }
    size_t cap = b->cap ? b->cap : 4096;
    while (cap - b->len < n) cap *= 2;
    uint8_t *d = realloc(b->data, cap);
    if (!d) { buf_fail(b, "out of memory"); return false; }
    b->data = d;
    b->cap = cap;
    return true;
}

void tess_buf_put(tess_buf *b, const void *p, size_t n) {
    if (b->fd >= 0 && n >= b->flush_at / 4 && !b->failed) {
        /* a block this large goes straight to the sink, after what is
         * buffered: no copy, and the buffer stays small */
        tess_buf_flush(b);
        if (!b->failed) sink_write(b, p, n);
        return;
    }
    if (!n || !buf_reserve(b, n)) return;
    memcpy(b->data + b->len, p, n);
    b->len += n;
    if (b->fd >= 0 && b->len >= b->flush_at) tess_buf_flush(b);
}

void tess_buf_putc(tess_buf *b, char c) {
    if (b->len < b->cap && !b->failed) { b->data[b->len++] = (uint8_t)c; return; }
    tess_buf_put(b, &c, 1);
}

void tess_buf_puts(tess_buf *b, const char *s) { tess_buf_put(b, s, strlen(s)); }

void tess_buf_printf(tess_buf *b, const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) { buf_fail(b, "format error"); return; }
    if ((size_t)n < sizeof small) { tess_buf_put(b, small, (size_t)n); return; }
    if (!buf_reserve(b, (size_t)n + 1)) return;
    va_start(ap, fmt);
    vsnprintf((char *)b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

static const char b64[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void b64_block(tess_buf *b, const uint8_t *p, size_t n) {
    /* n is a multiple of 3 */
    while (n) {
        size_t chunk = n > 3 * 4096 ? 3 * 4096 : n;
        if (!buf_reserve(b, chunk / 3 * 4)) return;
        uint8_t *o = b->data + b->len;
        for (size_t i = 0; i < chunk; i += 3) {
            uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
            *o++ = (uint8_t)b64[v >> 18];
            *o++ = (uint8_t)b64[(v >> 12) & 63];
            *o++ = (uint8_t)b64[(v >> 6) & 63];
            *o++ = (uint8_t)b64[v & 63];
        }
        b->len += chunk / 3 * 4;
        p += chunk;
        n -= chunk;
        if (b->fd >= 0 && b->len >= b->flush_at) tess_buf_flush(b);
    }
}

void tess_buf_base64_feed(tess_buf *b, tess_b64 *st, const uint8_t *p, size_t n) {
    if (st->nrem) {
        while (st->nrem < 3 && n) { st->rem[st->nrem++] = *p++; n--; }
        if (st->nrem < 3) return;
        b64_block(b, st->rem, 3);
        st->nrem = 0;
    }
    size_t whole = n / 3 * 3;
    b64_block(b, p, whole);
    for (size_t i = whole; i < n; i++) st->rem[st->nrem++] = p[i];
}

void tess_buf_base64_end(tess_buf *b, tess_b64 *st) {
    if (st->nrem == 1) {
        uint32_t v = (uint32_t)st->rem[0] << 16;
        char o[4] = { b64[v >> 18], b64[(v >> 12) & 63], '=', '=' };
        tess_buf_put(b, o, 4);
    } else if (st->nrem == 2) {
        uint32_t v = (uint32_t)st->rem[0] << 16 | (uint32_t)st->rem[1] << 8;
        char o[4] = { b64[v >> 18], b64[(v >> 12) & 63], b64[(v >> 6) & 63], '=' };
        tess_buf_put(b, o, 4);
    }
    st->nrem = 0;
}

void tess_buf_put_base64(tess_buf *b, const uint8_t *p, size_t n) {
    tess_b64 st = { {0, 0, 0}, 0 };
    tess_buf_base64_feed(b, &st, p, n);
    tess_buf_base64_end(b, &st);
}

int tess_buf_finish(tess_buf *b, tess_error *err) {
    tess_buf_flush(b);
    if (b->failed) return tess_fail(err, "writing output: %s", b->why);
    return 0;
}

void tess_buf_free(tess_buf *b) {
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

int tess_base64_value(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

tess_b64_status tess_base64_decode(const char *s, size_t n, bool skip_space, uint8_t *out,
                                   size_t cap, size_t *outn, size_t *pos) {
    size_t nch = 0, npad = 0, k = 0;
    uint32_t acc = 0;
    int bits = 0;
    *outn = 0;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (skip_space && (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n')) continue;
        if (ch == '=') {
            if (++npad > 2) return TESS_B64_BAD_PAD;
            continue;
        }
        int v = tess_base64_value(ch);
        if (v < 0) {
            if (pos) *pos = i;
            return TESS_B64_BAD_CHAR;
        }
        if (npad) return TESS_B64_BAD_PAD;
        acc = ((acc << 6) | (uint32_t)v) & 0xFFFFFFu;
        bits += 6;
        nch++;
        if (bits >= 8) {
            bits -= 8;
            if (k == cap) return TESS_B64_TOO_LONG;
            out[k++] = (uint8_t)(acc >> bits);
        }
    }
    if (nch % 4 == 1) return TESS_B64_TRUNCATED;
    if (npad && (nch + npad) % 4 != 0) return TESS_B64_BAD_PAD;
    *outn = k;
    return TESS_B64_OK;
}

int tess_grow(void *arrp, size_t *cap, size_t need, size_t elem) {
    if (need <= *cap) return 0;
    size_t nc = *cap ? *cap : 16;
    while (nc < need) {
        if (nc > SIZE_MAX / 2) return -1;
        nc *= 2;
    }
    if (elem && nc > SIZE_MAX / elem) return -1;
    void *old;
    memcpy(&old, arrp, sizeof old);   /* arrp points at a T*, read as void* */
    void *np = realloc(old, nc * elem);
    if (!np) return -1;
    memcpy(arrp, &np, sizeof np);
    *cap = nc;
    return 0;
}
