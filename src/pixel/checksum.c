/*
 * checksum.c - per-resolution checksums without a codec (see checksum.h).
 *
 * The pyramid is built level by level: each level runs the reversible 5/3
 * lifting steps (T.800 F.4.8.2)
 *
 *     d(k) = x(2k+1) - floor((x(2k) + x(2k+2)) / 2)
 *     s(n) = x(2n)   + floor((d(n-1) + d(n) + 2) / 4)
 *
 * with whole-sample symmetric extension (x(-1) = x(1), x(N) = x(N-2), hence
 * d(-1) = d(0) and, for odd N, d(N/2) = d(N/2 - 1)), first down the columns
 * and then along the rows of the low-pass rows, keeping only the low-pass
 * (LL) output; a length-1 signal at (even) index 0 is left unchanged. Only
 * the LL band is ever needed, so the high-pass rows are never stored.
 *
 * Right shifts of negative int32 are arithmetic (floor) with gcc and clang,
 * which every build of this project uses.
 */
#include "pixel/checksum.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "pixel/htj2k.h"

typedef struct pyramid {
    uint32_t w, h;              /* current level's size */
    unsigned comps;
    bool rct;
    int32_t *plane[3];          /* current LL bands (RCT domain when rct), w x h packed */
    int32_t *tmp;               /* vertical pass output: ceil(h/2) rows */
    int32_t *d[2];              /* two rows of vertical high-pass */
    int32_t *mem;
} pyramid;

uint32_t px_image_crc32(const px_image *img) {
    uLong crc = crc32(0L, Z_NULL, 0);
    const uint8_t *p = img->data;
    size_t n = img->size;
    while (n) {
        uInt chunk = n > (1u << 30) ? (1u << 30) : (uInt)n;
        crc = crc32(crc, p, chunk);
        p += chunk;
        n -= chunk;
    }
    return (uint32_t)crc;
}

static int check_image(const px_image *img, tess_error *err) {
    if (!img || !img->data) return tess_fail(err, "checksum: no image");
    if (!img->width || !img->height) return tess_fail(err, "checksum: empty image");
    if (img->components != 1 && img->components != 3)
        return tess_fail(err, "checksum: %u components not supported", img->components);
    if (img->bits < 1 || img->bits > 16)
        return tess_fail(err, "checksum: %u-bit samples not supported (1..16)", img->bits);
    size_t want = (size_t)img->width * img->height * img->components * px_bytes_per_sample(img->bits);
    if (img->size != want)
        return tess_fail(err, "checksum: image buffer is %zu bytes, expected %zu", img->size, want);
    return 0;
}

/* Load the planes (forward RCT when used) and the full image's range. */
static int pyramid_init(pyramid *py, const px_image *img, int64_t *mn, int64_t *mx, tess_error *err) {
    memset(py, 0, sizeof *py);
    const size_t w = img->width, h = img->height, C = img->components, n = w * h;
    size_t words = C * n + ((h + 1) / 2) * w + 2 * w;
    py->mem = malloc(words * sizeof(int32_t));
    if (!py->mem) return tess_fail(err, "checksum: out of memory for a %zux%zu image", w, h);
    int32_t *m = py->mem;
    for (size_t c = 0; c < C; c++, m += n) py->plane[c] = m;
    py->tmp = m;
    m += ((h + 1) / 2) * w;
    py->d[0] = m;
    py->d[1] = m + w;
    py->w = img->width;
    py->h = img->height;
    py->comps = img->components;
    py->rct = px_htj2k_uses_rct(img);

    const uint8_t *p = img->data;
    const bool sgn = img->is_signed;
    int32_t lo = INT32_MAX, hi = INT32_MIN;
    if (px_bytes_per_sample(img->bits) == 1) {
        for (size_t i = 0; i < n; i++)
            for (size_t c = 0; c < C; c++) {
                uint8_t b = p[i * C + c];
                int32_t v = sgn ? (int32_t)(int8_t)b : (int32_t)b;
                py->plane[c][i] = v;
                if (v < lo) lo = v;
                if (v > hi) hi = v;
            }
    } else {
        for (size_t i = 0; i < n; i++)
            for (size_t c = 0; c < C; c++) {
                const uint8_t *q = p + 2 * (i * C + c);
                uint16_t u = (uint16_t)(q[0] | q[1] << 8);
                int32_t v = sgn ? (int32_t)(int16_t)u : (int32_t)u;
                py->plane[c][i] = v;
                if (v < lo) lo = v;
                if (v > hi) hi = v;
            }
    }
    *mn = lo;
    *mx = hi;
    if (py->rct) {
        int32_t *r = py->plane[0], *g = py->plane[1], *b = py->plane[2];
        for (size_t i = 0; i < n; i++) {
            int32_t R = r[i], G = g[i], B = b[i];
            r[i] = (R + 2 * G + B) >> 2;   /* Y */
            g[i] = B - G;                  /* Cb (U) */
            b[i] = R - G;                  /* Cr (V) */
        }
    }
    return 0;
}

/* One level of the 5/3 analysis on a w x h plane, keeping LL in place
 * (packed at the new width). */
static void dwt53_ll(pyramid *py, int32_t *x) {
    const uint32_t w = py->w, h = py->h;
    const uint32_t hl = (h + 1) / 2, hh = h / 2, wl = (w + 1) / 2, wh = w / 2;
    int32_t *t = py->tmp;
    /* vertical: low-pass rows into tmp */
    if (h == 1) {
        memcpy(t, x, (size_t)w * sizeof *t);
    } else {
        const int32_t *prev = NULL;
        for (uint32_t n = 0; n < hl; n++) {
            const int32_t *cur;
            if (n < hh) {
                int32_t *dd = py->d[n & 1];
                const int32_t *a = x + (size_t)(2 * n) * w, *o = a + w;
                const int32_t *b = 2 * n + 2 < h ? a + 2 * (size_t)w : a;
                for (uint32_t j = 0; j < w; j++) dd[j] = o[j] - ((a[j] + b[j]) >> 1);
                cur = dd;
            } else {
                cur = prev;     /* odd h: d(hh) mirrors d(hh - 1) */
            }
            const int32_t *pv = n ? prev : cur;
            const int32_t *e = x + (size_t)(2 * n) * w;
            int32_t *s = t + (size_t)n * w;
            for (uint32_t j = 0; j < w; j++) s[j] = e[j] + ((pv[j] + cur[j] + 2) >> 2);
            prev = cur;
        }
    }
    /* horizontal on the low-pass rows: low-pass columns back into x */
    for (uint32_t i = 0; i < hl; i++) {
        const int32_t *r = t + (size_t)i * w;
        int32_t *o = x + (size_t)i * wl;
        if (w == 1) {
            o[0] = r[0];
            continue;
        }
        int32_t dp = r[1] - ((r[0] + (2 < w ? r[2] : r[0])) >> 1);
        for (uint32_t n = 0; n < wl; n++) {
            int32_t dc;
            if (n < wh) {
                uint32_t k = 2 * n;
                int32_t right = k + 2 < w ? r[k + 2] : r[k];
                dc = r[k + 1] - ((r[k] + right) >> 1);
            } else {
                dc = dp;
            }
            o[n] = r[2 * n] + ((dp + dc + 2) >> 2);
            dp = dc;
        }
    }
}

static void pyramid_step(pyramid *py) {
    for (unsigned c = 0; c < py->comps; c++) dwt53_ll(py, py->plane[c]);
    py->w = (py->w + 1) / 2;
    py->h = (py->h + 1) / 2;
}

/* Write the current level as px_image bytes (inverse RCT, clamp). */
static void pyramid_emit(const pyramid *py, const px_image *img, uint8_t *dst) {
    int64_t lo64, hi64;
    px_sample_range(img->bits, img->is_signed, &lo64, &hi64);
    const int32_t lo = (int32_t)lo64, hi = (int32_t)hi64;
    const size_t n = (size_t)py->w * py->h, C = py->comps;
    const unsigned bps = px_bytes_per_sample(img->bits);
    for (size_t i = 0; i < n; i++) {
        int32_t v[3];
        if (py->rct) {
            int32_t Y = py->plane[0][i], U = py->plane[1][i], V = py->plane[2][i];
            int32_t G = Y - ((U + V) >> 2);
            v[0] = V + G;
            v[1] = G;
            v[2] = U + G;
        } else {
            for (size_t c = 0; c < C; c++) v[c] = py->plane[c][i];
        }
        for (size_t c = 0; c < C; c++) {
            int32_t s = v[c] < lo ? lo : v[c] > hi ? hi : v[c];
            size_t k = i * C + c;
            if (bps == 1) {
                dst[k] = (uint8_t)s;
            } else {
                dst[2 * k] = (uint8_t)s;
                dst[2 * k + 1] = (uint8_t)((uint32_t)s >> 8);
            }
        }
    }
}

int px_frame_checksums(const px_image *img, unsigned levels, px_res_checksum *out, int64_t *min,
                       int64_t *max, tess_error *err) {
    if (check_image(img, err) != 0) return -1;
    if (levels > 32) return tess_fail(err, "checksum: %u levels (at most 32)", levels);
    pyramid py;
    if (pyramid_init(&py, img, min, max, err) != 0) return -1;
    out[levels].width = img->width;
    out[levels].height = img->height;
    out[levels].crc32 = px_image_crc32(img);
    if (levels == 0) {
        free(py.mem);
        return 0;
    }
    /* the first reduced level is the largest */
    const size_t bps = px_bytes_per_sample(img->bits);
    size_t cap = (size_t)((img->width + 1) / 2) * ((img->height + 1) / 2) * img->components * bps;
    uint8_t *buf = malloc(cap);
    if (!buf) {
        free(py.mem);
        return tess_fail(err, "checksum: out of memory");
    }
    for (unsigned r = 1; r <= levels; r++) {
        pyramid_step(&py);
        pyramid_emit(&py, img, buf);
        size_t len = (size_t)py.w * py.h * py.comps * bps;
        px_res_checksum *o = &out[levels - r];
        o->width = py.w;
        o->height = py.h;
        o->crc32 = (uint32_t)crc32(crc32(0L, Z_NULL, 0), buf, (uInt)len);
    }
    free(buf);
    free(py.mem);
    return 0;
}

int px_image_reduce(const px_image *img, unsigned level, px_image *out, tess_error *err) {
    memset(out, 0, sizeof *out);
    if (check_image(img, err) != 0) return -1;
    if (level > 32) return tess_fail(err, "reduce: %u levels (at most 32)", level);
    pyramid py;
    int64_t mn, mx;
    if (pyramid_init(&py, img, &mn, &mx, err) != 0) return -1;
    for (unsigned r = 0; r < level; r++) pyramid_step(&py);
    if (px_image_alloc(out, py.w, py.h, img->components, img->bits, img->is_signed, err) != 0) {
        free(py.mem);
        return -1;
    }
    out->photometric = img->photometric;
    pyramid_emit(&py, img, out->data);
    free(py.mem);
    return 0;
}
