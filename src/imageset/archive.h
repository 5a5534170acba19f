/*
 * archive.h - the context every operation runs in: one catalog, one blob
 * store, the quotas, and the identity used in ARNs.
 *
 * `tessera` commands and the server open one archive per data directory
 * (the embedded default: DIR/catalog.db for SQLite and DIR/blobs/ for the
 * filesystem blob store). Nothing else is global: every function that
 * reads or writes stored data takes the archive.
 */
#ifndef TESSERA_IMAGESET_ARCHIVE_H
#define TESSERA_IMAGESET_ARCHIVE_H

#include <pthread.h>
#include <stdint.h>

#include "catalog/catalog.h"
#include "store/blob.h"
#include "util/error.h"

/* AHI's service quotas (ahi-api.md 8.1), configurable. */
typedef struct archive_quotas {
    int64_t datastores;             /* active data stores: 10 */
    int64_t jobs_per_datastore;     /* concurrent import jobs: 100 */
    int64_t files_per_job;          /* 5,000 */
    uint64_t bytes_per_job;         /* 10 GB */
    uint64_t bytes_per_file;        /* 4 GB */
    int64_t folders_per_job;        /* nested folders: 10,000 */
    uint64_t metadata_bytes;        /* metadata document per version: 50 MB */
    uint64_t update_payload_bytes;  /* UpdateImageSetMetadata blob: 10 KB */
    int64_t frames_per_copy;        /* ImageFrames per CopyImageSet: 1,000 */
    int64_t tags_per_resource;      /* 50 */
    int64_t instances_per_version;  /* assembly batch: instances per new version: 5,000 */
    int64_t frames_per_version;     /* assembly batch: frame rows per new version: 50,000 */
    uint64_t stow_bytes_per_request;/* STOW-RS request body: 1 GB (AHI) */
    uint64_t stow_bytes_per_part;   /* STOW-RS instance (one part): 1 GB */
} archive_quotas;

#define ARCHIVE_SERIES_LOCKS 64

typedef struct archive {
    char dir[4096];
    cat_catalog *cat;               /* owned */
    blob_store *blobs;              /* owned */
    archive_quotas quotas;
    char region[32];                /* for ARNs: "local" unless configured */
    char account[13];               /* 12 digits */
    int workers;                    /* import workers: one per core by default */
    /* assembly of one series at a time (archive_series_lock): striped */
    pthread_mutex_t series_locks[ARCHIVE_SERIES_LOCKS];
} archive;

void archive_quotas_default(archive_quotas *q);

/* Open (creating) the archive in dir. Quotas start at AHI's defaults;
 * each can be overridden with TESSERA_QUOTA_<NAME> in the environment
 * (e.g. TESSERA_QUOTA_FILES_PER_JOB=20000; see archive.c for the names). The caller owns *out (archive_close). */
int archive_open(const char *dir, archive **out, tess_error *err);

void archive_close(archive *a);

/* The mutex that serializes assemblies of the series named by group_key
 * ("study/series"; series hashed onto ARCHIVE_SERIES_LOCKS stripes, so
 * unrelated series may share one). Owned by a. */
pthread_mutex_t *archive_series_lock(archive *a, const char *group_key);

/* ARNs of ahi-api.md 1.3. */
void archive_datastore_arn(const archive *a, const char *datastore_id, char *out, size_t cap);
void archive_image_set_arn(const archive *a, const char *datastore_id, const char *image_set_id,
                           char *out, size_t cap);

#endif
