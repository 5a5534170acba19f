/*
 * render.c - native frame bytes and rendered (PNG / JPEG) output
 * (see render.h).
 */
#include "pixel/render.h"

#include <png.h>

#include <errno.h>
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h>
#include <jerror.h>

/* ---- common checks ------------------------------------------------------ */

static int check_image(const px_image *img, const char *what, tess_error *err) {
    if (!img || !img->data) return tess_fail(err, "%s: no image", what);
    if (!img->width || !img->height || img->width > PX_MAX_DIM || img->height > PX_MAX_DIM)
        return tess_fail(err, "%s: image size %ux%u out of range", what, img->width, img->height);
    if (img->components != 1 && img->components != 3)
        return tess_fail(err, "%s: %u components not supported", what, img->components);
    if (!img->bits || img->bits > 32)
        return tess_fail(err, "%s: %u bits per sample not supported", what, img->bits);
    uint64_t need = (uint64_t)img->width * img->height * img->components *
                    px_bytes_per_sample(img->bits);
    if (img->size < need)
        return tess_fail(err, "%s: image data is %zu bytes, %llu expected", what, img->size,
                         (unsigned long long)need);
    return 0;
}

/* Sample i of an image (interleaved index), read without a call. */
static inline int64_t sample_at(const uint8_t *p, unsigned bps, bool is_signed, size_t i) {
    if (bps == 1) return is_signed ? (int64_t)(int8_t)p[i] : (int64_t)p[i];
    if (bps == 2) {
        uint16_t v = (uint16_t)(p[2 * i] | p[2 * i + 1] << 8);
        return is_signed ? (int64_t)(int16_t)v : (int64_t)v;
    }
    uint32_t v = (uint32_t)p[4 * i] | (uint32_t)p[4 * i + 1] << 8 |
                 (uint32_t)p[4 * i + 2] << 16 | (uint32_t)p[4 * i + 3] << 24;
    return is_signed ? (int64_t)(int32_t)v : (int64_t)v;
}

/* ---- native frame -------------------------------------------------------- */

int px_native_frame(const px_image *img, const px_info *info, uint8_t **out, size_t *len,
                    tess_error *err) {
    *out = NULL;
    *len = 0;
    if (check_image(img, "native frame", err)) return -1;
    if (!info) return tess_fail(err, "native frame: no image pixel description");
    if (img->width != info->columns || img->height != info->rows)
        return tess_fail(err, "native frame: image is %ux%u, the instance %ux%u", img->width,
                         img->height, info->columns, info->rows);
    if (img->components != info->samples_per_pixel)
        return tess_fail(err, "native frame: image has %u components, SamplesPerPixel is %u",
                         img->components, info->samples_per_pixel);
    unsigned ba = info->bits_allocated;
    if (ba != 1 && ba != 8 && ba != 16 && ba != 32)
        return tess_fail(err, "native frame: BitsAllocated %u not supported", ba);
    if (img->bits > ba)
        return tess_fail(err, "native frame: %u-bit samples do not fit BitsAllocated %u",
                         img->bits, ba);
    unsigned bs = info->bits_stored;
    if (bs < 1 || bs > ba) bs = img->bits;
    unsigned hb = info->high_bit;
    if (hb + 1 < bs || hb >= ba) hb = bs - 1;
    unsigned shift = hb + 1 - bs;

    uint64_t n = (uint64_t)img->width * img->height * img->components;
    uint64_t size = ba == 1 ? (n + 7) / 8 : n * (ba / 8);
    if (size > PX_MAX_FRAME_BYTES)
        return tess_fail(err, "native frame: %llu bytes is too large", (unsigned long long)size);
    const uint8_t *src = img->data;
    unsigned bps = px_bytes_per_sample(img->bits);
    bool sgn = img->is_signed;
    if (ba != 1 && ba / 8 == bps && shift == 0 && img->bits == bs && sgn == info->is_signed &&
        img->size == size) {
        /* the image layout is already the native one (masked or sign-extended
         * from BitsStored, little-endian words): copy it */
        uint8_t *q = malloc(size ? (size_t)size : 1);
        if (!q) return tess_fail(err, "native frame: out of memory for %llu bytes", (unsigned long long)size);
        memcpy(q, src, (size_t)size);
        *out = q;
        *len = (size_t)size;
        return 0;
    }
    uint8_t *p = calloc(1, (size_t)size);
    if (!p) return tess_fail(err, "native frame: out of memory for %llu bytes", (unsigned long long)size);

    if (ba == 1) {
        for (size_t i = 0; i < (size_t)n; i++)
            if (sample_at(src, bps, sgn, i) & 1) p[i >> 3] |= (uint8_t)(1u << (i & 7));
    } else {
        uint64_t mask = bs >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << bs) - 1;
        unsigned nb = ba / 8;
        bool extend = info->is_signed && shift == 0;
        for (size_t i = 0; i < (size_t)n; i++) {
            uint64_t w = (uint64_t)sample_at(src, bps, sgn, i) & mask;
            if (extend && (w >> (bs - 1) & 1)) w |= ~mask;
            w <<= shift;
            uint8_t *d = p + i * nb;
            for (unsigned k = 0; k < nb; k++) d[k] = (uint8_t)(w >> (8 * k));
        }
    }
    *out = p;
    *len = (size_t)size;
    return 0;
}

/* ---- options ------------------------------------------------------------- */

void px_render_opts_default(px_render_opts *o) {
    memset(o, 0, sizeof *o);
    o->rescale_slope = 1.0;
    o->rescale_intercept = 0.0;
    o->quality = 90;
}

/* First value of a decimal string element; false when absent or not a
 * finite number. */
static bool ds_double(const dcm_dataset *ds, uint32_t tag, double *out) {
    const dcm_element *e = dcm_dataset_find(ds, tag);
    if (!e) return false;
    size_t n;
    const char *s = dcm_string_value(e, 0, &n);
    if (!s || !n || n > 63) return false;
    char tmp[64];
    memcpy(tmp, s, n);
    tmp[n] = 0;
    char *end;
    errno = 0;
    double v = strtod(tmp, &end);
    while (*end == ' ') end++;
    if (errno || end == tmp || *end || !isfinite(v)) return false;
    *out = v;
    return true;
}

void px_render_opts_from_dataset(const dcm_dataset *ds, px_render_opts *o) {
    px_render_opts_default(o);
    if (!ds) return;
    double v, c, w;
    if (ds_double(ds, DCM_TAG(0x0028, 0x1053), &v) && v != 0.0) o->rescale_slope = v;
    if (ds_double(ds, DCM_TAG(0x0028, 0x1052), &v)) o->rescale_intercept = v;
    if (ds_double(ds, DCM_TAG(0x0028, 0x1050), &c) && ds_double(ds, DCM_TAG(0x0028, 0x1051), &w) &&
        w >= 1.0) {
        o->has_window = true;
        o->center = c;
        o->width = w;
    }
}

/* ---- rendering to 16-bit working samples --------------------------------- */

/* A working image: `ch` interleaved uint16 samples per pixel in 0..maxv. */
typedef struct rbuf {
    uint32_t w, h;
    uint16_t ch;
    uint32_t maxv;
    uint16_t *p;
} rbuf;

static int rbuf_alloc(rbuf *r, uint32_t w, uint32_t h, uint16_t ch, uint32_t maxv, tess_error *err) {
    uint64_t bytes = (uint64_t)w * h * ch * sizeof(uint16_t);
    if (bytes > PX_MAX_FRAME_BYTES)
        return tess_fail(err, "render: %ux%u output is too large", w, h);
    r->p = malloc((size_t)bytes);
    if (!r->p) return tess_fail(err, "render: out of memory for %llu bytes", (unsigned long long)bytes);
    r->w = w;
    r->h = h;
    r->ch = ch;
    r->maxv = maxv;
    return 0;
}

static inline uint16_t clamp_round(double y, uint32_t maxv) {
    if (!(y > 0.0)) return 0;               /* also NaN */
    if (y >= (double)maxv) return (uint16_t)maxv;
    return (uint16_t)floor(y + 0.5);
}

typedef struct voi {
    double slope, icpt;
    double lower, upper, c05, wm1;
    double ymax;
    bool invert;
} voi;

static inline uint16_t voi_apply(const voi *v, double raw) {
    double x = raw * v->slope + v->icpt, y;
    if (x <= v->lower) y = 0.0;
    else if (x > v->upper) y = v->ymax;
    else if (v->wm1 > 0.0) y = ((x - v->c05) / v->wm1 + 0.5) * v->ymax;
    else y = v->ymax;
    if (v->invert) y = v->ymax - y;
    return clamp_round(y, (uint32_t)v->ymax);
}

static int render_grey(const px_image *img, const px_render_opts *o, uint32_t maxv, rbuf *r,
                       tess_error *err) {
    if (!isfinite(o->rescale_slope) || !isfinite(o->rescale_intercept))
        return tess_fail(err, "render: rescale slope/intercept is not a finite number");
    if (o->has_window && (!isfinite(o->center) || !isfinite(o->width)))
        return tess_fail(err, "render: window center/width is not a finite number");
    if (o->has_window && o->width < 1.0)
        return tess_fail(err, "render: window width %g is invalid (must be >= 1)", o->width);

    size_t n = (size_t)img->width * img->height;
    const uint8_t *src = img->data;
    unsigned bps = px_bytes_per_sample(img->bits);
    bool sgn = img->is_signed;
    int64_t smin = INT64_MAX, smax = INT64_MIN;
    for (size_t i = 0; i < n; i++) {
        int64_t s = sample_at(src, bps, sgn, i);
        if (s < smin) smin = s;
        if (s > smax) smax = s;
    }

    voi v = { .slope = o->rescale_slope, .icpt = o->rescale_intercept, .ymax = (double)maxv,
              .invert = img->photometric == PX_PHOTO_MONOCHROME1 };
    double c, w;
    if (o->has_window) {
        c = o->center;
        w = o->width;
    } else {
        /* the frame's range after rescale maps onto [ymin, ymax] */
        double a = (double)smin * v.slope + v.icpt, b = (double)smax * v.slope + v.icpt;
        double lo = a < b ? a : b, hi = a < b ? b : a;
        c = (lo + hi) / 2.0 + 0.5;
        w = hi - lo + 1.0;
    }
    v.c05 = c - 0.5;
    v.wm1 = w - 1.0;
    v.lower = v.c05 - v.wm1 / 2.0;
    v.upper = v.c05 + v.wm1 / 2.0;

    if (rbuf_alloc(r, img->width, img->height, 1, maxv, err)) return -1;
    uint64_t range = (uint64_t)(smax - smin) + 1;
    if (range <= ((uint64_t)1 << 18) && range <= 2 * (uint64_t)n + 65536) {
        uint16_t *lut = malloc((size_t)range * sizeof *lut);
        if (!lut) {
            free(r->p);
            r->p = NULL;
            return tess_fail(err, "render: out of memory");
        }
        for (uint64_t k = 0; k < range; k++) lut[k] = voi_apply(&v, (double)(smin + (int64_t)k));
        for (size_t i = 0; i < n; i++) r->p[i] = lut[sample_at(src, bps, sgn, i) - smin];
        free(lut);
    } else {
        for (size_t i = 0; i < n; i++) r->p[i] = voi_apply(&v, (double)sample_at(src, bps, sgn, i));
    }
    return 0;
}

static int render_color(const px_image *img, rbuf *r, tess_error *err) {
    if (rbuf_alloc(r, img->width, img->height, 3, 255, err)) return -1;
    size_t n = (size_t)img->width * img->height;
    const uint8_t *src = img->data;
    unsigned bps = px_bytes_per_sample(img->bits);
    bool sgn = img->is_signed;
    unsigned b = img->bits;
    double full = (double)(((uint64_t)1 << b) - 1);
    double scale = 255.0 / full;
    double half = (double)((uint64_t)1 << (b - 1));
    double off16 = b >= 8 ? (double)((uint64_t)16 << (b - 8)) : 16.0 / (double)(1u << (8 - b));
    px_photometric ph = img->photometric;
    for (size_t i = 0; i < n; i++) {
        double s0 = (double)sample_at(src, bps, sgn, 3 * i);
        double s1 = (double)sample_at(src, bps, sgn, 3 * i + 1);
        double s2 = (double)sample_at(src, bps, sgn, 3 * i + 2);
        double R, G, B;
        if (ph == PX_PHOTO_YBR_FULL || ph == PX_PHOTO_YBR_FULL_422) {
            /* PS3.3 C.7.6.3.1.2 (inverse of the JFIF / ITU-R BT.601 full range) */
            double y = s0, cb = s1 - half, cr = s2 - half;
            R = y + 1.402 * cr;
            G = y - 0.344136 * cb - 0.714136 * cr;
            B = y + 1.772 * cb;
        } else if (ph == PX_PHOTO_YBR_PARTIAL_420) {
            double y = 1.164384 * (s0 - off16), cb = s1 - half, cr = s2 - half;
            R = y + 1.596027 * cr;
            G = y - 0.391762 * cb - 0.812968 * cr;
            B = y + 2.017232 * cb;
        } else {
            R = s0;
            G = s1;
            B = s2;
        }
        r->p[3 * i] = clamp_round(R * scale, 255);
        r->p[3 * i + 1] = clamp_round(G * scale, 255);
        r->p[3 * i + 2] = clamp_round(B * scale, 255);
    }
    return 0;
}

/* One palette color LUT reduced to 8-bit entries. */
typedef struct pal_lut {
    uint8_t *v;
    uint32_t n;
    int64_t first;
} pal_lut;

static int load_palette(const dcm_dataset *ds, unsigned which, bool is_signed, pal_lut *lut,
                        tess_error *err) {
    static const char *const names[] = { "Red", "Green", "Blue" };
    uint32_t dtag = DCM_TAG(0x0028, 0x1101 + which), vtag = DCM_TAG(0x0028, 0x1201 + which);
    const dcm_element *d = ds ? dcm_dataset_find(ds, dtag) : NULL;
    const dcm_element *v = ds ? dcm_dataset_find(ds, vtag) : NULL;
    if (!v && ds && dcm_dataset_find(ds, DCM_TAG(0x0028, 0x1221 + which)))
        return tess_fail(err, "render: segmented palette color lookup tables are not supported");
    if (!d || !(d->flags & DCM_EL_LOADED) || !d->value || d->length < 6)
        return tess_fail(err, "render: PALETTE COLOR without a %s Palette Color Lookup Table "
                         "Descriptor (0028,%04X)", names[which], 0x1101 + which);
    if (!v || !(v->flags & DCM_EL_LOADED) || !v->value || v->length < 1)
        return tess_fail(err, "render: PALETTE COLOR without %s Palette Color Lookup Table "
                         "Data (0028,%04X)%s", names[which], 0x1201 + which,
                         v && !(v->flags & DCM_EL_LOADED) ? " in memory" : "");
    const uint8_t *dv = d->value;
    uint16_t d0 = (uint16_t)(dv[0] | dv[1] << 8), d1 = (uint16_t)(dv[2] | dv[3] << 8);
    uint16_t d2 = (uint16_t)(dv[4] | dv[5] << 8);
    uint32_t entries = d0 ? d0 : 65536u;
    lut->first = is_signed || d->vr == DCM_VR_SS ? (int64_t)(int16_t)d1 : (int64_t)d1;
    if (d2 != 8 && d2 != 16)
        return tess_fail(err, "render: %s palette entries of %u bits not supported", names[which], d2);
    const uint8_t *p = v->value;
    uint32_t len = v->length;
    bool words = d2 == 16;
    bool high = d2 == 16;
    if (d2 == 8 && entries > 1 && len >= 2 * entries) {
        /* 8-bit entries written one per 16-bit word (a common mistake): the
         * value is in whichever byte is used */
        words = true;
        high = false;
        for (uint32_t k = 0; k < entries; k++)
            if (p[2 * k + 1]) { high = true; break; }
    }
    uint32_t avail = words ? len / 2 : len;
    lut->n = entries < avail ? entries : avail;
    if (!lut->n)
        return tess_fail(err, "render: %s Palette Color Lookup Table Data is empty", names[which]);
    lut->v = malloc(lut->n);
    if (!lut->v) return tess_fail(err, "render: out of memory");
    for (uint32_t k = 0; k < lut->n; k++)
        lut->v[k] = words ? (high ? p[2 * k + 1] : p[2 * k]) : p[k];
    return 0;
}

static int render_palette(const px_image *img, const dcm_dataset *ds, rbuf *r, tess_error *err) {
    pal_lut lut[3] = { { 0 } };
    int rc = -1;
    for (unsigned k = 0; k < 3; k++)
        if (load_palette(ds, k, img->is_signed, &lut[k], err)) goto done;
    if (rbuf_alloc(r, img->width, img->height, 3, 255, err)) goto done;
    size_t n = (size_t)img->width * img->height;
    const uint8_t *src = img->data;
    unsigned bps = px_bytes_per_sample(img->bits);
    for (size_t i = 0; i < n; i++) {
        int64_t s = sample_at(src, bps, img->is_signed, i);
        for (unsigned k = 0; k < 3; k++) {
            int64_t idx = s - lut[k].first;
            if (idx < 0) idx = 0;
            if (idx >= (int64_t)lut[k].n) idx = (int64_t)lut[k].n - 1;
            r->p[3 * i + k] = lut[k].v[idx];
        }
    }
    rc = 0;
done:
    for (unsigned k = 0; k < 3; k++) free(lut[k].v);
    return rc;
}

/* ---- viewport -------------------------------------------------------------- */

static int fit_viewport(uint32_t w, uint32_t h, uint32_t vw, uint32_t vh, uint32_t *ow,
                        uint32_t *oh, tess_error *err) {
    if (vw > PX_MAX_DIM || vh > PX_MAX_DIM)
        return tess_fail(err, "render: viewport %ux%u too large (at most %u a side)", vw, vh, PX_MAX_DIM);
    if (!vw && !vh) {
        *ow = w;
        *oh = h;
        return 0;
    }
    /* an unconstrained side is bounded by the largest image size */
    uint32_t bw = vw ? vw : PX_MAX_DIM, bh = vh ? vh : PX_MAX_DIM;
    double sw = (double)bw / w, sh = (double)bh / h;
    double s = sw < sh ? sw : sh;
    double fw = sw <= sh ? (double)bw : floor((double)w * s + 0.5);
    double fh = sh <= sw ? (double)bh : floor((double)h * s + 0.5);
    if (fw < 1) fw = 1;
    if (fh < 1) fh = 1;
    if (fw > bw) fw = bw;
    if (fh > bh) fh = bh;
    *ow = (uint32_t)fw;
    *oh = (uint32_t)fh;
    return 0;
}

/* Contributions of source samples to each destination sample along one
 * axis: area averaging when shrinking, bilinear when enlarging. */
typedef struct axis {
    uint32_t *first;    /* dst + 1 offsets into idx / wt */
    uint32_t *idx;
    float *wt;
} axis;

static void axis_free(axis *a) {
    free(a->first);
    free(a->idx);
    free(a->wt);
}

static int axis_build(uint32_t src, uint32_t dst, axis *a) {
    size_t per = dst < src ? (size_t)(src / dst) + 3 : 2;
    size_t cap = (size_t)dst * per;
    a->first = malloc(((size_t)dst + 1) * sizeof *a->first);
    a->idx = malloc(cap * sizeof *a->idx);
    a->wt = malloc(cap * sizeof *a->wt);
    if (!a->first || !a->idx || !a->wt) return -1;
    uint32_t k = 0;
    double r = (double)src / dst;
    for (uint32_t i = 0; i < dst; i++) {
        a->first[i] = k;
        if (dst < src) {
            double x0 = i * r, x1 = (i + 1) * r;
            uint32_t j = (uint32_t)floor(x0);
            for (; j < src && (double)j < x1; j++) {
                double lo = x0 > j ? x0 : (double)j, hi = x1 < j + 1.0 ? x1 : j + 1.0;
                if (hi <= lo) continue;
                a->idx[k] = j;
                a->wt[k++] = (float)((hi - lo) / r);
            }
        } else if (dst == src) {
            a->idx[k] = i;
            a->wt[k++] = 1.0f;
        } else {
            double x = (i + 0.5) * r - 0.5;
            if (x < 0) x = 0;
            uint32_t j = (uint32_t)floor(x);
            if (j >= src - 1) {
                a->idx[k] = src - 1;
                a->wt[k++] = 1.0f;
            } else {
                double f = x - j;
                a->idx[k] = j;
                a->wt[k++] = (float)(1.0 - f);
                a->idx[k] = j + 1;
                a->wt[k++] = (float)f;
            }
        }
    }
    a->first[dst] = k;
    return 0;
}

static int resample(const rbuf *in, uint32_t ow, uint32_t oh, rbuf *out, tess_error *err) {
    axis ax = { 0 }, ay = { 0 };
    float *row = NULL;
    int rc = -1;
    if (rbuf_alloc(out, ow, oh, in->ch, in->maxv, err)) return -1;
    size_t rw = (size_t)in->w * in->ch;
    row = malloc(rw * sizeof *row);
    if (!row || axis_build(in->w, ow, &ax) || axis_build(in->h, oh, &ay)) {
        tess_fail(err, "render: out of memory resizing to %ux%u", ow, oh);
        free(out->p);
        out->p = NULL;
        goto done;
    }
    unsigned ch = in->ch;
    for (uint32_t y = 0; y < oh; y++) {
        memset(row, 0, rw * sizeof *row);
        for (uint32_t k = ay.first[y]; k < ay.first[y + 1]; k++) {
            const uint16_t *s = in->p + (size_t)ay.idx[k] * rw;
            float wgt = ay.wt[k];
            for (size_t i = 0; i < rw; i++) row[i] += wgt * (float)s[i];
        }
        uint16_t *d = out->p + (size_t)y * ow * ch;
        for (uint32_t x = 0; x < ow; x++) {
            for (unsigned c = 0; c < ch; c++) {
                float acc = 0.0f;
                for (uint32_t k = ax.first[x]; k < ax.first[x + 1]; k++)
                    acc += ax.wt[k] * row[(size_t)ax.idx[k] * ch + c];
                d[(size_t)x * ch + c] = clamp_round(acc, in->maxv);
            }
        }
    }
    rc = 0;
done:
    free(row);
    axis_free(&ax);
    axis_free(&ay);
    return rc;
}

/* ---- the pipeline -------------------------------------------------------- */

void px_rendered_free(px_rendered *r) {
    if (!r) return;
    free(r->data);
    r->data = NULL;
    r->size = 0;
}

int px_render_pixels(const px_image *img, const dcm_dataset *ds, const px_render_opts *o,
                     bool allow16, px_rendered *out, tess_error *err) {
    memset(out, 0, sizeof *out);
    if (check_image(img, "render", err)) return -1;
    px_render_opts def;
    if (!o) {
        px_render_opts_default(&def);
        o = &def;
    }
    uint32_t ow = 0, oh = 0;
    if (fit_viewport(img->width, img->height, o->viewport_w, o->viewport_h, &ow, &oh, err)) return -1;

    px_photometric ph = img->photometric;
    if (ph == PX_PHOTO_UNKNOWN) ph = img->components == 3 ? PX_PHOTO_RGB : PX_PHOTO_MONOCHROME2;
    bool grey = ph == PX_PHOTO_MONOCHROME1 || ph == PX_PHOTO_MONOCHROME2;
    bool pal = ph == PX_PHOTO_PALETTE_COLOR;
    if ((grey || pal) != (img->components == 1))
        return tess_fail(err, "render: %s image with %u components", px_photometric_name(ph),
                         img->components);
    bool sixteen = grey && allow16 && o->sixteen_bit;

    rbuf r = { 0 }, z = { 0 };
    int rc;
    if (grey) rc = render_grey(img, o, sixteen ? 65535 : 255, &r, err);
    else if (pal) rc = render_palette(img, ds, &r, err);
    else rc = render_color(img, &r, err);
    if (rc) return -1;

    if (ow != r.w || oh != r.h) {
        rc = resample(&r, ow, oh, &z, err);
        free(r.p);
        if (rc) return -1;
        r = z;
    }

    size_t n = (size_t)r.w * r.h * r.ch;
    out->size = sixteen ? 2 * n : n;
    out->data = malloc(out->size);
    if (!out->data) {
        free(r.p);
        out->size = 0;
        return tess_fail(err, "render: out of memory");
    }
    if (sixteen) {
        for (size_t i = 0; i < n; i++) {
            out->data[2 * i] = (uint8_t)(r.p[i] >> 8);
            out->data[2 * i + 1] = (uint8_t)r.p[i];
        }
    } else {
        for (size_t i = 0; i < n; i++) out->data[i] = (uint8_t)r.p[i];
    }
    free(r.p);
    out->width = r.w;
    out->height = r.h;
    out->channels = r.ch;
    out->depth = sixteen ? 16 : 8;
    return 0;
}

/* ---- PNG ------------------------------------------------------------------ */

typedef struct membuf {
    uint8_t *p;
    size_t n, cap;
} membuf;

static bool membuf_reserve(membuf *b, size_t extra) {
    if (b->cap - b->n >= extra) return true;
    size_t cap = b->cap ? b->cap : 16384;
    while (cap - b->n < extra) {
        if (cap > SIZE_MAX / 2) return false;
        cap *= 2;
    }
    uint8_t *p = realloc(b->p, cap);
    if (!p) return false;
    b->p = p;
    b->cap = cap;
    return true;
}

typedef struct png_ctx {
    membuf buf;
    png_structp png;
    png_infop info;
    char msg[256];
} png_ctx;

static void png_err_cb(png_structp png, png_const_charp msg) {
    png_ctx *ctx = png_get_error_ptr(png);
    snprintf(ctx->msg, sizeof ctx->msg, "%s", msg ? msg : "unknown error");
    png_longjmp(png, 1);
}

static void png_warn_cb(png_structp png, png_const_charp msg) {
    (void)png;
    (void)msg;
}

static void png_write_cb(png_structp png, png_bytep data, size_t n) {
    png_ctx *ctx = png_get_io_ptr(png);
    if (!membuf_reserve(&ctx->buf, n)) png_error(png, "out of memory");
    memcpy(ctx->buf.p + ctx->buf.n, data, n);
    ctx->buf.n += n;
}

static void png_flush_cb(png_structp png) {
    (void)png;
}

/* All libpng calls, under setjmp; the caller owns ctx (and the output). */
static int png_encode(const px_rendered *r, png_ctx *ctx) {
    ctx->png = png_create_write_struct(PNG_LIBPNG_VER_STRING, ctx, png_err_cb, png_warn_cb);
    if (!ctx->png) {
        snprintf(ctx->msg, sizeof ctx->msg, "cannot create the PNG writer");
        return -1;
    }
    ctx->info = png_create_info_struct(ctx->png);
    if (!ctx->info) {
        png_destroy_write_struct(&ctx->png, NULL);
        snprintf(ctx->msg, sizeof ctx->msg, "out of memory");
        return -1;
    }
    if (setjmp(png_jmpbuf(ctx->png))) {
        png_destroy_write_struct(&ctx->png, &ctx->info);
        return -1;
    }
    png_set_write_fn(ctx->png, ctx, png_write_cb, png_flush_cb);
    png_set_IHDR(ctx->png, ctx->info, r->width, r->height, r->depth,
                 r->channels == 1 ? PNG_COLOR_TYPE_GRAY : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(ctx->png, 6);
    png_write_info(ctx->png, ctx->info);
    size_t stride = (size_t)r->width * r->channels * (r->depth / 8);
    for (uint32_t y = 0; y < r->height; y++) png_write_row(ctx->png, r->data + (size_t)y * stride);
    png_write_end(ctx->png, ctx->info);
    png_destroy_write_struct(&ctx->png, &ctx->info);
    return 0;
}

int px_render_png(const px_image *img, const dcm_dataset *ds, const px_render_opts *o,
                  uint8_t **out, size_t *len, tess_error *err) {
    *out = NULL;
    *len = 0;
    px_rendered r;
    if (px_render_pixels(img, ds, o, true, &r, err)) return -1;
    png_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    int rc = png_encode(&r, &ctx);
    px_rendered_free(&r);
    if (rc) {
        free(ctx.buf.p);
        return tess_fail(err, "PNG encoding: %s", ctx.msg);
    }
    *out = ctx.buf.p;
    *len = ctx.buf.n;
    return 0;
}

/* ---- JPEG ----------------------------------------------------------------- */

/* libjpeg's error manager with a way out and no output. */
typedef struct jerr_ctx {
    struct jpeg_error_mgr mgr;
    jmp_buf jb;
    char msg[JMSG_LENGTH_MAX];
} jerr_ctx;

static void jerr_exit(j_common_ptr c) {
    jerr_ctx *e = (jerr_ctx *)c->err;
    (*c->err->format_message)(c, e->msg);
    longjmp(e->jb, 1);
}

static void jerr_output(j_common_ptr c) {
    (void)c;
}

/* An in-memory destination writing into a membuf the caller owns. (Not
 * jpeg_mem_dest: after it has grown its buffer, an error leaves the
 * caller's pointer on freed memory and the live buffer unreachable.) */
typedef struct jdest {
    struct jpeg_destination_mgr pub;
    membuf *buf;
} jdest;

static void jdest_init(j_compress_ptr ci) {
    jdest *d = (jdest *)ci->dest;
    if (!membuf_reserve(d->buf, 65536)) ERREXIT1(ci, JERR_OUT_OF_MEMORY, 0);
    d->pub.next_output_byte = d->buf->p + d->buf->n;
    d->pub.free_in_buffer = d->buf->cap - d->buf->n;
}

static boolean jdest_empty(j_compress_ptr ci) {
    jdest *d = (jdest *)ci->dest;
    d->buf->n = d->buf->cap;    /* the whole buffer was filled */
    if (!membuf_reserve(d->buf, d->buf->cap)) ERREXIT1(ci, JERR_OUT_OF_MEMORY, 0);
    d->pub.next_output_byte = d->buf->p + d->buf->n;
    d->pub.free_in_buffer = d->buf->cap - d->buf->n;
    return TRUE;
}

static void jdest_term(j_compress_ptr ci) {
    jdest *d = (jdest *)ci->dest;
    d->buf->n = d->buf->cap - d->pub.free_in_buffer;
}

typedef struct jpeg_ctx {
    struct jpeg_compress_struct ci;
    jerr_ctx je;
    jdest dest;
    membuf buf;
} jpeg_ctx;

/* All libjpeg calls, under setjmp; the caller owns ctx (and the output). */
static int jpeg_encode(const px_rendered *r, int quality, jpeg_ctx *ctx) {
    ctx->ci.err = jpeg_std_error(&ctx->je.mgr);
    ctx->je.mgr.error_exit = jerr_exit;
    ctx->je.mgr.output_message = jerr_output;
    if (setjmp(ctx->je.jb)) {
        jpeg_destroy_compress(&ctx->ci);
        return -1;
    }
    jpeg_create_compress(&ctx->ci);
    ctx->dest.pub.init_destination = jdest_init;
    ctx->dest.pub.empty_output_buffer = jdest_empty;
    ctx->dest.pub.term_destination = jdest_term;
    ctx->dest.buf = &ctx->buf;
    ctx->ci.dest = &ctx->dest.pub;
    ctx->ci.image_width = r->width;
    ctx->ci.image_height = r->height;
    ctx->ci.input_components = r->channels;
    ctx->ci.in_color_space = r->channels == 1 ? JCS_GRAYSCALE : JCS_RGB;
    jpeg_set_defaults(&ctx->ci);
    jpeg_set_quality(&ctx->ci, quality, TRUE);
    jpeg_start_compress(&ctx->ci, TRUE);
    size_t stride = (size_t)r->width * r->channels;
    while (ctx->ci.next_scanline < ctx->ci.image_height) {
        JSAMPROW row = r->data + (size_t)ctx->ci.next_scanline * stride;
        jpeg_write_scanlines(&ctx->ci, &row, 1);
    }
    jpeg_finish_compress(&ctx->ci);
    jpeg_destroy_compress(&ctx->ci);
    return 0;
}

int px_render_jpeg(const px_image *img, const dcm_dataset *ds, const px_render_opts *o,
                   uint8_t **out, size_t *len, tess_error *err) {
    *out = NULL;
    *len = 0;
    int quality = o ? o->quality : 0;
    if (quality == 0) quality = 90;
    if (quality < 1 || quality > 100)
        return tess_fail(err, "JPEG quality %d out of range (1..100)", quality);
    px_rendered r;
    if (px_render_pixels(img, ds, o, false, &r, err)) return -1;
    if (r.width > JPEG_MAX_DIMENSION || r.height > JPEG_MAX_DIMENSION) {
        tess_fail(err, "JPEG encoding: %ux%u is too large (at most %u a side)", r.width, r.height,
                  (unsigned)JPEG_MAX_DIMENSION);
        px_rendered_free(&r);
        return -1;
    }
    jpeg_ctx *ctx = calloc(1, sizeof *ctx);
    if (!ctx) {
        px_rendered_free(&r);
        return tess_fail(err, "JPEG encoding: out of memory");
    }
    int rc = jpeg_encode(&r, quality, ctx);
    px_rendered_free(&r);
    if (rc) {
        tess_fail(err, "JPEG encoding: %s", ctx->je.msg);
        free(ctx->buf.p);
        free(ctx);
        return -1;
    }
    *out = ctx->buf.p;
    *len = ctx->buf.n;
    free(ctx);
    return 0;
}
