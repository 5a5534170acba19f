/*
 * catalog.h - the catalog interface: everything Tessera knows about what it
 * stores, in rows (datastores, import jobs, image sets and their versions,
 * instances with their search keys, frame locations, tags).
 *
 * Callers (image-set assembly, import jobs, the HTTP handlers) see only this
 * header. The SQLite backend (catalog_sqlite.c) is the embedded default; a
 * PostgreSQL backend will implement the same vtable. Operations are domain
 * operations, not SQL: each one is one transaction in the backend.
 *
 * Rows are plain structs with fixed-size string fields (sizes from the AHI
 * model, ahi-api.md), so a row can be copied and kept without ownership
 * questions. Lists are delivered through callbacks whose row pointers are
 * borrowed: valid during the callback only.
 *
 * Versioning: an image set has versions 1, 2, ...; each commit adds one
 * version row and moves the image set's latest version. Instance rows carry
 * the range of versions they belong to [first_version, last_version], with
 * last_version 0 meaning "still in the latest version", so the current
 * instances of an image set are an index lookup and older versions stay
 * described. Frame rows are immutable and keyed by (image set, frame ID):
 * a copied image set gets its own rows that point at the same segment bytes.
 *
 * Errors: -1 with err set. Optimistic-concurrency and state conflicts
 * return CAT_CONFLICT (-2) so that callers can answer ConflictException;
 * lookups of missing rows return CAT_NOT_FOUND (-3).
 *
 * A catalog handle is safe to use from many threads (the backend
 * serialises writers and may read in parallel).
 */
#ifndef TESSERA_CATALOG_CATALOG_H
#define TESSERA_CATALOG_CATALOG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/error.h"

#define CAT_CONFLICT (-2)
#define CAT_NOT_FOUND (-3)
#define CAT_INVALID (-4)      /* a query the caller got wrong (qido): err says what */

#define CAT_ID 33           /* 32 hex + NUL */
#define CAT_UID 65          /* DICOM UI: 64 + NUL */
#define CAT_KEY 256         /* blob key */
#define CAT_SECTIONS 160    /* cat_version.sections (DST_SECTIONS_MAX) */
#define CAT_MAX_LEVELS 9    /* resolution ends of a frame (levels + 1) */

typedef struct cat_catalog cat_catalog;

/* ------------------------------------------------------------------ rows */

typedef struct cat_datastore {
    char id[CAT_ID];
    char name[257];
    char status[16];            /* CREATING ACTIVE CREATE_FAILED DELETING DELETED */
    char kms_key_arn[513];
    char lambda_authorizer_arn[600];
    char lossless_format[24];   /* HTJ2K | JPEG_2000_LOSSLESS */
    char client_token[65];
    double created_at, updated_at;
} cat_datastore;

typedef struct cat_job {
    char id[CAT_ID];
    char datastore_id[CAT_ID];
    char name[65];
    char status[16];            /* SUBMITTED IN_PROGRESS COMPLETED FAILED */
    char role_arn[2049];
    char input_uri[1025];
    char output_uri[1100];      /* with the {ds}-DicomImport-{job}/ folder */
    char message[2049];
    char client_token[65];
    double submitted_at, ended_at;  /* ended_at 0: not ended */
    char kind[8];               /* "import" ("" on create means import) | "stow": STOW-RS
                                   requests, not listed by job_list */
} cat_job;

/* Outcome of one input file of an import job. PENDING: its frames are
 * durable in a segment and its instance payload waits for assembly. */
typedef enum cat_file_outcome {
    CAT_FILE_PENDING = 0,
    CAT_FILE_SUCCESS = 1,
    CAT_FILE_FAILURE = 2,
    CAT_FILE_WARNING = 3,
} cat_file_outcome;

typedef struct cat_job_file {
    int64_t id;                 /* row id, unique within the catalog */
    const char *path;           /* input file as reported (the inputFile) */
    cat_file_outcome outcome;
    const char *group_key;      /* PENDING: "studyUID/seriesUID"; else "" */
    const char *payload;        /* PENDING: instance payload (JSON text);
                                   else the ndjson line (without newline) */
} cat_job_file;

/* The DICOMTags of SearchImageSets, taken from an image set's latest
 * version. Empty strings are absent values. */
typedef struct cat_dicom_tags {
    char patient_id[513];
    char patient_name[513];
    char patient_birth_date[37];
    char patient_sex[17];
    char study_uid[CAT_UID];
    char study_id[513];
    char study_description[513];
    char accession_number[513];
    char series_uid[CAT_UID];
    char modality[33];
    char body_part[129];
    char study_date[37];
    char study_time[57];
    bool has_series_number;
    int32_t series_number;
    int64_t study_related_series;       /* -1: unknown */
    int64_t study_related_instances;    /* -1: unknown */
} cat_dicom_tags;

typedef struct cat_image_set {
    char id[CAT_ID];
    char datastore_id[CAT_ID];
    int64_t latest_version;
    char state[16];             /* ACTIVE LOCKED DELETED */
    char workflow_status[40];   /* CREATED UPDATED COPIED IMPORTED DELETED ... */
    bool is_primary;
    bool forced;                /* overrides.forced */
    double created_at, updated_at, deleted_at;   /* deleted_at 0: not deleted */
    double last_accessed_at;
    char storage_tier[32];      /* FREQUENT_ACCESS | ARCHIVE_INSTANT_ACCESS */
    char message[2049];
    cat_dicom_tags tags;
} cat_image_set;

typedef struct cat_version {
    char image_set_id[CAT_ID];
    int64_t version;
    char state[16];
    char workflow_status[40];
    bool is_primary;
    bool forced;
    double created_at, updated_at, deleted_at;
    char message[2049];
    char doc_key[CAT_KEY];          /* blob: AHI metadata document, gzip */
    char series_json_key[CAT_KEY];  /* blob: DICOM JSON (PS3.18) of the series, gzip */
    uint64_t doc_size;              /* compressed bytes of doc_key */
    char sections[CAT_SECTIONS];    /* where the instance lines lie in both blobs, for the
                                       next version (docstream.h; "" when unknown) */
} cat_version;

/* One SOP instance of an image set, with the instance-level QIDO-RS keys
 * (study and series keys live on the image set: one series per set). */
typedef struct cat_instance {
    char sop_uid[CAT_UID];
    char sop_class_uid[CAT_UID];
    char transfer_syntax[CAT_UID];  /* as received */
    char stored_transfer_syntax[CAT_UID];
    bool has_instance_number;
    int32_t instance_number;
    int32_t rows, columns, bits_allocated;   /* 0 when absent */
    int32_t number_of_frames;                /* 0 when no pixel data */
    char content_date[17];
    char content_time[27];
    int64_t first_version;       /* filled by the catalog on commit */
    int64_t last_version;        /* 0: current */
} cat_instance;

typedef struct cat_frame {
    char frame_id[CAT_ID];
    char sop_uid[CAT_UID];
    uint32_t frame_index;        /* 0-based within the instance */
    char segment[CAT_KEY];       /* blob key of the segment */
    uint64_t offset;
    uint64_t length;
    uint32_t res_end[CAT_MAX_LEVELS];  /* byte end of each resolution (base first) */
    uint32_t nres;               /* 0: not progressive */
    char stored_transfer_syntax[CAT_UID];
} cat_frame;

/* The QIDO-RS fields of an image set beyond cat_dicom_tags, from the
 * levels of its latest document (version.c fills them on every commit).
 * Text fields hold the raw values (the catalog derives its match keys:
 * normalized dates and times, lower-case names, name components). The
 * JSON texts are DICOM JSON objects (PS3.18 Annex F, keyed by tag) of the
 * Patient+Study levels and of the Series level; borrowed, any length. */
typedef struct cat_qido_fields {
    char referring_physician[513];
    char patient_birth_time[57];
    char pps_start_date[37];        /* PerformedProcedureStepStartDate */
    char pps_start_time[57];        /* PerformedProcedureStepStartTime */
    char series_description[513];
    const char *study_json;         /* {"00100010": {...}, ...} */
    const char *series_json;
} cat_qido_fields;

/* --------------------------------------------------------------- commits */

/* One new version of one image set, applied atomically: the version row,
 * the image set row (inserted when expect_version is 0, else updated only
 * if its latest_version still equals expect_version: CAT_CONFLICT
 * otherwise), instance rows retired and added, frame rows added, and the
 * job-file rows this version consumes (PENDING -> their final outcome and
 * ndjson line). */
typedef struct cat_commit {
    const cat_image_set *set;        /* new row state; set->latest_version = version->version */
    int64_t expect_version;          /* 0: a new image set */
    const cat_version *version;
    bool retire_all;                 /* retire every current instance first */
    const char (*retire)[CAT_UID];   /* SOP UIDs no longer current */
    size_t nretire;
    const cat_instance *add;         /* become current from this version */
    size_t nadd;
    const cat_frame *frames;
    size_t nframes;
    const int64_t *file_ids;         /* job-file rows finished by this commit */
    const cat_file_outcome *file_outcomes;
    const char *const *file_lines;
    size_t nfiles;
    const cat_qido_fields *qido;     /* NULL: the set's QIDO fields are marked unfilled
                                        (qido_unfilled lists it for a backfill) */
    bool sole_primary;               /* a new primary set: CAT_CONFLICT when the series
                                        (datastore, study, series UIDs) has a primary,
                                        not DELETED set already */
} cat_commit;

/* -------------------------------------------------------------- searches */

typedef enum cat_search_attr {
    CAT_SA_PATIENT_ID, CAT_SA_ACCESSION_NUMBER, CAT_SA_STUDY_ID, CAT_SA_STUDY_UID,
    CAT_SA_SERIES_UID, CAT_SA_CREATED_AT, CAT_SA_UPDATED_AT, CAT_SA_STUDY_DATE_TIME,
    CAT_SA_IS_PRIMARY,
} cat_search_attr;

typedef struct cat_search_value {
    char s[513];                 /* string attributes */
    double t;                    /* createdAt / updatedAt */
    char date[9], time[16];      /* DICOMStudyDateAndTime: YYYYMMDD, HHMMSS[.FFFFFF] */
    bool b;                      /* isPrimary */
} cat_search_value;

typedef struct cat_search_filter {
    cat_search_attr attr;
    bool between;                /* BETWEEN (two values) or EQUAL (one) */
    cat_search_value v[2];
} cat_search_filter;

typedef enum cat_sort_field { CAT_SORT_UPDATED_AT, CAT_SORT_CREATED_AT, CAT_SORT_STUDY_DATE_TIME }
    cat_sort_field;

typedef struct cat_search {
    cat_search_filter filters[2];
    unsigned nfilters;
    cat_sort_field sort;         /* default: updatedAt */
    bool ascending;              /* default: descending */
    int64_t offset;              /* pagination: rows to skip */
    int limit;                   /* 1..50 */
} cat_search;

/* ----------------------------------------------------------------- QIDO-RS
 *
 * Searches over the primary, not DELETED image sets of one datastore, at
 * study, series or instance level (docs/catalog.md, "QIDO-RS"). A study is
 * the primary sets sharing a StudyInstanceUID; its attributes are those of
 * its most recently updated set. */

typedef enum cat_qido_level { CAT_QIDO_STUDY, CAT_QIDO_SERIES, CAT_QIDO_INSTANCE } cat_qido_level;

typedef enum cat_qido_key {
    /* study level (valid at every level) */
    CAT_QK_STUDY_DATE, CAT_QK_STUDY_TIME, CAT_QK_ACCESSION_NUMBER, CAT_QK_MODALITIES_IN_STUDY,
    CAT_QK_REFERRING_PHYSICIAN, CAT_QK_STUDY_DESCRIPTION, CAT_QK_PATIENT_NAME,
    CAT_QK_PATIENT_ID, CAT_QK_PATIENT_BIRTH_DATE, CAT_QK_PATIENT_BIRTH_TIME, CAT_QK_STUDY_UID,
    CAT_QK_STUDY_ID,
    /* series level (series and instance levels) */
    CAT_QK_MODALITY, CAT_QK_SERIES_UID, CAT_QK_SERIES_NUMBER, CAT_QK_PPS_START_DATE,
    CAT_QK_PPS_START_TIME, CAT_QK_SERIES_DESCRIPTION,
    /* instance level */
    CAT_QK_SOP_CLASS_UID, CAT_QK_SOP_UID, CAT_QK_INSTANCE_NUMBER,
    CAT_QK_COUNT
} cat_qido_key;

typedef enum cat_qido_match {
    CAT_QM_SINGLE,      /* value equal (names: case-insensitive; dates: that day) */
    CAT_QM_LIST,        /* any of a backslash-separated list */
    CAT_QM_WILDCARD,    /* '*' any run, '?' one character */
    CAT_QM_RANGE,       /* dates and times: lo..hi, either "" (open) */
    CAT_QM_FUZZY,       /* names: each word of value is a case-insensitive prefix of a
                           component of the name */
} cat_qido_match;

typedef struct cat_qido_filter {
    cat_qido_key key;
    cat_qido_match match;
    const char *value;          /* SINGLE, LIST, WILDCARD, FUZZY (borrowed) */
    const char *lo, *hi;        /* RANGE: DA YYYYMMDD or TM HH[MM[SS[.F{1,6}]]]; "" open */
} cat_qido_filter;

#define CAT_QIDO_MAX_FILTERS 32
#define CAT_QIDO_MAX_VALUE 1024       /* bytes of a value (a LIST: 64 KiB) */
#define CAT_QIDO_MAX_LIST 1000        /* entries of a LIST */
#define CAT_QIDO_MAX_OFFSET 1000000

typedef struct cat_qido_query {
    cat_qido_level level;
    const char *study_uid;      /* scope: NULL or "" for none (relational) */
    const char *series_uid;     /* instance level only */
    const cat_qido_filter *filters;
    size_t nfilters;            /* <= CAT_QIDO_MAX_FILTERS */
    int64_t offset;             /* 0..CAT_QIDO_MAX_OFFSET */
    int limit;                  /* 1..1000 */
} cat_qido_query;

/* One answer; every pointer borrowed (valid during the callback). */
typedef struct cat_qido_row {
    const cat_image_set *set;       /* study level: the study's most recently updated set */
    const char *study_json;         /* Patient+Study DICOM JSON object; "" if not filled */
    const char *series_json;        /* Series DICOM JSON object ("" at study level or not
                                       filled) */
    const char *modalities;         /* ModalitiesInStudy, backslash-separated, sorted */
    int64_t study_series, study_instances;  /* NumberOfStudyRelatedSeries/Instances */
    int64_t series_instances;       /* NumberOfSeriesRelatedInstances (-1 at study level) */
    double study_updated_at;        /* the study's last update */
    const cat_instance *instance;   /* instance level; else NULL */
} cat_qido_row;

typedef int (*cat_qido_fn)(void *ctx, const cat_qido_row *r);

/* ------------------------------------------------------------- callbacks */

typedef int (*cat_datastore_fn)(void *ctx, const cat_datastore *d);
typedef int (*cat_job_fn)(void *ctx, const cat_job *j);
typedef int (*cat_job_file_fn)(void *ctx, const cat_job_file *f);
typedef int (*cat_image_set_fn)(void *ctx, const cat_image_set *s);
typedef int (*cat_version_fn)(void *ctx, const cat_version *v);
typedef int (*cat_instance_fn)(void *ctx, const cat_instance *i);
typedef int (*cat_frame_fn)(void *ctx, const cat_frame *f);
typedef int (*cat_tag_fn)(void *ctx, const char *key, const char *value);
/* A callback returns 0 to go on, non-zero to stop (not an error). */

/* ---------------------------------------------------------------- vtable */

typedef struct cat_vtable {
    /* datastores */
    int (*datastore_create)(cat_catalog *c, const cat_datastore *d, cat_datastore *existing,
                            tess_error *err);
    int (*datastore_get)(cat_catalog *c, const char *id, cat_datastore *out, tess_error *err);
    int (*datastore_find_by_name)(cat_catalog *c, const char *name, cat_datastore *out,
                                  tess_error *err);
    int (*datastore_list)(cat_catalog *c, const char *status, int64_t offset, int limit,
                          cat_datastore_fn fn, void *ctx, bool *more, tess_error *err);
    int (*datastore_set_status)(cat_catalog *c, const char *id, const char *status, double at,
                                tess_error *err);
    int (*datastore_delete)(cat_catalog *c, const char *id, double at, tess_error *err);
    int64_t (*datastore_count_active)(cat_catalog *c, tess_error *err);

    /* import jobs */
    int (*job_create)(cat_catalog *c, const cat_job *j, cat_job *existing, tess_error *err);
    int (*job_get)(cat_catalog *c, const char *datastore_id, const char *job_id, cat_job *out,
                   tess_error *err);
    int (*job_list)(cat_catalog *c, const char *datastore_id, const char *status,
                    int64_t offset, int limit, cat_job_fn fn, void *ctx, bool *more,
                    tess_error *err);
    int (*job_update)(cat_catalog *c, const cat_job *j, tess_error *err);
    int (*job_list_unfinished)(cat_catalog *c, cat_job_fn fn, void *ctx, tess_error *err);
    int64_t (*job_count_running)(cat_catalog *c, const char *datastore_id, tess_error *err);

    /* files of an import job */
    int (*job_file_add)(cat_catalog *c, const char *job_id, const char *path,
                        cat_file_outcome outcome, const char *group_key, const char *payload,
                        int64_t *id, tess_error *err);
    /* n rows in one transaction (all or none); ids may be NULL */
    int (*job_files_add)(cat_catalog *c, const char *job_id, const cat_job_file *rows, size_t n,
                         int64_t *ids, tess_error *err);
    int (*job_file_seen)(cat_catalog *c, const char *job_id, const char *path, bool *seen,
                         tess_error *err);
    int (*job_files)(cat_catalog *c, const char *job_id, int outcome /* -1: all */,
                     cat_job_file_fn fn, void *ctx, tess_error *err);
    int (*job_pending_groups)(cat_catalog *c, const char *job_id,
                              int (*fn)(void *ctx, const char *group_key), void *ctx,
                              tess_error *err);
    int (*job_pending_in_group)(cat_catalog *c, const char *job_id, const char *group_key,
                                cat_job_file_fn fn, void *ctx, tess_error *err);
    int (*job_file_finish)(cat_catalog *c, int64_t id, cat_file_outcome outcome,
                           const char *line, tess_error *err);

    /* image sets */
    int (*image_set_get)(cat_catalog *c, const char *datastore_id, const char *id,
                         cat_image_set *out, tess_error *err);
    int (*image_set_find_primary)(cat_catalog *c, const char *datastore_id,
                                  const char *study_uid, const char *series_uid,
                                  cat_image_set *out, tess_error *err);
    int (*image_sets_of_study)(cat_catalog *c, const char *datastore_id, const char *study_uid,
                               cat_image_set_fn fn, void *ctx, tess_error *err);
    int64_t (*image_set_count)(cat_catalog *c, const char *datastore_id, tess_error *err);
    int (*version_get)(cat_catalog *c, const char *image_set_id, int64_t version,
                       cat_version *out, tess_error *err);
    int (*versions_list)(cat_catalog *c, const char *image_set_id, int64_t offset, int limit,
                         cat_version_fn fn, void *ctx, bool *more, tess_error *err);
    int (*commit)(cat_catalog *c, const cat_commit *cm, tess_error *err);
    int (*image_set_set_state)(cat_catalog *c, const char *datastore_id, const char *id,
                               int64_t expect_version, const char *state,
                               const char *workflow_status, const char *message, double at,
                               tess_error *err);
    int (*image_set_delete)(cat_catalog *c, const char *datastore_id, const char *id, double at,
                            tess_error *err);
    int (*search)(cat_catalog *c, const char *datastore_id, const cat_search *q,
                  cat_image_set_fn fn, void *ctx, bool *more, tess_error *err);
    int (*touch)(cat_catalog *c, const char (*ids)[CAT_ID], size_t n, double at,
                 tess_error *err);

    /* QIDO-RS: rows in AHI's order (studies by last update, newest first;
     * series by SeriesNumber; instances by InstanceNumber; the instances of
     * a study by their set's last update, newest first); *more = rows left.
     * A key not valid at the level, a match kind not valid for the key, a
     * malformed range or a limit out of bounds is CAT_INVALID, err naming
     * it (without the "catalog:" prefix: it is meant for the client). */
    int (*qido)(cat_catalog *c, const char *datastore_id, const cat_qido_query *q,
                cat_qido_fn fn, void *ctx, bool *more, tess_error *err);
    /* Sets (not DELETED) whose QIDO fields were never filled (made before
     * the schema had them, or committed without), for a backfill. */
    int (*qido_unfilled)(cat_catalog *c, cat_image_set_fn fn, void *ctx, tess_error *err);
    /* Fill them, if the set is still at version expect_version (else
     * CAT_CONFLICT: a newer commit filled them already). */
    int (*qido_fill)(cat_catalog *c, const char *datastore_id, const char *id,
                     int64_t expect_version, const cat_qido_fields *f, tess_error *err);

    /* instances and frames of an image set */
    int (*instances_list)(cat_catalog *c, const char *image_set_id, int64_t version,
                          cat_instance_fn fn, void *ctx, tess_error *err);
    int (*frame_get)(cat_catalog *c, const char *image_set_id, const char *frame_id,
                     cat_frame *out, tess_error *err);
    /* GetImageFrame's hot path in one lookup: the frame of a live image set
     * (not DELETED) of a live datastore; CAT_NOT_FOUND when any is missing
     * (callers ask frame_get / image_set_get to say which). */
    int (*frame_locate)(cat_catalog *c, const char *datastore_id, const char *image_set_id,
                        const char *frame_id, cat_frame *out, tess_error *err);
    int (*frames_of_instance)(cat_catalog *c, const char *image_set_id, const char *sop_uid,
                              cat_frame_fn fn, void *ctx, tess_error *err);
    /* Is the SOP instance in the set's latest version? */
    int (*instance_current)(cat_catalog *c, const char *image_set_id, const char *sop_uid,
                            bool *yes, tess_error *err);

    /* tags: resource = (datastore_id, image_set_id or "") */
    int (*tags_put)(cat_catalog *c, const char *datastore_id, const char *image_set_id,
                    const char *const *keys, const char *const *values, size_t n,
                    tess_error *err);
    int (*tags_remove)(cat_catalog *c, const char *datastore_id, const char *image_set_id,
                       const char *const *keys, size_t n, tess_error *err);
    int (*tags_list)(cat_catalog *c, const char *datastore_id, const char *image_set_id,
                     cat_tag_fn fn, void *ctx, tess_error *err);
    int64_t (*tags_count)(cat_catalog *c, const char *datastore_id, const char *image_set_id,
                          tess_error *err);

    /* the sweeper: is this blob key referenced by any row? */
    int (*blob_referenced)(cat_catalog *c, const char *key, bool *yes, tess_error *err);

    void (*close)(cat_catalog *c);
} cat_vtable;

struct cat_catalog {
    const cat_vtable *vt;
    char name[16];              /* "sqlite", "postgres" */
};

/* Open (creating and migrating as needed) the SQLite catalog at path.
 * The caller owns *out; free it with cat_close. */
int cat_sqlite_open(const char *path, cat_catalog **out, tess_error *err);

static inline void cat_close(cat_catalog *c) {
    if (c) c->vt->close(c);
}

#endif
