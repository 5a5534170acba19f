/*
 * test_blob.c - unit tests for the blob store and its filesystem backend
 * (src/store/blob.c, blob_fs.c).
 *
 * Each test works in its own store under a fresh mkdtemp directory,
 * removed at the end. Covered: the key rules and their refusal before any
 * file is touched; put/get of 0, 1 and 1 MiB+3 bytes; streamed writes;
 * abort; ranged reads at and past the edges; stat; open_fd; remove;
 * list with and without prefixes over both tiers; set_tier and a reader
 * thread that must find a key at every read while another thread flips its
 * tier; keys that are directories of other keys; appenders; a put that
 * never commits (crash) and the temp-file clean-up.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "store/blob.h"
#include "store/blob_fs.h"

/* ------------------------------------------------------------ helpers */

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

static void rm_tree(const char *dir) { nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS); }

typedef struct tstore {
    char dir[256];
    blob_store *s;
} tstore;

static bool ts_open(tstore *t) {
    const char *base = getenv("TMPDIR");
    snprintf(t->dir, sizeof t->dir, "%s/tessera-blob-XXXXXX", base && *base ? base : "/tmp");
    t->s = NULL;
    if (!mkdtemp(t->dir)) {
        fprintf(stderr, "  mkdtemp: %s\n", strerror(errno));
        return false;
    }
    tess_error err = { { 0 } };
    if (blob_fs_open(t->dir, &t->s, &err) != 0) {
        fprintf(stderr, "  blob_fs_open: %s\n", err.msg);
        rm_tree(t->dir);
        return false;
    }
    return true;
}

static void ts_close(tstore *t) {
    blob_close(t->s);
    rm_tree(t->dir);
}

/* Deterministic bytes that differ by seed and position. */
static uint8_t *pattern(size_t n, unsigned seed) {
    uint8_t *p = malloc(n ? n : 1);
    uint32_t x = seed * 2654435761u + 1;
    for (size_t i = 0; i < n; i++) {
        x ^= x << 13; x ^= x >> 17; x ^= x << 5;
        p[i] = (uint8_t)x;
    }
    return p;
}

/* Number of entries (files or directories) directly in dir/sub. */
static int count_entries(const char *dir, const char *sub) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, sub);
    int fd = open(path, O_RDONLY | O_DIRECTORY);
    if (fd < 0) return -1;
    DIR *d = fdopendir(fd);
    int n = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL)
        if (strcmp(de->d_name, ".") && strcmp(de->d_name, "..")) n++;
    closedir(d);
    return n;
}

static bool path_exists(const char *dir, const char *tier, const char *key) {
    char path[768];
    snprintf(path, sizeof path, "%s/%s/%s", dir, tier, key);
    struct stat st;
    return lstat(path, &st) == 0;
}

static bool get_equals(blob_store *s, const char *key, const void *want, size_t n) {
    tess_buf b;
    tess_buf_init(&b, -1);
    tess_error err = { { 0 } };
    bool ok = blob_get(s, key, 0, &b, &err) == 0;
    if (!ok) fprintf(stderr, "  get %s: %s\n", key, err.msg);
    ok = ok && b.len == n && (n == 0 || memcmp(b.data, want, n) == 0);
    tess_buf_free(&b);
    return ok;
}

static bool exists(blob_store *s, const char *key, blob_tier *tier) {
    blob_info info;
    bool ex = false;
    tess_error err = { { 0 } };
    if (blob_stat(s, key, &info, &ex, &err) != 0) {
        fprintf(stderr, "  stat %s: %s\n", key, err.msg);
        return false;
    }
    if (ex && tier) *tier = info.tier;
    return ex;
}

/* -------------------------------------------------------------- tests */

static void test_tier_names(void) {
    CHECK_STR(blob_tier_name(BLOB_TIER_FREQUENT), "FREQUENT_ACCESS");
    CHECK_STR(blob_tier_name(BLOB_TIER_ARCHIVE), "ARCHIVE_INSTANT_ACCESS");
    CHECK_STR(blob_tier_name((blob_tier)7), "UNKNOWN_TIER");
}

static const char *const bad_keys[] = {
    "", "/a", "a/", "a//b", "../x", "a/./b", ".", "..", "a/..", "./a", "a b", "a\\b",
    "caf\xc3\xa9", "a\tb", "a:b", "a*b", "a/\n", "x?y",
};

static void test_key_rules(void) {
    CHECK(blob_key_valid("a"));
    CHECK(blob_key_valid("a/b"));
    CHECK(blob_key_valid("AZaz09._-/x"));
    CHECK(blob_key_valid("..."));             /* only "." and ".." are special */
    CHECK(blob_key_valid(".hidden/a..b"));
    CHECK(!blob_key_valid(NULL));
    for (size_t i = 0; i < sizeof bad_keys / sizeof *bad_keys; i++) {
        if (blob_key_valid(bad_keys[i])) {
            fprintf(stderr, "  accepted bad key #%zu\n", i);
            CHECK(0);
        }
    }
    char k[BLOB_KEY_MAX + 2];
    memset(k, 'k', sizeof k);
    k[BLOB_KEY_MAX] = '\0';
    CHECK(blob_key_valid(k));                 /* 255 bytes */
    k[BLOB_KEY_MAX] = 'k';
    k[BLOB_KEY_MAX + 1] = '\0';
    CHECK(!blob_key_valid(k));                /* 256 bytes */
}

static void test_invalid_keys_refused(void) {
    tstore t;
    if (!ts_open(&t)) { CHECK(0); return; }
    char long_key[BLOB_KEY_MAX + 2];
    memset(long_key, 'a', sizeof long_key);
    long_key[BLOB_KEY_MAX + 1] = '\0';
    const char *keys[sizeof bad_keys / sizeof *bad_keys + 1];
    size_t nk = 0;
    for (; nk < sizeof bad_keys / sizeof *bad_keys; nk++) keys[nk] = bad_keys[nk];
    keys[nk++] = long_key;
    for (size_t i = 0; i < nk; i++) {
        const char *k = keys[i];
        tess_error err = { { 0 } };
        CHECK(blob_put(t.s, k, BLOB_TIER_FREQUENT, "x", 1, &err) == -1);
        CHECK(strstr(err.msg, "invalid key") != NULL);
        blob_writer *w = NULL;
        CHECK(blob_writer_open(t.s, k, BLOB_TIER_ARCHIVE, &w, &err) == -1 && w == NULL);
        blob_appender *a = NULL;
        CHECK(blob_appender_open(t.s, k, BLOB_TIER_FREQUENT, &a, &err) == -1 && a == NULL);
        uint8_t b[4];
        CHECK(blob_get_range(t.s, k, 0, 1, b, &err) == -1);
        tess_buf buf;
        tess_buf_init(&buf, -1);
        CHECK(blob_get(t.s, k, 0, &buf, &err) == -1);
        tess_buf_free(&buf);
        bool ex = true;
        CHECK(blob_stat(t.s, k, NULL, &ex, &err) == -1 && !ex);
        int fd = 0;
        uint64_t size;
        CHECK(blob_open_fd(t.s, k, &fd, &size, &err) == -1 && fd == -1);
        CHECK(blob_remove(t.s, k, &err) == -1);
        CHECK(blob_set_tier(t.s, k, BLOB_TIER_ARCHIVE, &err) == -1);
        CHECK(strstr(err.msg, "invalid key") != NULL);
    }
    /* Nothing was created anywhere: not in the tiers, not beside them. */
    CHECK_INT(count_entries(t.dir, "frequent"), 0);
    CHECK_INT(count_entries(t.dir, "archive"), 0);
    CHECK_INT(count_entries(t.dir, "tmp"), 0);
    CHECK_INT(count_entries(t.dir, "."), 3);
    /* An unknown tier is refused too. */
    tess_error err = { { 0 } };
    CHECK(blob_put(t.s, "ok", (blob_tier)5, "x", 1, &err) == -1);
    CHECK(strstr(err.msg, "tier") != NULL);
    ts_close(&t);
}

static void test_put_get_sizes(void) {
    tstore t;
    if (!ts_open(&t)) { CHECK(0); return; }
    const size_t sizes[] = { 0, 1, (1u << 20) + 3 };
    for (size_t i = 0; i < 3; i++) {
        char key[64];
        snprintf(key, sizeof key, "sizes/blob-%zu", sizes[i]);
        uint8_t *p = pattern(sizes[i], (unsigned)i + 1);
        tess_error err = { { 0 } };
        CHECK(blob_put(t.s, key, BLOB_TIER_FREQUENT, p, sizes[i], &err) == 0);
        CHECK(get_equals(t.s, key, p, sizes[i]));
        blob_info info;
        bool ex = false;
        CHECK(blob_stat(t.s, key, &info, &ex, &err) == 0 && ex);
        CHECK_INT(info.size, sizes[i]);
        CHECK_STR(info.key, key);
        CHECK_INT(info.tier, BLOB_TIER_FREQUENT);
        free(p);
    }
    /* A limit below the size is an error; the buffer's own limit too. */
    tess_error err = { { 0 } };
    tess_buf b;
    tess_buf_init(&b, -1);
    CHECK(blob_get(t.s, "sizes/blob-1048579", 1000, &b, &err) == -1);
    CHECK(strstr(err.msg, "limit") != NULL);
    b.limit = 100;
    CHECK(blob_get(t.s, "sizes/blob-1048579", 0, &b, &err) == -1);
    tess_buf_free(&b);
    /* A second put replaces the content. */
    CHECK(blob_put(t.s, "sizes/blob-1", BLOB_TIER_FREQUENT, "xyz", 3, &err) == 0);
    CHECK(get_equals(t.s, "sizes/blob-1", "xyz", 3));
    /* The files are private to the service account. */
    char path[512];
    snprintf(path, sizeof path, "%s/frequent/sizes/blob-1", t.dir);
    struct stat st;
    CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600);
    snprintf(path, sizeof path, "%s/frequent/sizes", t.dir);
    CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0700);
    CHECK_INT(count_entries(t.dir, "tmp"), 0);
    ts_close(&t);
}

static void test_writer_streaming(void) {
    tstore t;
    if (!ts_open(&t)) { CHECK(0); return; }
    size_t total = 0;
    for (size_t i = 0; i < 5000; i++) total += i % 37 + 1;
    uint8_t *p = pattern(total, 9);
    tess_error err = { { 0 } };
    blob_writer *w = NULL;
    CHECK(blob_writer_open(t.s, "stream/a/b/c", BLOB_TIER_ARCHIVE, &w, &err) == 0);
    if (!w) { free(p); ts_close(&t); return; }
    size_t off = 0;
    int fails = 0;
    for (size_t i = 0; i < 5000; i++) {
        size_t n = i % 37 + 1;
        if (blob_writer_write(w, p + off, n, &err) != 0) fails++;
        off += n;
    }
    CHECK_INT(fails, 0);
    /* Not visible before the commit. */
    CHECK(!exists(t.s, "stream/a/b/c", NULL));
    CHECK(blob_writer_commit(w, &err) == 0);
    blob_tier tier = BLOB_TIER_FREQUENT;
    CHECK(exists(t.s, "stream/a/b/c", &tier) && tier == BLOB_TIER_ARCHIVE);
    CHECK(get_equals(t.s, "stream/a/b/c", p, total));
    CHECK_INT(count_entries(t.dir, "tmp"), 0);
    free(p);
    ts_close(&t);
}

static void test_writer_abort(void) {
    tstore t;
    if (!ts_open(&t)) { CHECK(0); return; }
    tess_error err = { { 0 } };
    blob_writer *w = NULL;
    CHECK(blob_writer_open(t.s, "ab/x", BLOB_TIER_FREQUENT, &w, &err) == 0);
    if (!w) { ts_close(&t); return; }
    CHECK(blob_writer_write(w, "hello", 5, &err) == 0);
    CHECK_INT(count_entries(t.dir, "tmp"), 1);
    blob_writer_abort(w);
    CHECK(!exists(t.s, "ab/x", NULL));
    CHECK_INT(count_entries(t.dir, "tmp"), 0);
    CHECK_INT(count_entries(t.dir, "frequent"), 0);
    blob_writer_abort(NULL);          /* a no-op */
    /* An aborted writer leaves an existing blob untouched. */
    CHECK(blob_put(t.s, "ab/x", BLOB_TIER_FREQUENT, "old", 3, &err) == 0);
    CHECK(blob_writer_open(t.s, "ab/x", BLOB_TIER_FREQUENT, &w, &err) == 0);
    if (w) {
        CHECK(blob_writer_write(w, "new!", 4, &err) == 0);
        blob_writer_abort(w);
    }
    CHECK(get_equals(t.s, "ab/x", "old", 3));
    CHECK_INT(count_entries(t.dir, "tmp"), 0);
    ts_close(&t);
}

static void test_get_range(void) {
    tstore t;
    if (!ts_open(&t)) { CHECK(0); return; }
    uint8_t *p = pattern(100, 3);
    tess_error err = { { 0 } };
    CHECK(blob_put(t.s, "r/hundred", BLOB_TIER_ARCHIVE, p, 100, &err) == 0);
    uint8_t b[128];
    CHECK(blob_get_range(t.s, "r/hundred", 0, 100, b, &err) == 0 && memcmp(b, p, 100) == 0);
    CHECK(blob_get_range(t.s, "r/hundred", 99, 1, b, &err) == 0 && b[0] == p[99]);
    CHECK(blob_get_range(t.s, "r/hundred", 37, 20, b, &err) == 0 && memcmp(b, p + 37, 20) == 0);
    CHECK(blob_get_range(t.s, "r/hundred", 100, 0, b, &err) == 0);
    CHECK(blob_get_range(t.s, "r/hundred", 100, 1, b, &err) == -1);
    CHECK(strstr(err.msg, "r/hundred") && strstr(err.msg, "offset 100") &&
          strstr(err.msg, "1 bytes") && strstr(err.msg, "only 100 bytes"));
    CHECK(blob_get_range(t.s, "r/hundred", 50, 51, b, &err) == -1);
    CHECK(blob_get_range(t.s, "r/hundred", 101, 0, b, &err) == -1);
    CHECK(blob_get_range(t.s, "r/hundred", UINT64_MAX, 2, b, &err) == -1);
    CHECK(blob_get_range(t.s, "r/missing", 0, 1, b, &err) == -1);
    CHECK(strstr(err.msg, "no such blob") && strstr(err.msg, "r/missing"));
    free(p);
    ts_close(&t);
}

static void test_stat_and_open_fd(void) {
    tstore t;
    if (!ts_open(&t)) { CHECK(0); return; }
    tess_error err = { { 0 } };
    bool ex = true;
    blob_info info;
    CHECK(blob_stat(t.s, "st/a", &info, &ex, &err) == 0 && !ex);
    double before = (double)time(NULL);
    uint8_t *p = pattern(5000, 4);
    CHECK(blob_put(t.s, "st/a", BLOB_TIER_ARCHIVE, p, 5000, &err) == 0);
    CHECK(blob_stat(t.s, "st/a", &info, &ex, &err) == 0 && ex);
    CHECK_INT(info.size, 5000);
    CHECK_INT(info.tier, BLOB_TIER_ARCHIVE);
    CHECK(info.mtime >= before - 2 && info.mtime <= (double)time(NULL) + 2);
    /* A directory is not a blob. */
    CHECK(blob_stat(t.s, "st", &info, &ex, &err) == 0 && !ex);

    int fd = -1;
    uint64_t size = 0;
    CHECK(blob_open_fd(t.s, "st/a", &fd, &size, &err) == 0);
    CHECK_INT(size, 5000);
    if (fd >= 0) {
        uint8_t b[6000];
        ssize_t r = read(fd, b, sizeof b);
        CHECK_INT(r, 5000);
        CHECK(r == 5000 && memcmp(b, p, 5000) == 0);
        CHECK((fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0);
        CHECK((fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDONLY);
        close(fd);
    }
    CHECK(blob_open_fd(t.s, "st/missing", &fd, &size, &err) == -1 && fd == -1);
    CHECK(strstr(err.msg, "st/missing") != NULL);
    free(p);
    ts_close(&t);
}

static void test_remove(void) {
    tstore t;
    if (!ts_open(&t)) { CHECK(0); return; }
    tess_error err = { { 0 } };
    CHECK(blob_put(t.s, "rm/a", BLOB_TIER_FREQUENT, "1", 1, &err) == 0);
    CHECK(blob_put(t.s, "rm/b", BLOB_TIER_ARCHIVE, "2", 1, &err) == 0);
    CHECK(blob_remove(t.s, "rm/a", &err) == 0);
    CHECK(!exists(t.s, "rm/a", NULL));
    CHECK(!path_exists(t.dir, "frequent", "rm/a"));
    CHECK(blob_remove(t.s, "rm/a", &err) == 0);      /* twice: not an error */
    CHECK(blob_remove(t.s, "rm/b", &err) == 0);
    CHECK(!exists(t.s, "rm/b", NULL));
    CHECK(!path_exists(t.dir, "archive", "rm/b"));
    CHECK(blob_remove(t.s, "never/there", &err) == 0);
    /* A directory prefix is not a blob: nothing to remove, nothing lost. */
    CHECK(blob_put(t.s, "rm/dir/x", BLOB_TIER_FREQUENT, "3", 1, &err) == 0);
    CHECK(blob_remove(t.s, "rm/dir", &err) == 0);
    CHECK(get_equals(t.s, "rm/dir/x", "3", 1));
    ts_close(&t);
}

typedef struct seen {
    int n;
    char keys[16][64];
    blob_tier tiers[16];
    uint64_t sizes[16];
    int stop_after;       /* 0: never stop */
} seen;

static int on_blob(void *ctx, const blob_info *info) {
    seen *s = ctx;
    if (s->n < 16) {
        snprintf(s->keys[s->n], sizeof s->keys[0], "%s", info->key);
        s->tiers[s->n] = info->tier;
        s->sizes[s->n] = info->size;
    }
    s->n++;
    return s->stop_after && s->n >= s->stop_after;
}

/* Index of key in what was listed, or -1 (listing order is not sorted). */
static int seen_find(const seen *s, const char *key) {
    int found = -1;
    for (int i = 0; i < s->n && i < 16; i++)
        if (strcmp(s->keys[i], key) == 0) {
            if (found >= 0) return -2;      /* listed twice */
            found = i;
        }
    return found;
}

static void test_list(void) {
    tstore t;
    if (!ts_open(&t)) { CHECK(0); return; }
    tess_error err = { { 0 } };
    CHECK(blob_put(t.s, "l/a/1", BLOB_TIER_FREQUENT, "1", 1, &err) == 0);
    CHECK(blob_put(t.s, "l/a/2", BLOB_TIER_ARCHIVE, "22", 2, &err) == 0);
    CHECK(blob_put(t.s, "l/ab", BLOB_TIER_FREQUENT, "333", 3, &err) == 0);
    CHECK(blob_put(t.s, "l/b/1", BLOB_TIER_ARCHIVE, "4444", 4, &err) == 0);
    CHECK(blob_put(t.s, "other/x", BLOB_TIER_FREQUENT, "55555", 5, &err) == 0);

    seen s = { 0 };
    CHECK(blob_list(t.s, "", on_blob, &s, &err) == 0);
    CHECK_INT(s.n, 5);
    int i = seen_find(&s, "l/a/2");
    CHECK(i >= 0 && s.tiers[i] == BLOB_TIER_ARCHIVE && s.sizes[i] == 2);
    i = seen_find(&s, "other/x");
    CHECK(i >= 0 && s.tiers[i] == BLOB_TIER_FREQUENT && s.sizes[i] == 5);
    CHECK(seen_find(&s, "l/a/1") >= 0 && seen_find(&s, "l/ab") >= 0 &&
          seen_find(&s, "l/b/1") >= 0);

    memset(&s, 0, sizeof s);
    CHECK(blob_list(t.s, NULL, on_blob, &s, &err) == 0);     /* NULL = all */
    CHECK_INT(s.n, 5);

    memset(&s, 0, sizeof s);
    CHECK(blob_list(t.s, "l/a/", on_blob, &s, &err) == 0);
    CHECK_INT(s.n, 2);
    CHECK(seen_find(&s, "l/a/1") >= 0 && seen_find(&s, "l/a/2") >= 0);

    memset(&s, 0, sizeof s);
    CHECK(blob_list(t.s, "l/a", on_blob, &s, &err) == 0);   /* a string prefix */
    CHECK_INT(s.n, 3);
    CHECK(seen_find(&s, "l/ab") >= 0);

    memset(&s, 0, sizeof s);
    CHECK(blob_list(t.s, "l/", on_blob, &s, &err) == 0);
    CHECK_INT(s.n, 4);

    memset(&s, 0, sizeof s);
    CHECK(blob_list(t.s, "l/b/1", on_blob, &s, &err) == 0);  /* the key itself */
    CHECK_INT(s.n, 1);

    memset(&s, 0, sizeof s);
    CHECK(blob_list(t.s, "zzz", on_blob, &s, &err) == 0);
    CHECK_INT(s.n, 0);

    memset(&s, 0, sizeof s);
    s.stop_after = 2;
    CHECK(blob_list(t.s, "", on_blob, &s, &err) == 0);
    CHECK_INT(s.n, 2);

    CHECK(blob_list(t.s, "a b", on_blob, &s, &err) == -1);
    CHECK(strstr(err.msg, "prefix") != NULL);

    /* Temp files of writers in flight are never listed. */
    blob_writer *w = NULL;
    CHECK(blob_writer_open(t.s, "l/pending", BLOB_TIER_FREQUENT, &w, &err) == 0);
    memset(&s, 0, sizeof s);
    CHECK(blob_list(t.s, "", on_blob, &s, &err) == 0);
    CHECK_INT(s.n, 5);
    blob_writer_abort(w);
    ts_close(&t);
}

static void test_set_tier(void) {
    tstore t;
    if (!ts_open(&t)) { CHECK(0); return; }
    tess_error err = { { 0 } };
    uint8_t *p = pattern(70000, 5);
    CHECK(blob_put(t.s, "tier/x/y", BLOB_TIER_FREQUENT, p, 70000, &err) == 0);
    blob_info before, after;
    bool ex;
    CHECK(blob_stat(t.s, "tier/x/y", &before, &ex, &err) == 0 && ex);
    CHECK(blob_set_tier(t.s, "tier/x/y", BLOB_TIER_ARCHIVE, &err) == 0);
    blob_tier tier = BLOB_TIER_FREQUENT;
    CHECK(exists(t.s, "tier/x/y", &tier) && tier == BLOB_TIER_ARCHIVE);
    CHECK(path_exists(t.dir, "archive", "tier/x/y"));
    CHECK(!path_exists(t.dir, "frequent", "tier/x/y"));
    CHECK(get_equals(t.s, "tier/x/y", p, 70000));
    CHECK(blob_stat(t.s, "tier/x/y", &after, &ex, &err) == 0 && ex);
    CHECK(after.mtime == before.mtime);      /* a move is not a change */
    CHECK(blob_set_tier(t.s, "tier/x/y", BLOB_TIER_ARCHIVE, &err) == 0);   /* no-op */
    CHECK(blob_set_tier(t.s, "tier/x/y", BLOB_TIER_FREQUENT, &err) == 0);
    CHECK(exists(t.s, "tier/x/y", &tier) && tier == BLOB_TIER_FREQUENT);
    CHECK(!path_exists(t.dir, "archive", "tier/x/y"));
    CHECK(get_equals(t.s, "tier/x/y", p, 70000));
    CHECK(blob_set_tier(t.s, "tier/none", BLOB_TIER_ARCHIVE, &err) == -1);
    CHECK(strstr(err.msg, "no such blob") != NULL);
    CHECK(blob_set_tier(t.s, "tier/x/y", (blob_tier)9, &err) == -1);
    free(p);
    ts_close(&t);
}

/* A put into the other tier moves the key there; a copy left in both tiers
 * (as a crash between the rename and the old copy's removal would leave)
 * reads, lists and moves as the frequent copy. */
static void test_one_tier_per_key(void) {
    tstore t;
    if (!ts_open(&t)) { CHECK(0); return; }
    tess_error err = { { 0 } };
    CHECK(blob_put(t.s, "one/k", BLOB_TIER_ARCHIVE, "old", 3, &err) == 0);
    CHECK(blob_put(t.s, "one/k", BLOB_TIER_FREQUENT, "new!", 4, &err) == 0);
    CHECK(path_exists(t.dir, "frequent", "one/k"));
    CHECK(!path_exists(t.dir, "archive", "one/k"));
    CHECK(get_equals(t.s, "one/k", "new!", 4));

    /* Leave a stale copy in the archive by hand. */
    char path[512];
    snprintf(path, sizeof path, "%s/archive/one", t.dir);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/archive/one/k", t.dir);
    FILE *f = fopen(path, "wb");
    if (f) { fputs("stale", f); fclose(f); }
    CHECK(get_equals(t.s, "one/k", "new!", 4));
    seen s = { 0 };
    CHECK(blob_list(t.s, "one/", on_blob, &s, &err) == 0);
    CHECK_INT(s.n, 1);
    CHECK(s.tiers[0] == BLOB_TIER_FREQUENT && s.sizes[0] == 4);
    /* Moving to the archive replaces the stale copy with the visible one. */
    CHECK(blob_set_tier(t.s, "one/k", BLOB_TIER_ARCHIVE, &err) == 0);
    CHECK(!path_exists(t.dir, "frequent", "one/k"));
    CHECK(get_equals(t.s, "one/k", "new!", 4));
    /* Both copies again; set_tier to the frequent tier drops the stale one. */
    CHECK(blob_put(t.s, "one/j", BLOB_TIER_FREQUENT, "jj", 2, &err) == 0);
    snprintf(path, sizeof path, "%s/archive/one/j", t.dir);
    f = fopen(path, "wb");
    if (f) { fputs("stale", f); fclose(f); }
    CHECK(blob_set_tier(t.s, "one/j", BLOB_TIER_FREQUENT, &err) == 0);
    CHECK(!path_exists(t.dir, "archive", "one/j"));
    CHECK(get_equals(t.s, "one/j", "jj", 2));
    /* remove takes both copies. */
    f = fopen(path, "wb");
    if (f) { fputs("stale", f); fclose(f); }
    CHECK(blob_remove(t.s, "one/j", &err) == 0);
    CHECK(!exists(t.s, "one/j", NULL));
    CHECK(!path_exists(t.dir, "archive", "one/j") && !path_exists(t.dir, "frequent", "one/j"));
    ts_close(&t);
}

typedef struct flip_ctx {
    blob_store *s;
    const uint8_t *want;
    size_t n;
    atomic_int done;
    int flips, flip_errors;
    int reads, misses, mismatches;
    char first_error[TESS_ERROR_MAX];
} flip_ctx;

static void *flipper(void *arg) {
    flip_ctx *c = arg;
    for (int i = 0; i < 300; i++) {
        tess_error err = { { 0 } };
        blob_tier to = (i % 2 == 0) ? BLOB_TIER_ARCHIVE : BLOB_TIER_FREQUENT;
        if (blob_set_tier(c->s, "flip/key", to, &err) != 0) {
            if (!c->flip_errors++) snprintf(c->first_error, sizeof c->first_error, "%s", err.msg);
        }
        c->flips++;
    }
    atomic_store(&c->done, 1);
    return NULL;
}

static void *reader(void *arg) {
    flip_ctx *c = arg;
    uint8_t *b = malloc(c->n);
    /* At least one read after the flipper finished, so reads overlap. */
    for (bool last = false; !last;) {
        last = atomic_load(&c->done) != 0;
        tess_error err = { { 0 } };
        if (blob_get_range(c->s, "flip/key", 0, c->n, b, &err) != 0) c->misses++;
        else if (memcmp(b, c->want, c->n) != 0) c->mismatches++;
        bool ex = false;
        if (blob_stat(c->s, "flip/key", NULL, &ex, &err) != 0 || !ex) c->misses++;
        c->reads++;
    }
    free(b);
    return NULL;
}

static void test_set_tier_concurrent_reads(void) {
    tstore t;
    if (!ts_open(&t)) { CHECK(0); return; }
    flip_ctx c;
    memset(&c, 0, sizeof c);
    c.s = t.s;
    c.n = 4096;
    uint8_t *p = pattern(c.n, 6);
    c.want = p;
    atomic_init(&c.done, 0);
    tess_error err = { { 0 } };
    CHECK(blob_put(t.s, "flip/key", BLOB_TIER_FREQUENT, p, c.n, &err) == 0);
    pthread_t a, b;
    pthread_create(&b, NULL, reader, &c);
    pthread_create(&a, NULL, flipper, &c);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    if (c.flip_errors) fprintf(stderr, "  flip error: %s\n", c.first_error);
    CHECK_INT(c.flips, 300);
    CHECK_INT(c.flip_errors, 0);
    CHECK(c.reads > 0);
    CHECK_INT(c.misses, 0);
    CHECK_INT(c.mismatches, 0);
    blob_tier tier = BLOB_TIER_ARCHIVE;
    CHECK(exists(t.s, "flip/key", &tier) && tier == BLOB_TIER_FREQUENT);  /* 300 flips */
    free(p);
    ts_close(&t);
}

static void test_prefix_collisions(void) {
    tstore t;
    if (!ts_open(&t)) { CHECK(0); return; }
    tess_error err = { { 0 } };
    /* A blob cannot become a directory... */
    CHECK(blob_put(t.s, "pc/a", BLOB_TIER_FREQUENT, "a", 1, &err) == 0);
    CHECK(blob_put(t.s, "pc/a/b", BLOB_TIER_FREQUENT, "b", 1, &err) == -1);
    CHECK(strstr(err.msg, "'pc/a' is a blob") != NULL);
    CHECK(blob_put(t.s, "pc/a/b/c", BLOB_TIER_ARCHIVE, "c", 1, &err) == -1);  /* other tier */
    CHECK(strstr(err.msg, "'pc/a' is a blob") != NULL);
    blob_appender *ap = NULL;
    CHECK(blob_appender_open(t.s, "pc/a/seg", BLOB_TIER_ARCHIVE, &ap, &err) == -1 && !ap);
    CHECK(strstr(err.msg, "'pc/a' is a blob") != NULL);
    /* ... and a directory cannot become a blob. */
    CHECK(blob_put(t.s, "pd/x/y", BLOB_TIER_ARCHIVE, "y", 1, &err) == 0);
    CHECK(blob_put(t.s, "pd/x", BLOB_TIER_ARCHIVE, "x", 1, &err) == -1);
    CHECK(strstr(err.msg, "directory of other keys") != NULL);
    CHECK(blob_put(t.s, "pd/x", BLOB_TIER_FREQUENT, "x", 1, &err) == -1);
    CHECK(strstr(err.msg, "directory of other keys") != NULL);
    CHECK(blob_appender_open(t.s, "pd/x", BLOB_TIER_ARCHIVE, &ap, &err) == -1 && !ap);
    /* The blobs there are intact, nothing half-made remains. */
    CHECK(get_equals(t.s, "pc/a", "a", 1));
    CHECK(get_equals(t.s, "pd/x/y", "y", 1));
    CHECK(!path_exists(t.dir, "archive", "pc"));
    CHECK_INT(count_entries(t.dir, "tmp"), 0);
    /* A writer opened before the conflict appeared fails at commit. */
    blob_writer *w = NULL;
    CHECK(blob_writer_open(t.s, "pe/k", BLOB_TIER_FREQUENT, &w, &err) == 0);
    CHECK(blob_put(t.s, "pe/k/inner", BLOB_TIER_FREQUENT, "i", 1, &err) == 0);
    if (w) {
        CHECK(blob_writer_write(w, "k", 1, &err) == 0);
        CHECK(blob_writer_commit(w, &err) == -1);
        CHECK(strstr(err.msg, "directory of other keys") != NULL);
    }
    CHECK_INT(count_entries(t.dir, "tmp"), 0);
    ts_close(&t);
}

static void test_appender(void) {
    tstore t;
    if (!ts_open(&t)) { CHECK(0); return; }
    tess_error err = { { 0 } };
    blob_appender *a = NULL;
    CHECK(blob_appender_open(t.s, "ap/seg1", BLOB_TIER_FREQUENT, &a, &err) == 0);
    if (!a) { ts_close(&t); return; }
    uint8_t *p = pattern(10000, 7);
    uint64_t off = 99;
    CHECK_INT(blob_append_size(a), 0);
    CHECK(blob_append(a, p, 1000, &off, &err) == 0 && off == 0);
    CHECK(blob_append(a, p + 1000, 0, &off, &err) == 0 && off == 1000);
    CHECK(blob_append(a, p + 1000, 2500, &off, &err) == 0 && off == 1000);
    CHECK(blob_append(a, p + 3500, 6500, &off, &err) == 0 && off == 3500);
    CHECK_INT(blob_append_size(a), 10000);
    CHECK(blob_append_sync(a, &err) == 0);
    /* Readable before close, at every offset handed out. */
    uint8_t b[6500];
    CHECK(blob_get_range(t.s, "ap/seg1", 1000, 2500, b, &err) == 0 &&
          memcmp(b, p + 1000, 2500) == 0);
    CHECK(blob_get_range(t.s, "ap/seg1", 3500, 6500, b, &err) == 0 &&
          memcmp(b, p + 3500, 6500) == 0);
    /* A second appender on the same key, in either tier, is refused. */
    blob_appender *a2 = NULL;
    CHECK(blob_appender_open(t.s, "ap/seg1", BLOB_TIER_FREQUENT, &a2, &err) == -1 && !a2);
    CHECK(strstr(err.msg, "already exists") != NULL);
    CHECK(blob_appender_open(t.s, "ap/seg1", BLOB_TIER_ARCHIVE, &a2, &err) == -1 && !a2);
    CHECK(strstr(err.msg, "already exists") != NULL);
    CHECK(blob_appender_close(a, &err) == 0);
    CHECK(get_equals(t.s, "ap/seg1", p, 10000));
    /* An appender on a key put earlier is refused too. */
    CHECK(blob_put(t.s, "ap/put", BLOB_TIER_ARCHIVE, "x", 1, &err) == 0);
    CHECK(blob_appender_open(t.s, "ap/put", BLOB_TIER_ARCHIVE, &a2, &err) == -1 && !a2);
    CHECK(get_equals(t.s, "ap/put", "x", 1));
    /* An appender in the archive tier; close of NULL is a no-op. */
    CHECK(blob_appender_open(t.s, "ap/deep/er/seg2", BLOB_TIER_ARCHIVE, &a2, &err) == 0);
    if (a2) {
        CHECK(blob_append(a2, "abc", 3, &off, &err) == 0 && off == 0);
        CHECK(blob_appender_close(a2, &err) == 0);
    }
    blob_tier tier = BLOB_TIER_FREQUENT;
    CHECK(exists(t.s, "ap/deep/er/seg2", &tier) && tier == BLOB_TIER_ARCHIVE);
    CHECK(blob_appender_close(NULL, &err) == 0);
    free(p);
    ts_close(&t);
}

/* A writer that never commits stands for a crash during a put: the key
 * must not exist for a store opened afterwards, and the temp file is
 * removed by blob_fs_clean_tmp once it is old enough. */
static void test_crash_during_put(void) {
    tstore t;
    if (!ts_open(&t)) { CHECK(0); return; }
    tess_error err = { { 0 } };
    blob_writer *w = NULL;
    CHECK(blob_writer_open(t.s, "crash/k", BLOB_TIER_FREQUENT, &w, &err) == 0);
    if (!w) { ts_close(&t); return; }
    uint8_t *p = pattern(50000, 8);
    CHECK(blob_writer_write(w, p, 50000, &err) == 0);

    blob_store *s2 = NULL;
    CHECK(blob_fs_open(t.dir, &s2, &err) == 0);
    if (s2) {
        CHECK(!exists(s2, "crash/k", NULL));
        seen s = { 0 };
        CHECK(blob_list(s2, "", on_blob, &s, &err) == 0);
        CHECK_INT(s.n, 0);
        blob_close(s2);
    }
    CHECK_INT(count_entries(t.dir, "tmp"), 1);

    /* The writer's file is young: an hour's threshold keeps it. */
    unsigned removed = 99;
    CHECK(blob_fs_clean_tmp(t.dir, 3600, &removed, &err) == 0);
    CHECK_INT(removed, 0);
    CHECK_INT(count_entries(t.dir, "tmp"), 1);
    /* Age it by two hours; add a young stray file that must stay. */
    char tmpdir[300];
    snprintf(tmpdir, sizeof tmpdir, "%s/tmp", t.dir);
    int dfd = open(tmpdir, O_RDONLY | O_DIRECTORY);
    DIR *d = fdopendir(dfd);
    struct dirent *de;
    struct timespec old[2];
    clock_gettime(CLOCK_REALTIME, &old[0]);
    old[0].tv_sec -= 7200;
    old[1] = old[0];
    while (d && (de = readdir(d)) != NULL)
        if (de->d_name[0] != '.') CHECK(utimensat(dirfd(d), de->d_name, old, 0) == 0);
    if (d) closedir(d);
    char young[400];
    snprintf(young, sizeof young, "%s/young.tmp", tmpdir);
    FILE *f = fopen(young, "wb");
    if (f) fclose(f);
    CHECK(blob_fs_clean_tmp(t.dir, 3600, &removed, &err) == 0);
    CHECK_INT(removed, 1);
    CHECK_INT(count_entries(t.dir, "tmp"), 1);
    CHECK(access(young, F_OK) == 0);
    /* 0 = everything. */
    CHECK(blob_fs_clean_tmp(t.dir, 0, &removed, &err) == 0);
    CHECK_INT(removed, 1);
    CHECK_INT(count_entries(t.dir, "tmp"), 0);
    /* The orphaned writer can only fail now, and still frees itself. */
    CHECK(blob_writer_commit(w, &err) == -1);
    CHECK(!exists(t.s, "crash/k", NULL));
    /* A directory without tmp/ is not an error. */
    CHECK(blob_fs_clean_tmp(young, 0, &removed, &err) == 0 && removed == 0);
    free(p);
    ts_close(&t);
}

static void test_open_creates_layout(void) {
    tstore t;
    if (!ts_open(&t)) { CHECK(0); return; }
    tess_error err = { { 0 } };
    /* A nested directory that does not exist yet is created. */
    char nested[400];
    snprintf(nested, sizeof nested, "%s/a/b/store/", t.dir);
    blob_store *s2 = NULL;
    CHECK(blob_fs_open(nested, &s2, &err) == 0);
    if (s2) {
        CHECK_STR(s2->name, "fs");
        CHECK(blob_put(s2, "k", BLOB_TIER_ARCHIVE, "v", 1, &err) == 0);
        blob_close(s2);
    }
    char path[512];
    snprintf(path, sizeof path, "%s/a/b/store/archive/k", t.dir);
    CHECK(access(path, F_OK) == 0);
    snprintf(path, sizeof path, "%s/a/b/store", t.dir);
    CHECK_INT(count_entries(path, "."), 3);
    /* A path through a regular file fails with a message. */
    snprintf(path, sizeof path, "%s/a/b/store/archive/k/sub", t.dir);
    CHECK(blob_fs_open(path, &s2, &err) == -1 && s2 == NULL);
    CHECK(strstr(err.msg, "archive/k") != NULL);
    CHECK(blob_fs_open("", &s2, &err) == -1);
    blob_close(NULL);
    ts_close(&t);
}

int main(void) {
    RUN(test_tier_names);
    RUN(test_key_rules);
    RUN(test_invalid_keys_refused);
    RUN(test_put_get_sizes);
    RUN(test_writer_streaming);
    RUN(test_writer_abort);
    RUN(test_get_range);
    RUN(test_stat_and_open_fd);
    RUN(test_remove);
    RUN(test_list);
    RUN(test_set_tier);
    RUN(test_one_tier_per_key);
    RUN(test_set_tier_concurrent_reads);
    RUN(test_prefix_collisions);
    RUN(test_appender);
    RUN(test_crash_during_put);
    RUN(test_open_creates_layout);
    return harness_done("blob");
}
