/*
 * jpegls.c - JPEG-LS (lossless and near-lossless) with the CharLS 2.4 C
 * API (see decode.h).
 *
 * CharLS delivers the samples of a pixel-interleaved (ILV=2) or
 * line-interleaved (ILV=1) scan pixel-interleaved, and those of a
 * non-interleaved (ILV=0) multi-component stream as planes: the planes are
 * interleaved here. Samples wider than 8 bits come as 16-bit host-order
 * words. The output keeps the stream's raw bits (out->bits = its
 * bits per sample, unsigned): decode.c masks and sign-extends.
 *
 * CharLS 2.4.1 spins for seconds (~2^32 iterations in its bit reader) when
 * the encoded data stops exactly at the end of the buffer, as in a
 * truncated fragment; a marker after the data makes it fail at once. So
 * the stream is always handed over with an EOI (FF D9) appended: a
 * complete stream ends at its own EOI and never reads it.
 */
#include <stdlib.h>
#include <string.h>

#include <charls/charls.h>

#include "pixel/decode.h"

static int cfail(tess_error *err, const char *what, charls_jpegls_errc ec) {
    return tess_fail(err, "CharLS %s: %s", what, charls_get_error_message(ec));
}

static bool host_is_le(void) {
    const uint16_t one = 1;
    uint8_t b;
    memcpy(&b, &one, 1);
    return b == 1;
}

int px_jpegls_decode(const uint8_t *p, size_t n, const px_info *info, px_image *out, tess_error *err) {
    memset(out, 0, sizeof *out);
    charls_jpegls_decoder *d = charls_jpegls_decoder_create();
    if (!d) return tess_fail(err, "CharLS: cannot create a decoder");
    int rc = -1;
    uint8_t *planes = NULL;
    uint8_t *src = malloc(n + 2);
    if (!src) {
        charls_jpegls_decoder_destroy(d);
        return tess_fail(err, "out of memory for a %zu-byte stream", n);
    }
    memcpy(src, p, n);
    src[n] = 0xFF;
    src[n + 1] = 0xD9;
    charls_jpegls_errc ec = charls_jpegls_decoder_set_source_buffer(d, src, n + 2);
    if (ec) { cfail(err, "source", ec); goto done; }
    ec = charls_jpegls_decoder_read_header(d);
    if (ec) { cfail(err, "header", ec); goto done; }
    charls_frame_info fi;
    ec = charls_jpegls_decoder_get_frame_info(d, &fi);
    if (ec) { cfail(err, "frame info", ec); goto done; }
    if (fi.width != info->columns || fi.height != info->rows || fi.component_count != (int32_t)info->samples_per_pixel) {
        tess_fail(err, "JPEG-LS stream is %ux%u with %d components, the data set says %ux%u with %u", fi.width,
                  fi.height, fi.component_count, info->columns, info->rows, info->samples_per_pixel);
        goto done;
    }
    if (fi.bits_per_sample < 2 || fi.bits_per_sample > 16) {
        tess_fail(err, "JPEG-LS bits per sample %d out of range", fi.bits_per_sample);
        goto done;
    }
    charls_interleave_mode ilv;
    ec = charls_jpegls_decoder_get_interleave_mode(d, &ilv);
    if (ec) { cfail(err, "interleave mode", ec); goto done; }
    unsigned bps = fi.bits_per_sample <= 8 ? 1 : 2;
    uint64_t expect = (uint64_t)fi.width * fi.height * (uint64_t)fi.component_count * bps;
    if (expect > PX_MAX_FRAME_BYTES) {
        tess_fail(err, "frame of %llu bytes too large", (unsigned long long)expect);
        goto done;
    }
    size_t dsize;
    ec = charls_jpegls_decoder_get_destination_size(d, 0, &dsize);
    if (ec) { cfail(err, "destination size", ec); goto done; }
    if (dsize != expect) {
        tess_fail(err, "CharLS wants %zu bytes for a %llu-byte frame", dsize, (unsigned long long)expect);
        goto done;
    }
    if (px_image_alloc(out, fi.width, fi.height, (uint16_t)fi.component_count, (uint16_t)fi.bits_per_sample,
                       false, err) != 0)
        goto done;
    bool deinterleave = fi.component_count > 1 && ilv == CHARLS_INTERLEAVE_MODE_NONE;
    uint8_t *dst = out->data;
    if (deinterleave) {
        planes = malloc(dsize);
        if (!planes) { tess_fail(err, "out of memory for a %zu-byte frame", dsize); goto done; }
        dst = planes;
    }
    ec = charls_jpegls_decoder_decode_to_buffer(d, dst, dsize, 0);
    if (ec) { cfail(err, "decode", ec); goto done; }
    if (deinterleave) {
        size_t np = (size_t)fi.width * fi.height, nc = (size_t)fi.component_count;
        for (size_t c = 0; c < nc; c++)
            for (size_t i = 0; i < np; i++)
                memcpy(out->data + (i * nc + c) * bps, planes + (c * np + i) * bps, bps);
    }
    if (bps == 2 && !host_is_le()) {
        for (size_t i = 0; i + 1 < out->size; i += 2) {
            uint8_t t = out->data[i];
            out->data[i] = out->data[i + 1];
            out->data[i + 1] = t;
        }
    }
    out->photometric = info->photometric;
    rc = 0;
done:
    free(planes);
    free(src);
    charls_jpegls_decoder_destroy(d);
    if (rc != 0) {
        px_image_free(out);
        memset(out, 0, sizeof *out);
    }
    return rc;
}
