/*
 * assemble.c - PENDING instance payloads into image-set versions (see
 * assemble.h for the rules).
 *
 * One group ("study/series") at a time, in batches: the batch's payloads
 * are sorted onto targets (the primary set of the series, existing or new,
 * and new non-primary sets for conflicting keys); each target's document
 * gets the instances; each target is committed with isv_write together with
 * the outcomes of its files. A commit that loses a race (CAT_CONFLICT)
 * makes the whole batch start again from the catalog's new state.
 */
#include "imageset/assemble.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "imageset/version.h"
#include "util/id.h"

typedef struct pend {
    int64_t id;
    char *path;
    json_t *p;          /* parsed payload */
} pend;

typedef struct pend_list {
    pend *v;
    size_t n, cap, max;
    tess_error *err;
    int failed;
} pend_list;

typedef struct target {
    cat_image_set set;
    int64_t expect;             /* 0: new */
    json_t *doc;
    json_t *keys;               /* grouping keys of the set */
    cat_instance *add;
    size_t nadd, cap_add;
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
    target *t;
    size_t n, cap;
} batch;

static int grow(void **p, size_t *cap, size_t need, size_t size) {
    if (need <= *cap) return 0;
    size_t nc = *cap ? *cap * 2 : 16;
    while (nc < need) nc *= 2;
    void *np = realloc(*p, nc * size);
    if (!np) return -1;
    *p = np;
    *cap = nc;
    return 0;
}

static int collect(void *ctx, const cat_job_file *f) {
    pend_list *l = ctx;
    if (l->n >= l->max) return 1;
    if (grow((void **)&l->v, &l->cap, l->n + 1, sizeof *l->v) != 0) {
        l->failed = tess_fail(l->err, "out of memory collecting pending files");
        return 1;
    }
    json_error_t je;
    json_t *p = json_loads(f->payload, 0, &je);
    if (!p) {
        l->failed = tess_fail(l->err, "pending file %s: payload is not JSON (%s)", f->path,
                              je.text);
        return 1;
    }
    pend *e = &l->v[l->n++];
    e->id = f->id;
    e->path = strdup(f->path);
    e->p = p;
    return 0;
}

static void pend_free(pend_list *l) {
    for (size_t i = 0; i < l->n; i++) {
        free(l->v[i].path);
        json_decref(l->v[i].p);
    }
    free(l->v);
}

static void target_free(target *t) {
    json_decref(t->doc);
    json_decref(t->keys);
    free(t->add);
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
    b->t = NULL;
    b->n = b->cap = 0;
}

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

typedef struct sibling_ctx {
    const json_t *keys;
    bool conflict;
} sibling_ctx;

static int sibling_check(void *ctx, const cat_image_set *s) {
    sibling_ctx *c = ctx;
    if (strcmp(s->tags.patient_id, keystr(c->keys, "PatientID")) != 0 ||
        strcmp(s->tags.study_date, keystr(c->keys, "StudyDate")) != 0 ||
        strcmp(s->tags.accession_number, keystr(c->keys, "AccessionNumber")) != 0 ||
        strcmp(s->tags.study_id, keystr(c->keys, "StudyID")) != 0) {
        c->conflict = true;
        return 1;
    }
    return 0;
}

static target *new_target(batch *b, const char *ds, bool primary, tess_error *err) {
    if (grow((void **)&b->t, &b->cap, b->n + 1, sizeof *b->t) != 0) {
        tess_fail(err, "out of memory");
        return NULL;
    }
    target *t = &b->t[b->n++];
    memset(t, 0, sizeof *t);
    if (tess_id_new(t->set.id) != 0) {
        tess_fail(err, "the random source failed");
        return NULL;
    }
    snprintf(t->set.datastore_id, sizeof t->set.datastore_id, "%s", ds);
    snprintf(t->set.state, sizeof t->set.state, "ACTIVE");
    snprintf(t->set.workflow_status, sizeof t->set.workflow_status, "CREATED");
    t->set.is_primary = primary;
    return t;
}

/* Start a new document from an instance's level pieces. */
static json_t *doc_from_pieces(const char *ds, const char *id, const json_t *p,
                               const char *series_uid) {
    json_t *doc = isv_doc_new(ds, id);
    json_object_set_new(json_object_get(doc, "Patient"), "DICOM",
                        json_deep_copy(json_object_get(p, "patient")));
    json_t *study = json_object_get(doc, "Study");
    json_object_set_new(study, "DICOM", json_deep_copy(json_object_get(p, "study")));
    json_object_set_new(json_object_get(study, "Series"), series_uid,
                        json_pack("{s:o,s:{}}", "DICOM",
                                  json_deep_copy(json_object_get(p, "series")), "Instances"));
    return doc;
}

static void copy_field(char *dst, size_t cap, const json_t *o, const char *k) {
    const char *s = json_string_value(json_object_get(o, k));
    snprintf(dst, cap, "%s", s ? s : "");
}

static int32_t int_field(const json_t *o, const char *k) {
    return (int32_t)json_integer_value(json_object_get(o, k));
}

/* Add one pending instance to a target: document, rows, frames, file. */
static int add_instance(target *t, const pend *pe, const char *series_uid, tess_error *err) {
    const json_t *row = json_object_get(pe->p, "row");
    const char *sop = json_string_value(json_object_get(row, "sop"));
    if (!sop || strlen(sop) >= CAT_UID)
        return tess_fail(err, "pending file %s: payload without a valid SOP UID", pe->path);
    json_t *insts = json_object_get(
        json_object_get(json_object_get(json_object_get(t->doc, "Study"), "Series"), series_uid),
        "Instances");
    if (!insts) return tess_fail(err, "image set %s: document lacks series %s", t->set.id,
                                 series_uid);
    /* a SOP added earlier in this batch: replace that entry */
    size_t slot = t->nadd;
    for (size_t i = 0; i < t->nadd; i++)
        if (strcmp(t->add[i].sop_uid, sop) == 0) slot = i;
    if (slot == t->nadd && json_object_get(insts, sop) && t->expect != 0) {
        if (grow((void **)&t->retire, &t->cap_retire, t->nretire + 1, sizeof *t->retire) != 0)
            return tess_fail(err, "out of memory");
        snprintf(t->retire[t->nretire++], CAT_UID, "%s", sop);
    }
    json_object_set(insts, sop, json_object_get(pe->p, "instance"));

    if (slot == t->nadd) {
        if (grow((void **)&t->add, &t->cap_add, t->nadd + 1, sizeof *t->add) != 0)
            return tess_fail(err, "out of memory");
        t->nadd++;
    }
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
    json_array_foreach(json_object_get(pe->p, "frames"), i, fr) {
        if (grow((void **)&t->frames, &t->cap_frames, t->nframes + 1, sizeof *t->frames) != 0)
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
    }

    if (grow((void **)&t->file_ids, &t->cap_files, t->nfiles + 1, sizeof *t->file_ids) != 0)
        return tess_fail(err, "out of memory");
    size_t cap = t->cap_files;
    void *no = realloc(t->outcomes, cap * sizeof *t->outcomes);
    if (!no) return tess_fail(err, "out of memory");
    t->outcomes = no;
    void *nl = realloc(t->lines, cap * sizeof *t->lines);
    if (!nl) return tess_fail(err, "out of memory");
    t->lines = nl;
    json_t *warnings = json_object_get(pe->p, "warnings");
    bool warned = json_array_size(warnings) > 0;
    json_t *resp = json_pack("{s:s,s:I,s:b}", "imageSetId", t->set.id, "imageSetVersion",
                             (json_int_t)(t->expect + 1), "isPrimary", t->set.is_primary);
    if (warned) json_object_set(resp, "warnings", warnings);
    json_t *line = json_pack("{s:s,s:o}", "inputFile", pe->path, "importResponse", resp);
    t->lines[t->nfiles] = json_dumps(line, JSON_COMPACT);
    json_decref(line);
    if (!t->lines[t->nfiles]) return tess_fail(err, "out of memory");
    t->file_ids[t->nfiles] = pe->id;
    t->outcomes[t->nfiles] = warned ? CAT_FILE_WARNING : CAT_FILE_SUCCESS;
    t->nfiles++;
    return 0;
}

/* Sort a batch of one group onto targets and commit them. */
static int assemble_batch(archive *a, const char *ds, const char *study_uid,
                          const char *series_uid, pend_list *pl, tess_error *err) {
    batch b = {0};
    int rc = -1;
    target *primary = NULL;
    cat_image_set found;
    int frc = a->cat->vt->image_set_find_primary(a->cat, ds, study_uid, series_uid, &found, err);
    if (frc == 0) {
        if (grow((void **)&b.t, &b.cap, 1, sizeof *b.t) != 0) {
            tess_fail(err, "out of memory");
            goto out;
        }
        primary = &b.t[b.n++];
        memset(primary, 0, sizeof *primary);
        primary->set = found;
        primary->expect = found.latest_version;
        snprintf(primary->set.workflow_status, sizeof primary->set.workflow_status, "IMPORTED");
        primary->set.message[0] = '\0';
        if (isv_load_doc(a, ds, found.id, found.latest_version, &primary->doc, err) != 0)
            goto out;
        primary->keys = doc_keys(primary->doc);
    } else if (frc != CAT_NOT_FOUND) {
        goto out;
    }

    for (size_t i = 0; i < pl->n; i++) {
        const pend *pe = &pl->v[i];
        json_t *keys = grouping_keys(json_object_get(pe->p, "patient"),
                                     json_object_get(pe->p, "study"),
                                     json_object_get(pe->p, "series"));
        target *t = NULL;
        if (primary) {
            if (json_equal(keys, primary->keys)) t = primary;
        } else {
            sibling_ctx sc = {keys, false};
            if (a->cat->vt->image_sets_of_study(a->cat, ds, study_uid, sibling_check, &sc,
                                                err) != 0) {
                json_decref(keys);
                goto out;
            }
            if (!sc.conflict) {
                /* keep the primary at index 0 is not needed: pointers are
                 * refreshed below after any growth */
                t = new_target(&b, ds, true, err);
                if (!t) {
                    json_decref(keys);
                    goto out;
                }
                t->doc = doc_from_pieces(ds, t->set.id, pe->p, series_uid);
                t->keys = json_incref(keys);
                primary = t;
            }
        }
        if (!t) {
            for (size_t k = 0; k < b.n; k++)
                if (!b.t[k].set.is_primary && json_equal(b.t[k].keys, keys)) t = &b.t[k];
            if (!t) {
                size_t pidx = primary ? (size_t)(primary - b.t) : 0;
                t = new_target(&b, ds, false, err);
                if (primary) primary = &b.t[pidx];
                if (!t) {
                    json_decref(keys);
                    goto out;
                }
                t->doc = doc_from_pieces(ds, t->set.id, pe->p, series_uid);
                t->keys = json_incref(keys);
            }
        }
        json_decref(keys);
        if (add_instance(t, pe, series_uid, err) != 0) goto out;
    }

    for (size_t k = 0; k < b.n; k++) {
        target *t = &b.t[k];
        if (t->nfiles == 0) continue;   /* e.g. the primary when all conflicted */
        cat_commit cm;
        memset(&cm, 0, sizeof cm);
        cm.retire = (const char(*)[CAT_UID])t->retire;
        cm.nretire = t->nretire;
        cm.add = t->add;
        cm.nadd = t->nadd;
        cm.frames = t->frames;
        cm.nframes = t->nframes;
        cm.file_ids = t->file_ids;
        cm.file_outcomes = t->outcomes;
        cm.file_lines = (const char *const *)t->lines;
        cm.nfiles = t->nfiles;
        int crc = isv_write(a, &t->set, t->expect, t->doc, &cm, err);
        if (crc != 0) {
            rc = crc;
            goto out;
        }
    }
    rc = 0;
out:
    batch_free(&b);
    return rc;
}

typedef struct groups {
    char **v;
    size_t n, cap;
    int failed;
} groups;

static int collect_group(void *ctx, const char *key) {
    groups *g = ctx;
    if (grow((void **)&g->v, &g->cap, g->n + 1, sizeof *g->v) != 0 ||
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
        int conflicts = 0;
        for (;;) {
            pend_list pl = {0};
            pl.max = (size_t)(a->quotas.instances_per_version > 0 ? a->quotas.instances_per_version
                                                                  : 1000);
            pl.err = err;
            rc = a->cat->vt->job_pending_in_group(a->cat, job_id, g.v[i], collect, &pl, err);
            if (rc == 0 && pl.failed) rc = -1;
            if (rc != 0 || pl.n == 0) {
                pend_free(&pl);
                break;
            }
            rc = assemble_batch(a, datastore_id, study, series, &pl, err);
            pend_free(&pl);
            if (rc == CAT_CONFLICT && ++conflicts < 8) {
                rc = 0;  /* another writer moved the set on: redo the batch */
                continue;
            }
            if (rc != 0) break;
        }
    }
    for (size_t i = 0; i < g.n; i++) free(g.v[i]);
    free(g.v);
    return rc;
}
