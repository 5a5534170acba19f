/*
 * blob.h - the blob store interface: named byte objects in two tiers.
 *
 * Everything Tessera keeps outside the catalog is a blob: frame segments
 * (many frames appended to one blob, so millions of frames do not become
 * millions of files), metadata documents (immutable gzip JSON, one per
 * image-set version) and import outputs. A key is a relative path of
 * [A-Za-z0-9._-] components separated by '/', at most BLOB_KEY_MAX bytes;
 * no component is empty, "." or "..".
 *
 * Two tiers (FREQUENT_ACCESS, ARCHIVE_INSTANT_ACCESS) are two locations;
 * every read finds a key in either tier with no extra step, so moving a blob
 * between tiers never breaks a reader.
 *
 * Durability contract, whatever the backend:
 *   - blob_put and blob_writer_commit return only once the blob is durable
 *     and visible under its key, all or nothing (a crash leaves the old
 *     state or the new one, never a torn blob under the key).
 *   - blob_append_sync returns once every byte appended so far is durable
 *     and readable with blob_get_range.
 *
 * The filesystem backend (blob_fs.c) implements it on a local directory;
 * an S3 backend will implement the same vtable. Callers only see this
 * header. A blob_store is safe to use from many threads at once; a writer
 * or an appender belongs to one thread.
 */
#ifndef TESSERA_STORE_BLOB_H
#define TESSERA_STORE_BLOB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"
#include "util/error.h"

#define BLOB_KEY_MAX 255

typedef enum blob_tier {
    BLOB_TIER_FREQUENT = 0,   /* FREQUENT_ACCESS */
    BLOB_TIER_ARCHIVE = 1,    /* ARCHIVE_INSTANT_ACCESS */
} blob_tier;

/* "FREQUENT_ACCESS" / "ARCHIVE_INSTANT_ACCESS". */
const char *blob_tier_name(blob_tier t);

typedef struct blob_store blob_store;
typedef struct blob_writer blob_writer;     /* streaming put of a whole blob */
typedef struct blob_appender blob_appender; /* a growing segment */

typedef struct blob_info {
    const char *key;        /* borrowed: valid during the callback */
    uint64_t size;
    double mtime;           /* epoch seconds of the last change */
    blob_tier tier;
} blob_info;

/* Return 0 to go on, non-zero to stop the listing early. */
typedef int (*blob_list_fn)(void *ctx, const blob_info *info);

typedef struct blob_vtable {
    int (*writer_open)(blob_store *s, const char *key, blob_tier tier, blob_writer **w,
                       tess_error *err);
    int (*writer_write)(blob_writer *w, const void *p, size_t n, tess_error *err);
    int (*writer_commit)(blob_writer *w, tess_error *err);   /* frees w, success or not */
    void (*writer_abort)(blob_writer *w);                    /* frees w */
    int (*appender_open)(blob_store *s, const char *key, blob_tier tier, blob_appender **a,
                         tess_error *err);
    int (*append)(blob_appender *a, const void *p, size_t n, uint64_t *offset, tess_error *err);
    int (*append_sync)(blob_appender *a, tess_error *err);
    uint64_t (*append_size)(const blob_appender *a);
    int (*appender_close)(blob_appender *a, tess_error *err); /* syncs, frees a */
    int (*get_range)(blob_store *s, const char *key, uint64_t offset, size_t n, void *dst,
                     tess_error *err);
    int (*get)(blob_store *s, const char *key, size_t limit, tess_buf *out, tess_error *err);
    int (*stat)(blob_store *s, const char *key, blob_info *info, bool *exists, tess_error *err);
    int (*open_fd)(blob_store *s, const char *key, int *fd, uint64_t *size, tess_error *err);
    int (*remove)(blob_store *s, const char *key, tess_error *err);
    int (*list)(blob_store *s, const char *prefix, blob_list_fn fn, void *ctx, tess_error *err);
    int (*set_tier)(blob_store *s, const char *key, blob_tier tier, tess_error *err);
    void (*close)(blob_store *s);
} blob_vtable;

struct blob_store {
    const blob_vtable *vt;
    char name[16];          /* "fs", "s3": for messages */
};

/* Backends embed these as their first member. */
struct blob_writer { blob_store *store; };
struct blob_appender { blob_store *store; };

/* True when key follows the key rules above. */
bool blob_key_valid(const char *key);

/* Open the filesystem backend rooted at dir (created if missing): tiers
 * live in dir/frequent/ and dir/archive/. The caller owns *out and frees it
 * with blob_close. */
int blob_fs_open(const char *dir, blob_store **out, tess_error *err);

/* --- Convenience wrappers (dispatch through the vtable) --- */

/* Whole-blob put of p[0..n): durable and atomic on return. */
int blob_put(blob_store *s, const char *key, blob_tier tier, const void *p, size_t n,
             tess_error *err);

static inline int blob_writer_open(blob_store *s, const char *key, blob_tier tier,
                                   blob_writer **w, tess_error *err) {
    return s->vt->writer_open(s, key, tier, w, err);
}
int blob_writer_write(blob_writer *w, const void *p, size_t n, tess_error *err);
int blob_writer_commit(blob_writer *w, tess_error *err);
void blob_writer_abort(blob_writer *w);

/* Appenders: a new blob grown by appends (it must not exist yet). Bytes are
 * readable once blob_append_sync (or close) has returned. */
static inline int blob_appender_open(blob_store *s, const char *key, blob_tier tier,
                                     blob_appender **a, tess_error *err) {
    return s->vt->appender_open(s, key, tier, a, err);
}
int blob_append(blob_appender *a, const void *p, size_t n, uint64_t *offset, tess_error *err);
int blob_append_sync(blob_appender *a, tess_error *err);
uint64_t blob_append_size(const blob_appender *a);
int blob_appender_close(blob_appender *a, tess_error *err);

/* Read exactly n bytes at offset (short blob: error). */
static inline int blob_get_range(blob_store *s, const char *key, uint64_t offset, size_t n,
                                 void *dst, tess_error *err) {
    return s->vt->get_range(s, key, offset, n, dst, err);
}
/* Append the whole blob to out; more than limit bytes is an error (0 = 1 GiB). */
static inline int blob_get(blob_store *s, const char *key, size_t limit, tess_buf *out,
                           tess_error *err) {
    return s->vt->get(s, key, limit, out, err);
}
static inline int blob_stat(blob_store *s, const char *key, blob_info *info, bool *exists,
                            tess_error *err) {
    return s->vt->stat(s, key, info, exists, err);
}
/* A read-only fd on the blob for sendfile (the caller closes it). Backends
 * without local files return -1 with errno-free message "not local". */
static inline int blob_open_fd(blob_store *s, const char *key, int *fd, uint64_t *size,
                               tess_error *err) {
    return s->vt->open_fd(s, key, fd, size, err);
}
/* Remove from whichever tier holds it; a missing key is not an error. */
static inline int blob_remove(blob_store *s, const char *key, tess_error *err) {
    return s->vt->remove(s, key, err);
}
/* Every blob whose key starts with prefix ("" = all), both tiers. */
static inline int blob_list(blob_store *s, const char *prefix, blob_list_fn fn, void *ctx,
                            tess_error *err) {
    return s->vt->list(s, prefix, fn, ctx, err);
}
/* Move a blob to a tier (durably; readers see it throughout). */
static inline int blob_set_tier(blob_store *s, const char *key, blob_tier tier,
                                tess_error *err) {
    return s->vt->set_tier(s, key, tier, err);
}
static inline void blob_close(blob_store *s) {
    if (s) s->vt->close(s);
}

#endif
