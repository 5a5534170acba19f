/*
 * test_qido.c - the catalog's QIDO-RS op (catalog.h qido, qido_unfilled,
 * qido_fill) through the interface, on the SQLite backend.
 *
 * Fixture (written out by hand; expectations below are read off it):
 *
 *   set  study  series  mod  ser# instances (InstanceNumber)  updated  patient
 *   s1   A      A.1     CT   2    a1.1(3) a1.2(1) a1.3(2)     100      Doe^John  P1
 *   s2   A      A.2     MR   1    a2.1(1) a2.2(2)             200      Doe^John  P1
 *   s3   B      B.1     CT   1    b1.1(1)                     150      Smith^Anna P2
 *   s4   C      C.1     US   1    c1.1 (not primary: never visible)
 *   s5   D      D.1     CT   1    d1.1 (deleted: never visible)
 *   s6   A      A.9     CT   1    x.1  (another datastore)
 *
 * Study A: 20200110 101500, accession ACC1; study B: 20210505 231000.
 * test_migration_from_3 builds a schema-3 file by hand and migrates it.
 */
#include <dirent.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalog/catalog.h"
#include "catalog/catalog_sqlite.h"
#include "dicomweb/dicomweb_internal.h"
#include "harness.h"
#include "util/buf.h"

#define DS "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
#define DS2 "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"

static char g_dir[64];
static cat_catalog *g_cat;

typedef struct fx {
    const char *id, *ds, *study, *series, *mod;
    int series_number;
    const char *sops[3];
    int nums[3];
    double updated;
    const char *name, *pid, *date, *time;
    bool primary;
} fx;

static const fx fixtures[] = {
    { "s1", DS, "1.2.3.A", "1.2.3.A.1", "CT", 2, { "a1.1", "a1.2", "a1.3" }, { 3, 1, 2 }, 100,
      "Doe^John", "P1", "20200110", "101500", true },
    { "s2", DS, "1.2.3.A", "1.2.3.A.2", "MR", 1, { "a2.1", "a2.2", NULL }, { 1, 2, 0 }, 200,
      "Doe^John", "P1", "20200110", "101500", true },
    { "s3", DS, "1.2.3.B", "1.2.3.B.1", "CT", 1, { "b1.1", NULL, NULL }, { 1, 0, 0 }, 150,
      "Smith^Anna", "P2", "20210505", "231000", true },
    { "s4", DS, "1.2.3.C", "1.2.3.C.1", "US", 1, { "c1.1", NULL, NULL }, { 1, 0, 0 }, 300,
      "Doe^John", "P1", "20220101", "", false },
    { "s5", DS, "1.2.3.D", "1.2.3.D.1", "CT", 1, { "d1.1", NULL, NULL }, { 1, 0, 0 }, 400,
      "Doe^John", "P1", "20220101", "", true },
    { "s6", DS2, "1.2.3.A", "1.2.3.A.9", "CT", 1, { "x.1", NULL, NULL }, { 1, 0, 0 }, 500,
      "Doe^John", "P1", "20200110", "101500", true },
};

static void set_id(char out[CAT_ID], const char *short_id) {
    snprintf(out, CAT_ID, "%-32s", short_id);
    for (char *p = out; *p; p++)
        if (*p == ' ') *p = '0';
}

static void make_set(const fx *f, int64_t version, cat_image_set *s) {
    memset(s, 0, sizeof *s);
    set_id(s->id, f->id);
    snprintf(s->datastore_id, sizeof s->datastore_id, "%s", f->ds);
    s->latest_version = version;
    snprintf(s->state, sizeof s->state, "ACTIVE");
    snprintf(s->workflow_status, sizeof s->workflow_status, "CREATED");
    s->is_primary = f->primary;
    s->created_at = s->updated_at = f->updated;
    cat_dicom_tags *t = &s->tags;
    snprintf(t->patient_id, sizeof t->patient_id, "%s", f->pid);
    snprintf(t->patient_name, sizeof t->patient_name, "%s", f->name);
    snprintf(t->study_uid, sizeof t->study_uid, "%s", f->study);
    snprintf(t->series_uid, sizeof t->series_uid, "%s", f->series);
    snprintf(t->modality, sizeof t->modality, "%s", f->mod);
    snprintf(t->study_date, sizeof t->study_date, "%s", f->date);
    snprintf(t->study_time, sizeof t->study_time, "%s", f->time);
    if (strcmp(f->study, "1.2.3.A") == 0)
        snprintf(t->accession_number, sizeof t->accession_number, "ACC1");
    t->has_series_number = true;
    t->series_number = f->series_number;
}

static int commit_fx(const fx *f, int64_t version, bool with_qido, tess_error *err) {
    cat_image_set s;
    make_set(f, version, &s);
    cat_version v;
    memset(&v, 0, sizeof v);
    snprintf(v.image_set_id, sizeof v.image_set_id, "%s", s.id);
    v.version = version;
    snprintf(v.state, sizeof v.state, "ACTIVE");
    cat_instance inst[3];
    size_t n = 0;
    for (; n < 3 && f->sops[n]; n++) {
        memset(&inst[n], 0, sizeof inst[n]);
        snprintf(inst[n].sop_uid, sizeof inst[n].sop_uid, "%s", f->sops[n]);
        snprintf(inst[n].sop_class_uid, sizeof inst[n].sop_class_uid, "1.2.840.10008.5.1.4.1.1.%s",
                 strcmp(f->mod, "CT") == 0 ? "2" : "4");
        inst[n].has_instance_number = true;
        inst[n].instance_number = f->nums[n];
        inst[n].rows = 64;
        inst[n].columns = 32;
        inst[n].bits_allocated = 16;
        inst[n].number_of_frames = 1;
    }
    char sj[256], rj[128];
    snprintf(sj, sizeof sj, "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"%s\"}]},"
             "\"from\":\"%s\"}", f->name, f->id);
    snprintf(rj, sizeof rj, "{\"00080060\":{\"vr\":\"CS\",\"Value\":[\"%s\"]}}", f->mod);
    cat_qido_fields q;
    memset(&q, 0, sizeof q);
    snprintf(q.referring_physician, sizeof q.referring_physician, "Ref^Erin");
    snprintf(q.pps_start_date, sizeof q.pps_start_date, "%s", f->date);
    snprintf(q.pps_start_time, sizeof q.pps_start_time, "0930");
    q.study_json = sj;
    q.series_json = rj;
    cat_commit cm = { .set = &s, .expect_version = version - 1, .version = &v,
                      .retire_all = version > 1, .add = inst, .nadd = n,
                      .qido = with_qido ? &q : NULL };
    return g_cat->vt->commit(g_cat, &cm, err);
}

/* ---------------------------------------------------------- collecting */

typedef struct got {
    int n;
    char keys[32][80];      /* study / series / SOP UID per row */
    int64_t a[32], b[32], c[32];
    char mods[32][32];
    char json[32][256];
} got;

static int collect(void *ctx, const cat_qido_row *r) {
    got *g = ctx;
    if (g->n == 32) return 1;
    const char *k = r->instance ? r->instance->sop_uid
                  : r->series_instances >= 0 ? r->set->tags.series_uid : r->set->tags.study_uid;
    snprintf(g->keys[g->n], sizeof g->keys[0], "%s", k);
    g->a[g->n] = r->study_series;
    g->b[g->n] = r->study_instances;
    g->c[g->n] = r->instance ? r->instance->instance_number : r->series_instances;
    snprintf(g->mods[g->n], sizeof g->mods[0], "%s", r->modalities);
    snprintf(g->json[g->n], sizeof g->json[0], "%s",
             r->series_instances >= 0 && !r->instance ? r->series_json : r->study_json);
    g->n++;
    return 0;
}

static int run_q(cat_qido_level level, const char *study, const char *series,
                 const cat_qido_filter *f, size_t nf, int64_t offset, int limit, got *g,
                 bool *more) {
    cat_qido_query q = { level, study, series, f, nf, offset, limit };
    memset(g, 0, sizeof *g);
    tess_error err = {{0}};
    int rc = g_cat->vt->qido(g_cat, DS, &q, collect, g, more, &err);
    if (rc != 0 && rc != CAT_INVALID) fprintf(stderr, "qido: %s\n", err.msg);
    return rc;
}

/* The keys of a query as "k1 k2 ...". */
static const char *keys_of(cat_qido_level level, const char *study, const char *series,
                           cat_qido_key key, cat_qido_match m, const char *v, const char *lo,
                           const char *hi) {
    static char out[1024];
    cat_qido_filter f = { key, m, v, lo, hi };
    got g;
    int rc = run_q(level, study, series, &f, 1, 0, 100, &g, NULL);
    if (rc != 0) {
        snprintf(out, sizeof out, "error %d", rc);
        return out;
    }
    out[0] = '\0';
    for (int i = 0; i < g.n; i++)
        snprintf(out + strlen(out), sizeof out - strlen(out), "%s%s", i ? " " : "", g.keys[i]);
    return out;
}

/* --------------------------------------------------------------- tests */

static void test_studies(void) {
    got g;
    bool more = true;
    CHECK_INT(run_q(CAT_QIDO_STUDY, NULL, NULL, NULL, 0, 0, 100, &g, &more), 0);
    CHECK_INT(g.n, 2);
    CHECK(!more);
    CHECK_STR(g.keys[0], "1.2.3.A");     /* updated 200 */
    CHECK_STR(g.keys[1], "1.2.3.B");
    CHECK_INT(g.a[0], 2);
    CHECK_INT(g.b[0], 5);
    CHECK_STR(g.mods[0], "CT\\MR");
    CHECK(strstr(g.json[0], "\"from\":\"s2\"") != NULL);   /* the latest set's levels */
    CHECK_INT(g.a[1], 1);
    CHECK_INT(g.b[1], 1);
    /* paging */
    CHECK_INT(run_q(CAT_QIDO_STUDY, NULL, NULL, NULL, 0, 0, 1, &g, &more), 0);
    CHECK_INT(g.n, 1);
    CHECK(more);
    CHECK_INT(run_q(CAT_QIDO_STUDY, NULL, NULL, NULL, 0, 1, 1, &g, &more), 0);
    CHECK_INT(g.n, 1);
    CHECK_STR(g.keys[0], "1.2.3.B");
    CHECK(!more);
}

static void test_match_kinds(void) {
    const cat_qido_level S = CAT_QIDO_STUDY;
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_PATIENT_ID, CAT_QM_SINGLE, "P2", NULL, NULL),
              "1.2.3.B");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_PATIENT_ID, CAT_QM_SINGLE, "p2", NULL, NULL), "");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_STUDY_UID, CAT_QM_LIST, "1.2.3.B\\1.2.3.A\\9.9",
                      NULL, NULL), "1.2.3.A 1.2.3.B");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_PATIENT_NAME, CAT_QM_SINGLE, "doe^john", NULL,
                      NULL), "1.2.3.A");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_PATIENT_NAME, CAT_QM_WILDCARD, "DOE^J?HN", NULL,
                      NULL), "1.2.3.A");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_PATIENT_NAME, CAT_QM_WILDCARD, "*an*", NULL, NULL),
              "1.2.3.B");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_ACCESSION_NUMBER, CAT_QM_WILDCARD, "AC*", NULL,
                      NULL), "1.2.3.A");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_PATIENT_NAME, CAT_QM_FUZZY, "jo", NULL, NULL),
              "1.2.3.A");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_PATIENT_NAME, CAT_QM_FUZZY, "ANN smi", NULL, NULL),
              "1.2.3.B");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_PATIENT_NAME, CAT_QM_FUZZY, "ohn", NULL, NULL), "");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_REFERRING_PHYSICIAN, CAT_QM_FUZZY, "eri", NULL,
                      NULL), "1.2.3.A 1.2.3.B");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_STUDY_DATE, CAT_QM_RANGE, NULL, "20200101",
                      "20201231"), "1.2.3.A");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_STUDY_DATE, CAT_QM_RANGE, NULL, "", "20200110"),
              "1.2.3.A");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_STUDY_DATE, CAT_QM_RANGE, NULL, "20200111", ""),
              "1.2.3.B");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_STUDY_DATE, CAT_QM_SINGLE, "20210505", NULL, NULL),
              "1.2.3.B");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_STUDY_TIME, CAT_QM_RANGE, NULL, "10", "11"),
              "1.2.3.A");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_STUDY_TIME, CAT_QM_RANGE, NULL, "1016", ""),
              "1.2.3.B");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_MODALITIES_IN_STUDY, CAT_QM_SINGLE, "MR", NULL,
                      NULL), "1.2.3.A");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_MODALITIES_IN_STUDY, CAT_QM_LIST, "US\\CT", NULL,
                      NULL), "1.2.3.A 1.2.3.B");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_PATIENT_ID, CAT_QM_SINGLE, "", NULL, NULL),
              "1.2.3.A 1.2.3.B");    /* empty: universal */
    /* series level: PPS date and time, series number */
    CHECK_STR(keys_of(CAT_QIDO_SERIES, NULL, NULL, CAT_QK_PPS_START_TIME, CAT_QM_SINGLE, "0930",
                      NULL, NULL), "1.2.3.A.2 1.2.3.B.1 1.2.3.A.1");
    CHECK_STR(keys_of(CAT_QIDO_SERIES, NULL, NULL, CAT_QK_PPS_START_DATE, CAT_QM_RANGE, NULL,
                      "20210101", ""), "1.2.3.B.1");
    CHECK_STR(keys_of(CAT_QIDO_SERIES, NULL, NULL, CAT_QK_SERIES_NUMBER, CAT_QM_SINGLE, "2",
                      NULL, NULL), "1.2.3.A.1");
}

static void test_invalid(void) {
    const cat_qido_level S = CAT_QIDO_STUDY;
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_MODALITY, CAT_QM_SINGLE, "CT", NULL, NULL),
              "error -4");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_PATIENT_ID, CAT_QM_RANGE, NULL, "a", "b"),
              "error -4");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_STUDY_DATE, CAT_QM_RANGE, NULL, "2020", ""),
              "error -4");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_STUDY_DATE, CAT_QM_RANGE, NULL, "20210101",
                      "20200101"), "error -4");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_STUDY_TIME, CAT_QM_SINGLE, "1x", NULL, NULL),
              "error -4");
    CHECK_STR(keys_of(S, NULL, NULL, CAT_QK_PATIENT_ID, CAT_QM_FUZZY, "P", NULL, NULL),
              "error -4");
    CHECK_STR(keys_of(CAT_QIDO_SERIES, NULL, NULL, CAT_QK_SERIES_NUMBER, CAT_QM_SINGLE, "two",
                      NULL, NULL), "error -4");
    got g;
    CHECK_INT(run_q(S, NULL, NULL, NULL, 0, 0, 0, &g, NULL), CAT_INVALID);
    CHECK_INT(run_q(S, NULL, NULL, NULL, 0, 0, 1001, &g, NULL), CAT_INVALID);
    CHECK_INT(run_q(S, NULL, NULL, NULL, 0, -1, 10, &g, NULL), CAT_INVALID);
}

static void test_series_and_instances(void) {
    got g;
    /* all series: SeriesNumber, then SeriesInstanceUID */
    CHECK_INT(run_q(CAT_QIDO_SERIES, NULL, NULL, NULL, 0, 0, 100, &g, NULL), 0);
    CHECK_INT(g.n, 3);
    CHECK_STR(g.keys[0], "1.2.3.A.2");
    CHECK_STR(g.keys[1], "1.2.3.B.1");
    CHECK_STR(g.keys[2], "1.2.3.A.1");
    CHECK_INT(g.c[2], 3);                       /* NumberOfSeriesRelatedInstances */
    CHECK_INT(g.b[2], 5);                       /* its study's instances */
    CHECK_STR(g.json[2], "{\"00080060\":{\"vr\":\"CS\",\"Value\":[\"CT\"]}}");
    CHECK_STR(keys_of(CAT_QIDO_SERIES, NULL, NULL, CAT_QK_MODALITY, CAT_QM_SINGLE, "CT", NULL,
                      NULL), "1.2.3.B.1 1.2.3.A.1");
    CHECK_STR(keys_of(CAT_QIDO_SERIES, "1.2.3.A", NULL, CAT_QK_PATIENT_ID, CAT_QM_SINGLE, "P1",
                      NULL, NULL), "1.2.3.A.2 1.2.3.A.1");
    CHECK_STR(keys_of(CAT_QIDO_SERIES, "1.2.3.C", NULL, CAT_QK_PATIENT_ID, CAT_QM_SINGLE, "",
                      NULL, NULL), "");      /* not primary */
    CHECK_STR(keys_of(CAT_QIDO_SERIES, "1.2.3.D", NULL, CAT_QK_PATIENT_ID, CAT_QM_SINGLE, "",
                      NULL, NULL), "");      /* deleted */
    /* instances of a series: InstanceNumber */
    CHECK_STR(keys_of(CAT_QIDO_INSTANCE, "1.2.3.A", "1.2.3.A.1", CAT_QK_SOP_UID, CAT_QM_SINGLE,
                      "", NULL, NULL), "a1.2 a1.3 a1.1");
    /* instances of a study: the newest set first */
    CHECK_STR(keys_of(CAT_QIDO_INSTANCE, "1.2.3.A", NULL, CAT_QK_SOP_UID, CAT_QM_SINGLE, "",
                      NULL, NULL), "a2.1 a2.2 a1.2 a1.3 a1.1");
    /* all instances */
    CHECK_STR(keys_of(CAT_QIDO_INSTANCE, NULL, NULL, CAT_QK_SOP_UID, CAT_QM_SINGLE, "b1.1",
                      NULL, NULL), "b1.1");
    CHECK_STR(keys_of(CAT_QIDO_INSTANCE, NULL, NULL, CAT_QK_SOP_CLASS_UID, CAT_QM_SINGLE,
                      "1.2.840.10008.5.1.4.1.1.4", NULL, NULL), "a2.1 a2.2");
    CHECK_STR(keys_of(CAT_QIDO_INSTANCE, NULL, NULL, CAT_QK_INSTANCE_NUMBER, CAT_QM_LIST, "3\\2",
                      NULL, NULL), "a1.3 a2.2 a1.1");
    CHECK_STR(keys_of(CAT_QIDO_INSTANCE, NULL, NULL, CAT_QK_MODALITY, CAT_QM_SINGLE, "US",
                      NULL, NULL), "");
}

static int count_unfilled(void *ctx, const cat_image_set *s) {
    (void)s;
    (*(int *)ctx)++;
    return 0;
}

static void test_updates_and_backfill(void) {
    tess_error err = {{0}};
    /* version 2 of s1 without QIDO fields: unfilled, one instance fewer */
    fx f = fixtures[0];
    f.sops[2] = NULL;
    f.updated = 250;
    CHECK_INT(commit_fx(&f, 2, false, &err), 0);
    int n = 0;
    CHECK_INT(g_cat->vt->qido_unfilled(g_cat, count_unfilled, &n, &err), 0);
    CHECK_INT(n, 1);
    got g;
    CHECK_INT(run_q(CAT_QIDO_STUDY, NULL, NULL, NULL, 0, 0, 100, &g, NULL), 0);
    CHECK_STR(g.keys[0], "1.2.3.A");
    CHECK_INT(g.b[0], 4);
    CHECK_STR(g.json[0], "");                  /* s1 is the latest, not filled */
    CHECK_STR(keys_of(CAT_QIDO_STUDY, NULL, NULL, CAT_QK_PATIENT_NAME, CAT_QM_FUZZY, "john",
                      NULL, NULL), "1.2.3.A");   /* names kept without the fields */
    cat_qido_fields q;
    memset(&q, 0, sizeof q);
    q.study_json = "{\"filled\":1}";
    q.series_json = "{}";
    char id[CAT_ID];
    set_id(id, "s1");
    CHECK_INT(g_cat->vt->qido_fill(g_cat, DS, id, 1, &q, &err), CAT_CONFLICT);
    CHECK_INT(g_cat->vt->qido_fill(g_cat, DS, id, 2, &q, &err), 0);
    n = 0;
    CHECK_INT(g_cat->vt->qido_unfilled(g_cat, count_unfilled, &n, &err), 0);
    CHECK_INT(n, 0);
    CHECK_INT(run_q(CAT_QIDO_STUDY, NULL, NULL, NULL, 0, 0, 100, &g, NULL), 0);
    CHECK_STR(g.json[0], "{\"filled\":1}");
    /* s3 moves to study A: B disappears, A counts it */
    fx m = fixtures[2];
    m.study = "1.2.3.A";
    m.updated = 260;
    CHECK_INT(commit_fx(&m, 2, true, &err), 0);
    CHECK_INT(run_q(CAT_QIDO_STUDY, NULL, NULL, NULL, 0, 0, 100, &g, NULL), 0);
    CHECK_INT(g.n, 1);
    CHECK_INT(g.a[0], 3);
    CHECK_INT(g.b[0], 5);
    /* deleting s2 drops MR from the study */
    set_id(id, "s2");
    CHECK_INT(g_cat->vt->image_set_delete(g_cat, DS, id, 300, &err), 0);
    CHECK_INT(run_q(CAT_QIDO_STUDY, NULL, NULL, NULL, 0, 0, 100, &g, NULL), 0);
    CHECK_INT(g.a[0], 2);
    CHECK_STR(g.mods[0], "CT");
}

static void test_plans_use_indexes(void) {
    /* the selective shapes never scan a table */
    cat_qido_filter f = { CAT_QK_PATIENT_ID, CAT_QM_SINGLE, "P1", NULL, NULL };
    cat_qido_query q = { CAT_QIDO_STUDY, NULL, NULL, &f, 1, 0, 10 };
    tess_buf plan;
    tess_buf_init(&plan, -1);
    tess_error err = {{0}};
    CHECK_INT(cat_sqlite_qido_plan(g_cat, &q, &plan, &err), 0);
    tess_buf_putc(&plan, '\0');
    CHECK(strstr((char *)plan.data, "image_sets_patient") != NULL);
    CHECK(strstr((char *)plan.data, "SCAN") == NULL);
    tess_buf_free(&plan);
    cat_qido_filter fz = { CAT_QK_PATIENT_NAME, CAT_QM_FUZZY, "do", NULL, NULL };
    q.filters = &fz;
    tess_buf_init(&plan, -1);
    CHECK_INT(cat_sqlite_qido_plan(g_cat, &q, &plan, &err), 0);
    tess_buf_putc(&plan, '\0');
    CHECK(strstr((char *)plan.data, "qido_names_match") != NULL);
    CHECK(strstr((char *)plan.data, "SCAN") == NULL);
    tess_buf_free(&plan);
}

/* A catalog of schema version 3 (before QIDO) with one image set of two
 * current instances and one retired: migration 4 counts them, makes its
 * study row and lists the set for the backfill. */
static void test_migration_from_3(void) {
    char p[128];
    snprintf(p, sizeof p, "%s/v3.db", g_dir);
    tess_error err = {{0}};
    cat_catalog *c = NULL;
    CHECK_INT(cat_sqlite_open_upto(p, 3, &c, &err), 0);
    cat_close(c);
    sqlite3 *db = NULL;
    CHECK_INT(sqlite3_open(p, &db), SQLITE_OK);
    const char *sql =
        "INSERT INTO datastores (id, name, status, created_at, updated_at)"
        " VALUES ('" DS "', 'old', 'ACTIVE', 1, 1);"
        "INSERT INTO image_sets (id, datastore_id, latest_version, state, workflow_status,"
        " is_primary, forced, created_at, updated_at, patient_name, study_uid, series_uid,"
        " modality) VALUES ('old1', '" DS "', 2, 'ACTIVE', 'UPDATED', 1, 0, 1, 5,"
        " 'Old^Timer', '9.9', '9.9.1', 'MR');"
        "INSERT INTO instances (image_set_id, sop_uid, first_version, last_version)"
        " VALUES ('old1', 'o.1', 1, 0), ('old1', 'o.2', 2, 0), ('old1', 'o.3', 1, 1);";
    CHECK_INT(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    CHECK_INT(cat_sqlite_open(p, &c, &err), 0);
    if (!c) return;
    cat_qido_query q = { CAT_QIDO_STUDY, NULL, NULL, NULL, 0, 0, 10 };
    got g;
    memset(&g, 0, sizeof g);
    CHECK_INT(c->vt->qido(c, DS, &q, collect, &g, NULL, &err), 0);
    CHECK_INT(g.n, 1);
    CHECK_STR(g.keys[0], "9.9");
    CHECK_INT(g.a[0], 1);
    CHECK_INT(g.b[0], 2);
    CHECK_STR(g.mods[0], "MR");
    cat_qido_filter f = { CAT_QK_PATIENT_NAME, CAT_QM_WILDCARD, "old*", NULL, NULL };
    q.filters = &f;
    q.nfilters = 1;
    memset(&g, 0, sizeof g);
    CHECK_INT(c->vt->qido(c, DS, &q, collect, &g, NULL, &err), 0);
    CHECK_INT(g.n, 1);           /* lower-case names made by the migration */
    int n = 0;
    CHECK_INT(c->vt->qido_unfilled(c, count_unfilled, &n, &err), 0);
    CHECK_INT(n, 1);
    cat_close(c);
}

/* The query-string parser (qido.c through dw_qido_parse). The first case
 * is fuzz_qido_query's first crasher: keys without '=' (here the last one)
 * decode to more bytes than they take, which overflowed the decode buffer. */
static void test_query_parser(void) {
    char msg[1100];
    CHECK_INT(dw_qido_parse("StudyDate=20200101-20201251&fuzzymatching=true&PatientName", msg,
                            sizeof msg), 0);
    CHECK_INT(dw_qido_parse("a&b&c", msg, sizeof msg), 1);
    CHECK(strstr(msg, "unknown query parameter") != NULL);
    CHECK_INT(dw_qido_parse("PatientID", msg, sizeof msg), 0);
    CHECK_INT(dw_qido_parse("&&&PatientID=1&&", msg, sizeof msg), 0);
    CHECK_INT(dw_qido_parse("PatientID=%4", msg, sizeof msg), 1);
    CHECK_INT(dw_qido_parse("PatientID=%00", msg, sizeof msg), 1);
    CHECK_INT(dw_qido_parse("includefield=a,,b,all,.,00100010.00080100", msg, sizeof msg), 0);
    CHECK_INT(dw_qido_parse("StudyDate=1-2-3", msg, sizeof msg), 1);
    CHECK_INT(dw_qido_parse("limit=1000&offset=1000000", msg, sizeof msg), 0);
    CHECK_INT(dw_qido_parse("limit=1001", msg, sizeof msg), 1);
}

static void setup(void) {
    snprintf(g_dir, sizeof g_dir, "/tmp/tessera-qido-XXXXXX");
    if (!mkdtemp(g_dir)) exit(1);
    char p[128];
    snprintf(p, sizeof p, "%s/catalog.db", g_dir);
    tess_error err = {{0}};
    if (cat_sqlite_open(p, &g_cat, &err) != 0) {
        fprintf(stderr, "%s\n", err.msg);
        exit(1);
    }
    const char *dss[2] = { DS, DS2 };
    for (int i = 0; i < 2; i++) {
        cat_datastore d;
        memset(&d, 0, sizeof d);
        snprintf(d.id, sizeof d.id, "%s", dss[i]);
        snprintf(d.name, sizeof d.name, "ds%d", i);
        snprintf(d.status, sizeof d.status, "ACTIVE");
        CHECK_INT(g_cat->vt->datastore_create(g_cat, &d, NULL, &err), 0);
    }
    for (size_t i = 0; i < sizeof fixtures / sizeof fixtures[0]; i++) {
        int rc = commit_fx(&fixtures[i], 1, true, &err);
        if (rc) fprintf(stderr, "commit %s: %s\n", fixtures[i].id, err.msg);
        CHECK_INT(rc, 0);
    }
    char id[CAT_ID];
    set_id(id, "s5");
    CHECK_INT(g_cat->vt->image_set_delete(g_cat, DS, id, 450, &err), 0);
}

static void teardown(void) {
    cat_close(g_cat);
    DIR *d = opendir(g_dir);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char p[400];
        snprintf(p, sizeof p, "%s/%s", g_dir, e->d_name);
        unlink(p);
    }
    if (d) closedir(d);
    rmdir(g_dir);
}

int main(void) {
    setup();
    RUN(test_studies);
    RUN(test_match_kinds);
    RUN(test_invalid);
    RUN(test_series_and_instances);
    RUN(test_plans_use_indexes);
    RUN(test_updates_and_backfill);
    RUN(test_migration_from_3);
    RUN(test_query_parser);
    teardown();
    return harness_done("qido");
}
