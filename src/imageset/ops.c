/*
 * ops.c - UpdateImageSetMetadata, CopyImageSet, DeleteImageSet (see ops.h).
 *
 * Every new version states its whole instance set: the commit retires all
 * current instance rows and adds the rows derived from the new document,
 * so the rows can never drift from the document. Frame rows are immutable;
 * a copy adds rows for the destination that point at the same segment
 * bytes, and an instance renamed by an update gets its frame rows again
 * under the new SOP Instance UID.
 */
#include "imageset/ops.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "imageset/docedit.h"
#include "imageset/version.h"
#include "util/buf.h"
#include "util/id.h"

static int parse_version(const char *s, int64_t *v, tess_error *err) {
    char *end;
    if (!s || !*s) return tess_fail(err, "ValidationException: latestVersionId is required");
    long long x = strtoll(s, &end, 10);
    if (*end || x < 1) return tess_fail(err, "ValidationException: version %.40s is not a "
                                             "positive integer", s);
    *v = x;
    return 0;
}

/* Get a set that may be written: exists, not deleted, not locked, at the
 * caller's version. */
static int writable(archive *a, const char *ds, const char *id, const char *latest,
                    cat_image_set *s, tess_error *err) {
    int64_t v;
    if (parse_version(latest, &v, err) != 0) return -1;
    int rc = a->cat->vt->image_set_get(a->cat, ds, id, s, err);
    if (rc == CAT_NOT_FOUND || (rc == 0 && strcmp(s->state, "DELETED") == 0))
        return tess_fail(err, "ResourceNotFoundException: image set %s does not exist in "
                              "datastore %s", id, ds);
    if (rc != 0) return -1;
    if (strcmp(s->state, "LOCKED") == 0)
        return tess_fail(err, "ConflictException: image set %s is LOCKED (%s)", id,
                         s->workflow_status);
    if (v != s->latest_version)
        return tess_fail(err, "ConflictException: latestVersion %lld is not the latest version "
                              "of image set %s (%lld)", (long long)v, id,
                         (long long)s->latest_version);
    return 0;
}

static const char *str_of(const json_t *o, const char *k) {
    json_t *v = json_object_get(o, k);
    if (json_is_array(v)) v = json_array_get(v, 0);
    return json_string_value(v);
}

int iso_rows_from_doc(const json_t *doc, cat_instance **rows, size_t *n, tess_error *err) {
    *rows = NULL;
    *n = 0;
    json_t *series = json_object_get(json_object_get(doc, "Study"), "Series");
    size_t total = 0;
    const char *sk;
    json_t *se;
    json_object_foreach(series, sk, se) total += json_object_size(json_object_get(se, "Instances"));
    if (total == 0) return 0;
    cat_instance *r = calloc(total, sizeof *r);
    if (!r) return tess_fail(err, "out of memory for %zu instance rows", total);
    size_t i = 0;
    json_object_foreach(series, sk, se) {
        const char *sop;
        json_t *inst;
        json_object_foreach(json_object_get(se, "Instances"), sop, inst) {
            cat_instance *c = &r[i++];
            json_t *d = json_object_get(inst, "DICOM");
            if (strlen(sop) >= CAT_UID) {
                free(r);
                return tess_fail(err, "ValidationException: SOPInstanceUID %.80s is too long",
                                 sop);
            }
            snprintf(c->sop_uid, sizeof c->sop_uid, "%s", sop);
            const char *s;
            if ((s = str_of(d, "SOPClassUID"))) snprintf(c->sop_class_uid, CAT_UID, "%s", s);
            if ((s = str_of(d, "TransferSyntaxUID"))) snprintf(c->transfer_syntax, CAT_UID, "%s", s);
            if ((s = str_of(inst, "StoredTransferSyntaxUID")))
                snprintf(c->stored_transfer_syntax, CAT_UID, "%s", s);
            if ((s = str_of(d, "ContentDate"))) snprintf(c->content_date, sizeof c->content_date, "%s", s);
            if ((s = str_of(d, "ContentTime"))) snprintf(c->content_time, sizeof c->content_time, "%s", s);
            if ((s = str_of(d, "InstanceNumber")) && *s) {
                c->has_instance_number = true;
                c->instance_number = (int32_t)atol(s);
            }
            c->rows = (int32_t)json_integer_value(json_object_get(d, "Rows"));
            c->columns = (int32_t)json_integer_value(json_object_get(d, "Columns"));
            c->bits_allocated = (int32_t)json_integer_value(json_object_get(d, "BitsAllocated"));
            c->number_of_frames = (int32_t)json_array_size(json_object_get(inst, "ImageFrames"));
        }
    }
    *rows = r;
    *n = i;
    return 0;
}

typedef struct frame_list {
    cat_frame *v;
    size_t n, cap;
    const char *rename_to;      /* NULL: keep the SOP UID */
    int failed;
} frame_list;

static int add_frame(void *ctx, const cat_frame *f) {
    frame_list *l = ctx;
    if (tess_grow(&l->v, &l->cap, l->n + 1, sizeof *l->v) != 0) {
        l->failed = 1;
        return 1;
    }
    l->v[l->n] = *f;
    if (l->rename_to) snprintf(l->v[l->n].sop_uid, CAT_UID, "%s", l->rename_to);
    l->n++;
    return 0;
}

static int keep_original(void *ctx, const cat_frame *f) {
    /* the whole-pixel-data row of an instance whose frames could not be
     * extracted (ingest/instance.c): not in ImageFrames, kept with it */
    return f->frame_index == 0xFFFFFFFFu ? add_frame(ctx, f) : 0;
}

/* The frame rows of instance sop as doc (a document of set_id) references
 * them, appended to l (renamed to l->rename_to when set). The document is
 * the truth: after a revert its frame IDs are older than the newest rows. */
static int frames_for_sop(archive *a, const char *set_id, const json_t *doc, const char *sop,
                          frame_list *l, tess_error *err) {
    char (*ids)[33] = NULL;
    size_t n = 0;
    if (ise_doc_instance_frames(doc, sop, &ids, &n, err) != 0) return -1;
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < n; i++) {
        cat_frame f;
        rc = a->cat->vt->frame_get(a->cat, set_id, ids[i], &f, err);
        if (rc == 0 && add_frame(l, &f) != 0) rc = -1;
        if (rc != 0) rc = tess_fail_prefix(err, "image set %s: frame %s of %s", set_id, ids[i], sop);
    }
    free(ids);
    if (rc == 0 && a->cat->vt->frames_of_instance(a->cat, set_id, sop, keep_original, l, err) != 0)
        rc = -1;
    if (rc == 0 && l->failed) rc = tess_fail(err, "out of memory for frame rows");
    return rc;
}

/* Commit doc as the next version of set, stating every instance. */
static int commit_doc(archive *a, cat_image_set *set, int64_t expect, json_t *doc,
                      const frame_list *frames, tess_error *err) {
    cat_instance *rows;
    size_t n;
    if (iso_rows_from_doc(doc, &rows, &n, err) != 0) return -1;
    cat_commit cm;
    memset(&cm, 0, sizeof cm);
    cm.retire_all = true;
    cm.add = rows;
    cm.nadd = n;
    if (frames) {
        cm.frames = frames->v;
        cm.nframes = frames->n;
    }
    int rc = isv_write(a, set, expect, doc, &cm, err);
    free(rows);
    if (rc == CAT_CONFLICT)
        return tess_fail(err, "ConflictException: image set %s changed while it was being "
                              "written; retry with its new latestVersion", set->id);
    return rc;
}

static bool has_prefix(const char *msg, const char *p) {
    return strncmp(msg, p, strlen(p)) == 0;
}

/* Docedit messages carry their exception name; anything else is ours. */
static int as_ahi_error(tess_error *err) {
    if (has_prefix(err->msg, "ValidationException") || has_prefix(err->msg, "ConflictException") ||
        has_prefix(err->msg, "ServiceQuotaExceededException") ||
        has_prefix(err->msg, "ResourceNotFoundException") ||
        has_prefix(err->msg, "INVALID_REQUEST"))
        return -1;
    return tess_fail_prefix(err, "InternalServerException");
}

int iso_update(archive *a, const char *ds, const char *id, const char *latest, bool force,
               const char *updatable_b64, const char *removable_b64, const char *revert_to,
               cat_image_set *out, tess_error *err) {
    bool updates = updatable_b64 || removable_b64;
    if (updates == (revert_to != NULL))
        return tess_fail(err, "ValidationException: give either DICOMUpdates or "
                              "revertToVersionId, exactly one");
    cat_image_set s;
    if (writable(a, ds, id, latest, &s, err) != 0) return -1;
    json_t *doc = NULL;
    frame_list frames = {0};
    int rc = -1;
    if (revert_to) {
        int64_t v;
        if (parse_version(revert_to, &v, err) != 0) return -1;
        if (v >= s.latest_version)
            return tess_fail(err, "ValidationException: revertToVersionId %lld is not an "
                                  "earlier version of image set %s", (long long)v, id);
        rc = isv_load_doc(a, ds, id, v, &doc, err);
        if (rc == CAT_NOT_FOUND)
            return tess_fail(err, "ResourceNotFoundException: image set %s has no version %lld",
                             id, (long long)v);
        if (rc != 0) return -1;
        rc = -1;
    } else {
        json_t *upd = NULL, *rem = NULL;
        size_t max = a->quotas.update_payload_bytes;
        if (updatable_b64 && ise_parse_update_blob(updatable_b64, max, &upd, err) != 0)
            return as_ahi_error(err);
        if (removable_b64 && ise_parse_update_blob(removable_b64, max, &rem, err) != 0) {
            json_decref(upd);
            return as_ahi_error(err);
        }
        if (isv_load_doc(a, ds, id, 0, &doc, err) != 0) {
            json_decref(upd);
            json_decref(rem);
            return -1;
        }
        ise_change chg;
        memset(&chg, 0, sizeof chg);
        int urc = ise_doc_update(doc, upd, rem, force, &chg, err);
        json_decref(upd);
        json_decref(rem);
        if (urc != 0) {
            ise_change_free(&chg);
            json_decref(doc);
            return as_ahi_error(err);
        }
        /* a renamed instance (SOPInstanceUID changed with force) keeps its
         * frames: the one removed SOP maps to the one added SOP */
        if (chg.nadded == 1 && chg.nremoved == 1) {
            frames.rename_to = chg.added_sops[0];
            if (frames_for_sop(a, id, doc, chg.added_sops[0], &frames, err) != 0) {
                ise_change_free(&chg);
                json_decref(doc);
                free(frames.v);
                return -1;
            }
        }
        if (chg.forced_used) s.forced = true;
        ise_change_free(&chg);
    }
    snprintf(s.state, sizeof s.state, "ACTIVE");
    snprintf(s.workflow_status, sizeof s.workflow_status, "UPDATED");
    s.message[0] = '\0';
    if (!revert_to && !force) s.forced = false;
    rc = commit_doc(a, &s, s.latest_version, doc, &frames, err);
    json_decref(doc);
    free(frames.v);
    if (rc != 0) return rc;
    tess_error ig;
    cat_image_set touched = s;
    a->cat->vt->touch(a->cat, (const char(*)[CAT_ID])&touched.id, 1, tess_now(), &ig);
    *out = s;
    return 0;
}

static int count_frames(const json_t *doc) {
    int n = 0;
    const char *sk, *ik;
    json_t *se, *in;
    json_object_foreach(json_object_get(json_object_get(doc, "Study"), "Series"), sk, se)
        json_object_foreach(json_object_get(se, "Instances"), ik, in)
            n += (int)json_array_size(json_object_get(in, "ImageFrames"));
    return n;
}

int iso_copy(archive *a, const char *ds, const char *src_id, const char *src_latest,
             const char *dst_id, const char *dst_latest, const char *copiable_json, bool force,
             bool promote, cat_image_set *src_out, cat_image_set *dst_out, tess_error *err) {
    cat_image_set src, dst;
    if (writable(a, ds, src_id, src_latest, &src, err) != 0) return -1;
    bool have_dst = dst_id != NULL;
    if (have_dst) {
        if (strcmp(dst_id, src_id) == 0)
            return tess_fail(err, "ValidationException: source and destination image sets are "
                                  "the same");
        if (writable(a, ds, dst_id, dst_latest, &dst, err) != 0) return -1;
    }
    json_t *copiable = NULL;
    if (copiable_json) {
        if (strlen(copiable_json) > 260000)
            return tess_fail(err, "ValidationException: copiableAttributes is longer than "
                                  "260,000 characters");
        json_error_t je;
        copiable = json_loads(copiable_json, 0, &je);
        if (!json_is_object(copiable)) {
            json_decref(copiable);
            return tess_fail(err, "ValidationException: copiableAttributes is not a JSON object "
                                  "(%s)", je.text);
        }
    }
    json_t *sdoc = NULL, *ddoc = NULL, *result = NULL;
    frame_list frames = {0};
    ise_change chg;
    memset(&chg, 0, sizeof chg);
    int rc = -1;
    if (isv_load_doc(a, ds, src_id, 0, &sdoc, err) != 0) goto out;
    if (!have_dst && promote) {
        const char *se_uid = isv_doc_series_uid(sdoc);
        cat_dicom_tags t;
        isv_tags_from_doc(sdoc, &t);
        int frc = a->cat->vt->image_set_find_primary(a->cat, ds, t.study_uid, se_uid, &dst, err);
        if (frc == 0 && strcmp(dst.id, src_id) != 0) have_dst = true;
        else if (frc != 0 && frc != CAT_NOT_FOUND) goto out;
    }
    if (have_dst && isv_load_doc(a, ds, dst.id, 0, &ddoc, err) != 0) goto out;
    if (ise_doc_copy(sdoc, ddoc, copiable, force, &result, &chg, err) != 0) {
        rc = as_ahi_error(err);
        goto out;
    }
    if (count_frames(result) - (ddoc ? count_frames(ddoc) : 0) > a->quotas.frames_per_copy) {
        rc = tess_fail(err, "ServiceQuotaExceededException: a copy may add at most %lld image "
                            "frames", (long long)a->quotas.frames_per_copy);
        goto out;
    }
    for (size_t i = 0; i < chg.nadded; i++)
        if (frames_for_sop(a, src_id, sdoc, chg.added_sops[i], &frames, err) != 0) goto out;
    int64_t expect;
    if (have_dst) {
        expect = dst.latest_version;
        if (promote) dst.is_primary = true;
    } else {
        memset(&dst, 0, sizeof dst);
        if (tess_id_new(dst.id) != 0) {
            rc = tess_fail(err, "the random source failed");
            goto out;
        }
        snprintf(dst.datastore_id, sizeof dst.datastore_id, "%s", ds);
        dst.is_primary = promote;
        expect = 0;
    }
    snprintf(dst.state, sizeof dst.state, "ACTIVE");
    snprintf(dst.workflow_status, sizeof dst.workflow_status, "COPIED");
    dst.message[0] = '\0';
    if (force && chg.forced_used) dst.forced = true;
    rc = commit_doc(a, &dst, expect, result, &frames, err);
    if (rc != 0) goto out;
    tess_error ig;
    a->cat->vt->touch(a->cat, (const char(*)[CAT_ID])&dst.id, 1, tess_now(), &ig);
    if (a->cat->vt->image_set_get(a->cat, ds, src_id, &src, err) != 0) goto out;
    *src_out = src;
    *dst_out = dst;
    rc = 0;
out:
    json_decref(copiable);
    json_decref(sdoc);
    json_decref(ddoc);
    json_decref(result);
    free(frames.v);
    ise_change_free(&chg);
    return rc;
}

int iso_delete(archive *a, const char *ds, const char *id, cat_image_set *out, tess_error *err) {
    cat_image_set s;
    int rc = a->cat->vt->image_set_get(a->cat, ds, id, &s, err);
    if (rc == CAT_NOT_FOUND || (rc == 0 && strcmp(s.state, "DELETED") == 0))
        return tess_fail(err, "ResourceNotFoundException: image set %s does not exist in "
                              "datastore %s", id, ds);
    if (rc != 0) return -1;
    if (strcmp(s.state, "LOCKED") == 0)
        return tess_fail(err, "ConflictException: image set %s is LOCKED (%s)", id,
                         s.workflow_status);
    double now = tess_now();
    if (a->cat->vt->image_set_delete(a->cat, ds, id, now, err) != 0) return -1;
    snprintf(s.state, sizeof s.state, "DELETED");
    snprintf(s.workflow_status, sizeof s.workflow_status, "DELETED");
    s.deleted_at = s.updated_at = now;
    *out = s;
    return 0;
}

/* The Patient- and Study-level part of an update blob, re-encoded in
 * base64 (*out NULL when nothing of it is left). */
static int study_part(const char *b64, size_t max, char **out, tess_error *err) {
    *out = NULL;
    if (!b64) return 0;
    json_t *j;
    if (ise_parse_update_blob(b64, max, &j, err) != 0) return -1;
    json_t *study = json_object_get(j, "Study");
    if (study) json_object_del(study, "Series");
    bool empty = !json_object_size(json_object_get(json_object_get(j, "Patient"), "DICOM")) &&
                 !json_object_size(json_object_get(study, "DICOM"));
    if (!empty) {
        char *text = json_dumps(j, JSON_COMPACT);
        if (!text) {
            json_decref(j);
            return tess_fail(err, "out of memory");
        }
        tess_buf b;
        tess_buf_init(&b, -1);
        tess_buf_put_base64(&b, (const uint8_t *)text, strlen(text));
        tess_buf_putc(&b, '\0');
        free(text);
        if (b.failed) {
            tess_buf_free(&b);
            json_decref(j);
            return tess_fail(err, "out of memory");
        }
        *out = (char *)b.data;
    }
    json_decref(j);
    return 0;
}

typedef struct sib_list {
    cat_image_set *v;
    size_t n, cap;
    int failed;
} sib_list;

static int add_sibling(void *ctx, const cat_image_set *s) {
    sib_list *l = ctx;
    if (tess_grow(&l->v, &l->cap, l->n + 1, sizeof *l->v) != 0) {
        l->failed = 1;
        return 1;
    }
    l->v[l->n++] = *s;
    return 0;
}

int iso_update_study(archive *a, const char *ds, const char *id, const char *latest, bool force,
                     const char *updatable_b64, const char *removable_b64, cat_image_set *out,
                     int *nsiblings, tess_error *err) {
    *nsiblings = 0;
    if (!updatable_b64 && !removable_b64)
        return tess_fail(err, "ValidationException: includeStudyImageSets needs DICOMUpdates");
    char *su = NULL, *sr = NULL;
    size_t max = a->quotas.update_payload_bytes;
    if (study_part(updatable_b64, max, &su, err) != 0 ||
        study_part(removable_b64, max, &sr, err) != 0) {
        free(su);
        return as_ahi_error(err);
    }
    /* the study as it is before the update (the update may change its UID) */
    cat_image_set target;
    int rc = a->cat->vt->image_set_get(a->cat, ds, id, &target, err);
    sib_list sibs = {0};
    if (rc == 0 && target.tags.study_uid[0])
        rc = a->cat->vt->image_sets_of_study(a->cat, ds, target.tags.study_uid, add_sibling,
                                             &sibs, err);
    if (rc == 0 && sibs.failed) rc = tess_fail(err, "out of memory");
    if (rc == CAT_NOT_FOUND)
        rc = tess_fail(err, "ResourceNotFoundException: image set %s does not exist in "
                            "datastore %s", id, ds);
    if (rc == 0)
        rc = iso_update(a, ds, id, latest, force, updatable_b64, removable_b64, NULL, out, err);
    for (size_t i = 0; rc == 0 && i < sibs.n && (su || sr); i++) {
        if (strcmp(sibs.v[i].id, id) == 0) continue;
        char ver[24];
        snprintf(ver, sizeof ver, "%lld", (long long)sibs.v[i].latest_version);
        cat_image_set so;
        rc = iso_update(a, ds, sibs.v[i].id, ver, force, su, sr, NULL, &so, err);
        if (rc == 0) (*nsiblings)++;
        else tess_fail_prefix(err, "image set %s of the same study", sibs.v[i].id);
    }
    free(sibs.v);
    free(su);
    free(sr);
    return rc;
}
