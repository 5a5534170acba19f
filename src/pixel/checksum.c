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
 * The first level reads the image a row at a time (sample bytes to int32,
 * forward RCT, the range and the full-size CRC on the way), so the frame is
 * read once and never copied whole; each level's CRC is taken over bands of
 * emitted rows, not a whole emitted image.
 *
 * Right shifts of negative int32 are arithmetic (floor) with gcc and clang,
 * which every build of this project uses.
 */
#include "pixel/checksum.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "pixel/htj2k.h"

/* The row loops below are written to be vectorised; gcc -O2's "very cheap"
 * cost model leaves loops of unknown trip count scalar, so this file asks
 * for the dynamic one (checksums of a 512x512 16-bit frame: 0.95 ms scalar,
 * 0.54 ms vectorised, on the 2-core dev VM). */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("vect-cost-model=dynamic")
#endif

/* The pyramid of LL bands. Level 1 is computed straight from the image's
 * sample bytes, a few rows at a time (row_from_image), so the full-size
 * image is never held as int32; levels 2.. are computed in place in the
 * level-1 planes. */
typedef struct pyramid {
    const px_image *img;
    uint32_t w, h;              /* current level's size (the image's before the first step) */
    unsigned comps;
    bool rct;
    bool stepped;               /* the planes hold level >= 1 */
    int32_t *plane[3];          /* LL bands (RCT domain when rct), packed at width w */
    int32_t *ring[3][3];        /* three image rows per component, converted (level 0 only) */
    int32_t *d[3][2];           /* two rows of vertical high-pass per component */
    int32_t *s[3];              /* one row of vertical low-pass per component */
    int32_t *hd;                /* the horizontal high-pass of one row */
    int32_t lo, hi;             /* range of the image's samples, as rows are converted */
    uLong crc;                  /* CRC32 of the image's bytes, as rows are converted */
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

static int pyramid_init(pyramid *py, const px_image *img, tess_error *err) {
    memset(py, 0, sizeof *py);
    const size_t w = img->width, h = img->height, C = img->components;
    const size_t wl = (w + 1) / 2, hl = (h + 1) / 2;
    size_t words = C * (wl * hl + 6 * w) + w / 2 + 2;
    py->mem = malloc(words * sizeof(int32_t));
    if (!py->mem) return tess_fail(err, "checksum: out of memory for a %zux%zu image", w, h);
    int32_t *m = py->mem;
    for (size_t c = 0; c < C; c++) {
        py->plane[c] = m;
        m += wl * hl;
        for (int k = 0; k < 3; k++, m += w) py->ring[c][k] = m;
        for (int k = 0; k < 2; k++, m += w) py->d[c][k] = m;
        py->s[c] = m;
        m += w;
    }
    py->hd = m;
    py->img = img;
    py->w = img->width;
    py->h = img->height;
    py->comps = img->components;
    py->rct = px_htj2k_uses_rct(img);
    py->lo = INT32_MAX;
    py->hi = INT32_MIN;
    py->crc = crc32(0L, Z_NULL, 0);
    return 0;
}

/* Image row y (rows come in order, each once) as int32 rows per
 * component, after the forward RCT when used; the range and the CRC of
 * the image are updated on the way. Returns the ring slot used. */
static int row_from_image(pyramid *py, uint32_t y) {
    const px_image *img = py->img;
    const size_t w = img->width, C = img->components, bps = px_bytes_per_sample(img->bits);
    const uint8_t *p = img->data + (size_t)y * w * C * bps;
    const int slot = (int)(y % 3);
    py->crc = crc32(py->crc, p, (uInt)(w * C * bps));
    int32_t lo = py->lo, hi = py->hi;
    if (C == 1) {
        int32_t *restrict o = py->ring[0][slot];
        if (bps == 1 && img->is_signed)
            for (size_t x = 0; x < w; x++) o[x] = (int8_t)p[x];
        else if (bps == 1)
            for (size_t x = 0; x < w; x++) o[x] = p[x];
        else if (img->is_signed)
            for (size_t x = 0; x < w; x++) o[x] = (int16_t)(uint16_t)(p[2 * x] | p[2 * x + 1] << 8);
        else
            for (size_t x = 0; x < w; x++) o[x] = (uint16_t)(p[2 * x] | p[2 * x + 1] << 8);
        for (size_t x = 0; x < w; x++) {
            lo = o[x] < lo ? o[x] : lo;
            hi = o[x] > hi ? o[x] : hi;
        }
    } else {
        int32_t *r = py->ring[0][slot], *g = py->ring[1][slot], *b = py->ring[2][slot];
        const bool sgn = img->is_signed;
        for (size_t x = 0; x < w; x++) {
            int32_t v[3];
            for (size_t c = 0; c < 3; c++) {
                size_t i = x * 3 + c;
                if (bps == 1) v[c] = sgn ? (int32_t)(int8_t)p[i] : (int32_t)p[i];
                else {
                    uint16_t u = (uint16_t)(p[2 * i] | p[2 * i + 1] << 8);
                    v[c] = sgn ? (int32_t)(int16_t)u : (int32_t)u;
                }
                lo = v[c] < lo ? v[c] : lo;
                hi = v[c] > hi ? v[c] : hi;
            }
            if (py->rct) {
                r[x] = (v[0] + 2 * v[1] + v[2]) >> 2;   /* Y */
                g[x] = v[2] - v[1];                     /* Cb (U) */
                b[x] = v[0] - v[1];                     /* Cr (V) */
            } else {
                r[x] = v[0];
                g[x] = v[1];
                b[x] = v[2];
            }
        }
    }
    py->lo = lo;
    py->hi = hi;
    return slot;
}

/* Row y of component c of the current level. */
static const int32_t *level_row(pyramid *py, unsigned c, uint32_t y, int slot) {
    return py->stepped ? py->plane[c] + (size_t)y * py->w : py->ring[c][slot];
}

/* Fetch row y of every component (level 0: convert it) and return the
 * ring slot (meaningful at level 0 only). */
static int fetch(pyramid *py, uint32_t y) {
    return py->stepped ? 0 : row_from_image(py, y);
}

/* The horizontal 5/3 analysis of one row r of width w, keeping the
 * low-pass half: o[n] = r(2n) + floor((d(n-1) + d(n) + 2) / 4), with
 * d(n) = r(2n+1) - floor((r(2n) + r(2n+2)) / 2) computed first into d
 * (room for w/2 + 1 values), so that both loops vectorise. */
static void horizontal_ll(const int32_t *restrict r, uint32_t w, int32_t *restrict d,
                          int32_t *restrict o) {
    if (w == 1) {
        o[0] = r[0];
        return;
    }
    const uint32_t wl = (w + 1) / 2, wh = w / 2;
    /* d[k + 1] = d(k); d[0] = d(-1) = d(0); for odd w, d(wh) = d(wh-1) */
    const uint32_t inner = (w - 1) / 2;   /* the d(k) with 2k+2 < w */
    for (uint32_t k = 0; k < inner; k++) d[k + 1] = r[2 * k + 1] - ((r[2 * k] + r[2 * k + 2]) >> 1);
    if (inner < wh) d[wh] = r[2 * wh - 1] - r[2 * wh - 2];   /* even w: x(w) = x(w-2) */
    d[0] = d[1];
    if (wl > wh) d[wl] = d[wh];
    for (uint32_t n = 0; n < wl; n++) o[n] = r[2 * n] + ((d[n] + d[n + 1] + 2) >> 2);
}

/* One level of the 5/3 analysis (vertical, then horizontal on the
 * low-pass rows), keeping LL in the planes, packed at the new width. Rows
 * of the current level are read before the LL rows that could overwrite
 * them are written (LL row n ends before input row 2n+2 starts). */
static void pyramid_step(pyramid *py) {
    const uint32_t w = py->w, h = py->h;
    const uint32_t hl = (h + 1) / 2, hh = h / 2, wl = (w + 1) / 2;
    const unsigned C = py->comps;
    const int32_t *x0[3], *x1[3], *x2[3];
    int slot = fetch(py, 0);
    for (unsigned c = 0; c < C; c++) x0[c] = level_row(py, c, 0, slot);
    for (uint32_t n = 0; n < hl; n++) {
        if (n < hh) {
            slot = fetch(py, 2 * n + 1);
            for (unsigned c = 0; c < C; c++) x1[c] = level_row(py, c, 2 * n + 1, slot);
            if (2 * n + 2 < h) {
                slot = fetch(py, 2 * n + 2);
                for (unsigned c = 0; c < C; c++) x2[c] = level_row(py, c, 2 * n + 2, slot);
            } else {
                for (unsigned c = 0; c < C; c++) x2[c] = x0[c];   /* x(h) = x(h-2) */
            }
        }
        for (unsigned c = 0; c < C; c++) {
            const int32_t *restrict a = x0[c];
            int32_t *restrict s = py->s[c];
            if (h == 1) {
                memcpy(s, a, (size_t)w * sizeof *s);
            } else {
                int32_t *restrict dc = py->d[c][n & 1];
                const int32_t *restrict dp = py->d[c][(n & 1) ^ 1];
                if (n < hh) {
                    const int32_t *restrict o = x1[c], *restrict b = x2[c];
                    for (uint32_t j = 0; j < w; j++) dc[j] = o[j] - ((a[j] + b[j]) >> 1);
                } else {
                    memcpy(dc, dp, (size_t)w * sizeof *dc);   /* odd h: d(hh) = d(hh-1) */
                }
                if (n == 0) dp = dc;                                /* d(-1) = d(0) */
                for (uint32_t j = 0; j < w; j++) s[j] = a[j] + ((dp[j] + dc[j] + 2) >> 2);
            }
            horizontal_ll(s, w, py->hd, py->plane[c] + (size_t)n * wl);
        }
        for (unsigned c = 0; c < C; c++) x0[c] = x2[c];
    }
    py->stepped = true;
    py->w = wl;
    py->h = hl;
}

/* Rows [y0, y1) of the current level as px_image bytes (inverse RCT,
 * clamp) into dst. */
static void pyramid_emit_rows(const pyramid *py, uint32_t y0, uint32_t y1, uint8_t *restrict dst) {
    const px_image *img = py->img;
    int64_t lo64, hi64;
    px_sample_range(img->bits, img->is_signed, &lo64, &hi64);
    const int32_t lo = (int32_t)lo64, hi = (int32_t)hi64;
    const size_t i0 = (size_t)y0 * py->w, n = (size_t)(y1 - y0) * py->w, C = py->comps;
    const unsigned bps = px_bytes_per_sample(img->bits);
    if (C == 1) {
        const int32_t *restrict v = py->plane[0] + i0;
        if (bps == 1) {
            for (size_t i = 0; i < n; i++) dst[i] = (uint8_t)(v[i] < lo ? lo : v[i] > hi ? hi : v[i]);
        } else {
            for (size_t i = 0; i < n; i++) {
                int32_t s = v[i] < lo ? lo : v[i] > hi ? hi : v[i];
                dst[2 * i] = (uint8_t)s;
                dst[2 * i + 1] = (uint8_t)((uint32_t)s >> 8);
            }
        }
        return;
    }
    for (size_t i = 0; i < n; i++) {
        int32_t v[3];
        size_t k = i0 + i;
        if (py->rct) {
            int32_t Y = py->plane[0][k], U = py->plane[1][k], V = py->plane[2][k];
            int32_t G = Y - ((U + V) >> 2);
            v[0] = V + G;
            v[1] = G;
            v[2] = U + G;
        } else {
            for (size_t c = 0; c < 3; c++) v[c] = py->plane[c][k];
        }
        for (size_t c = 0; c < 3; c++) {
            int32_t s = v[c] < lo ? lo : v[c] > hi ? hi : v[c];
            size_t o = i * 3 + c;
            if (bps == 1) {
                dst[o] = (uint8_t)s;
            } else {
                dst[2 * o] = (uint8_t)s;
                dst[2 * o + 1] = (uint8_t)((uint32_t)s >> 8);
            }
        }
    }
}

/* The CRC32 of the current level's bytes, emitted a band of rows at a
 * time into buf (room for `band` rows). */
static uint32_t pyramid_crc(const pyramid *py, uint8_t *buf, uint32_t band) {
    const size_t row_bytes = (size_t)py->w * py->comps * px_bytes_per_sample(py->img->bits);
    uLong crc = crc32(0L, Z_NULL, 0);
    for (uint32_t y = 0; y < py->h; y += band) {
        uint32_t y1 = y + band < py->h ? y + band : py->h;
        pyramid_emit_rows(py, y, y1, buf);
        crc = crc32(crc, buf, (uInt)((y1 - y) * row_bytes));
    }
    return (uint32_t)crc;
}

int px_frame_checksums(const px_image *img, unsigned levels, px_res_checksum *out, int64_t *min,
                       int64_t *max, tess_error *err) {
    if (check_image(img, err) != 0) return -1;
    if (levels > 32) return tess_fail(err, "checksum: %u levels (at most 32)", levels);
    pyramid py;
    if (pyramid_init(&py, img, err) != 0) return -1;
    uint8_t *buf = NULL;
    if (levels == 0) {
        for (uint32_t y = 0; y < img->height; y++) row_from_image(&py, y);
    } else {
        /* bands of rows of the first reduced level (the widest), about
         * 16 KB at a time */
        const size_t row_bytes = (size_t)((img->width + 1) / 2) * img->components * px_bytes_per_sample(img->bits);
        uint32_t band = (uint32_t)(16384 / row_bytes);
        if (band < 1) band = 1;
        buf = malloc((size_t)band * row_bytes);
        if (!buf) {
            free(py.mem);
            return tess_fail(err, "checksum: out of memory");
        }
        for (unsigned r = 1; r <= levels; r++) {
            pyramid_step(&py);
            px_res_checksum *o = &out[levels - r];
            o->width = py.w;
            o->height = py.h;
            o->crc32 = pyramid_crc(&py, buf, band);
        }
    }
    /* level 1 converted every image row (the vertical pass reads them all) */
    out[levels].width = img->width;
    out[levels].height = img->height;
    out[levels].crc32 = (uint32_t)py.crc;
    *min = py.lo;
    *max = py.hi;
    free(buf);
    free(py.mem);
    return 0;
}

int px_image_reduce(const px_image *img, unsigned level, px_image *out, tess_error *err) {
    memset(out, 0, sizeof *out);
    if (check_image(img, err) != 0) return -1;
    if (level > 32) return tess_fail(err, "reduce: %u levels (at most 32)", level);
    if (level == 0) {
        if (px_image_alloc(out, img->width, img->height, img->components, img->bits, img->is_signed,
                           err) != 0)
            return -1;
        out->photometric = img->photometric;
        memcpy(out->data, img->data, img->size);
        return 0;
    }
    pyramid py;
    if (pyramid_init(&py, img, err) != 0) return -1;
    for (unsigned r = 0; r < level; r++) pyramid_step(&py);
    if (px_image_alloc(out, py.w, py.h, img->components, img->bits, img->is_signed, err) != 0) {
        free(py.mem);
        return -1;
    }
    out->photometric = img->photometric;
    pyramid_emit_rows(&py, 0, py.h, out->data);
    free(py.mem);
    return 0;
}
