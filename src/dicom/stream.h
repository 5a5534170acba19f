/*
 * stream.h - the byte source under the DICOM reader.
 *
 * A dcm_stream hands out bytes of a file, a memory buffer, or the inflated
 * form of either (Deflated Explicit VR Little Endian), through one window
 * buffer of bounded size. The reader asks for small contiguous runs
 * (dcm_stream_need), copies values out (dcm_stream_read) and skips large
 * values it does not load (dcm_stream_skip), so memory stays bounded by the
 * window whatever the size of the input.
 *
 * Positions (`pos`) count bytes of the logical stream: file offsets for
 * plain files, offsets in the inflated data after dcm_stream_inflate.
 * A stream is `seekable` when a value it skipped can be read back later
 * with pread (plain files): then large values need not be held in memory.
 */
#ifndef TESSERA_DICOM_STREAM_H
#define TESSERA_DICOM_STREAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/error.h"

typedef struct dcm_stream {
    /* window: bytes [win_pos, win_pos + win_len) of the logical stream */
    const uint8_t *win;
    size_t win_len;
    size_t off;             /* read offset inside the window */
    uint64_t win_pos;       /* logical position of win[0] */
    uint8_t *own;           /* window storage when we own it (fd/inflate) */
    size_t own_cap;

    int fd;                 /* file source, or -1 */
    const uint8_t *mem;     /* memory source, or NULL */
    size_t mem_len, mem_off;/* memory source: bytes not yet windowed start at mem_off */
    uint64_t size;          /* logical size when known, else UINT64_MAX */
    bool eof;               /* source exhausted (no more refills) */
    bool seekable;

    void *z;                /* z_stream when inflating */
    uint8_t *zin;           /* compressed input buffer (fd source) */
    uint64_t inflate_start; /* logical position where inflation began */
} dcm_stream;

/* Open over a file descriptor (not taken: the caller closes it after
 * dcm_stream_close). Seekable when fd is a regular file. */
int dcm_stream_open_fd(dcm_stream *s, int fd, tess_error *err);

/* Open over memory the caller keeps alive for the stream's lifetime. */
void dcm_stream_open_mem(dcm_stream *s, const uint8_t *p, size_t n);

/* From the current position on, the source is raw deflate (RFC 1951):
 * switch to reading its inflated bytes. */
int dcm_stream_inflate(dcm_stream *s, tess_error *err);

/* Current logical position. */
static inline uint64_t dcm_stream_pos(const dcm_stream *s) { return s->win_pos + s->off; }

/* Bytes available in the window without refilling. */
static inline size_t dcm_stream_avail(const dcm_stream *s) { return s->win_len - s->off; }

/* Make n (<= 64 KiB) contiguous bytes available and return a pointer to
 * them (not consumed). Returns NULL when the stream ends first; then
 * *got (if not NULL) tells how many bytes did remain. Errors from the
 * source (I/O, corrupt deflate data) are reported through err and also
 * return NULL with *got set to SIZE_MAX. */
const uint8_t *dcm_stream_need(dcm_stream *s, size_t n, size_t *got, tess_error *err);

/* Consume n bytes that dcm_stream_need made available. */
static inline void dcm_stream_consume(dcm_stream *s, size_t n) { s->off += n; }

/* Copy n bytes into dst. -1 on short input or I/O error. */
int dcm_stream_read(dcm_stream *s, void *dst, size_t n, tess_error *err);

/* Skip n bytes. -1 when the stream ends first. */
int dcm_stream_skip(dcm_stream *s, uint64_t n, tess_error *err);

/* True when no byte remains. */
bool dcm_stream_at_end(dcm_stream *s, tess_error *err);

/* Bytes left when the size is known, else UINT64_MAX. */
static inline uint64_t dcm_stream_remaining(const dcm_stream *s) {
    return s->size == UINT64_MAX ? UINT64_MAX : s->size - dcm_stream_pos(s);
}

void dcm_stream_close(dcm_stream *s);

#endif
