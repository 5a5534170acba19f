/*
 * test_blob_sync.c - an appender's sync reaches the disk once per new
 * bytes, and never less.
 *
 * This executable interposes fdatasync(2) to count the calls (the library
 * is linked statically, so blob_fs.c's calls come here) and passes each on
 * to the kernel. blob_append_sync must call it when bytes were appended
 * since the last successful sync (or before the first), and may skip it
 * otherwise: a STOW request syncs its segments before its job exists, in
 * imp_publish, and at close, with nothing appended in between.
 */
#include <errno.h>
#include <ftw.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "harness.h"
#include "store/blob.h"

static int fdatasync_calls;
static int fdatasync_fail;          /* fail the next call with EIO */

int fdatasync(int fd) {
    fdatasync_calls++;
    if (fdatasync_fail) {
        fdatasync_fail = 0;
        errno = EIO;
        return -1;
    }
    return (int)syscall(SYS_fdatasync, fd);
}

static int rm_entry(const char *p, const struct stat *st, int flag, struct FTW *f) {
    return remove(p);
}

static void test_sync_counts(void) {
    char dir[] = "/tmp/tessera-blob-sync-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    tess_error err = {{0}};
    blob_store *s = NULL;
    CHECK_INT(blob_fs_open(dir, &s, &err), 0);
    if (!s) return;
    blob_appender *a = NULL;
    CHECK_INT(blob_appender_open(s, "seg/a.seg", BLOB_TIER_FREQUENT, &a, &err), 0);
    if (!a) return;
    uint64_t off = 0;

    int n0 = fdatasync_calls;
    CHECK_INT(blob_append_sync(a, &err), 0);            /* the first sync always syncs */
    CHECK_INT(fdatasync_calls - n0, 1);
    CHECK_INT(blob_append(a, "hello", 5, &off, &err), 0);
    CHECK_INT(blob_append_sync(a, &err), 0);
    CHECK_INT(fdatasync_calls - n0, 2);
    CHECK_INT(blob_append_sync(a, &err), 0);            /* nothing new: no call */
    CHECK_INT(blob_append_sync(a, &err), 0);
    CHECK_INT(fdatasync_calls - n0, 2);

    /* a failed sync is not remembered as done: the next one tries again */
    CHECK_INT(blob_append(a, " world", 6, &off, &err), 0);
    fdatasync_fail = 1;
    CHECK_INT(blob_append_sync(a, &err), -1);
    CHECK(strstr(err.msg, "fdatasync") != NULL);
    CHECK_INT(fdatasync_calls - n0, 3);
    CHECK_INT(blob_append_sync(a, &err), 0);
    CHECK_INT(fdatasync_calls - n0, 4);

    /* close after a sync with nothing new: no call; the bytes are there */
    CHECK_INT(blob_appender_close(a, &err), 0);
    CHECK_INT(fdatasync_calls - n0, 4);
    char got[12] = {0};
    CHECK_INT(blob_get_range(s, "seg/a.seg", 0, 11, got, &err), 0);
    CHECK_STR(got, "hello world");

    /* close with unsynced bytes syncs them */
    CHECK_INT(blob_appender_open(s, "seg/b.seg", BLOB_TIER_FREQUENT, &a, &err), 0);
    if (a) {
        CHECK_INT(blob_append(a, "x", 1, &off, &err), 0);
        n0 = fdatasync_calls;
        CHECK_INT(blob_appender_close(a, &err), 0);
        CHECK_INT(fdatasync_calls - n0, 1);
    }
    blob_close(s);
    nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

int main(void) {
    RUN(test_sync_counts);
    return harness_done("blob_sync");
}
