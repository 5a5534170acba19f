/*
 * rle.c - RLE Lossless (PS3.5 Annex G), hand-written.
 *
 * A frame: a 64-byte header (number of segments, then 15 segment offsets,
 * all 32-bit little-endian, offsets from the start of the header), then
 * the segments. Each segment is one byte plane, PackBits-coded: a header
 * byte n in 0..127 copies the next n+1 bytes, n in -127..-1 repeats the
 * next byte 1-n times, -128 does nothing. Segments come per sample, most
 * significant byte first: with 3 samples of 16 bits, R-MSB, R-LSB, G-MSB,
 * G-LSB, B-MSB, B-LSB. Each decodes to Rows*Columns bytes.
 *
 * Every offset and run is checked: a header that does not fit, a run past
 * the end of its segment or a segment that decodes short is an error.
 * Bytes a segment decodes past Rows*Columns (some encoders pad) are
 * ignored.
 */
#include <stdlib.h>
#include <string.h>

#include "pixel/decode.h"

static uint32_t le32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Decode one segment into every `stride`-th byte of dst (npix bytes). */
static int unpack(const uint8_t *s, size_t n, uint8_t *dst, size_t npix, size_t stride, unsigned seg,
                  tess_error *err) {
    size_t i = 0, o = 0;
    while (o < npix && i < n) {
        int h = (int8_t)s[i++];
        if (h >= 0) {
            size_t cnt = (size_t)h + 1;
            if (cnt > n - i)
                return tess_fail(err, "RLE segment %u: literal run of %zu bytes at offset %zu passes its end (%zu)",
                                 seg, cnt, i - 1, n);
            if (cnt > npix - o) cnt = npix - o;
            for (size_t k = 0; k < cnt; k++) dst[(o + k) * stride] = s[i + k];
            i += (size_t)h + 1;
            o += cnt;
        } else if (h != -128) {
            size_t cnt = (size_t)(1 - h);
            if (i >= n) return tess_fail(err, "RLE segment %u: replicate run at offset %zu has no byte", seg, i - 1);
            uint8_t b = s[i++];
            if (cnt > npix - o) cnt = npix - o;
            for (size_t k = 0; k < cnt; k++) dst[(o + k) * stride] = b;
            o += cnt;
        }
    }
    if (o < npix)
        return tess_fail(err, "RLE segment %u decodes to %zu bytes, %zu expected", seg, o, npix);
    return 0;
}

int px_rle_decode(const uint8_t *p, size_t n, const px_info *info, px_image *out, tess_error *err) {
    memset(out, 0, sizeof *out);
    unsigned ba = info->bits_allocated, spp = info->samples_per_pixel;
    if (ba != 8 && ba != 16 && ba != 32)
        return tess_fail(err, "RLE with BitsAllocated %u is not supported", ba);
    if (spp != 1 && spp != 3) return tess_fail(err, "RLE with SamplesPerPixel %u is not supported", spp);
    if (info->high_bit != info->bits_stored - 1)
        return tess_fail(err, "HighBit %u with BitsStored %u is not supported (HighBit must be BitsStored-1)",
                         info->high_bit, info->bits_stored);
    unsigned bps = ba / 8, want = spp * bps;
    if (n < 64) return tess_fail(err, "RLE frame of %zu bytes is shorter than its 64-byte header", n);
    uint32_t nseg = le32(p);
    if (nseg != want)
        return tess_fail(err, "RLE header declares %u segments, %u expected (SamplesPerPixel %u x BitsAllocated %u)",
                         nseg, want, spp, ba);
    uint32_t off[16];
    for (unsigned s = 0; s < nseg; s++) {
        off[s] = le32(p + 4 + 4 * s);
        if (off[s] < 64 || off[s] >= n)
            return tess_fail(err, "RLE segment %u offset %u is outside the frame (64..%zu)", s, off[s], n - 1);
        if (s > 0 && off[s] <= off[s - 1])
            return tess_fail(err, "RLE segment %u offset %u does not follow segment %u's (%u)", s, off[s], s - 1,
                             off[s - 1]);
    }
    size_t npix = (size_t)info->rows * info->columns;
    /* PackBits expands at most 128 bytes per 2: refuse hopeless segments
     * before allocating the frame */
    for (unsigned s = 0; s < nseg; s++) {
        size_t len = (s + 1 < nseg ? off[s + 1] : n) - off[s];
        if (((uint64_t)len + 1) / 2 * 128 < npix)
            return tess_fail(err, "RLE segment %u of %zu bytes cannot hold %zu bytes", s, len, npix);
    }
    uint64_t fsize = (uint64_t)npix * want;
    if (fsize > PX_MAX_FRAME_BYTES)
        return tess_fail(err, "frame of %llu bytes too large", (unsigned long long)fsize);
    uint8_t *buf = malloc((size_t)fsize);
    if (!buf) return tess_fail(err, "out of memory for a %llu-byte frame", (unsigned long long)fsize);
    for (unsigned s = 0; s < nseg; s++) {
        unsigned sample = s / bps, byte = bps - 1 - s % bps;   /* MSB segment first; LE container */
        size_t len = (s + 1 < nseg ? off[s + 1] : n) - off[s];
        if (unpack(p + off[s], len, buf + (size_t)sample * bps + byte, npix, want, s, err) != 0) {
            free(buf);
            return -1;
        }
    }
    int rc = px_native_convert(buf, (size_t)fsize, info, false, out, err);
    free(buf);
    return rc;
}
