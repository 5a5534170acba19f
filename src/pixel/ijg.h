/*
 * ijg.h - 12-bit DCT and lossless JPEG through GDCM's bundled IJG 6b
 * (with the lossless patch): libgdcmjpeg8/12/16, symbols mangled
 * gdcmjpegN_*, so they live beside libjpeg-turbo's jpeg_* in one binary.
 *
 * src/pixel/ijg.c is compiled three times (-DIJG_BITS=8|12|16, one
 * jpeglib.h per precision); each build defines one of these. Pick by the
 * SOF marker: lossless (SOF3) with P <= 8 -> 8, other lossless -> 16,
 * DCT with P = 12 -> 12 (8-bit DCT goes to libjpeg-turbo, jpeg.c, but
 * px_ijg8_decode handles it too).
 *
 * Output: the stream's samples as unsigned P-bit values (out->bits = P),
 * pixel-interleaved; lossless streams never get a colour conversion, 3-
 * component DCT streams are converted to RGB when YCbCr (decode.h).
 * The geometry of the stream is checked against `info` before anything is
 * allocated. Nothing is printed; libjpeg errors and corrupt-data warnings
 * (premature end of data, bad Huffman code) are returned as -1.
 */
#ifndef TESSERA_PIXEL_IJG_H
#define TESSERA_PIXEL_IJG_H

#include <stddef.h>
#include <stdint.h>

#include "pixel/image.h"
#include "util/error.h"

int px_ijg8_decode(const uint8_t *p, size_t n, const px_info *info, px_image *out, tess_error *err);
int px_ijg12_decode(const uint8_t *p, size_t n, const px_info *info, px_image *out, tess_error *err);
int px_ijg16_decode(const uint8_t *p, size_t n, const px_info *info, px_image *out, tess_error *err);

#endif
