/*
 * import_job.c - import jobs: scan, workers, assembly, outputs (see
 * import_job.h).
 *
 * Crash safety: a file's frames are durable in a segment before its
 * PENDING row is written; the row becomes SUCCESS / WARNING in the same
 * transaction that commits the version holding it (assemble.c); FAILURE
 * rows are final at once. So after a crash, a resumed job skips every file
 * with a row, re-reads the rest, and assembles what is PENDING. Segment
 * bytes of a file whose row was never written are unreferenced garbage
 * that the sweeper reclaims.
 */
#include "ingest/import_job.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dicom/reader.h"
#include "imageset/assemble.h"
#include "ingest/instance.h"
#include "store/segment.h"
#include "util/buf.h"
#include "util/id.h"

#define SEGMENT_CAP (256ull << 20)

int imp_local_path(const char *uri, char *out, size_t cap, tess_error *err) {
    const char *p = uri;
    if (strncmp(uri, "file://", 7) == 0) p = uri + 7;
    else if (strstr(uri, "://"))
        return tess_fail(err, "ValidationException: unsupported URI scheme in %.200s (use a "
                              "local path or file://)", uri);
    if (!*p) return tess_fail(err, "ValidationException: empty path in %.200s", uri);
    if (strlen(p) >= cap) return tess_fail(err, "ValidationException: path too long: %.200s", uri);
    snprintf(out, cap, "%s", p);
    return 0;
}

int imp_start(archive *a, const imp_request *req, cat_job *job, bool *existed, tess_error *err) {
    *existed = false;
    cat_datastore ds;
    int rc = a->cat->vt->datastore_get(a->cat, req->datastore_id, &ds, err);
    if (rc == CAT_NOT_FOUND)
        return tess_fail(err, "ResourceNotFoundException: datastore %s does not exist",
                         req->datastore_id);
    if (rc != 0) return -1;
    if (strcmp(ds.status, "ACTIVE") != 0)
        return tess_fail(err, "ConflictException: datastore %s is %s, not ACTIVE", ds.id,
                         ds.status);
    if (req->job_name && *req->job_name && !tess_name_valid(req->job_name, 1, 64, "._/#-"))
        return tess_fail(err, "ValidationException: jobName must be 1-64 of [A-Za-z0-9._/#-]");
    if (req->client_token && *req->client_token && !tess_name_valid(req->client_token, 1, 64, "._-"))
        return tess_fail(err, "ValidationException: clientToken must be 1-64 of [A-Za-z0-9._-]");
    char in[1025], outp[1025];
    if (!req->input_uri || strlen(req->input_uri) > 1024)
        return tess_fail(err, "ValidationException: inputS3Uri must be 1-1024 characters");
    if (!req->output_uri || strlen(req->output_uri) > 1024)
        return tess_fail(err, "ValidationException: outputS3Uri must be 1-1024 characters");
    if (imp_local_path(req->input_uri, in, sizeof in, err) != 0) return -1;
    if (imp_local_path(req->output_uri, outp, sizeof outp, err) != 0) return -1;

    memset(job, 0, sizeof *job);
    if (tess_id_new(job->id) != 0) return tess_fail(err, "the random source failed");
    snprintf(job->datastore_id, sizeof job->datastore_id, "%s", ds.id);
    snprintf(job->name, sizeof job->name, "%s",
             req->job_name && *req->job_name ? req->job_name : job->id);
    snprintf(job->status, sizeof job->status, "SUBMITTED");
    snprintf(job->role_arn, sizeof job->role_arn, "%s",
             req->role_arn && *req->role_arn ? req->role_arn
                                             : "arn:aws:iam::000000000000:role/tessera-local");
    snprintf(job->input_uri, sizeof job->input_uri, "%s", req->input_uri);
    size_t ol = strlen(req->output_uri);
    snprintf(job->output_uri, sizeof job->output_uri, "%s%s%s-DicomImport-%s/", req->output_uri,
             ol && req->output_uri[ol - 1] == '/' ? "" : "/", ds.id, job->id);
    if (req->client_token && *req->client_token)
        snprintf(job->client_token, sizeof job->client_token, "%s", req->client_token);
    else if (tess_id_new(job->client_token) != 0)
        return tess_fail(err, "the random source failed");
    job->submitted_at = tess_now();

    if (a->cat->vt->job_count_running(a->cat, ds.id, err) >= a->quotas.jobs_per_datastore) {
        /* an idempotent retry of a running job is not a new job */
        cat_job old;
        if (a->cat->vt->job_create(a->cat, job, &old, err) == 1) {
            *job = old;
            *existed = true;
            return 0;
        }
        return tess_fail(err, "ServiceQuotaExceededException: %lld import jobs are already "
                              "running in datastore %s",
                         (long long)a->quotas.jobs_per_datastore, ds.id);
    }
    cat_job old;
    rc = a->cat->vt->job_create(a->cat, job, &old, err);
    if (rc == 1) {
        *job = old;
        *existed = true;
        return 0;
    }
    return rc;
}

/* ------------------------------------------------------------------ scan */

typedef struct scan {
    char **paths;
    size_t n, cap;
    int64_t folders;
    uint64_t bytes;
    const archive_quotas *q;
    int failed;
    char why[TESS_ERROR_MAX];
} scan;

static int path_cmp(const void *x, const void *y) {
    return strcmp(*(char *const *)x, *(char *const *)y);
}

static void scan_dir(scan *s, const char *dir, int depth) {
    if (s->failed) return;
    if (depth > 64) {
        s->failed = 1;
        snprintf(s->why, sizeof s->why, "input folders nest deeper than 64 levels at %.300s", dir);
        return;
    }
    DIR *d = opendir(dir);
    if (!d) {
        s->failed = 1;
        snprintf(s->why, sizeof s->why, "cannot read input folder %.300s: %s", dir,
                 strerror(errno));
        return;
    }
    struct dirent *de;
    while (!s->failed && (de = readdir(d))) {
        if (de->d_name[0] == '.' && (!de->d_name[1] || (de->d_name[1] == '.' && !de->d_name[2])))
            continue;
        size_t need = strlen(dir) + strlen(de->d_name) + 2;
        char *p = malloc(need);
        if (!p) {
            s->failed = 1;
            snprintf(s->why, sizeof s->why, "out of memory scanning %.300s", dir);
            break;
        }
        snprintf(p, need, "%s/%s", dir, de->d_name);
        struct stat st;
        if (lstat(p, &st) != 0) {
            free(p);
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            if (++s->folders > s->q->folders_per_job) {
                s->failed = 1;
                snprintf(s->why, sizeof s->why,
                         "ServiceQuotaExceededException: the input has more than %lld nested "
                         "folders", (long long)s->q->folders_per_job);
                free(p);
                break;
            }
            scan_dir(s, p, depth + 1);
            free(p);
        } else if (S_ISREG(st.st_mode)) {
            if ((int64_t)s->n >= s->q->files_per_job) {
                s->failed = 1;
                snprintf(s->why, sizeof s->why,
                         "FILE_COUNTS_LIMIT_EXCEEDED: the input holds more than %lld files "
                         "(quota: files per import job)", (long long)s->q->files_per_job);
                free(p);
                break;
            }
            s->bytes += (uint64_t)st.st_size;
            if (s->bytes > s->q->bytes_per_job) {
                s->failed = 1;
                snprintf(s->why, sizeof s->why,
                         "FILE_SIZE_LIMIT_EXCEEDED: the input holds more than %llu bytes "
                         "(quota: total size per import job)",
                         (unsigned long long)s->q->bytes_per_job);
                free(p);
                break;
            }
            if (tess_grow(&s->paths, &s->cap, s->n + 1, sizeof *s->paths) != 0) {
                s->failed = 1;
                snprintf(s->why, sizeof s->why, "out of memory scanning %.300s", dir);
                free(p);
                break;
            }
            s->paths[s->n++] = p;
        } else {
            free(p);  /* symlinks, devices: not followed */
        }
    }
    closedir(d);
}

static void scan_free(scan *s) {
    for (size_t i = 0; i < s->n; i++) free(s->paths[i]);
    free(s->paths);
}

/* --------------------------------------------------------------- workers */

typedef struct run {
    archive *a;
    const char *job_id;
    scan *s;
    size_t next;
    uint64_t done;
    pthread_mutex_t mu;
    imp_progress_fn progress;
    void *pctx;
    int fatal;
    tess_error fatal_err;
} run;

/* Rows of one worker waiting to be published: the segment is synced and
 * the rows written in one catalog transaction per batch, so durability
 * costs two syncs per batch instead of two per file. */
#define BATCH_FILES 32
#define BATCH_BYTES (64ull << 20)

typedef struct batch {
    cat_job_file rows[BATCH_FILES];
    size_t n;
    uint64_t bytes;
} batch;

static void batch_clear(batch *b) {
    for (size_t i = 0; i < b->n; i++) {
        free((char *)b->rows[i].path);
        free((char *)b->rows[i].group_key);
        free((char *)b->rows[i].payload);
    }
    b->n = 0;
    b->bytes = 0;
}

int imp_publish(archive *a, const char *job_id, seg_writer *const *segs, size_t nseg,
                const cat_job_file *rows, size_t n, tess_error *err) {
    if (n == 0) return 0;
    for (size_t i = 0; i < nseg; i++)
        if (segs[i] && seg_sync(segs[i], err) != 0) return -1;
    return a->cat->vt->job_files_add(a->cat, job_id, rows, n, NULL, err);
}

int imp_segments_open(archive *a, const char *job_id, seg_writer **out, tess_error *err) {
    char prefix[80];
    snprintf(prefix, sizeof prefix, "seg/%s", job_id);
    return seg_writer_open(a->blobs, prefix, SEGMENT_CAP, out, err);
}

static int batch_flush(run *r, seg_writer *seg, batch *b, tess_error *err) {
    int rc = imp_publish(r->a, r->job_id, &seg, 1, b->rows, b->n, err);
    batch_clear(b);
    return rc;
}

/* Queue a row (takes ownership of payload). */
static int batch_add(batch *b, const char *path, cat_file_outcome outcome, const char *group,
                     char *payload, uint64_t bytes, tess_error *err) {
    cat_job_file *row = &b->rows[b->n];
    memset(row, 0, sizeof *row);
    row->path = strdup(path);
    row->group_key = strdup(group);
    row->payload = payload;
    row->outcome = outcome;
    b->n++;
    b->bytes += bytes;
    if (!row->path || !row->group_key || !payload) return tess_fail(err, "out of memory");
    return 0;
}

static int add_failure(batch *b, const char *path, const char *type, const char *msg,
                       tess_error *err) {
    json_t *line = json_pack("{s:s,s:{s:s,s:s}}", "inputFile", path, "exception",
                             "exceptionType", type, "message", msg);
    char *text = json_dumps(line, JSON_COMPACT);
    json_decref(line);
    return batch_add(b, path, CAT_FILE_FAILURE, "", text, 0, err);
}

static int one_file(run *r, seg_writer *seg, batch *b, const char *path, tess_error *err) {
    archive *a = r->a;
    bool seen = false;
    if (a->cat->vt->job_file_seen(a->cat, r->job_id, path, &seen, err) != 0) return -1;
    if (seen) return 0;
    struct stat st;
    if (stat(path, &st) != 0)
        return add_failure(b, path, "ValidationException", strerror(errno), err);
    if ((uint64_t)st.st_size > a->quotas.bytes_per_file) {
        char msg[200];
        snprintf(msg, sizeof msg, "file of %lld bytes is over the %llu-byte limit per file",
                 (long long)st.st_size, (unsigned long long)a->quotas.bytes_per_file);
        return add_failure(b, path, "ValidationException", msg, err);
    }
    dcm_read_opts o;
    dcm_read_opts_default(&o);
    dcm_file *f = NULL;
    tess_error ferr;
    if (dcm_read_path(path, &o, &f, &ferr) != 0)
        return add_failure(b, path, "ValidationException", ferr.msg, err);
    ing_result res;
    ing_failure fail;
    int rc = ing_instance(f, seg, &res, &fail, &ferr);
    dcm_file_free(f);
    if (rc == 1) return add_failure(b, path, fail.type, fail.message, err);
    if (rc != 0) return add_failure(b, path, "InternalServerException", ferr.msg, err);
    rc = batch_add(b, path, CAT_FILE_PENDING, res.group_key, res.payload, res.stored_bytes, err);
    res.payload = NULL;     /* the batch owns it now */
    return rc;
}

static void set_fatal(run *r, const tess_error *err) {
    pthread_mutex_lock(&r->mu);
    if (!r->fatal) {
        r->fatal = 1;
        r->fatal_err = *err;
    }
    pthread_mutex_unlock(&r->mu);
}

static void *worker(void *arg) {
    run *r = arg;
    seg_writer *seg = NULL;
    tess_error err;
    if (imp_segments_open(r->a, r->job_id, &seg, &err) != 0) {
        set_fatal(r, &err);
        return NULL;
    }
    batch *b = calloc(1, sizeof *b);
    if (!b) {
        tess_fail(&err, "out of memory");
        set_fatal(r, &err);
        seg_writer_close(seg, &err);
        return NULL;
    }
    for (;;) {
        pthread_mutex_lock(&r->mu);
        if (r->fatal || r->next >= r->s->n) {
            pthread_mutex_unlock(&r->mu);
            break;
        }
        const char *path = r->s->paths[r->next++];
        pthread_mutex_unlock(&r->mu);
        int rc = one_file(r, seg, b, path, &err);
        if (rc == 0 && (b->n == BATCH_FILES || b->bytes >= BATCH_BYTES))
            rc = batch_flush(r, seg, b, &err);
        if (rc != 0) set_fatal(r, &err);
        pthread_mutex_lock(&r->mu);
        r->done++;
        if (r->progress) r->progress(r->pctx, r->done, r->s->n, path);
        pthread_mutex_unlock(&r->mu);
    }
    if (batch_flush(r, seg, b, &err) != 0) set_fatal(r, &err);
    free(b);
    if (seg_writer_close(seg, &err) != 0) set_fatal(r, &err);
    return NULL;
}

/* --------------------------------------------------------------- outputs */

typedef struct out_ctx {
    FILE *f[4];                 /* by outcome: SUCCESS, FAILURE, WARNING */
    int64_t imported, customer_errors, server_errors;
    json_t *sets;               /* imageSetId -> summary */
    int failed;
} out_ctx;

static int out_line(void *ctx, const cat_job_file *jf) {
    out_ctx *o = ctx;
    if (jf->outcome == CAT_FILE_PENDING) return 0;
    FILE *f = o->f[jf->outcome];
    if (fputs(jf->payload, f) < 0 || fputc('\n', f) < 0) {
        o->failed = 1;
        return 1;
    }
    json_t *line = json_loads(jf->payload, 0, NULL);
    if (jf->outcome == CAT_FILE_FAILURE) {
        const char *type = json_string_value(
            json_object_get(json_object_get(line, "exception"), "exceptionType"));
        if (type && strcmp(type, "ValidationException") == 0) o->customer_errors++;
        else o->server_errors++;
    } else {
        o->imported++;
        json_t *resp = json_object_get(line, "importResponse");
        const char *id = json_string_value(json_object_get(resp, "imageSetId"));
        if (id) {
            json_t *s = json_object_get(o->sets, id);
            if (!s) {
                s = json_pack("{s:s,s:I,s:O,s:I}", "imageSetId", id, "imageSetVersion",
                              (json_int_t)0, "isPrimary",
                              json_object_get(resp, "isPrimary"), "numberOfMatchedSOPInstances",
                              (json_int_t)0);
                json_object_set_new(o->sets, id, s);
            }
            json_int_t v = json_integer_value(json_object_get(resp, "imageSetVersion"));
            if (v > json_integer_value(json_object_get(s, "imageSetVersion")))
                json_object_set_new(s, "imageSetVersion", json_integer(v));
            json_object_set_new(s, "numberOfMatchedSOPInstances",
                                json_integer(json_integer_value(json_object_get(
                                                 s, "numberOfMatchedSOPInstances")) + 1));
        }
    }
    json_decref(line);
    return 0;
}

static int mkdirs(const char *path, tess_error *err) {
    char tmp[1500];
    snprintf(tmp, sizeof tmp, "%s", path);
    for (char *p = tmp + 1; *p; p++) {
        if (*p != '/') continue;
        *p = '\0';
        if (mkdir(tmp, 0755) != 0 && errno != EEXIST)
            return tess_fail(err, "cannot create output folder %s: %s", tmp, strerror(errno));
        *p = '/';
    }
    if (mkdir(tmp, 0755) != 0 && errno != EEXIST)
        return tess_fail(err, "cannot create output folder %s: %s", tmp, strerror(errno));
    return 0;
}

static int fsync_close(FILE *f) {
    if (!f) return 0;
    int rc = fflush(f) == 0 && fsync(fileno(f)) == 0 ? 0 : -1;
    if (fclose(f) != 0) rc = -1;
    return rc;
}

static int write_outputs(archive *a, const cat_job *job, size_t scanned, tess_error *err) {
    char dir[1200];
    if (imp_local_path(job->output_uri, dir, sizeof dir, err) != 0) return -1;
    static const char *sub[4] = {NULL, "SUCCESS/success.ndjson", "FAILURE/failure.ndjson",
                                 "WARNING/warning.ndjson"};
    static const char *folders[4] = {NULL, "SUCCESS", "FAILURE", "WARNING"};
    out_ctx o;
    memset(&o, 0, sizeof o);
    o.sets = json_object();
    char path[1400], tmp[1450];
    int rc = 0;
    for (int k = 1; k <= 3 && rc == 0; k++) {
        snprintf(path, sizeof path, "%s/%s", dir, folders[k]);
        if (mkdirs(path, err) != 0) rc = -1;
        snprintf(tmp, sizeof tmp, "%s/%s.tmp", dir, sub[k]);
        if (rc == 0 && !(o.f[k] = fopen(tmp, "w")))
            rc = tess_fail(err, "cannot write %s: %s", tmp, strerror(errno));
    }
    if (rc == 0) rc = a->cat->vt->job_files(a->cat, job->id, -1, out_line, &o, err);
    if (rc == 0 && o.failed) rc = tess_fail(err, "cannot write the job's ndjson outputs in %s", dir);
    for (int k = 1; k <= 3; k++) {
        if (fsync_close(o.f[k]) != 0 && rc == 0)
            rc = tess_fail(err, "cannot write %s/%s", dir, sub[k]);
        snprintf(tmp, sizeof tmp, "%s/%s.tmp", dir, sub[k]);
        snprintf(path, sizeof path, "%s/%s", dir, sub[k]);
        if (rc == 0 && rename(tmp, path) != 0)
            rc = tess_fail(err, "cannot rename %s: %s", tmp, strerror(errno));
    }
    if (rc == 0) {
        json_t *summaries = json_array();
        const char *k;
        json_t *v;
        json_object_foreach(o.sets, k, v) json_array_append(summaries, v);
        char ok_uri[1200], fail_uri[1200], warn_uri[1200];
        snprintf(ok_uri, sizeof ok_uri, "%sSUCCESS/", job->output_uri);
        snprintf(fail_uri, sizeof fail_uri, "%sFAILURE/", job->output_uri);
        snprintf(warn_uri, sizeof warn_uri, "%sWARNING/", job->output_uri);
        json_t *manifest = json_pack(
            "{s:{s:s,s:s,s:s,s:s,s:s,s:s,s:s,s:I,s:I,s:I,s:I,s:I,s:o}}", "jobSummary", "jobId",
            job->id, "datastoreId", job->datastore_id, "inputS3Uri", job->input_uri,
            "outputS3Uri", job->output_uri, "successOutputS3Uri", ok_uri, "failureOutputS3Uri",
            fail_uri, "warningsOutputS3Uri", warn_uri, "numberOfScannedFiles",
            (json_int_t)scanned, "numberOfImportedFiles", (json_int_t)o.imported,
            "numberOfFilesWithCustomerError", (json_int_t)o.customer_errors,
            "numberOfFilesWithServerError", (json_int_t)o.server_errors,
            "numberOfGeneratedImageSets", (json_int_t)json_object_size(o.sets),
            "imageSetsSummary", summaries);
        snprintf(tmp, sizeof tmp, "%s/job-output-manifest.json.tmp", dir);
        snprintf(path, sizeof path, "%s/job-output-manifest.json", dir);
        FILE *f = fopen(tmp, "w");
        bool written = f && json_dumpf(manifest, f, JSON_INDENT(2)) == 0 && fputc('\n', f) >= 0;
        if (f && fsync_close(f) != 0) written = false;   /* closes f in every case */
        if (!written || rename(tmp, path) != 0) rc = tess_fail(err, "cannot write %s", path);
        json_decref(manifest);
        int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd >= 0) {
            fsync(dfd);
            close(dfd);
        }
    }
    json_decref(o.sets);
    return rc;
}

/* ------------------------------------------------------------------- run */

static int end_job(archive *a, cat_job *job, const char *status, const char *message,
                   tess_error *err) {
    snprintf(job->status, sizeof job->status, "%s", status);
    snprintf(job->message, sizeof job->message, "%s", message ? message : "");
    job->ended_at = tess_now();
    return a->cat->vt->job_update(a->cat, job, err);
}

int imp_run(archive *a, const char *datastore_id, const char *job_id, imp_progress_fn progress,
            void *ctx, tess_error *err) {
    cat_job job;
    int rc = a->cat->vt->job_get(a->cat, datastore_id, job_id, &job, err);
    if (rc != 0) return -1;
    if (strcmp(job.status, "COMPLETED") == 0 || strcmp(job.status, "FAILED") == 0) return 0;
    if (strcmp(job.kind, "stow") == 0) return imp_stow_finish(a, &job, err);
    snprintf(job.status, sizeof job.status, "IN_PROGRESS");
    if (a->cat->vt->job_update(a->cat, &job, err) != 0) return -1;

    char in[1100];
    tess_error jerr;
    if (imp_local_path(job.input_uri, in, sizeof in, &jerr) != 0)
        return end_job(a, &job, "FAILED", jerr.msg, err);
    struct stat st;
    if (stat(in, &st) != 0 || !S_ISDIR(st.st_mode)) {
        char msg[1300];
        snprintf(msg, sizeof msg, "input %.1100s is not a readable folder", job.input_uri);
        return end_job(a, &job, "FAILED", msg, err);
    }
    scan s = {0};
    s.q = &a->quotas;
    scan_dir(&s, in, 0);
    if (s.failed) {
        rc = end_job(a, &job, "FAILED", s.why, err);
        scan_free(&s);
        return rc;
    }
    qsort(s.paths, s.n, sizeof *s.paths, path_cmp);

    run r;
    memset(&r, 0, sizeof r);
    r.a = a;
    r.job_id = job.id;
    r.s = &s;
    r.progress = progress;
    r.pctx = ctx;
    pthread_mutex_init(&r.mu, NULL);
    int nw = a->workers > 0 ? a->workers : 1;
    if ((size_t)nw > s.n) nw = s.n ? (int)s.n : 1;
    pthread_t th[64];
    if (nw > 64) nw = 64;
    int started = 0;
    for (; started < nw; started++)
        if (pthread_create(&th[started], NULL, worker, &r) != 0) break;
    if (started == 0) worker(&r);
    for (int i = 0; i < started; i++) pthread_join(th[i], NULL);
    pthread_mutex_destroy(&r.mu);
    if (r.fatal) {
        *err = r.fatal_err;
        scan_free(&s);
        return tess_fail_prefix(err, "import job %s (left IN_PROGRESS, resumable)", job.id);
    }
    if (asm_job(a, datastore_id, job.id, err) != 0) {
        scan_free(&s);
        return tess_fail_prefix(err, "import job %s: assembly (left IN_PROGRESS, resumable)",
                                job.id);
    }
    if (write_outputs(a, &job, s.n, &jerr) != 0) {
        scan_free(&s);
        return end_job(a, &job, "FAILED", jerr.msg, err);
    }
    scan_free(&s);
    return end_job(a, &job, "COMPLETED", NULL, err);
}

int imp_stow_begin(archive *a, const char *datastore_id, const char *job_id, const char *what,
                   cat_job *job, tess_error *err) {
    memset(job, 0, sizeof *job);
    snprintf(job->id, sizeof job->id, "%s", job_id);
    snprintf(job->datastore_id, sizeof job->datastore_id, "%s", datastore_id);
    snprintf(job->name, sizeof job->name, "stow-%s", job_id);
    snprintf(job->status, sizeof job->status, "IN_PROGRESS");
    snprintf(job->role_arn, sizeof job->role_arn, "arn:aws:iam::000000000000:role/tessera-local");
    snprintf(job->input_uri, sizeof job->input_uri, "%.1000s", what);
    snprintf(job->kind, sizeof job->kind, "stow");
    if (tess_id_new(job->client_token) != 0) return tess_fail(err, "the random source failed");
    job->submitted_at = tess_now();
    cat_job old;
    int rc = a->cat->vt->job_create(a->cat, job, &old, err);
    if (rc == 1) return tess_fail(err, "stow job %s: its client token exists already", job_id);
    return rc;
}

int imp_stow_finish(archive *a, cat_job *job, tess_error *err) {
    if (asm_job(a, job->datastore_id, job->id, err) != 0)
        return tess_fail_prefix(err, "stow job %s: assembly (left IN_PROGRESS, resumable)",
                                job->id);
    return end_job(a, job, "COMPLETED", NULL, err);
}

typedef struct pending_jobs {
    cat_job *v;
    size_t n, cap;
} pending_jobs;

static int collect_job(void *ctx, const cat_job *j) {
    pending_jobs *p = ctx;
    if (tess_grow(&p->v, &p->cap, p->n + 1, sizeof *p->v) != 0) return 1;
    p->v[p->n++] = *j;
    return 0;
}

int imp_recover(archive *a, tess_error *err) {
    pending_jobs p = {0};
    int rc = a->cat->vt->job_list_unfinished(a->cat, collect_job, &p, err);
    for (size_t i = 0; rc == 0 && i < p.n; i++)
        rc = imp_run(a, p.v[i].datastore_id, p.v[i].id, NULL, NULL, err);
    free(p.v);
    return rc;
}
