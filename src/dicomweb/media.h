/*
 * media.h - the pure pieces of WADO-RS content negotiation and answers
 * (PS3.18 8.7): parsing an Accept header into media ranges, choosing what a
 * pixel resource (frames, instances, bulk data) is sent as, and writing
 * multipart/related bodies. No I/O, no archive: wado.c uses them and
 * tests/unit/test_media.c and tests/fuzz/fuzz_accept.c exercise them.
 *
 * Accept grammar (RFC 9110 12.5.1 with PS3.18's parameters): a comma list
 * of `type/subtype *(; name=value)`, values tokens or quoted strings
 * (backslash escapes), parameter names case-insensitive. Only q, type and
 * transfer-syntax are kept; other parameters are skipped. Media types and
 * type= are lowercased; transfer-syntax keeps its case ("*" or a UID).
 *
 * Hard limits: DW_ACCEPT_MAX_LEN bytes of header (longer: malformed, 400),
 * DW_ACCEPT_MAX_RANGES ranges (the rest are ignored), and value lengths
 * (a longer type or transfer syntax makes that range unusable, skipped).
 */
#ifndef TESSERA_DICOMWEB_MEDIA_H
#define TESSERA_DICOMWEB_MEDIA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

#define DW_ACCEPT_MAX_LEN 8192
#define DW_ACCEPT_MAX_RANGES 32

#define DW_TS_ELE "1.2.840.10008.1.2.1"
#define DW_TS_HTJ2K_RPCL "1.2.840.10008.1.2.4.202"

typedef struct dw_media_range {
    char type[64];          /* "multipart/related", "application/dicom", "*\/\*" */
    char part_type[64];     /* multipart's type= (lowercased), "" when absent */
    char ts[65];            /* transfer-syntax=: "" absent, "*", or a UID */
    unsigned q;             /* quality in thousandths, 0..1000 (default 1000) */
    bool usable;            /* false: a value did not fit, or q=0 */
} dw_media_range;

/* Parse h into out (cap entries, at most DW_ACCEPT_MAX_RANGES used); *n
 * receives the count, ranges sorted by q, highest first (stable: header
 * order among equals). A NULL or blank header gives 0 ranges. Returns 0,
 * or -1 when the header is malformed (no '/', an unterminated quoted
 * string, a bad q, over DW_ACCEPT_MAX_LEN). */
int dw_accept_parse(const char *h, dw_media_range *out, size_t cap, size_t *n);

/* What a pixel resource is asked for. */
typedef enum dw_resource {
    DW_RES_FRAMES,          /* frame bytes: application/octet-stream, image/... */
    DW_RES_INSTANCE,        /* Part 10: application/dicom */
} dw_resource;

typedef struct dw_choice {
    bool multipart;         /* multipart/related, else a single-part body */
    char media[64];         /* the (part) media type to send */
    char ts[65];            /* the transfer syntax to send: the stored one or
                               DW_TS_ELE */
} dw_choice;

/* Choose the answer for the ranges (n 0 = no Accept: the PS3.18 default,
 * multipart with Explicit VR Little Endian). stored_ts is the stored
 * syntax of the frames ("" = none: an instance without pixel data, any
 * syntax is then satisfied by ELE). single_ok: a single-part answer is
 * possible (one frame / one instance). Transfer syntax rules (ahi-api.md
 * 6.3): absent -> ELE for application/octet-stream and application/dicom,
 * the stored one for image/ types that name its codec; "*" -> the stored
 * one; the stored UID or ELE -> that; anything else -> not acceptable.
 * Returns true with *out, or false: 406. */
bool dw_negotiate(const dw_media_range *r, size_t n, dw_resource res, const char *stored_ts,
                  bool single_ok, dw_choice *out);

/* Does media type `media` (lowercase) name the codec of transfer syntax ts
 * (image/jph and image/jphc for HTJ2K, image/jpeg for JPEG, ...)? */
bool dw_media_fits_ts(const char *media, const char *ts);

/* ---- multipart/related bodies (RFC 2387) ---- */

#define DW_BOUNDARY_LEN 44

/* A fresh boundary ("tessera-" and 32 random hex digits + NUL). */
void dw_boundary_new(char out[DW_BOUNDARY_LEN]);

/* The Content-Type of a multipart/related answer whose parts are `type`
 * (and transfer-syntax ts when not NULL/""), into out. */
void dw_multipart_content_type(char *out, size_t cap, const char *type, const char *ts,
                               const char *boundary);

/* Open a part: delimiter, Content-Type, Content-Length (when length is
 * not UINT64_MAX), Content-Location (when not NULL), blank line. The
 * part's bytes follow, then dw_part_end. */
void dw_part_begin(tess_buf *b, const char *boundary, const char *content_type,
                   uint64_t length, const char *location);
void dw_part_end(tess_buf *b);

/* The close delimiter. */
void dw_multipart_end(tess_buf *b, const char *boundary);

#endif
