/*
 * p10_transcode.h - `tessera transcode`: a whole instance through the
 * storage policy, written back as a Part 10 file.
 *
 * Every frame goes through px_transcode_frame. When all frames transcode,
 * the pixel data becomes encapsulated HTJ2K RPCL (.202), one fragment per
 * frame, with an empty Basic Offset Table; PlanarConfiguration becomes 0
 * and an RGB image is labelled YBR_RCT (the reversible colour transform is
 * applied, PS3.5 8.2.4). When the policy retains the source, or a frame
 * cannot be decoded, the instance is written as it came (with a warning
 * in the second case).
 */
#ifndef TESSERA_PIXEL_P10_TRANSCODE_H
#define TESSERA_PIXEL_P10_TRANSCODE_H

#include "dicom/dataset.h"
#include "util/buf.h"

typedef struct px_transcode_report {
    uint32_t frames;
    uint32_t warning;           /* 0, or an AHI warning code */
    char note[256];             /* why the source was retained */
    char stored_ts[65];
    uint64_t stored_bytes;      /* pixel bytes written */
} px_transcode_report;

/* Transcode f's pixel data in place (f's data set is modified) and write
 * the Part 10 result into out. */
int px_transcode_file(dcm_file *f, tess_buf *out, px_transcode_report *rep, tess_error *err);

#endif
