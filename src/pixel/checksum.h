/*
 * checksum.h - AWS HealthImaging's per-frame checksums
 * (PixelDataChecksumFromBaseToFullResolution): the CRC32 of the frame at
 * every resolution its HTJ2K encoding holds, smallest first, plus the
 * frame's minimum and maximum sample values.
 *
 * The image at reduction r is what a decoder gives for a reversible 5/3
 * codestream with r resolutions skipped (px_htj2k_decode(skip = r)), but it
 * is computed here without encoding or decoding: the LL band after r
 * levels of the forward 5/3 integer lifting DWT (T.800 Annex F, symmetric
 * extension, image origin 0, vertical then horizontal per level), applied
 * per component after the forward RCT when the encoder uses it
 * (px_htj2k_uses_rct), then the inverse RCT on the LL bands, then clamped
 * to the sample range. (The DC level shift commutes with both and is left
 * out.)
 *
 * A CRC32 is zlib's crc32 over the image's sample bytes laid out as in
 * px_image (interleaved, little-endian, px_bytes_per_sample bytes each).
 */
#ifndef TESSERA_PIXEL_CHECKSUM_H
#define TESSERA_PIXEL_CHECKSUM_H

#include <stdint.h>

#include "pixel/image.h"
#include "util/error.h"

typedef struct px_res_checksum {
    uint32_t width, height;
    uint32_t crc32;
} px_res_checksum;

/* Most levels px_frame_checksums and px_image_reduce take. */
#define PX_CHECKSUM_MAX_LEVELS 32u

/* zlib CRC32 of an image's sample bytes. */
uint32_t px_image_crc32(const px_image *img);

/* Checksums of img at levels+1 resolutions: out[0] is the base (reduced
 * `levels` times), out[levels] the full image. *min and *max receive the
 * smallest and largest sample of the full image (all components).
 * Images of 1 or 3 components, 1..16 bits; levels <= 32. */
int px_frame_checksums(const px_image *img, unsigned levels, px_res_checksum *out, int64_t *min,
                       int64_t *max, tess_error *err);

/* The image at reduction `level` (ceil(W / 2^level) x ceil(H / 2^level)),
 * as px_frame_checksums defines it: a new image the caller frees with
 * px_image_free (photometric copied from img). */
int px_image_reduce(const px_image *img, unsigned level, px_image *out, tess_error *err);

#endif
