/*
 * image.h - decoded pixel frames: the common currency of the pixel module.
 *
 * Every decoder (native, RLE, JPEG family, JPEG-LS, JPEG 2000, HTJ2K) turns
 * one frame into a px_image; the HTJ2K encoder, the checksums and the
 * renderers (PNG/JPEG) take a px_image. The layout is fixed so that
 * "decode(source) equals decode(our .202)" is a memcmp:
 *
 *   - samples interleaved (R G B R G B ...) whatever the source's
 *     PlanarConfiguration;
 *   - one sample per `bytes_per_sample` bytes, little-endian: 1 byte when
 *     BitsStored <= 8, 2 bytes when <= 16, 4 bytes when <= 32;
 *   - signed images (PixelRepresentation 1) sign-extended from BitsStored to
 *     the sample width; unsigned images masked to BitsStored bits;
 *   - rows top to bottom, no padding between rows.
 *
 * Photometric interpretation is carried, not converted, except where the
 * standard says the codec's output differs from the declared value (JPEG
 * baseline YBR_FULL_422 is delivered as RGB by libjpeg; see decode.h).
 */
#ifndef TESSERA_PIXEL_IMAGE_H
#define TESSERA_PIXEL_IMAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dicom/dataset.h"
#include "util/error.h"

/* Hard limits on what the pixel module accepts. */
#define PX_MAX_DIM 65535u           /* rows, columns */
#define PX_MAX_FRAME_BYTES (1ull << 31)  /* decoded bytes of one frame */

typedef enum px_photometric {
    PX_PHOTO_UNKNOWN = 0,
    PX_PHOTO_MONOCHROME1,
    PX_PHOTO_MONOCHROME2,
    PX_PHOTO_PALETTE_COLOR,
    PX_PHOTO_RGB,
    PX_PHOTO_YBR_FULL,
    PX_PHOTO_YBR_FULL_422,
    PX_PHOTO_YBR_RCT,
    PX_PHOTO_YBR_ICT,
    PX_PHOTO_YBR_PARTIAL_420,
} px_photometric;

/* The Image Pixel module attributes of an instance. */
typedef struct px_info {
    uint32_t rows, columns;
    uint16_t samples_per_pixel;     /* 1 or 3 */
    uint16_t bits_allocated;        /* 1, 8, 16, 32 */
    uint16_t bits_stored;
    uint16_t high_bit;
    bool is_signed;                 /* PixelRepresentation == 1 */
    bool planar;                    /* PlanarConfiguration == 1 (native data) */
    px_photometric photometric;
    uint32_t frames;                /* NumberOfFrames, 1 when absent */
} px_info;

/* Read px_info from a data set. -1 when a required attribute is missing
 * or out of range (the message names it). */
int px_info_from_dataset(const dcm_dataset *ds, px_info *info, tess_error *err);

/* Bytes per decoded sample for a BitsStored value (1, 2 or 4). */
static inline unsigned px_bytes_per_sample(unsigned bits_stored) {
    return bits_stored <= 8 ? 1 : bits_stored <= 16 ? 2 : 4;
}

typedef struct px_image {
    uint32_t width, height;
    uint16_t components;            /* 1 or 3 */
    uint16_t bits;                  /* significant bits per sample (BitsStored) */
    bool is_signed;
    px_photometric photometric;
    uint8_t *data;                  /* owned: malloc'd; free with px_image_free */
    size_t size;                    /* width * height * components * bytes_per_sample */
} px_image;

/* Allocate data for an image of the given geometry (data zeroed).
 * -1 when the size passes PX_MAX_FRAME_BYTES or malloc fails. */
int px_image_alloc(px_image *img, uint32_t width, uint32_t height, uint16_t components,
                   uint16_t bits, bool is_signed, tess_error *err);

void px_image_free(px_image *img);

/* Sample i (0-based over width*height*components) as a signed 64-bit int. */
int64_t px_image_sample(const px_image *img, size_t i);

/* Store v (clamped to the image's range) at sample i. */
void px_image_set_sample(px_image *img, size_t i, int64_t v);

/* The range of a (bits, is_signed) sample. */
void px_sample_range(uint16_t bits, bool is_signed, int64_t *min, int64_t *max);

px_photometric px_photometric_from_string(const char *s, size_t n);
const char *px_photometric_name(px_photometric p);

#endif
