/*
 * native.c - frames of native (uncompressed) Pixel Data (see decode.h).
 *
 * The reader normalised loaded values to little-endian by the unit of
 * their VR (OW: 16-bit words). Big-endian files need more care here:
 *   - a value that was not loaded is read raw (only the frame's bytes) and
 *     swapped here;
 *   - 32-bit samples in an OW value (rtdose_expb.dcm) were swapped as two
 *     16-bit words by the reader: the swap is redone per 32-bit sample;
 *   - 8-bit and 1-bit samples in OW keep the word swap: PS3.5 packs them
 *     into 16-bit words, so the word swap gives the sample order.
 *
 * BitsAllocated 1: packed bits, least significant bit first, frames follow
 * each other without padding (frame k starts at bit k*Rows*Columns*SPP, so
 * mid-byte); delivered as 8-bit samples 0/1.
 * YBR_FULL_422: two Y, then Cb and Cr, per pair of pixels; expanded to a
 * Y Cb Cr triplet per pixel (photometric YBR_FULL).
 */
#include <stdlib.h>
#include <string.h>

#include "dicom/vr.h"
#include "pixel/decode.h"


int px_native_convert(const uint8_t *p, size_t n, const px_info *info, bool planar, px_image *out,
                      tess_error *err) {
    unsigned ba = info->bits_allocated, bs = info->bits_stored, spp = info->samples_per_pixel;
    if (ba != 8 && ba != 16 && ba != 32) return tess_fail(err, "BitsAllocated %u not supported here", ba);
    if (bs < 1 || bs > ba) return tess_fail(err, "BitsStored %u out of range for BitsAllocated %u", bs, ba);
    if (info->high_bit != bs - 1)
        return tess_fail(err, "HighBit %u with BitsStored %u is not supported (HighBit must be BitsStored-1)",
                         info->high_bit, bs);
    if (spp != 1 && spp != 3) return tess_fail(err, "SamplesPerPixel %u not supported", spp);
    uint64_t npix = (uint64_t)info->rows * info->columns;
    uint64_t need = npix * spp * (ba / 8);
    if (need > n)
        return tess_fail(err, "frame needs %llu bytes, %zu available", (unsigned long long)need, n);
    if (px_image_alloc(out, info->columns, info->rows, (uint16_t)spp, (uint16_t)bs, info->is_signed, err) != 0)
        return -1;
    out->photometric = info->photometric;
    unsigned cb = ba / 8, ob = px_bytes_per_sample(bs);
    uint64_t mask = (bs >= 64) ? ~0ull : (1ull << bs) - 1, sign = 1ull << (bs - 1);
    bool sext = info->is_signed;

    /* fast path: container equals output and no bits to clear */
    if (!planar && cb == ob && bs == ba) {
        memcpy(out->data, p, out->size);
        return 0;
    }
    size_t np = (size_t)npix;
    uint8_t *q = out->data;
    for (size_t i = 0; i < np; i++) {
        for (unsigned c = 0; c < spp; c++) {
            size_t si = planar ? (size_t)c * np + i : i * spp + c;
            const uint8_t *s = p + si * cb;
            uint64_t v = s[0];
            if (cb >= 2) v |= (uint64_t)s[1] << 8;
            if (cb == 4) v |= (uint64_t)s[2] << 16 | (uint64_t)s[3] << 24;
            v &= mask;
            if (sext && (v & sign)) v |= ~mask;
            for (unsigned k = 0; k < ob; k++) *q++ = (uint8_t)(v >> (8 * k));
        }
    }
    return 0;
}

/* Bytes [off, off+n) of the value as little-endian `unit`-byte samples.
 * *p points into the loaded value or into *owned (malloc'd, caller frees). */
static int value_bytes(dcm_file *f, const dcm_element *px, uint64_t off, size_t n, unsigned unit,
                       const uint8_t **p, uint8_t **owned, tess_error *err) {
    *owned = NULL;
    bool be = f->ts.big_endian;
    unsigned vr_unit = dcm_vr_unit_size((dcm_vr)px->vr);
    if (vr_unit < 1) vr_unit = 1;
    /* how the bytes are swapped now (loaded) or on disk (not loaded) */
    bool loaded = (px->flags & DCM_EL_LOADED) && px->value;
    unsigned have = (be && loaded) ? vr_unit : 1;      /* unit of the swap already applied */
    unsigned want = be ? unit : 1;                     /* unit of the swap needed from disk order */
    if (loaded && have == want) {
        *p = px->value + off;
        return 0;
    }
    /* work on a copy aligned to the larger swap unit */
    unsigned align = have > want ? have : want;
    uint64_t a0 = off - off % align, a1 = off + n;
    if (a1 % align) a1 += align - a1 % align;
    if (a1 > px->length) a1 = px->length;   /* a partial last unit stays as is */
    size_t an = (size_t)(a1 - a0);
    uint8_t *buf = malloc(an ? an : 1);
    if (!buf) return tess_fail(err, "out of memory for %zu bytes of pixel data", an);
    if (loaded) {
        memcpy(buf, px->value + a0, an);
    } else if (dcm_file_read_range(f, px->offset + a0, buf, an, err) != 0) {
        free(buf);
        return tess_fail_prefix(err, "reading pixel data");
    }
    dcm_swap_units(buf, an, have);   /* back to disk order */
    dcm_swap_units(buf, an, want);
    *owned = buf;
    *p = buf + (off - a0);
    return 0;
}

static int native_1bit(dcm_file *f, const dcm_element *px, const px_info *info, uint32_t index, px_image *out,
                       tess_error *err) {
    if (info->bits_stored != 1 || info->high_bit != 0)
        return tess_fail(err, "BitsAllocated 1 needs BitsStored 1 and HighBit 0 (have %u and %u)",
                         info->bits_stored, info->high_bit);
    uint64_t nbits = (uint64_t)info->rows * info->columns * info->samples_per_pixel;
    uint64_t bit0 = nbits * index;
    uint64_t b0 = bit0 / 8, b1 = (bit0 + nbits + 7) / 8;
    if (b1 > px->length)
        return tess_fail(err, "1-bit pixel data has %u bytes, the frame needs bytes %llu..%llu", px->length,
                         (unsigned long long)b0, (unsigned long long)b1 - 1);
    const uint8_t *p;
    uint8_t *owned;
    unsigned vr_unit = dcm_vr_unit_size((dcm_vr)px->vr);
    if (value_bytes(f, px, b0, (size_t)(b1 - b0), vr_unit ? vr_unit : 1, &p, &owned, err) != 0) return -1;
    uint8_t *unpacked = malloc((size_t)nbits);
    if (!unpacked) {
        free(owned);
        return tess_fail(err, "out of memory for %llu samples", (unsigned long long)nbits);
    }
    unsigned shift = (unsigned)(bit0 % 8);
    for (uint64_t k = 0; k < nbits; k++) {
        uint64_t b = k + shift;
        unpacked[k] = (uint8_t)((p[b / 8] >> (b % 8)) & 1);
    }
    free(owned);
    px_info one = *info;
    one.bits_allocated = 8;
    one.bits_stored = 1;
    one.high_bit = 0;
    one.is_signed = false;
    int rc = px_native_convert(unpacked, (size_t)nbits, &one, info->planar && info->samples_per_pixel == 3, out,
                               err);
    free(unpacked);
    return rc;
}

int px_native_decode(dcm_file *f, const dcm_element *px, const px_info *info, uint32_t index, px_image *out,
                    tess_error *err) {
    memset(out, 0, sizeof *out);
    if (index >= info->frames)
        return tess_fail(err, "frame %u out of range (%u frames)", index, info->frames);
    if (px->flags & DCM_EL_ENCAPSULATED) return tess_fail(err, "Pixel Data is encapsulated");
    unsigned ba = info->bits_allocated, spp = info->samples_per_pixel;
    if (ba == 1) return native_1bit(f, px, info, index, out, err);
    if (ba != 8 && ba != 16 && ba != 32) return tess_fail(err, "BitsAllocated %u not supported", ba);
    if (info->high_bit != info->bits_stored - 1)
        return tess_fail(err, "HighBit %u with BitsStored %u is not supported (HighBit must be BitsStored-1)",
                         info->high_bit, info->bits_stored);
    bool ybr422 = info->photometric == PX_PHOTO_YBR_FULL_422 && spp == 3;
    uint64_t npix = (uint64_t)info->rows * info->columns;
    uint64_t fsize = ybr422 ? npix * 2 * (ba / 8) : npix * spp * (ba / 8);
    if (fsize > PX_MAX_FRAME_BYTES)
        return tess_fail(err, "frame of %llu bytes too large", (unsigned long long)fsize);
    uint64_t off = fsize * index;
    if (off + fsize > px->length)
        return tess_fail(err, "Pixel Data has %u bytes, frame needs bytes %llu..%llu (%u frame%s of %llu bytes)",
                         px->length, (unsigned long long)off, (unsigned long long)(off + fsize - 1),
                         info->frames, info->frames == 1 ? "" : "s", (unsigned long long)fsize);
    bool loaded = (px->flags & DCM_EL_LOADED) && px->value;
    if (!loaded && !f->ts.big_endian && !ybr422 && !(info->planar && spp == 3) &&
        info->bits_stored == ba) {
        /* the common case (a CT or MR frame on disk): the frame's bytes are
         * the image layout already, so they are read straight into it */
        if (px_image_alloc(out, info->columns, info->rows, (uint16_t)spp, (uint16_t)ba, info->is_signed,
                           err) != 0)
            return -1;
        out->photometric = info->photometric;
        if (dcm_file_read_range(f, px->offset + off, out->data, out->size, err) != 0) {
            px_image_free(out);
            memset(out, 0, sizeof *out);
            return tess_fail_prefix(err, "reading pixel data");
        }
        return 0;
    }
    const uint8_t *p;
    uint8_t *owned;
    unsigned unit = ba / 8;
    if (ba == 8) {
        unsigned vr_unit = dcm_vr_unit_size((dcm_vr)px->vr);
        unit = vr_unit ? vr_unit : 1;   /* 8-bit in OW: the word swap is right */
    }
    if (value_bytes(f, px, off, (size_t)fsize, unit, &p, &owned, err) != 0) return -1;
    int rc;
    if (ybr422) {
        if (info->columns % 2) {
            free(owned);
            return tess_fail(err, "YBR_FULL_422 with an odd number of columns (%u)", info->columns);
        }
        if (info->planar) {
            free(owned);
            return tess_fail(err, "YBR_FULL_422 with PlanarConfiguration 1");
        }
        unsigned cb = ba / 8;
        uint64_t full = npix * 3 * cb;
        uint8_t *exp = malloc((size_t)full);
        if (!exp) {
            free(owned);
            return tess_fail(err, "out of memory for a %llu-byte frame", (unsigned long long)full);
        }
        /* Y0 Y1 Cb Cr -> Y0 Cb Cr Y1 Cb Cr */
        for (uint64_t pair = 0; pair < npix / 2; pair++) {
            const uint8_t *s = p + pair * 4 * cb;
            uint8_t *d = exp + pair * 6 * cb;
            memcpy(d, s, cb);
            memcpy(d + cb, s + 2 * cb, 2 * cb);
            memcpy(d + 3 * cb, s + cb, cb);
            memcpy(d + 4 * cb, s + 2 * cb, 2 * cb);
        }
        rc = px_native_convert(exp, (size_t)full, info, false, out, err);
        free(exp);
        if (rc == 0) out->photometric = PX_PHOTO_YBR_FULL;
    } else {
        rc = px_native_convert(p, (size_t)fsize, info, info->planar && spp == 3, out, err);
    }
    free(owned);
    return rc;
}
