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
 * The levels run as a pipeline of rows: the image is read a row at a time
 * (sample bytes to int32, forward RCT, the range and the full-size CRC on
 * the way); each level keeps the three input rows its vertical lifting
 * needs, and every low-pass row it completes goes through the horizontal
 * lifting straight into the next level's rows, after being emitted as
 * bytes into that resolution's CRC. No level is ever held whole: memory is
 * a few rows per level, and the frame is read once.
 *
 * Right shifts of negative int32 are arithmetic (floor) with gcc and clang,
 * which every build of this project uses.
 */
#include "pixel/checksum.h"

#include <stdlib.h>
#include <string.h>
#include <libdeflate.h>
#include <zlib.h>

#include "pixel/htj2k.h"

/* The row loops below are written to be vectorised; gcc -O2's "very cheap"
 * cost model leaves loops of unknown trip count scalar, so this file asks
 * for the dynamic one (it makes the checksums of a 512x512 16-bit frame
 * about 1.5x faster). */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("vect-cost-model=dynamic")
#endif

/* One level of the pipeline: the analysis of a w x h input into its
 * wl x hl LL band. Its input rows arrive one at a time in ring[c][y % 3]
 * (written there by row_from_image or by the level above). */
typedef struct pyr_level {
    uint32_t w, h, wl, hl;
    uint32_t got;               /* input rows received */
    uint32_t made;              /* LL rows produced */
    int32_t *ring[3][3];        /* [component][y % 3] input rows */
    int32_t *d[3][2];           /* vertical high-pass d(n) in d[c][n & 1] */
    int32_t *s[3];              /* vertical low-pass of the row being made */
    uint8_t *band;              /* the level's rows as bytes, band_rows at a time, */
    uint32_t band_rows, in_band;/*   for the CRC (one crc32 call per band, not per row) */
    size_t row_bytes;
    uLong crc;                  /* CRC of the emitted rows so far */
} pyr_level;

typedef struct pyramid {
    const px_image *img;
    unsigned comps;
    bool rct;
    unsigned nlev;              /* levels computed; lv[nlev] only receives rows */
    pyr_level lv[PX_CHECKSUM_MAX_LEVELS + 1];
    int32_t *hd;                /* horizontal high-pass scratch */
    uint8_t *image_out;         /* px_image_reduce: rows of level nlev go here */
    int32_t lo, hi;             /* range of the image's samples */
    int32_t *mem;
} pyramid;

uint32_t px_image_crc32(const px_image *img) {
    uLong crc = 0;
    const uint8_t *p = img->data;
    size_t n = img->size;
    while (n) {
        uInt chunk = n > (1u << 30) ? (1u << 30) : (uInt)n;
        crc = libdeflate_crc32((uint32_t)crc, p, chunk);
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

/* Rows of about this many bytes are CRC'd at once: zlib's crc32 has a
 * fixed cost per call that a call per row would pay a thousand times. */
#define CRC_BAND_BYTES 16384u

static int pyramid_init(pyramid *py, const px_image *img, unsigned nlev, tess_error *err) {
    memset(py, 0, sizeof *py);
    const size_t C = img->components, bps = px_bytes_per_sample(img->bits);
    uint32_t w = img->width, h = img->height;
    size_t words = (size_t)w / 2 + 2, band_bytes = 0;
    for (unsigned k = 0; k <= nlev; k++) {
        pyr_level *l = &py->lv[k];
        l->w = w;
        l->h = h;
        l->wl = (w + 1) / 2;
        l->hl = (h + 1) / 2;
        l->crc = 0;
        l->row_bytes = (size_t)w * C * bps;
        l->band_rows = (uint32_t)(CRC_BAND_BYTES / l->row_bytes);
        if (l->band_rows < 1) l->band_rows = 1;
        if (l->band_rows > h) l->band_rows = h;
        if (k > 0) band_bytes += (l->band_rows * l->row_bytes + 15) & ~(size_t)15;
        words += C * (k < nlev ? 6 : 3) * (size_t)w;
        w = l->wl;
        h = l->hl;
    }
    py->mem = malloc(words * sizeof(int32_t) + band_bytes);
    if (!py->mem) return tess_fail(err, "checksum: out of memory for a %ux%u image", img->width, img->height);
    int32_t *m = py->mem;
    for (unsigned k = 0; k <= nlev; k++) {
        pyr_level *l = &py->lv[k];
        for (size_t c = 0; c < C; c++) {
            for (int i = 0; i < 3; i++, m += l->w) l->ring[c][i] = m;
            if (k == nlev) continue;
            for (int i = 0; i < 2; i++, m += l->w) l->d[c][i] = m;
            l->s[c] = m;
            m += l->w;
        }
    }
    py->hd = m;
    m += img->width / 2 + 2;
    uint8_t *b = (uint8_t *)m;
    for (unsigned k = 1; k <= nlev; k++) {
        py->lv[k].band = b;
        b += (py->lv[k].band_rows * py->lv[k].row_bytes + 15) & ~(size_t)15;
    }
    py->img = img;
    py->comps = img->components;
    py->rct = px_htj2k_uses_rct(img);
    py->nlev = nlev;
    py->lo = INT32_MAX;
    py->hi = INT32_MIN;
    return 0;
}

/* Image row y into level 0's ring as int32 per component, after the
 * forward RCT when used; the range of the image on the way. */
static void row_from_image(pyramid *py, uint32_t y) {
    const px_image *img = py->img;
    const size_t w = img->width, C = img->components, bps = px_bytes_per_sample(img->bits);
    const uint8_t *p = img->data + (size_t)y * w * C * bps;
    const unsigned slot = y % 3;
    int32_t lo = py->lo, hi = py->hi;
    if (C == 1) {
        int32_t *restrict o = py->lv[0].ring[0][slot];
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
        int32_t *r = py->lv[0].ring[0][slot], *g = py->lv[0].ring[1][slot], *b = py->lv[0].ring[2][slot];
        const bool sgn = img->is_signed;
        for (size_t x = 0; x < w; x++) {
            int32_t v[3];
            for (size_t c = 0; c < 3; c++) {
                size_t i = x * 3 + c;
                if (bps == 1) {
                    v[c] = sgn ? (int32_t)(int8_t)p[i] : (int32_t)p[i];
                } else {
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
}

/* The horizontal 5/3 analysis of one row r of width w, keeping the
 * low-pass half: o[n] = r(2n) + floor((d(n-1) + d(n) + 2) / 4), with
 * d(n) = r(2n+1) - floor((r(2n) + r(2n+2)) / 2) computed first into d
 * (room for w/2 + 2 values), so that both loops vectorise. */
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

/* Row y of level k (one int32 row per component, ring slot y % 3) as
 * px_image bytes: inverse RCT, clamped to the sample range. */
static void emit_row(const pyramid *py, unsigned k, uint32_t y, uint8_t *restrict dst) {
    const px_image *img = py->img;
    const pyr_level *l = &py->lv[k];
    int64_t lo64, hi64;
    px_sample_range(img->bits, img->is_signed, &lo64, &hi64);
    const int32_t lo = (int32_t)lo64, hi = (int32_t)hi64;
    const size_t n = l->w;
    const unsigned bps = px_bytes_per_sample(img->bits), slot = y % 3;
    if (py->comps == 1) {
        const int32_t *restrict v = l->ring[0][slot];
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
    const int32_t *p0 = l->ring[0][slot], *p1 = l->ring[1][slot], *p2 = l->ring[2][slot];
    for (size_t i = 0; i < n; i++) {
        int32_t v[3];
        if (py->rct) {
            int32_t G = p0[i] - ((p1[i] + p2[i]) >> 2);   /* Y - floor((U + V) / 4) */
            v[0] = p2[i] + G;
            v[1] = G;
            v[2] = p1[i] + G;
        } else {
            v[0] = p0[i];
            v[1] = p1[i];
            v[2] = p2[i];
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

static void row_in(pyramid *py, unsigned k);

/* LL row n of level k: vertical lifting of its input rows 2n, 2n+1, 2n+2
 * (mirrored at the bottom edge), horizontal lifting into level k+1's row
 * n, which is then emitted into resolution k+1's CRC (or into the image
 * being reduced) and handed to level k+1. */
static void produce(pyramid *py, unsigned k, uint32_t n) {
    pyr_level *l = &py->lv[k], *next = &py->lv[k + 1];
    const uint32_t w = l->w, h = l->h, hh = h / 2;
    for (unsigned c = 0; c < py->comps; c++) {
        const int32_t *restrict a = l->ring[c][(2 * n) % 3];
        int32_t *restrict s = l->s[c];
        if (h == 1) {
            memcpy(s, a, (size_t)w * sizeof *s);
        } else {
            int32_t *dc = l->d[c][n & 1];
            const int32_t *dp = l->d[c][(n & 1) ^ 1];
            if (n < hh) {
                const int32_t *restrict o = l->ring[c][(2 * n + 1) % 3];
                const int32_t *restrict b = 2 * n + 2 < h ? l->ring[c][(2 * n + 2) % 3] : a;   /* x(h) = x(h-2) */
                for (uint32_t j = 0; j < w; j++) dc[j] = o[j] - ((a[j] + b[j]) >> 1);
            } else {
                memcpy(dc, dp, (size_t)w * sizeof *dc);   /* odd h: d(hh) = d(hh-1) */
            }
            if (n == 0) dp = dc;                          /* d(-1) = d(0) */
            for (uint32_t j = 0; j < w; j++) s[j] = a[j] + ((dp[j] + dc[j] + 2) >> 2);
        }
        horizontal_ll(s, w, py->hd, next->ring[c][n % 3]);
    }
    if (py->image_out) {
        if (k + 1 == py->nlev) emit_row(py, k + 1, n, py->image_out + (size_t)n * next->row_bytes);
    } else {
        emit_row(py, k + 1, n, next->band + (size_t)next->in_band * next->row_bytes);
        if (++next->in_band == next->band_rows || n + 1 == next->h) {
            next->crc = libdeflate_crc32((uint32_t)next->crc, next->band,
                                         next->in_band * next->row_bytes);
            next->in_band = 0;
        }
    }
    if (k + 1 < py->nlev) row_in(py, k + 1);
}

/* Level k received its next input row (in its ring): make every LL row
 * whose input rows are now all there. */
static void row_in(pyramid *py, unsigned k) {
    pyr_level *l = &py->lv[k];
    uint32_t y = l->got++;
    while (l->made < l->hl && (2 * l->made + 2 <= y || y + 1 == l->h)) produce(py, k, l->made++);
}

/* Read the image through `levels` levels of the pipeline. */
static void pyramid_run(pyramid *py) {
    for (uint32_t y = 0; y < py->img->height; y++) {
        row_from_image(py, y);
        if (py->nlev) row_in(py, 0);
    }
}

int px_frame_checksums(const px_image *img, unsigned levels, px_res_checksum *out, int64_t *min,
                       int64_t *max, tess_error *err) {
    if (check_image(img, err) != 0) return -1;
    if (levels > PX_CHECKSUM_MAX_LEVELS)
        return tess_fail(err, "checksum: %u levels (at most %u)", levels, PX_CHECKSUM_MAX_LEVELS);
    pyramid py;
    if (pyramid_init(&py, img, levels, err) != 0) return -1;
    pyramid_run(&py);
    for (unsigned r = 0; r <= levels; r++) {
        px_res_checksum *o = &out[levels - r];
        o->width = py.lv[r].w;
        o->height = py.lv[r].h;
        o->crc32 = r == 0 ? px_image_crc32(img) : (uint32_t)py.lv[r].crc;
    }
    *min = py.lo;
    *max = py.hi;
    free(py.mem);
    return 0;
}

int px_image_reduce(const px_image *img, unsigned level, px_image *out, tess_error *err) {
    memset(out, 0, sizeof *out);
    if (check_image(img, err) != 0) return -1;
    if (level > PX_CHECKSUM_MAX_LEVELS)
        return tess_fail(err, "reduce: %u levels (at most %u)", level, PX_CHECKSUM_MAX_LEVELS);
    if (level == 0) {
        if (px_image_alloc(out, img->width, img->height, img->components, img->bits, img->is_signed,
                           err) != 0)
            return -1;
        out->photometric = img->photometric;
        memcpy(out->data, img->data, img->size);
        return 0;
    }
    pyramid py;
    if (pyramid_init(&py, img, level, err) != 0) return -1;
    if (px_image_alloc(out, py.lv[level].w, py.lv[level].h, img->components, img->bits, img->is_signed,
                       err) != 0) {
        free(py.mem);
        return -1;
    }
    out->photometric = img->photometric;
    py.image_out = out->data;
    pyramid_run(&py);
    free(py.mem);
    return 0;
}
