/*
 * ijg.c - JPEG through GDCM's bundled IJG 6b with the lossless patch (see
 * ijg.h). Compiled three times by the Makefile, with -DIJG_BITS=8, 12 or
 * 16 and that precision's include directory
 * (/usr/include/gdcm-3.0/gdcmjpeg/N/jpeglib.h, whose jpegcmake.h defines
 * BITS_IN_JSAMPLE and mangles every symbol to gdcmjpegN_*). The exported
 * function is px_ijg<N>_decode.
 *
 * IJG 6b has no jpeg_mem_src: a memory source manager is below. At the end
 * of the data it inserts an EOI and warns JWRN_JPEG_EOF, which (like the
 * other corrupt-data warnings) is an error here.
 */
#ifndef IJG_BITS
#error "compile with -DIJG_BITS=8, 12 or 16"
#endif

#include <setjmp.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jpeglib.h"
#include "jerror.h"

#include "pixel/decode.h"
#include "pixel/ijg.h"

#if BITS_IN_JSAMPLE != IJG_BITS
#error "IJG_BITS does not match the jpeglib.h on the include path"
#endif

#define PX_IJG_CAT2(a, b, c) a##b##c
#define PX_IJG_CAT(a, b, c) PX_IJG_CAT2(a, b, c)
#define PX_IJG_FN(name) PX_IJG_CAT(px_ijg, IJG_BITS, name)

/* ---- errors: longjmp, nothing printed ---- */

typedef struct ijg_err {
    struct jpeg_error_mgr pub;
    jmp_buf jb;
    char msg[JMSG_LENGTH_MAX];
} ijg_err;

static void ijg_error_exit(j_common_ptr c) {
    ijg_err *e = (ijg_err *)c->err;
    c->err->format_message(c, e->msg);
    longjmp(e->jb, 1);
}

static void ijg_output_message(j_common_ptr c) {
    (void)c;
}

static void ijg_emit_message(j_common_ptr c, int level) {
    if (level >= 0) return;
    int code = c->err->msg_code;
    if (code == JWRN_JPEG_EOF || code == JWRN_HIT_MARKER || code == JWRN_HUFF_BAD_CODE ||
        code == JWRN_MUST_RESYNC) {
        ijg_err *e = (ijg_err *)c->err;
        c->err->format_message(c, e->msg);
        longjmp(e->jb, 1);
    }
    c->err->num_warnings++;
}

/* ---- memory source ---- */

static const JOCTET ijg_eoi[2] = { 0xFF, JPEG_EOI };

static void src_init(j_decompress_ptr c) {
    (void)c;
}

static boolean src_fill(j_decompress_ptr c) {
    WARNMS(c, JWRN_JPEG_EOF);
    c->src->next_input_byte = ijg_eoi;
    c->src->bytes_in_buffer = 2;
    return TRUE;
}

static void src_skip(j_decompress_ptr c, long count) {
    if (count <= 0) return;
    struct jpeg_source_mgr *s = c->src;
    while ((size_t)count > s->bytes_in_buffer) {
        count -= (long)s->bytes_in_buffer;
        (void)src_fill(c);   /* warns: an error here */
    }
    s->next_input_byte += count;
    s->bytes_in_buffer -= (size_t)count;
}

static void src_term(j_decompress_ptr c) {
    (void)c;
}

/* Untrusted progressive streams can hold thousands of tiny scans, each
 * costing a pass over the coefficients: more than this many is an error. */
#define MAX_SCANS 1000

static void ijg_progress(j_common_ptr c) {
    if (!c->is_decompressor) return;
    j_decompress_ptr d = (j_decompress_ptr)c;
    if (d->input_scan_number > MAX_SCANS) {
        ijg_err *e = (ijg_err *)c->err;
        snprintf(e->msg, sizeof e->msg, "more than %d scans", MAX_SCANS);
        longjmp(e->jb, 1);
    }
}

int PX_IJG_FN(_decode)(const uint8_t *p, size_t n, const px_info *info, px_image *out, tess_error *err) {
    memset(out, 0, sizeof *out);
    px_jpeg_sof sof;
    if (px_jpeg_scan(p, n, &sof, err) != 0) return -1;
    bool ycbcr = px_jpeg_is_ycbcr(&sof, info->photometric);

    struct jpeg_decompress_struct cinfo;
    struct jpeg_source_mgr src;
    struct jpeg_progress_mgr progress;
    ijg_err jerr;
    memset(&cinfo, 0, sizeof cinfo);
    memset(&progress, 0, sizeof progress);
    progress.progress_monitor = ijg_progress;
    memset(&src, 0, sizeof src);
    cinfo.err = jpeg_std_error(&jerr.pub);
    jerr.pub.error_exit = ijg_error_exit;
    jerr.pub.output_message = ijg_output_message;
    jerr.pub.emit_message = ijg_emit_message;
    jerr.msg[0] = '\0';
    if (setjmp(jerr.jb)) {
        jpeg_destroy_decompress(&cinfo);
        px_image_free(out);
        memset(out, 0, sizeof *out);
        return tess_fail(err, "IJG %d-bit: %s", IJG_BITS, jerr.msg);
    }
    jpeg_create_decompress(&cinfo);
    cinfo.progress = &progress;
    src.init_source = src_init;
    src.fill_input_buffer = src_fill;
    src.skip_input_data = src_skip;
    src.resync_to_restart = jpeg_resync_to_restart;
    src.term_source = src_term;
    src.next_input_byte = p;
    src.bytes_in_buffer = n;
    cinfo.src = &src;
    if (jpeg_read_header(&cinfo, TRUE) != JPEG_HEADER_OK) {
        jpeg_destroy_decompress(&cinfo);
        return tess_fail(err, "JPEG stream holds tables only, no image");
    }
    if (cinfo.image_width != info->columns || cinfo.image_height != info->rows ||
        cinfo.num_components != (int)info->samples_per_pixel) {
        tess_fail(err, "JPEG stream is %ux%u with %d components, the data set says %ux%u with %u",
                  (unsigned)cinfo.image_width, (unsigned)cinfo.image_height, cinfo.num_components, info->columns,
                  info->rows, info->samples_per_pixel);
        jpeg_destroy_decompress(&cinfo);
        return -1;
    }
    int prec = cinfo.data_precision;
    bool lossless = cinfo.process == JPROC_LOSSLESS;
    if (prec < 2 || prec > BITS_IN_JSAMPLE || (!lossless && prec != BITS_IN_JSAMPLE)) {
        tess_fail(err, "%s JPEG precision %d does not suit the %d-bit IJG library", lossless ? "lossless" : "DCT",
                  prec, IJG_BITS);
        jpeg_destroy_decompress(&cinfo);
        return -1;
    }
    if (lossless) {
        /* lossless JPEG has no colour transform: samples as stored */
        cinfo.jpeg_color_space = JCS_UNKNOWN;
        cinfo.out_color_space = JCS_UNKNOWN;
    } else if (cinfo.num_components == 3) {
        cinfo.jpeg_color_space = ycbcr ? JCS_YCbCr : JCS_RGB;
        cinfo.out_color_space = JCS_RGB;
    } else {
        cinfo.jpeg_color_space = JCS_GRAYSCALE;
        cinfo.out_color_space = JCS_GRAYSCALE;
    }
    jpeg_start_decompress(&cinfo);
    if (cinfo.output_width != info->columns || cinfo.output_height != info->rows ||
        cinfo.output_components != (int)info->samples_per_pixel) {
        tess_fail(err, "IJG would deliver %ux%u with %d components", (unsigned)cinfo.output_width,
                  (unsigned)cinfo.output_height, cinfo.output_components);
        jpeg_destroy_decompress(&cinfo);
        return -1;
    }
    if (px_image_alloc(out, info->columns, info->rows, info->samples_per_pixel, (uint16_t)prec, false, err) != 0) {
        jpeg_destroy_decompress(&cinfo);
        return -1;
    }
    size_t per_row = (size_t)info->columns * info->samples_per_pixel;
    JSAMPARRAY row = (*cinfo.mem->alloc_sarray)((j_common_ptr)&cinfo, JPOOL_IMAGE, (JDIMENSION)per_row, 1);
    unsigned bps = px_bytes_per_sample((unsigned)prec);
    unsigned maxv = (1u << prec) - 1;
    while (cinfo.output_scanline < cinfo.output_height) {
        size_t y = cinfo.output_scanline;
        if (jpeg_read_scanlines(&cinfo, row, 1) != 1) {
            jpeg_destroy_decompress(&cinfo);
            px_image_free(out);
            memset(out, 0, sizeof *out);
            return tess_fail(err, "IJG %d-bit stopped at row %zu", IJG_BITS, y);
        }
        uint8_t *q = out->data + y * per_row * bps;
        for (size_t i = 0; i < per_row; i++) {
            unsigned v = (unsigned)GETJSAMPLE(row[0][i]) & maxv;
            q[i * bps] = (uint8_t)v;
            if (bps == 2) q[i * bps + 1] = (uint8_t)(v >> 8);
        }
    }
    jpeg_destroy_decompress(&cinfo);
    out->photometric = (!lossless && info->samples_per_pixel == 3) ? PX_PHOTO_RGB : info->photometric;
    return 0;
}
