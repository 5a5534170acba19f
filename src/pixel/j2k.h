/*
 * j2k.h - JPEG 2000 and HTJ2K decoding with OpenJPEG 2.5 (C API, memory
 * stream). Raw codestreams (FF4F FF51) and JP2 files are accepted.
 *
 * Output (px_image): the components pixel-interleaved, out->bits = the
 * largest component precision, out->is_signed = the stream's sign, every
 * sample clamped to that range (OpenJPEG's reduced-resolution output can
 * undershoot). 3-component streams with a multi-component transform are
 * delivered after OpenJPEG's inverse RCT/ICT (out->photometric = RGB);
 * otherwise out->photometric is PX_PHOTO_UNKNOWN for the caller to fill.
 * Components must share one size (no subsampled components).
 *
 * Nothing is printed: OpenJPEG's info and warning messages are dropped,
 * its errors end up in err.
 */
#ifndef TESSERA_PIXEL_J2K_H
#define TESSERA_PIXEL_J2K_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "pixel/image.h"
#include "util/error.h"

/* Decode a codestream at full resolution (reduce = 0) or at 1/2^reduce.
 * strict = false lets OpenJPEG decode a truncated stream (a resolution
 * prefix; appending FF D9 to a prefix cut at a tile-part boundary helps,
 * see pixels.md 1.5). The image size is checked against PX_MAX_DIM and
 * PX_MAX_FRAME_BYTES before decoding. */
int px_j2k_decode(const uint8_t *p, size_t n, unsigned reduce, bool strict, px_image *out,
                  tess_error *err);

/* A DICOM frame: full resolution, strict, and the stream's geometry
 * (size, components) checked against `info` before decoding. */
int px_j2k_decode_frame(const uint8_t *p, size_t n, const px_info *info, px_image *out,
                        tess_error *err);

#endif
