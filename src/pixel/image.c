/*
 * image.c - px_image helpers and the Image Pixel module reader (see
 * image.h).
 */
#include "pixel/image.h"

#include <stdlib.h>
#include <string.h>

static const struct { const char *name; px_photometric p; } photos[] = {
    { "MONOCHROME1", PX_PHOTO_MONOCHROME1 }, { "MONOCHROME2", PX_PHOTO_MONOCHROME2 },
    { "PALETTE COLOR", PX_PHOTO_PALETTE_COLOR }, { "RGB", PX_PHOTO_RGB },
    { "YBR_FULL", PX_PHOTO_YBR_FULL }, { "YBR_FULL_422", PX_PHOTO_YBR_FULL_422 },
    { "YBR_RCT", PX_PHOTO_YBR_RCT }, { "YBR_ICT", PX_PHOTO_YBR_ICT },
    { "YBR_PARTIAL_420", PX_PHOTO_YBR_PARTIAL_420 },
};

px_photometric px_photometric_from_string(const char *s, size_t n) {
    for (size_t i = 0; i < sizeof photos / sizeof photos[0]; i++)
        if (strlen(photos[i].name) == n && memcmp(photos[i].name, s, n) == 0) return photos[i].p;
    return PX_PHOTO_UNKNOWN;
}

const char *px_photometric_name(px_photometric p) {
    for (size_t i = 0; i < sizeof photos / sizeof photos[0]; i++)
        if (photos[i].p == p) return photos[i].name;
    return "UNKNOWN";
}

static int need_int(const dcm_dataset *ds, uint32_t tag, const char *name, long *v, tess_error *err) {
    const dcm_element *e = dcm_dataset_find(ds, tag);
    if (!e || !dcm_element_int(e, v)) return tess_fail(err, "%s (%04X,%04X) is missing or not a number",
                                                       name, DCM_GROUP(tag), DCM_ELEM(tag));
    return 0;
}

int px_info_from_dataset(const dcm_dataset *ds, px_info *info, tess_error *err) {
    memset(info, 0, sizeof *info);
    long rows, cols, spp, ba, bs, hb = -1, pr = 0, pc = 0, nf = 1;
    if (need_int(ds, DCM_TAG(0x0028, 0x0010), "Rows", &rows, err) ||
        need_int(ds, DCM_TAG(0x0028, 0x0011), "Columns", &cols, err) ||
        need_int(ds, DCM_TAG(0x0028, 0x0100), "BitsAllocated", &ba, err))
        return -1;
    if (need_int(ds, DCM_TAG(0x0028, 0x0002), "SamplesPerPixel", &spp, err)) spp = 1;
    if (need_int(ds, DCM_TAG(0x0028, 0x0101), "BitsStored", &bs, err)) bs = ba;
    const dcm_element *e;
    if ((e = dcm_dataset_find(ds, DCM_TAG(0x0028, 0x0102)))) dcm_element_int(e, &hb);
    if ((e = dcm_dataset_find(ds, DCM_TAG(0x0028, 0x0103)))) dcm_element_int(e, &pr);
    if ((e = dcm_dataset_find(ds, DCM_TAG(0x0028, 0x0006)))) dcm_element_int(e, &pc);
    if ((e = dcm_dataset_find(ds, DCM_TAG(0x0028, 0x0008)))) {
        if (!dcm_element_int(e, &nf)) nf = 1;
    }
    if (rows < 1 || rows > (long)PX_MAX_DIM || cols < 1 || cols > (long)PX_MAX_DIM)
        return tess_fail(err, "image size %ldx%ld out of range", cols, rows);
    if (spp != 1 && spp != 3) return tess_fail(err, "SamplesPerPixel %ld not supported", spp);
    if (ba != 1 && ba != 8 && ba != 16 && ba != 32)
        return tess_fail(err, "BitsAllocated %ld not supported", ba);
    if (bs < 1 || bs > ba) return tess_fail(err, "BitsStored %ld out of range for BitsAllocated %ld", bs, ba);
    if (hb < 0) hb = bs - 1;
    if (nf < 1 || nf > 1000000) return tess_fail(err, "NumberOfFrames %ld out of range", nf);
    info->rows = (uint32_t)rows;
    info->columns = (uint32_t)cols;
    info->samples_per_pixel = (uint16_t)spp;
    info->bits_allocated = (uint16_t)ba;
    info->bits_stored = (uint16_t)bs;
    info->high_bit = (uint16_t)hb;
    info->is_signed = pr == 1;
    info->planar = pc == 1;
    info->frames = (uint32_t)nf;
    info->photometric = spp == 3 ? PX_PHOTO_RGB : PX_PHOTO_MONOCHROME2;
    if ((e = dcm_dataset_find(ds, DCM_TAG(0x0028, 0x0004)))) {
        size_t n;
        const char *s = dcm_string_value(e, 0, &n);
        if (s) info->photometric = px_photometric_from_string(s, n);
    }
    return 0;
}

int px_image_alloc(px_image *img, uint32_t width, uint32_t height, uint16_t components,
                   uint16_t bits, bool is_signed, tess_error *err) {
    memset(img, 0, sizeof *img);
    if (!width || !height || width > PX_MAX_DIM || height > PX_MAX_DIM)
        return tess_fail(err, "image size %ux%u out of range", width, height);
    if (components != 1 && components != 3) return tess_fail(err, "%u components not supported", components);
    if (!bits || bits > 32) return tess_fail(err, "%u bits per sample not supported", bits);
    uint64_t size = (uint64_t)width * height * components * px_bytes_per_sample(bits);
    if (size > PX_MAX_FRAME_BYTES) return tess_fail(err, "frame of %llu bytes too large", (unsigned long long)size);
    img->data = calloc(1, (size_t)size);
    if (!img->data) return tess_fail(err, "out of memory for a %llu-byte frame", (unsigned long long)size);
    img->width = width;
    img->height = height;
    img->components = components;
    img->bits = bits;
    img->is_signed = is_signed;
    img->size = (size_t)size;
    return 0;
}

void px_image_free(px_image *img) {
    free(img->data);
    img->data = NULL;
    img->size = 0;
}

int64_t px_image_sample(const px_image *img, size_t i) {
    const uint8_t *p = img->data;
    switch (px_bytes_per_sample(img->bits)) {
    case 1: return img->is_signed ? (int64_t)(int8_t)p[i] : (int64_t)p[i];
    case 2: {
        uint16_t v = (uint16_t)(p[2 * i] | p[2 * i + 1] << 8);
        return img->is_signed ? (int64_t)(int16_t)v : (int64_t)v;
    }
    default: {
        uint32_t v = (uint32_t)p[4 * i] | (uint32_t)p[4 * i + 1] << 8 |
                     (uint32_t)p[4 * i + 2] << 16 | (uint32_t)p[4 * i + 3] << 24;
        return img->is_signed ? (int64_t)(int32_t)v : (int64_t)v;
    }
    }
}

void px_sample_range(uint16_t bits, bool is_signed, int64_t *min, int64_t *max) {
    if (is_signed) {
        *min = -((int64_t)1 << (bits - 1));
        *max = ((int64_t)1 << (bits - 1)) - 1;
    } else {
        *min = 0;
        *max = ((int64_t)1 << bits) - 1;
    }
}

void px_image_set_sample(px_image *img, size_t i, int64_t v) {
    int64_t lo, hi;
    px_sample_range(img->bits, img->is_signed, &lo, &hi);
    if (v < lo) v = lo;
    if (v > hi) v = hi;
    uint8_t *p = img->data;
    switch (px_bytes_per_sample(img->bits)) {
    case 1: p[i] = (uint8_t)v; break;
    case 2: p[2 * i] = (uint8_t)v; p[2 * i + 1] = (uint8_t)((uint64_t)v >> 8); break;
    default:
        for (int k = 0; k < 4; k++) p[4 * i + (size_t)k] = (uint8_t)((uint64_t)v >> (8 * k));
    }
}
