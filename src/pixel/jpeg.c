/*
 * jpeg.c - 8-bit DCT JPEG (baseline, extended, progressive, arithmetic)
 * with libjpeg-turbo (see decode.h).
 *
 * libjpeg's default error_exit prints and calls exit(): it is replaced by
 * a handler that formats the message and longjmps back here; its
 * output_message is silenced. Warnings that mean pixels are missing or
 * wrong (premature end of data, bad Huffman code, lost restart markers)
 * are errors too: libjpeg would otherwise fill the rest with grey.
 *
 * Colour: 3-component streams are decoded to RGB. Whether the stream is
 * YCbCr is decided by px_jpeg_is_ycbcr (Adobe APP14 transform, JFIF,
 * component IDs, else the declared photometric interpretation).
 */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jerror.h>
#include <jpeglib.h>

#include "pixel/decode.h"

typedef struct jerr_mgr {
    struct jpeg_error_mgr pub;
    jmp_buf jb;
    char msg[JMSG_LENGTH_MAX];
} jerr_mgr;

static void on_error_exit(j_common_ptr c) {
    jerr_mgr *e = (jerr_mgr *)c->err;
    c->err->format_message(c, e->msg);
    longjmp(e->jb, 1);
}

static void on_output_message(j_common_ptr c) {
    (void)c;
}

static void on_emit_message(j_common_ptr c, int level) {
    if (level >= 0) return;   /* trace messages */
    int code = c->err->msg_code;
    if (code == JWRN_JPEG_EOF || code == JWRN_HIT_MARKER || code == JWRN_HUFF_BAD_CODE ||
        code == JWRN_MUST_RESYNC) {
        jerr_mgr *e = (jerr_mgr *)c->err;
        c->err->format_message(c, e->msg);
        longjmp(e->jb, 1);
    }
    c->err->num_warnings++;
}

/* Untrusted progressive streams can hold thousands of tiny scans, each
 * costing a pass over the coefficients: more than this many is an error. */
#define MAX_SCANS 1000

static void on_progress(j_common_ptr c) {
    if (!c->is_decompressor) return;
    j_decompress_ptr d = (j_decompress_ptr)c;
    if (d->input_scan_number > MAX_SCANS) {
        jerr_mgr *e = (jerr_mgr *)c->err;
        snprintf(e->msg, sizeof e->msg, "more than %d scans", MAX_SCANS);
        longjmp(e->jb, 1);
    }
}

int px_jpeg_decode(const uint8_t *p, size_t n, const px_info *info, px_image *out, tess_error *err) {
    memset(out, 0, sizeof *out);
    px_jpeg_sof sof;
    if (px_jpeg_scan(p, n, &sof, err) != 0) return -1;
    bool ycbcr = px_jpeg_is_ycbcr(&sof, info->photometric);

    struct jpeg_decompress_struct cinfo;
    struct jpeg_progress_mgr progress;
    jerr_mgr jerr;
    memset(&cinfo, 0, sizeof cinfo);
    memset(&progress, 0, sizeof progress);
    progress.progress_monitor = on_progress;
    cinfo.err = jpeg_std_error(&jerr.pub);
    jerr.pub.error_exit = on_error_exit;
    jerr.pub.output_message = on_output_message;
    jerr.pub.emit_message = on_emit_message;
    jerr.msg[0] = '\0';
    if (setjmp(jerr.jb)) {
        jpeg_destroy_decompress(&cinfo);
        px_image_free(out);
        memset(out, 0, sizeof *out);
        return tess_fail(err, "libjpeg-turbo: %s", jerr.msg);
    }
    jpeg_create_decompress(&cinfo);
    cinfo.progress = &progress;
    jpeg_mem_src(&cinfo, p, (unsigned long)n);
    if (jpeg_read_header(&cinfo, TRUE) != JPEG_HEADER_OK) {
        jpeg_destroy_decompress(&cinfo);
        return tess_fail(err, "JPEG stream holds tables only, no image");
    }
    if (cinfo.image_width != info->columns || cinfo.image_height != info->rows ||
        cinfo.num_components != (int)info->samples_per_pixel) {
        tess_fail(err, "JPEG stream is %ux%u with %d components, the data set says %ux%u with %u",
                  cinfo.image_width, cinfo.image_height, cinfo.num_components, info->columns, info->rows,
                  info->samples_per_pixel);
        jpeg_destroy_decompress(&cinfo);
        return -1;
    }
    if (cinfo.data_precision != 8) {
        tess_fail(err, "JPEG precision %d: libjpeg-turbo decodes 8-bit DCT only", cinfo.data_precision);
        jpeg_destroy_decompress(&cinfo);
        return -1;
    }
    if (cinfo.num_components == 3) {
        cinfo.jpeg_color_space = ycbcr ? JCS_YCbCr : JCS_RGB;
        cinfo.out_color_space = JCS_RGB;
    } else {
        cinfo.jpeg_color_space = JCS_GRAYSCALE;
        cinfo.out_color_space = JCS_GRAYSCALE;
    }
    jpeg_start_decompress(&cinfo);
    if (cinfo.output_width != info->columns || cinfo.output_height != info->rows ||
        cinfo.output_components != (int)info->samples_per_pixel) {
        tess_fail(err, "libjpeg-turbo would deliver %ux%u with %d components", cinfo.output_width,
                  cinfo.output_height, cinfo.output_components);
        jpeg_destroy_decompress(&cinfo);
        return -1;
    }
    if (px_image_alloc(out, info->columns, info->rows, info->samples_per_pixel, 8, false, err) != 0) {
        jpeg_destroy_decompress(&cinfo);
        return -1;
    }
    size_t stride = (size_t)info->columns * info->samples_per_pixel;
    while (cinfo.output_scanline < cinfo.output_height) {
        JSAMPROW row = out->data + (size_t)cinfo.output_scanline * stride;
        if (jpeg_read_scanlines(&cinfo, &row, 1) != 1) {
            jpeg_destroy_decompress(&cinfo);
            px_image_free(out);
            memset(out, 0, sizeof *out);
            return tess_fail(err, "libjpeg-turbo stopped at row %u", cinfo.output_scanline);
        }
    }
    /* every row is in: trailing bytes after the scan (a missing EOI) do
     * not matter, so no jpeg_finish_decompress */
    jpeg_destroy_decompress(&cinfo);
    out->photometric = info->samples_per_pixel == 3 ? PX_PHOTO_RGB : info->photometric;
    return 0;
}
