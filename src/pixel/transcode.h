/*
 * transcode.h - AHI's pixel storage policy and the per-frame transcoder.
 *
 * Policy (ahi-api.md 5.1): lossless and uncompressed sources are transcoded
 * to HTJ2K RPCL lossless (1.2.840.10008.1.2.4.202, one tile-part per
 * resolution with a TLM marker); the lossy and video syntaxes AHI retains
 * (.50, .91, .203, MPEG, HEVC, JPEG XL) and binary segmentations are stored
 * as they came; pixel data that cannot be decoded is kept as an opaque
 * blob with AHI's warning, never dropped.
 *
 * px_transcode_frame produces, for one frame, the bytes to store and what
 * the metadata document needs: stored transfer syntax, resolution ends,
 * per-resolution checksums, min and max.
 */
#ifndef TESSERA_PIXEL_TRANSCODE_H
#define TESSERA_PIXEL_TRANSCODE_H

#include <stdint.h>

#include "dicom/dataset.h"
#include "pixel/checksum.h"
#include "pixel/image.h"

#define PX_TS_HTJ2K_RPCL "1.2.840.10008.1.2.4.202"
#define PX_MAX_LEVELS 8

typedef enum px_policy {
    PX_POLICY_TRANSCODE,    /* decode and store as .202 */
    PX_POLICY_RETAIN,       /* store the frame as it came */
    PX_POLICY_OPAQUE,       /* cannot decode: store the bytes, warn */
} px_policy;

/* AHI's warning codes for pixel data stored without transcoding. */
#define PX_WARNING_NOT_TRANSCODED 0xB100
#define PX_WARNING_NOT_DECODABLE 0xB120

/* The policy for an instance: by transfer syntax, and binary
 * segmentations (BitsAllocated 1 SEG) retained. */
px_policy px_policy_for(const char *ts_uid, const px_info *info, const dcm_dataset *ds);

typedef struct px_stored_frame {
    uint8_t *data;              /* owned (malloc): the bytes to store */
    size_t len;
    char transfer_syntax[65];   /* StoredTransferSyntaxUID */
    px_policy policy;
    unsigned levels;            /* decompositions (HTJ2K); 0 otherwise */
    uint32_t res_end[PX_MAX_LEVELS + 1];  /* end of each resolution's tile-part */
    unsigned nres;
    px_res_checksum checksums[PX_MAX_LEVELS + 1];  /* base first */
    unsigned nchecksums;
    int64_t min, max;           /* sample range (valid when nchecksums) */
    uint32_t width, height;
} px_stored_frame;

/* Transcode (or retain) frame `index` of f into *out (caller frees with
 * px_stored_frame_free). On a decode failure of a lossless source the
 * frame is kept as stored: 0 is returned with *warning set to
 * PX_WARNING_NOT_DECODABLE and the reason in err->msg. -1 only for errors
 * that would lose data (I/O, memory, encoder failure). */
int px_transcode_frame(dcm_file *f, const px_info *info, uint32_t index, px_stored_frame *out,
                       uint32_t *warning, tess_error *err);

/* Encode a decoded image as a .202 frame (HTJ2K + split + checksums). */
int px_encode_202(const px_image *img, px_stored_frame *out, tess_error *err);

void px_stored_frame_free(px_stored_frame *s);

#endif
