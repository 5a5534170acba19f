/*
 * gz.c - gzip through zlib's deflate/inflate with the gzip wrapper (see gz.h).
 */
#include "util/gz.h"

#include <zlib.h>

#define GZ_CHUNK (64 * 1024)

int tess_gzip(const void *p, size_t n, tess_buf *out, tess_error *err) {
    z_stream z = {0};
    if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return tess_fail(err, "gzip: deflateInit2 failed");
    z.next_in = (Bytef *)p;
    unsigned char tmp[GZ_CHUNK];
    size_t left = n;
    int rc;
    do {
        uInt take = left > (1u << 30) ? (1u << 30) : (uInt)left;
        if (z.avail_in == 0) {
            z.avail_in = take;
            left -= take;
        }
        int flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = tmp;
            z.avail_out = sizeof tmp;
            rc = deflate(&z, flush);
            if (rc == Z_STREAM_ERROR) {
                deflateEnd(&z);
                return tess_fail(err, "gzip: deflate failed");
            }
            tess_buf_put(out, tmp, sizeof tmp - z.avail_out);
        } while (z.avail_out == 0);
    } while (rc != Z_STREAM_END);
    deflateEnd(&z);
    if (out->failed) return tess_fail(err, "gzip: %s", out->why);
    return 0;
}

int tess_gunzip(const void *p, size_t n, size_t limit, tess_buf *out, tess_error *err) {
    if (limit == 0) limit = (size_t)1 << 30;
    z_stream z = {0};
    if (inflateInit2(&z, 15 + 16) != Z_OK) return tess_fail(err, "gunzip: inflateInit2 failed");
    if (n > (1u << 31)) {
        inflateEnd(&z);
        return tess_fail(err, "gunzip: input of %zu bytes is too large", n);
    }
    z.next_in = (Bytef *)p;
    z.avail_in = (uInt)n;
    unsigned char tmp[GZ_CHUNK];
    size_t total = 0;
    int rc;
    do {
        z.next_out = tmp;
        z.avail_out = sizeof tmp;
        rc = inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&z);
            return tess_fail(err, "gunzip: corrupt or truncated stream (zlib %d) at input byte %lu",
                             rc, (unsigned long)z.total_in);
        }
        size_t got = sizeof tmp - z.avail_out;
        total += got;
        if (total > limit) {
            inflateEnd(&z);
            return tess_fail(err, "gunzip: output exceeds the limit of %zu bytes", limit);
        }
        tess_buf_put(out, tmp, got);
        if (rc != Z_STREAM_END && z.avail_in == 0 && got == 0) {
            inflateEnd(&z);
            return tess_fail(err, "gunzip: truncated stream after %zu input bytes", n);
        }
    } while (rc != Z_STREAM_END);
    inflateEnd(&z);
    if (out->failed) return tess_fail(err, "gunzip: %s", out->why);
    return 0;
}
