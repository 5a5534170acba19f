/*
 * decode.h - decoding one frame of any common transfer syntax into a
 * px_image (image.h).
 *
 *   native   1.2.840.10008.1.2, .1.2.1, .1.2.2, .1.2.1.99   native.c
 *   RLE      .1.2.5                                          rle.c
 *   JPEG     .4.50-.4.57, .4.70                              jpeg.c (8-bit DCT,
 *            libjpeg-turbo, also arithmetic-coded) and ijg.c (12-bit DCT,
 *            lossless: GDCM's IJG 6b, Huffman only). Not decoded: the
 *            hierarchical processes (.4.59-.4.66) and lossless arithmetic
 *            (.4.58): no library here has a decoder for them.
 *   JPEG-LS  .4.80, .4.81                                    jpegls.c (CharLS)
 *   J2K      .4.90, .4.91, HTJ2K .4.201-.4.203               j2k.c (OpenJPEG)
 *
 * The output is always the layout of image.h: interleaved samples,
 * BitsStored significant bits, masked (unsigned) or sign-extended (signed)
 * from BitsStored, whatever the codec delivered (a JPEG-LS or lossless
 * JPEG stream carries the raw bits of signed samples; a J2K stream may
 * disagree with PixelRepresentation: the raw BitsStored bits win, as
 * pydicom and GDCM do).
 *
 * Photometric interpretation: carried from px_info, except
 *   - lossy JPEG with 3 components: libjpeg converts YCbCr to RGB, so
 *     out->photometric is RGB (PS3.5 8.2.1; the colour space of the stream
 *     is taken from its markers: Adobe APP14 transform, JFIF, component
 *     IDs 1,2,3 / 'R','G','B'; failing these from the declared value, so
 *     an RGB stream without markers, e.g. pydicom's
 *     SC_jpeg_no_color_transform.dcm, is kept as stored);
 *   - J2K/HTJ2K YBR_RCT / YBR_ICT: OpenJPEG undoes the component transform,
 *     out->photometric is RGB;
 *   - native YBR_FULL_422 (chroma stored once per two pixels) is expanded
 *     to one Y, Cb, Cr triplet per pixel: out->photometric is YBR_FULL.
 * Everything else (YBR_FULL in JPEG-LS/RLE/lossless JPEG, MONOCHROME1,
 * PALETTE COLOR) is delivered as stored.
 *
 * Errors name the frame and the cause. Every codec's reported geometry is
 * checked against px_info (and PX_MAX_FRAME_BYTES) before the output is
 * allocated; malformed data gives -1, never a crash.
 */
#ifndef TESSERA_PIXEL_DECODE_H
#define TESSERA_PIXEL_DECODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dicom/dataset.h"
#include "pixel/image.h"
#include "util/error.h"

/* Decode frame `index` (0-based) of f's Pixel Data into *out (which the
 * caller frees with px_image_free). `info` comes from px_info_from_dataset
 * on f->ds. On failure *out is empty and err says which frame and why. */
int px_decode_frame(dcm_file *f, const px_info *info, uint32_t index, px_image *out,
                    tess_error *err);

/* Decode one frame given as its bytes in transfer syntax ts_uid (an
 * encapsulated frame, whose buffer must have 8 readable bytes after p[n-1]
 * for codecs that peek ahead, or a native little-endian frame of at least
 * the frame size), as px_decode_frame does. Used for frames kept outside
 * any DICOM file (the archive's segments). HTJ2K RPCL (.202), which only
 * the archive's own encoder writes, is decoded with OpenJPH (faster);
 * everything else as px_decode_frame. */
int px_decode_frame_bytes(const char *ts_uid, const uint8_t *p, size_t n, const px_info *info,
                          px_image *out, tess_error *err);

/* The bytes of encapsulated frame `index` (its fragments joined, read from
 * disk where not loaded) into a malloc'd buffer the caller frees; 8 zero
 * bytes follow the data for codecs that peek ahead. One fragment per frame
 * is taken as the mapping without consulting the offset tables. */
int px_encapsulated_frame_bytes(dcm_file *f, const dcm_element *px, const px_info *info,
                                uint32_t index, uint8_t **out, size_t *out_n, tess_error *err);

/* Whether px_decode_frame handles a transfer syntax (hierarchical and
 * arithmetic lossless JPEG, MPEG/HEVC and the like are not; .4.52/.54/.56
 * count as decodable, but only their 8-bit arithmetic-coded streams are). */
bool px_can_decode(const char *ts_uid);

/* A short name for a transfer syntax UID ("JPEG Baseline", ...); the UID
 * itself is not returned: "unknown transfer syntax" when not known. */
const char *px_ts_name(const char *uid);

/* ---- codec entry points (used by decode.c; declared here so the codecs
 * have prototypes). Each takes the frame's bytes, checks the stream's
 * geometry against `info` before allocating, and fills *out with samples
 * as the codec delivers them (see each function); decode.c then brings
 * them to the image.h layout with px_image_conform. ---- */

/* Native frame: `index` of the native (uncompressed) Pixel Data element.
 * Produces the final layout directly. */
int px_native_decode(dcm_file *f, const dcm_element *px, const px_info *info, uint32_t index,
                    px_image *out, tess_error *err);

/* Native-layout buffer of one frame (BitsAllocated 8/16/32 containers,
 * little-endian, interleaved unless `planar`) to the final layout: checks
 * HighBit, masks / sign-extends from BitsStored. `n` must be at least the
 * frame size. */
int px_native_convert(const uint8_t *p, size_t n, const px_info *info, bool planar,
                      px_image *out, tess_error *err);

/* RLE Lossless frame (PS3.5 Annex G) to the final layout. */
int px_rle_decode(const uint8_t *p, size_t n, const px_info *info, px_image *out,
                  tess_error *err);

/* JPEG 8-bit DCT (baseline, extended, progressive, arithmetic) with
 * libjpeg-turbo. 3-component output is RGB (out->photometric). */
int px_jpeg_decode(const uint8_t *p, size_t n, const px_info *info, px_image *out,
                   tess_error *err);

/* What the SOF marker of a JPEG stream says: the process and precision. */
typedef struct px_jpeg_sof {
    unsigned marker;        /* 0xC0..0xCF (SOFn) */
    unsigned precision;     /* P */
    unsigned width, height, components;
    bool lossless;          /* SOF3, SOF7, SOF11, SOF15 */
    bool hierarchical;      /* SOF5-7, SOF13-15 */
    bool arithmetic;        /* SOF9-15 */
    bool jfif, adobe;       /* APP0 "JFIF", APP14 "Adobe" seen before the SOF */
    int adobe_transform;    /* -1 when no Adobe marker */
    unsigned ids[4];        /* component identifiers */
} px_jpeg_sof;

/* Scan a JPEG stream up to its SOF marker. -1 with a message when there is
 * no SOI or no SOF. */
int px_jpeg_scan(const uint8_t *p, size_t n, px_jpeg_sof *sof, tess_error *err);

/* Whether 3-component lossy JPEG samples are YCbCr (to be converted to
 * RGB) by the rule of the header comment. */
bool px_jpeg_is_ycbcr(const px_jpeg_sof *sof, px_photometric declared);

/* JPEG-LS with CharLS; pixel-interleaved output, raw bits of the stream. */
int px_jpegls_decode(const uint8_t *p, size_t n, const px_info *info, px_image *out,
                     tess_error *err);

/* Bring a codec's image (its own bits / signedness, e.g. a 16-bit J2K
 * stream for BitsStored 12) to the layout of image.h for `info`: check the
 * geometry, keep the low BitsStored bits, sign-extend when signed. */
int px_image_conform(px_image *img, const px_info *info, tess_error *err);

#endif
