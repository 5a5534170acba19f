/*
 * datastore.h - data stores with AHI semantics (ahi-api.md 2.1).
 *
 * Data stores are created ACTIVE at once (AHI answers CREATING and becomes
 * ACTIVE asynchronously; the HTTP layer reports CREATING in the immediate
 * answer). Errors carry the AHI exception name as a message prefix
 * ("ValidationException: ...", "ConflictException: ...", ...), which the
 * HTTP layer maps to its status.
 */
#ifndef TESSERA_IMAGESET_DATASTORE_H
#define TESSERA_IMAGESET_DATASTORE_H

#include "imageset/archive.h"

/* CreateDatastore. A repeated clientToken returns the first data store. */
int ds_create(archive *a, const char *name, const char *client_token, const char *kms_key_arn,
              const char *lossless_format, cat_datastore *out, tess_error *err);

/* DeleteDatastore: refused (ConflictException) while image sets remain. */
int ds_delete(archive *a, const char *id, cat_datastore *out, tess_error *err);

/* A data store by ID, or by name for the CLI. */
int ds_resolve(archive *a, const char *name_or_id, cat_datastore *out, tess_error *err);

#endif
