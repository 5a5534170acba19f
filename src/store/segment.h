/*
 * segment.h - the segment writer: frames appended to a few large blobs.
 *
 * Import workers store frames by appending them to segment blobs instead
 * of writing one blob per frame, so millions of frames stay a few thousand
 * files (design.md, "Storage model"). A seg_writer owns one open appender
 * at a time on the blob "{prefix}/{id}.seg" (id: 32 random hex, see
 * util/id.h), in the FREQUENT_ACCESS tier. When the next frame would take
 * the current segment past cap_bytes, the segment is sealed (synced and
 * closed) and a new one begun; a frame larger than the cap gets a segment
 * of its own. Segments are created on the first append, never empty.
 *
 * Publishing rule: a seg_location returned by seg_append may be written to
 * the catalog only after a later seg_sync (or seg_writer_close) returned 0.
 * Before that, the bytes may be lost in a crash even though reads already
 * see them.
 *
 * Failure: after any failed call the writer is failed for good (an fsync
 * error means the kernel may have dropped dirty pages, so nothing since the
 * last successful seg_sync can be trusted): every later seg_append and
 * seg_sync returns -1. The caller throws away the locations it got since
 * its last successful seg_sync and closes the writer.
 *
 * A seg_writer belongs to one thread; many writers may share a blob_store.
 */
#ifndef TESSERA_STORE_SEGMENT_H
#define TESSERA_STORE_SEGMENT_H

#include <stddef.h>
#include <stdint.h>

#include "store/blob.h"
#include "util/error.h"

/* Where a frame's bytes are: one ranged read (blob_get_range). */
typedef struct seg_location {
    char key[BLOB_KEY_MAX + 1];
    uint64_t offset;
    uint64_t length;
} seg_location;

typedef struct seg_writer seg_writer;

/* Start a writer for segments named "{prefix}/{id}.seg" ("" prefix:
 * "{id}.seg"); cap_bytes > 0 is the size at which a segment is sealed.
 * The prefix must make valid keys (blob.h) with room for the 37-byte
 * name. The writer keeps the store pointer (borrowed: the store must
 * outlive it); the caller owns *out and frees it with seg_writer_close. */
int seg_writer_open(blob_store *store, const char *prefix, uint64_t cap_bytes,
                    seg_writer **out, tess_error *err);

/* Append p[0..n) as one frame; *loc receives where it went (see the
 * publishing rule above). A zero-length frame gets a location of length 0
 * in the current segment. */
int seg_append(seg_writer *w, const void *p, size_t n, seg_location *loc, tess_error *err);

/* Make every frame appended so far durable (fdatasync of the open segment;
 * sealed segments were synced when sealed). */
int seg_sync(seg_writer *w, tess_error *err);

/* Number of segments this writer has created so far. */
unsigned seg_writer_segments(const seg_writer *w);

/* Seal the open segment (sync + close) and free w, success or not. Returns
 * -1 when the writer had failed or the final sync fails: then nothing since
 * the last successful seg_sync is durable. NULL is a no-op. */
int seg_writer_close(seg_writer *w, tess_error *err);

#endif
