/*
 * ahi.c - the AHI actions over HTTP (see ahi.h).
 *
 * Layout: wire helpers (JSON replies, errors, tokens, query numbers), the
 * background job runner and access tracker, then one handler per action
 * in the order of ahi-api.md section 2, then the route table.
 */
#include "api/ahi.h"
#include "api/wire.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

#include "imageset/datastore.h"
#include "imageset/ops.h"
#include "imageset/tags.h"
#include "imageset/version.h"
#include "ingest/import_job.h"
#include "util/id.h"

#define JOB_QUEUE_MAX 1024
#define TOUCH_MAX 4096           /* image sets recorded between flushes */
#define TOUCH_SLOTS 8192         /* hash index over them (power of two, > 2 x TOUCH_MAX) */
#define FD_CACHE 64             /* open segment files kept for GetImageFrame */
#define FRAME_FROM_MEMORY (4u << 20)  /* frames up to this size: pread + send, else sendfile */

/* Segments are append-only and never rewritten in place, so an open
 * descriptor stays right for every frame row that points into it (a tier
 * move renames the file, the descriptor follows the inode; a swept segment
 * has no frame rows left to find). Frames are served from dup()s. */
typedef struct fd_slot {
    char key[CAT_KEY];
    int fd;                     /* -1: empty */
    uint64_t size;              /* size when opened (refreshed when a frame ends past it) */
    uint64_t used;              /* LRU clock */
} fd_slot;

typedef struct job_ref {
    char ds[CAT_ID], job[CAT_ID];
} job_ref;

struct ahi_service {
    archive *a;
    /* job runner */
    pthread_t runner;
    pthread_mutex_t mu;
    pthread_cond_t cv;          /* the runner waits here (jobs, stop) */
    pthread_cond_t tick;        /* the flusher waits here (stop) */
    job_ref queue[JOB_QUEUE_MAX];
    size_t qhead, qlen;
    bool stopping;
    /* segment descriptors (fd_mu) */
    pthread_mutex_t fd_mu;
    fd_slot fds[FD_CACHE];
    uint64_t fd_clock;
    /* access tracker */
    pthread_t flusher;
    char (*touched)[CAT_ID];
    size_t ntouched;
    size_t touch_max;           /* TOUCH_MAX, or TESSERA_ACCESS_TRACKER_MAX (1..TOUCH_MAX):
                                   a small one lets tests reach the full tracker */
    uint16_t *touch_slot;       /* TOUCH_SLOTS: 0 empty, else index into touched + 1 */
};

/* ---------------------------------------------------------------- wire */

static void reply_json(http_response *resp, int status, json_t *j) {
    char *s = json_dumps(j, JSON_COMPACT | JSON_REAL_PRECISION(17));
    json_decref(j);
    if (!s) {
        http_response_bytes(resp, 500, "application/json", "{\"message\":\"out of memory\"}", 27);
        return;
    }
    http_response_bytes(resp, status, "application/json", s, strlen(s));
    free(s);
}

static const struct {
    const char *name;
    int status;
} errors[] = {
    {"ValidationException", 400},        {"BadRequestException", 400},
    {"AccessDeniedException", 403},      {"ResourceNotFoundException", 404},
    {"NotAcceptableException", 406},     {"ConflictException", 409},
    {"ServiceQuotaExceededException", 402}, {"ThrottlingException", 429},
    {"InternalServerException", 500},
};

static void error_reply(http_response *resp, const char *type, int status, const char *message) {
    http_response_header(resp, "x-amzn-ErrorType", type);
    reply_json(resp, status, json_pack("{s:s}", "message", message));
}

void ahi_error(http_response *resp, const tess_error *err) {
    const char *m = err->msg;
    for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++) {
        size_t n = strlen(errors[i].name);
        if (strncmp(m, errors[i].name, n) == 0 && m[n] == ':' && errors[i].status != 500) {
            const char *text = m + n + 1;
            while (*text == ' ') text++;
            error_reply(resp, errors[i].name, errors[i].status, text);
            return;
        }
    }
    /* AHI's copy mismatch message carries no exception name: a conflict */
    if (strncmp(m, "INVALID_REQUEST", 15) == 0) {
        error_reply(resp, "ConflictException", 409, m);
        return;
    }
    error_reply(resp, "InternalServerException", 500, "internal error");
}

static int fail(http_response *resp, const char *type, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int fail(http_response *resp, const char *type, const char *fmt, ...) {
    tess_error e;
    char msg[TESS_ERROR_MAX - 64];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(e.msg, sizeof e.msg, "%s: %s", type, msg);
    ahi_error(resp, &e);
    return 0;
}

/* The same answer for code that collects a failure flag: returns -1. */
static int invalid(http_response *resp, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int invalid(http_response *resp, const char *fmt, ...) {
    char msg[TESS_ERROR_MAX - 64];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    fail(resp, "ValidationException", "%s", msg);
    return -1;
}

/* Errors from the archive: AHI-named ones go to the client; anything else
 * is ours (logged by the server through err, answered 500). */
static int archive_fail(http_response *resp, const tess_error *err, tess_error *out) {
    ahi_error(resp, err);
    if (resp->status == 500) *out = *err;
    return 0;
}

/* The request body as a JSON object ({} when empty). */
static json_t *body_json(const http_request *req, http_response *resp) {
    if (!req->body || req->body_len == 0) return json_object();
    json_error_t je;
    json_t *j = json_loadb((const char *)req->body, req->body_len, 0, &je);
    if (!json_is_object(j)) {
        json_decref(j);
        fail(resp, "ValidationException", "the request body is not a JSON object (%s)", je.text);
        return NULL;
    }
    return j;
}

static const char *jstr(const json_t *o, const char *k) {
    return json_string_value(json_object_get(o, k));
}

/* Pagination tokens: opaque base64 of "tessera:v1:OFFSET". */
static void token_encode(int64_t offset, char *out, size_t cap) {
    char raw[64];
    snprintf(raw, sizeof raw, "tessera:v1:%lld", (long long)offset);
    tess_buf b;
    tess_buf_init(&b, -1);
    tess_buf_put_base64(&b, (const uint8_t *)raw, strlen(raw));
    snprintf(out, cap, "%.*s", (int)b.len, (const char *)b.data);
    tess_buf_free(&b);
}

static bool token_decode(const char *tok, int64_t *offset) {
    char raw[64];
    size_t n = 0, len = strlen(tok), pos;
    if (len == 0 || len > 80 || len % 4 ||
        tess_base64_decode(tok, len, false, (uint8_t *)raw, 60, &n, &pos) != TESS_B64_OK)
        return false;
    raw[n] = '\0';
    char *end;
    if (strncmp(raw, "tessera:v1:", 11) != 0) return false;
    long long v = strtoll(raw + 11, &end, 10);
    if (*end || v < 0) return false;
    *offset = v;
    return true;
}

/* nextToken / maxResults from the query. Returns -1 after answering 400. */
static int page_params(const http_request *req, http_response *resp, int64_t *offset,
                       int *limit) {
    char v[9000];
    *offset = 0;
    *limit = 50;
    if (http_query_get(req, "nextToken", 0, v, sizeof v) && !token_decode(v, offset)) {
        fail(resp, "ValidationException", "nextToken is not a token this service issued");
        return -1;
    }
    if (http_query_get(req, "maxResults", 0, v, sizeof v)) {
        char *end;
        long m = strtol(v, &end, 10);
        if (*end || m < 1 || m > 50) {
            fail(resp, "ValidationException", "maxResults must be 1-50");
            return -1;
        }
        *limit = (int)m;
    }
    return 0;
}

static bool query_bool(const http_request *req, const char *name) {
    char v[16];
    return http_query_get(req, name, 0, v, sizeof v) && strcmp(v, "true") == 0;
}

/* The datastore of a request must exist (and not be deleted). */
static int datastore_of(ahi_service *s, const char *id, cat_datastore *d, http_response *resp,
                        tess_error *err) {
    int rc = s->a->cat->vt->datastore_get(s->a->cat, id, d, err);
    if (rc == CAT_NOT_FOUND || (rc == 0 && strcmp(d->status, "DELETED") == 0)) {
        fail(resp, "ResourceNotFoundException", "datastore %s does not exist", id);
        return -1;
    }
    if (rc != 0) {
        error_reply(resp, "InternalServerException", 500, "internal error");
        return -1;
    }
    return 0;
}

/* A descriptor of segment `key` holding at least `need` bytes, owned by the
 * caller (a dup of the cached one). */
int ahi_segment_fd(ahi_service *s, const char *key, uint64_t need, int *fd_out,
                      tess_error *err) {
    pthread_mutex_lock(&s->fd_mu);
    fd_slot *hit = NULL, *victim = &s->fds[0];
    for (int i = 0; i < FD_CACHE; i++) {
        fd_slot *f = &s->fds[i];
        if (f->fd >= 0 && strcmp(f->key, key) == 0) { hit = f; break; }
        if (f->fd < 0 || (victim->fd >= 0 && f->used < victim->used)) victim = f;
    }
    if (hit && hit->size < need) {
        struct stat st;
        if (fstat(hit->fd, &st) == 0) hit->size = (uint64_t)st.st_size;
    }
    if (hit && hit->size >= need) {
        hit->used = ++s->fd_clock;
        int d = dup(hit->fd);
        pthread_mutex_unlock(&s->fd_mu);
        if (d < 0) return tess_fail(err, "dup of segment %s: %s", key, strerror(errno));
        *fd_out = d;
        return 0;
    }
    pthread_mutex_unlock(&s->fd_mu);
    int fd;
    uint64_t size;
    if (blob_open_fd(s->a->blobs, key, &fd, &size, err) != 0) return -1;
    if (size < need) {
        close(fd);
        return tess_fail(err, "segment %s is shorter (%llu bytes) than its frame rows say", key,
                         (unsigned long long)size);
    }
    int keep = dup(fd);
    if (keep >= 0) {
        pthread_mutex_lock(&s->fd_mu);
        if (hit) victim = hit;
        if (victim->fd >= 0) close(victim->fd);
        snprintf(victim->key, sizeof victim->key, "%s", key);
        victim->fd = keep;
        victim->size = size;
        victim->used = ++s->fd_clock;
        pthread_mutex_unlock(&s->fd_mu);
    }
    *fd_out = fd;
    return 0;
}

/* ------------------------------------------------------ background work */

static void *runner_main(void *arg) {
    ahi_service *s = arg;
    for (;;) {
        pthread_mutex_lock(&s->mu);
        while (!s->stopping && s->qlen == 0) pthread_cond_wait(&s->cv, &s->mu);
        if (s->stopping) {
            pthread_mutex_unlock(&s->mu);
            return NULL;
        }
        job_ref j = s->queue[s->qhead];
        s->qhead = (s->qhead + 1) % JOB_QUEUE_MAX;
        s->qlen--;
        pthread_mutex_unlock(&s->mu);
        tess_error err;
        if (imp_run(s->a, j.ds, j.job, NULL, NULL, &err) != 0)
            fprintf(stderr, "tessera: import job %s: %s\n", j.job, err.msg);
    }
}

void ahi_enqueue_job(ahi_service *s, const char *datastore_id, const char *job_id) {
    pthread_mutex_lock(&s->mu);
    if (s->qlen < JOB_QUEUE_MAX) {
        job_ref *j = &s->queue[(s->qhead + s->qlen) % JOB_QUEUE_MAX];
        snprintf(j->ds, sizeof j->ds, "%s", datastore_id);
        snprintf(j->job, sizeof j->job, "%s", job_id);
        s->qlen++;
        pthread_cond_signal(&s->cv);
    }
    /* a full queue leaves the job SUBMITTED: the next start resumes it */
    pthread_mutex_unlock(&s->mu);
}

static void flush_touches(ahi_service *s) {
    pthread_mutex_lock(&s->mu);
    size_t n = s->ntouched;
    char(*ids)[CAT_ID] = NULL;
    if (n) {
        ids = malloc(n * sizeof *ids);
        if (ids) memcpy(ids, s->touched, n * sizeof *ids);
        s->ntouched = 0;
        memset(s->touch_slot, 0, TOUCH_SLOTS * sizeof *s->touch_slot);
    }
    pthread_mutex_unlock(&s->mu);
    if (ids) {
        tess_error err;
        if (s->a->cat->vt->touch(s->a->cat, (const char(*)[CAT_ID])ids, n, tess_now(), &err) != 0)
            fprintf(stderr, "tessera: access tracking: %s\n", err.msg);
        free(ids);
    }
}

static void *flusher_main(void *arg) {
    ahi_service *s = arg;
    for (;;) {
        pthread_mutex_lock(&s->mu);
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_sec += 2;
        while (!s->stopping &&
               pthread_cond_timedwait(&s->tick, &s->mu, &until) != ETIMEDOUT) {
        }
        bool stop = s->stopping;
        pthread_mutex_unlock(&s->mu);
        flush_touches(s);
        if (stop) return NULL;
    }
}

/* Find (or, with add, insert) an image set in the touch index; caller holds mu.
 * Returns true when it is recorded (found or added). */
static bool touch_slot(ahi_service *s, const char *id, bool add) {
    uint32_t h = 2166136261u;   /* FNV-1a */
    for (const char *p = id; *p; p++) h = (h ^ (uint8_t)*p) * 16777619u;
    for (uint32_t i = h & (TOUCH_SLOTS - 1);; i = (i + 1) & (TOUCH_SLOTS - 1)) {
        uint16_t k = s->touch_slot[i];
        if (k == 0) {
            if (!add || s->ntouched >= s->touch_max) return false;
            snprintf(s->touched[s->ntouched], CAT_ID, "%s", id);
            s->touch_slot[i] = (uint16_t)++s->ntouched;
            return true;
        }
        if (strcmp(s->touched[k - 1], id) == 0) return true;
    }
}

void ahi_touch(ahi_service *s, const char *image_set_id) {
    pthread_mutex_lock(&s->mu);
    bool recorded = touch_slot(s, image_set_id, true);
    pthread_mutex_unlock(&s->mu);
    if (recorded) return;
    /* full: write what is recorded now rather than drop this access */
    flush_touches(s);
    pthread_mutex_lock(&s->mu);
    touch_slot(s, image_set_id, true);
    pthread_mutex_unlock(&s->mu);
}

static int enqueue_unfinished(void *ctx, const cat_job *j) {
    ahi_enqueue_job(ctx, j->datastore_id, j->id);
    return 0;
}

int ahi_service_start(archive *a, ahi_service **out, tess_error *err) {
    ahi_service *s = calloc(1, sizeof *s);
    if (!s) return tess_fail(err, "out of memory");
    s->a = a;
    s->touch_max = TOUCH_MAX;
    const char *tm = getenv("TESSERA_ACCESS_TRACKER_MAX");
    if (tm && atol(tm) >= 1 && atol(tm) <= TOUCH_MAX) s->touch_max = (size_t)atol(tm);
    s->touched = calloc(TOUCH_MAX, sizeof *s->touched);
    s->touch_slot = calloc(TOUCH_SLOTS, sizeof *s->touch_slot);
    if (!s->touched || !s->touch_slot) {
        free(s->touched);
        free(s->touch_slot);
        free(s);
        return tess_fail(err, "out of memory");
    }
    pthread_mutex_init(&s->mu, NULL);
    pthread_mutex_init(&s->fd_mu, NULL);
    for (int i = 0; i < FD_CACHE; i++) s->fds[i].fd = -1;
    pthread_cond_init(&s->cv, NULL);
    pthread_cond_init(&s->tick, NULL);
    if (pthread_create(&s->runner, NULL, runner_main, s) != 0) {
        free(s->touched);
        free(s->touch_slot);
        free(s);
        return tess_fail(err, "cannot start the import job runner");
    }
    if (pthread_create(&s->flusher, NULL, flusher_main, s) != 0) {
        pthread_mutex_lock(&s->mu);
        s->stopping = true;
        pthread_cond_broadcast(&s->cv);
        pthread_mutex_unlock(&s->mu);
        pthread_join(s->runner, NULL);
        pthread_cond_destroy(&s->tick);
        free(s->touched);
        free(s->touch_slot);
        free(s);
        return tess_fail(err, "cannot start the access tracker");
    }
    if (a->cat->vt->job_list_unfinished(a->cat, enqueue_unfinished, s, err) != 0) {
        *out = s;
        ahi_service_stop(s);
        *out = NULL;
        return -1;
    }
    *out = s;
    return 0;
}

void ahi_service_stop(ahi_service *s) {
    if (!s) return;
    pthread_mutex_lock(&s->mu);
    s->stopping = true;
    pthread_cond_broadcast(&s->cv);
    pthread_cond_broadcast(&s->tick);
    pthread_mutex_unlock(&s->mu);
    pthread_join(s->runner, NULL);
    pthread_join(s->flusher, NULL);
    pthread_mutex_destroy(&s->mu);
    pthread_cond_destroy(&s->cv);
    pthread_cond_destroy(&s->tick);
    for (int i = 0; i < FD_CACHE; i++)
        if (s->fds[i].fd >= 0) close(s->fds[i].fd);
    pthread_mutex_destroy(&s->fd_mu);
    free(s->touched);
    free(s->touch_slot);
    free(s);
}

/* ----------------------------------------------------------- data stores */

static int h_create_datastore(void *ctx, const http_request *req, http_response *resp,
                              tess_error *err) {
    ahi_service *s = ctx;
    json_t *b = body_json(req, resp);
    if (!b) return 0;
    const char *token = jstr(b, "clientToken");
    json_t *tags = json_object_get(b, "tags");
    if (!token) {
        json_decref(b);
        return fail(resp, "ValidationException", "clientToken is required");
    }
    if (tags && !json_is_object(tags)) {
        json_decref(b);
        return fail(resp, "ValidationException", "tags must be a map");
    }
    cat_datastore d;
    tess_error e;
    double before = tess_now();
    if (ds_create(s->a, jstr(b, "datastoreName"), token, jstr(b, "kmsKeyArn"),
                  jstr(b, "losslessStorageFormat"), &d, &e) != 0) {
        json_decref(b);
        return archive_fail(resp, &e, err);
    }
    if (tags && json_object_size(tags)) {
        size_t n = json_object_size(tags), i = 0;
        const char **keys = calloc(n, sizeof *keys), **vals = calloc(n, sizeof *vals);
        const char *k;
        json_t *v;
        json_object_foreach(tags, k, v) {
            keys[i] = k;
            vals[i] = json_is_string(v) ? json_string_value(v) : "";
            i++;
        }
        char arn[200];
        archive_datastore_arn(s->a, d.id, arn, sizeof arn);
        int rc = keys && vals ? tags_add(s->a, arn, keys, vals, n, &e) : -1;
        free(keys);
        free(vals);
        if (rc != 0) {
            json_decref(b);
            return archive_fail(resp, &e, err);
        }
    }
    json_decref(b);
    /* AHI creates asynchronously: a new data store is CREATING at first */
    const char *status = d.created_at >= before ? "CREATING" : d.status;
    reply_json(resp, 200, json_pack("{s:s,s:s}", "datastoreId", d.id, "datastoreStatus", status));
    return 0;
}

static int h_get_datastore(void *ctx, const http_request *req, http_response *resp,
                           tess_error *err) {
    ahi_service *s = ctx;
    cat_datastore d;
    int rc = s->a->cat->vt->datastore_get(s->a->cat, http_path_param(req, 0), &d, err);
    if (rc == CAT_NOT_FOUND)
        return fail(resp, "ResourceNotFoundException", "datastore %s does not exist",
                    http_path_param(req, 0));
    if (rc != 0) return -1;
    reply_json(resp, 200, json_pack("{s:o}", "datastoreProperties", wire_datastore(s->a, &d, false)));
    return 0;
}

typedef struct list_ctx {
    const archive *a;
    json_t *list;
} list_ctx;

static int ds_row(void *ctx, const cat_datastore *d) {
    list_ctx *c = ctx;
    json_array_append_new(c->list, wire_datastore(c->a, d, true));
    return 0;
}

static void add_token(json_t *o, bool more, int64_t next) {
    if (!more) return;
    char tok[128];
    token_encode(next, tok, sizeof tok);
    json_object_set_new(o, "nextToken", json_string(tok));
}

static int h_list_datastores(void *ctx, const http_request *req, http_response *resp,
                             tess_error *err) {
    ahi_service *s = ctx;
    int64_t off;
    int limit;
    if (page_params(req, resp, &off, &limit) != 0) return 0;
    char status[32];
    const char *st = http_query_get(req, "datastoreStatus", 0, status, sizeof status);
    static const char *ok[] = {"CREATING", "CREATE_FAILED", "ACTIVE", "DELETING", "DELETED"};
    bool valid = !st;
    for (size_t i = 0; st && i < 5; i++) valid |= strcmp(st, ok[i]) == 0;
    if (!valid) return fail(resp, "ValidationException", "datastoreStatus %s is not valid", st);
    list_ctx c = {s->a, json_array()};
    bool more = false;
    if (s->a->cat->vt->datastore_list(s->a->cat, st, off, limit, ds_row, &c, &more, err) != 0) {
        json_decref(c.list);
        return -1;
    }
    json_t *o = json_pack("{s:o}", "datastoreSummaries", c.list);
    add_token(o, more, off + limit);
    reply_json(resp, 200, o);
    return 0;
}

static int h_delete_datastore(void *ctx, const http_request *req, http_response *resp,
                              tess_error *err) {
    ahi_service *s = ctx;
    cat_datastore d;
    tess_error e;
    if (ds_delete(s->a, http_path_param(req, 0), &d, &e) != 0) return archive_fail(resp, &e, err);
    reply_json(resp, 200, json_pack("{s:s,s:s}", "datastoreId", d.id, "datastoreStatus",
                                    "DELETING"));
    return 0;
}

/* ---------------------------------------------------------- import jobs */

static int h_start_import(void *ctx, const http_request *req, http_response *resp,
                          tess_error *err) {
    ahi_service *s = ctx;
    json_t *b = body_json(req, resp);
    if (!b) return 0;
    const char *role = jstr(b, "dataAccessRoleArn"), *token = jstr(b, "clientToken");
    const char *in = jstr(b, "inputS3Uri"), *out = jstr(b, "outputS3Uri");
    if (!role || !token || !in || !out) {
        json_decref(b);
        return fail(resp, "ValidationException",
                    "dataAccessRoleArn, clientToken, inputS3Uri and outputS3Uri are required");
    }
    if (strlen(role) < 20 || strlen(role) > 2048 || strncmp(role, "arn:aws", 7) != 0 ||
        !strstr(role, ":iam::") || !strstr(role, ":role/")) {
        json_decref(b);
        return fail(resp, "ValidationException", "dataAccessRoleArn is not an IAM role ARN");
    }
    if (json_object_get(b, "importConfiguration")) {
        json_decref(b);
        return fail(resp, "ValidationException",
                    "importConfiguration (DICOM JSON metadata mappings) is not supported yet");
    }
    imp_request r = {.datastore_id = http_path_param(req, 0), .job_name = jstr(b, "jobName"),
                     .input_uri = in, .output_uri = out, .role_arn = role,
                     .client_token = token};
    cat_job job;
    bool existed;
    tess_error e;
    int rc = imp_start(s->a, &r, &job, &existed, &e);
    json_decref(b);
    if (rc != 0) return archive_fail(resp, &e, err);
    if (!existed) ahi_enqueue_job(s, job.datastore_id, job.id);
    reply_json(resp, 200, json_pack("{s:s,s:s,s:s,s:f}", "datastoreId", job.datastore_id, "jobId",
                                    job.id, "jobStatus", existed ? job.status : "SUBMITTED",
                                    "submittedAt", job.submitted_at));
    return 0;
}

static int h_get_import(void *ctx, const http_request *req, http_response *resp,
                        tess_error *err) {
    ahi_service *s = ctx;
    cat_datastore d;
    if (datastore_of(s, http_path_param(req, 0), &d, resp, err) != 0) return 0;
    cat_job j;
    int rc = s->a->cat->vt->job_get(s->a->cat, d.id, http_path_param(req, 1), &j, err);
    if (rc == CAT_NOT_FOUND)
        return fail(resp, "ResourceNotFoundException", "import job %s does not exist",
                    http_path_param(req, 1));
    if (rc != 0) return -1;
    reply_json(resp, 200, json_pack("{s:o}", "jobProperties", wire_job(&j, false)));
    return 0;
}

static int job_row(void *ctx, const cat_job *j) {
    json_array_append_new(ctx, wire_job(j, true));
    return 0;
}

static int h_list_imports(void *ctx, const http_request *req, http_response *resp,
                          tess_error *err) {
    ahi_service *s = ctx;
    cat_datastore d;
    if (datastore_of(s, http_path_param(req, 0), &d, resp, err) != 0) return 0;
    int64_t off;
    int limit;
    if (page_params(req, resp, &off, &limit) != 0) return 0;
    char status[32];
    const char *st = http_query_get(req, "jobStatus", 0, status, sizeof status);
    if (st && strcmp(st, "SUBMITTED") && strcmp(st, "IN_PROGRESS") && strcmp(st, "COMPLETED") &&
        strcmp(st, "FAILED"))
        return fail(resp, "ValidationException", "jobStatus %s is not valid", st);
    json_t *list = json_array();
    bool more = false;
    if (s->a->cat->vt->job_list(s->a->cat, d.id, st, off, limit, job_row, list, &more, err) != 0) {
        json_decref(list);
        return -1;
    }
    json_t *o = json_pack("{s:o}", "jobSummaries", list);
    add_token(o, more, off + limit);
    reply_json(resp, 200, o);
    return 0;
}

/* ----------------------------------------------------------- image sets */

static int summary_row(void *ctx, const cat_image_set *s) {
    json_array_append_new(ctx, wire_image_set_summary(s));
    return 0;
}

/* One search value object: exactly one member. */
static int search_value(const json_t *v, cat_search_filter *f, unsigned i, bool first,
                        http_response *resp) {
    if (!json_is_object(v) || json_object_size(v) != 1)
        return invalid(resp, "each search value has exactly one member");
    const char *k = json_object_iter_key(json_object_iter((json_t *)v));
    json_t *x = json_object_iter_value(json_object_iter((json_t *)v));
    static const struct { const char *name; cat_search_attr attr; } strs[] = {
        {"DICOMPatientId", CAT_SA_PATIENT_ID}, {"DICOMAccessionNumber", CAT_SA_ACCESSION_NUMBER},
        {"DICOMStudyId", CAT_SA_STUDY_ID}, {"DICOMStudyInstanceUID", CAT_SA_STUDY_UID},
        {"DICOMSeriesInstanceUID", CAT_SA_SERIES_UID},
    };
    cat_search_attr attr;
    bool found = false;
    for (size_t n = 0; n < sizeof strs / sizeof strs[0]; n++)
        if (strcmp(k, strs[n].name) == 0) {
            attr = strs[n].attr;
            found = true;
            if (!json_is_string(x) || strlen(json_string_value(x)) >= sizeof f->v[i].s)
                return invalid(resp, "%s must be a string", k);
            snprintf(f->v[i].s, sizeof f->v[i].s, "%s", json_string_value(x));
        }
    if (!found) {
        if (strcmp(k, "createdAt") == 0 || strcmp(k, "updatedAt") == 0) {
            attr = k[0] == 'c' ? CAT_SA_CREATED_AT : CAT_SA_UPDATED_AT;
            if (!json_is_number(x))
                return invalid(resp, "%s must be a timestamp", k);
            f->v[i].t = json_number_value(x);
        } else if (strcmp(k, "DICOMStudyDateAndTime") == 0) {
            attr = CAT_SA_STUDY_DATE_TIME;
            const char *d = jstr(x, "DICOMStudyDate"), *t = jstr(x, "DICOMStudyTime");
            if (!d || strlen(d) != 8 || (t && strlen(t) > 15))
                return invalid(resp, "DICOMStudyDateAndTime needs DICOMStudyDate YYYYMMDD");
            snprintf(f->v[i].date, sizeof f->v[i].date, "%s", d);
            snprintf(f->v[i].time, sizeof f->v[i].time, "%s", t ? t : "");
        } else if (strcmp(k, "isPrimary") == 0) {
            attr = CAT_SA_IS_PRIMARY;
            if (!json_is_boolean(x))
                return invalid(resp, "isPrimary must be a boolean");
            f->v[i].b = json_is_true(x);
        } else {
            return invalid(resp, "unknown search attribute %s", k);
        }
    }
    if (first) f->attr = attr;
    else if (f->attr != attr)
        return invalid(resp, "BETWEEN values must name the same attribute");
    return 0;
}

static int h_search(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    ahi_service *s = ctx;
    cat_datastore d;
    if (datastore_of(s, http_path_param(req, 0), &d, resp, err) != 0) return 0;
    int64_t off;
    int limit;
    if (page_params(req, resp, &off, &limit) != 0) return 0;
    json_t *b = body_json(req, resp);
    if (!b) return 0;
    cat_search q;
    memset(&q, 0, sizeof q);
    q.offset = off;
    q.limit = limit;
    json_t *filters = json_object_get(b, "filters");
    json_t *sort = json_object_get(b, "sort");
    int bad = 0;
    if (filters && (!json_is_array(filters) || json_array_size(filters) < 1 ||
                    json_array_size(filters) > 2))
        bad = invalid(resp, "filters must hold 1 or 2 filters");
    size_t i;
    json_t *f;
    json_array_foreach(filters, i, f) {
        if (bad) break;
        const char *op = jstr(f, "operator");
        json_t *vals = json_object_get(f, "values");
        cat_search_filter *cf = &q.filters[q.nfilters];
        cf->between = op && strcmp(op, "BETWEEN") == 0;
        if (!op || (!cf->between && strcmp(op, "EQUAL") != 0)) {
            bad = invalid(resp, "operator must be EQUAL or BETWEEN");
            break;
        }
        size_t want = cf->between ? 2 : 1;
        if (!json_is_array(vals) || json_array_size(vals) != want) {
            bad = invalid(resp, "%s takes %zu value(s)", op, want);
            break;
        }
        for (size_t k = 0; k < want && !bad; k++)
            if (search_value(json_array_get(vals, k), cf, (unsigned)k, k == 0, resp) != 0) bad = -1;
        if (!bad && cf->between && cf->attr != CAT_SA_CREATED_AT && cf->attr != CAT_SA_UPDATED_AT &&
            cf->attr != CAT_SA_STUDY_DATE_TIME)
            bad = invalid(resp, "BETWEEN applies to createdAt, updatedAt and DICOMStudyDateAndTime");
        q.nfilters++;
    }
    const char *sf = sort ? jstr(sort, "sortField") : NULL, *so = sort ? jstr(sort, "sortOrder") : NULL;
    if (!bad && sort) {
        if (!sf || !so || (strcmp(so, "ASC") && strcmp(so, "DESC")))
            bad = invalid(resp, "sort needs sortField and sortOrder ASC|DESC");
        else if (strcmp(sf, "updatedAt") == 0) q.sort = CAT_SORT_UPDATED_AT;
        else if (strcmp(sf, "createdAt") == 0) q.sort = CAT_SORT_CREATED_AT;
        else if (strcmp(sf, "DICOMStudyDateAndTime") == 0) q.sort = CAT_SORT_STUDY_DATE_TIME;
        else bad = invalid(resp, "sortField %s is not valid", sf);
        q.ascending = !bad && strcmp(so, "ASC") == 0;
    }
    if (bad) {
        json_decref(b);
        return 0;
    }
    json_t *list = json_array();
    bool more = false;
    if (s->a->cat->vt->search(s->a->cat, d.id, &q, summary_row, list, &more, err) != 0) {
        json_decref(list);
        json_decref(b);
        return -1;
    }
    json_t *o = json_pack("{s:o}", "imageSetsMetadataSummaries", list);
    if (sort) json_object_set(o, "sort", sort);
    add_token(o, more, off + limit);
    json_decref(b);
    reply_json(resp, 200, o);
    return 0;
}

/* The image set of a runtime request, in a live datastore. */
static int image_set_of(ahi_service *s, const http_request *req, cat_image_set *set,
                        http_response *resp, tess_error *err) {
    cat_datastore d;
    if (datastore_of(s, http_path_param(req, 0), &d, resp, err) != 0) return -1;
    int rc = s->a->cat->vt->image_set_get(s->a->cat, d.id, http_path_param(req, 1), set, err);
    if (rc == CAT_NOT_FOUND) {
        fail(resp, "ResourceNotFoundException", "image set %s does not exist",
             http_path_param(req, 1));
        return -1;
    }
    if (rc != 0) {
        error_reply(resp, "InternalServerException", 500, "internal error");
        return -1;
    }
    return 0;
}

/* ?version= (0 when absent); -1 after answering 400. */
static int64_t version_param(const http_request *req, http_response *resp) {
    char v[32];
    if (!http_query_get(req, "version", 0, v, sizeof v)) return 0;
    char *end;
    long long x = strtoll(v, &end, 10);
    if (*end || x < 1) {
        fail(resp, "ValidationException", "version %s is not a version ID", v);
        return -1;
    }
    return x;
}

static int h_get_image_set(void *ctx, const http_request *req, http_response *resp,
                           tess_error *err) {
    ahi_service *s = ctx;
    cat_image_set set;
    if (image_set_of(s, req, &set, resp, err) != 0) return 0;
    int64_t v = version_param(req, resp);
    if (v < 0) return 0;
    cat_version cv;
    if (v) {
        int rc = s->a->cat->vt->version_get(s->a->cat, set.id, v, &cv, err);
        if (rc == CAT_NOT_FOUND)
            return fail(resp, "ResourceNotFoundException", "image set %s has no version %lld",
                        set.id, (long long)v);
        if (rc != 0) return -1;
    }
    json_t *o = wire_image_set(s->a, &set, v ? &cv : NULL);
    reply_json(resp, 200, o);
    return 0;
}

static int h_get_metadata(void *ctx, const http_request *req, http_response *resp,
                          tess_error *err) {
    ahi_service *s = ctx;
    cat_image_set set;
    if (image_set_of(s, req, &set, resp, err) != 0) return 0;
    int64_t v = version_param(req, resp);
    if (v < 0) return 0;
    if (strcmp(set.state, "DELETED") == 0)
        return fail(resp, "ResourceNotFoundException", "image set %s is deleted", set.id);
    cat_version cv;
    int rc = s->a->cat->vt->version_get(s->a->cat, set.id, v ? v : set.latest_version, &cv, err);
    if (rc == CAT_NOT_FOUND)
        return fail(resp, "ResourceNotFoundException", "image set %s has no version %lld", set.id,
                    (long long)v);
    if (rc != 0) return -1;
    int fd;
    uint64_t size;
    if (blob_open_fd(s->a->blobs, cv.doc_key, &fd, &size, err) != 0) return -1;
    http_response_fd(resp, 200, "application/json", fd, 0, size);
    http_response_header(resp, "Content-Encoding", "gzip");
    ahi_touch(s, set.id);
    return 0;
}

const char *ahi_frame_content_type(const char *ts) {
    if (!ts[0] || strcmp(ts, "1.2.840.10008.1.2.4.202") == 0 ||
        strcmp(ts, "1.2.840.10008.1.2.4.201") == 0)
        return "image/jph";
    if (strcmp(ts, "1.2.840.10008.1.2.4.203") == 0) return "image/jphc";
    if (strcmp(ts, "1.2.840.10008.1.2.4.50") == 0 || strcmp(ts, "1.2.840.10008.1.2.4.51") == 0)
        return "image/jpeg";
    if (strcmp(ts, "1.2.840.10008.1.2.4.90") == 0 || strcmp(ts, "1.2.840.10008.1.2.4.91") == 0)
        return "image/j2c";
    if (strcmp(ts, "1.2.840.10008.1.2.4.112") == 0) return "image/jxl";
    if (strncmp(ts, "1.2.840.10008.1.2.4.10", 22) == 0) {
        char c = ts[22];
        if (c == '0' || c == '1') return "video/mpeg";
        if (c >= '2' && c <= '6') return "video/mp4";
        if (c == '7' || c == '8') return "video/H265";
    }
    return "application/octet-stream";
}

int ahi_parse_range(const char *h, uint64_t total, uint64_t *a, uint64_t *b) {
    if (strncmp(h, "bytes=", 6) != 0 || strchr(h, ',')) return -1;
    const char *p = h + 6;
    char *end;
    if (*p == '-') {
        unsigned long long n = strtoull(p + 1, &end, 10);
        if (*end || end == p + 1) return -1;
        if (n == 0 || total == 0) return 1;
        *a = n >= total ? 0 : total - n;
        *b = total - 1;
        return 0;
    }
    unsigned long long x = strtoull(p, &end, 10);
    if (end == p || *end != '-') return -1;
    p = end + 1;
    unsigned long long y = total ? total - 1 : 0;
    if (*p) {
        y = strtoull(p, &end, 10);
        if (*end || end == p) return -1;
        if (y < x) return -1;
    }
    if (x >= total) return 1;
    if (y >= total) y = total - 1;
    *a = x;
    *b = y;
    return 0;
}

static int h_get_frame(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    ahi_service *s = ctx;
    json_t *b = body_json(req, resp);
    if (!b) return 0;
    const char *fidp = jstr(b, "imageFrameId");
    if (!fidp || !tess_id_valid(fidp)) {
        json_decref(b);
        return fail(resp, "ValidationException", "imageFrameId must be 32 characters of [0-9a-z]");
    }
    char fid[CAT_ID];
    snprintf(fid, sizeof fid, "%s", fidp);
    json_decref(b);
    /* the hot path: one catalog lookup checks datastore, image set and frame */
    const char *ds_id = http_path_param(req, 0), *set_id = http_path_param(req, 1);
    cat_frame fr;
    int rc = s->a->cat->vt->frame_locate(s->a->cat, ds_id, set_id, fid, &fr, err);
    if (rc == CAT_NOT_FOUND) {
        /* say which of the three is missing */
        cat_image_set set;
        if (image_set_of(s, req, &set, resp, err) != 0) return 0;
        if (strcmp(set.state, "DELETED") == 0)
            return fail(resp, "ResourceNotFoundException", "image set %s is deleted", set.id);
        return fail(resp, "ResourceNotFoundException", "image set %s has no image frame %s",
                    set.id, fid);
    }
    if (rc != 0) return -1;
    uint64_t start = 0, len = fr.length;
    /* startLevel / endLevel (Tessera's extension): whole resolution levels,
     * level 0 the lowest; the bytes of levels [start, end] of the stream */
    char lv[16];
    bool levels = false;
    long sl = 0, el = fr.nres ? (long)fr.nres - 1 : 0;
    if (http_query_get(req, "startLevel", 0, lv, sizeof lv)) { sl = atol(lv); levels = true; }
    if (http_query_get(req, "endLevel", 0, lv, sizeof lv)) { el = atol(lv); levels = true; }
    if (levels) {
        if (fr.nres == 0)
            return fail(resp, "BadRequestException",
                        "image frame %s is not stored with resolution levels", fid);
        if (sl < 0 || el < sl || el >= (long)fr.nres)
            return fail(resp, "ValidationException", "levels must satisfy 0 <= startLevel <= "
                                                     "endLevel <= %u", fr.nres - 1);
        start = sl ? fr.res_end[sl - 1] : 0;
        /* the last level runs to the end of the stream (its EOC marker) */
        len = (el == (long)fr.nres - 1 ? fr.length : fr.res_end[el]) - start;
    }
    const char *range = http_header_get(req, "Range");
    int status = 200;
    char cr[96];
    cr[0] = '\0';
    if (range && !levels) {
        uint64_t a, z;
        int pr = ahi_parse_range(range, fr.length, &a, &z);
        if (pr == 1) {
            snprintf(cr, sizeof cr, "bytes */%llu", (unsigned long long)fr.length);
            http_response_header(resp, "Content-Range", cr);
            char msg[300];
            snprintf(msg, sizeof msg, "range %.200s is not satisfiable", range);
            error_reply(resp, "ValidationException", 416, msg);
            return 0;
        }
        if (pr == 0) {
            start = a;
            len = z - a + 1;
            status = 206;
            snprintf(cr, sizeof cr, "bytes %llu-%llu/%llu", (unsigned long long)a,
                     (unsigned long long)z, (unsigned long long)fr.length);
        }
    }
    int fd = -1;
    if (ahi_segment_fd(s, fr.segment, fr.offset + fr.length, &fd, err) != 0) return -1;
    if (len <= FRAME_FROM_MEMORY) {
        /* one pread and one send of headers + body: with libmicrohttpd's
         * thread pool, sendfile goes out in 128 KiB pieces with socket
         * option changes around them; measured 1.5x the requests/s of
         * sendfile for ~230 KB frames (docs/benchmarks.md) */
        uint8_t *p = malloc(len ? len : 1);
        ssize_t got = p ? pread(fd, p, len, (off_t)(fr.offset + start)) : -1;
        int saved = errno;
        close(fd);
        if (got != (ssize_t)len) {
            free(p);
            return tess_fail(err, "frame %s: read of %llu bytes at %llu of segment %s: %s", fid,
                             (unsigned long long)len, (unsigned long long)(fr.offset + start),
                             fr.segment, got < 0 ? strerror(saved) : "short read");
        }
        http_response_take(resp, status, ahi_frame_content_type(fr.stored_transfer_syntax), p, len);
    } else {
        http_response_fd(resp, status, ahi_frame_content_type(fr.stored_transfer_syntax), fd,
                         fr.offset + start, len);
    }
    http_response_header(resp, "Accept-Ranges", "bytes");
    if (cr[0]) http_response_header(resp, "Content-Range", cr);
    ahi_touch(s, set_id);
    return 0;
}

static int version_row(void *ctx, const cat_version *v) {
    json_array_append_new(ctx, wire_version(v));
    return 0;
}

static int h_list_versions(void *ctx, const http_request *req, http_response *resp,
                           tess_error *err) {
    ahi_service *s = ctx;
    cat_image_set set;
    if (image_set_of(s, req, &set, resp, err) != 0) return 0;
    int64_t off;
    int limit;
    if (page_params(req, resp, &off, &limit) != 0) return 0;
    json_t *list = json_array();
    bool more = false;
    if (s->a->cat->vt->versions_list(s->a->cat, set.id, off, limit, version_row, list, &more,
                                     err) != 0) {
        json_decref(list);
        return -1;
    }
    json_t *o = json_pack("{s:o}", "imageSetPropertiesList", list);
    add_token(o, more, off + limit);
    reply_json(resp, 200, o);
    return 0;
}

static int h_update(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    ahi_service *s = ctx;
    cat_image_set set;
    if (image_set_of(s, req, &set, resp, err) != 0) return 0;
    char latest[32];
    if (!http_query_get(req, "latestVersion", 0, latest, sizeof latest))
        return fail(resp, "ValidationException", "latestVersion is required");
    json_t *b = body_json(req, resp);
    if (!b) return 0;
    json_t *upd = json_object_get(b, "DICOMUpdates");
    const char *revert = jstr(b, "revertToVersionId");
    if ((upd != NULL) == (revert != NULL) || json_object_size(b) != 1) {
        json_decref(b);
        return fail(resp, "ValidationException",
                    "updateImageSetMetadataUpdates takes exactly one of DICOMUpdates and "
                    "revertToVersionId");
    }
    const char *u = upd ? jstr(upd, "updatableAttributes") : NULL;
    const char *r = upd ? jstr(upd, "removableAttributes") : NULL;
    if (upd && !u && !r) {
        json_decref(b);
        return fail(resp, "ValidationException",
                    "DICOMUpdates needs updatableAttributes or removableAttributes");
    }
    cat_image_set out;
    tess_error e;
    int nsib = 0, rc;
    if (query_bool(req, "includeStudyImageSets"))
        rc = revert ? tess_fail(&e, "ValidationException: includeStudyImageSets applies to "
                                    "DICOMUpdates, not revertToVersionId")
                    : iso_update_study(s->a, set.datastore_id, set.id, latest,
                                       query_bool(req, "force"), u, r, &out, &nsib, &e);
    else
        rc = iso_update(s->a, set.datastore_id, set.id, latest, query_bool(req, "force"), u, r,
                        revert, &out, &e);
    json_decref(b);
    if (rc != 0) return archive_fail(resp, &e, err);
    ahi_touch(s, set.id);
    char ver[24];
    snprintf(ver, sizeof ver, "%lld", (long long)out.latest_version);
    /* AHI answers while the update runs: LOCKED / UPDATING */
    reply_json(resp, 200, json_pack("{s:s,s:s,s:s,s:s,s:s,s:f,s:f}", "datastoreId",
                                    out.datastore_id, "imageSetId", out.id, "latestVersionId", ver,
                                    "imageSetState", "LOCKED", "imageSetWorkflowStatus",
                                    "UPDATING", "createdAt", out.created_at, "updatedAt",
                                    out.updated_at));
    return 0;
}

static json_t *copy_props(const archive *a, const cat_image_set *s, const char *state,
                          const char *wf) {
    char ver[24], arn[300];
    snprintf(ver, sizeof ver, "%lld", (long long)s->latest_version);
    archive_image_set_arn(a, s->datastore_id, s->id, arn, sizeof arn);
    return json_pack("{s:s,s:s,s:s,s:s,s:f,s:f,s:s}", "imageSetId", s->id, "latestVersionId", ver,
                     "imageSetState", state, "imageSetWorkflowStatus", wf, "createdAt",
                     s->created_at, "updatedAt", s->updated_at, "imageSetArn", arn);
}

static int h_copy(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    ahi_service *s = ctx;
    cat_image_set set;
    if (image_set_of(s, req, &set, resp, err) != 0) return 0;
    json_t *b = body_json(req, resp);
    if (!b) return 0;
    json_t *src = json_object_get(b, "sourceImageSet");
    json_t *dst = json_object_get(b, "destinationImageSet");
    const char *src_latest = jstr(src, "latestVersionId");
    if (!src_latest) {
        json_decref(b);
        return fail(resp, "ValidationException", "sourceImageSet.latestVersionId is required");
    }
    const char *copiable = jstr(json_object_get(src, "DICOMCopies"), "copiableAttributes");
    const char *dst_id = dst ? jstr(dst, "imageSetId") : NULL;
    const char *dst_latest = dst ? jstr(dst, "latestVersionId") : NULL;
    if (dst && (!dst_id || !dst_latest)) {
        json_decref(b);
        return fail(resp, "ValidationException",
                    "destinationImageSet needs imageSetId and latestVersionId");
    }
    cat_image_set so, dout;
    tess_error e;
    int rc = iso_copy(s->a, set.datastore_id, set.id, src_latest, dst_id, dst_latest, copiable,
                      query_bool(req, "force"), query_bool(req, "promoteToPrimary"), &so, &dout,
                      &e);
    json_decref(b);
    if (rc != 0) return archive_fail(resp, &e, err);
    ahi_touch(s, dout.id);
    reply_json(resp, 200,
               json_pack("{s:s,s:o,s:o}", "datastoreId", set.datastore_id,
                         "sourceImageSetProperties",
                         copy_props(s->a, &so, "LOCKED", "COPYING_WITH_READ_ONLY_ACCESS"),
                         "destinationImageSetProperties",
                         copy_props(s->a, &dout, "LOCKED", "COPYING")));
    return 0;
}

static int h_delete_image_set(void *ctx, const http_request *req, http_response *resp,
                              tess_error *err) {
    ahi_service *s = ctx;
    cat_image_set set, out;
    if (image_set_of(s, req, &set, resp, err) != 0) return 0;
    tess_error e;
    if (iso_delete(s->a, set.datastore_id, set.id, &out, &e) != 0)
        return archive_fail(resp, &e, err);
    reply_json(resp, 200, json_pack("{s:s,s:s,s:s,s:s}", "datastoreId", set.datastore_id,
                                    "imageSetId", set.id, "imageSetState", "LOCKED",
                                    "imageSetWorkflowStatus", "DELETING"));
    return 0;
}

/* ----------------------------------------------------------------- tags */

static int tag_row(void *ctx, const char *key, const char *value) {
    json_object_set_new(ctx, key, json_string(value));
    return 0;
}

static int h_list_tags(void *ctx, const http_request *req, http_response *resp,
                       tess_error *err) {
    ahi_service *s = ctx;
    json_t *t = json_object();
    tess_error e;
    if (tags_list(s->a, http_path_param(req, 0), tag_row, t, &e) != 0) {
        json_decref(t);
        return archive_fail(resp, &e, err);
    }
    reply_json(resp, 200, json_pack("{s:o}", "tags", t));
    return 0;
}

static int h_tag(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    ahi_service *s = ctx;
    json_t *b = body_json(req, resp);
    if (!b) return 0;
    json_t *tags = json_object_get(b, "tags");
    if (!json_is_object(tags) || json_object_size(tags) == 0) {
        json_decref(b);
        return fail(resp, "ValidationException", "tags must be a non-empty map");
    }
    size_t n = json_object_size(tags), i = 0;
    const char **keys = calloc(n, sizeof *keys), **vals = calloc(n, sizeof *vals);
    const char *k;
    json_t *v;
    json_object_foreach(tags, k, v) {
        if (!keys || !vals) break;
        keys[i] = k;
        vals[i] = json_is_string(v) ? json_string_value(v) : "";
        i++;
    }
    tess_error e;
    int rc = keys && vals ? tags_add(s->a, http_path_param(req, 0), keys, vals, n, &e)
                          : tess_fail(&e, "out of memory");
    free(keys);
    free(vals);
    json_decref(b);
    if (rc != 0) return archive_fail(resp, &e, err);
    http_response_bytes(resp, 200, "application/json", "{}", 2);
    return 0;
}

static int h_untag(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    ahi_service *s = ctx;
    char vals[201][129];
    const char *keys[201];
    size_t n = 0;
    while (n < 201 && http_query_get(req, "tagKeys", (unsigned)n, vals[n], sizeof vals[n])) {
        keys[n] = vals[n];
        n++;
    }
    tess_error e;
    if (tags_remove(s->a, http_path_param(req, 0), keys, n, &e) != 0)
        return archive_fail(resp, &e, err);
    http_response_bytes(resp, 200, "application/json", "{}", 2);
    return 0;
}

/* --------------------------------------------------------------- routes */

int ahi_routes(ahi_service *s, http_route *routes, size_t cap, size_t *n, tess_error *err) {
#define R(m, p, h) {.method = (m), .pattern = (p), .handler = (h), .ctx = s}
    const http_route table[] = {
        R("POST", "/datastore", h_create_datastore),
        R("GET", "/datastore", h_list_datastores),
        R("GET", "/datastore/{id}", h_get_datastore),
        R("DELETE", "/datastore/{id}", h_delete_datastore),
        R("POST", "/startDICOMImportJob/datastore/{id}", h_start_import),
        R("GET", "/getDICOMImportJob/datastore/{id}/job/{id}", h_get_import),
        R("GET", "/listDICOMImportJobs/datastore/{id}", h_list_imports),
        R("POST", "/datastore/{id}/searchImageSets", h_search),
        R("POST", "/datastore/{id}/imageSet/{id}/getImageSet", h_get_image_set),
        R("POST", "/datastore/{id}/imageSet/{id}/getImageSetMetadata", h_get_metadata),
        R("POST", "/datastore/{id}/imageSet/{id}/getImageFrame", h_get_frame),
        R("POST", "/datastore/{id}/imageSet/{id}/listImageSetVersions", h_list_versions),
        R("POST", "/datastore/{id}/imageSet/{id}/updateImageSetMetadata", h_update),
        R("POST", "/datastore/{id}/imageSet/{id}/copyImageSet", h_copy),
        R("POST", "/datastore/{id}/imageSet/{id}/deleteImageSet", h_delete_image_set),
        R("POST", "/tags/{*}", h_tag),
        R("GET", "/tags/{*}", h_list_tags),
        R("DELETE", "/tags/{*}", h_untag),
    };
#undef R
    size_t count = sizeof table / sizeof table[0];
    if (*n + count > cap) return tess_fail(err, "route table full");
    memcpy(routes + *n, table, sizeof table);
    *n += count;
    return 0;
}
