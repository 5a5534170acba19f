/*
 * multipart.h - a streaming multipart/related (or any multipart type) body parser,
 * for STOW-RS request bodies (RFC 2046 section 5.1, RFC 2387, PS3.18 8.6).
 *
 * The parser is fed the body in pieces of any size as they arrive (one
 * byte, one megabyte, split anywhere, even inside a delimiter) and calls
 * back per part: part_begin with the part's headers, part_data with its
 * bytes (in pieces, never buffered whole), part_end. Memory is constant:
 * the delimiter being matched plus one part's header block.
 *
 * What it accepts:
 *   - a boundary quoted or not in the Content-Type (mp_media_parse);
 *   - a preamble before the first delimiter, or none, or just the leading
 *     CRLF some clients send (the body is read as if preceded by CRLF, so
 *     "--b" at the very start is a delimiter too);
 *   - transport padding (spaces, tabs) after a delimiter;
 *   - part headers ending in CRLF or bare LF; Content-Type,
 *     Content-Length, Content-Location and Content-Transfer-Encoding are
 *     kept, other headers skipped;
 *   - an epilogue after the close delimiter (ignored).
 * A part's Content-Length, when given, must equal the bytes found before
 * the next delimiter (Orthanc's client sends it).
 *
 * Hard limits (mp_limits; defaults in mp_limits_default), each a clear
 * error of kind MP_ERR_LIMIT: boundary length (200), header block
 * per part (16 KiB), number of parts, bytes per part, bytes in all.
 * Malformed bodies are MP_ERR_SYNTAX; a callback's -1 is MP_ERR_CALLBACK
 * (its message is kept). After an error the parser refuses more input.
 *
 * A parser belongs to one thread (one request).
 */
#ifndef TESSERA_HTTP_MULTIPART_H
#define TESSERA_HTTP_MULTIPART_H

#include <stddef.h>
#include <stdint.h>

#include "util/error.h"

/* RFC 2046 allows 70 bytes, but Orthanc's DICOMweb client sends 73 (two
 * UUIDs joined by '-'): boundaries are accepted up to this. */
#define MP_BOUNDARY_MAX 200
#define MP_HEADER_VALUE_MAX 1024    /* Content-Type / Content-Location kept up to this */

typedef enum mp_error_kind {
    MP_OK = 0,
    MP_ERR_SYNTAX,      /* malformed body or Content-Type: 400 */
    MP_ERR_LIMIT,       /* over a limit: 413 */
    MP_ERR_CALLBACK,    /* a callback returned -1: its error */
} mp_error_kind;

typedef struct mp_limits {
    size_t max_boundary;        /* <= MP_BOUNDARY_MAX */
    size_t max_header_block;    /* bytes of one part's headers, padding and blank line */
    uint64_t max_parts;
    uint64_t max_part_bytes;    /* body bytes of one part */
    uint64_t max_total;         /* every byte fed, preamble and epilogue included */
} mp_limits;

/* 200-byte boundary, 16 KiB header block, 100,000 parts, 1 GB per part and
 * in all (AHI's STOW request limit). */
void mp_limits_default(mp_limits *l);

/* A parsed media type: "multipart/related; type=\"application/dicom\";
 * boundary=xyz". type/subtype lowercased; parameter values unquoted
 * (backslash escapes resolved). Unknown parameters are skipped. */
typedef struct mp_media {
    char type[128];             /* "multipart/related" */
    char param_type[128];       /* the type= parameter, lowercased; "" if absent */
    char boundary[MP_BOUNDARY_MAX + 1];   /* "" if absent */
    char transfer_syntax[65];   /* the transfer-syntax= parameter; "" if absent */
} mp_media;

/* Parse a Content-Type value. Returns 0, or -1 (err says what is wrong:
 * no type/subtype, unterminated quote, a parameter or boundary too long,
 * a boundary with characters RFC 2046 does not allow). */
int mp_media_parse(const char *value, mp_media *out, tess_error *err);

typedef struct mp_part {
    uint64_t index;                         /* 0-based */
    char content_type[MP_HEADER_VALUE_MAX];  /* as sent, trimmed; "" if absent */
    char content_location[MP_HEADER_VALUE_MAX];
    char transfer_encoding[32];             /* lowercased; "" if absent */
    int64_t content_length;                 /* -1 if absent */
} mp_part;

/* Callbacks: return 0 to go on, -1 to stop (err says why). part_data gets
 * pieces of the part's body in order (n > 0). The mp_part pointer is valid
 * until part_end returns. */
typedef struct mp_callbacks {
    int (*part_begin)(void *ctx, const mp_part *part, tess_error *err);
    int (*part_data)(void *ctx, const uint8_t *p, size_t n, tess_error *err);
    int (*part_end)(void *ctx, tess_error *err);
} mp_callbacks;

typedef struct mp_parser mp_parser;

/* A parser for parts delimited by `boundary` (1..limits->max_boundary
 * bytes, no CR/LF). cb and ctx are borrowed; the caller owns *out
 * (mp_free). NULL limits: the defaults. */
int mp_new(const char *boundary, const mp_limits *limits, const mp_callbacks *cb, void *ctx,
           mp_parser **out, tess_error *err);

/* Feed the next n bytes of the body (n may be 0). Returns 0, or -1 with
 * err set and mp_error(p) saying which kind. */
int mp_feed(mp_parser *p, const uint8_t *data, size_t n, tess_error *err);

/* The body has ended: -1 (MP_ERR_SYNTAX) unless the close delimiter was
 * seen; a body that ends inside a part never reaches that part's part_end. */
int mp_finish(mp_parser *p, tess_error *err);

mp_error_kind mp_error(const mp_parser *p);

/* Parts begun so far. */
uint64_t mp_parts(const mp_parser *p);

void mp_free(mp_parser *p);

#endif
