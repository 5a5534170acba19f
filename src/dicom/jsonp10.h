/*
 * jsonp10.h - a DICOM JSON object (PS3.18 Annex F) back to Part 10 bytes.
 *
 * WADO-RS instance retrieval rebuilds files from the stored series
 * metadata: this writes one instance object as explicit VR little endian
 * data set elements (with a preamble and file meta group when asked), in
 * tag order, into a tess_buf (which may drain into a file: memory stays
 * bounded by one element). Pixel data and other BulkDataURI values come
 * from the caller's hooks.
 *
 * Value encoding from the JSON model:
 *   text VRs      Value strings joined with '\', null -> empty value;
 *                 IS/DS numbers as text (DS: the shortest form that reads
 *                 back as the same double, at most 16 characters);
 *                 PN objects as Alphabetic=Ideographic=Phonetic
 *   AT            "GGGGEEEE" strings -> group, element (uint16 LE each)
 *   US SS UL SL UV SV FL FD   numbers -> little-endian binary
 *   OB OD OF OL OV OW UN      InlineBinary (base64) or BulkDataURI (hook)
 *   SQ            items, written with undefined lengths
 * Odd lengths are padded (NUL for UI and binary, space for text). A text
 * value over 65534 bytes in a VR with a 16-bit length is written as UN.
 *
 * Normalisations (documented in docs/dicomweb.md): DICOM JSON text is
 * UTF-8, so when utf8 is set the Specific Character Set (0008,0005), if
 * present, is written as "ISO_IR 192"; DS/IS text is re-formatted from its
 * number; group lengths and the file meta group of the source are gone
 * (the meta group is rebuilt: version, SOP class and instance from the
 * data set, the given transfer syntax, Tessera's implementation UID).
 *
 * Hard limits: nesting DCM_JP10_MAX_DEPTH, one value < 4 GiB.
 */
#ifndef TESSERA_DICOM_JSONP10_H
#define TESSERA_DICOM_JSONP10_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "dicom/dataset.h"
#include "util/buf.h"
#include "util/error.h"

#define DCM_JP10_MAX_DEPTH 32

typedef struct dcm_jp10_opts {
    bool part10;                    /* preamble + file meta group */
    const char *transfer_syntax;    /* of the meta group (NULL: ELE) */
    bool utf8;                      /* write (0008,0005) as "ISO_IR 192" */
    /* Top-level Pixel Data (7FE0,0010) with its JSON element el: write the
     * whole element (header and value) to out. NULL: the element is left
     * out. Returns 0 or -1 with err set. */
    int (*pixel)(void *ctx, const json_t *el, tess_buf *out, tess_error *err);
    /* Any other element with a BulkDataURI: append its value bytes to
     * value. path names it as version.c does ("00091010" at the top level,
     * "00540016/0/00181072" in items). NULL: an empty value. */
    int (*bulk)(void *ctx, const char *path, const json_t *el, tess_buf *value,
                tess_error *err);
    void *ctx;
    const json_t *override;         /* optional object of "GGGGEEEE" -> element that
                                       replaces (or adds) top-level elements */
} dcm_jp10_opts;

/* Write obj (one instance object) to out. Returns 0, or -1 with err naming
 * the element ("(0010,0010): ...") when a value does not fit its VR. */
int dcm_json_to_p10(const json_t *obj, const dcm_jp10_opts *o, tess_buf *out, tess_error *err);

/* Element header in explicit VR little endian (value length len; for SQ,
 * OB... DCM_UNDEFINED_LENGTH is allowed). */
void dcm_jp10_header(tess_buf *out, uint32_t tag, dcm_vr vr, uint32_t len);

/* The VR of a two-letter JSON "vr" string (DCM_VR_UNKNOWN if none). */
dcm_vr dcm_vr_from_string(const char *s);

#endif
