/*
 * credentials.c - the access-key table (see credentials.h).
 *
 * Entries are kept sorted by access key id, so lookups are a binary search
 * and need no lock once loading is over. A file is parsed into a scratch
 * table first and merged only when every line is good, so a bad file
 * leaves the table as it was.
 */
#include "auth/credentials.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>


#include "auth/digest.h"
#include "util/buf.h"

struct cred_table {
    cred_entry *v;              /* sorted by access_key_id */
    size_t n, cap;
    char warning[256];
};

int cred_table_new(cred_table **out, tess_error *err) {
    *out = calloc(1, sizeof **out);
    if (!*out) return tess_fail(err, "credentials: out of memory");
    return 0;
}

static void entry_free(cred_entry *e) {
    if (e->secret) dg_wipe(e->secret, strlen(e->secret));
    if (e->session_token) dg_wipe(e->session_token, strlen(e->session_token));
    free(e->access_key_id);
    free(e->secret);
    free(e->session_token);
}

void cred_table_free(cred_table *t) {
    if (!t) return;
    for (size_t i = 0; i < t->n; i++) entry_free(&t->v[i]);
    free(t->v);
    free(t);
}

static bool key_id_valid(const char *s) {
    size_t n = strlen(s);
    if (n == 0 || n > CRED_MAX_KEY_ID) return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == '-'))
            return false;
    }
    return true;
}

/* printable ASCII other than blanks, 1..max characters */
static bool printable_valid(const char *s, size_t max) {
    size_t n = strlen(s);
    if (n == 0 || n > max) return false;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] <= 0x20 || (unsigned char)s[i] >= 0x7f) return false;
    return true;
}

/* Index of key in t (found) or where it would go. */
static size_t find_slot(const cred_table *t, const char *key, bool *found) {
    size_t lo = 0, hi = t->n;
    *found = false;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(t->v[mid].access_key_id, key);
        if (c == 0) { *found = true; return mid; }
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Insert an entry whose strings t takes over. */
static int insert_entry(cred_table *t, cred_entry e, tess_error *err) {
    bool found;
    size_t at = find_slot(t, e.access_key_id, &found);
    if (found) {
        tess_fail(err, "access key id %s appears twice", e.access_key_id);
        entry_free(&e);
        return -1;
    }
    if (t->n >= CRED_MAX_ENTRIES) {
        entry_free(&e);
        return tess_fail(err, "more than %d access keys", CRED_MAX_ENTRIES);
    }
    if (tess_grow(&t->v, &t->cap, t->n + 1, sizeof *t->v) != 0) {
        entry_free(&e);
        return tess_fail(err, "credentials: out of memory");
    }
    memmove(t->v + at + 1, t->v + at, (t->n - at) * sizeof *t->v);
    t->v[at] = e;
    t->n++;
    return 0;
}

int cred_add(cred_table *t, const char *access_key_id, const char *secret, const char *token,
             tess_error *err) {
    if (!access_key_id || !key_id_valid(access_key_id))
        return tess_fail(err, "invalid access key id (1-%d characters of A-Z a-z 0-9 . _ -)",
                         CRED_MAX_KEY_ID);
    if (!secret || !printable_valid(secret, CRED_MAX_SECRET))
        return tess_fail(err, "invalid secret for access key id %s (1-%d printable characters, "
                         "no blanks)", access_key_id, CRED_MAX_SECRET);
    if (token && !printable_valid(token, CRED_MAX_TOKEN))
        return tess_fail(err, "invalid session token for access key id %s (1-%d printable "
                         "characters, no blanks)", access_key_id, CRED_MAX_TOKEN);
    cred_entry e = {strdup(access_key_id), strdup(secret), token ? strdup(token) : NULL};
    if (!e.access_key_id || !e.secret || (token && !e.session_token)) {
        entry_free(&e);
        return tess_fail(err, "credentials: out of memory");
    }
    return insert_entry(t, e, err);
}

/* Read a whole regular file of at most CRED_MAX_FILE bytes; *mode gets its
 * permission bits (from the same descriptor: no check-then-open race). */
static int read_file(const char *path, char **out, size_t *len, mode_t *mode, tess_error *err) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return tess_fail(err, "cannot open credentials file %s: %s", path, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0) {
        int e = errno;
        close(fd);
        return tess_fail(err, "cannot stat credentials file %s: %s", path, strerror(e));
    }
    if (!S_ISREG(st.st_mode)) {
        close(fd);
        return tess_fail(err, "credentials file %s is not a regular file", path);
    }
    if (st.st_size > (off_t)CRED_MAX_FILE) {
        close(fd);
        return tess_fail(err, "credentials file %s is larger than %u bytes", path, CRED_MAX_FILE);
    }
    char *buf = malloc((size_t)st.st_size + 1);
    if (!buf) { close(fd); return tess_fail(err, "credentials: out of memory"); }
    size_t n = 0;
    for (;;) {
        ssize_t r = read(fd, buf + n, (size_t)st.st_size + 1 - n);
        if (r < 0) {
            if (errno == EINTR) continue;
            int e = errno;
            free(buf);
            close(fd);
            return tess_fail(err, "cannot read credentials file %s: %s", path, strerror(e));
        }
        if (r == 0) break;
        n += (size_t)r;
        if (n > (size_t)st.st_size) {   /* grew while we read it */
            free(buf);
            close(fd);
            return tess_fail(err, "credentials file %s changed while being read", path);
        }
    }
    close(fd);
    buf[n] = '\0';
    *out = buf;
    *len = n;
    *mode = st.st_mode;
    return 0;
}

/* Parse the lines of a file into the (empty) scratch table s. */
static int parse_lines(cred_table *s, const char *path, char *text, size_t len, tess_error *err) {
    if (memchr(text, '\0', len))
        return tess_fail(err, "%s: credentials file contains a NUL byte", path);
    unsigned lineno = 0;
    char *p = text;
    while (*p) {
        lineno++;
        char *eol = strchr(p, '\n');
        char *next = eol ? eol + 1 : p + strlen(p);
        if (eol) *eol = '\0';
        size_t ll = strlen(p);
        if (ll && p[ll - 1] == '\r') p[--ll] = '\0';
        char *field[3];
        int nf = 0;
        char *q = p;
        bool comment = false;
        for (;;) {
            while (*q == ' ' || *q == '\t') q++;
            if (!*q) break;
            if (nf == 0 && *q == '#') { comment = true; break; }
            if (nf < 3) field[nf] = q;
            nf++;
            while (*q && *q != ' ' && *q != '\t') q++;
            if (*q) *q++ = '\0';
        }
        if (!comment && nf != 0) {
            if (nf < 2 || nf > 3)
                return tess_fail(err, "%s:%u: expected ACCESS_KEY_ID SECRET [SESSION_TOKEN], got %d "
                                 "field%s", path, lineno, nf, nf == 1 ? "" : "s");
            if (cred_add(s, field[0], field[1], nf == 3 ? field[2] : NULL, err) != 0)
                return tess_fail_prefix(err, "%s:%u", path, lineno);
        }
        p = next;
    }
    return 0;
}

int cred_load_file(cred_table *t, const char *path, tess_error *err) {
    char *text = NULL;
    size_t len = 0;
    mode_t mode = 0;
    if (read_file(path, &text, &len, &mode, err) != 0) return -1;
    cred_table *s;
    if (cred_table_new(&s, err) != 0) { free(text); return -1; }
    int rc = parse_lines(s, path, text, len, err);
    dg_wipe(text, len);
    free(text);
    for (size_t i = 0; rc == 0 && i < s->n; i++) {
        bool found;
        find_slot(t, s->v[i].access_key_id, &found);
        if (found) rc = tess_fail(err, "%s: access key id %s is already defined", path,
                                  s->v[i].access_key_id);
    }
    if (rc == 0 && t->n + s->n > CRED_MAX_ENTRIES)
        rc = tess_fail(err, "%s: more than %d access keys", path, CRED_MAX_ENTRIES);
    /* make room first so that the merge cannot fail half-way */
    if (rc == 0 && t->n + s->n > t->cap) {
        cred_entry *v = realloc(t->v, (t->n + s->n) * sizeof *v);
        if (!v) rc = tess_fail(err, "credentials: out of memory");
        else { t->v = v; t->cap = t->n + s->n; }
    }
    if (rc != 0) { cred_table_free(s); return -1; }
    for (size_t i = 0; i < s->n; i++) (void)insert_entry(t, s->v[i], NULL);
    s->n = 0;
    cred_table_free(s);
    if (mode & 077)
        snprintf(t->warning, sizeof t->warning,
                 "credentials file %s is readable by group or others (mode %04o); chmod 600 it",
                 path, (unsigned)(mode & 07777));
    return 0;
}

int cred_load_env(cred_table *t, bool *added, tess_error *err) {
    const char *id = getenv("TESSERA_ACCESS_KEY_ID");
    const char *secret = getenv("TESSERA_SECRET_ACCESS_KEY");
    if (added) *added = false;
    if (id && !*id) id = NULL;
    if (secret && !*secret) secret = NULL;
    if (!id && !secret) return 0;
    if (!id || !secret)
        return tess_fail(err, "%s is set but %s is not: set both or neither",
                         id ? "TESSERA_ACCESS_KEY_ID" : "TESSERA_SECRET_ACCESS_KEY",
                         id ? "TESSERA_SECRET_ACCESS_KEY" : "TESSERA_ACCESS_KEY_ID");
    if (cred_add(t, id, secret, NULL, err) != 0)
        return tess_fail_prefix(err, "TESSERA_ACCESS_KEY_ID / TESSERA_SECRET_ACCESS_KEY");
    if (added) *added = true;
    return 0;
}

const cred_entry *cred_find(const cred_table *t, const char *access_key_id) {
    if (!t || !access_key_id) return NULL;
    bool found;
    size_t at = find_slot(t, access_key_id, &found);
    return found ? &t->v[at] : NULL;
}

size_t cred_count(const cred_table *t) { return t ? t->n : 0; }

const char *cred_warning(const cred_table *t) { return t ? t->warning : ""; }
