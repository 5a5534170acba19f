/*
 * render.h - output encoders for the DICOMweb serving side.
 *
 *   px_native_frame   one frame as native (uncompressed) pixel data bytes,
 *                     what a WADO-RS frame request answers for
 *                     transfer-syntax=1.2.840.10008.1.2.1 (Explicit VR
 *                     Little Endian);
 *   px_render_png     rendered resources (PS3.18 8.3.5 / 10.4): consumer
 *   px_render_jpeg    ready image/png and image/jpeg, thumbnails included.
 *
 * Rendering pipeline (px_render_pixels; the encoders run it first):
 *
 *   grayscale (MONOCHROME1/2): Modality LUT (RescaleSlope/Intercept) ->
 *       VOI LUT: the DICOM "linear" window of PS3.3 C.11.2.1.2.1
 *           x <= c - 0.5 - (w-1)/2         -> ymin
 *           x >  c - 0.5 + (w-1)/2         -> ymax
 *           else ((x - (c - 0.5)) / (w-1) + 0.5) * (ymax - ymin) + ymin
 *       (ymax 255, or 65535 for 16-bit PNG); without a window, the frame's
 *       minimum and maximum after rescale map to ymin and ymax (a flat frame
 *       renders as ymin) -> MONOCHROME1 inverted (ymax - y) -> rounded.
 *   RGB: passed through; more than 8 bits stored are scaled to 8 bits
 *       (v * 255 / (2^bits - 1), rounded); negative samples clamp to 0.
 *       YBR_RCT / YBR_ICT are taken as RGB (their codecs deliver RGB).
 *   YBR_FULL, YBR_FULL_422 (delivered upsampled, interleaved): to RGB with
 *       the equations of PS3.3 C.7.6.3.1.2; YBR_PARTIAL_420 with the
 *       ITU-R BT.601 partial-range equations.
 *   PALETTE COLOR: each sample indexes the Red/Green/Blue Palette Color
 *       Lookup Tables of `ds` (descriptors (0028,1101-1103), data
 *       (0028,1201-1203)); descriptor entries 0 means 65536; samples below
 *       the first mapped value use entry 0, above the last use the last
 *       entry; 16-bit entries are reduced to their high byte. Segmented
 *       palettes (0028,1221-1223) are not supported (-1). The LUT data must
 *       be loaded in the data set (values above the reader's bulk threshold
 *       are not: read with load_all or a threshold >= 128 KiB).
 *
 * Window, rescale and sixteen_bit apply to grayscale only; color output is
 * 8-bit RGB. Then the viewport: the image is scaled to fit within
 * viewport_w x viewport_h with its aspect ratio preserved (a 0 dimension
 * is unconstrained; both 0 = native size), per axis by area averaging when
 * shrinking and bilinear interpolation when enlarging.
 *
 * Errors (-1, err names the problem): a window width < 1 (or a non-finite
 * window, slope or intercept), a viewport dimension > 65535, an output
 * over PX_MAX_FRAME_BYTES, an image whose components do not fit its
 * photometric interpretation, a palette image without a usable palette,
 * a JPEG quality outside 0..100 (0 = default 90), an output too large for
 * the format (JPEG: 65500 pixels a side). Nothing is printed.
 */
#ifndef TESSERA_PIXEL_RENDER_H
#define TESSERA_PIXEL_RENDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dicom/dataset.h"
#include "pixel/image.h"
#include "util/error.h"

/* The frame as native pixel data in Explicit VR Little Endian for the
 * instance's BitsAllocated (info->bits_allocated 1, 8, 16 or 32), samples
 * interleaved (PlanarConfiguration 0), no padding (the length may be odd):
 *   - 8/16/32: one little-endian word per sample, the value in bits
 *     [HighBit-BitsStored+1 .. HighBit]; unsigned values masked to
 *     BitsStored; signed values with HighBit = BitsStored-1 sign-extended
 *     to the whole word (as modalities write them), otherwise masked;
 *   - 1: one bit per sample (bit 0 of the sample), packed LSB first,
 *     the last byte zero-filled.
 * The image must match info (columns x rows, samples per pixel) and its
 * bits must not exceed BitsAllocated. *out is malloc'd (caller frees). */
int px_native_frame(const px_image *img, const px_info *info, uint8_t **out, size_t *len,
                    tess_error *err);

typedef struct px_render_opts {
    bool has_window;
    double center, width;
    double rescale_slope, rescale_intercept;
    uint32_t viewport_w, viewport_h;    /* 0 = native size */
    int quality;                        /* JPEG 1..100 */
    bool sixteen_bit;                   /* PNG 16-bit output */
} px_render_opts;

/* Defaults: no window, slope 1, intercept 0, native size, quality 90,
 * 8-bit. */
void px_render_opts_default(px_render_opts *o);

/* Defaults, then RescaleSlope / RescaleIntercept (0028,1053 / 1052) and the
 * first WindowCenter / WindowWidth (0028,1050 / 1051) of ds (may be NULL).
 * Values that do not parse, are not finite, a slope of 0 and a window
 * width < 1 are ignored (the default stays: no window means the frame's
 * min/max). */
void px_render_opts_from_dataset(const dcm_dataset *ds, px_render_opts *o);

/* A rendered image: `channels` (1 grey, 3 RGB) samples per pixel,
 * interleaved, rows top to bottom; `depth` 8 (one byte per sample) or 16
 * (two bytes, big-endian, as PNG stores them). */
typedef struct px_rendered {
    uint32_t width, height;
    uint16_t channels;
    uint16_t depth;
    uint8_t *data;          /* malloc'd; free with px_rendered_free */
    size_t size;
} px_rendered;

/* The rendering pipeline above, viewport included. allow16: honour
 * o->sixteen_bit for grayscale (the PNG encoder passes true, JPEG false).
 * ds is needed for PALETTE COLOR only (may be NULL otherwise). */
int px_render_pixels(const px_image *img, const dcm_dataset *ds, const px_render_opts *o,
                     bool allow16, px_rendered *out, tess_error *err);

void px_rendered_free(px_rendered *r);

/* PNG: 8-bit or (o->sixteen_bit) 16-bit grey, or 8-bit RGB. */
int px_render_png(const px_image *img, const dcm_dataset *ds, const px_render_opts *o,
                  uint8_t **out, size_t *len, tess_error *err);

/* Baseline JPEG (8-bit grey or YCbCr from RGB), quality o->quality
 * (0 = 90). */
int px_render_jpeg(const px_image *img, const dcm_dataset *ds, const px_render_opts *o,
                   uint8_t **out, size_t *len, tess_error *err);

#endif
