/*
 * test_render.c - native frame bytes and the rendered (PNG / JPEG) output
 * of src/pixel/render.h, on hand-built px_images.
 *
 * Checks the native Explicit VR Little Endian frame bytes (8/16/32-bit,
 * sign extension, HighBit shift, 1-bit packing), the windowing math at the
 * exact points of PS3.3 C.11.2.1.2.1, MONOCHROME1 inversion, RGB / YBR /
 * PALETTE COLOR, viewport sizes and averaging, PNG output decoded back with
 * libpng, JPEG output decoded back with libjpeg, and the errors.
 */
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h>
#include <png.h>

#include "builder.h"
#include "dicom/reader.h"
#include "harness.h"
#include "pixel/image.h"
#include "pixel/render.h"

/* ---- helpers --------------------------------------------------------------- */

static px_image make_image(uint32_t w, uint32_t h, uint16_t comps, uint16_t bits, bool sgn,
                           px_photometric ph) {
    px_image img;
    tess_error err = { { 0 } };
    if (px_image_alloc(&img, w, h, comps, bits, sgn, &err) != 0) {
        fprintf(stderr, "px_image_alloc: %s\n", err.msg);
        abort();
    }
    img.photometric = ph;
    return img;
}

static px_info make_info(const px_image *img, uint16_t ba, uint16_t bs, uint16_t hb) {
    px_info info;
    memset(&info, 0, sizeof info);
    info.rows = img->height;
    info.columns = img->width;
    info.samples_per_pixel = img->components;
    info.bits_allocated = ba;
    info.bits_stored = bs;
    info.high_bit = hb;
    info.is_signed = img->is_signed;
    info.photometric = img->photometric;
    info.frames = 1;
    return info;
}

/* A decimal string element padded to an even length. */
static void put_ds(bb *b, uint32_t tag, const char *s) {
    size_t n = strlen(s);
    bb_hdr(b, EXPL_LE, tag, "DS", (uint32_t)(n + (n & 1)));
    bb_put(b, s, n);
    if (n & 1) bb_put(b, " ", 1);
}

static void put_cs(bb *b, uint32_t tag, const char *s) {
    size_t n = strlen(s);
    bb_hdr(b, EXPL_LE, tag, "CS", (uint32_t)(n + (n & 1)));
    bb_put(b, s, n);
    if (n & 1) bb_put(b, " ", 1);
}

static void put_us3(bb *b, uint32_t tag, uint16_t a, uint16_t c, uint16_t d) {
    bb_hdr(b, EXPL_LE, tag, "US", 6);
    bb_u16(b, false, a);
    bb_u16(b, false, c);
    bb_u16(b, false, d);
}

static void put_ow(bb *b, uint32_t tag, const uint16_t *v, size_t n) {
    bb_hdr(b, EXPL_LE, tag, "OW", (uint32_t)(2 * n));
    for (size_t i = 0; i < n; i++) bb_u16(b, false, v[i]);
}

static void put_ob(bb *b, uint32_t tag, const uint8_t *v, size_t n) {
    bb_hdr(b, EXPL_LE, tag, "OB", (uint32_t)(n + (n & 1)));
    bb_put(b, v, n);
    if (n & 1) bb_put(b, "", 1);
}

static dcm_file *read_bb(const bb *b) {
    dcm_file *f = NULL;
    tess_error err = { { 0 } };
    if (dcm_read_mem(b->p, b->n, NULL, &f, &err) != 0) {
        fprintf(stderr, "  read failed: %s\n", err.msg);
        return NULL;
    }
    return f;
}

/* Render with px_render_pixels (8-bit unless sixteen). */
static int render(const px_image *img, const dcm_dataset *ds, const px_render_opts *o, bool allow16,
                  px_rendered *r, tess_error *err) {
    return px_render_pixels(img, ds, o, allow16, r, err);
}

/* Decode a PNG with the simplified API; *fmt is the format used. */
static uint8_t *png_decode(const uint8_t *p, size_t n, uint32_t fmt, uint32_t *w, uint32_t *h,
                           uint32_t *in_fmt) {
    png_image im;
    memset(&im, 0, sizeof im);
    im.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&im, p, n)) {
        fprintf(stderr, "  png read: %s\n", im.message);
        return NULL;
    }
    if (in_fmt) *in_fmt = im.format;
    im.format = fmt;
    size_t size = PNG_IMAGE_SIZE(im);
    uint8_t *buf = malloc(size);
    if (!buf || !png_image_finish_read(&im, NULL, buf, 0, NULL)) {
        fprintf(stderr, "  png finish: %s\n", im.message);
        free(buf);
        png_image_free(&im);
        return NULL;
    }
    *w = im.width;
    *h = im.height;
    return buf;
}

typedef struct test_jerr {
    struct jpeg_error_mgr mgr;
    jmp_buf jb;
} test_jerr;

static void test_jerr_exit(j_common_ptr c) {
    longjmp(((test_jerr *)c->err)->jb, 1);
}

static void test_jerr_out(j_common_ptr c) {
    (void)c;
}

typedef struct jdec {
    struct jpeg_decompress_struct ci;
    test_jerr je;
    uint8_t *pix;
    uint32_t w, h, comps;
} jdec;

static int jpeg_decode_in(const uint8_t *p, size_t n, jdec *d) {
    d->ci.err = jpeg_std_error(&d->je.mgr);
    d->je.mgr.error_exit = test_jerr_exit;
    d->je.mgr.output_message = test_jerr_out;
    if (setjmp(d->je.jb)) {
        jpeg_destroy_decompress(&d->ci);
        return -1;
    }
    jpeg_create_decompress(&d->ci);
    jpeg_mem_src(&d->ci, p, (unsigned long)n);
    jpeg_read_header(&d->ci, TRUE);
    jpeg_start_decompress(&d->ci);
    d->w = d->ci.output_width;
    d->h = d->ci.output_height;
    d->comps = (uint32_t)d->ci.output_components;
    d->pix = malloc((size_t)d->w * d->h * d->comps);
    if (!d->pix) abort();
    while (d->ci.output_scanline < d->ci.output_height) {
        JSAMPROW row = d->pix + (size_t)d->ci.output_scanline * d->w * d->comps;
        jpeg_read_scanlines(&d->ci, &row, 1);
    }
    jpeg_finish_decompress(&d->ci);
    jpeg_destroy_decompress(&d->ci);
    return 0;
}

/* Decode a JPEG: pixels malloc'd, NULL on failure. */
static uint8_t *jpeg_decode(const uint8_t *p, size_t n, uint32_t *w, uint32_t *h, uint32_t *comps) {
    jdec *d = calloc(1, sizeof *d);
    if (!d) abort();
    uint8_t *pix = NULL;
    if (jpeg_decode_in(p, n, d) == 0) {
        pix = d->pix;
        *w = d->w;
        *h = d->h;
        *comps = d->comps;
    } else {
        free(d->pix);
    }
    free(d);
    return pix;
}

/* ---- native frames ----------------------------------------------------------- */

static void test_native_8bit(void) {
    px_image img = make_image(3, 2, 1, 8, false, PX_PHOTO_MONOCHROME2);
    for (size_t i = 0; i < 6; i++) img.data[i] = (uint8_t)(i * 40 + 1);
    px_info info = make_info(&img, 8, 8, 7);
    uint8_t *out = NULL;
    size_t len = 0;
    tess_error err = { { 0 } };
    CHECK_INT(px_native_frame(&img, &info, &out, &len, &err), 0);
    CHECK_INT(len, 6);
    CHECK(out && memcmp(out, img.data, 6) == 0);
    free(out);

    /* 8 bits stored in 16 allocated: one word per sample */
    info = make_info(&img, 16, 8, 7);
    CHECK_INT(px_native_frame(&img, &info, &out, &len, &err), 0);
    CHECK_INT(len, 12);
    if (out && len == 12)
        for (size_t i = 0; i < 6; i++) {
            CHECK_INT(out[2 * i], img.data[i]);
            CHECK_INT(out[2 * i + 1], 0);
        }
    free(out);

    /* RGB interleaved stays interleaved */
    px_image rgb = make_image(2, 1, 3, 8, false, PX_PHOTO_RGB);
    static const uint8_t px[6] = { 1, 2, 3, 4, 5, 6 };
    memcpy(rgb.data, px, 6);
    info = make_info(&rgb, 8, 8, 7);
    CHECK_INT(px_native_frame(&rgb, &info, &out, &len, &err), 0);
    CHECK(len == 6 && out && memcmp(out, px, 6) == 0);
    free(out);
    px_image_free(&rgb);
    px_image_free(&img);
}

static void test_native_16bit(void) {
    /* signed 12 bits in 16: sign-extended words */
    px_image img = make_image(4, 1, 1, 12, true, PX_PHOTO_MONOCHROME2);
    static const int64_t v[4] = { -1024, 2047, -2048, 0 };
    for (size_t i = 0; i < 4; i++) px_image_set_sample(&img, i, v[i]);
    px_info info = make_info(&img, 16, 12, 11);
    uint8_t *out = NULL;
    size_t len = 0;
    tess_error err = { { 0 } };
    CHECK_INT(px_native_frame(&img, &info, &out, &len, &err), 0);
    CHECK_INT(len, 8);
    static const uint8_t want[8] = { 0x00, 0xFC, 0xFF, 0x07, 0x00, 0xF8, 0x00, 0x00 };
    CHECK(out && memcmp(out, want, 8) == 0);
    free(out);
    px_image_free(&img);

    /* unsigned 12 bits with HighBit 15: shifted up */
    img = make_image(2, 1, 1, 12, false, PX_PHOTO_MONOCHROME2);
    px_image_set_sample(&img, 0, 0xABC);
    px_image_set_sample(&img, 1, 1);
    info = make_info(&img, 16, 12, 15);
    CHECK_INT(px_native_frame(&img, &info, &out, &len, &err), 0);
    static const uint8_t want2[4] = { 0xC0, 0xAB, 0x10, 0x00 };
    CHECK(len == 4 && out && memcmp(out, want2, 4) == 0);
    free(out);

    /* 16 in 16 is the image bytes */
    px_image_free(&img);
    img = make_image(3, 3, 1, 16, true, PX_PHOTO_MONOCHROME2);
    for (size_t i = 0; i < 9; i++) px_image_set_sample(&img, i, (int64_t)i * 7000 - 30000);
    info = make_info(&img, 16, 16, 15);
    CHECK_INT(px_native_frame(&img, &info, &out, &len, &err), 0);
    CHECK(len == img.size && out && memcmp(out, img.data, len) == 0);
    free(out);

    /* 32 allocated */
    info = make_info(&img, 32, 16, 15);
    CHECK_INT(px_native_frame(&img, &info, &out, &len, &err), 0);
    CHECK_INT(len, 36);
    if (out && len == 36) {
        int32_t s;
        memcpy(&s, out + 4 * 8, 4);
        CHECK_INT(s, 8 * 7000 - 30000);
        memcpy(&s, out, 4);
        CHECK_INT(s, -30000);
    }
    free(out);

    /* mismatches */
    info = make_info(&img, 8, 8, 7);
    CHECK_INT(px_native_frame(&img, &info, &out, &len, &err), -1);
    CHECK(out == NULL && strstr(err.msg, "BitsAllocated"));
    info = make_info(&img, 16, 16, 15);
    info.rows = 4;
    CHECK_INT(px_native_frame(&img, &info, &out, &len, &err), -1);
    info = make_info(&img, 16, 16, 15);
    info.samples_per_pixel = 3;
    CHECK_INT(px_native_frame(&img, &info, &out, &len, &err), -1);
    info = make_info(&img, 12, 12, 11);
    CHECK_INT(px_native_frame(&img, &info, &out, &len, &err), -1);
    px_image_free(&img);
}

static void test_native_1bit(void) {
    px_image img = make_image(3, 3, 1, 1, false, PX_PHOTO_MONOCHROME2);
    static const uint8_t bits[9] = { 1, 0, 1, 1, 0, 0, 0, 1, 1 };
    memcpy(img.data, bits, 9);
    px_info info = make_info(&img, 1, 1, 0);
    uint8_t *out = NULL;
    size_t len = 0;
    tess_error err = { { 0 } };
    CHECK_INT(px_native_frame(&img, &info, &out, &len, &err), 0);
    CHECK_INT(len, 2);
    /* LSB first: bits 0..7 = 1 0 1 1 0 0 0 1 -> 0x8D; bit 8 = 1 -> 0x01 */
    if (out && len == 2) {
        CHECK_INT(out[0], 0x8D);
        CHECK_INT(out[1], 0x01);
    }
    free(out);
    px_image_free(&img);

    /* 16 samples: exactly two bytes */
    img = make_image(8, 2, 1, 1, false, PX_PHOTO_MONOCHROME2);
    img.data[0] = img.data[8] = img.data[15] = 1;
    info = make_info(&img, 1, 1, 0);
    CHECK_INT(px_native_frame(&img, &info, &out, &len, &err), 0);
    CHECK(len == 2 && out && out[0] == 0x01 && out[1] == 0x81);
    free(out);
    px_image_free(&img);
}

/* ---- windowing ------------------------------------------------------------- */

/* A CT-like signed 16-bit frame holding the given raw values in a row. */
static px_image ct_row(const int64_t *v, size_t n, px_photometric ph) {
    px_image img = make_image((uint32_t)n, 1, 1, 16, true, ph);
    for (size_t i = 0; i < n; i++) px_image_set_sample(&img, i, v[i]);
    return img;
}

static void test_window_points(void) {
    /* c 40, w 400, rescale -1024: lower edge x = 40 - 0.5 - 199.5 = -160,
     * upper edge 239; raw = x + 1024 */
    static const int64_t raw[] = { 864, 1263, 1064, 1063, 863, 1264, 865, 0, 4095 };
    px_image img = ct_row(raw, sizeof raw / sizeof raw[0], PX_PHOTO_MONOCHROME2);
    px_render_opts o;
    px_render_opts_default(&o);
    o.has_window = true;
    o.center = 40;
    o.width = 400;
    o.rescale_intercept = -1024;
    px_rendered r;
    tess_error err = { { 0 } };
    CHECK_INT(render(&img, NULL, &o, false, &r, &err), 0);
    CHECK(r.width == 9 && r.height == 1 && r.channels == 1 && r.depth == 8);
    if (r.data) {
        CHECK_INT(r.data[0], 0);      /* x = -160: at the lower edge */
        CHECK_INT(r.data[1], 255);    /* x = 239: at the upper edge */
        CHECK_INT(r.data[2], 128);    /* x = 40: (0.5/399 + 0.5) * 255 = 127.8 */
        CHECK_INT(r.data[3], 127);    /* x = 39: 127.2 */
        CHECK_INT(r.data[4], 0);
        CHECK_INT(r.data[5], 255);
        CHECK_INT(r.data[6], 1);      /* x = -159: 0.64 */
        CHECK_INT(r.data[7], 0);
        CHECK_INT(r.data[8], 255);
    }
    px_rendered_free(&r);

    /* 16-bit output: same edges on 0..65535 */
    o.sixteen_bit = true;
    CHECK_INT(render(&img, NULL, &o, true, &r, &err), 0);
    CHECK(r.depth == 16 && r.size == 18);
    if (r.data && r.size == 18) {
        CHECK_INT(r.data[0] << 8 | r.data[1], 0);
        CHECK_INT(r.data[2] << 8 | r.data[3], 65535);
        /* x = 40: (0.5/399 + 0.5) * 65535 = 32849.6 */
        CHECK_INT(r.data[4] << 8 | r.data[5], 32850);
    }
    px_rendered_free(&r);
    /* JPEG path: sixteen_bit ignored */
    CHECK_INT(render(&img, NULL, &o, false, &r, &err), 0);
    CHECK(r.depth == 8);
    px_rendered_free(&r);

    /* the middle of an odd-width window: c 100.5, w 101 -> 100 at exactly 127.5 */
    static const int64_t raw2[] = { 50, 150, 100 };
    px_image img2 = ct_row(raw2, 3, PX_PHOTO_MONOCHROME2);
    px_render_opts_default(&o);
    o.has_window = true;
    o.center = 100.5;
    o.width = 101;
    CHECK_INT(render(&img2, NULL, &o, false, &r, &err), 0);
    if (r.data) {
        CHECK_INT(r.data[0], 0);
        CHECK_INT(r.data[1], 255);
        CHECK(r.data[2] == 127 || r.data[2] == 128);
    }
    px_rendered_free(&r);

    /* window width 1: a threshold at c - 0.5 */
    o.center = 100;
    o.width = 1;
    CHECK_INT(render(&img2, NULL, &o, false, &r, &err), 0);
    if (r.data) {
        CHECK_INT(r.data[0], 0);
        CHECK_INT(r.data[1], 255);
        CHECK_INT(r.data[2], 255);
    }
    px_rendered_free(&r);
    px_image_free(&img2);
    px_image_free(&img);
}

static void test_window_minmax(void) {
    /* no window: min -> 0, max -> 255, linear between (a ramp) */
    px_image img = make_image(256, 1, 1, 16, true, PX_PHOTO_MONOCHROME2);
    for (size_t i = 0; i < 256; i++) px_image_set_sample(&img, i, -2000 + (int64_t)i * 10);
    px_render_opts o;
    px_render_opts_default(&o);
    o.rescale_slope = 2;
    o.rescale_intercept = 7;
    px_rendered r;
    tess_error err = { { 0 } };
    CHECK_INT(render(&img, NULL, &o, false, &r, &err), 0);
    if (r.data) {
        CHECK_INT(r.data[0], 0);
        CHECK_INT(r.data[255], 255);
        int bad = 0;
        for (size_t i = 0; i < 256; i++) bad += abs((int)r.data[i] - (int)i) > 1;
        CHECK_INT(bad, 0);
    }
    px_rendered_free(&r);

    /* a negative slope keeps the order (the range is taken after rescale) */
    o.rescale_slope = -1;
    CHECK_INT(render(&img, NULL, &o, false, &r, &err), 0);
    if (r.data) {
        CHECK_INT(r.data[0], 255);
        CHECK_INT(r.data[255], 0);
    }
    px_rendered_free(&r);

    /* a flat frame renders black */
    memset(img.data, 0, img.size);
    o.rescale_slope = 1;
    CHECK_INT(render(&img, NULL, &o, false, &r, &err), 0);
    if (r.data) CHECK(r.data[0] == 0 && r.data[255] == 0);
    px_rendered_free(&r);
    px_image_free(&img);

    /* 8-bit unsigned ramp, no window: identity */
    img = make_image(16, 16, 1, 8, false, PX_PHOTO_MONOCHROME2);
    for (size_t i = 0; i < 256; i++) img.data[i] = (uint8_t)i;
    px_render_opts_default(&o);
    CHECK_INT(render(&img, NULL, &o, false, &r, &err), 0);
    CHECK(r.data && r.size == 256 && memcmp(r.data, img.data, 256) == 0);
    px_rendered_free(&r);
    px_image_free(&img);

    /* 32-bit samples (direct computation, no table) */
    img = make_image(3, 1, 1, 32, true, PX_PHOTO_MONOCHROME2);
    px_image_set_sample(&img, 0, -2000000000);
    px_image_set_sample(&img, 1, 2000000000);
    px_image_set_sample(&img, 2, 0);
    CHECK_INT(render(&img, NULL, &o, false, &r, &err), 0);
    if (r.data) {
        CHECK_INT(r.data[0], 0);
        CHECK_INT(r.data[1], 255);
        CHECK(r.data[2] == 127 || r.data[2] == 128);
    }
    px_rendered_free(&r);
    px_image_free(&img);
}

static void test_monochrome1(void) {
    static const int64_t raw[] = { 864, 1263, 1064, 0 };
    px_image img = ct_row(raw, 4, PX_PHOTO_MONOCHROME1);
    px_render_opts o;
    px_render_opts_default(&o);
    o.has_window = true;
    o.center = 40;
    o.width = 400;
    o.rescale_intercept = -1024;
    px_rendered r;
    tess_error err = { { 0 } };
    CHECK_INT(render(&img, NULL, &o, false, &r, &err), 0);
    if (r.data) {
        CHECK_INT(r.data[0], 255);
        CHECK_INT(r.data[1], 0);
        CHECK_INT(r.data[2], 127);    /* 255 - 127.8 */
        CHECK_INT(r.data[3], 255);
    }
    px_rendered_free(&r);
    /* without a window: min is white */
    px_render_opts_default(&o);
    CHECK_INT(render(&img, NULL, &o, false, &r, &err), 0);
    if (r.data) {
        CHECK_INT(r.data[3], 255);
        CHECK_INT(r.data[1], 0);
    }
    px_rendered_free(&r);
    px_image_free(&img);
}

static void test_opts_from_dataset(void) {
    bb b = { 0 };
    bb_meta(&b, true, TS_EXPLICIT_LE);
    put_ds(&b, 0x00281050, "40\\400");
    put_ds(&b, 0x00281051, "400\\1500");
    put_ds(&b, 0x00281052, "-1024");
    put_ds(&b, 0x00281053, "1.5");
    dcm_file *f = read_bb(&b);
    CHECK(f != NULL);
    if (f) {
        px_render_opts o;
        px_render_opts_from_dataset(&f->ds, &o);
        CHECK(o.has_window);
        CHECK(o.center == 40.0 && o.width == 400.0);
        CHECK(o.rescale_intercept == -1024.0 && o.rescale_slope == 1.5);
        CHECK_INT(o.quality, 90);
        CHECK(!o.sixteen_bit && o.viewport_w == 0 && o.viewport_h == 0);
        dcm_file_free(f);
    }
    bb_free(&b);

    /* width 0: ignored; no rescale: defaults */
    bb_meta(&b, true, TS_EXPLICIT_LE);
    put_ds(&b, 0x00281050, "40");
    put_ds(&b, 0x00281051, "0");
    f = read_bb(&b);
    CHECK(f != NULL);
    if (f) {
        px_render_opts o;
        px_render_opts_from_dataset(&f->ds, &o);
        CHECK(!o.has_window);
        CHECK(o.rescale_slope == 1.0 && o.rescale_intercept == 0.0);
        dcm_file_free(f);
    }
    bb_free(&b);

    /* garbage values are ignored */
    bb_meta(&b, true, TS_EXPLICIT_LE);
    put_ds(&b, 0x00281050, "abc");
    put_ds(&b, 0x00281051, "400");
    put_ds(&b, 0x00281053, "x");
    f = read_bb(&b);
    if (f) {
        px_render_opts o;
        px_render_opts_from_dataset(&f->ds, &o);
        CHECK(!o.has_window);
        CHECK(o.rescale_slope == 1.0);
        dcm_file_free(f);
    }
    bb_free(&b);

    px_render_opts o;
    px_render_opts_from_dataset(NULL, &o);
    CHECK(!o.has_window && o.rescale_slope == 1.0 && o.quality == 90);
}

/* ---- color ------------------------------------------------------------------- */

static void test_rgb(void) {
    px_image img = make_image(2, 1, 3, 8, false, PX_PHOTO_RGB);
    static const uint8_t px[6] = { 255, 0, 10, 20, 30, 40 };
    memcpy(img.data, px, 6);
    px_render_opts o;
    px_render_opts_default(&o);
    o.has_window = true;    /* ignored for color */
    o.center = 0;
    o.width = 1;
    o.sixteen_bit = true;   /* color stays 8-bit */
    px_rendered r;
    tess_error err = { { 0 } };
    CHECK_INT(render(&img, NULL, &o, true, &r, &err), 0);
    CHECK(r.channels == 3 && r.depth == 8 && r.size == 6 && r.data && memcmp(r.data, px, 6) == 0);
    px_rendered_free(&r);
    px_image_free(&img);

    /* 16-bit RGB scaled down */
    img = make_image(1, 1, 3, 16, false, PX_PHOTO_RGB);
    px_image_set_sample(&img, 0, 65535);
    px_image_set_sample(&img, 1, 0);
    px_image_set_sample(&img, 2, 32768);
    CHECK_INT(render(&img, NULL, &o, true, &r, &err), 0);
    if (r.data) {
        CHECK_INT(r.data[0], 255);
        CHECK_INT(r.data[1], 0);
        CHECK_INT(r.data[2], 128);
    }
    px_rendered_free(&r);
    px_image_free(&img);

    /* 12-bit RGB */
    img = make_image(1, 1, 3, 12, false, PX_PHOTO_RGB);
    px_image_set_sample(&img, 0, 4095);
    px_image_set_sample(&img, 1, 2048);
    CHECK_INT(render(&img, NULL, &o, true, &r, &err), 0);
    if (r.data) {
        CHECK_INT(r.data[0], 255);
        CHECK_INT(r.data[1], 128);
        CHECK_INT(r.data[2], 0);
    }
    px_rendered_free(&r);
    px_image_free(&img);
}

static void test_ybr(void) {
    px_image img = make_image(4, 1, 3, 8, false, PX_PHOTO_YBR_FULL);
    /* grey, pure red, pure green, pure blue, forward-transformed per
     * PS3.3 C.7.6.3.1.2 */
    static const double rgb[4][3] = { { 128, 128, 128 }, { 255, 0, 0 }, { 0, 255, 0 }, { 0, 0, 255 } };
    for (size_t i = 0; i < 4; i++) {
        double R = rgb[i][0], G = rgb[i][1], B = rgb[i][2];
        double Y = 0.2990 * R + 0.5870 * G + 0.1140 * B;
        double Cb = -0.1687 * R - 0.3313 * G + 0.5000 * B + 128;
        double Cr = 0.5000 * R - 0.4187 * G - 0.0813 * B + 128;
        px_image_set_sample(&img, 3 * i, (int64_t)floor(Y + 0.5));
        px_image_set_sample(&img, 3 * i + 1, (int64_t)floor(Cb + 0.5));
        px_image_set_sample(&img, 3 * i + 2, (int64_t)floor(Cr + 0.5));
    }
    px_rendered r;
    tess_error err = { { 0 } };
    CHECK_INT(render(&img, NULL, NULL, false, &r, &err), 0);
    CHECK(r.channels == 3 && r.size == 12);
    if (r.data && r.size == 12)
        for (size_t i = 0; i < 12; i++) CHECK(abs((int)r.data[i] - (int)rgb[i / 3][i % 3]) <= 2);
    px_rendered_free(&r);
    /* YBR_FULL_422 as delivered (upsampled) converts the same way */
    img.photometric = PX_PHOTO_YBR_FULL_422;
    CHECK_INT(render(&img, NULL, NULL, false, &r, &err), 0);
    if (r.data) CHECK(r.data[3] >= 253 && r.data[4] <= 2 && r.data[5] <= 2);
    px_rendered_free(&r);
    px_image_free(&img);
}

/* A PALETTE COLOR data set: descriptors n/first/bits and the data. */
static dcm_file *palette_file(uint16_t n, uint16_t first, uint16_t bits, const uint16_t *red16,
                              const uint16_t *green16, const uint16_t *blue16, const uint8_t *blue8,
                              size_t entries) {
    bb b = { 0 };
    bb_meta(&b, true, TS_EXPLICIT_LE);
    put_cs(&b, 0x00280004, "PALETTE COLOR");
    put_us3(&b, 0x00281101, n, first, bits);
    put_us3(&b, 0x00281102, n, first, bits);
    put_us3(&b, 0x00281103, n, first, bits);
    if (red16) put_ow(&b, 0x00281201, red16, entries);
    if (green16) put_ow(&b, 0x00281202, green16, entries);
    if (blue16) put_ow(&b, 0x00281203, blue16, entries);
    else if (blue8) put_ob(&b, 0x00281203, blue8, entries);
    dcm_file *f = read_bb(&b);
    bb_free(&b);
    return f;
}

static void test_palette(void) {
    /* 4 entries of 16 bits, first mapped value 10 */
    static const uint16_t red[4] = { 0x0000, 0xFF00, 0x8000, 0x1234 };
    static const uint16_t green[4] = { 0xFFFF, 0x0000, 0x4000, 0x5678 };
    static const uint16_t blue[4] = { 0x0100, 0x0200, 0x0300, 0x0400 };
    dcm_file *f = palette_file(4, 10, 16, red, green, blue, NULL, 4);
    CHECK(f != NULL);
    if (!f) return;
    px_image img = make_image(6, 1, 1, 8, false, PX_PHOTO_PALETTE_COLOR);
    static const uint8_t idx[6] = { 10, 11, 12, 13, 0, 200 };   /* last two clamp */
    memcpy(img.data, idx, 6);
    px_rendered r;
    tess_error err = { { 0 } };
    CHECK_INT(render(&img, &f->ds, NULL, false, &r, &err), 0);
    static const uint8_t want[18] = { 0x00, 0xFF, 0x01, 0xFF, 0x00, 0x02, 0x80, 0x40, 0x03,
                                      0x12, 0x56, 0x04, 0x00, 0xFF, 0x01, 0x12, 0x56, 0x04 };
    CHECK(r.channels == 3 && r.size == 18 && r.data && memcmp(r.data, want, 18) == 0);
    px_rendered_free(&r);
    dcm_file_free(f);

    /* 8-bit entries (blue as OB bytes, red/green as one-per-word) */
    static const uint16_t red8w[4] = { 1, 2, 3, 4 };
    static const uint16_t green8w[4] = { 0x0500, 0x0600, 0x0700, 0x0800 };  /* high byte */
    static const uint8_t blue8[4] = { 9, 10, 11, 12 };
    f = palette_file(4, 10, 8, red8w, green8w, NULL, blue8, 4);
    CHECK(f != NULL);
    if (f) {
        CHECK_INT(render(&img, &f->ds, NULL, false, &r, &err), 0);
        static const uint8_t want8[18] = { 1, 5, 9, 2, 6, 10, 3, 7, 11, 4, 8, 12, 1, 5, 9, 4, 8, 12 };
        CHECK(r.size == 18 && r.data && memcmp(r.data, want8, 18) == 0);
        px_rendered_free(&r);
        dcm_file_free(f);
    }
    px_image_free(&img);

    /* descriptor entries 0 = 65536 entries; 16-bit indices */
    uint16_t *ramp = malloc(65536 * sizeof *ramp);
    if (!ramp) abort();
    for (uint32_t k = 0; k < 65536; k++) ramp[k] = (uint16_t)k;
    f = palette_file(0, 0, 16, ramp, ramp, ramp, NULL, 65536);
    free(ramp);
    CHECK(f != NULL);
    if (f) {
        img = make_image(3, 1, 1, 16, false, PX_PHOTO_PALETTE_COLOR);
        px_image_set_sample(&img, 0, 0);
        px_image_set_sample(&img, 1, 256 * 77);
        px_image_set_sample(&img, 2, 65535);
        CHECK_INT(render(&img, &f->ds, NULL, false, &r, &err), 0);
        if (r.data) {
            CHECK_INT(r.data[0], 0);
            CHECK_INT(r.data[3], 77);
            CHECK_INT(r.data[8], 255);
        }
        px_rendered_free(&r);
        /* and as a PNG */
        uint8_t *png = NULL;
        size_t len = 0;
        CHECK_INT(px_render_png(&img, &f->ds, NULL, &png, &len, &err), 0);
        uint32_t w = 0, h = 0;
        uint8_t *dec = png ? png_decode(png, len, PNG_FORMAT_RGB, &w, &h, NULL) : NULL;
        CHECK(dec && w == 3 && h == 1);
        if (dec) CHECK(dec[3] == 77 && dec[4] == 77 && dec[8] == 255);
        free(dec);
        free(png);
        px_image_free(&img);
        dcm_file_free(f);
    }

    /* missing palette */
    img = make_image(2, 2, 1, 8, false, PX_PHOTO_PALETTE_COLOR);
    CHECK_INT(render(&img, NULL, NULL, false, &r, &err), -1);
    CHECK(strstr(err.msg, "Palette") != NULL);
    CHECK(r.data == NULL);
    f = palette_file(4, 0, 16, red, green, NULL, NULL, 4);   /* no blue data */
    if (f) {
        err.msg[0] = 0;
        CHECK_INT(render(&img, &f->ds, NULL, false, &r, &err), -1);
        CHECK(strstr(err.msg, "Blue") != NULL);
        uint8_t *png = NULL;
        size_t len = 0;
        CHECK_INT(px_render_png(&img, &f->ds, NULL, &png, &len, &err), -1);
        CHECK(png == NULL && len == 0);
        dcm_file_free(f);
    }
    px_image_free(&img);
}

/* ---- viewport ---------------------------------------------------------------- */

static void test_viewport(void) {
    px_image img = make_image(200, 100, 1, 8, false, PX_PHOTO_MONOCHROME2);
    for (size_t i = 0; i < img.size; i++) img.data[i] = (uint8_t)(i % 200);   /* a horizontal ramp */
    px_render_opts o;
    px_render_opts_default(&o);
    px_rendered r;
    tess_error err = { { 0 } };
    static const struct { uint32_t vw, vh, w, h; } cases[] = {
        { 0, 0, 200, 100 },   { 50, 50, 50, 25 },   { 400, 400, 400, 200 }, { 0, 50, 100, 50 },
        { 100, 0, 100, 50 },  { 1000, 20, 40, 20 }, { 1, 1, 1, 1 },         { 3, 1000, 3, 2 },
        { 200, 100, 200, 100 }, { 199, 100, 199, 100 },
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        o.viewport_w = cases[k].vw;
        o.viewport_h = cases[k].vh;
        CHECK_INT(render(&img, NULL, &o, false, &r, &err), 0);
        CHECK_INT(r.width, cases[k].w);
        CHECK_INT(r.height, cases[k].h);
        CHECK_INT(r.size, (size_t)cases[k].w * cases[k].h);
        px_rendered_free(&r);
    }

    /* area averaging: 200 -> 50 averages groups of 4 columns: the ramp
     * 0..199 rendered with min/max gives round(v * 255 / 199) */
    o.viewport_w = 50;
    o.viewport_h = 50;
    CHECK_INT(render(&img, NULL, &o, false, &r, &err), 0);
    if (r.data && r.width == 50) {
        int bad = 0;
        for (uint32_t x = 0; x < 50; x++) {
            double m = 0;
            for (uint32_t j = 0; j < 4; j++) m += floor((4 * x + j) * 255.0 / 199.0 + 0.5);
            m /= 4;
            for (uint32_t y = 0; y < r.height; y++) bad += fabs(r.data[y * 50 + x] - m) > 1.0;
        }
        CHECK_INT(bad, 0);
    }
    px_rendered_free(&r);
    px_image_free(&img);

    /* a checkerboard 4x4 -> 2x2 averages to mid grey; 2x2 -> 4x4 enlarges */
    img = make_image(4, 4, 1, 8, false, PX_PHOTO_MONOCHROME2);
    for (size_t i = 0; i < 16; i++) img.data[i] = ((i / 4 + i % 4) & 1) ? 255 : 0;
    o.viewport_w = 2;
    o.viewport_h = 2;
    CHECK_INT(render(&img, NULL, &o, false, &r, &err), 0);
    if (r.data) for (size_t i = 0; i < 4; i++) CHECK(r.data[i] == 127 || r.data[i] == 128);
    px_rendered_free(&r);
    px_image_free(&img);

    img = make_image(2, 1, 1, 8, false, PX_PHOTO_MONOCHROME2);
    img.data[0] = 0;
    img.data[1] = 255;
    o.viewport_w = 8;
    o.viewport_h = 8;
    CHECK_INT(render(&img, NULL, &o, false, &r, &err), 0);
    CHECK(r.width == 8 && r.height == 4);
    if (r.data && r.width == 8) {
        /* bilinear: monotone, black at the left, white at the right */
        CHECK_INT(r.data[0], 0);
        CHECK_INT(r.data[7], 255);
        for (uint32_t x = 1; x < 8; x++) CHECK(r.data[x] >= r.data[x - 1]);
        CHECK(r.data[3] > 0 && r.data[4] < 255);
    }
    px_rendered_free(&r);

    /* RGB and 16-bit survive resizing */
    o.sixteen_bit = true;
    CHECK_INT(render(&img, NULL, &o, true, &r, &err), 0);
    CHECK(r.depth == 16 && r.size == 8 * 4 * 2);
    if (r.data && r.size == 64) CHECK((r.data[14] << 8 | r.data[15]) == 65535);
    px_rendered_free(&r);
    px_image_free(&img);

    /* too large */
    img = make_image(2, 2, 1, 8, false, PX_PHOTO_MONOCHROME2);
    o.viewport_w = 70000;
    o.viewport_h = 10;
    CHECK_INT(render(&img, NULL, &o, false, &r, &err), -1);
    CHECK(strstr(err.msg, "viewport") != NULL);
    uint8_t *out = NULL;
    size_t len = 0;
    CHECK_INT(px_render_png(&img, NULL, &o, &out, &len, &err), -1);
    CHECK(out == NULL);
    CHECK_INT(px_render_jpeg(&img, NULL, &o, &out, &len, &err), -1);
    CHECK(out == NULL);
    px_image_free(&img);
}

/* ---- PNG ----------------------------------------------------------------------- */

static void test_png(void) {
    /* 8-bit grey: the CT window rendered, decoded back */
    px_image img = make_image(64, 32, 1, 16, true, PX_PHOTO_MONOCHROME2);
    for (uint32_t y = 0; y < 32; y++)
        for (uint32_t x = 0; x < 64; x++)
            px_image_set_sample(&img, (size_t)y * 64 + x, (int64_t)x * 20 + (int64_t)y * 5 - 200);
    px_render_opts o;
    px_render_opts_default(&o);
    o.has_window = true;
    o.center = 300;
    o.width = 1000;
    o.rescale_intercept = -100;
    px_rendered r;
    tess_error err = { { 0 } };
    CHECK_INT(render(&img, NULL, &o, false, &r, &err), 0);
    uint8_t *png = NULL;
    size_t len = 0;
    CHECK_INT(px_render_png(&img, NULL, &o, &png, &len, &err), 0);
    CHECK(png && len > 8 && memcmp(png, "\x89PNG\r\n\x1a\n", 8) == 0);
    uint32_t w = 0, h = 0, fmt = 0;
    uint8_t *dec = png ? png_decode(png, len, PNG_FORMAT_GRAY, &w, &h, &fmt) : NULL;
    CHECK(dec && w == 64 && h == 32 && fmt == PNG_FORMAT_GRAY);
    CHECK(dec && r.data && r.size == 64 * 32 && memcmp(dec, r.data, r.size) == 0);
    free(dec);
    free(png);
    px_rendered_free(&r);

    /* 16-bit grey */
    o.sixteen_bit = true;
    CHECK_INT(render(&img, NULL, &o, true, &r, &err), 0);
    CHECK_INT(px_render_png(&img, NULL, &o, &png, &len, &err), 0);
    dec = png ? png_decode(png, len, PNG_FORMAT_LINEAR_Y, &w, &h, &fmt) : NULL;
    CHECK(dec && w == 64 && h == 32 && (fmt & PNG_FORMAT_FLAG_LINEAR));
    if (dec && r.data && r.size == 64 * 32 * 2) {
        const uint16_t *d16 = (const uint16_t *)(const void *)dec;
        int bad = 0;
        for (size_t i = 0; i < 64 * 32; i++) bad += d16[i] != (uint16_t)(r.data[2 * i] << 8 | r.data[2 * i + 1]);
        CHECK_INT(bad, 0);
        CHECK(d16[0] < d16[63]);
    }
    free(dec);
    free(png);
    px_rendered_free(&r);

    /* viewport: thumbnail size */
    o.sixteen_bit = false;
    o.viewport_w = 16;
    o.viewport_h = 16;
    CHECK_INT(px_render_png(&img, NULL, &o, &png, &len, &err), 0);
    dec = png ? png_decode(png, len, PNG_FORMAT_GRAY, &w, &h, NULL) : NULL;
    CHECK(dec && w == 16 && h == 8);
    free(dec);
    free(png);
    px_image_free(&img);

    /* RGB */
    img = make_image(5, 3, 3, 8, false, PX_PHOTO_RGB);
    for (size_t i = 0; i < img.size; i++) img.data[i] = (uint8_t)(i * 17);
    px_render_opts_default(&o);
    CHECK_INT(px_render_png(&img, NULL, &o, &png, &len, &err), 0);
    dec = png ? png_decode(png, len, PNG_FORMAT_RGB, &w, &h, &fmt) : NULL;
    CHECK(dec && w == 5 && h == 3 && fmt == PNG_FORMAT_RGB);
    CHECK(dec && memcmp(dec, img.data, img.size) == 0);
    free(dec);
    free(png);
    px_image_free(&img);

    /* MONOCHROME1 8-bit */
    img = make_image(2, 1, 1, 8, false, PX_PHOTO_MONOCHROME1);
    img.data[0] = 10;
    img.data[1] = 20;
    CHECK_INT(px_render_png(&img, NULL, NULL, &png, &len, &err), 0);
    dec = png ? png_decode(png, len, PNG_FORMAT_GRAY, &w, &h, NULL) : NULL;
    CHECK(dec && dec[0] == 255 && dec[1] == 0);
    free(dec);
    free(png);
    px_image_free(&img);
}

/* ---- JPEG ---------------------------------------------------------------------- */

static double mean_abs_diff(const uint8_t *a, const uint8_t *b, size_t n) {
    double s = 0;
    for (size_t i = 0; i < n; i++) s += fabs((double)a[i] - (double)b[i]);
    return n ? s / (double)n : 0;
}

static void test_jpeg(void) {
    px_image img = make_image(120, 80, 1, 16, true, PX_PHOTO_MONOCHROME2);
    for (uint32_t y = 0; y < 80; y++)
        for (uint32_t x = 0; x < 120; x++)
            px_image_set_sample(&img, (size_t)y * 120 + x, (int64_t)x * 30 + (int64_t)y * 10 - 1500);
    px_render_opts o;
    px_render_opts_default(&o);
    o.has_window = true;
    o.center = 500;
    o.width = 3000;
    o.rescale_intercept = -1024;
    o.sixteen_bit = true;   /* ignored by JPEG */
    px_rendered r;
    tess_error err = { { 0 } };
    CHECK_INT(render(&img, NULL, &o, false, &r, &err), 0);
    uint8_t *jpg = NULL;
    size_t len = 0;
    CHECK_INT(px_render_jpeg(&img, NULL, &o, &jpg, &len, &err), 0);
    CHECK(jpg && len > 4 && jpg[0] == 0xFF && jpg[1] == 0xD8 && jpg[len - 2] == 0xFF && jpg[len - 1] == 0xD9);
    uint32_t w = 0, h = 0, c = 0;
    uint8_t *dec = jpg ? jpeg_decode(jpg, len, &w, &h, &c) : NULL;
    CHECK(dec && w == 120 && h == 80 && c == 1);
    if (dec && r.data && w == 120 && h == 80 && c == 1) {
        double m = mean_abs_diff(dec, r.data, r.size);
        CHECK(m < 2.0);
    }
    free(dec);
    free(jpg);
    px_rendered_free(&r);

    /* baseline: SOF0 present */
    CHECK_INT(px_render_jpeg(&img, NULL, &o, &jpg, &len, &err), 0);
    bool sof0 = false;
    for (size_t i = 0; jpg && i + 1 < len; i++)
        if (jpg[i] == 0xFF && jpg[i + 1] == 0xC0) { sof0 = true; break; }
    CHECK(sof0);
    size_t len90 = len;
    free(jpg);

    /* quality: lower is smaller; out of range is an error */
    o.quality = 10;
    CHECK_INT(px_render_jpeg(&img, NULL, &o, &jpg, &len, &err), 0);
    CHECK(len < len90);
    free(jpg);
    o.quality = 101;
    CHECK_INT(px_render_jpeg(&img, NULL, &o, &jpg, &len, &err), -1);
    CHECK(jpg == NULL && strstr(err.msg, "quality") != NULL);
    o.quality = -5;
    CHECK_INT(px_render_jpeg(&img, NULL, &o, &jpg, &len, &err), -1);
    o.quality = 0;   /* default */
    CHECK_INT(px_render_jpeg(&img, NULL, &o, &jpg, &len, &err), 0);
    CHECK_INT(len, len90);
    free(jpg);

    /* thumbnail */
    o.viewport_w = 64;
    o.viewport_h = 64;
    CHECK_INT(px_render_jpeg(&img, NULL, &o, &jpg, &len, &err), 0);
    dec = jpg ? jpeg_decode(jpg, len, &w, &h, &c) : NULL;
    CHECK(dec && w == 64 && h == 43);
    free(dec);
    free(jpg);
    px_image_free(&img);

    /* RGB: smooth gradients */
    img = make_image(64, 48, 3, 8, false, PX_PHOTO_RGB);
    for (uint32_t y = 0; y < 48; y++)
        for (uint32_t x = 0; x < 64; x++) {
            uint8_t *p = img.data + ((size_t)y * 64 + x) * 3;
            p[0] = (uint8_t)(x * 4);
            p[1] = (uint8_t)(y * 5);
            p[2] = (uint8_t)(128 + (x + y) / 2);
        }
    px_render_opts_default(&o);
    CHECK_INT(px_render_jpeg(&img, NULL, &o, &jpg, &len, &err), 0);
    dec = jpg ? jpeg_decode(jpg, len, &w, &h, &c) : NULL;
    CHECK(dec && w == 64 && h == 48 && c == 3);
    if (dec && w == 64 && h == 48 && c == 3) CHECK(mean_abs_diff(dec, img.data, img.size) < 3.0);
    free(dec);
    free(jpg);
    px_image_free(&img);

    /* wider than JPEG allows */
    img = make_image(65535, 1, 1, 8, false, PX_PHOTO_MONOCHROME2);
    CHECK_INT(px_render_jpeg(&img, NULL, NULL, &jpg, &len, &err), -1);
    CHECK(jpg == NULL && strstr(err.msg, "too large") != NULL);
    /* ... but fine as a PNG */
    CHECK_INT(px_render_png(&img, NULL, NULL, &jpg, &len, &err), 0);
    free(jpg);
    px_image_free(&img);
}

/* ---- invalid input ------------------------------------------------------------- */

static void test_invalid(void) {
    px_image img = make_image(4, 4, 1, 16, true, PX_PHOTO_MONOCHROME2);
    px_render_opts o;
    px_render_opts_default(&o);
    o.has_window = true;
    o.center = 40;
    o.width = 0;
    uint8_t *out = (uint8_t *)1;
    size_t len = 7;
    tess_error err = { { 0 } };
    CHECK_INT(px_render_png(&img, NULL, &o, &out, &len, &err), -1);
    CHECK(out == NULL && len == 0 && strstr(err.msg, "window width") != NULL);
    o.width = 0.5;
    CHECK_INT(px_render_jpeg(&img, NULL, &o, &out, &len, &err), -1);
    o.width = NAN;
    CHECK_INT(px_render_jpeg(&img, NULL, &o, &out, &len, &err), -1);
    o.width = 100;
    o.rescale_slope = INFINITY;
    CHECK_INT(px_render_png(&img, NULL, &o, &out, &len, &err), -1);

    /* photometric / components mismatch */
    px_image rgb = make_image(2, 2, 3, 8, false, PX_PHOTO_MONOCHROME2);
    CHECK_INT(px_render_png(&rgb, NULL, NULL, &out, &len, &err), -1);
    CHECK(strstr(err.msg, "components") != NULL);
    px_image_free(&rgb);
    img.photometric = PX_PHOTO_RGB;
    CHECK_INT(px_render_png(&img, NULL, NULL, &out, &len, &err), -1);

    /* no image data / short data */
    img.photometric = PX_PHOTO_MONOCHROME2;
    size_t keep = img.size;
    img.size = 3;
    CHECK_INT(px_render_png(&img, NULL, NULL, &out, &len, &err), -1);
    img.size = keep;
    px_image none;
    memset(&none, 0, sizeof none);
    CHECK_INT(px_render_png(&none, NULL, NULL, &out, &len, &err), -1);
    px_info info;
    memset(&info, 0, sizeof info);
    CHECK_INT(px_native_frame(&none, &info, &out, &len, &err), -1);

    /* unknown photometric: 1 component renders as MONOCHROME2 */
    img.photometric = PX_PHOTO_UNKNOWN;
    CHECK_INT(px_render_png(&img, NULL, NULL, &out, &len, &err), 0);
    free(out);
    px_image_free(&img);
}

int main(void) {
    RUN(test_native_8bit);
    RUN(test_native_16bit);
    RUN(test_native_1bit);
    RUN(test_window_points);
    RUN(test_window_minmax);
    RUN(test_monochrome1);
    RUN(test_opts_from_dataset);
    RUN(test_rgb);
    RUN(test_ybr);
    RUN(test_palette);
    RUN(test_viewport);
    RUN(test_png);
    RUN(test_jpeg);
    RUN(test_invalid);
    return harness_done("render");
}
