/*
 * test_blob_race.c - a reader must find a key while its tier moves, made
 * deterministic.
 *
 * test_blob.c flips a key's tier in one thread while another reads it; the
 * dangerous interleaving (a whole move between two probes of one read) is
 * rare there. Here this executable interposes openat(2): when a read of
 * the watched key misses in one tier, the hook moves the key to the other
 * tier before the miss is returned, i.e. exactly inside the read's window,
 * up to a budget of moves per read. The reads must still find the key
 * (blob_fs.c): across one move made through another handle, by the third
 * probe (a read that probed frequent then archive only fails that test);
 * across many moves made through the reader's own handle, by the move
 * counters (a read without them fails that test).
 */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "harness.h"
#include "store/blob.h"

#define WATCHED "race/key"

static blob_store *hook_store;
static int hook_budget;             /* moves left for the current read */
static int hook_misses;             /* misses of the watched key in this read */
static int hook_moves;              /* moves made, for the checks */
static int hook_in;                 /* no re-entry from the hook's own calls */

static void hook_move(void) {
    tess_error err = { { 0 } };
    blob_info info;
    bool ex = false;
    if (blob_stat(hook_store, WATCHED, &info, &ex, &err) != 0 || !ex) return;
    blob_tier to = info.tier == BLOB_TIER_FREQUENT ? BLOB_TIER_ARCHIVE : BLOB_TIER_FREQUENT;
    if (blob_set_tier(hook_store, WATCHED, to, &err) == 0) hook_moves++;
}

/* Interposed for the whole executable (the library is linked statically). */
int openat(int dirfd, const char *path, int flags, ...) {
    mode_t mode = 0;
    if ((flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE) {
        va_list ap;
        va_start(ap, flags);
        mode = va_arg(ap, mode_t);
        va_end(ap);
    }
    long r = syscall(SYS_openat, dirfd, path, flags, mode);
    if (r < 0 && errno == ENOENT && !hook_in && hook_budget > 0 && hook_store &&
        strcmp(path, WATCHED) == 0) {
        int saved = errno;
        hook_in = 1;
        /* A read probes frequent, archive, frequent per round: move after
         * the first two misses of each round and let the third one stand,
         * so that every round misses the key and sees moves. */
        if (++hook_misses % 3 != 0) {
            hook_budget--;
            hook_move();
        }
        hook_in = 0;
        errno = saved;
    }
    return (int)r;
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

static char dir[256];

static blob_store *open_store(void) {
    const char *base = getenv("TMPDIR");
    snprintf(dir, sizeof dir, "%s/tessera-race-XXXXXX", base && *base ? base : "/tmp");
    if (!mkdtemp(dir)) return NULL;
    blob_store *s = NULL;
    tess_error err = { { 0 } };
    if (blob_fs_open(dir, &s, &err) != 0) fprintf(stderr, "  open: %s\n", err.msg);
    return s;
}

static void close_store(blob_store *s) {
    hook_store = NULL;
    blob_close(s);
    nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* Put the key in the archive (so the first probe, frequent, misses), arm
 * the hook with `budget` moves and read it every way. */
static void read_with_moves(blob_store *s, int budget) {
    tess_error err = { { 0 } };
    const char want[] = "0123456789abcdef";
    enum { GET_RANGE, STAT, OPEN_FD, GET };
    for (int h = GET_RANGE; h <= GET; h++) {
        CHECK(blob_set_tier(s, WATCHED, BLOB_TIER_ARCHIVE, &err) == 0);
        hook_moves = hook_misses = 0;
        hook_budget = budget;
        int ok = 0;
        if (h == GET_RANGE) {
            char b[16];
            ok = blob_get_range(s, WATCHED, 0, 16, b, &err) == 0 && memcmp(b, want, 16) == 0;
        } else if (h == STAT) {
            bool ex = false;
            blob_info info;
            ok = blob_stat(s, WATCHED, &info, &ex, &err) == 0 && ex && info.size == 16;
        } else if (h == OPEN_FD) {
            int fd = -1;
            uint64_t size = 0;
            ok = blob_open_fd(s, WATCHED, &fd, &size, &err) == 0 && size == 16;
            if (fd >= 0) close(fd);
        } else {
            tess_buf b;
            tess_buf_init(&b, -1);
            ok = blob_get(s, WATCHED, 0, &b, &err) == 0 && b.len == 16 &&
                 memcmp(b.data, want, 16) == 0;
            tess_buf_free(&b);
        }
        hook_budget = 0;
        if (!ok) fprintf(stderr, "  budget %d, read kind %d: %s\n", budget, h, err.msg);
        CHECK(ok);
        CHECK_INT(hook_moves, budget);       /* the moves did happen inside the read */
    }
}

/* One move between the frequent and the archive probes, made through a
 * second handle on the same directory (as another process would: the
 * reader's move counters do not see it): caught by the third probe. */
static void test_one_foreign_move_inside_a_read(void) {
    blob_store *s = open_store();
    if (!s) { CHECK(0); return; }
    tess_error err = { { 0 } };
    blob_store *other = NULL;
    CHECK(blob_fs_open(dir, &other, &err) == 0);
    hook_store = other;
    CHECK(blob_put(s, WATCHED, BLOB_TIER_ARCHIVE, "0123456789abcdef", 16, &err) == 0);
    if (other) read_with_moves(s, 1);
    hook_store = NULL;
    blob_close(other);
    close_store(s);
}

/* Many moves inside one read: caught by the move counters (a read says
 * "missing" only when no move of this handle overlapped its probes). */
static void test_many_moves_inside_a_read(void) {
    blob_store *s = open_store();
    if (!s) { CHECK(0); return; }
    hook_store = s;
    tess_error err = { { 0 } };
    CHECK(blob_put(s, WATCHED, BLOB_TIER_ARCHIVE, "0123456789abcdef", 16, &err) == 0);
    read_with_moves(s, 2);
    read_with_moves(s, 7);
    read_with_moves(s, 60);
    close_store(s);
}

/* A key that is really missing is reported missing, moves or not. */
static void test_missing_stays_missing(void) {
    blob_store *s = open_store();
    if (!s) { CHECK(0); return; }
    tess_error err = { { 0 } };
    bool ex = true;
    CHECK(blob_stat(s, WATCHED, NULL, &ex, &err) == 0 && !ex);
    char b[4];
    CHECK(blob_get_range(s, WATCHED, 0, 1, b, &err) == -1);
    CHECK(strstr(err.msg, "no such blob") != NULL);
    close_store(s);
}

int main(void) {
    RUN(test_one_foreign_move_inside_a_read);
    RUN(test_many_moves_inside_a_read);
    RUN(test_missing_stays_missing);
    return harness_done("blob_race");
}
