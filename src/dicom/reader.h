/*
 * reader.h - the DICOM Part 10 reader.
 *
 * Reads a Part 10 file (with or without the 128-byte preamble and file
 * meta), or a bare data set, in any of the uncompressed transfer syntaxes
 * (implicit VR LE, explicit VR LE, explicit VR BE, deflated explicit VR LE)
 * and the encapsulated ones, into a dcm_file (dataset.h).
 *
 * The reader streams: it holds a bounded window of the input, loads values
 * up to `bulk_threshold` bytes, and leaves larger values of seekable files
 * on disk (offset + length). Hard limits (depth, element count, value and
 * total sizes, memory) turn hostile input into an error that names the
 * byte offset and the tag, never a crash or an unbounded allocation.
 *
 * Limits are documented in docs/dicom.md.
 */
#ifndef TESSERA_DICOM_READER_H
#define TESSERA_DICOM_READER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dicom/dataset.h"
#include "util/error.h"

typedef struct dcm_read_opts {
    uint32_t max_depth;         /* sequence nesting; default 64 */
    uint64_t max_elements;      /* all levels; default 4,000,000 */
    uint64_t max_total_size;    /* logical bytes read; default 64 GiB */
    uint32_t bulk_threshold;    /* load values up to this size; default 64 KiB */
    uint64_t max_memory;        /* arena limit; default 1 GiB */
    bool stop_at_pixel_data;    /* stop before (7FE0,0010) */
    bool load_all;              /* load every value whatever its size */
} dcm_read_opts;

void dcm_read_opts_default(dcm_read_opts *o);

/* Read a file. On success *out is a new dcm_file the caller frees with
 * dcm_file_free; it keeps the file open to serve values not loaded.
 * On failure *out is NULL and err names the offset and tag. */
int dcm_read_path(const char *path, const dcm_read_opts *o, dcm_file **out,
                  tess_error *err);

/* Read from memory the caller owns; every value is loaded (copied), so the
 * memory may be freed after the call. */
int dcm_read_mem(const uint8_t *p, size_t n, const dcm_read_opts *o,
                 dcm_file **out, tess_error *err);

/* Properties of a transfer syntax UID; false when not recognised. */
bool dcm_transfer_syntax_lookup(const char *uid, dcm_transfer_syntax *ts);

#endif
