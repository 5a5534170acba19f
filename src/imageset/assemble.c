/*
 * assemble.c - PENDING instance payloads into image-set versions (see
 * assemble.h for the rules).
 *
 * One group ("study/series") at a time, in batches, each read twice so that
 * neither a document nor the batch's payloads is ever whole in memory:
 *
 *   pass 1 reads the batch's pending rows one at a time, parses each
 *   payload, sorts it onto a target (the primary set of the series,
 *   existing or new, or a non-primary set per distinct conflicting keys)
 *   and keeps only what the commit needs: the instance row, the frame rows,
 *   the file's outcome line, and for each SOP the file that holds it (the
 *   last of the batch). The payload is dropped at once.
 *
 *   pass 2, per target, streams the new version (isv_write_stream): the
 *   previous version's instances read back one at a time (docstream.h),
 *   except those the batch replaces, then the batch's instances, whose
 *   rows are read again; then commits it with the files' outcomes.
 *
 * So a batch's memory depends on the batch (instances and frame rows), not
 * on the size of the series. A previous document that is not in the
 * canonical layout (written before it, or a legacy set of several series)
 * is loaded whole and extended in memory instead, and written by isv_write.
 *
 * A commit that loses a race (CAT_CONFLICT) makes the whole batch start
 * again from the catalog's new state. Within a process, assemblies of one
 * series take turns (archive_series_lock), so the race is lost only to
 * another process; a new primary set is committed with sole_primary, so
 * two assemblies that both found no primary set of a series cannot both
 * make one (the second starts again and appends to the first's).
 */
#include "imageset/assemble.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "imageset/docstream.h"
#include "imageset/version.h"
#include "util/buf.h"
#include "util/id.h"

#define DEFAULT_BATCH_INSTANCES 5000
#define DEFAULT_BATCH_FRAMES 50000

typedef struct target {
    cat_image_set set;
    int64_t expect;             /* 0: new */
    json_t *keys;               /* grouping keys of the set */
    json_t *patient, *study, *series;   /* the document's level DICOM objects */
    char series_uid[CAT_UID];   /* the document's series */
    char prev_key[CAT_KEY];     /* version `expect`'s document (canonical layout) */
    char prev_dj_key[CAT_KEY];  /* and its DICOM JSON ("" when it has none) */
    char prev_sections[CAT_SECTIONS];   /* and where their instance lines lie */
    json_t *whole;              /* version `expect`'s document (any other layout) */
    cat_instance *add;          /* one per SOP of the batch */
    int64_t *add_file;          /* per add: the file whose instance it is */
    size_t nadd, cap_add;
    size_t *sop_slots;          /* hash of add by SOP: index + 1, 0 = empty */
    size_t cap_slots;           /* a power of two, > 2 * nadd */
    int64_t *emit;              /* add_file, sorted (pass 2) */
    char (*retire)[CAT_UID];
    size_t nretire, cap_retire;
    cat_frame *frames;
    size_t nframes, cap_frames;
    int64_t *file_ids;
    cat_file_outcome *outcomes;
    char **lines;
    size_t nfiles, cap_files;
} target;

typedef struct batch {
    archive *a;
    const char *ds, *job, *group, *study_uid, *series_uid;
    target *t;
    size_t n, cap;
    long primary;               /* index of the primary target, -1: none yet */
    cat_dicom_tags *sibs;       /* the study's image sets (no primary at start) */
    size_t nsibs, cap_sibs;
    size_t rows, max_rows;
    size_t frames, max_frames;
    tess_error *err;
    int rc;                     /* a failure inside a catalog callback */
} batch;


static void target_free(target *t) {
    json_decref(t->keys);
    json_decref(t->patient);
    json_decref(t->study);
    json_decref(t->series);
    json_decref(t->whole);
    free(t->add);
    free(t->add_file);
    free(t->sop_slots);
    free(t->emit);
    free(t->retire);
    free(t->frames);
    free(t->file_ids);
    free(t->outcomes);
    for (size_t i = 0; i < t->nfiles; i++) free(t->lines[i]);
    free(t->lines);
}

static void batch_free(batch *b) {
    for (size_t i = 0; i < b->n; i++) target_free(&b->t[i]);
    free(b->t);
    free(b->sibs);
}

/* ---- SOP index of a target --------------------------------------------------- */

static uint64_t hash_str(const char *s) {
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

/* The slot of sop: holding its add index + 1, or empty (0). */
static size_t *sop_slot(const target *t, const char *sop) {
    size_t mask = t->cap_slots - 1;
    for (size_t i = (size_t)hash_str(sop) & mask;; i = (i + 1) & mask) {
        size_t *s = &t->sop_slots[i];
        if (*s == 0 || strcmp(t->add[*s - 1].sop_uid, sop) == 0) return s;
    }
}

/* The add index of sop, or -1. */
static long sop_find(const target *t, const char *sop) {
    if (!t->cap_slots) return -1;
    size_t *s = sop_slot(t, sop);
    return *s ? (long)*s - 1 : -1;
}

/* Make room in the index for one more SOP. */
static int sop_reserve(target *t) {
    if ((t->nadd + 1) * 2 < t->cap_slots) return 0;
    size_t nc = t->cap_slots ? t->cap_slots * 2 : 64;
    size_t *nv = calloc(nc, sizeof *nv);
    if (!nv) return -1;
    free(t->sop_slots);
    t->sop_slots = nv;
    t->cap_slots = nc;
    for (size_t i = 0; i < t->nadd; i++) *sop_slot(t, t->add[i].sop_uid) = i + 1;
    return 0;
}

/* ---- grouping keys ------------------------------------------------------------- */

static json_t *value_or_null(const json_t *level, const char *kw) {
    json_t *v = json_object_get(level, kw);
    return v ? v : json_null();
}

/* The grouping keys of AHI 4.1 from Patient/Study/Series attribute objects. */
static json_t *grouping_keys(const json_t *patient, const json_t *study, const json_t *series) {
    return json_pack("{s:O,s:O,s:O,s:O,s:O}", "PatientID", value_or_null(patient, "PatientID"),
                     "StudyDate", value_or_null(study, "StudyDate"), "AccessionNumber",
                     value_or_null(study, "AccessionNumber"), "StudyID",
                     value_or_null(study, "StudyID"), "SeriesNumber",
                     value_or_null(series, "SeriesNumber"));
}

static json_t *doc_keys(const json_t *doc) {
    json_t *st = json_object_get(doc, "Study");
    json_t *se = json_object_get(json_object_get(json_object_get(st, "Series"),
                                                 isv_doc_series_uid(doc)),
                                 "DICOM");
    return grouping_keys(json_object_get(json_object_get(doc, "Patient"), "DICOM"),
                         json_object_get(st, "DICOM"), se);
}

/* A key as the catalog stores it: first string value, "" when absent. */
static const char *keystr(const json_t *keys, const char *kw) {
    json_t *v = json_object_get(keys, kw);
    if (json_is_array(v)) v = json_array_get(v, 0);
    const char *s = json_string_value(v);
    return s ? s : "";
}

static int collect_sibling(void *ctx, const cat_image_set *s) {
    batch *b = ctx;
    if (tess_grow(&b->sibs, &b->cap_sibs, b->nsibs + 1, sizeof *b->sibs) != 0) {
        b->rc = tess_fail(b->err, "out of memory listing the image sets of study %s",
                          b->study_uid);
        return 1;
    }
    b->sibs[b->nsibs++] = s->tags;
    return 0;
}

/* Do keys disagree with the study keys of an image set of the study? */
static bool sibling_conflict(const batch *b, const json_t *keys) {
    for (size_t i = 0; i < b->nsibs; i++) {
        const cat_dicom_tags *s = &b->sibs[i];
        if (strcmp(s->patient_id, keystr(keys, "PatientID")) != 0 ||
            strcmp(s->study_date, keystr(keys, "StudyDate")) != 0 ||
            strcmp(s->accession_number, keystr(keys, "AccessionNumber")) != 0 ||
            strcmp(s->study_id, keystr(keys, "StudyID")) != 0)
            return true;
    }
    return false;
}

/* ---- pass 1: rows onto targets ------------------------------------------------ */

/* A new slot in b->t (pointers into b->t move). -1 on failure. */
static long target_slot(batch *b) {
    if (tess_grow(&b->t, &b->cap, b->n + 1, sizeof *b->t) != 0) {
        tess_fail(b->err, "out of memory");
        return -1;
    }
    memset(&b->t[b->n], 0, sizeof b->t[b->n]);
    return (long)b->n++;
}

/* A new image set whose document starts from payload p's levels. */
static long new_target(batch *b, bool primary, const json_t *p, const json_t *keys,
                       const char *path) {
    json_t *pa = json_object_get(p, "patient"), *st = json_object_get(p, "study"),
           *se = json_object_get(p, "series");
    if (!json_is_object(pa) || !json_is_object(st) || !json_is_object(se)) {
        tess_fail(b->err, "pending file %s: payload without its patient, study or series "
                          "attributes", path);
        return -1;
    }
    long k = target_slot(b);
    if (k < 0) return -1;
    target *t = &b->t[k];
    if (tess_id_new(t->set.id) != 0) {
        tess_fail(b->err, "the random source failed");
        return -1;
    }
    snprintf(t->set.datastore_id, sizeof t->set.datastore_id, "%s", b->ds);
    snprintf(t->set.state, sizeof t->set.state, "ACTIVE");
    snprintf(t->set.workflow_status, sizeof t->set.workflow_status, "CREATED");
    t->set.is_primary = primary;
    t->keys = json_incref((json_t *)keys);
    t->patient = json_incref(pa);
    t->study = json_incref(st);
    t->series = json_incref(se);
    snprintf(t->series_uid, sizeof t->series_uid, "%s", b->series_uid);
    return k;
}

static void copy_field(char *dst, size_t cap, const json_t *o, const char *k) {
    const char *s = json_string_value(json_object_get(o, k));
    snprintf(dst, cap, "%s", s ? s : "");
}

static int32_t int_field(const json_t *o, const char *k) {
    return (int32_t)json_integer_value(json_object_get(o, k));
}

/* Record one pending file in a target: instance row, frames, outcome. */
static int add_instance(batch *b, target *t, const cat_job_file *f, const json_t *p) {
    tess_error *err = b->err;
    const json_t *row = json_object_get(p, "row");
    const char *sop = json_string_value(json_object_get(row, "sop"));
    if (!sop || !*sop || strlen(sop) >= CAT_UID)
        return tess_fail(err, "pending file %s: payload without a valid SOP UID", f->path);
    if (!json_is_object(json_object_get(p, "instance")))
        return tess_fail(err, "pending file %s: payload without its instance", f->path);
    /* a SOP added earlier in this batch: this file's copy replaces it */
    long slot = sop_find(t, sop);
    if (slot < 0) {
        size_t old_cap = t->cap_add;
        if (sop_reserve(t) != 0 ||
            tess_grow(&t->add, &t->cap_add, t->nadd + 1, sizeof *t->add) != 0)
            return tess_fail(err, "out of memory");
        if (t->cap_add != old_cap) {
            void *na = realloc(t->add_file, t->cap_add * sizeof *t->add_file);
            if (!na) {
                t->cap_add = old_cap;   /* add_file still has the old size */
                return tess_fail(err, "out of memory");
            }
            t->add_file = na;
        }
        slot = (long)t->nadd++;
        snprintf(t->add[slot].sop_uid, CAT_UID, "%s", sop);
        *sop_slot(t, sop) = (size_t)slot + 1;
    }
    t->add_file[slot] = f->id;
    cat_instance *ci = &t->add[slot];
    memset(ci, 0, sizeof *ci);
    snprintf(ci->sop_uid, sizeof ci->sop_uid, "%s", sop);
    copy_field(ci->sop_class_uid, sizeof ci->sop_class_uid, row, "sop_class");
    copy_field(ci->transfer_syntax, sizeof ci->transfer_syntax, row, "ts");
    copy_field(ci->stored_transfer_syntax, sizeof ci->stored_transfer_syntax, row, "stored_ts");
    copy_field(ci->content_date, sizeof ci->content_date, row, "content_date");
    copy_field(ci->content_time, sizeof ci->content_time, row, "content_time");
    json_t *in = json_object_get(row, "instance_number");
    ci->has_instance_number = json_is_integer(in);
    ci->instance_number = (int32_t)json_integer_value(in);
    ci->rows = int_field(row, "rows");
    ci->columns = int_field(row, "columns");
    ci->bits_allocated = int_field(row, "bits_allocated");
    ci->number_of_frames = int_field(row, "frames");

    size_t i;
    json_t *fr;
    json_array_foreach(json_object_get(p, "frames"), i, fr) {
        if (tess_grow(&t->frames, &t->cap_frames, t->nframes + 1, sizeof *t->frames) != 0)
            return tess_fail(err, "out of memory");
        cat_frame *cf = &t->frames[t->nframes++];
        memset(cf, 0, sizeof *cf);
        copy_field(cf->frame_id, sizeof cf->frame_id, fr, "id");
        snprintf(cf->sop_uid, sizeof cf->sop_uid, "%s", sop);
        cf->frame_index = (uint32_t)json_integer_value(json_object_get(fr, "index"));
        copy_field(cf->segment, sizeof cf->segment, fr, "segment");
        cf->offset = (uint64_t)json_integer_value(json_object_get(fr, "offset"));
        cf->length = (uint64_t)json_integer_value(json_object_get(fr, "length"));
        copy_field(cf->stored_transfer_syntax, sizeof cf->stored_transfer_syntax, fr, "ts");
        json_t *ends = json_object_get(fr, "res_end");
        size_t k;
        json_t *e;
        json_array_foreach(ends, k, e) {
            if (k >= CAT_MAX_LEVELS) break;
            cf->res_end[k] = (uint32_t)json_integer_value(e);
            cf->nres = (uint32_t)(k + 1);
        }
        b->frames++;
    }

    if (tess_grow(&t->file_ids, &t->cap_files, t->nfiles + 1, sizeof *t->file_ids) != 0)
        return tess_fail(err, "out of memory");
    size_t cap = t->cap_files;
    void *no = realloc(t->outcomes, cap * sizeof *t->outcomes);
    if (!no) return tess_fail(err, "out of memory");
    t->outcomes = no;
    void *nl = realloc(t->lines, cap * sizeof *t->lines);
    if (!nl) return tess_fail(err, "out of memory");
    t->lines = nl;
    json_t *warnings = json_object_get(p, "warnings");
    bool warned = json_array_size(warnings) > 0;
    json_t *resp = json_pack("{s:s,s:I,s:b}", "imageSetId", t->set.id, "imageSetVersion",
                             (json_int_t)(t->expect + 1), "isPrimary", t->set.is_primary);
    if (warned) json_object_set(resp, "warnings", warnings);
    json_t *line = json_pack("{s:s,s:o}", "inputFile", f->path, "importResponse", resp);
    t->lines[t->nfiles] = json_dumps(line, JSON_COMPACT);
    json_decref(line);
    if (!t->lines[t->nfiles]) return tess_fail(err, "out of memory");
    t->file_ids[t->nfiles] = f->id;
    t->outcomes[t->nfiles] = warned ? CAT_FILE_WARNING : CAT_FILE_SUCCESS;
    t->nfiles++;
    return 0;
}

/* Sort one parsed payload onto its target. */
static int place(batch *b, const cat_job_file *f, const json_t *p) {
    json_t *keys = grouping_keys(json_object_get(p, "patient"), json_object_get(p, "study"),
                                 json_object_get(p, "series"));
    if (!keys) return tess_fail(b->err, "out of memory");
    long k = -1;
    if (b->primary >= 0) {
        if (json_equal(keys, b->t[b->primary].keys)) k = b->primary;
    } else if (!sibling_conflict(b, keys)) {
        k = new_target(b, true, p, keys, f->path);
        if (k < 0) {
            json_decref(keys);
            return -1;
        }
        b->primary = k;
    }
    for (size_t i = 0; k < 0 && i < b->n; i++)
        if (!b->t[i].set.is_primary && json_equal(b->t[i].keys, keys)) k = (long)i;
    if (k < 0) k = new_target(b, false, p, keys, f->path);
    json_decref(keys);
    if (k < 0) return -1;
    return add_instance(b, &b->t[k], f, p);
}

static int pass1_row(void *ctx, const cat_job_file *f) {
    batch *b = ctx;
    if (b->rows >= b->max_rows || b->frames >= b->max_frames) return 1;
    json_error_t je;
    json_t *p = json_loads(f->payload, 0, &je);
    if (!p) {
        b->rc = tess_fail(b->err, "pending file %s: payload is not JSON (%s)", f->path, je.text);
        return 1;
    }
    int rc = place(b, f, p);
    json_decref(p);
    if (rc != 0) {
        b->rc = rc;
        return 1;
    }
    b->rows++;
    return 0;
}

/* ---- the primary's previous document ------------------------------------------- */

static int grab_header(void *ctx, const dst_header *h, tess_error *err) {
    target *t = ctx;
    if (strlen(h->series_uid) >= sizeof t->series_uid)
        return tess_fail(err, "image set %s: series key %.80s is too long", t->set.id,
                         h->series_uid);
    snprintf(t->series_uid, sizeof t->series_uid, "%s", h->series_uid);
    t->patient = json_incref((json_t *)h->patient);
    t->study = json_incref((json_t *)h->study);
    t->series = json_incref((json_t *)h->series);
    return DST_STOP;   /* the instances are read in pass 2 */
}

/* The existing primary set as target 0: its keys from its latest document's
 * header (or from the whole document in another layout). */
static int load_primary(batch *b, const cat_image_set *found) {
    long k = target_slot(b);
    if (k < 0) return -1;
    target *t = &b->t[k];
    t->set = *found;
    t->expect = found->latest_version;
    snprintf(t->set.workflow_status, sizeof t->set.workflow_status, "IMPORTED");
    t->set.message[0] = '\0';
    b->primary = k;
    cat_version v;
    int rc = b->a->cat->vt->version_get(b->a->cat, found->id, found->latest_version, &v, b->err);
    if (rc != 0) return rc;
    if (!v.doc_key[0])
        return tess_fail(b->err, "image set %s version %lld has no metadata (deleted)", found->id,
                         (long long)found->latest_version);
    const char *key = v.doc_key;
    rc = dst_read(b->a->blobs, key, isv_doc_text_limit(b->a), grab_header, NULL, t, &t->whole,
                  b->err);
    if (rc == DST_WHOLE) {
        t->keys = doc_keys(t->whole);
        snprintf(t->series_uid, sizeof t->series_uid, "%s", b->series_uid);
    } else if (rc == 0) {
        if (!t->patient)
            return tess_fail(b->err, "image set %s: document %s has no header", found->id, key);
        snprintf(t->prev_key, sizeof t->prev_key, "%s", key);
        snprintf(t->prev_dj_key, sizeof t->prev_dj_key, "%s", v.series_json_key);
        snprintf(t->prev_sections, sizeof t->prev_sections, "%s", v.sections);
        t->keys = grouping_keys(t->patient, t->study, t->series);
    } else {
        return tess_fail_prefix(b->err, "image set %s", found->id);
    }
    if (!t->keys) return tess_fail(b->err, "out of memory");
    return 0;
}

/* ---- pass 2: streaming each target's version ------------------------------------ */

typedef int (*instance_fn)(void *ctx, const char *sop, json_t *instance, tess_error *err);

typedef struct reread {
    batch *b;
    target *t;
    instance_fn fn;
    void *ctx;
    size_t seen;
    int rc;
} reread;

static int cmp_id(const void *x, const void *y) {
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return a < b ? -1 : a > b;
}

static int reread_row(void *ctx, const cat_job_file *f) {
    reread *r = ctx;
    target *t = r->t;
    if (f->id > t->emit[t->nadd - 1]) return 1;
    if (!bsearch(&f->id, t->emit, t->nadd, sizeof *t->emit, cmp_id)) return 0;
    json_error_t je;
    json_t *p = json_loads(f->payload, 0, &je);
    if (!p) {
        r->rc = tess_fail(r->b->err, "pending file %s: payload is not JSON (%s)", f->path,
                          je.text);
        return 1;
    }
    const char *sop = json_string_value(json_object_get(json_object_get(p, "row"), "sop"));
    long slot = sop ? sop_find(t, sop) : -1;
    if (slot < 0 || t->add_file[slot] != f->id) {
        r->rc = tess_fail(r->b->err, "pending file %s changed during assembly", f->path);
    } else {
        r->rc = r->fn(r->ctx, sop, json_object_get(p, "instance"), r->b->err);
        r->seen++;
    }
    json_decref(p);
    return r->rc != 0;
}

/* Call fn with each instance of the batch that goes into t (the last copy
 * of each SOP), reading its row again. */
static int each_batch_instance(batch *b, target *t, instance_fn fn, void *ctx) {
    reread r = {b, t, fn, ctx, 0, 0};
    int rc = b->a->cat->vt->job_pending_in_group(b->a->cat, b->job, b->group, reread_row, &r,
                                                 b->err);
    if (rc == 0) rc = r.rc;
    if (rc == 0 && r.seen != t->nadd) {
        tess_fail(b->err, "job %s: %zu of the %zu pending files of %s for image set %s were "
                          "finished by another assembly", b->job, t->nadd - r.seen, t->nadd,
                  b->group, t->set.id);
        return CAT_CONFLICT;   /* start the batch again */
    }
    return rc;
}

static int add_retire(target *t, const char *sop, tess_error *err) {
    if (tess_grow(&t->retire, &t->cap_retire, t->nretire + 1, sizeof *t->retire) != 0)
        return tess_fail(err, "out of memory");
    snprintf(t->retire[t->nretire++], CAT_UID, "%s", sop);
    return 0;
}

typedef struct stream_ctx {
    target *t;
    dst_writer *w;
} stream_ctx;

static int add_to_writer(void *ctx, const char *sop, json_t *instance, tess_error *err) {
    stream_ctx *s = ctx;
    return dst_writer_add(s->w, sop, instance, err);
}

/* A previous instance: kept, unless the batch replaces it. */
static int keep_prev(void *ctx, const char *sop, tess_error *err) {
    stream_ctx *s = ctx;
    if (sop_find(s->t, sop) < 0) return 1;
    return add_retire(s->t, sop, err) == 0 ? 0 : -1;
}

typedef struct emit_ctx {
    batch *b;
    target *t;
} emit_ctx;

/* 1 when no instance of the batch is in the target's latest version, 0
 * when one is, -1 on a catalog error. */
static int replaces_none(batch *b, target *t, tess_error *err) {
    for (size_t i = 0; i < t->nadd; i++) {
        bool yes;
        if (b->a->cat->vt->instance_current(b->a->cat, t->set.id, t->add[i].sop_uid, &yes,
                                            err) != 0)
            return -1;
        if (yes) return 0;
    }
    return 1;
}

static int emit_target(void *ctx, dst_writer *w, cat_commit *cm, tess_error *err) {
    emit_ctx *e = ctx;
    target *t = e->t;
    stream_ctx s = {t, w};
    if (t->expect != 0) {
        /* when the batch replaces none of the previous instances, they are
         * spliced in as compressed bytes; else copied line by line */
        int rc = t->prev_sections[0] ? replaces_none(e->b, t, err) : 0;
        if (rc == 1)
            rc = dst_writer_splice(w, t->prev_key, t->prev_dj_key, t->prev_sections, err);
        else if (rc == 0)
            rc = DST_NO_SPLICE;
        if (rc == DST_NO_SPLICE)
            rc = dst_writer_copy(w, t->prev_key, t->prev_dj_key, isv_doc_text_limit(e->b->a),
                                 keep_prev, &s, err);
        if (rc == DST_WHOLE)
            return tess_fail(err, "image set %s: document %s changed layout", t->set.id,
                             t->prev_key);
        if (rc != 0) return rc;
        cm->retire = (const char(*)[CAT_UID])t->retire;
        cm->nretire = t->nretire;
    }
    return each_batch_instance(e->b, t, add_to_writer, &s);
}

typedef struct whole_ctx {
    target *t;
    json_t *instances;
} whole_ctx;

static int add_to_whole(void *ctx, const char *sop, json_t *instance, tess_error *err) {
    whole_ctx *c = ctx;
    if (json_object_get(c->instances, sop) && add_retire(c->t, sop, err) != 0) return -1;
    if (json_object_set(c->instances, sop, instance) != 0) return tess_fail(err, "out of memory");
    return 0;
}

/* The previous document in another layout: extended in memory. */
static int write_whole(batch *b, target *t, cat_commit *cm) {
    json_t *insts = json_object_get(
        json_object_get(json_object_get(json_object_get(t->whole, "Study"), "Series"),
                        b->series_uid),
        "Instances");
    if (!json_is_object(insts))
        return tess_fail(b->err, "image set %s: document lacks series %s", t->set.id,
                         b->series_uid);
    whole_ctx c = {t, insts};
    int rc = each_batch_instance(b, t, add_to_whole, &c);
    if (rc != 0) return rc;
    cm->retire = (const char(*)[CAT_UID])t->retire;
    cm->nretire = t->nretire;
    return isv_write(b->a, &t->set, t->expect, t->whole, cm, b->err);
}

static int commit_target(batch *b, target *t) {
    t->emit = malloc(t->nadd * sizeof *t->emit);
    if (!t->emit) return tess_fail(b->err, "out of memory");
    memcpy(t->emit, t->add_file, t->nadd * sizeof *t->emit);
    qsort(t->emit, t->nadd, sizeof *t->emit, cmp_id);
    cat_commit cm;
    memset(&cm, 0, sizeof cm);
    cm.add = t->add;
    cm.nadd = t->nadd;
    cm.frames = t->frames;
    cm.nframes = t->nframes;
    cm.file_ids = t->file_ids;
    cm.file_outcomes = t->outcomes;
    cm.file_lines = (const char *const *)t->lines;
    cm.nfiles = t->nfiles;
    cm.sole_primary = t->expect == 0 && t->set.is_primary;
    if (t->whole) return write_whole(b, t, &cm);
    if (strcmp(t->series_uid, b->series_uid) != 0)
        return tess_fail(b->err, "image set %s: document lacks series %s", t->set.id,
                         b->series_uid);
    dst_header h = {NULL, NULL, t->patient, t->study, t->series_uid, t->series};
    emit_ctx e = {b, t};
    return isv_write_stream(b->a, &t->set, t->expect, &h, emit_target, &e, &cm, b->err);
}

/* One batch of a group: pass 1, then each target's version. 0 with
 * *done when the group had no pending rows left. */
static int assemble_batch(batch *b, bool *done) {
    *done = false;
    cat_image_set found;
    int rc = b->a->cat->vt->image_set_find_primary(b->a->cat, b->ds, b->study_uid,
                                                    b->series_uid, &found, b->err);
    if (rc == 0) {
        rc = load_primary(b, &found);
    } else if (rc == CAT_NOT_FOUND) {
        rc = b->a->cat->vt->image_sets_of_study(b->a->cat, b->ds, b->study_uid, collect_sibling,
                                                b, b->err);
        if (rc == 0) rc = b->rc;
    }
    if (rc != 0) return rc;

    rc = b->a->cat->vt->job_pending_in_group(b->a->cat, b->job, b->group, pass1_row, b, b->err);
    if (rc == 0) rc = b->rc;
    if (rc != 0) return rc;
    if (b->rows == 0) {
        *done = true;
        return 0;
    }
    for (size_t k = 0; k < b->n; k++) {
        if (b->t[k].nfiles == 0) continue;   /* e.g. the primary when all conflicted */
        rc = commit_target(b, &b->t[k]);
        if (rc != 0) return rc;
    }
    return 0;
}

typedef struct groups {
    char **v;
    size_t n, cap;
    int failed;
} groups;

static int collect_group(void *ctx, const char *key) {
    groups *g = ctx;
    if (tess_grow(&g->v, &g->cap, g->n + 1, sizeof *g->v) != 0 ||
        !(g->v[g->n] = strdup(key))) {
        g->failed = 1;
        return 1;
    }
    g->n++;
    return 0;
}

int asm_job(archive *a, const char *datastore_id, const char *job_id, tess_error *err) {
    groups g = {0};
    int rc = a->cat->vt->job_pending_groups(a->cat, job_id, collect_group, &g, err);
    if (rc == 0 && g.failed) rc = tess_fail(err, "out of memory listing pending groups");
    for (size_t i = 0; rc == 0 && i < g.n; i++) {
        char study[CAT_UID], series[CAT_UID];
        const char *slash = strchr(g.v[i], '/');
        if (!slash || (size_t)(slash - g.v[i]) >= sizeof study || strlen(slash + 1) >= sizeof series) {
            rc = tess_fail(err, "job %s: malformed group key %.200s", job_id, g.v[i]);
            break;
        }
        snprintf(study, sizeof study, "%.*s", (int)(slash - g.v[i]), g.v[i]);
        snprintf(series, sizeof series, "%s", slash + 1);
        /* one assembly of a series at a time in this process: a second one
         * would only lose the race at its commit and start again */
        pthread_mutex_t *lock = archive_series_lock(a, g.v[i]);
        pthread_mutex_lock(lock);
        int conflicts = 0;
        for (;;) {
            batch b;
            memset(&b, 0, sizeof b);
            b.a = a;
            b.ds = datastore_id;
            b.job = job_id;
            b.group = g.v[i];
            b.study_uid = study;
            b.series_uid = series;
            b.primary = -1;
            b.max_rows = (size_t)(a->quotas.instances_per_version > 0
                                      ? a->quotas.instances_per_version
                                      : DEFAULT_BATCH_INSTANCES);
            b.max_frames = (size_t)(a->quotas.frames_per_version > 0
                                        ? a->quotas.frames_per_version
                                        : DEFAULT_BATCH_FRAMES);
            b.err = err;
            bool done = false;
            rc = assemble_batch(&b, &done);
            batch_free(&b);
            if (rc == CAT_CONFLICT && ++conflicts < 8) {
                rc = 0;  /* another writer moved the set on: redo the batch */
                continue;
            }
            if (rc != 0 || done) break;
        }
        pthread_mutex_unlock(lock);
    }
    for (size_t i = 0; i < g.n; i++) free(g.v[i]);
    free(g.v);
    return rc;
}
