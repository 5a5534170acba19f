/*
 * blob.c - the backend-independent part of the blob store (see blob.h):
 * tier names, the key rules, whole-blob put, and the wrappers that dispatch
 * writers and appenders to their backend through the store's vtable.
 *
 * Backends (blob_fs.c, later S3) never re-implement what is here; they all
 * call blob_key_valid before touching their storage, so a key means the
 * same thing whatever the backend.
 */
#include "store/blob.h"

#include <string.h>

const char *blob_tier_name(blob_tier t) {
    switch (t) {
    case BLOB_TIER_FREQUENT: return "FREQUENT_ACCESS";
    case BLOB_TIER_ARCHIVE: return "ARCHIVE_INSTANT_ACCESS";
    }
    return "UNKNOWN_TIER";
}

static bool key_char_ok(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           c == '.' || c == '_' || c == '-';
}

/* Components of [A-Za-z0-9._-], separated by single '/', none empty, none
 * "." or "..", 1..BLOB_KEY_MAX bytes in all. Anything else (a leading '/',
 * a trailing '/', "//", a NUL-free byte outside the set, UTF-8) is refused,
 * so a valid key is a safe relative path under any tier root. */
bool blob_key_valid(const char *key) {
    if (!key) return false;
    size_t len = strnlen(key, BLOB_KEY_MAX + 1);
    if (len == 0 || len > BLOB_KEY_MAX) return false;
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && key[i] != '/') {
            if (!key_char_ok(key[i])) return false;
            continue;
        }
        size_t clen = i - start;
        if (clen == 0) return false;
        if (clen == 1 && key[start] == '.') return false;
        if (clen == 2 && key[start] == '.' && key[start + 1] == '.') return false;
        start = i + 1;
    }
    return true;
}

int blob_put(blob_store *s, const char *key, blob_tier tier, const void *p, size_t n,
             tess_error *err) {
    blob_writer *w = NULL;
    if (blob_writer_open(s, key, tier, &w, err) != 0) return -1;
    if (n && blob_writer_write(w, p, n, err) != 0) {
        blob_writer_abort(w);
        return -1;
    }
    return blob_writer_commit(w, err);
}

int blob_writer_write(blob_writer *w, const void *p, size_t n, tess_error *err) {
    return w->store->vt->writer_write(w, p, n, err);
}

int blob_writer_commit(blob_writer *w, tess_error *err) {
    return w->store->vt->writer_commit(w, err);
}

void blob_writer_abort(blob_writer *w) {
    if (w) w->store->vt->writer_abort(w);
}

int blob_append(blob_appender *a, const void *p, size_t n, uint64_t *offset, tess_error *err) {
    return a->store->vt->append(a, p, n, offset, err);
}

int blob_append_sync(blob_appender *a, tess_error *err) {
    return a->store->vt->append_sync(a, err);
}

uint64_t blob_append_size(const blob_appender *a) {
    return a->store->vt->append_size(a);
}

int blob_appender_close(blob_appender *a, tess_error *err) {
    if (!a) return 0;
    return a->store->vt->appender_close(a, err);
}
