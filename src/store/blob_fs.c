/*
 * blob_fs.c - the filesystem backend of the blob store (blob.h, blob_fs.h).
 *
 * A store is a directory: dir/frequent/ and dir/archive/ hold the two tiers,
 * a key being a relative path under its tier root; dir/tmp/ holds the files
 * of writers that have not committed yet. Directories are created 0700 and
 * files 0600: blobs are medical images and documents (PHI), readable by the
 * service account only. Existing directories keep their modes.
 *
 * Durability (the step-by-step argument is in docs/storage.md):
 *   - A writer writes a unique temp file in dir/tmp/ (O_EXCL). Commit is
 *     fsync(file); create the key's parent directories, fsyncing every
 *     directory on the path (the tier root included) after its child entry
 *     exists; rename(temp, key), which is atomic per path; fsync(the key's
 *     directory). Only then is a copy of the key in the other tier removed
 *     (unlink + fsync of its directory), so a key lives in one tier and a
 *     crash never leaves it in neither.
 *   - An appender creates its final file with O_EXCL and fsyncs the
 *     directory path once; appends are pwrites at the tracked end; sync is
 *     fdatasync (which also makes the new file size durable).
 *   - set_tier hard-links the blob into the other tier, fsyncs that
 *     directory, then unlinks the old name and fsyncs its directory: at
 *     every instant, and after a crash at any point, at least one tier holds
 *     the key. A filesystem without hard links (or a stale copy left by a
 *     crash at the destination) falls back to rename, atomic per path.
 *
 * Reads look for a key in the frequent tier, then the archive, then the
 * frequent tier again. A tier move (link then unlink) or a put into the
 * other tier (rename then unlink) can only make a key vanish from the tier
 * probed first *after* it appeared in the other one, so three probes find a
 * key across any single move that overlaps them. Moves made through this
 * store handle (set_tier, and a put's removal of the other tier's copy)
 * are also counted (two atomic counters, begun and done): a read reports
 * "missing" only when no move of this handle overlapped its probes, and
 * probes again otherwise, up to FS_LOCATE_ROUNDS rounds. So a reader never
 * sees a key missing because of moves made through its own handle (short
 * of 100 rounds in a row each overlapped by a move), and a reader in
 * another process is safe across one move of the key during its probes
 * (a few microseconds; two full moves in that time would be needed to
 * fool it). tests/unit/test_blob_race.c forces both cases. Where both tiers hold
 * a key (only after a crash between a commit's rename and its removal of
 * the other tier's copy), the frequent copy is the one read, listed and
 * moved; the next put, set_tier or remove of the key resolves it.
 *
 * list walks the frequent tier, then the archive, each in directory order:
 * keys come unsorted, and a listing is not a snapshot (a key moved or
 * written meanwhile may be missed or, across a move, reported twice).
 * Directory entries that are not valid keys are skipped, as is dir/tmp/.
 *
 * Keys that are directories of other keys: "a" and "a/b" cannot both be
 * blobs (across both tiers). A put, appender or set_tier that would need
 * it fails with a message naming the blob in the way. The check against the
 * other tier is made before the write, so two racing writers of "a" and
 * "a/b" into different tiers could both succeed; Tessera's keys are
 * generated (IDs), so this is a documented limit, not a lock.
 *
 * Thread safety: after blob_fs_open the store holds only immutable state
 * (root path, directory fds, a random nonce) and three atomic counters
 * (temp-file sequence, moves begun, moves done). Every operation works on
 * its own fds. Empty directories are never removed (a remove racing a put
 * into the same directory would make the put fail); they cost an inode.
 */
#include "store/blob_fs.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#define FS_DIR_MODE 0700
#define FS_FILE_MODE 0600
#define FS_LOCATE_ROUNDS 100
#define FS_IO_CHUNK ((size_t)1 << 30)      /* largest single read/write call */
#define FS_GET_CHUNK ((size_t)256 * 1024)  /* blob_get copies through this */
#define FS_DEFAULT_LIMIT ((size_t)1 << 30)

typedef struct fs_store {
    blob_store base;
    char *root;                     /* owned: the directory given to blob_fs_open */
    int tier_fd[2];                 /* dir/frequent, dir/archive */
    int tmp_fd;                     /* dir/tmp */
    uint64_t nonce;                 /* random, part of every temp name */
    atomic_uint_fast64_t tmp_seq;
    atomic_uint_fast64_t moves_begun;
    atomic_uint_fast64_t moves_done;
} fs_store;

typedef struct fs_writer {
    blob_writer base;
    int fd;                         /* the temp file, or -1 */
    blob_tier tier;
    bool failed;                    /* a write failed: commit refuses */
    char key[BLOB_KEY_MAX + 1];
    char tmp[64];                   /* name inside dir/tmp */
} fs_writer;

typedef struct fs_appender {
    blob_appender base;
    int fd;
    blob_tier tier;
    uint64_t size;                  /* bytes appended; the next append starts here */
    uint64_t synced;                /* size at the last successful fdatasync */
    bool synced_once;               /* false until the first one */
    char key[BLOB_KEY_MAX + 1];
} fs_appender;

static const char *const tier_dirs[2] = { "frequent", "archive" };

static fs_store *fs_of(blob_store *s) { return (fs_store *)s; }

static bool tier_ok(blob_tier t) { return t == BLOB_TIER_FREQUENT || t == BLOB_TIER_ARCHIVE; }

static blob_tier other_tier(blob_tier t) {
    return t == BLOB_TIER_FREQUENT ? BLOB_TIER_ARCHIVE : BLOB_TIER_FREQUENT;
}

/* ------------------------------------------------------------ helpers */

/* A printable rendering of a (possibly invalid) key for messages: bytes
 * outside printable ASCII become '?', long keys are cut. */
static const char *key_show(const char *key, char out[72]) {
    if (!key) return "(null)";
    size_t i = 0;
    for (; key[i] && i < 64; i++) {
        unsigned char c = (unsigned char)key[i];
        out[i] = (c >= 0x20 && c < 0x7f && c != '\'') ? (char)c : '?';
    }
    if (key[i]) { memcpy(out + i, "...", 4); }
    else out[i] = '\0';
    return out;
}

static int check_key(const char *what, const char *key, tess_error *err) {
    if (blob_key_valid(key)) return 0;
    char show[72];
    return tess_fail(err,
                     "blob fs: %s: invalid key '%s' (a key is 1 to %d bytes of [A-Za-z0-9._-] "
                     "components separated by single '/', none empty, '.' or '..')",
                     what, key_show(key, show), BLOB_KEY_MAX);
}

static int check_tier(const char *what, const char *key, blob_tier t, tess_error *err) {
    if (tier_ok(t)) return 0;
    return tess_fail(err, "blob fs: %s '%s': unknown tier %d", what, key, (int)t);
}

/* Loops over short writes and EINTR. Returns 0 or an errno value. */
static int pwrite_all(int fd, const void *p, size_t n, uint64_t off) {
    const uint8_t *b = p;
    while (n) {
        size_t chunk = n > FS_IO_CHUNK ? FS_IO_CHUNK : n;
        ssize_t w = pwrite(fd, b, chunk, (off_t)off);
        if (w < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        if (w == 0) return EIO;
        b += w;
        n -= (size_t)w;
        off += (uint64_t)w;
    }
    return 0;
}

static int write_all(int fd, const void *p, size_t n) {
    const uint8_t *b = p;
    while (n) {
        size_t chunk = n > FS_IO_CHUNK ? FS_IO_CHUNK : n;
        ssize_t w = write(fd, b, chunk);
        if (w < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        if (w == 0) return EIO;
        b += w;
        n -= (size_t)w;
    }
    return 0;
}

/* Reads up to n bytes at off; *got < n means end of file. Returns 0 or an
 * errno value. */
static int pread_all(int fd, void *p, size_t n, uint64_t off, size_t *got) {
    uint8_t *b = p;
    *got = 0;
    while (*got < n) {
        size_t chunk = n - *got > FS_IO_CHUNK ? FS_IO_CHUNK : n - *got;
        ssize_t r = pread(fd, b + *got, chunk, (off_t)(off + *got));
        if (r < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        if (r == 0) break;
        *got += (size_t)r;
    }
    return 0;
}

static int sync_fd(int fd, bool data_only) {
    int r;
    do r = data_only ? fdatasync(fd) : fsync(fd);
    while (r != 0 && errno == EINTR);
    return r == 0 ? 0 : errno;
}

static double st_mtime_of(const struct stat *st) {
    return (double)st->st_mtim.tv_sec + (double)st->st_mtim.tv_nsec / 1e9;
}

/* ---------------------------------------------------- directory paths */

static int err_prefix_blob(fs_store *fs, const char *what, const char *key, size_t plen,
                           blob_tier t, tess_error *err) {
    return tess_fail(err,
                     "blob fs: %s '%s': '%.*s' is a blob in %s (%s/%s/%.*s), so it cannot "
                     "also be a directory of other keys",
                     what, key, (int)plen, key, blob_tier_name(t), fs->root, tier_dirs[t],
                     (int)plen, key);
}

static int err_key_is_dir(fs_store *fs, const char *what, const char *key, blob_tier t,
                          tess_error *err) {
    return tess_fail(err,
                     "blob fs: %s '%s': the key is a directory of other keys in %s (%s/%s/%s), "
                     "so it cannot also be a blob",
                     what, key, blob_tier_name(t), fs->root, tier_dirs[t], key);
}

/* 0 when key could be a blob of tier t as far as the keys already there go:
 * no proper prefix of it is a blob and it is not a directory. */
static int fs_check_shape(fs_store *fs, const char *what, blob_tier t, const char *key,
                          tess_error *err) {
    char path[BLOB_KEY_MAX + 1];
    struct stat st;
    for (size_t i = 0; key[i]; i++) {
        if (key[i] != '/') continue;
        memcpy(path, key, i);
        path[i] = '\0';
        if (fstatat(fs->tier_fd[t], path, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno == ENOENT) return 0;          /* nothing deeper exists */
            return tess_fail(err, "blob fs: %s '%s': stat %s/%s/%s: %s", what, key, fs->root,
                             tier_dirs[t], path, strerror(errno));
        }
        if (!S_ISDIR(st.st_mode)) return err_prefix_blob(fs, what, key, i, t, err);
    }
    if (fstatat(fs->tier_fd[t], key, &st, AT_SYMLINK_NOFOLLOW) == 0) {
        if (S_ISDIR(st.st_mode)) return err_key_is_dir(fs, what, key, t, err);
    } else if (errno != ENOENT) {
        return tess_fail(err, "blob fs: %s '%s': stat %s/%s/%s: %s", what, key, fs->root,
                         tier_dirs[t], key, strerror(errno));
    }
    return 0;
}

/* Open the directory of tier t that holds key's last component; *base
 * points into key at that component. The caller closes *dirfd.
 *
 * With create, missing directories are made (FS_DIR_MODE) and every
 * directory on the way, tier root included, is fsynced once its child
 * entry exists. Directories that already existed are fsynced too: one made
 * a moment ago by a concurrent writer may not be durable yet, and this
 * commit must not return before it is (an fsync of a clean directory
 * costs next to nothing). The key's own directory is left to the caller,
 * to fsync after the entry it adds.
 *
 * Without create, a missing directory gives *dirfd = -1 and returns 0. */
static int fs_open_parent(fs_store *fs, const char *what, blob_tier t, const char *key,
                          bool create, int *dirfd, const char **base, tess_error *err) {
    *dirfd = -1;
    *base = key;
    int cur = openat(fs->tier_fd[t], ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (cur < 0)
        return tess_fail(err, "blob fs: %s '%s': opening %s/%s: %s", what, key, fs->root,
                         tier_dirs[t], strerror(errno));
    char comp[BLOB_KEY_MAX + 1];
    const char *p = key;
    for (const char *slash; (slash = strchr(p, '/')) != NULL; p = slash + 1) {
        size_t clen = (size_t)(slash - p), plen = (size_t)(slash - key);
        memcpy(comp, p, clen);
        comp[clen] = '\0';
        if (create) {
            if (mkdirat(cur, comp, FS_DIR_MODE) != 0 && errno != EEXIST) {
                int e = errno;
                close(cur);
                if (e == ENOTDIR) return err_prefix_blob(fs, what, key, plen, t, err);
                return tess_fail(err, "blob fs: %s '%s': creating directory %s/%s/%.*s: %s",
                                 what, key, fs->root, tier_dirs[t], (int)plen, key, strerror(e));
            }
            int e = sync_fd(cur, false);
            if (e) {
                close(cur);
                return tess_fail(err, "blob fs: %s '%s': syncing the directory of %s/%s/%.*s: %s",
                                 what, key, fs->root, tier_dirs[t], (int)plen, key, strerror(e));
            }
        }
        int next = openat(cur, comp, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
        if (next < 0) {
            int e = errno;
            close(cur);
            if (e == ENOENT && !create) return 0;
            if (e == ENOTDIR) return err_prefix_blob(fs, what, key, plen, t, err);
            return tess_fail(err, "blob fs: %s '%s': opening directory %s/%s/%.*s: %s", what,
                             key, fs->root, tier_dirs[t], (int)plen, key, strerror(e));
        }
        close(cur);
        cur = next;
    }
    *dirfd = cur;
    *base = p;
    return 0;
}

/* Unlink key from tier t and fsync its directory. A missing key (or a
 * directory under that name) is not an error. *removed says whether a blob
 * was unlinked (may be NULL). */
static int fs_unlink_tier(fs_store *fs, const char *what, blob_tier t, const char *key,
                          bool *removed, tess_error *err) {
    if (removed) *removed = false;
    int dirfd;
    const char *base;
    if (fs_open_parent(fs, what, t, key, false, &dirfd, &base, err) != 0) return -1;
    if (dirfd < 0) return 0;
    if (unlinkat(dirfd, base, 0) != 0) {
        int e = errno;
        close(dirfd);
        if (e == ENOENT || e == EISDIR) return 0;
        return tess_fail(err, "blob fs: %s '%s': unlink %s/%s/%s: %s", what, key, fs->root,
                         tier_dirs[t], key, strerror(e));
    }
    int e = sync_fd(dirfd, false);
    close(dirfd);
    if (e)
        return tess_fail(err, "blob fs: %s '%s': syncing the directory of %s/%s/%s: %s", what,
                         key, fs->root, tier_dirs[t], key, strerror(e));
    if (removed) *removed = true;
    return 0;
}

/* ------------------------------------------------------------- lookup */

/* Open key in tier t: 1 found (*fd, *st set), 0 not there, -1 error.
 * O_NONBLOCK keeps a stray FIFO from blocking; it changes nothing for
 * regular files. Only regular files are blobs. */
static int fs_try_open(fs_store *fs, blob_tier t, const char *key, int *fd, struct stat *st,
                       tess_error *err) {
    int f = openat(fs->tier_fd[t], key, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (f < 0) {
        if (errno == ENOENT || errno == ENOTDIR) return 0;
        return tess_fail(err, "blob fs: open %s/%s/%s: %s", fs->root, tier_dirs[t], key,
                         strerror(errno));
    }
    if (fstat(f, st) != 0) {
        int e = errno;
        close(f);
        return tess_fail(err, "blob fs: stat %s/%s/%s: %s", fs->root, tier_dirs[t], key,
                         strerror(e));
    }
    if (!S_ISREG(st->st_mode)) {
        close(f);
        return 0;
    }
    *fd = f;
    return 1;
}

/* Find and open key in whichever tier holds it (see the top comment for
 * why frequent, archive, frequent, and why the move counters). */
static int fs_locate(fs_store *fs, const char *key, int *fd, struct stat *st, blob_tier *tier,
                     bool *found, tess_error *err) {
    static const blob_tier order[3] = { BLOB_TIER_FREQUENT, BLOB_TIER_ARCHIVE,
                                        BLOB_TIER_FREQUENT };
    *found = false;
    *fd = -1;
    for (int round = 0; round < FS_LOCATE_ROUNDS; round++) {
        /* done is read before begun: done <= begun always holds, so equal
         * values mean no move was in progress when begun was read. */
        uint_fast64_t done0 = atomic_load(&fs->moves_done);
        uint_fast64_t begun0 = atomic_load(&fs->moves_begun);
        for (int i = 0; i < 3; i++) {
            int r = fs_try_open(fs, order[i], key, fd, st, err);
            if (r < 0) return -1;
            if (r > 0) {
                *tier = order[i];
                *found = true;
                return 0;
            }
        }
        uint_fast64_t begun1 = atomic_load(&fs->moves_begun);
        if (done0 == begun0 && begun1 == begun0) return 0;
    }
    return 0;
}

static int err_missing(fs_store *fs, const char *what, const char *key, tess_error *err) {
    return tess_fail(err, "blob fs: %s '%s': no such blob in either tier (%s)", what, key,
                     fs->root);
}

/* The tier whose copy readers see (frequent first), without opening it. */
static int fs_which_tier(fs_store *fs, const char *what, const char *key, blob_tier *tier,
                         bool *found, bool *both, tess_error *err) {
    *found = *both = false;
    for (int t = 0; t < 2; t++) {
        struct stat st;
        if (fstatat(fs->tier_fd[t], key, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno == ENOENT || errno == ENOTDIR) continue;
            return tess_fail(err, "blob fs: %s '%s': stat %s/%s/%s: %s", what, key, fs->root,
                             tier_dirs[t], key, strerror(errno));
        }
        if (!S_ISREG(st.st_mode)) continue;
        if (*found) *both = true;
        else {
            *found = true;
            *tier = (blob_tier)t;
        }
    }
    return 0;
}

/* ------------------------------------------------------------ writers */

static int fs_writer_open(blob_store *s, const char *key, blob_tier tier, blob_writer **out,
                          tess_error *err) {
    fs_store *fs = fs_of(s);
    *out = NULL;
    if (check_key("put", key, err) != 0 || check_tier("put", key, tier, err) != 0) return -1;
    if (fs_check_shape(fs, "put", BLOB_TIER_FREQUENT, key, err) != 0 ||
        fs_check_shape(fs, "put", BLOB_TIER_ARCHIVE, key, err) != 0)
        return -1;
    fs_writer *w = calloc(1, sizeof *w);
    if (!w) return tess_fail(err, "blob fs: put '%s': out of memory", key);
    w->base.store = s;
    w->tier = tier;
    w->fd = -1;
    memcpy(w->key, key, strlen(key) + 1);
    for (int attempt = 0; attempt < 16 && w->fd < 0; attempt++) {
        uint64_t seq = (uint64_t)atomic_fetch_add(&fs->tmp_seq, 1);
        snprintf(w->tmp, sizeof w->tmp, "%ld-%016" PRIx64 "-%" PRIu64 ".tmp", (long)getpid(),
                 fs->nonce, seq);
        w->fd = openat(fs->tmp_fd, w->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                       FS_FILE_MODE);
        if (w->fd < 0 && errno != EEXIST) break;
    }
    if (w->fd < 0) {
        int e = errno;
        tess_fail(err, "blob fs: put '%s': creating a temp file in %s/tmp: %s", key, fs->root,
                  strerror(e));
        free(w);
        return -1;
    }
    *out = &w->base;
    return 0;
}

static int fs_writer_write(blob_writer *bw, const void *p, size_t n, tess_error *err) {
    fs_writer *w = (fs_writer *)bw;
    fs_store *fs = fs_of(bw->store);
    if (w->failed)
        return tess_fail(err, "blob fs: put '%s': an earlier write failed", w->key);
    int e = write_all(w->fd, p, n);
    if (e) {
        w->failed = true;
        return tess_fail(err, "blob fs: put '%s': writing %s/tmp/%s: %s", w->key, fs->root,
                         w->tmp, strerror(e));
    }
    return 0;
}

/* The commit steps; *renamed tells the caller whether the temp file is
 * gone (moved under the key). */
static int fs_commit(fs_store *fs, fs_writer *w, bool *renamed, tess_error *err) {
    const char *key = w->key;
    blob_tier t = w->tier;
    *renamed = false;
    if (w->failed)
        return tess_fail(err, "blob fs: put '%s': not committed, an earlier write failed", key);
    int e = sync_fd(w->fd, false);
    if (e)
        return tess_fail(err, "blob fs: put '%s': fsync of %s/tmp/%s: %s", key, fs->root,
                         w->tmp, strerror(e));
    int fd = w->fd;
    w->fd = -1;
    if (close(fd) != 0 && errno != EINTR)
        return tess_fail(err, "blob fs: put '%s': closing %s/tmp/%s: %s", key, fs->root,
                         w->tmp, strerror(errno));
    if (fs_check_shape(fs, "put", other_tier(t), key, err) != 0) return -1;

    int dirfd;
    const char *base;
    if (fs_open_parent(fs, "put", t, key, true, &dirfd, &base, err) != 0) return -1;
    if (renameat(fs->tmp_fd, w->tmp, dirfd, base) != 0) {
        e = errno;
        close(dirfd);
        if (e == EISDIR || e == ENOTEMPTY || e == EEXIST)
            return err_key_is_dir(fs, "put", key, t, err);
        if (e == EXDEV)
            return tess_fail(err,
                             "blob fs: put '%s': %s/tmp and %s/%s are on different filesystems "
                             "(they must share one for atomic renames)",
                             key, fs->root, fs->root, tier_dirs[t]);
        return tess_fail(err, "blob fs: put '%s': rename %s/tmp/%s to %s/%s/%s: %s", key,
                         fs->root, w->tmp, fs->root, tier_dirs[t], key, strerror(e));
    }
    *renamed = true;
    e = sync_fd(dirfd, false);
    close(dirfd);
    if (e)
        return tess_fail(err, "blob fs: put '%s': syncing the directory of %s/%s/%s: %s", key,
                         fs->root, tier_dirs[t], key, strerror(e));

    /* The new copy is durable: now drop any copy in the other tier. The
     * move counters tell concurrent readers of this handle that a key may
     * be switching tiers. */
    atomic_fetch_add(&fs->moves_begun, 1);
    int rc = fs_unlink_tier(fs, "put", other_tier(t), key, NULL, err);
    atomic_fetch_add(&fs->moves_done, 1);
    return rc;
}

static int fs_writer_commit(blob_writer *bw, tess_error *err) {
    fs_writer *w = (fs_writer *)bw;
    fs_store *fs = fs_of(bw->store);
    bool renamed = false;
    int rc = fs_commit(fs, w, &renamed, err);
    if (w->fd >= 0) close(w->fd);
    if (!renamed) unlinkat(fs->tmp_fd, w->tmp, 0);
    free(w);
    return rc;
}

static void fs_writer_abort(blob_writer *bw) {
    fs_writer *w = (fs_writer *)bw;
    fs_store *fs = fs_of(bw->store);
    if (w->fd >= 0) close(w->fd);
    unlinkat(fs->tmp_fd, w->tmp, 0);
    free(w);
}

/* ---------------------------------------------------------- appenders */

static int fs_appender_open(blob_store *s, const char *key, blob_tier tier,
                            blob_appender **out, tess_error *err) {
    fs_store *fs = fs_of(s);
    *out = NULL;
    if (check_key("append", key, err) != 0 || check_tier("append", key, tier, err) != 0)
        return -1;
    blob_tier o = other_tier(tier);
    if (fs_check_shape(fs, "append", o, key, err) != 0) return -1;
    struct stat st;
    if (fstatat(fs->tier_fd[o], key, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode))
        return tess_fail(err,
                         "blob fs: append '%s': the blob already exists in %s (an appender "
                         "creates a new blob)",
                         key, blob_tier_name(o));

    int dirfd;
    const char *base;
    if (fs_open_parent(fs, "append", tier, key, true, &dirfd, &base, err) != 0) return -1;
    int fd = openat(dirfd, base, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                    FS_FILE_MODE);
    if (fd < 0) {
        int e = errno;
        close(dirfd);
        if (e == EEXIST) {
            if (fstatat(fs->tier_fd[tier], key, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
                S_ISDIR(st.st_mode))
                return err_key_is_dir(fs, "append", key, tier, err);
            return tess_fail(err,
                             "blob fs: append '%s': the blob already exists in %s (an "
                             "appender creates a new blob)",
                             key, blob_tier_name(tier));
        }
        return tess_fail(err, "blob fs: append '%s': creating %s/%s/%s: %s", key, fs->root,
                         tier_dirs[tier], key, strerror(e));
    }
    int e = sync_fd(dirfd, false);
    close(dirfd);
    if (e) {
        close(fd);
        unlinkat(fs->tier_fd[tier], key, 0);
        return tess_fail(err, "blob fs: append '%s': syncing the directory of %s/%s/%s: %s",
                         key, fs->root, tier_dirs[tier], key, strerror(e));
    }
    fs_appender *a = calloc(1, sizeof *a);
    if (!a) {
        close(fd);
        unlinkat(fs->tier_fd[tier], key, 0);
        return tess_fail(err, "blob fs: append '%s': out of memory", key);
    }
    a->base.store = s;
    a->fd = fd;
    a->tier = tier;
    memcpy(a->key, key, strlen(key) + 1);
    *out = &a->base;
    return 0;
}

static int fs_append(blob_appender *ba, const void *p, size_t n, uint64_t *offset,
                     tess_error *err) {
    fs_appender *a = (fs_appender *)ba;
    fs_store *fs = fs_of(ba->store);
    if (n > (uint64_t)INT64_MAX - a->size)
        return tess_fail(err, "blob fs: append '%s': %zu bytes at offset %" PRIu64
                         " pass the largest file size", a->key, n, a->size);
    if (n) {
        int e = pwrite_all(a->fd, p, n, a->size);
        if (e) {
            /* Drop a partial write; the next append starts at the same
             * offset again and overwrites whatever is left. */
            if (ftruncate(a->fd, (off_t)a->size) != 0) { /* best effort */ }
            return tess_fail(err, "blob fs: append '%s': writing %zu bytes at offset %" PRIu64
                             " of %s/%s/%s: %s", a->key, n, a->size, fs->root,
                             tier_dirs[a->tier], a->key, strerror(e));
        }
    }
    if (offset) *offset = a->size;
    a->size += n;
    return 0;
}

/* fdatasync, unless nothing was appended since the last one that
 * succeeded (a failed append truncates back to `size`, so [0, size) is
 * then still what was synced): a STOW syncs its segments before the job
 * exists, again in imp_publish and once more at close. */
static int fs_append_sync(blob_appender *ba, tess_error *err) {
    fs_appender *a = (fs_appender *)ba;
    fs_store *fs = fs_of(ba->store);
    if (a->synced_once && a->synced == a->size) return 0;
    int e = sync_fd(a->fd, true);
    if (e)
        return tess_fail(err, "blob fs: append '%s': fdatasync of %s/%s/%s: %s", a->key,
                         fs->root, tier_dirs[a->tier], a->key, strerror(e));
    a->synced = a->size;
    a->synced_once = true;
    return 0;
}

static uint64_t fs_append_size(const blob_appender *ba) {
    return ((const fs_appender *)ba)->size;
}

static int fs_appender_close(blob_appender *ba, tess_error *err) {
    fs_appender *a = (fs_appender *)ba;
    int rc = fs_append_sync(ba, err);
    if (close(a->fd) != 0 && errno != EINTR && rc == 0) {
        fs_store *fs = fs_of(ba->store);
        rc = tess_fail(err, "blob fs: append '%s': closing %s/%s/%s: %s", a->key, fs->root,
                       tier_dirs[a->tier], a->key, strerror(errno));
    }
    free(a);
    return rc;
}

/* -------------------------------------------------------------- reads */

static int fs_get_range(blob_store *s, const char *key, uint64_t offset, size_t n, void *dst,
                        tess_error *err) {
    fs_store *fs = fs_of(s);
    if (check_key("read", key, err) != 0) return -1;
    int fd;
    struct stat st;
    blob_tier t;
    bool found;
    if (fs_locate(fs, key, &fd, &st, &t, &found, err) != 0) return -1;
    if (!found) return err_missing(fs, "read", key, err);
    uint64_t size = (uint64_t)st.st_size;
    if (offset > size || n > size - offset) {
        close(fd);
        return tess_fail(err, "blob fs: read '%s' at offset %" PRIu64 ", %zu bytes: the blob "
                         "has only %" PRIu64 " bytes (%s)", key, offset, n, size,
                         blob_tier_name(t));
    }
    size_t got;
    int e = pread_all(fd, dst, n, offset, &got);
    close(fd);
    if (e)
        return tess_fail(err, "blob fs: read '%s' at offset %" PRIu64 ", %zu bytes (%s/%s/%s): %s",
                         key, offset, n, fs->root, tier_dirs[t], key, strerror(e));
    if (got < n)
        return tess_fail(err, "blob fs: read '%s' at offset %" PRIu64 ", %zu bytes: only %zu "
                         "bytes there (the blob shrank)", key, offset, n, got);
    return 0;
}

static int fs_get(blob_store *s, const char *key, size_t limit, tess_buf *out,
                  tess_error *err) {
    fs_store *fs = fs_of(s);
    if (check_key("get", key, err) != 0) return -1;
    if (limit == 0) limit = FS_DEFAULT_LIMIT;
    int fd;
    struct stat st;
    blob_tier t;
    bool found;
    if (fs_locate(fs, key, &fd, &st, &t, &found, err) != 0) return -1;
    if (!found) return err_missing(fs, "get", key, err);
    uint64_t size = (uint64_t)st.st_size;
    if (size > limit) {
        close(fd);
        return tess_fail(err, "blob fs: get '%s': %" PRIu64 " bytes, more than the limit of %zu",
                         key, size, limit);
    }
    size_t bufsize = size < FS_GET_CHUNK ? (size_t)size : FS_GET_CHUNK;
    uint8_t *chunk = malloc(bufsize ? bufsize : 1);
    if (!chunk) {
        close(fd);
        return tess_fail(err, "blob fs: get '%s': out of memory", key);
    }
    int rc = 0;
    for (uint64_t off = 0; off < size && rc == 0;) {
        size_t want = size - off < bufsize ? (size_t)(size - off) : bufsize, got;
        int e = pread_all(fd, chunk, want, off, &got);
        if (e)
            rc = tess_fail(err, "blob fs: get '%s' (%s/%s/%s) at offset %" PRIu64 ": %s", key,
                           fs->root, tier_dirs[t], key, off, strerror(e));
        else if (got < want)
            rc = tess_fail(err, "blob fs: get '%s': only %" PRIu64 " of %" PRIu64
                           " bytes there (the blob shrank)", key, off + got, size);
        else {
            tess_buf_put(out, chunk, got);
            if (out->failed)
                rc = tess_fail(err, "blob fs: get '%s': %s", key, out->why);
            off += got;
        }
    }
    free(chunk);
    close(fd);
    return rc;
}

static int fs_stat(blob_store *s, const char *key, blob_info *info, bool *exists,
                   tess_error *err) {
    fs_store *fs = fs_of(s);
    *exists = false;
    if (check_key("stat", key, err) != 0) return -1;
    int fd;
    struct stat st;
    blob_tier t;
    bool found;
    if (fs_locate(fs, key, &fd, &st, &t, &found, err) != 0) return -1;
    if (!found) return 0;
    close(fd);
    *exists = true;
    if (info) {
        info->key = key;
        info->size = (uint64_t)st.st_size;
        info->mtime = st_mtime_of(&st);
        info->tier = t;
    }
    return 0;
}

static int fs_open_fd(blob_store *s, const char *key, int *fd, uint64_t *size,
                      tess_error *err) {
    fs_store *fs = fs_of(s);
    *fd = -1;
    if (check_key("open", key, err) != 0) return -1;
    struct stat st;
    blob_tier t;
    bool found;
    if (fs_locate(fs, key, fd, &st, &t, &found, err) != 0) return -1;
    if (!found) return err_missing(fs, "open", key, err);
    /* The lookup opened it O_NONBLOCK; clear that for the caller. */
    int fl = fcntl(*fd, F_GETFL);
    if (fl >= 0) fcntl(*fd, F_SETFL, fl & ~O_NONBLOCK);
    if (size) *size = (uint64_t)st.st_size;
    return 0;
}

/* ------------------------------------------------------------- remove */

static int fs_remove(blob_store *s, const char *key, tess_error *err) {
    fs_store *fs = fs_of(s);
    if (check_key("remove", key, err) != 0) return -1;
    /* Archive first: where both tiers hold the key, readers keep seeing
     * the frequent copy until the key is gone. */
    if (fs_unlink_tier(fs, "remove", BLOB_TIER_ARCHIVE, key, NULL, err) != 0) return -1;
    return fs_unlink_tier(fs, "remove", BLOB_TIER_FREQUENT, key, NULL, err);
}

/* --------------------------------------------------------------- list */

typedef struct fs_walk {
    fs_store *fs;
    blob_tier tier;
    const char *prefix;
    size_t plen;
    blob_list_fn fn;
    void *ctx;
    bool stop;
    tess_error *err;
    char key[BLOB_KEY_MAX + 1];
} fs_walk;

/* Walk the directory fd (owned: closed here) whose key path is
 * wk->key[0..klen). Subdirectories are entered only when keys under them
 * can match the prefix. */
static int fs_walk_dir(fs_walk *wk, int fd, size_t klen) {
    fs_store *fs = wk->fs;
    DIR *d = fdopendir(fd);
    if (!d) {
        int e = errno;
        close(fd);
        return tess_fail(wk->err, "blob fs: list: opening %s/%s/%.*s: %s", fs->root,
                         tier_dirs[wk->tier], (int)klen, wk->key, strerror(e));
    }
    int rc = 0;
    for (;;) {
        errno = 0;
        struct dirent *de = readdir(d);
        if (!de) {
            if (errno)
                rc = tess_fail(wk->err, "blob fs: list: reading %s/%s/%.*s: %s", fs->root,
                               tier_dirs[wk->tier], (int)klen, wk->key, strerror(errno));
            break;
        }
        const char *name = de->d_name;
        if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0) continue;
        size_t nlen = strlen(name), sep = klen ? 1 : 0, nk = klen + sep + nlen;
        if (nk > BLOB_KEY_MAX) continue;
        if (sep) wk->key[klen] = '/';
        memcpy(wk->key + klen + sep, name, nlen + 1);
        size_t m = nk < wk->plen ? nk : wk->plen;
        if (memcmp(wk->key, wk->prefix, m) != 0) continue;
        if (!blob_key_valid(wk->key)) continue;     /* not ours: never a key */
        struct stat st;
        if (fstatat(dirfd(d), name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno == ENOENT) continue;          /* removed meanwhile */
            rc = tess_fail(wk->err, "blob fs: list: stat %s/%s/%s: %s", fs->root,
                           tier_dirs[wk->tier], wk->key, strerror(errno));
            break;
        }
        if (S_ISDIR(st.st_mode)) {
            if (nk < wk->plen && wk->prefix[nk] != '/') continue;
            int sub = openat(dirfd(d), name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
            if (sub < 0) {
                if (errno == ENOENT) continue;
                rc = tess_fail(wk->err, "blob fs: list: opening %s/%s/%s: %s", fs->root,
                               tier_dirs[wk->tier], wk->key, strerror(errno));
                break;
            }
            if (fs_walk_dir(wk, sub, nk) != 0) {
                rc = -1;
                break;
            }
            if (wk->stop) break;
        } else if (S_ISREG(st.st_mode)) {
            if (nk < wk->plen) continue;
            if (wk->tier == BLOB_TIER_ARCHIVE) {
                /* A copy in both tiers (crash leftover) is listed once,
                 * as the frequent copy readers see. */
                struct stat fst;
                if (fstatat(fs->tier_fd[BLOB_TIER_FREQUENT], wk->key, &fst,
                            AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(fst.st_mode))
                    continue;
            }
            blob_info info = { wk->key, (uint64_t)st.st_size, st_mtime_of(&st), wk->tier };
            if (wk->fn(wk->ctx, &info) != 0) {
                wk->stop = true;
                break;
            }
        }
    }
    closedir(d);
    return rc;
}

static int fs_list(blob_store *s, const char *prefix, blob_list_fn fn, void *ctx,
                   tess_error *err) {
    fs_store *fs = fs_of(s);
    if (!prefix) prefix = "";
    size_t plen = strnlen(prefix, BLOB_KEY_MAX + 1);
    char show[72];
    if (plen > BLOB_KEY_MAX)
        return tess_fail(err, "blob fs: list: prefix '%s' is longer than %d bytes",
                         key_show(prefix, show), BLOB_KEY_MAX);
    for (size_t i = 0; i < plen; i++) {
        char c = prefix[i];
        bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                  c == '.' || c == '_' || c == '-' || c == '/';
        if (!ok)
            return tess_fail(err, "blob fs: list: prefix '%s' has a byte outside "
                             "[A-Za-z0-9._-/] at %zu", key_show(prefix, show), i);
    }
    fs_walk wk = { fs, BLOB_TIER_FREQUENT, prefix, plen, fn, ctx, false, err, { 0 } };
    for (int t = 0; t < 2 && !wk.stop; t++) {
        wk.tier = (blob_tier)t;
        wk.key[0] = '\0';
        int fd = openat(fs->tier_fd[t], ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0)
            return tess_fail(err, "blob fs: list: opening %s/%s: %s", fs->root, tier_dirs[t],
                             strerror(errno));
        if (fs_walk_dir(&wk, fd, 0) != 0) return -1;
    }
    return 0;
}

/* ----------------------------------------------------------- set_tier */

static int fs_move(fs_store *fs, const char *key, blob_tier to, tess_error *err) {
    const char *what = "set_tier";
    for (int attempt = 0; attempt < 3; attempt++) {
        blob_tier from = BLOB_TIER_FREQUENT;
        bool found, both;
        if (fs_which_tier(fs, what, key, &from, &found, &both, err) != 0) return -1;
        if (!found) return err_missing(fs, what, key, err);
        if (from == to)     /* already there; drop a stale copy in the other tier */
            return both ? fs_unlink_tier(fs, what, other_tier(to), key, NULL, err) : 0;

        if (fs_check_shape(fs, what, to, key, err) != 0) return -1;
        int dst, src;
        const char *base, *sbase;
        if (fs_open_parent(fs, what, to, key, true, &dst, &base, err) != 0) return -1;
        if (fs_open_parent(fs, what, from, key, false, &src, &sbase, err) != 0) {
            close(dst);
            return -1;
        }
        if (src < 0) {      /* moved away meanwhile: look again */
            close(dst);
            continue;
        }
        int rc = 0, e = 0;
        bool retry = false;
        if (linkat(src, sbase, dst, base, 0) == 0) {
            /* Both names exist; make the new one durable, then drop the old. */
            if ((e = sync_fd(dst, false)) != 0)
                rc = tess_fail(err, "blob fs: %s '%s': syncing the directory of %s/%s/%s: %s",
                               what, key, fs->root, tier_dirs[to], key, strerror(e));
            else if (unlinkat(src, sbase, 0) != 0 && errno != ENOENT)
                rc = tess_fail(err, "blob fs: %s '%s': unlink %s/%s/%s: %s", what, key,
                               fs->root, tier_dirs[from], key, strerror(errno));
        } else if (errno == ENOENT) {
            retry = true;
        } else if (errno == EEXIST || errno == EPERM || errno == EOPNOTSUPP ||
                   errno == EMLINK) {
            /* A stale copy at the destination (crash leftover) or no hard
             * links here: rename, atomic per path, replaces it. If both
             * names are already links of one file, rename would keep both:
             * drop the old name instead. */
            struct stat ss, ds;
            if (fstatat(src, sbase, &ss, AT_SYMLINK_NOFOLLOW) == 0 &&
                fstatat(dst, base, &ds, AT_SYMLINK_NOFOLLOW) == 0 && ss.st_ino == ds.st_ino &&
                ss.st_dev == ds.st_dev) {
                if (unlinkat(src, sbase, 0) != 0 && errno != ENOENT)
                    rc = tess_fail(err, "blob fs: %s '%s': unlink %s/%s/%s: %s", what, key,
                                   fs->root, tier_dirs[from], key, strerror(errno));
            } else if (renameat(src, sbase, dst, base) != 0) {
                if (errno == ENOENT) retry = true;
                else if (errno == EISDIR || errno == ENOTEMPTY)
                    rc = err_key_is_dir(fs, what, key, to, err);
                else
                    rc = tess_fail(err, "blob fs: %s '%s': rename %s/%s/%s to %s/%s/%s: %s",
                                   what, key, fs->root, tier_dirs[from], key, fs->root,
                                   tier_dirs[to], key, strerror(errno));
            } else if ((e = sync_fd(dst, false)) != 0) {
                rc = tess_fail(err, "blob fs: %s '%s': syncing the directory of %s/%s/%s: %s",
                               what, key, fs->root, tier_dirs[to], key, strerror(e));
            }
        } else {
            rc = tess_fail(err, "blob fs: %s '%s': link %s/%s/%s to %s/%s/%s: %s", what, key,
                           fs->root, tier_dirs[from], key, fs->root, tier_dirs[to], key,
                           strerror(errno));
        }
        if (rc == 0 && !retry && (e = sync_fd(src, false)) != 0)
            rc = tess_fail(err, "blob fs: %s '%s': syncing the directory of %s/%s/%s: %s", what,
                           key, fs->root, tier_dirs[from], key, strerror(e));
        close(src);
        close(dst);
        if (!retry) return rc;
    }
    return tess_fail(err, "blob fs: %s '%s': the blob kept moving under us (concurrent moves "
                     "of one key)", what, key);
}

static int fs_set_tier(blob_store *s, const char *key, blob_tier tier, tess_error *err) {
    fs_store *fs = fs_of(s);
    if (check_key("set_tier", key, err) != 0 || check_tier("set_tier", key, tier, err) != 0)
        return -1;
    atomic_fetch_add(&fs->moves_begun, 1);
    int rc = fs_move(fs, key, tier, err);
    atomic_fetch_add(&fs->moves_done, 1);
    return rc;
}

/* -------------------------------------------------------- open, close */

static void fs_close(blob_store *s) {
    fs_store *fs = fs_of(s);
    for (int t = 0; t < 2; t++)
        if (fs->tier_fd[t] >= 0) close(fs->tier_fd[t]);
    if (fs->tmp_fd >= 0) close(fs->tmp_fd);
    free(fs->root);
    free(fs);
}

static const blob_vtable fs_vtable = {
    .writer_open = fs_writer_open,
    .writer_write = fs_writer_write,
    .writer_commit = fs_writer_commit,
    .writer_abort = fs_writer_abort,
    .appender_open = fs_appender_open,
    .append = fs_append,
    .append_sync = fs_append_sync,
    .append_size = fs_append_size,
    .appender_close = fs_appender_close,
    .get_range = fs_get_range,
    .get = fs_get,
    .stat = fs_stat,
    .open_fd = fs_open_fd,
    .remove = fs_remove,
    .list = fs_list,
    .set_tier = fs_set_tier,
    .close = fs_close,
};

/* fsync the directory at path (NUL-terminated). Returns 0 or an errno. */
static int sync_dir_path(const char *path) {
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return errno;
    int e = sync_fd(fd, false);
    close(fd);
    return e;
}

/* mkdir -p of path; each directory created is made durable in its parent. */
static int mkdir_p(char *path, tess_error *err) {
    size_t len = strlen(path);
    for (size_t i = 1; i <= len; i++) {
        if (i < len && path[i] != '/') continue;
        if (path[i - 1] == '/') continue;           /* "a//b", trailing '/' */
        char saved = path[i];
        path[i] = '\0';
        int rc = mkdir(path, FS_DIR_MODE);
        int e = errno;
        if (rc == 0) {
            /* New: sync its parent ("." for a relative first component). */
            char *slash = strrchr(path, '/');
            if (slash == path) e = sync_dir_path("/");
            else if (!slash) e = sync_dir_path(".");
            else {
                *slash = '\0';
                e = sync_dir_path(path);
                *slash = '/';
            }
            if (e) {
                tess_fail(err, "blob fs: syncing the parent of new directory %s: %s", path,
                          strerror(e));
                path[i] = saved;
                return -1;
            }
        } else if (e != EEXIST) {
            tess_fail(err, "blob fs: creating directory %s: %s", path, strerror(e));
            path[i] = saved;
            return -1;
        }
        path[i] = saved;
    }
    return 0;
}

int blob_fs_open(const char *dir, blob_store **out, tess_error *err) {
    *out = NULL;
    if (!dir || !*dir) return tess_fail(err, "blob fs: open: empty directory name");
    fs_store *fs = calloc(1, sizeof *fs);
    if (!fs) return tess_fail(err, "blob fs: open %s: out of memory", dir);
    fs->tier_fd[0] = fs->tier_fd[1] = fs->tmp_fd = -1;
    fs->base.vt = &fs_vtable;
    snprintf(fs->base.name, sizeof fs->base.name, "fs");
    atomic_init(&fs->tmp_seq, 0);
    atomic_init(&fs->moves_begun, 0);
    atomic_init(&fs->moves_done, 0);
    fs->root = strdup(dir);
    if (!fs->root) {
        free(fs);
        return tess_fail(err, "blob fs: open %s: out of memory", dir);
    }
    /* Messages print root/tier/key: drop trailing slashes ("/" stays). */
    for (size_t n = strlen(fs->root); n > 1 && fs->root[n - 1] == '/'; n--) fs->root[n - 1] = 0;

    int rootfd = -1;
    if (mkdir_p(fs->root, err) != 0) goto fail;
    rootfd = open(fs->root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (rootfd < 0) {
        tess_fail(err, "blob fs: opening %s: %s", fs->root, strerror(errno));
        goto fail;
    }
    static const char *const subs[3] = { "frequent", "archive", "tmp" };
    int *fds[3] = { &fs->tier_fd[0], &fs->tier_fd[1], &fs->tmp_fd };
    bool created = false;
    for (int i = 0; i < 3; i++) {
        if (mkdirat(rootfd, subs[i], FS_DIR_MODE) == 0) created = true;
        else if (errno != EEXIST) {
            tess_fail(err, "blob fs: creating %s/%s: %s", fs->root, subs[i], strerror(errno));
            goto fail;
        }
        *fds[i] = openat(rootfd, subs[i], O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
        if (*fds[i] < 0) {
            tess_fail(err, "blob fs: opening %s/%s: %s", fs->root, subs[i], strerror(errno));
            goto fail;
        }
    }
    if (created) {
        int e = sync_fd(rootfd, false);
        if (e) {
            tess_fail(err, "blob fs: syncing %s: %s", fs->root, strerror(e));
            goto fail;
        }
    }
    close(rootfd);
    rootfd = -1;
    for (size_t got = 0; got < sizeof fs->nonce;) {
        ssize_t r = getrandom((uint8_t *)&fs->nonce + got, sizeof fs->nonce - got, 0);
        if (r < 0) {
            if (errno == EINTR) continue;
            tess_fail(err, "blob fs: open %s: getrandom: %s", fs->root, strerror(errno));
            goto fail;
        }
        got += (size_t)r;
    }
    *out = &fs->base;
    return 0;
fail:
    if (rootfd >= 0) close(rootfd);
    fs_close(&fs->base);
    return -1;
}

/* ------------------------------------------------------ tmp clean-up */

int blob_fs_clean_tmp(const char *dir, double older_than_seconds, unsigned *removed,
                      tess_error *err) {
    if (removed) *removed = 0;
    if (!dir || !*dir) return tess_fail(err, "blob fs: clean tmp: empty directory name");
    char path[4096];
    if ((size_t)snprintf(path, sizeof path, "%s/tmp", dir) >= sizeof path)
        return tess_fail(err, "blob fs: clean tmp: directory name too long");
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        if (errno == ENOENT) return 0;
        return tess_fail(err, "blob fs: clean tmp: opening %s: %s", path, strerror(errno));
    }
    DIR *d = fdopendir(fd);
    if (!d) {
        int e = errno;
        close(fd);
        return tess_fail(err, "blob fs: clean tmp: opening %s: %s", path, strerror(e));
    }
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    double cutoff = (double)now.tv_sec + (double)now.tv_nsec / 1e9 - older_than_seconds;
    int rc = 0;
    unsigned count = 0;
    for (;;) {
        errno = 0;
        struct dirent *de = readdir(d);
        if (!de) {
            if (errno)
                rc = tess_fail(err, "blob fs: clean tmp: reading %s: %s", path,
                               strerror(errno));
            break;
        }
        struct stat st;
        if (fstatat(dirfd(d), de->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
        if (!S_ISREG(st.st_mode)) continue;
        if (older_than_seconds > 0 && st_mtime_of(&st) >= cutoff) continue;
        if (unlinkat(dirfd(d), de->d_name, 0) != 0) {
            if (errno == ENOENT) continue;
            rc = tess_fail(err, "blob fs: clean tmp: unlink %s/%s: %s", path, de->d_name,
                           strerror(errno));
            break;
        }
        count++;
    }
    closedir(d);
    if (removed) *removed = count;
    return rc;
}
