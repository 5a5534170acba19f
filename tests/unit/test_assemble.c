/*
 * test_assemble.c - image-set assembly (src/imageset/assemble.c) on an
 * archive in a temporary directory, fed with synthetic PENDING rows in the
 * payload format of ingest/instance.c.
 *
 * Covered: batches of quotas.instances_per_version instances and the
 * frame-row bound (quotas.frames_per_version), each batch one version whose
 * document holds every instance so far, in the canonical layout, with the
 * files' lines naming their version; re-imports replacing instances (new
 * content in the new version, the old one in the old version, the
 * replaced rows retired, the order: kept instances, then the batch's);
 * a SOP twice in one batch (the later file wins, both files reported);
 * conflicting keys (non-primary sets, one per distinct keys) and a new
 * series whose study keys disagree with the study's primary set; previous
 * documents in another layout (one compact line; several series) extended
 * in memory; the DICOM JSON of each version.
 */
#include <ftw.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <jansson.h>

#include "harness.h"
#include "imageset/archive.h"
#include "imageset/assemble.h"
#include "imageset/datastore.h"
#include "imageset/docstream.h"
#include "imageset/version.h"
#include "util/gz.h"
#include "util/id.h"

#define STUDY "1.2.826.0.1.3680043.8.498.10"
#define SERIES "1.2.826.0.1.3680043.8.498.11"
#define SERIES_B "1.2.826.0.1.3680043.8.498.12"

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

typedef struct env {
    char dir[256];
    archive *a;
    cat_datastore ds;
} env;

static bool env_open(env *e, int64_t per_version, int64_t frames_per_version) {
    const char *base = getenv("TMPDIR");
    snprintf(e->dir, sizeof e->dir, "%s/tessera-asm-XXXXXX", base && *base ? base : "/tmp");
    if (!mkdtemp(e->dir)) return false;
    tess_error err = { { 0 } };
    if (archive_open(e->dir, &e->a, &err) != 0 ||
        ds_create(e->a, "asm", NULL, NULL, NULL, &e->ds, &err) != 0) {
        fprintf(stderr, "  env: %s\n", err.msg);
        return false;
    }
    e->a->quotas.instances_per_version = per_version;
    e->a->quotas.frames_per_version = frames_per_version;
    return true;
}

static void env_close(env *e) {
    archive_close(e->a);
    nftw(e->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* One synthetic instance. */
typedef struct inst {
    const char *series;     /* SERIES if NULL */
    const char *patient_id; /* "P1" if NULL */
    int number;             /* InstanceNumber and the SOP's last component */
    int frames;             /* 1 if 0 */
    const char *comment;    /* ImageComments: tells copies apart */
} inst;

static void sop_of(const inst *in, char *sop, size_t cap) {
    snprintf(sop, cap, "%s.%d", in->series ? in->series : SERIES, in->number);
}

static char *payload(const inst *in) {
    char sop[80];
    sop_of(in, sop, sizeof sop);
    int nf = in->frames ? in->frames : 1;
    json_t *image_frames = json_array(), *frames = json_array();
    for (int i = 0; i < nf; i++) {
        char id[TESS_ID_LEN + 1];
        tess_id_new(id);
        json_array_append_new(image_frames, json_pack("{s:s,s:i}", "ID", id, "MinPixelValue", 0));
        json_array_append_new(frames, json_pack("{s:s,s:i,s:s,s:i,s:i,s:[],s:s}", "id", id, "index",
                                                i, "segment", "seg/test/0.seg", "offset", i * 10,
                                                "length", 10, "res_end", "ts",
                                                "1.2.840.10008.1.2.4.202"));
    }
    char num[16];
    snprintf(num, sizeof num, "%d", in->number);
    json_t *p = json_pack(
        "{s:{s:s,s:s},s:{s:s,s:s,s:s},s:{s:s,s:s,s:s},"
        "s:{s:{s:s,s:s,s:s,s:s},s:{},s:s,s:o},"
        "s:{s:s,s:s,s:s,s:s,s:i,s:i,s:i,s:i,s:i,s:s,s:s},s:o,s:[]}",
        "patient", "PatientID", in->patient_id ? in->patient_id : "P1", "PatientName", "Doe^J",
        "study", "StudyInstanceUID", STUDY, "StudyDate", "20240101", "AccessionNumber", "A1",
        "series", "SeriesInstanceUID", in->series ? in->series : SERIES, "SeriesNumber", "1",
        "Modality", "CT",
        "instance", "DICOM", "SOPInstanceUID", sop, "SOPClassUID", "1.2.840.10008.5.1.4.1.1.2",
        "InstanceNumber", num, "ImageComments", in->comment ? in->comment : "v1",
        "DICOMVRs", "StoredTransferSyntaxUID", "1.2.840.10008.1.2.4.202", "ImageFrames",
        image_frames,
        "row", "sop", sop, "sop_class", "1.2.840.10008.5.1.4.1.1.2", "ts", "1.2.840.10008.1.2.1",
        "stored_ts", "1.2.840.10008.1.2.4.202", "instance_number", in->number, "rows", 2,
        "columns", 2, "bits_allocated", 16, "frames", nf, "content_date", "", "content_time", "",
        "frames", frames, "warnings");
    char *text = json_dumps(p, JSON_COMPACT);
    json_decref(p);
    return text;
}

/* A job with these pending files; runs asm_job. */
static bool import(env *e, const inst *v, size_t n, char job_id[CAT_ID]) {
    tess_error err = { { 0 } };
    cat_job j;
    memset(&j, 0, sizeof j);
    tess_id_new(j.id);
    snprintf(j.datastore_id, sizeof j.datastore_id, "%s", e->ds.id);
    snprintf(j.name, sizeof j.name, "t");
    snprintf(j.status, sizeof j.status, "IN_PROGRESS");
    snprintf(j.client_token, sizeof j.client_token, "%s", j.id);
    cat_job old;
    if (e->a->cat->vt->job_create(e->a->cat, &j, &old, &err) != 0) {
        fprintf(stderr, "  job_create: %s\n", err.msg);
        return false;
    }
    cat_job_file *rows = calloc(n, sizeof *rows);
    char **texts = calloc(n, sizeof *texts);
    char (*paths)[64] = calloc(n, sizeof *paths);
    char (*groups)[160] = calloc(n, sizeof *groups);
    for (size_t i = 0; i < n; i++) {
        texts[i] = payload(&v[i]);
        snprintf(paths[i], sizeof paths[i], "in/%zu.dcm", i);
        snprintf(groups[i], sizeof groups[i], "%s/%s", STUDY, v[i].series ? v[i].series : SERIES);
        rows[i].path = paths[i];
        rows[i].outcome = CAT_FILE_PENDING;
        rows[i].group_key = groups[i];
        rows[i].payload = texts[i];
    }
    bool ok = e->a->cat->vt->job_files_add(e->a->cat, j.id, rows, n, NULL, &err) == 0;
    if (ok && asm_job(e->a, e->ds.id, j.id, &err) != 0) ok = false;
    if (!ok) fprintf(stderr, "  import: %s\n", err.msg);
    for (size_t i = 0; i < n; i++) free(texts[i]);
    free(texts);
    free(rows);
    free(paths);
    free(groups);
    if (job_id) snprintf(job_id, CAT_ID, "%s", j.id);
    return ok;
}

static bool primary_of(env *e, const char *series, cat_image_set *s) {
    tess_error err;
    return e->a->cat->vt->image_set_find_primary(e->a->cat, e->ds.id, STUDY, series, s, &err) == 0;
}

static json_t *doc_of(env *e, const char *set_id, int64_t version) {
    json_t *doc = NULL;
    tess_error err = { { 0 } };
    if (isv_load_doc(e->a, e->ds.id, set_id, version, &doc, &err) != 0)
        fprintf(stderr, "  load %s v%lld: %s\n", set_id, (long long)version, err.msg);
    return doc;
}

static json_t *insts_of(json_t *doc, const char *series) {
    return json_object_get(json_object_get(json_object_get(json_object_get(doc, "Study"), "Series"),
                                           series),
                           "Instances");
}

/* Is the stored document of a version in the canonical layout? */
static int layout_of(env *e, const char *set_id, int64_t version) {
    char key[CAT_KEY];
    tess_error err = { { 0 } };
    if (isv_doc_key(e->a, e->ds.id, set_id, version, key, &err) != 0) return -1;
    return dst_read(e->a->blobs, key, 0, NULL, NULL, NULL, NULL, &err);
}

typedef struct counter { size_t n; } counter;

static int count_row(void *ctx, const cat_instance *i) {
    (void)i;
    ((counter *)ctx)->n++;
    return 0;
}

static size_t rows_of(env *e, const char *set_id, int64_t version) {
    counter c = { 0 };
    tess_error err;
    e->a->cat->vt->instances_list(e->a->cat, set_id, version, count_row, &c, &err);
    return c.n;
}

typedef struct lines { size_t n, success; int64_t versions[64]; char set_ids[64][CAT_ID]; } lines;

static int collect_line(void *ctx, const cat_job_file *f) {
    lines *l = ctx;
    if (f->outcome == CAT_FILE_SUCCESS) l->success++;
    json_error_t je;
    json_t *j = json_loads(f->payload, 0, &je);
    json_t *r = json_object_get(j, "importResponse");
    if (l->n < 64) {
        l->versions[l->n] = json_integer_value(json_object_get(r, "imageSetVersion"));
        const char *id = json_string_value(json_object_get(r, "imageSetId"));
        snprintf(l->set_ids[l->n], CAT_ID, "%s", id ? id : "");
    }
    l->n++;
    json_decref(j);
    return 0;
}

static lines job_lines(env *e, const char *job) {
    lines l;
    memset(&l, 0, sizeof l);
    tess_error err;
    e->a->cat->vt->job_files(e->a->cat, job, -1, collect_line, &l, &err);
    return l;
}

/* The DICOM JSON blob of a version, parsed. */
static json_t *dicomjson_of(env *e, const char *set_id, int64_t version) {
    cat_version v;
    tess_error err = { { 0 } };
    if (e->a->cat->vt->version_get(e->a->cat, set_id, version, &v, &err) != 0) return NULL;
    tess_buf gz, plain;
    tess_buf_init(&gz, -1);
    tess_buf_init(&plain, -1);
    json_t *out = NULL;
    if (blob_get(e->a->blobs, v.series_json_key, 0, &gz, &err) == 0 &&
        tess_gunzip(gz.data, gz.len, 0, &plain, &err) == 0) {
        json_error_t je;
        out = json_loadb((const char *)plain.data, plain.len, 0, &je);
    }
    tess_buf_free(&gz);
    tess_buf_free(&plain);
    return out;
}

static inst *series_of(size_t n, int first, const char *comment) {
    inst *v = calloc(n, sizeof *v);
    for (size_t i = 0; i < n; i++) {
        v[i].number = first + (int)i;
        v[i].comment = comment;
    }
    return v;
}

/* ---- tests --------------------------------------------------------------- */

static void test_batches(void) {
    env e;
    if (!env_open(&e, 10, 1000)) { CHECK(0); return; }
    inst *v = series_of(25, 1, NULL);
    char job[CAT_ID];
    CHECK(import(&e, v, 25, job));
    cat_image_set s;
    CHECK(primary_of(&e, SERIES, &s));
    CHECK_INT(s.latest_version, 3);
    size_t want[4] = { 0, 10, 20, 25 };
    for (int64_t ver = 1; ver <= 3; ver++) {
        json_t *doc = doc_of(&e, s.id, ver);
        CHECK_INT(json_object_size(insts_of(doc, SERIES)), want[ver]);
        CHECK_INT(layout_of(&e, s.id, ver), 0);
        CHECK_INT(rows_of(&e, s.id, ver), want[ver]);
        json_t *dj = dicomjson_of(&e, s.id, ver);
        CHECK_INT(json_array_size(dj), want[ver]);
        /* document order = import order: instance k is number k + 1 */
        const char *sop;
        json_t *in;
        int k = 1;
        bool ordered = true;
        json_object_foreach(insts_of(doc, SERIES), sop, in) {
            char expect[80];
            snprintf(expect, sizeof expect, "%s.%d", SERIES, k++);
            ordered &= strcmp(sop, expect) == 0;
        }
        CHECK(ordered);
        json_decref(dj);
        json_decref(doc);
    }
    lines l = job_lines(&e, job);
    CHECK_INT(l.n, 25);
    CHECK_INT(l.success, 25);
    CHECK(l.versions[0] == 1 && l.versions[9] == 1 && l.versions[10] == 2 && l.versions[24] == 3);
    free(v);
    env_close(&e);
}

static void test_frame_bound(void) {
    env e;
    if (!env_open(&e, 1000, 7)) { CHECK(0); return; }
    inst *v = series_of(7, 1, NULL);
    for (size_t i = 0; i < 7; i++) v[i].frames = 3;
    CHECK(import(&e, v, 7, NULL));
    cat_image_set s;
    CHECK(primary_of(&e, SERIES, &s));
    /* 3 instances (9 frame rows) pass the bound of 7: versions of 3, 3, 1 */
    CHECK_INT(s.latest_version, 3);
    json_t *doc = doc_of(&e, s.id, 1);
    CHECK_INT(json_object_size(insts_of(doc, SERIES)), 3);
    json_decref(doc);
    doc = doc_of(&e, s.id, 3);
    CHECK_INT(json_object_size(insts_of(doc, SERIES)), 7);
    json_decref(doc);
    free(v);
    env_close(&e);
}

static void test_reimport_replaces(void) {
    env e;
    if (!env_open(&e, 5000, 50000)) { CHECK(0); return; }
    inst *v1 = series_of(6, 1, "v1");
    CHECK(import(&e, v1, 6, NULL));
    /* again: instances 5, 6 with new content, 7 new */
    inst *v2 = series_of(3, 5, "v2");
    char job[CAT_ID];
    CHECK(import(&e, v2, 3, job));
    cat_image_set s;
    CHECK(primary_of(&e, SERIES, &s));
    CHECK_INT(s.latest_version, 2);
    json_t *d1 = doc_of(&e, s.id, 1), *d2 = doc_of(&e, s.id, 2);
    CHECK_INT(json_object_size(insts_of(d1, SERIES)), 6);
    CHECK_INT(json_object_size(insts_of(d2, SERIES)), 7);
    CHECK_INT(layout_of(&e, s.id, 2), 0);
    /* the order: kept instances 1-4, then the batch's 5, 6, 7 */
    const char *sop;
    json_t *in;
    int want[] = { 1, 2, 3, 4, 5, 6, 7 }, k = 0;
    bool ordered = true;
    json_object_foreach(insts_of(d2, SERIES), sop, in) {
        char expect[80];
        snprintf(expect, sizeof expect, "%s.%d", SERIES, want[k++]);
        ordered &= strcmp(sop, expect) == 0;
        const char *c = json_string_value(json_object_get(json_object_get(in, "DICOM"), "ImageComments"));
        CHECK_STR(c, want[k - 1] >= 5 ? "v2" : "v1");
    }
    CHECK(ordered);
    char sop5[80];
    snprintf(sop5, sizeof sop5, "%s.5", SERIES);
    CHECK_STR(json_string_value(json_object_get(
                  json_object_get(json_object_get(insts_of(d1, SERIES), sop5), "DICOM"), "ImageComments")),
              "v1");
    CHECK_INT(rows_of(&e, s.id, 1), 6);
    CHECK_INT(rows_of(&e, s.id, 2), 7);
    json_t *dj = dicomjson_of(&e, s.id, 2);
    CHECK_INT(json_array_size(dj), 7);
    json_decref(dj);
    lines l = job_lines(&e, job);
    CHECK_INT(l.success, 3);
    CHECK(l.versions[0] == 2 && strcmp(l.set_ids[0], s.id) == 0);
    json_decref(d1);
    json_decref(d2);
    free(v1);
    free(v2);
    env_close(&e);
}

static void test_same_sop_twice_in_a_batch(void) {
    env e;
    if (!env_open(&e, 5000, 50000)) { CHECK(0); return; }
    inst v[3] = { { .number = 1, .comment = "first" }, { .number = 2 }, { .number = 1, .comment = "second" } };
    char job[CAT_ID];
    CHECK(import(&e, v, 3, job));
    cat_image_set s;
    CHECK(primary_of(&e, SERIES, &s));
    CHECK_INT(s.latest_version, 1);
    json_t *doc = doc_of(&e, s.id, 1);
    json_t *insts = insts_of(doc, SERIES);
    CHECK_INT(json_object_size(insts), 2);
    char sop1[80];
    snprintf(sop1, sizeof sop1, "%s.1", SERIES);
    CHECK_STR(json_string_value(json_object_get(json_object_get(json_object_get(insts, sop1), "DICOM"),
                                                "ImageComments")),
              "second");
    CHECK_INT(rows_of(&e, s.id, 1), 2);
    lines l = job_lines(&e, job);
    CHECK_INT(l.success, 3);
    json_decref(doc);
    env_close(&e);
}

/* The distinct image sets a job's lines name. */
typedef struct sets { size_t n; char ids[8][CAT_ID]; } sets;

static sets sets_of(const lines *l) {
    sets x;
    memset(&x, 0, sizeof x);
    for (size_t i = 0; i < l->n && i < 64; i++) {
        bool seen = false;
        for (size_t k = 0; k < x.n; k++) seen |= strcmp(x.ids[k], l->set_ids[i]) == 0;
        if (!seen && x.n < 8) snprintf(x.ids[x.n++], CAT_ID, "%s", l->set_ids[i]);
    }
    return x;
}

static int count_set(void *ctx, const cat_image_set *s) {
    (void)s;
    ((counter *)ctx)->n++;
    return 0;
}

static size_t primaries_of_study(env *e) {
    counter c = { 0 };
    tess_error err;
    e->a->cat->vt->image_sets_of_study(e->a->cat, e->ds.id, STUDY, count_set, &c, &err);
    return c.n;
}

static void test_conflicts(void) {
    env e;
    if (!env_open(&e, 5000, 50000)) { CHECK(0); return; }
    inst v[6] = { { .number = 1 }, { .number = 2, .patient_id = "P2" }, { .number = 3 },
                  { .number = 4, .patient_id = "P3" }, { .number = 5, .patient_id = "P2" },
                  { .number = 6 } };
    char job[CAT_ID];
    CHECK(import(&e, v, 6, job));
    lines l = job_lines(&e, job);
    CHECK_INT(l.success, 6);
    sets x = sets_of(&l);
    CHECK_INT(x.n, 3);
    CHECK_INT(primaries_of_study(&e), 1);
    size_t total = 0, primary = 0;
    tess_error err;
    for (size_t i = 0; i < x.n; i++) {
        json_t *doc = doc_of(&e, x.ids[i], 1);
        size_t n = json_object_size(insts_of(doc, SERIES));
        cat_image_set s;
        CHECK_INT(e.a->cat->vt->image_set_get(e.a->cat, e.ds.id, x.ids[i], &s, &err), 0);
        const char *pid = json_string_value(json_object_get(
            json_object_get(json_object_get(doc, "Patient"), "DICOM"), "PatientID"));
        primary += s.is_primary;
        if (s.is_primary) CHECK(n == 3 && pid && strcmp(pid, "P1") == 0);
        else if (pid && strcmp(pid, "P2") == 0) CHECK_INT(n, 2);
        else CHECK(n == 1 && pid && strcmp(pid, "P3") == 0);
        total += n;
        json_decref(doc);
    }
    CHECK_INT(primary, 1);
    CHECK_INT(total, 6);
    /* a new series of the study whose study keys disagree with the
     * study's primary set: no primary, a non-primary set */
    inst w[2] = { { .series = SERIES_B, .number = 1, .patient_id = "P9" },
                  { .series = SERIES_B, .number = 2, .patient_id = "P9" } };
    CHECK(import(&e, w, 2, job));
    cat_image_set s;
    CHECK(!primary_of(&e, SERIES_B, &s));
    l = job_lines(&e, job);
    x = sets_of(&l);
    CHECK_INT(x.n, 1);
    CHECK_INT(primaries_of_study(&e), 1);
    /* and one whose keys agree gets its primary set */
    inst y[1] = { { .series = SERIES_B, .number = 3 } };
    CHECK(import(&e, y, 1, NULL));
    CHECK(primary_of(&e, SERIES_B, &s));
    CHECK_INT(primaries_of_study(&e), 2);
    env_close(&e);
}

/* Replace the stored document of a version by text (gzip), in place. */
static bool restore_as(env *e, const char *set_id, int64_t version, const char *text) {
    char key[CAT_KEY];
    tess_error err = { { 0 } };
    if (isv_doc_key(e->a, e->ds.id, set_id, version, key, &err) != 0) return false;
    tess_buf gz;
    tess_buf_init(&gz, -1);
    bool ok = tess_gzip(text, strlen(text), &gz, &err) == 0 &&
              blob_put(e->a->blobs, key, BLOB_TIER_FREQUENT, gz.data, gz.len, &err) == 0;
    tess_buf_free(&gz);
    return ok;
}

static void test_legacy_documents(void) {
    env e;
    if (!env_open(&e, 5000, 50000)) { CHECK(0); return; }
    inst *v1 = series_of(4, 1, "v1");
    CHECK(import(&e, v1, 4, NULL));
    cat_image_set s;
    CHECK(primary_of(&e, SERIES, &s));
    /* version 1 stored as one compact line (a document from before the
     * canonical layout) */
    json_t *d1 = doc_of(&e, s.id, 1);
    char *compact = json_dumps(d1, JSON_COMPACT);
    CHECK(restore_as(&e, s.id, 1, compact));
    CHECK_INT(layout_of(&e, s.id, 1), DST_WHOLE);
    inst *v2 = series_of(2, 4, "v2");
    CHECK(import(&e, v2, 2, NULL));
    CHECK(primary_of(&e, SERIES, &s));
    CHECK_INT(s.latest_version, 2);
    CHECK_INT(layout_of(&e, s.id, 2), 0);   /* written in the canonical layout again */
    json_t *d2 = doc_of(&e, s.id, 2);
    CHECK_INT(json_object_size(insts_of(d2, SERIES)), 5);
    char sop4[80];
    snprintf(sop4, sizeof sop4, "%s.4", SERIES);
    CHECK_STR(json_string_value(json_object_get(
                  json_object_get(json_object_get(insts_of(d2, SERIES), sop4), "DICOM"), "ImageComments")),
              "v2");
    CHECK_INT(rows_of(&e, s.id, 2), 5);

    /* version 2 as a legacy document of two series: extended in memory,
     * the other series kept, stored as one line */
    json_t *two = json_deep_copy(d2);
    json_object_set_new(json_object_get(json_object_get(two, "Study"), "Series"), "9.9.9",
                        json_pack("{s:{s:s},s:{s:{s:{s:s}}}}", "DICOM", "Modality", "SR",
                                  "Instances", "9.9.9.1", "DICOM", "SOPInstanceUID", "9.9.9.1"));
    char *two_text = json_dumps(two, JSON_COMPACT);
    CHECK(restore_as(&e, s.id, 2, two_text));
    inst *v3 = series_of(1, 10, "v3");
    CHECK(import(&e, v3, 1, NULL));
    CHECK(primary_of(&e, SERIES, &s));
    CHECK_INT(s.latest_version, 3);
    CHECK_INT(layout_of(&e, s.id, 3), DST_WHOLE);
    json_t *d3 = doc_of(&e, s.id, 3);
    CHECK_INT(json_object_size(insts_of(d3, SERIES)), 6);
    CHECK_INT(json_object_size(insts_of(d3, "9.9.9")), 1);
    json_t *dj = dicomjson_of(&e, s.id, 3);
    CHECK_INT(json_array_size(dj), 6);
    json_decref(dj);
    json_decref(d1);
    json_decref(d2);
    json_decref(d3);
    json_decref(two);
    free(compact);
    free(two_text);
    free(v1);
    free(v2);
    free(v3);
    env_close(&e);
}

int main(void) {
    RUN(test_batches);
    RUN(test_frame_bound);
    RUN(test_reimport_replaces);
    RUN(test_same_sop_twice_in_a_batch);
    RUN(test_conflicts);
    RUN(test_legacy_documents);
    return harness_done("assemble");
}
