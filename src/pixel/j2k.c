/*
 * j2k.c - JPEG 2000 / HTJ2K decoding with OpenJPEG 2.5 (see j2k.h).
 */
#include "pixel/j2k.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openjpeg.h>

/* ---- memory stream ---- */

typedef struct mem_stream {
    const uint8_t *p;
    size_t n, pos;
} mem_stream;

static OPJ_SIZE_T ms_read(void *buf, OPJ_SIZE_T nb, void *user) {
    mem_stream *m = user;
    if (m->pos >= m->n) return (OPJ_SIZE_T)-1;
    size_t k = m->n - m->pos;
    if (k > nb) k = nb;
    memcpy(buf, m->p + m->pos, k);
    m->pos += k;
    return k;
}

static OPJ_OFF_T ms_skip(OPJ_OFF_T nb, void *user) {
    mem_stream *m = user;
    if (nb < 0) {
        uint64_t back = (uint64_t)0 - (uint64_t)nb;   /* no overflow for INT64_MIN */
        if (back > m->pos) return -1;
        m->pos -= (size_t)back;
        return nb;
    }
    if ((uint64_t)nb > m->n - m->pos) {
        /* past the end: like fseek, allowed; reads then fail */
        m->pos = m->n;
        return nb;
    }
    m->pos += (size_t)nb;
    return nb;
}

static OPJ_BOOL ms_seek(OPJ_OFF_T off, void *user) {
    mem_stream *m = user;
    if (off < 0 || (uint64_t)off > m->n) return OPJ_FALSE;
    m->pos = (size_t)off;
    return OPJ_TRUE;
}

/* ---- messages ---- */

typedef struct msg_ctx {
    char text[256];
} msg_ctx;

static void on_quiet(const char *msg, void *client) {
    (void)msg;
    (void)client;
}

static void on_error(const char *msg, void *client) {
    msg_ctx *c = client;
    if (c->text[0]) return;   /* keep the first (the root cause) */
    snprintf(c->text, sizeof c->text, "%s", msg);
    size_t k = strlen(c->text);
    while (k && (c->text[k - 1] == '\n' || c->text[k - 1] == ' ')) c->text[--k] = '\0';
}

static const uint8_t jp2_sig[12] = { 0, 0, 0, 0x0C, 'j', 'P', ' ', ' ', 0x0D, 0x0A, 0x87, 0x0A };

static int decode(const uint8_t *p, size_t n, unsigned reduce, bool strict, const px_info *expect, px_image *out,
                  tess_error *err) {
    memset(out, 0, sizeof *out);
    OPJ_CODEC_FORMAT fmt;
    if (n >= 4 && p[0] == 0xFF && p[1] == 0x4F && p[2] == 0xFF && p[3] == 0x51)
        fmt = OPJ_CODEC_J2K;
    else if (n >= 12 && memcmp(p, jp2_sig, 12) == 0)
        fmt = OPJ_CODEC_JP2;
    else
        return tess_fail(err, "not a JPEG 2000 codestream (no SOC+SIZ FF4F FF51 or JP2 signature)");
    if (reduce > 32) return tess_fail(err, "resolution reduction %u out of range", reduce);

    int rc = -1;
    msg_ctx mc = { { 0 } };
    mem_stream ms = { p, n, 0 };
    opj_image_t *img = NULL;
    opj_codec_t *codec = opj_create_decompress(fmt);
    opj_stream_t *st = opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_TRUE);
    if (!codec || !st) {
        tess_fail(err, "OpenJPEG: cannot create a decoder");
        goto done;
    }
    opj_set_info_handler(codec, on_quiet, &mc);
    opj_set_warning_handler(codec, on_quiet, &mc);
    opj_set_error_handler(codec, on_error, &mc);
    opj_stream_set_read_function(st, ms_read);
    opj_stream_set_skip_function(st, ms_skip);
    opj_stream_set_seek_function(st, ms_seek);
    opj_stream_set_user_data(st, &ms, NULL);
    opj_stream_set_user_data_length(st, n);

    opj_dparameters_t par;
    opj_set_default_decoder_parameters(&par);
    par.cp_reduce = reduce;
    if (!opj_setup_decoder(codec, &par)) {
        tess_fail(err, "OpenJPEG setup: %s", mc.text[0] ? mc.text : "failed");
        goto done;
    }
    if (!opj_decoder_set_strict_mode(codec, strict ? OPJ_TRUE : OPJ_FALSE)) {
        tess_fail(err, "OpenJPEG: cannot set strict mode");
        goto done;
    }
    if (!opj_read_header(st, codec, &img) || !img) {
        tess_fail(err, "OpenJPEG header: %s", mc.text[0] ? mc.text : "unreadable");
        goto done;
    }
    /* geometry before any sample buffer is allocated */
    uint64_t fw = (uint64_t)img->x1 - img->x0, fh = (uint64_t)img->y1 - img->y0;
    if (img->x1 <= img->x0 || img->y1 <= img->y0 || fw > PX_MAX_DIM || fh > PX_MAX_DIM) {
        tess_fail(err, "JPEG 2000 image size %llux%llu out of range", (unsigned long long)fw,
                  (unsigned long long)fh);
        goto done;
    }
    if (img->numcomps != 1 && img->numcomps != 3) {
        tess_fail(err, "JPEG 2000 stream has %u components (1 or 3 supported)", img->numcomps);
        goto done;
    }
    unsigned maxprec = 0;
    for (unsigned c = 0; c < img->numcomps; c++) {
        const opj_image_comp_t *k = &img->comps[c];
        if (k->dx != 1 || k->dy != 1) {
            tess_fail(err, "JPEG 2000 component %u is subsampled (%ux%u)", c, k->dx, k->dy);
            goto done;
        }
        if (k->prec < 1 || k->prec > 31) {
            tess_fail(err, "JPEG 2000 component %u precision %u out of range", c, k->prec);
            goto done;
        }
        if (k->sgnd != img->comps[0].sgnd) {
            tess_fail(err, "JPEG 2000 components differ in signedness");
            goto done;
        }
        if (k->prec > maxprec) maxprec = k->prec;
    }
    if (expect) {
        if (fw != expect->columns || fh != expect->rows || img->numcomps != expect->samples_per_pixel) {
            tess_fail(err, "JPEG 2000 stream is %llux%llu with %u components, the data set says %ux%u with %u",
                      (unsigned long long)fw, (unsigned long long)fh, img->numcomps, expect->columns, expect->rows,
                      expect->samples_per_pixel);
            goto done;
        }
    }
    uint64_t bytes = fw * fh * img->numcomps * px_bytes_per_sample(maxprec);
    if (bytes > PX_MAX_FRAME_BYTES) {
        tess_fail(err, "JPEG 2000 frame of %llu bytes too large", (unsigned long long)bytes);
        goto done;
    }
    bool mct = false;
    opj_codestream_info_v2_t *ci = opj_get_cstr_info(codec);
    if (ci) {
        mct = ci->m_default_tile_info.mct != 0;
        if (ci->m_default_tile_info.tccp_info && reduce >= ci->m_default_tile_info.tccp_info[0].numresolutions) {
            tess_fail(err, "cannot reduce by %u: the stream has %u resolution levels", reduce,
                      ci->m_default_tile_info.tccp_info[0].numresolutions);
            opj_destroy_cstr_info(&ci);
            goto done;
        }
        opj_destroy_cstr_info(&ci);
    }
    if (!opj_decode(codec, st, img)) {
        tess_fail(err, "OpenJPEG decode: %s", mc.text[0] ? mc.text : "failed");
        goto done;
    }
    if (!opj_end_decompress(codec, st) && strict) {
        tess_fail(err, "OpenJPEG end of decode: %s", mc.text[0] ? mc.text : "failed");
        goto done;
    }
    uint32_t w = img->comps[0].w, h = img->comps[0].h;
    for (unsigned c = 0; c < img->numcomps; c++) {
        if (!img->comps[c].data) {
            tess_fail(err, "OpenJPEG delivered no data for component %u", c);
            goto done;
        }
        if (img->comps[c].w != w || img->comps[c].h != h) {
            tess_fail(err, "JPEG 2000 components differ in size");
            goto done;
        }
    }
    if (w == 0 || h == 0 || w > fw || h > fh) {
        tess_fail(err, "OpenJPEG delivered %ux%u for a %llux%llu image", w, h, (unsigned long long)fw,
                  (unsigned long long)fh);
        goto done;
    }
    bool sgnd = img->comps[0].sgnd != 0;
    if (px_image_alloc(out, w, h, (uint16_t)img->numcomps, (uint16_t)maxprec, sgnd, err) != 0) goto done;
    size_t np = (size_t)w * h, nc = img->numcomps;
    unsigned bps = px_bytes_per_sample(maxprec);
    for (size_t c = 0; c < nc; c++) {
        int64_t lo, hi;
        px_sample_range((uint16_t)img->comps[c].prec, sgnd, &lo, &hi);
        const OPJ_INT32 *s = img->comps[c].data;
        for (size_t i = 0; i < np; i++) {
            int64_t v = s[i];
            if (v < lo) v = lo;
            if (v > hi) v = hi;
            uint8_t *q = out->data + (i * nc + c) * bps;
            for (unsigned k = 0; k < bps; k++) q[k] = (uint8_t)((uint64_t)v >> (8 * k));
        }
    }
    out->photometric = (nc == 3 && mct) ? PX_PHOTO_RGB : PX_PHOTO_UNKNOWN;
    rc = 0;
done:
    if (img) opj_image_destroy(img);
    if (st) opj_stream_destroy(st);
    if (codec) opj_destroy_codec(codec);
    if (rc != 0) {
        px_image_free(out);
        memset(out, 0, sizeof *out);
    }
    return rc;
}

int px_j2k_decode(const uint8_t *p, size_t n, unsigned reduce, bool strict, px_image *out, tess_error *err) {
    return decode(p, n, reduce, strict, NULL, out, err);
}

int px_j2k_decode_frame(const uint8_t *p, size_t n, const px_info *info, px_image *out, tess_error *err) {
    if (decode(p, n, 0, true, info, out, err) != 0) return -1;
    if (out->photometric == PX_PHOTO_UNKNOWN) out->photometric = info->photometric;
    return 0;
}
