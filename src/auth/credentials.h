/*
 * credentials.h - the table of access keys SigV4 requests are checked
 * against (auth/sigv4.h), loaded from a file and / or the environment.
 *
 * The credentials file (docs/auth.md) has one key per line:
 *
 *     # comment (a line whose first non-blank character is '#')
 *     ACCESS_KEY_ID  SECRET_ACCESS_KEY  [SESSION_TOKEN]
 *
 * fields separated by blanks (spaces or tabs); blank lines are ignored.
 * An access key id is 1-128 characters of [A-Za-z0-9._-]; a secret 1-128
 * and a session token 1-8192 printable ASCII characters other than blanks.
 * With a session token, a request signed with that key must carry it in
 * x-amz-security-token (temporary credentials); without one, a request may
 * carry any token or none. A key id may appear only once across all
 * sources. Limits: the file at most 1 MiB, 10,000 keys in a table.
 *
 * A file readable by group or others is loaded, with a warning kept in the
 * table (cred_warning) for the caller to log: secrets belong in a 0600 file.
 *
 * For quick starts, TESSERA_ACCESS_KEY_ID and TESSERA_SECRET_ACCESS_KEY in
 * the environment add one key (cred_load_env).
 *
 * Thread-safety: loading (cred_add, cred_load_*) mutates the table and must
 * finish before the table is shared; after that the table is read-only and
 * cred_find / cred_count / cred_warning may run in any number of threads.
 * Error messages never contain a secret or a token.
 */
#ifndef TESSERA_AUTH_CREDENTIALS_H
#define TESSERA_AUTH_CREDENTIALS_H

#include <stdbool.h>
#include <stddef.h>

#include "util/error.h"

#define CRED_MAX_KEY_ID 128
#define CRED_MAX_SECRET 128
#define CRED_MAX_TOKEN 8192
#define CRED_MAX_ENTRIES 10000
#define CRED_MAX_FILE (1u << 20)

typedef struct cred_entry {
    char *access_key_id;        /* owned by the table */
    char *secret;               /* owned by the table; wiped on free */
    char *session_token;        /* owned; NULL: any token (or none) is accepted */
} cred_entry;

typedef struct cred_table cred_table;

/* An empty table; the caller owns *out and frees it with cred_table_free. */
int cred_table_new(cred_table **out, tess_error *err);

/* Wipe the secrets and free everything (NULL is fine). */
void cred_table_free(cred_table *t);

/* Add one key (the strings are copied); token may be NULL. Fails on an
 * invalid field, a key id already present, or a full table. */
int cred_add(cred_table *t, const char *access_key_id, const char *secret, const char *token,
             tess_error *err);

/* Add every key of a credentials file (format above). All or nothing: on
 * an error (with "path:line: ..." in the message) the table is unchanged. */
int cred_load_file(cred_table *t, const char *path, tess_error *err);

/* Add the key in TESSERA_ACCESS_KEY_ID / TESSERA_SECRET_ACCESS_KEY when both
 * are set (*added = true); neither set is not an error (*added = false);
 * only one of them set is. added may be NULL. */
int cred_load_env(cred_table *t, bool *added, tess_error *err);

/* The entry for an access key id, NULL when unknown. The pointer stays
 * valid until the table is freed. */
const cred_entry *cred_find(const cred_table *t, const char *access_key_id);

size_t cred_count(const cred_table *t);

/* A warning about how the keys were loaded ("" when none), e.g. a file
 * readable by others. Owned by the table. */
const char *cred_warning(const cred_table *t);

#endif
