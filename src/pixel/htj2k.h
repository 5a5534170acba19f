/*
 * htj2k.h - HTJ2K (JPEG 2000 Part 15) encoding and decoding: a small C shim
 * over OpenJPH 0.9.0 (htj2k.cpp; the library is C++ only).
 *
 * Encoding produces the single tile-part codestream OpenJPH writes:
 * reversible 5/3, RPCL, 64x64 code-blocks, 1 layer, no precinct partition,
 * RCT for RGB (px_htj2k_uses_rct). To get a valid 1.2.840.10008.1.2.4.202
 * frame (one tile-part per resolution + TLM), pass the result through
 * px_tlm_split (tlm.h).
 *
 * Decoding works at full or reduced resolution and clamps its output to the
 * sample range (OpenJPH 0.9.0 does not at reduced resolution; pixels.md
 * 1.3). OpenJPH's info and warning messages go to stderr, its errors into
 * the tess_error; nothing is printed to stdout.
 *
 * All functions are thread-safe (one OpenJPH codestream per call).
 */
#ifndef TESSERA_PIXEL_HTJ2K_H
#define TESSERA_PIXEL_HTJ2K_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "pixel/image.h"
#include "util/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Most decomposition levels the encoder uses. */
#define PX_HTJ2K_MAX_LEVELS 6u

/* Whether the encoder applies the reversible colour transform: three
 * components declared RGB. (Other 3-component photometrics, e.g. YBR_FULL,
 * are coded component by component.) The checksums (checksum.h) use the
 * same rule. */
static inline bool px_htj2k_uses_rct(const px_image *img) {
    return img->components == 3 && img->photometric == PX_PHOTO_RGB;
}

/* The number of decomposition levels for a w x h image: the smallest L with
 * ceil(max(w,h) / 2^L) <= 64 (DICOM's .202 rule: base resolution <= 64),
 * then lowered until 2^L <= min(w,h) (OpenJPH 0.9.0 decodes wrongly when
 * 2^L exceeds the image; pixels.md 1.3) and to at most
 * PX_HTJ2K_MAX_LEVELS. */
unsigned px_htj2k_levels_for(uint32_t w, uint32_t h);

/* Bytes always allocated after an encoded codestream (px_htj2k_encode):
 * room for px_tlm_split_in_place to add the TLM and tile-part headers. */
#define PX_HTJ2K_SPARE 1024u

/* Encode img losslessly. On success *out is a malloc'd codestream of
 * *out_len bytes followed by PX_HTJ2K_SPARE allocated bytes (caller frees)
 * and *levels the decomposition count.
 * Requires 1 or 3 components, 1..16 bits, samples within the range of
 * (bits, is_signed); -1 with a message otherwise. */
int px_htj2k_encode(const px_image *img, uint8_t **out, size_t *out_len, unsigned *levels,
                    tess_error *err);

/* Decode an HTJ2K (or plain Part 1) codestream, skipping the skip_levels
 * highest resolutions (0 = full size; the result is ceil(W / 2^skip) wide).
 * resilient: tolerate truncated input (missing code-blocks decode as zero);
 * a prefix too short to hold the main header still fails. Samples are
 * clamped to the range of the declared bit depth and signedness.
 * out->photometric is left PX_PHOTO_UNKNOWN for the caller to set.
 * Accepts 1 or 3 components without subsampling, up to 16 bits. */
int px_htj2k_decode(const uint8_t *p, size_t n, unsigned skip_levels, bool resilient,
                    px_image *out, tess_error *err);

#ifdef __cplusplus
}
#endif

#endif
