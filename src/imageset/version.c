/*
 * version.c - image-set versions: documents to blobs, catalog commits
 * (see version.h).
 *
 * Blob keys: doc/{datastore}/{imageset}/{version}-{random}.json.gz and
 * dicomjson/{datastore}/{imageset}/{version}-{random}.json.gz. The random
 * part keeps two writers racing for the same version from overwriting the
 * winner's document: the loser's commit fails and its blobs are removed.
 *
 * A document of one series (every document assembly makes, and nearly all
 * others) goes through docstream.h's writer: isv_write walks the jansson
 * document's instances into it, isv_write_stream takes them from its
 * caller, and both blobs are streamed through gzip, so memory does not grow
 * with the image set on the streaming path. Other shapes keep the
 * in-memory path (json_dumps, one line; md_series_to_dicomjson).
 */
#include "imageset/version.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "imageset/metadoc.h"
#include "util/gz.h"
#include "util/id.h"

_Static_assert(CAT_SECTIONS == DST_SECTIONS_MAX, "cat_version.sections holds dst_stats.sections");

json_t *isv_doc_new(const char *datastore_id, const char *image_set_id) {
    return json_pack("{s:s,s:s,s:s,s:{s:{}},s:{s:{},s:{}}}", "SchemaVersion", "1.1",
                     "DatastoreID", datastore_id, "ImageSetID", image_set_id, "Patient", "DICOM",
                     "Study", "DICOM", "Series");
}

const char *isv_doc_series_uid(const json_t *doc) {
    json_t *series = json_object_get(json_object_get(doc, "Study"), "Series");
    const char *key;
    json_t *v;
    json_object_foreach(series, key, v) return key;
    return "";
}

static void copy_str(const json_t *level, const char *kw, char *out, size_t cap) {
    out[0] = '\0';
    json_t *v = json_object_get(level, kw);
    if (json_is_array(v)) v = json_array_get(v, 0);
    const char *s = json_string_value(v);
    if (s) snprintf(out, cap, "%s", s);
}

static void tags_from_levels(const json_t *pat, const json_t *st, const char *se_uid,
                             const json_t *se, cat_dicom_tags *t) {
    memset(t, 0, sizeof *t);
    copy_str(pat, "PatientID", t->patient_id, sizeof t->patient_id);
    copy_str(pat, "PatientName", t->patient_name, sizeof t->patient_name);
    copy_str(pat, "PatientBirthDate", t->patient_birth_date, sizeof t->patient_birth_date);
    copy_str(pat, "PatientSex", t->patient_sex, sizeof t->patient_sex);
    copy_str(st, "StudyInstanceUID", t->study_uid, sizeof t->study_uid);
    copy_str(st, "StudyID", t->study_id, sizeof t->study_id);
    copy_str(st, "StudyDescription", t->study_description, sizeof t->study_description);
    copy_str(st, "AccessionNumber", t->accession_number, sizeof t->accession_number);
    copy_str(st, "StudyDate", t->study_date, sizeof t->study_date);
    copy_str(st, "StudyTime", t->study_time, sizeof t->study_time);
    snprintf(t->series_uid, sizeof t->series_uid, "%s", se_uid);
    copy_str(se, "Modality", t->modality, sizeof t->modality);
    copy_str(se, "BodyPartExamined", t->body_part, sizeof t->body_part);
    char num[32];
    copy_str(se, "SeriesNumber", num, sizeof num);
    char *end;
    long v = strtol(num, &end, 10);
    if (num[0] && end != num) {
        t->has_series_number = true;
        t->series_number = (int32_t)v;
    }
    t->study_related_series = -1;
    t->study_related_instances = -1;
}

void isv_tags_from_doc(const json_t *doc, cat_dicom_tags *t) {
    json_t *study = json_object_get(doc, "Study");
    const char *se_uid = isv_doc_series_uid(doc);
    tags_from_levels(json_object_get(json_object_get(doc, "Patient"), "DICOM"),
                     json_object_get(study, "DICOM"), se_uid,
                     json_object_get(json_object_get(json_object_get(study, "Series"), se_uid),
                                     "DICOM"),
                     t);
}

void isv_tags_from_header(const dst_header *h, cat_dicom_tags *t) {
    tags_from_levels(h->patient, h->study, h->series_uid, h->series, t);
}

int isv_qido_from_levels(const json_t *patient, const json_t *study, const json_t *series,
                         cat_qido_fields *q, tess_buf *study_json, tess_buf *series_json,
                         tess_error *err) {
    memset(q, 0, sizeof *q);
    copy_str(study, "ReferringPhysicianName", q->referring_physician,
             sizeof q->referring_physician);
    copy_str(patient, "PatientBirthTime", q->patient_birth_time, sizeof q->patient_birth_time);
    copy_str(series, "PerformedProcedureStepStartDate", q->pps_start_date,
             sizeof q->pps_start_date);
    copy_str(series, "PerformedProcedureStepStartTime", q->pps_start_time,
             sizeof q->pps_start_time);
    copy_str(series, "SeriesDescription", q->series_description, sizeof q->series_description);
    const json_t *ps[2] = { patient, study };
    if (md_levels_to_dicomjson(ps, 2, study_json, err) != 0 ||
        md_levels_to_dicomjson(&series, 1, series_json, err) != 0)
        return -1;
    tess_buf_putc(study_json, '\0');
    tess_buf_putc(series_json, '\0');
    if (study_json->failed || series_json->failed)
        return tess_fail(err, "out of memory writing the QIDO fields");
    q->study_json = (const char *)study_json->data;
    q->series_json = (const char *)series_json->data;
    return 0;
}

static int doc_qido(const json_t *doc, const char *series_uid, cat_qido_fields *q,
                    tess_buf *sj, tess_buf *rj, tess_error *err);

typedef struct bulk_ctx {
    const char *ds, *study, *series;
} bulk_ctx;

static const char *bulk_uri(void *ctx, const char *sop_uid, const char *path, char *uri,
                            size_t cap) {
    bulk_ctx *b = ctx;
    snprintf(uri, cap, "/datastore/%s/studies/%s/series/%s/instances/%s/bulkdata/%s", b->ds,
             b->study, b->series, sop_uid, path);
    return uri;
}

static int put_gz(archive *a, const char *key, const void *p, size_t n, uint64_t *gz_size,
                  tess_error *err) {
    tess_buf gz;
    tess_buf_init(&gz, -1);
    int rc = tess_gzip(p, n, &gz, err);
    if (rc == 0) rc = blob_put(a->blobs, key, BLOB_TIER_FREQUENT, gz.data, gz.len, err);
    if (gz_size) *gz_size = gz.len;
    tess_buf_free(&gz);
    return rc;
}

uint64_t isv_doc_text_limit(const archive *a) {
    return a->quotas.metadata_bytes * 2;
}

/* The blob keys of a new version (random part: see the file comment). */
static int version_keys(const cat_image_set *set, int64_t version, cat_version *v,
                        tess_error *err) {
    char rnd[TESS_ID_LEN + 1];
    if (tess_id_new(rnd) != 0) return tess_fail(err, "the random source failed");
    rnd[12] = '\0';
    memset(v, 0, sizeof *v);
    snprintf(v->doc_key, sizeof v->doc_key, "doc/%s/%s/%lld-%s.json.gz", set->datastore_id,
             set->id, (long long)version, rnd);
    snprintf(v->series_json_key, sizeof v->series_json_key, "dicomjson/%s/%s/%lld-%s.json.gz",
             set->datastore_id, set->id, (long long)version, rnd);
    return 0;
}

/* The catalog commit of a version whose blobs are durable, with the QIDO
 * fields derived for it: qido_rc is how deriving them went (0, or the
 * failure to return). The blobs are removed again when that failed or the
 * commit fails. */
static int commit_version(archive *a, cat_image_set *set, int64_t expect_version,
                          cat_version *v, int qido_rc, const cat_qido_fields *qido,
                          cat_commit *cm, tess_error *err) {
    if (qido_rc != 0) {
        tess_error ig;
        blob_remove(a->blobs, v->doc_key, &ig);
        blob_remove(a->blobs, v->series_json_key, &ig);
        return qido_rc;
    }
    int64_t version = expect_version + 1;
    double now = tess_now();
    snprintf(v->image_set_id, sizeof v->image_set_id, "%s", set->id);
    v->version = version;
    snprintf(v->state, sizeof v->state, "%s", set->state);
    snprintf(v->workflow_status, sizeof v->workflow_status, "%s", set->workflow_status);
    snprintf(v->message, sizeof v->message, "%s", set->message);
    v->is_primary = set->is_primary;
    v->forced = set->forced;
    v->created_at = now;
    v->updated_at = now;
    if (expect_version == 0) {
        set->created_at = now;
        set->last_accessed_at = now;
        snprintf(set->storage_tier, sizeof set->storage_tier, "FREQUENT_ACCESS");
    }
    set->latest_version = version;
    set->updated_at = now;
    cm->set = set;
    cm->expect_version = expect_version;
    cm->version = v;
    cm->qido = qido;
    int rc = a->cat->vt->commit(a->cat, cm, err);
    cm->qido = NULL;
    if (rc != 0) {
        tess_error ig;
        blob_remove(a->blobs, v->doc_key, &ig);
        blob_remove(a->blobs, v->series_json_key, &ig);
    }
    return rc;
}

int isv_write_stream(archive *a, cat_image_set *set, int64_t expect_version,
                     const dst_header *levels, isv_emit_fn emit, void *emit_ctx, cat_commit *cm,
                     tess_error *err) {
    cat_version v;
    if (version_keys(set, expect_version + 1, &v, err) != 0) return -1;
    dst_header h = *levels;
    h.datastore_id = set->datastore_id;
    h.image_set_id = set->id;
    cat_dicom_tags tags;
    isv_tags_from_header(&h, &tags);
    bulk_ctx bc = {set->datastore_id, tags.study_uid, tags.series_uid};
    dst_writer *w;
    if (dst_writer_open(a->blobs, v.doc_key, v.series_json_key, &h, a->quotas.metadata_bytes,
                        bulk_uri, &bc, &w, err) != 0)
        return -1;
    int rc = emit(emit_ctx, w, cm, err);
    if (rc != 0) {
        dst_writer_abort(w);
        return rc;
    }
    dst_stats st;
    if (dst_writer_commit(w, &st, err) != 0) return -1;
    v.doc_size = st.doc_gz_bytes;
    snprintf(v.sections, sizeof v.sections, "%s", st.sections);
    set->tags = tags;
    cat_qido_fields q;
    tess_buf sj, rj;
    tess_buf_init(&sj, -1);
    tess_buf_init(&rj, -1);
    rc = isv_qido_from_levels(h.patient, h.study, h.series, &q, &sj, &rj, err);
    rc = commit_version(a, set, expect_version, &v, rc, &q, cm, err);
    tess_buf_free(&sj);
    tess_buf_free(&rj);
    return rc;
}

/* isv_write's producer: the instances of a document in its order. */
static int emit_doc(void *ctx, dst_writer *w, cat_commit *cm, tess_error *err) {
    (void)cm;
    const json_t *doc = ctx;
    dst_header h;
    if (!dst_doc_header(doc, &h)) return tess_fail(err, "metadata document changed shape");
    json_t *insts = json_object_get(
        json_object_get(json_object_get(json_object_get(doc, "Study"), "Series"), h.series_uid),
        "Instances");
    const char *sop;
    json_t *inst;
    json_object_foreach(insts, sop, inst)
        if (dst_writer_add(w, sop, inst, err) != 0) return -1;
    return 0;
}

int isv_write(archive *a, cat_image_set *set, int64_t expect_version, json_t *doc,
              cat_commit *cm, tess_error *err) {
    json_object_set_new(doc, "SchemaVersion", json_string("1.1"));
    json_object_set_new(doc, "DatastoreID", json_string(set->datastore_id));
    json_object_set_new(doc, "ImageSetID", json_string(set->id));
    dst_header h;
    if (dst_doc_header(doc, &h))
        return isv_write_stream(a, set, expect_version, &h, emit_doc, doc, cm, err);

    /* no series or several: one compact line, DICOM JSON of the first series */
    char *text = json_dumps(doc, JSON_COMPACT);
    if (!text) return tess_fail(err, "image set %s: cannot serialise the document", set->id);
    size_t tlen = strlen(text);
    if (tlen > a->quotas.metadata_bytes) {
        free(text);
        return tess_fail(err,
                         "ServiceQuotaExceededException: the metadata of image set %s would be "
                         "%zu bytes, over the quota of %llu",
                         set->id, tlen, (unsigned long long)a->quotas.metadata_bytes);
    }
    cat_version v;
    if (version_keys(set, expect_version + 1, &v, err) != 0) {
        free(text);
        return -1;
    }
    int rc = put_gz(a, v.doc_key, text, tlen, &v.doc_size, err);
    free(text);
    if (rc != 0) return -1;

    isv_tags_from_doc(doc, &set->tags);
    tess_buf dj;
    tess_buf_init(&dj, -1);
    bulk_ctx bc = {set->datastore_id, set->tags.study_uid, set->tags.series_uid};
    rc = md_series_to_dicomjson(doc, set->tags.series_uid, bulk_uri, &bc, &dj, err);
    if (rc == 0) rc = put_gz(a, v.series_json_key, dj.data, dj.len, NULL, err);
    tess_buf_free(&dj);
    if (rc != 0) {
        tess_error ig;
        blob_remove(a->blobs, v.doc_key, &ig);
        return -1;
    }
    cat_qido_fields q;
    tess_buf sj, rj;
    tess_buf_init(&sj, -1);
    tess_buf_init(&rj, -1);
    rc = doc_qido(doc, set->tags.series_uid, &q, &sj, &rj, err);
    rc = commit_version(a, set, expect_version, &v, rc, &q, cm, err);
    tess_buf_free(&sj);
    tess_buf_free(&rj);
    return rc;
}

/* The QIDO fields of a document in any shape (series: the given one). */
static int doc_qido(const json_t *doc, const char *series_uid, cat_qido_fields *q,
                    tess_buf *sj, tess_buf *rj, tess_error *err) {
    json_t *study = json_object_get(doc, "Study");
    return isv_qido_from_levels(
        json_object_get(json_object_get(doc, "Patient"), "DICOM"), json_object_get(study, "DICOM"),
        json_object_get(json_object_get(json_object_get(study, "Series"), series_uid), "DICOM"),
        q, sj, rj, err);
}

typedef struct backfill_ctx {
    archive *a;
    int failed;
    tess_error *err;
} backfill_ctx;

static int backfill_one(void *ctx, const cat_image_set *s) {
    backfill_ctx *b = ctx;
    tess_error e = {0};
    json_t *doc = NULL;
    int rc = isv_load_doc(b->a, s->datastore_id, s->id, s->latest_version, &doc, &e);
    if (rc == 0) {
        cat_qido_fields q;
        tess_buf sj, rj;
        tess_buf_init(&sj, -1);
        tess_buf_init(&rj, -1);
        rc = doc_qido(doc, s->tags.series_uid, &q, &sj, &rj, &e);
        if (rc == 0)
            rc = b->a->cat->vt->qido_fill(b->a->cat, s->datastore_id, s->id, s->latest_version,
                                          &q, &e);
        tess_buf_free(&sj);
        tess_buf_free(&rj);
        json_decref(doc);
    }
    if (rc == CAT_CONFLICT) rc = 0;     /* a newer commit filled it */
    if (rc != 0) {
        if (!b->failed++)
            tess_fail(b->err, "QIDO backfill of image set %s: %s", s->id, e.msg);
    }
    return 0;
}

int isv_qido_backfill(archive *a, tess_error *err) {
    backfill_ctx b = { a, 0, err };
    if (a->cat->vt->qido_unfilled(a->cat, backfill_one, &b, err) != 0) return -1;
    return b.failed;
}

int isv_doc_key(archive *a, const char *datastore_id, const char *image_set_id,
                int64_t version, char *key, tess_error *err) {
    key[0] = '\0';
    cat_image_set set;
    int rc = a->cat->vt->image_set_get(a->cat, datastore_id, image_set_id, &set, err);
    if (rc != 0) return rc;
    if (version == 0) version = set.latest_version;
    cat_version v;
    rc = a->cat->vt->version_get(a->cat, image_set_id, version, &v, err);
    if (rc != 0) return rc;
    if (!v.doc_key[0]) {
        tess_fail(err, "image set %s version %lld has no metadata (deleted)", image_set_id,
                  (long long)version);
        return CAT_NOT_FOUND;
    }
    snprintf(key, CAT_KEY, "%s", v.doc_key);
    return 0;
}

int isv_doc_gzip(archive *a, const char *datastore_id, const char *image_set_id,
                 int64_t version, tess_buf *out, tess_error *err) {
    char key[CAT_KEY];
    int rc = isv_doc_key(a, datastore_id, image_set_id, version, key, err);
    if (rc != 0) return rc;
    return blob_get(a->blobs, key, a->quotas.metadata_bytes + (1u << 20), out, err);
}

int isv_load_doc(archive *a, const char *datastore_id, const char *image_set_id,
                 int64_t version, json_t **doc, tess_error *err) {
    *doc = NULL;
    char key[CAT_KEY];
    int rc = isv_doc_key(a, datastore_id, image_set_id, version, key, err);
    if (rc != 0) return rc;
    if (dst_load(a->blobs, key, isv_doc_text_limit(a), doc, err) != 0)
        return tess_fail_prefix(err, "image set %s", image_set_id);
    return 0;
}
