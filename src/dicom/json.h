/*
 * json.h - the DICOM JSON model writer (PS3.18 Annex F).
 *
 * Writes a data set as a JSON object keyed by "GGGGEEEE" tags, each with its
 * "vr" and its "Value" (strings, numbers, person-name objects, items),
 * "InlineBinary" (base64) or "BulkDataURI". Text is decoded to UTF-8 through
 * the data set's Specific Character Set. Group lengths and the file meta
 * group are not written (Annex F.2.1).
 *
 * Binary values of at least `bulk_threshold` bytes go through the bulk_uri
 * hook when one is set: it returns the URI to write (e.g. a WADO-RS bulkdata
 * URL), or NULL to inline the value after all. Large values are streamed
 * from the file in chunks, so memory does not grow with their size.
 */
#ifndef TESSERA_DICOM_JSON_H
#define TESSERA_DICOM_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dicom/dataset.h"
#include "util/buf.h"

/* Bulk hook: `path` names the element, e.g. "7FE00010" at the top level or
 * "00540016/0/00181072" inside item 0 of a sequence. Write the URI into
 * uri (cap bytes) and return it, or return NULL to inline. */
typedef const char *(*dcm_json_bulk_fn)(void *ctx, const char *path, const dcm_element *e,
                                        char *uri, size_t cap);

typedef struct dcm_json_opts {
    bool pretty;                /* indent with two spaces, one member per line */
    uint64_t bulk_threshold;    /* minimum length for the bulk hook; 0 = every binary */
    dcm_json_bulk_fn bulk_uri;  /* NULL: always inline */
    void *bulk_ctx;
} dcm_json_opts;

void dcm_json_opts_default(dcm_json_opts *o);

/* Write the data set of f as one JSON object. Values not loaded are read
 * from the file. Returns 0, or -1 with err set. */
int dcm_json_write(dcm_file *f, const dcm_json_opts *o, tess_buf *out, tess_error *err);

/* Append s (n bytes of UTF-8) as a JSON string literal, quotes included. */
void dcm_json_put_string(tess_buf *out, const char *s, size_t n);

#endif
