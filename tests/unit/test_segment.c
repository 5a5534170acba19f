/*
 * test_segment.c - unit tests for the segment writer (src/store/segment.c)
 * over the filesystem blob store.
 *
 * Covered: segment names; rollover at the cap (a frame that fits exactly
 * stays, the next one starts a segment); a frame larger than the cap in a
 * segment of its own; every location read back exactly with
 * blob_get_range; four threads with a writer each appending to one store;
 * bad prefixes and caps; and, through a wrapping backend that fails on
 * demand, that a failed sync or append makes the writer fail for good.
 */
#include <ftw.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "harness.h"
#include "store/blob.h"
#include "store/segment.h"
#include "util/id.h"

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

typedef struct tstore {
    char dir[256];
    blob_store *s;
} tstore;

static bool ts_open(tstore *t) {
    const char *base = getenv("TMPDIR");
    snprintf(t->dir, sizeof t->dir, "%s/tessera-seg-XXXXXX", base && *base ? base : "/tmp");
    t->s = NULL;
    if (!mkdtemp(t->dir)) return false;
    tess_error err = { { 0 } };
    if (blob_fs_open(t->dir, &t->s, &err) != 0) {
        fprintf(stderr, "  blob_fs_open: %s\n", err.msg);
        nftw(t->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
        return false;
    }
    return true;
}

static void ts_close(tstore *t) {
    blob_close(t->s);
    nftw(t->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* Frame bytes that differ by (seed, i). */
static void fill(uint8_t *p, size_t n, unsigned seed, unsigned i) {
    uint32_t x = seed * 2654435761u ^ (i + 1) * 40503u;
    for (size_t k = 0; k < n; k++) {
        x = x * 1103515245u + 12345u;
        p[k] = (uint8_t)(x >> 16);
    }
}

static bool read_back(blob_store *s, const seg_location *loc, const uint8_t *want) {
    uint8_t *b = malloc(loc->length ? loc->length : 1);
    tess_error err = { { 0 } };
    bool ok = blob_get_range(s, loc->key, loc->offset, loc->length, b, &err) == 0 &&
              memcmp(b, want, loc->length) == 0;
    if (!ok) fprintf(stderr, "  read back %s@%" PRIu64 ": %s\n", loc->key, loc->offset, err.msg);
    free(b);
    return ok;
}

typedef struct count_ctx { int n; uint64_t max_size; } count_ctx;

static int count_blob(void *ctx, const blob_info *info) {
    count_ctx *c = ctx;
    c->n++;
    if (info->size > c->max_size) c->max_size = info->size;
    return 0;
}

static void test_names(void) {
    tstore t;
    if (!ts_open(&t)) { CHECK(0); return; }
    tess_error err = { { 0 } };
    seg_writer *w = NULL;
    CHECK(seg_writer_open(t.s, "ds/abc/segments", 1 << 20, &w, &err) == 0);
    seg_location loc;
    CHECK(seg_append(w, "frame", 5, &loc, &err) == 0);
    const char *pre = "ds/abc/segments/";
    CHECK(strncmp(loc.key, pre, strlen(pre)) == 0);
    const char *name = loc.key + strlen(pre);
    CHECK_INT(strlen(name), 36);
    char id[40] = { 0 };
    memcpy(id, name, 32);
    CHECK(tess_id_valid(id));
    CHECK_STR(name + 32, ".seg");
    CHECK(seg_writer_close(w, &err) == 0);
    CHECK(read_back(t.s, &loc, (const uint8_t *)"frame"));
    blob_info info;
    bool ex = false;
    CHECK(blob_stat(t.s, loc.key, &info, &ex, &err) == 0 && ex);
    CHECK_INT(info.tier, BLOB_TIER_FREQUENT);

    /* An empty prefix puts segments at the tier root. */
    CHECK(seg_writer_open(t.s, "", 100, &w, &err) == 0);
    CHECK(seg_append(w, "x", 1, &loc, &err) == 0);
    CHECK_INT(strlen(loc.key), 36);
    CHECK(seg_writer_close(w, &err) == 0);
    /* A writer that never appended creates nothing. */
    count_ctx c = { 0, 0 };
    CHECK(blob_list(t.s, "", count_blob, &c, &err) == 0);
    CHECK(seg_writer_open(t.s, "empty", 100, &w, &err) == 0);
    CHECK(seg_sync(w, &err) == 0);
    CHECK_INT(seg_writer_segments(w), 0);
    CHECK(seg_writer_close(w, &err) == 0);
    count_ctx c2 = { 0, 0 };
    CHECK(blob_list(t.s, "", count_blob, &c2, &err) == 0);
    CHECK_INT(c2.n, c.n);
    CHECK(seg_writer_close(NULL, &err) == 0);
    ts_close(&t);
}

static void test_bad_arguments(void) {
    tstore t;
    if (!ts_open(&t)) { CHECK(0); return; }
    tess_error err = { { 0 } };
    seg_writer *w = (seg_writer *)&t;
    const char *bad[] = { "a//b", "../x", "/abs", "x/", "a b", "a/./b" };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        CHECK(seg_writer_open(t.s, bad[i], 100, &w, &err) == -1 && w == NULL);
        CHECK(strstr(err.msg, "prefix") != NULL);
    }
    /* The longest prefix that still leaves room for "/{id}.seg". */
    char p[BLOB_KEY_MAX + 1];
    memset(p, 'p', sizeof p);
    p[BLOB_KEY_MAX - 37] = '\0';
    CHECK(seg_writer_open(t.s, p, 100, &w, &err) == 0);
    seg_location loc;
    if (w) {
        CHECK(seg_append(w, "1", 1, &loc, &err) == 0);
        CHECK_INT(strlen(loc.key), BLOB_KEY_MAX);
        CHECK(seg_writer_close(w, &err) == 0);
    }
    p[BLOB_KEY_MAX - 37] = 'p';
    p[BLOB_KEY_MAX - 36] = '\0';
    CHECK(seg_writer_open(t.s, p, 100, &w, &err) == -1 && w == NULL);
    CHECK(seg_writer_open(t.s, "ok", 0, &w, &err) == -1 && w == NULL);
    CHECK(strstr(err.msg, "cap") != NULL);
    ts_close(&t);
}

static void test_rollover(void) {
    tstore t;
    if (!ts_open(&t)) { CHECK(0); return; }
    tess_error err = { { 0 } };
    seg_writer *w = NULL;
    CHECK(seg_writer_open(t.s, "roll", 1000, &w, &err) == 0);
    if (!w) { ts_close(&t); return; }
    uint8_t frames[10][300];
    seg_location loc[10];
    for (unsigned i = 0; i < 10; i++) {
        fill(frames[i], 300, 1, i);
        CHECK(seg_append(w, frames[i], 300, &loc[i], &err) == 0);
    }
    /* 3 frames (900 bytes) per segment: a fourth would pass 1000. */
    CHECK_INT(seg_writer_segments(w), 4);
    for (unsigned i = 0; i < 10; i++) {
        CHECK_INT(loc[i].offset, (i % 3) * 300);
        CHECK_INT(loc[i].length, 300);
        bool same = strcmp(loc[i].key, loc[i - i % 3].key) == 0;
        CHECK(same);
        if (i % 3 == 0 && i > 0) CHECK(strcmp(loc[i].key, loc[i - 1].key) != 0);
    }
    CHECK(seg_sync(w, &err) == 0);
    for (unsigned i = 0; i < 10; i++) CHECK(read_back(t.s, &loc[i], frames[i]));
    CHECK(seg_writer_close(w, &err) == 0);
    count_ctx c = { 0, 0 };
    CHECK(blob_list(t.s, "roll/", count_blob, &c, &err) == 0);
    CHECK_INT(c.n, 4);
    CHECK_INT(c.max_size, 900);

    /* Frames that fill the cap exactly share a segment. */
    CHECK(seg_writer_open(t.s, "exact", 100, &w, &err) == 0);
    seg_location a, b, d;
    CHECK(seg_append(w, frames[0], 60, &a, &err) == 0);
    CHECK(seg_append(w, frames[1], 40, &b, &err) == 0);
    CHECK(strcmp(a.key, b.key) == 0 && b.offset == 60);
    CHECK(seg_append(w, frames[2], 1, &d, &err) == 0);
    CHECK(strcmp(d.key, b.key) != 0 && d.offset == 0);
    /* A zero-length frame stays in the current segment. */
    seg_location z;
    CHECK(seg_append(w, frames[3], 0, &z, &err) == 0);
    CHECK(strcmp(z.key, d.key) == 0 && z.offset == 1 && z.length == 0);
    CHECK_INT(seg_writer_segments(w), 2);
    CHECK(seg_writer_close(w, &err) == 0);
    CHECK(read_back(t.s, &a, frames[0]) && read_back(t.s, &b, frames[1]) &&
          read_back(t.s, &d, frames[2]) && read_back(t.s, &z, frames[3]));
    ts_close(&t);
}

static void test_oversized_frame(void) {
    tstore t;
    if (!ts_open(&t)) { CHECK(0); return; }
    tess_error err = { { 0 } };
    seg_writer *w = NULL;
    CHECK(seg_writer_open(t.s, "big", 100, &w, &err) == 0);
    if (!w) { ts_close(&t); return; }
    uint8_t small[50], big[500], after[30];
    fill(small, 50, 2, 0);
    fill(big, 500, 2, 1);
    fill(after, 30, 2, 2);
    seg_location l1, l2, l3;
    CHECK(seg_append(w, small, 50, &l1, &err) == 0);
    CHECK(seg_append(w, big, 500, &l2, &err) == 0);
    CHECK(seg_append(w, after, 30, &l3, &err) == 0);
    CHECK_INT(seg_writer_segments(w), 3);
    CHECK(strcmp(l1.key, l2.key) != 0 && strcmp(l2.key, l3.key) != 0);
    CHECK(l1.offset == 0 && l2.offset == 0 && l3.offset == 0);
    CHECK_INT(l2.length, 500);
    CHECK(seg_sync(w, &err) == 0);
    CHECK(read_back(t.s, &l1, small) && read_back(t.s, &l2, big) && read_back(t.s, &l3, after));
    blob_info info;
    bool ex;
    CHECK(blob_stat(t.s, l2.key, &info, &ex, &err) == 0 && ex && info.size == 500);
    CHECK(seg_writer_close(w, &err) == 0);
    /* An oversized first frame uses the fresh segment. */
    CHECK(seg_writer_open(t.s, "big2", 10, &w, &err) == 0);
    CHECK(seg_append(w, big, 500, &l1, &err) == 0);
    CHECK(seg_append(w, big, 500, &l2, &err) == 0);
    CHECK_INT(seg_writer_segments(w), 2);
    CHECK(seg_writer_close(w, &err) == 0);
    CHECK(read_back(t.s, &l1, big) && read_back(t.s, &l2, big));
    ts_close(&t);
}

#define THREADS 4
#define FRAMES 300

typedef struct worker {
    blob_store *s;
    unsigned id;
    seg_location loc[FRAMES];
    size_t len[FRAMES];
    unsigned segments;
    int errors;
    char first[TESS_ERROR_MAX];
} worker;

static size_t frame_len(unsigned id, unsigned i) { return 1 + (id * 7919u + i * 104729u) % 5000; }

static void *work(void *arg) {
    worker *wk = arg;
    tess_error err = { { 0 } };
    char prefix[32];
    snprintf(prefix, sizeof prefix, "mt/worker%u", wk->id);
    seg_writer *w = NULL;
    if (seg_writer_open(wk->s, prefix, 64 * 1024, &w, &err) != 0) {
        wk->errors++;
        snprintf(wk->first, sizeof wk->first, "%s", err.msg);
        return NULL;
    }
    uint8_t buf[5000];
    for (unsigned i = 0; i < FRAMES; i++) {
        wk->len[i] = frame_len(wk->id, i);
        fill(buf, wk->len[i], 100 + wk->id, i);
        if (seg_append(w, buf, wk->len[i], &wk->loc[i], &err) != 0 ||
            (i % 50 == 49 && seg_sync(w, &err) != 0)) {
            if (!wk->errors++) snprintf(wk->first, sizeof wk->first, "%s", err.msg);
        }
    }
    wk->segments = seg_writer_segments(w);
    if (seg_writer_close(w, &err) != 0 && !wk->errors++)
        snprintf(wk->first, sizeof wk->first, "%s", err.msg);
    return NULL;
}

static void test_threads(void) {
    tstore t;
    if (!ts_open(&t)) { CHECK(0); return; }
    worker *wk = calloc(THREADS, sizeof *wk);
    pthread_t th[THREADS];
    for (unsigned i = 0; i < THREADS; i++) {
        wk[i].s = t.s;
        wk[i].id = i;
        pthread_create(&th[i], NULL, work, &wk[i]);
    }
    for (unsigned i = 0; i < THREADS; i++) pthread_join(th[i], NULL);
    int total_segments = 0, bad = 0;
    uint8_t buf[5000];
    for (unsigned i = 0; i < THREADS; i++) {
        if (wk[i].errors) fprintf(stderr, "  worker %u: %s\n", i, wk[i].first);
        CHECK_INT(wk[i].errors, 0);
        CHECK(wk[i].segments >= 2);        /* ~750 KB through 64 KiB segments */
        total_segments += (int)wk[i].segments;
        char pre[32];
        int n = snprintf(pre, sizeof pre, "mt/worker%u/", i);
        for (unsigned f = 0; f < FRAMES; f++) {
            fill(buf, wk[i].len[f], 100 + i, f);
            if (strncmp(wk[i].loc[f].key, pre, (size_t)n) != 0 ||
                wk[i].loc[f].length != wk[i].len[f] || !read_back(t.s, &wk[i].loc[f], buf))
                bad++;
        }
    }
    CHECK_INT(bad, 0);
    tess_error err = { { 0 } };
    count_ctx c = { 0, 0 };
    CHECK(blob_list(t.s, "mt/", count_blob, &c, &err) == 0);
    CHECK_INT(c.n, total_segments);
    CHECK(c.max_size <= 64 * 1024);
    free(wk);
    ts_close(&t);
}

/* ---- a backend wrapping the fs store that fails on demand ---- */

typedef struct flaky {
    blob_store base;
    blob_store *inner;
    int fail_sync;          /* next append_sync fails */
    int fail_append;        /* next append fails */
    int fail_open;          /* next appender_open fails */
} flaky;

typedef struct flaky_app {
    blob_appender base;
    blob_appender *inner;
} flaky_app;

static int fl_app_open(blob_store *s, const char *key, blob_tier tier, blob_appender **out,
                       tess_error *err) {
    flaky *f = (flaky *)s;
    *out = NULL;
    if (f->fail_open) { f->fail_open = 0; return tess_fail(err, "injected open failure"); }
    flaky_app *a = calloc(1, sizeof *a);
    a->base.store = s;
    if (blob_appender_open(f->inner, key, tier, &a->inner, err) != 0) {
        free(a);
        return -1;
    }
    *out = &a->base;
    return 0;
}

static int fl_append(blob_appender *ba, const void *p, size_t n, uint64_t *off,
                     tess_error *err) {
    flaky *f = (flaky *)ba->store;
    if (f->fail_append) { f->fail_append = 0; return tess_fail(err, "injected append failure"); }
    return blob_append(((flaky_app *)ba)->inner, p, n, off, err);
}

static int fl_sync(blob_appender *ba, tess_error *err) {
    flaky *f = (flaky *)ba->store;
    if (f->fail_sync) { f->fail_sync = 0; return tess_fail(err, "injected sync failure"); }
    return blob_append_sync(((flaky_app *)ba)->inner, err);
}

static uint64_t fl_size(const blob_appender *ba) {
    return blob_append_size(((const flaky_app *)ba)->inner);
}

static int fl_close(blob_appender *ba, tess_error *err) {
    flaky_app *a = (flaky_app *)ba;
    int rc = fl_sync(ba, err);
    int rc2 = blob_appender_close(a->inner, rc ? NULL : err);
    free(a);
    return rc ? rc : rc2;
}

static const blob_vtable flaky_vt = {
    .appender_open = fl_app_open,
    .append = fl_append,
    .append_sync = fl_sync,
    .append_size = fl_size,
    .appender_close = fl_close,
};

static void test_sticky_failures(void) {
    tstore t;
    if (!ts_open(&t)) { CHECK(0); return; }
    flaky f;
    memset(&f, 0, sizeof f);
    f.base.vt = &flaky_vt;
    f.inner = t.s;
    tess_error err = { { 0 } };
    seg_location loc;

    /* A failed sync: nothing later works, close reports it too. */
    seg_writer *w = NULL;
    CHECK(seg_writer_open(&f.base, "fl", 1000, &w, &err) == 0);
    CHECK(seg_append(w, "abc", 3, &loc, &err) == 0);
    f.fail_sync = 1;
    CHECK(seg_sync(w, &err) == -1);
    CHECK(strstr(err.msg, "injected sync failure") != NULL);
    f.fail_sync = 0;
    CHECK(seg_append(w, "def", 3, &loc, &err) == -1);
    CHECK(strstr(err.msg, "failed earlier") && strstr(err.msg, "injected sync failure"));
    CHECK(seg_sync(w, &err) == -1);
    CHECK(seg_writer_close(w, &err) == -1);
    CHECK(strstr(err.msg, "injected sync failure") != NULL);

    /* A failed seal at rollover. */
    CHECK(seg_writer_open(&f.base, "fl2", 10, &w, &err) == 0);
    CHECK(seg_append(w, "0123456789", 10, &loc, &err) == 0);
    f.fail_sync = 1;
    CHECK(seg_append(w, "x", 1, &loc, &err) == -1);
    CHECK(strstr(err.msg, "sealing") != NULL);
    CHECK(seg_sync(w, &err) == -1);
    CHECK(seg_writer_close(w, &err) == -1);

    /* A failed append, and a failed segment creation. */
    CHECK(seg_writer_open(&f.base, "fl3", 1000, &w, &err) == 0);
    CHECK(seg_append(w, "a", 1, &loc, &err) == 0);
    f.fail_append = 1;
    CHECK(seg_append(w, "b", 1, &loc, &err) == -1);
    CHECK(seg_append(w, "c", 1, &loc, &err) == -1);
    CHECK(seg_writer_close(w, &err) == -1);
    CHECK(seg_writer_open(&f.base, "fl4", 1000, &w, &err) == 0);
    f.fail_open = 1;
    CHECK(seg_append(w, "a", 1, &loc, &err) == -1);
    CHECK(strstr(err.msg, "injected open failure") != NULL);
    CHECK_INT(seg_writer_segments(w), 0);
    CHECK(seg_writer_close(w, &err) == -1);
    ts_close(&t);
}

int main(void) {
    RUN(test_names);
    RUN(test_bad_arguments);
    RUN(test_rollover);
    RUN(test_oversized_frame);
    RUN(test_threads);
    RUN(test_sticky_failures);
    return harness_done("segment");
}
