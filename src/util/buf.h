/*
 * buf.h - a growable byte buffer that can drain into a file descriptor.
 *
 * Writers (DICOM JSON, dumps, Part 10) append to a tess_buf. With a sink fd
 * set, the buffer is flushed whenever it passes flush_at bytes, and a
 * single put of flush_at / 4 bytes or more is written to the sink directly
 * (after what is buffered, without a copy), so output of any size streams
 * in bounded memory; without one it grows (up to `limit`) and the caller takes the
 * bytes.
 *
 * Errors are sticky: after a failed allocation or write, `failed` is set,
 * further appends are ignored, and tess_buf_finish reports it once.
 */
#ifndef TESSERA_UTIL_BUF_H
#define TESSERA_UTIL_BUF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/error.h"

typedef struct tess_buf {
    uint8_t *data;      /* owned; malloc'd */
    size_t len, cap;
    size_t limit;       /* max bytes held at once; 0 = 1 GiB */
    int fd;             /* sink, or -1 */
    size_t flush_at;    /* flush when len >= flush_at (sink only) */
    uint64_t flushed;   /* bytes written to the sink so far */
    bool failed;
    char why[128];
} tess_buf;

void tess_buf_init(tess_buf *b, int sink_fd);
void tess_buf_put(tess_buf *b, const void *p, size_t n);
void tess_buf_putc(tess_buf *b, char c);
void tess_buf_puts(tess_buf *b, const char *s);
void tess_buf_printf(tess_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Base64 (RFC 4648, padded) of n bytes. */
void tess_buf_put_base64(tess_buf *b, const uint8_t *p, size_t n);
/* Incremental base64: feed chunks of any size; state carries up to 2
 * bytes between calls; finish with tess_buf_base64_end. */
typedef struct tess_b64 { uint8_t rem[3]; int nrem; } tess_b64;
void tess_buf_base64_feed(tess_buf *b, tess_b64 *st, const uint8_t *p, size_t n);
void tess_buf_base64_end(tess_buf *b, tess_b64 *st);

/* The 6-bit value of a base64 alphabet character, or -1. */
int tess_base64_value(char c);

/* Decoding RFC 4648 base64 (padding optional, but never followed by data). */
typedef enum tess_b64_status {
    TESS_B64_OK = 0,
    TESS_B64_BAD_CHAR,      /* *pos: index of a character outside the alphabet */
    TESS_B64_BAD_PAD,       /* '=' misplaced, more than two, or data after it */
    TESS_B64_TRUNCATED,     /* a lone 6-bit group at the end */
    TESS_B64_TOO_LONG,      /* more than cap decoded bytes */
} tess_b64_status;

/* Decode s[0..n) into out (cap bytes); *outn receives the decoded length.
 * ASCII whitespace is skipped when skip_space, else it is a bad character. */
tess_b64_status tess_base64_decode(const char *s, size_t n, bool skip_space, uint8_t *out,
                                   size_t cap, size_t *outn, size_t *pos);
/* Write what is buffered to the sink (no-op without one). */
void tess_buf_flush(tess_buf *b);
/* Flush and report a sticky failure as an error. Returns 0 or -1. */
int tess_buf_finish(tess_buf *b, tess_error *err);
void tess_buf_free(tess_buf *b);

/* Growable arrays: make room for `need` elements of `elem` bytes in the
 * malloc'd array *arrp (arrp is the address of the array pointer, of any
 * element type) whose capacity is *cap, doubling from 16. The array stays
 * owned by the caller. Returns 0, or -1 when out of memory or when the
 * size would overflow (the array and *cap are then unchanged). */
int tess_grow(void *arrp, size_t *cap, size_t need, size_t elem);

#endif
