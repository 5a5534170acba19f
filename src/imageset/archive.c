/*
 * archive.c - opening the catalog and blob store of a data directory
 * (see archive.h).
 */
#include "imageset/archive.h"
#include "imageset/version.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void archive_quotas_default(archive_quotas *q) {
    q->datastores = 10;
    q->jobs_per_datastore = 100;
    q->files_per_job = 5000;
    q->bytes_per_job = 10ull * 1000 * 1000 * 1000;
    q->bytes_per_file = 4ull * 1000 * 1000 * 1000;
    q->folders_per_job = 10000;
    q->metadata_bytes = 50ull * 1000 * 1000;
    q->update_payload_bytes = 10 * 1000;
    q->frames_per_copy = 1000;
    q->tags_per_resource = 50;
    /* one version per series per job (files_per_job is 5,000), as AHI
     * makes; assembly's memory is bounded by the batch (about 1 KB per
     * instance and 0.5 KB per frame row), never by the series */
    q->instances_per_version = 5000;
    q->frames_per_version = 50000;
    q->stow_bytes_per_request = 1000ull * 1000 * 1000;
    q->stow_bytes_per_part = 1000ull * 1000 * 1000;
}

/* TESSERA_QUOTA_<NAME> environment overrides of the defaults. */
static void quotas_from_env(archive_quotas *q) {
    struct { const char *name; void *field; int is_u64; } map[] = {
        {"TESSERA_QUOTA_DATASTORES", &q->datastores, 0},
        {"TESSERA_QUOTA_JOBS_PER_DATASTORE", &q->jobs_per_datastore, 0},
        {"TESSERA_QUOTA_FILES_PER_JOB", &q->files_per_job, 0},
        {"TESSERA_QUOTA_BYTES_PER_JOB", &q->bytes_per_job, 1},
        {"TESSERA_QUOTA_BYTES_PER_FILE", &q->bytes_per_file, 1},
        {"TESSERA_QUOTA_FOLDERS_PER_JOB", &q->folders_per_job, 0},
        {"TESSERA_QUOTA_METADATA_BYTES", &q->metadata_bytes, 1},
        {"TESSERA_QUOTA_UPDATE_PAYLOAD_BYTES", &q->update_payload_bytes, 1},
        {"TESSERA_QUOTA_FRAMES_PER_COPY", &q->frames_per_copy, 0},
        {"TESSERA_QUOTA_TAGS_PER_RESOURCE", &q->tags_per_resource, 0},
        {"TESSERA_QUOTA_INSTANCES_PER_VERSION", &q->instances_per_version, 0},
        {"TESSERA_QUOTA_FRAMES_PER_VERSION", &q->frames_per_version, 0},
        {"TESSERA_QUOTA_STOW_BYTES_PER_REQUEST", &q->stow_bytes_per_request, 1},
        {"TESSERA_QUOTA_STOW_BYTES_PER_PART", &q->stow_bytes_per_part, 1},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
        const char *v = getenv(map[i].name);
        if (!v || !*v) continue;
        char *end;
        unsigned long long x = strtoull(v, &end, 10);
        if (*end || x == 0) continue;
        if (map[i].is_u64) *(uint64_t *)map[i].field = x;
        else *(int64_t *)map[i].field = (int64_t)x;
    }
}

int archive_open(const char *dir, archive **out, tess_error *err) {
    *out = NULL;
    if (strlen(dir) > 4000) return tess_fail(err, "data directory path is too long");
    if (mkdir(dir, 0755) != 0 && errno != EEXIST)
        return tess_fail(err, "cannot create the data directory %s: %s", dir, strerror(errno));
    archive *a = calloc(1, sizeof *a);
    if (!a) return tess_fail(err, "out of memory");
    snprintf(a->dir, sizeof a->dir, "%s", dir);
    for (int i = 0; i < ARCHIVE_SERIES_LOCKS; i++) pthread_mutex_init(&a->series_locks[i], NULL);
    archive_quotas_default(&a->quotas);
    quotas_from_env(&a->quotas);
    snprintf(a->region, sizeof a->region, "local");
    snprintf(a->account, sizeof a->account, "000000000000");
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    a->workers = n > 0 ? (int)n : 1;
    char path[4200];
    snprintf(path, sizeof path, "%s/catalog.db", dir);
    if (cat_sqlite_open(path, &a->cat, err) != 0) {
        free(a);
        return tess_fail_prefix(err, "catalog %s", path);
    }
    snprintf(path, sizeof path, "%s/blobs", dir);
    if (blob_fs_open(path, &a->blobs, err) != 0) {
        cat_close(a->cat);
        free(a);
        return tess_fail_prefix(err, "blob store %s", path);
    }
    /* Sets stored before QIDO-RS fields existed get them now (from their
     * latest documents). One that cannot be read stays visible to QIDO
     * through its search keys (without its level attributes) and is
     * tried again on the next open. */
    tess_error ig;
    isv_qido_backfill(a, &ig);
    *out = a;
    return 0;
}

void archive_close(archive *a) {
    if (!a) return;
    blob_close(a->blobs);
    cat_close(a->cat);
    for (int i = 0; i < ARCHIVE_SERIES_LOCKS; i++) pthread_mutex_destroy(&a->series_locks[i]);
    free(a);
}

pthread_mutex_t *archive_series_lock(archive *a, const char *group_key) {
    uint32_t h = 2166136261u;
    for (const char *p = group_key; *p; p++) h = (h ^ (unsigned char)*p) * 16777619u;
    return &a->series_locks[h % ARCHIVE_SERIES_LOCKS];
}

void archive_datastore_arn(const archive *a, const char *datastore_id, char *out, size_t cap) {
    snprintf(out, cap, "arn:aws:medical-imaging:%s:%s:datastore/%s", a->region, a->account,
             datastore_id);
}

void archive_image_set_arn(const archive *a, const char *datastore_id, const char *image_set_id,
                           char *out, size_t cap) {
    snprintf(out, cap, "arn:aws:medical-imaging:%s:%s:datastore/%s/imageset/%s", a->region,
             a->account, datastore_id, image_set_id);
}
