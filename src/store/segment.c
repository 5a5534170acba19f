/*
 * segment.c - the segment writer (see segment.h): frames appended to
 * capped segment blobs through a blob appender.
 *
 * The writer holds at most one open appender. Sealing a segment is
 * blob_appender_close (fdatasync + close), so when seg_sync syncs the open
 * segment, every earlier segment is already durable. Failures are sticky
 * (segment.h says why); the first message is kept and repeated.
 */
#include "store/segment.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/id.h"

#define SEG_SUFFIX ".seg"
#define SEG_NAME_LEN (TESS_ID_LEN + 4)     /* "{id}.seg" */

struct seg_writer {
    blob_store *store;              /* borrowed */
    char prefix[BLOB_KEY_MAX + 1];
    uint64_t cap;
    blob_appender *cur;             /* the open segment, or NULL */
    char key[BLOB_KEY_MAX + 1];     /* its key */
    unsigned segments;
    bool failed;
    char why[TESS_ERROR_MAX];       /* the first failure, repeated later */
};

/* Make the failure sticky: keep err's message; returns -1. */
static int seg_fail(seg_writer *w, tess_error *err) {
    if (!w->failed) {
        w->failed = true;
        snprintf(w->why, sizeof w->why, "%s", err ? err->msg : "segment writer failed");
    }
    return -1;
}

static int seg_failed_earlier(const seg_writer *w, tess_error *err) {
    return tess_fail(err, "segment writer '%s': failed earlier: %s", w->prefix, w->why);
}

/* "{prefix}/{id}.seg" into out; false when it would not be a valid key. */
static bool seg_key(const char *prefix, const char *id, char out[BLOB_KEY_MAX + 1]) {
    size_t plen = strlen(prefix);
    if (plen + 1 + SEG_NAME_LEN > BLOB_KEY_MAX) return false;
    if (plen) snprintf(out, BLOB_KEY_MAX + 1, "%s/%s" SEG_SUFFIX, prefix, id);
    else snprintf(out, BLOB_KEY_MAX + 1, "%s" SEG_SUFFIX, id);
    return blob_key_valid(out);
}

int seg_writer_open(blob_store *store, const char *prefix, uint64_t cap_bytes,
                    seg_writer **out, tess_error *err) {
    *out = NULL;
    if (!prefix) prefix = "";
    if (!store) return tess_fail(err, "segment writer: no blob store");
    if (cap_bytes == 0) return tess_fail(err, "segment writer '%s': the cap must be > 0", prefix);
    char sample[BLOB_KEY_MAX + 1];
    if (strnlen(prefix, BLOB_KEY_MAX + 1) > BLOB_KEY_MAX ||
        !seg_key(prefix, "00000000000000000000000000000000", sample))
        return tess_fail(err,
                         "segment writer: prefix '%.64s' does not make valid keys "
                         "('{prefix}/{32 hex}.seg', at most %d bytes, see blob.h)",
                         prefix, BLOB_KEY_MAX);
    seg_writer *w = calloc(1, sizeof *w);
    if (!w) return tess_fail(err, "segment writer '%s': out of memory", prefix);
    w->store = store;
    memcpy(w->prefix, prefix, strlen(prefix) + 1);
    w->cap = cap_bytes;
    *out = w;
    return 0;
}

/* Sync and close the open segment. */
static int seg_seal(seg_writer *w, tess_error *err) {
    blob_appender *a = w->cur;
    w->cur = NULL;
    if (blob_appender_close(a, err) != 0) {
        tess_fail_prefix(err, "segment writer: sealing '%s'", w->key);
        return seg_fail(w, err);
    }
    return 0;
}

static int seg_begin(seg_writer *w, tess_error *err) {
    char id[TESS_ID_LEN + 1];
    if (tess_id_new(id) != 0) {
        tess_fail(err, "segment writer '%s': no random source for a segment id", w->prefix);
        return seg_fail(w, err);
    }
    if (!seg_key(w->prefix, id, w->key)) {  /* checked at open; cannot happen */
        tess_fail(err, "segment writer '%s': invalid segment key", w->prefix);
        return seg_fail(w, err);
    }
    if (blob_appender_open(w->store, w->key, BLOB_TIER_FREQUENT, &w->cur, err) != 0) {
        w->cur = NULL;
        tess_fail_prefix(err, "segment writer: new segment");
        return seg_fail(w, err);
    }
    w->segments++;
    return 0;
}

int seg_append(seg_writer *w, const void *p, size_t n, seg_location *loc, tess_error *err) {
    if (w->failed) return seg_failed_earlier(w, err);
    if (w->cur) {
        uint64_t size = blob_append_size(w->cur);
        if (size > 0 && (size >= w->cap || (uint64_t)n > w->cap - size))
            if (seg_seal(w, err) != 0) return -1;
    }
    if (!w->cur && seg_begin(w, err) != 0) return -1;
    uint64_t off = 0;
    if (blob_append(w->cur, p, n, &off, err) != 0) return seg_fail(w, err);
    if (loc) {
        memcpy(loc->key, w->key, strlen(w->key) + 1);
        loc->offset = off;
        loc->length = n;
    }
    return 0;
}

int seg_sync(seg_writer *w, tess_error *err) {
    if (w->failed) return seg_failed_earlier(w, err);
    if (w->cur && blob_append_sync(w->cur, err) != 0) {
        tess_fail_prefix(err, "segment writer: syncing '%s'", w->key);
        return seg_fail(w, err);
    }
    return 0;
}

unsigned seg_writer_segments(const seg_writer *w) { return w->segments; }

int seg_writer_close(seg_writer *w, tess_error *err) {
    if (!w) return 0;
    int rc = 0;
    if (w->cur) rc = seg_seal(w, err);
    if (rc == 0 && w->failed) rc = seg_failed_earlier(w, err);
    free(w);
    return rc;
}
