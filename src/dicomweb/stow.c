/*
 * stow.c - STOW-RS (PS3.18 10.5): POST /studies and POST /studies/{st}
 * under both DICOMweb roots.
 *
 * The body streams in (http_route.stream): a multipart/related body goes
 * through the multipart parser (http/multipart.h), a single
 * application/dicom body is one part. Each part is kept in memory up to
 * STOW_MEM_PART bytes, else spooled to a temp file in the blob store's
 * tmp area (DIR/blobs/tmp/stow-{pid}-..., leftovers of a dead server
 * removed when the next starts: dw_stow_init). A
 * complete part is queued for the request's ingest workers (one per core,
 * up to STOW_MAX_WORKERS, started as parts arrive). The upload never waits
 * for them (it runs on the HTTP server's thread, which serves other
 * connections too): once STOW_QUEUE_BYTES of parts wait in memory, the
 * next ones are spooled to the tmp area from their first byte, so a
 * request holds at most STOW_QUEUE_BYTES plus a part per worker (and the
 * one arriving) in memory, and the rest of a large body waits on disk.
 * (Spooling costs: writing and reading back a part made the bench's STOW
 * 15% slower when every part past the fourth was spooled.) The workers run each part through the
 * import pipeline while the rest of the body comes in: read
 * (dicom/reader.h), checked against the study of the URL, ing_instance
 * into the worker's own segments (seg/{jobId}/, ingest/instance.h). Its
 * payload waits in memory.
 *
 * When the body is in, the accepted instances are published the way an
 * import worker publishes them (import_job.h): the request becomes a job
 * of kind "stow" (hidden from ListDICOMImportJobs), imp_publish syncs the
 * segments and then writes the PENDING rows, and imp_stow_finish
 * assembles them into image-set versions (imageset/assemble.h), which is
 * when the answer is built: a part is acknowledged only once its instance
 * is in a committed version (the catalog is synchronous=FULL), so an
 * acknowledged instance survives a SIGKILL right after the answer. A
 * crash before that leaves either nothing in the catalog (the segments
 * are swept) or an IN_PROGRESS stow job whose PENDING files imp_recover /
 * the AHI job runner assemble on restart.
 *
 * A failed part leaves no catalog row: its frames, if any reached the
 * segment, are unreferenced and swept. A request-level failure (400
 * malformed multipart, 413 over a limit, 415, 404 datastore) publishes
 * nothing.
 *
 * Answer (PS3.18 Annex I, application/dicom+json): RetrieveURL (0008,1190)
 * of the study, ReferencedSOPSequence (0008,1199) of stored instances
 * (ReferencedSOPClassUID, ReferencedSOPInstanceUID, RetrieveURL,
 * WarningReason when the import recorded a warning), FailedSOPSequence
 * (0008,1198) with FailureReason (0008,1197):
 *   0xC000 cannot understand (not DICOM, not application/dicom, or
 *          rejected by the import rules), 0xA900 the instance is not of
 *          the study in the URL (PS3.18 lists the mismatch as a conflict
 *          but defines no code of its own; A9xx is the closest family),
 *   0x0110 processing failure (ours).
 * Status: 200 all stored, 202 some failed or stored with warnings, 409
 * none stored, 400 / 413 / 415 as above.
 *
 * Limits: the request body (quotas.stow_bytes_per_request, at most
 * STOW_MAX_REQUEST, AHI's 1 GB), each part (quotas.stow_bytes_per_part),
 * STOW_MAX_PARTS parts, and the multipart parser's own (boundary, part
 * header block). The payloads of accepted instances (their metadata, a
 * few KB each) are held until the end of the request.
 */
#include "dicomweb/dicomweb_internal.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dicom/reader.h"
#include "http/multipart.h"
#include "ingest/import_job.h"
#include "ingest/instance.h"
#include "util/buf.h"
#include "util/id.h"

#define STOW_MAX_REQUEST (1000ull * 1000 * 1000)
#define STOW_MAX_PARTS 10000
#define STOW_MEM_PART ((size_t)4 << 20)
#define STOW_MAX_WORKERS 8
#define STOW_QUEUE_BYTES ((size_t)32 << 20)

#define FAIL_CANNOT_UNDERSTAND 0xC000
#define FAIL_STUDY_MISMATCH 0xA900
#define FAIL_PROCESSING 0x0110

typedef struct stow_item {
    uint16_t failure;           /* 0: accepted */
    char why[TESS_ERROR_MAX + 160];   /* failed: the message (Warning header) */
    char sop_class[CAT_UID], sop_uid[CAT_UID], study_uid[CAT_UID], series_uid[CAT_UID];
    char *payload;              /* accepted: owned until published */
    char group_key[140];
    /* after assembly */
    bool stored;
    uint16_t warning;
    bool primary;
    char image_set[CAT_ID];
} stow_item;

/* A complete part waiting for an ingest worker (owns its bytes). */
typedef struct stow_part {
    stow_item *it;
    size_t index;               /* 1-based, for messages */
    uint8_t *mem;               /* the bytes, or NULL when spooled */
    size_t len;
    char *spool;                /* the spool file's path (malloc), or NULL */
} stow_part;

typedef struct stow_req stow_req;

typedef struct stow_worker {
    stow_req *st;
    pthread_t th;
    bool running;
    seg_writer *seg;            /* opened on its first instance */
} stow_worker;

struct stow_req {
    dw_service *s;
    archive *a;
    char ds[CAT_ID];
    char study[CAT_UID];        /* of the URL; "" for POST /studies */
    char what[200];             /* "stow:POST /path", the job's input URI */
    http_response early;        /* an answer decided before the body (404) */
    int status;                 /* request-level failure: 400, 413, 415, 500 */
    char msg[TESS_ERROR_MAX];
    mp_parser *mp;              /* NULL: a single application/dicom body */
    uint64_t total, max_total, max_part;
    /* the current part */
    bool in_part, skip;
    uint8_t *mem;
    size_t mem_len, mem_cap;
    int fd;
    char spool[4200];
    uint64_t part_len;
    /* ingest workers and their queue (mu guards the queue, mem_waiting and
     * the flags): queue[qhead..qlen) wait, in arrival order */
    pthread_mutex_t mu;
    pthread_cond_t work;
    stow_part *queue;
    size_t qhead, qlen, qcap;
    size_t mem_waiting;         /* bytes of the queued parts held in memory */
    bool closing;               /* no more parts: workers drain the queue and end */
    bool aborting;              /* the request is gone: queued parts are dropped */
    stow_worker workers[STOW_MAX_WORKERS];
    int nworkers, max_workers;
    size_t queued;              /* parts handed to the workers so far */
    /* results: items are filled by the workers, the array by the stream */
    char job_id[CAT_ID];
    stow_item **items;
    size_t n, cap;
    unsigned spools;            /* spool files made (unique names) */
};

static int req_fail(stow_req *st, int status, tess_error *err, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static int req_fail(stow_req *st, int status, tess_error *err, const char *fmt, ...) {
    if (!st->status) {
        st->status = status;
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(st->msg, sizeof st->msg, fmt, ap);
        va_end(ap);
    }
    return tess_fail(err, "%s", st->msg);
}

/* ---------------------------------------------------------------- parts */

static void part_reset(stow_req *st) {
    if (st->fd >= 0) {
        close(st->fd);
        unlink(st->spool);
        st->fd = -1;
    }
    st->mem_len = 0;
    st->part_len = 0;
    st->skip = false;
    st->in_part = false;
}

static stow_item *new_item(stow_req *st, tess_error *err) {
    if (tess_grow(&st->items, &st->cap, st->n + 1, sizeof *st->items) != 0)
        return req_fail(st, 500, err, "out of memory"), NULL;
    stow_item *it = calloc(1, sizeof *it);
    if (!it) return req_fail(st, 500, err, "out of memory"), NULL;
    st->items[st->n++] = it;
    return it;
}

static int spool_open(stow_req *st, tess_error *err) {
    snprintf(st->spool, sizeof st->spool, "%s/blobs/tmp/stow-%ld-%s-%u.part", st->a->dir,
             (long)getpid(), st->job_id, st->spools++);
    st->fd = open(st->spool, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (st->fd < 0)
        return req_fail(st, 500, err, "cannot create the spool file %s: %s", st->spool,
                        strerror(errno));
    return 0;
}

static int write_all(int fd, const uint8_t *p, size_t n) {
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

static int begin(stow_req *st, const char *content_type, int64_t length, tess_error *err) {
    part_reset(st);
    if (st->n >= STOW_MAX_PARTS)
        return req_fail(st, 413, err, "more than %d instances in one request", STOW_MAX_PARTS);
    st->in_part = true;
    mp_media m;
    tess_error merr;
    if (content_type[0] &&
        (mp_media_parse(content_type, &m, &merr) != 0 || strcmp(m.type, "application/dicom") != 0)) {
        stow_item *it = new_item(st, err);
        if (!it) return -1;
        it->failure = FAIL_CANNOT_UNDERSTAND;
        snprintf(it->why, sizeof it->why, "part %zu: Content-Type '%.80s' is not "
                 "application/dicom", st->n, content_type);
        st->skip = true;
        return 0;
    }
    /* enough parts wait in memory: this one waits on disk */
    pthread_mutex_lock(&st->mu);
    bool busy = st->mem_waiting >= STOW_QUEUE_BYTES;
    pthread_mutex_unlock(&st->mu);
    if (busy || length > (int64_t)STOW_MEM_PART) return spool_open(st, err);
    return 0;
}

static int data(stow_req *st, const uint8_t *p, size_t n, tess_error *err) {
    if (st->skip) return 0;
    if (n > st->max_part - st->part_len)
        return req_fail(st, 413, err, "instance %zu is over the limit of %llu bytes per "
                        "instance", st->n + 1, (unsigned long long)st->max_part);
    st->part_len += n;
    if (st->fd < 0 && st->mem_len + n > STOW_MEM_PART) {
        if (spool_open(st, err) != 0) return -1;
        if (write_all(st->fd, st->mem, st->mem_len) != 0)
            return req_fail(st, 500, err, "writing %s: %s", st->spool, strerror(errno));
        st->mem_len = 0;
    }
    if (st->fd >= 0) {
        if (write_all(st->fd, p, n) != 0)
            return req_fail(st, 500, err, "writing %s: %s", st->spool, strerror(errno));
        return 0;
    }
    if (st->mem_cap - st->mem_len < n) {
        size_t nc = st->mem_cap ? st->mem_cap : 65536;
        while (nc - st->mem_len < n) nc *= 2;
        uint8_t *nm = realloc(st->mem, nc);
        if (!nm) return req_fail(st, 500, err, "out of memory");
        st->mem = nm;
        st->mem_cap = nc;
    }
    memcpy(st->mem + st->mem_len, p, n);
    st->mem_len += n;
    return 0;
}

static void string_of(const dcm_file *f, uint32_t tag, char *out, size_t cap) {
    out[0] = '\0';
    dcm_element *e = dcm_dataset_find(&f->ds, tag);
    size_t len = 0;
    const char *v = e && e->value ? dcm_string_value(e, 0, &len) : NULL;
    if (v && len < cap) {
        memcpy(out, v, len);
        out[len] = '\0';
    }
}

/* An ingest worker's part: read it and run it through the import pipeline. */
static void ingest(stow_req *st, stow_worker *w, stow_part *pt) {
    stow_item *it = pt->it;
    size_t index = pt->index;
    dcm_read_opts o;
    dcm_read_opts_default(&o);
    dcm_file *f = NULL;
    tess_error ferr = {{0}};
    int rc;
    if (pt->spool) {
        rc = dcm_read_path(pt->spool, &o, &f, &ferr);
        unlink(pt->spool);      /* the reader keeps its own descriptor */
    } else {
        rc = dcm_read_mem(pt->mem, pt->len, &o, &f, &ferr);
    }
    if (rc != 0) {
        it->failure = FAIL_CANNOT_UNDERSTAND;
        snprintf(it->why, sizeof it->why, "instance %zu is not DICOM: %s", index, ferr.msg);
        return;
    }
    string_of(f, DCM_TAG(0x0008, 0x0016), it->sop_class, sizeof it->sop_class);
    string_of(f, DCM_TAG(0x0008, 0x0018), it->sop_uid, sizeof it->sop_uid);
    string_of(f, DCM_TAG(0x0020, 0x000D), it->study_uid, sizeof it->study_uid);
    string_of(f, DCM_TAG(0x0020, 0x000E), it->series_uid, sizeof it->series_uid);
    if (st->study[0] && strcmp(it->study_uid, st->study) != 0) {
        it->failure = FAIL_STUDY_MISMATCH;
        snprintf(it->why, sizeof it->why, "instance %zu belongs to study %.64s, not %.64s",
                 index, it->study_uid, st->study);
        dcm_file_free(f);
        return;
    }
    if (!w->seg && imp_segments_open(st->a, st->job_id, &w->seg, &ferr) != 0) {
        it->failure = FAIL_PROCESSING;
        snprintf(it->why, sizeof it->why, "instance %zu: %s", index, ferr.msg);
        dcm_file_free(f);
        return;
    }
    ing_result res;
    ing_failure fail;
    rc = ing_instance(f, w->seg, &res, &fail, &ferr);
    dcm_file_free(f);
    if (rc == 1) {
        it->failure = FAIL_CANNOT_UNDERSTAND;
        snprintf(it->why, sizeof it->why, "instance %zu: %s: %s", index, fail.type,
                 fail.message);
    } else if (rc != 0) {
        /* if the segment writer failed, every later sync fails too and
         * h_store publishes nothing of the request */
        it->failure = FAIL_PROCESSING;
        snprintf(it->why, sizeof it->why, "instance %zu: %s", index, ferr.msg);
    } else {
        it->payload = res.payload;
        res.payload = NULL;
        snprintf(it->group_key, sizeof it->group_key, "%s", res.group_key);
        ing_result_free(&res);
    }
}

static void part_free(stow_part *pt) {
    if (pt->spool) unlink(pt->spool);   /* ENOENT once read */
    free(pt->spool);
    free(pt->mem);
    memset(pt, 0, sizeof *pt);
}

static void *worker_main(void *arg) {
    stow_worker *w = arg;
    stow_req *st = w->st;
    for (;;) {
        pthread_mutex_lock(&st->mu);
        while (st->qhead == st->qlen && !st->closing) pthread_cond_wait(&st->work, &st->mu);
        if (st->qhead == st->qlen) {
            pthread_mutex_unlock(&st->mu);
            return NULL;
        }
        stow_part pt = st->queue[st->qhead++];
        if (pt.mem) st->mem_waiting -= pt.len;
        bool drop = st->aborting;
        pthread_mutex_unlock(&st->mu);
        if (drop) pt.it->failure = FAIL_PROCESSING;
        else ingest(st, w, &pt);
        part_free(&pt);
    }
}

/* Stop the workers once the queue is empty (its parts dropped when
 * aborting) and wait for them; their segment writers stay open. */
static void workers_join(stow_req *st, bool abort) {
    pthread_mutex_lock(&st->mu);
    st->closing = true;
    if (abort) st->aborting = true;
    pthread_cond_broadcast(&st->work);
    pthread_mutex_unlock(&st->mu);
    for (int i = 0; i < st->nworkers; i++)
        if (st->workers[i].running) {
            pthread_join(st->workers[i].th, NULL);
            st->workers[i].running = false;
        }
}

/* The part is complete: queue it for the workers (never waits). */
static int end(stow_req *st, tess_error *err) {
    if (!st->in_part) return 0;
    if (st->skip) {
        part_reset(st);
        return 0;
    }
    stow_item *it = new_item(st, err);
    if (!it) return -1;
    stow_part pt = {it, st->n, NULL, 0, NULL};
    if (st->fd >= 0) {
        pt.spool = strdup(st->spool);
        if (!pt.spool) return req_fail(st, 500, err, "out of memory");
        close(st->fd);
        st->fd = -1;
    } else {
        pt.mem = st->mem;       /* the worker takes the buffer */
        pt.len = st->mem_len;
        st->mem = NULL;
        st->mem_cap = 0;
    }
    part_reset(st);
    /* one more worker while there are parts for it, up to the maximum */
    if (st->nworkers < st->max_workers && st->queued >= (size_t)st->nworkers) {
        stow_worker *w = &st->workers[st->nworkers];
        w->st = st;
        if (pthread_create(&w->th, NULL, worker_main, w) == 0) {
            w->running = true;
            st->nworkers++;
        } else if (st->nworkers == 0) {
            part_free(&pt);
            return req_fail(st, 500, err, "cannot start an ingest thread");
        }
    }
    pthread_mutex_lock(&st->mu);
    int rc = tess_grow(&st->queue, &st->qcap, st->qlen + 1, sizeof *st->queue);
    if (rc == 0) {
        st->queue[st->qlen++] = pt;
        if (pt.mem) st->mem_waiting += pt.len;
        pthread_cond_signal(&st->work);
    }
    pthread_mutex_unlock(&st->mu);
    if (rc != 0) {
        part_free(&pt);
        return req_fail(st, 500, err, "out of memory");
    }
    st->queued++;
    return 0;
}

static int on_part_begin(void *ctx, const mp_part *p, tess_error *err) {
    return begin(ctx, p->content_type, p->content_length, err);
}

static int on_part_data(void *ctx, const uint8_t *p, size_t n, tess_error *err) {
    return data(ctx, p, n, err);
}

static int on_part_end(void *ctx, tess_error *err) { return end(ctx, err); }

static const mp_callbacks PART_CB = {on_part_begin, on_part_data, on_part_end};

/* -------------------------------------------------------------- stream */

static void stow_free(stow_req *st) {
    if (!st) return;
    workers_join(st, true);
    for (; st->qhead < st->qlen; st->qhead++) part_free(&st->queue[st->qhead]);
    free(st->queue);
    for (int i = 0; i < st->nworkers; i++) {
        tess_error e;
        seg_writer_close(st->workers[i].seg, &e);  /* unpublished bytes: the sweeper's */
    }
    pthread_mutex_destroy(&st->mu);
    pthread_cond_destroy(&st->work);
    part_reset(st);
    free(st->mem);
    mp_free(st->mp);
    for (size_t i = 0; i < st->n; i++) {
        free(st->items[i]->payload);
        free(st->items[i]);
    }
    free(st->items);
    http_response_free(&st->early);
    free(st);
}

static bool uid_ok(const char *u) {
    size_t n = strlen(u);
    return n > 0 && n <= 64 && strspn(u, "0123456789.") == n;
}

static int stow_open(void *ctx, const http_request *req, void **state, tess_error *err) {
    dw_service *s = ctx;
    stow_req *st = calloc(1, sizeof *st);
    if (!st) return tess_fail(err, "stow: out of memory");
    st->s = s;
    st->a = s->a;
    st->fd = -1;
    pthread_mutex_init(&st->mu, NULL);
    pthread_cond_init(&st->work, NULL);
    st->max_workers = s->a->workers < 1 ? 1
                    : s->a->workers > STOW_MAX_WORKERS ? STOW_MAX_WORKERS : s->a->workers;
    http_response_init(&st->early);
    *state = st;
    snprintf(st->what, sizeof st->what, "stow:POST %.180s", req->path);
    st->max_total = s->a->quotas.stow_bytes_per_request;
    if (st->max_total > STOW_MAX_REQUEST) st->max_total = STOW_MAX_REQUEST;
    st->max_part = s->a->quotas.stow_bytes_per_part;
    if (st->max_part > st->max_total) st->max_part = st->max_total;
    if (tess_id_new(st->job_id) != 0) return tess_fail(err, "stow: the random source failed");

    int rc = dw_datastore(s, req, st->ds, &st->early, err);
    if (rc < 0) return -1;
    if (rc == 1) return 0;      /* answered (404); the body is dropped */
    const char *study = dw_param(req, 0);
    if (study) {
        if (!uid_ok(study)) {
            req_fail(st, 400, err, "study UID '%.70s' in the URL is malformed", study);
            return 0;
        }
        snprintf(st->study, sizeof st->study, "%s", study);
    }
    const char *ct = http_header_get(req, "Content-Type");
    mp_media m;
    tess_error merr;
    if (!ct || !ct[0]) {
        req_fail(st, 415, err, "no Content-Type: STOW-RS takes multipart/related; "
                 "type=\"application/dicom\" or application/dicom");
        return 0;
    }
    if (mp_media_parse(ct, &m, &merr) != 0) {
        req_fail(st, 400, err, "%s", merr.msg);
        return 0;
    }
    if (strcmp(m.type, "application/dicom") == 0) return 0;   /* one instance */
    if (strcmp(m.type, "multipart/related") != 0 ||
        (m.param_type[0] && strcmp(m.param_type, "application/dicom") != 0)) {
        req_fail(st, 415, err, "Content-Type %.200s is not supported: STOW-RS takes "
                 "multipart/related; type=\"application/dicom\" or application/dicom", ct);
        return 0;
    }
    if (!m.boundary[0]) {
        req_fail(st, 400, err, "multipart/related without a boundary parameter");
        return 0;
    }
    mp_limits lim;
    mp_limits_default(&lim);
    lim.max_parts = STOW_MAX_PARTS;
    lim.max_part_bytes = st->max_part;
    lim.max_total = st->max_total;
    if (mp_new(m.boundary, &lim, &PART_CB, st, &st->mp, &merr) != 0) {
        req_fail(st, 400, err, "%s", merr.msg);
        return 0;
    }
    return 0;
}

static int stow_chunk(void *ctx, void *state, const uint8_t *p, size_t n, tess_error *err) {
    stow_req *st = state;
    if (st->early.status || st->status) return tess_fail(err, "stow: request refused");
    if (n > st->max_total - st->total)
        return req_fail(st, 413, err, "the request body is over the limit of %llu bytes",
                        (unsigned long long)st->max_total);
    st->total += n;
    if (!st->mp) {              /* a single application/dicom body */
        if (!st->in_part && begin(st, "", -1, err) != 0) return -1;
        if (n > 0) return data(st, p, n, err);
        return end(st, err);
    }
    tess_error merr = {{0}};
    int rc = n > 0 ? mp_feed(st->mp, p, n, &merr) : mp_finish(st->mp, &merr);
    if (rc == 0) return 0;
    switch (mp_error(st->mp)) {
    case MP_ERR_LIMIT: return req_fail(st, 413, err, "%s", merr.msg);
    case MP_ERR_CALLBACK: return req_fail(st, 500, err, "%s", merr.msg);   /* status set */
    default: return req_fail(st, 400, err, "%s", merr.msg);
    }
}

static void stow_close(void *ctx, void *state) { stow_free(state); }

/* --------------------------------------------------------------- answer */

static int collect_outcome(void *ctx, const cat_job_file *jf) {
    stow_req *st = ctx;
    unsigned long idx = 0;
    if (sscanf(jf->path, "part-%lu", &idx) != 1 || idx == 0 || idx > st->n) return 0;
    stow_item *it = st->items[idx - 1];
    if (jf->outcome != CAT_FILE_SUCCESS && jf->outcome != CAT_FILE_WARNING) return 0;
    json_t *line = json_loads(jf->payload, 0, NULL);
    json_t *resp = json_object_get(line, "importResponse");
    const char *id = json_string_value(json_object_get(resp, "imageSetId"));
    if (id) {
        it->stored = true;
        snprintf(it->image_set, sizeof it->image_set, "%s", id);
        it->primary = json_is_true(json_object_get(resp, "isPrimary"));
        json_t *w = json_array_get(json_object_get(resp, "warnings"), 0);
        if (w) {
            json_int_t code = json_integer_value(json_object_get(w, "warning_reason_code"));
            it->warning = code > 0 && code <= 0xFFFF ? (uint16_t)code : 0xB000;
        }
    }
    json_decref(line);
    return 0;
}

static json_t *attr(const char *vr, json_t *value) {
    json_t *a = json_pack("{s:s}", "vr", vr);
    if (value) json_object_set_new(a, "Value", json_pack("[o]", value));   /* takes value */
    return a;
}

static json_t *attr_sq(json_t *items) { return json_pack("{s:s,s:O}", "vr", "SQ", "Value", items); }

static json_t *uid_attr(const char *uid) { return attr("UI", uid[0] ? json_string(uid) : NULL); }

static int answer(stow_req *st, const http_request *req, http_response *resp, tess_error *err) {
    char base[600];
    dw_base_url(req, st->ds, base, sizeof base);
    json_t *doc = json_object(), *ok = json_array(), *failed = json_array();
    size_t nok = 0, nfail = 0, nwarn = 0;
    char first_why[TESS_ERROR_MAX + 160] = "";
    const char *study = st->study;
    bool one_study = true;
    for (size_t i = 0; i < st->n; i++) {
        stow_item *it = st->items[i];
        if (it->study_uid[0] && !st->study[0]) {   /* POST /studies: the one study, if one */
            if (!study[0]) study = it->study_uid;
            else if (strcmp(study, it->study_uid) != 0) one_study = false;
        }
        json_t *item = json_object();
        json_object_set_new(item, "00081150", uid_attr(it->sop_class));
        json_object_set_new(item, "00081155", uid_attr(it->sop_uid));
        if (it->stored) {
            char url[1200];
            snprintf(url, sizeof url, "%s/studies/%s/series/%s/instances/%s%s%s", base,
                     it->study_uid, it->series_uid, it->sop_uid,
                     it->primary ? "" : "?imageSetId=", it->primary ? "" : it->image_set);
            json_object_set_new(item, "00081190", attr("UR", json_string(url)));
            if (it->warning) {
                json_object_set_new(item, "00081196", attr("US", json_integer(it->warning)));
                nwarn++;
            }
            json_array_append_new(ok, item);
            nok++;
        } else {
            uint16_t code = it->failure ? it->failure : FAIL_PROCESSING;
            json_object_set_new(item, "00081197", attr("US", json_integer(code)));
            json_array_append_new(failed, item);
            if (nfail++ == 0) snprintf(first_why, sizeof first_why, "%s", it->why);
        }
    }
    char url[800];
    snprintf(url, sizeof url, "%s/studies/%s", base, study);
    /* members in tag order (jansson keeps insertion order) */
    json_object_set_new(doc, "00081190",
                        attr("UR", study[0] && one_study ? json_string(url) : NULL));
    if (nfail) json_object_set_new(doc, "00081198", attr_sq(failed));
    if (nok) json_object_set_new(doc, "00081199", attr_sq(ok));
    json_decref(ok);
    json_decref(failed);
    char *text = json_dumps(doc, JSON_COMPACT);
    json_decref(doc);
    if (!text) return tess_fail(err, "stow: out of memory");
    int status = nok == 0 ? 409 : nfail || nwarn ? 202 : 200;
    http_response_bytes(resp, status, "application/dicom+json", text, strlen(text));
    free(text);
    dw_cors(resp);
    if (nfail) /* the first failure's reason, for people reading the exchange */
        dw_warning(resp, "%zu of %zu not stored; first: %.250s", nfail, st->n, first_why);
    return 0;
}

static int h_store(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    dw_service *s = ctx;
    stow_req *st = req->stream_state;
    if (!st) return tess_fail(err, "stow: %s", req->stream_error);
    if (st->early.status) {
        http_response_free(resp);
        *resp = st->early;      /* moves; its pointers stay valid */
        http_response_init(&st->early);
        return 0;
    }
    if (st->status == 500) return tess_fail(err, "stow: %s", st->msg);
    if (st->status) return dw_fail(resp, st->status, "%s", st->msg);
    if (req->stream_failed) return tess_fail(err, "stow: %s", req->stream_error);
    if (st->n == 0) return dw_fail(resp, 400, "the request holds no instance");
    workers_join(st, false);    /* every part ingested: items are final */

    cat_job_file *rows = calloc(st->n, sizeof *rows);
    char(*paths)[32] = calloc(st->n, sizeof *paths);
    size_t nrows = 0;
    if (!rows || !paths) {
        free(rows);
        free(paths);
        return tess_fail(err, "stow: out of memory");
    }
    for (size_t i = 0; i < st->n; i++) {
        if (st->items[i]->failure) continue;
        snprintf(paths[nrows], sizeof paths[nrows], "part-%zu", i + 1);
        rows[nrows].path = paths[nrows];
        rows[nrows].outcome = CAT_FILE_PENDING;
        rows[nrows].group_key = st->items[i]->group_key;
        rows[nrows].payload = st->items[i]->payload;
        nrows++;
    }
    int rc = 0;
    if (nrows > 0) {
        cat_job job;
        /* a segment writer that failed on some instance fails here, before
         * the job exists: nothing of the request is published */
        seg_writer *segs[STOW_MAX_WORKERS];
        for (int i = 0; i < st->nworkers; i++) {
            segs[i] = st->workers[i].seg;
            if (rc == 0 && segs[i]) rc = seg_sync(segs[i], err);
        }
        if (rc == 0) rc = imp_stow_begin(s->a, st->ds, st->job_id, st->what, &job, err);
        if (rc == 0)
            rc = imp_publish(s->a, st->job_id, segs, (size_t)st->nworkers, rows, nrows, err);
        if (rc == 0 && imp_stow_finish(s->a, &job, err) != 0) {
            /* the files are PENDING in an IN_PROGRESS job: the runner retries */
            ahi_enqueue_job(s->ahi, st->ds, st->job_id);
            rc = -1;
        }
        if (rc == 0) rc = s->a->cat->vt->job_files(s->a->cat, st->job_id, -1, collect_outcome,
                                                   st, err);
    }
    free(rows);
    free(paths);
    if (rc != 0) return tess_fail_prefix(err, "stow %s", st->job_id);
    return answer(st, req, resp, err);
}

static const dw_route stow_routes[] = {
    {"POST", "/studies", h_store, STOW_MAX_REQUEST, stow_chunk, stow_open, stow_close, true},
    {"POST", "/studies/{st}", h_store, STOW_MAX_REQUEST, stow_chunk, stow_open, stow_close, true},
};

const dw_route *dw_stow_routes(size_t *n) {
    *n = sizeof stow_routes / sizeof stow_routes[0];
    return stow_routes;
}

/* Spool files of a server that died (stow-{pid}-...part whose process is
 * gone) are removed when the next one starts. */
int dw_stow_init(dw_service *s, tess_error *err) {
    char dir[4200];
    snprintf(dir, sizeof dir, "%s/blobs/tmp", s->a->dir);
    DIR *d = opendir(dir);
    if (!d) return 0;           /* no tmp area yet: nothing left over */
    struct dirent *de;
    while ((de = readdir(d))) {
        long pid;
        if (sscanf(de->d_name, "stow-%ld-", &pid) != 1 || pid <= 0 || pid == (long)getpid())
            continue;
        if (kill((pid_t)pid, 0) == 0 || errno != ESRCH) continue;
        unlinkat(dirfd(d), de->d_name, 0);
    }
    closedir(d);
    return 0;
}

void dw_stow_free(dw_service *s) {}
