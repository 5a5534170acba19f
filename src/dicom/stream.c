/*
 * stream.c - windowed byte source over a file, memory, or inflate (see
 * stream.h).
 *
 * The window is refilled by moving the unread tail to the front and
 * reading more after it. Memory sources without inflation need no copy:
 * the whole buffer is the window.
 */
#include "dicom/stream.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#define WINDOW_CAP (256 * 1024)
#define ZIN_CAP (64 * 1024)
#define NEED_MAX (64 * 1024)
#define FIRST_READ (16 * 1024)

int dcm_stream_open_fd(dcm_stream *s, int fd, tess_error *err) {
    memset(s, 0, sizeof *s);
    s->fd = fd;
    struct stat st;
    if (fstat(fd, &st) != 0) return tess_fail(err, "fstat: %s", strerror(errno));
    s->seekable = S_ISREG(st.st_mode);
    s->size = s->seekable ? (uint64_t)st.st_size : UINT64_MAX;
    s->own = malloc(WINDOW_CAP);
    if (!s->own) return tess_fail(err, "out of memory for the read window");
    s->own_cap = WINDOW_CAP;
    s->win = s->own;
    return 0;
}

void dcm_stream_open_mem(dcm_stream *s, const uint8_t *p, size_t n) {
    memset(s, 0, sizeof *s);
    s->fd = -1;
    s->mem = p;
    s->mem_len = n;
    s->mem_off = n;
    s->win = p;
    s->win_len = n;
    s->size = n;
    s->eof = true;
    s->seekable = false; /* values stay in memory anyway; nothing to re-read */
}

/* Read raw source bytes (fd, or memory past the window) for inflation. */
static ssize_t source_read(dcm_stream *s, uint8_t *dst, size_t n) {
    if (s->fd >= 0) {
        for (;;) {
            ssize_t r = read(s->fd, dst, n);
            if (r < 0 && errno == EINTR) continue;
            return r;
        }
    }
    size_t left = s->mem_len - s->mem_off;
    if (n > left) n = left;
    memcpy(dst, s->mem + s->mem_off, n);
    s->mem_off += n;
    return (ssize_t)n;
}

int dcm_stream_inflate(dcm_stream *s, tess_error *err) {
    z_stream *z = calloc(1, sizeof *z);
    if (!z) return tess_fail(err, "out of memory for inflate");
    if (inflateInit2(z, -15) != Z_OK) { free(z); return tess_fail(err, "inflateInit2 failed"); }
    s->z = z;
    /* Compressed bytes already in the window become inflate input. */
    size_t left = s->win_len - s->off;
    if (s->mem && !s->own) {
        /* memory source: rewind the raw cursor to the current position */
        s->mem_off = (size_t)(s->win_pos + s->off);
        left = 0;
    }
    s->zin = malloc(left > ZIN_CAP ? left : ZIN_CAP);
    if (!s->zin) return tess_fail(err, "out of memory for inflate");
    memcpy(s->zin, s->win + s->off, left);
    z->next_in = s->zin;
    z->avail_in = (uInt)left;
    if (!s->own) {
        s->own = malloc(WINDOW_CAP);
        if (!s->own) return tess_fail(err, "out of memory for the read window");
        s->own_cap = WINDOW_CAP;
    }
    s->inflate_start = s->win_pos + s->off;
    s->win_pos = s->inflate_start;
    s->win = s->own;
    s->win_len = 0;
    s->off = 0;
    s->size = UINT64_MAX;
    s->eof = false;
    s->seekable = false;
    return 0;
}

/* Append more bytes to the window; 0 on progress, 1 on end, -1 on error. */
static int refill(dcm_stream *s, tess_error *err) {
    if (s->eof) {
        /* An inflated stream whose compressed data stopped before the end
         * of the deflate stream (size left unknown): the bytes inflated so
         * far were handed out, but there is no end of data, only a cut. */
        if (s->z && s->size == UINT64_MAX)
            return tess_fail(err, "deflated data truncated: the compressed stream ends before its "
                             "end marker, after %llu inflated bytes",
                             (unsigned long long)(s->win_pos + s->win_len));
        return 1;
    }
    /* shift the unread tail to the front */
    size_t tail = s->win_len - s->off;
    if (s->off) {
        memmove(s->own, s->own + s->off, tail);
        s->win_pos += s->off;
        s->off = 0;
        s->win_len = tail;
    }
    size_t room = s->own_cap - s->win_len;
    if (!room) return 0;
    if (!s->z) {
        /* read no more than the stream has handed out so far (at least
         * FIRST_READ): the common file, a small header before pixel data
         * that is skipped, costs one small read instead of a full window
         * of bytes that are never looked at */
        uint64_t seen = s->win_pos + s->win_len;
        size_t want = seen < FIRST_READ ? FIRST_READ : seen < room ? (size_t)seen : room;
        if (want > room) want = room;
        ssize_t r = source_read(s, s->own + s->win_len, want);
        if (r < 0) return tess_fail(err, "read error at offset %llu: %s",
                                    (unsigned long long)(s->win_pos + s->win_len), strerror(errno));
        if (r == 0) { s->eof = true; return 1; }
        s->win_len += (size_t)r;
        return 0;
    }
    z_stream *z = s->z;
    z->next_out = s->own + s->win_len;
    z->avail_out = (uInt)room;
    while (z->avail_out == room) {
        if (z->avail_in == 0) {
            ssize_t r = source_read(s, s->zin, ZIN_CAP);
            if (r < 0) return tess_fail(err, "read error in deflated data: %s", strerror(errno));
            z->next_in = s->zin;
            z->avail_in = (uInt)r;
            if (r == 0) {
                /* Truncated deflate stream: hand out what was inflated;
                 * the next refill reports the cut (size stays unknown). */
                s->eof = true;
                break;
            }
        }
        int rc = inflate(z, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            s->eof = true;
            s->size = s->win_pos + s->win_len + (room - z->avail_out);
            break;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR)
            return tess_fail(err, "corrupt deflated data after inflated offset %llu: %s",
                             (unsigned long long)(s->win_pos + s->win_len),
                             z->msg ? z->msg : "inflate error");
        if (rc == Z_BUF_ERROR && z->avail_in) 
            return tess_fail(err, "corrupt deflated data (no progress)");
    }
    size_t got = room - z->avail_out;
    s->win_len += got;
    if (got) return 0;
    return refill(s, err);   /* nothing new: the end, or the cut */
}

const uint8_t *dcm_stream_need(dcm_stream *s, size_t n, size_t *got, tess_error *err) {
    if (n > NEED_MAX) n = NEED_MAX;
    while (s->win_len - s->off < n) {
        int rc = refill(s, err);
        if (rc < 0) { if (got) *got = SIZE_MAX; return NULL; }
        if (rc > 0) { if (got) *got = s->win_len - s->off; return NULL; }
    }
    if (got) *got = n;
    return s->win + s->off;
}

int dcm_stream_read(dcm_stream *s, void *dst, size_t n, tess_error *err) {
    uint8_t *d = dst;
    while (n) {
        size_t have = s->win_len - s->off;
        if (have) {
            size_t c = have < n ? have : n;
            memcpy(d, s->win + s->off, c);
            s->off += c;
            d += c;
            n -= c;
            continue;
        }
        /* Large reads from a plain file bypass the window. */
        if (!s->z && s->fd >= 0 && n >= s->own_cap) {
            s->win_pos += s->off;
            s->off = s->win_len = 0;
            ssize_t r = read(s->fd, d, n);
            if (r < 0) {
                if (errno == EINTR) continue;
                return tess_fail(err, "read error at offset %llu: %s",
                                 (unsigned long long)s->win_pos, strerror(errno));
            }
            if (r == 0) break;
            s->win_pos += (uint64_t)r;
            d += r;
            n -= (size_t)r;
            continue;
        }
        int rc = refill(s, err);
        if (rc < 0) return -1;
        if (rc > 0) break;
    }
    if (n) return tess_fail(err, "unexpected end of data at offset %llu (%zu bytes short)",
                            (unsigned long long)dcm_stream_pos(s), n);
    return 0;
}

int dcm_stream_skip(dcm_stream *s, uint64_t n, tess_error *err) {
    size_t have = s->win_len - s->off;
    if (n <= have) { s->off += (size_t)n; return 0; }
    n -= have;
    s->off = s->win_len;
    if (!s->z && s->fd >= 0 && s->seekable) {
        uint64_t target = s->win_pos + s->win_len + n;
        if (target > s->size)
            return tess_fail(err, "unexpected end of data: skipping to offset %llu past the end (%llu)",
                             (unsigned long long)target, (unsigned long long)s->size);
        if (lseek(s->fd, (off_t)target, SEEK_SET) < 0)
            return tess_fail(err, "seek to %llu: %s", (unsigned long long)target, strerror(errno));
        s->win_pos = target;
        s->off = s->win_len = 0;
        return 0;
    }
    while (n) {
        int rc = refill(s, err);
        if (rc < 0) return -1;
        size_t avail = s->win_len - s->off;
        if (rc > 0 && !avail)
            return tess_fail(err, "unexpected end of data at offset %llu (%llu bytes short)",
                             (unsigned long long)dcm_stream_pos(s), (unsigned long long)n);
        size_t c = avail < n ? avail : (size_t)n;
        s->off += c;
        n -= c;
    }
    return 0;
}

bool dcm_stream_at_end(dcm_stream *s, tess_error *err) {
    size_t got = 0;
    return dcm_stream_need(s, 1, &got, err) == NULL && got == 0;
}

void dcm_stream_close(dcm_stream *s) {
    if (s->z) { inflateEnd(s->z); free(s->z); }
    free(s->zin);
    free(s->own);
    memset(s, 0, sizeof *s);
    s->fd = -1;
}
