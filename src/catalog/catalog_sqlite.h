/*
 * catalog_sqlite.h - what the SQLite catalog offers beyond catalog.h:
 * its schema version and an open that stops migrating at a given version.
 *
 * Callers open the catalog with cat_sqlite_open (catalog.h). These two
 * exist for the migration tests and for tools that report the schema; no
 * request path needs them.
 */
#ifndef TESSERA_CATALOG_CATALOG_SQLITE_H
#define TESSERA_CATALOG_CATALOG_SQLITE_H

#include "catalog/catalog.h"

/* The schema version this build creates and understands (the number of
 * migration steps; stored in the file's PRAGMA user_version). */
int cat_sqlite_schema_version(void);

/* cat_sqlite_open, but apply migrations only up to version `upto`
 * (1..cat_sqlite_schema_version()). A file already past `upto` is opened
 * as it is. The caller owns *out; free it with cat_close. */
int cat_sqlite_open_upto(const char *path, int upto, cat_catalog **out, tess_error *err);

/* The query plan (EXPLAIN QUERY PLAN, one line per step) SQLite picks for
 * a QIDO query, appended to out as text: for bench/qido_scale and tests
 * that check the indexes are used. Returns 0, CAT_INVALID, or -1. */
struct tess_buf;
int cat_sqlite_qido_plan(cat_catalog *c, const cat_qido_query *q, struct tess_buf *out,
                         tess_error *err);

#endif
