/*
 * import_job.h - StartDICOMImportJob semantics on local folders
 * (ahi-api.md 2.2 and 2.2.1).
 *
 *   imp_start   validates the request and records the job SUBMITTED (the
 *               same clientToken twice gives the first job back);
 *   imp_run     runs it: IN_PROGRESS, recursive scan of the input, one
 *               worker per core parsing and transcoding files into
 *               segments (PENDING files), assembly into image-set versions,
 *               the output folder {datastoreId}-DicomImport-{jobId}/ with
 *               job-output-manifest.json and SUCCESS / FAILURE / WARNING
 *               ndjson, then COMPLETED; FAILED with a message when the job
 *               as a whole cannot run (missing input, quota);
 *   imp_recover runs every job a crash left SUBMITTED or IN_PROGRESS again:
 *               files already recorded are skipped, PENDING ones assembled.
 *
 * A bad file fails that file, never the job. Input and output are local
 * paths or file:// URIs (s3:// comes with the S3 backend).
 *
 * STOW-RS requests (dicomweb/stow.c) go through the same pipeline as jobs
 * of kind "stow" (hidden from ListDICOMImportJobs, no input folder, no
 * output files): the request's instances are appended to segments named
 * like an import's (imp_segments_open), published as PENDING files
 * (imp_publish, the same two steps as the import workers), then
 * imp_stow_finish assembles them. A stow job a crash left unfinished is
 * finished by imp_run / imp_recover the same way: its PENDING files are
 * assembled.
 */
#ifndef TESSERA_INGEST_IMPORT_JOB_H
#define TESSERA_INGEST_IMPORT_JOB_H

#include <stdbool.h>
#include <stdint.h>

#include "catalog/catalog.h"
#include "imageset/archive.h"
#include "store/segment.h"

typedef struct imp_request {
    const char *datastore_id;
    const char *job_name;           /* may be NULL */
    const char *input_uri;
    const char *output_uri;
    const char *role_arn;           /* may be NULL: a local default is recorded */
    const char *client_token;       /* may be NULL: a fresh one */
} imp_request;

/* Progress of a running job (called from worker threads, serialised). */
typedef void (*imp_progress_fn)(void *ctx, uint64_t done, uint64_t total, const char *path);

/* Record a SUBMITTED job (or find the one with the same clientToken:
 * *existed). Validation and quota failures return -1 with err->msg
 * prefixed by the AHI exception name ("ValidationException: ...",
 * "ResourceNotFoundException: ...", "ServiceQuotaExceededException: ..."). */
int imp_start(archive *a, const imp_request *req, cat_job *job, bool *existed, tess_error *err);

/* Run a job to COMPLETED or FAILED. Returns 0 when the job ended (either
 * state; read the job row), -1 when it could not be driven (catalog I/O):
 * it stays IN_PROGRESS and imp_recover will resume it. */
int imp_run(archive *a, const char *datastore_id, const char *job_id, imp_progress_fn progress,
            void *ctx, tess_error *err);

/* Resume every unfinished job. */
int imp_recover(archive *a, tess_error *err);

/* Segments of a job: "seg/{jobId}/{id}.seg" (the sweeper keeps those of
 * unfinished jobs), sealed at 256 MiB. The caller owns *out. */
int imp_segments_open(archive *a, const char *job_id, seg_writer **out, tess_error *err);

/* Publish instances: seg_sync of every writer they went to (nseg of
 * them; NULL entries skipped), then the rows (PENDING payloads, or final
 * FAILURE lines) in one catalog transaction. Nothing is published when a
 * sync fails. Rows are borrowed. */
int imp_publish(archive *a, const char *job_id, seg_writer *const *segs, size_t nseg,
                const cat_job_file *rows, size_t n, tess_error *err);

/* Record a STOW-RS job IN_PROGRESS under job_id (made by the caller with
 * tess_id_new, so its segments can be named before the row exists); what
 * says where it came from (kept as the job's input URI, e.g. "stow:POST
 * /studies"). */
int imp_stow_begin(archive *a, const char *datastore_id, const char *job_id, const char *what,
                   cat_job *job, tess_error *err);

/* Assemble a stow job's PENDING files and mark it COMPLETED. Returns -1
 * when assembly fails (the job stays IN_PROGRESS: imp_run finishes it). */
int imp_stow_finish(archive *a, cat_job *job, tess_error *err);

/* Strip file:// from a URI; reject other schemes. */
int imp_local_path(const char *uri, char *out, size_t cap, tess_error *err);

#endif
