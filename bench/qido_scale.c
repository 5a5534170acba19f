/*
 * qido_scale.c - QIDO-RS at archive scale (issue 7): fill a fresh SQLite
 * catalog with synthetic studies through the catalog interface, then time
 * the catalog's qido op for selective and broad queries.
 *
 *   build/release/qido_scale [--dir DIR] [--studies N] [--series-per-study S]
 *                            [--instances-per-series I] [--runs R] [--plans]
 *
 * Defaults: 100,000 studies x 2 series x 5 instances = 1,000,000 instance
 * rows (200,000 image sets), in DIR (default /dev/shm/tessera-qido-scale,
 * removed first): the catalog is opened with its usual settings
 * (synchronous=FULL), so on a disk the fill time is mostly fsyncs; on
 * tmpfs it is the catalog's own work. Each commit is what assembly makes:
 * a new image set with its version, instances and QIDO fields (level JSON
 * of realistic size), one transaction.
 *
 * Data: 50,000 patients (two studies each), names LAST^FIRST from 2,000
 * synthetic last names and 200 first names; study dates spread evenly over
 * 2015-2024; modalities CT 40 %, MR 30 %, CR 15 %, US 10 %, PT 5 % (both
 * series of a study share one); each study updated one second after the
 * previous.
 *
 * Each query runs R times (default 200) with varying values; the answer
 * rows are counted through the callback (not formatted as JSON). Prints
 * one JSON object: {"fill": {...}, "queries": {name: {p50_ms, p99_ms,
 * rows}}} where rows is the rows of the last run. --plans also prints the
 * EXPLAIN QUERY PLAN of each query to stderr.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "catalog/catalog.h"
#include "catalog/catalog_sqlite.h"
#include "util/buf.h"

#define ROOT_UID "1.2.826.0.1.3680043.10.543"
#define DS_ID "0123456789abcdef0123456789abcdef"

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Deterministic pseudo-random numbers (xorshift64*). */
static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint64_t rnd(void) {
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 2685821657736338717ull;
}

static const char *const syl[] = { "an", "ber", "cor", "dal", "el", "fen", "gar", "hol", "is",
                                   "jor", "kel", "lin", "mor", "nor", "ol", "per", "quin", "ros",
                                   "sul", "tam" };

/* Last name i (0..1999): three syllables, upper case. */
static void last_name(unsigned i, char *out, size_t cap) {
    snprintf(out, cap, "%s%s%s", syl[i % 20], syl[(i / 20) % 20], syl[(i / 400) % 20]);
    for (char *p = out; *p; p++) *p = (char)(*p - 'a' + 'A');
}

static void first_name(unsigned i, char *out, size_t cap) {
    snprintf(out, cap, "%s%s", syl[(i * 7) % 20], syl[(i / 20 + 3) % 20]);
    out[0] = (char)(out[0] - 'a' + 'A');
}

static const char *modality_of(unsigned study) {
    unsigned r = (study * 2654435761u) % 100;
    return r < 40 ? "CT" : r < 70 ? "MR" : r < 85 ? "CR" : r < 95 ? "US" : "PT";
}

/* YYYYMMDD of study i: evenly over 2015-01-01 .. 2024-12-28 (28-day months). */
static void study_date(unsigned i, unsigned nstudies, char out[9]) {
    unsigned day = (unsigned)((uint64_t)i * 3640 / nstudies);
    unsigned y = 2015 + day / 364 % 10, m = 1 + (day % 364) / 28 % 13, d = 1 + day % 28;
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%04u%02u%02u", y, m, d);
    memcpy(out, tmp, 8);
    out[8] = '\0';
}

typedef struct cfg {
    char dir[512];
    unsigned studies, series, instances, runs;
    bool plans;
} cfg;

static int fill(cat_catalog *c, const cfg *g, tess_error *err) {
    cat_instance *inst = calloc(g->instances, sizeof *inst);
    if (!inst) return tess_fail(err, "out of memory");
    char study_json[4096], series_json[2048];
    double t0 = 1.7e9;
    int rc = 0;
    for (unsigned st = 0; st < g->studies && rc == 0; st++) {
        unsigned patient = st / 2;
        char last[32], first[32], pname[80], pid[16], date[9], tm[8], acc[16], stuid[64];
        last_name(patient % 2000, last, sizeof last);
        first_name(patient / 2000 % 200, first, sizeof first);
        snprintf(pname, sizeof pname, "%s^%s", last, first);
        snprintf(pid, sizeof pid, "P%07u", patient);
        study_date(st, g->studies, date);
        snprintf(tm, sizeof tm, "%02u%02u%02u", 7 + st % 12, st % 60, (st / 60) % 60);
        snprintf(acc, sizeof acc, "A%09u", st);
        snprintf(stuid, sizeof stuid, ROOT_UID ".%u", st);
        const char *mod = modality_of(st);
        snprintf(study_json, sizeof study_json,
                 "{\"00080020\":{\"vr\":\"DA\",\"Value\":[\"%s\"]},"
                 "\"00080030\":{\"vr\":\"TM\",\"Value\":[\"%s\"]},"
                 "\"00080050\":{\"vr\":\"SH\",\"Value\":[\"%s\"]},"
                 "\"00080090\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"REFERRER^DOC%u\"}]},"
                 "\"00081030\":{\"vr\":\"LO\",\"Value\":[\"%s STUDY %u\"]},"
                 "\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"%s\"}]},"
                 "\"00100020\":{\"vr\":\"LO\",\"Value\":[\"%s\"]},"
                 "\"00100030\":{\"vr\":\"DA\",\"Value\":[\"19%02u0101\"]},"
                 "\"00100040\":{\"vr\":\"CS\",\"Value\":[\"%s\"]},"
                 "\"0020000D\":{\"vr\":\"UI\",\"Value\":[\"%s\"]},"
                 "\"00200010\":{\"vr\":\"SH\",\"Value\":[\"%u\"]}}",
                 date, tm, acc, st % 300, mod, st, pname, pid, 30 + patient % 60,
                 patient % 2 ? "F" : "M", stuid, st % 10000);
        for (unsigned se = 0; se < g->series && rc == 0; se++) {
            cat_image_set set;
            memset(&set, 0, sizeof set);
            snprintf(set.id, sizeof set.id, "%08x%08x%016x", st, se, st * 31u + se);
            snprintf(set.datastore_id, sizeof set.datastore_id, DS_ID);
            set.latest_version = 1;
            snprintf(set.state, sizeof set.state, "ACTIVE");
            snprintf(set.workflow_status, sizeof set.workflow_status, "CREATED");
            set.is_primary = true;
            set.created_at = set.updated_at = set.last_accessed_at = t0 + st;
            snprintf(set.storage_tier, sizeof set.storage_tier, "FREQUENT_ACCESS");
            cat_dicom_tags *t = &set.tags;
            snprintf(t->patient_id, sizeof t->patient_id, "%s", pid);
            snprintf(t->patient_name, sizeof t->patient_name, "%s", pname);
            snprintf(t->patient_birth_date, sizeof t->patient_birth_date, "19%02u0101",
                     30 + patient % 60);
            snprintf(t->patient_sex, sizeof t->patient_sex, "%s", patient % 2 ? "F" : "M");
            snprintf(t->study_uid, sizeof t->study_uid, "%s", stuid);
            snprintf(t->study_id, sizeof t->study_id, "%u", st % 10000);
            snprintf(t->study_description, sizeof t->study_description, "%s STUDY %u", mod, st);
            snprintf(t->accession_number, sizeof t->accession_number, "%s", acc);
            snprintf(t->series_uid, sizeof t->series_uid, ROOT_UID ".%u.%u", st, se + 1);
            snprintf(t->modality, sizeof t->modality, "%s", mod);
            snprintf(t->study_date, sizeof t->study_date, "%s", date);
            snprintf(t->study_time, sizeof t->study_time, "%s", tm);
            t->has_series_number = true;
            t->series_number = (int32_t)se + 1;
            snprintf(series_json, sizeof series_json,
                     "{\"00080060\":{\"vr\":\"CS\",\"Value\":[\"%s\"]},"
                     "\"0008103E\":{\"vr\":\"LO\",\"Value\":[\"SERIES %u\"]},"
                     "\"0020000E\":{\"vr\":\"UI\",\"Value\":[\"%s\"]},"
                     "\"00200011\":{\"vr\":\"IS\",\"Value\":[%u]},"
                     "\"00400244\":{\"vr\":\"DA\",\"Value\":[\"%s\"]}}",
                     mod, se + 1, t->series_uid, se + 1, date);
            cat_version v;
            memset(&v, 0, sizeof v);
            snprintf(v.image_set_id, sizeof v.image_set_id, "%s", set.id);
            v.version = 1;
            snprintf(v.state, sizeof v.state, "ACTIVE");
            snprintf(v.workflow_status, sizeof v.workflow_status, "CREATED");
            v.is_primary = true;
            v.created_at = v.updated_at = set.created_at;
            snprintf(v.doc_key, sizeof v.doc_key, "doc/%s/%s/1.json.gz", DS_ID, set.id);
            snprintf(v.series_json_key, sizeof v.series_json_key, "dicomjson/%s/%s/1.json.gz",
                     DS_ID, set.id);
            for (unsigned i = 0; i < g->instances; i++) {
                cat_instance *x = &inst[i];
                memset(x, 0, sizeof *x);
                snprintf(x->sop_uid, sizeof x->sop_uid, ROOT_UID ".%u.%u.%u", st, se + 1,
                         i + 1);
                snprintf(x->sop_class_uid, sizeof x->sop_class_uid, "%s",
                         strcmp(mod, "CT") == 0 ? "1.2.840.10008.5.1.4.1.1.2"
                         : strcmp(mod, "MR") == 0 ? "1.2.840.10008.5.1.4.1.1.4"
                                                  : "1.2.840.10008.5.1.4.1.1.7");
                snprintf(x->transfer_syntax, sizeof x->transfer_syntax, "1.2.840.10008.1.2.1");
                snprintf(x->stored_transfer_syntax, sizeof x->stored_transfer_syntax,
                         "1.2.840.10008.1.2.4.202");
                x->has_instance_number = true;
                x->instance_number = (int32_t)i + 1;
                x->rows = x->columns = 512;
                x->bits_allocated = 16;
                x->number_of_frames = 1;
            }
            cat_qido_fields q;
            memset(&q, 0, sizeof q);
            snprintf(q.referring_physician, sizeof q.referring_physician, "REFERRER^DOC%u",
                     st % 300);
            snprintf(q.pps_start_date, sizeof q.pps_start_date, "%s", date);
            snprintf(q.series_description, sizeof q.series_description, "SERIES %u", se + 1);
            q.study_json = study_json;
            q.series_json = series_json;
            cat_commit cm = { .set = &set, .expect_version = 0, .version = &v, .add = inst,
                              .nadd = g->instances, .qido = &q };
            rc = c->vt->commit(c, &cm, err);
        }
        if (st % 10000 == 9999) fprintf(stderr, "qido_scale: %u studies\n", st + 1);
    }
    free(inst);
    return rc;
}

typedef struct counter { int64_t rows; } counter;
static int count_row(void *ctx, const cat_qido_row *r) {
    (void)r;
    ((counter *)ctx)->rows++;
    return 0;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

enum { Q_PATIENT_ID, Q_STUDY_UID, Q_NAME_FUZZY, Q_SERIES_OF_STUDY, Q_INSTANCES_OF_SERIES,
       Q_STUDY_DATE_YEAR, Q_MODALITY_CT_SERIES, Q_ALL_STUDIES, Q_COUNT };
static const char *const qnames[Q_COUNT] = {
    "patient_id_exact", "study_uid", "patient_name_fuzzy_prefix", "series_of_study",
    "instances_of_series", "study_date_range_year", "modality_ct_all_series",
    "all_studies_limit_100",
};

/* Query kind k, variant r, into q (strings in buf). */
static void make_query(int k, unsigned r, const cfg *g, cat_qido_query *q, cat_qido_filter *f,
                       char buf[3][128]) {
    memset(q, 0, sizeof *q);
    memset(f, 0, sizeof *f);
    q->limit = 100;
    q->filters = f;
    unsigned st = (unsigned)(rnd() % g->studies);
    (void)r;
    switch (k) {
    case Q_PATIENT_ID:
        q->level = CAT_QIDO_STUDY;
        snprintf(buf[0], 128, "P%07u", st / 2);
        *f = (cat_qido_filter){ CAT_QK_PATIENT_ID, CAT_QM_SINGLE, buf[0], NULL, NULL };
        q->nfilters = 1;
        break;
    case Q_STUDY_UID:
        q->level = CAT_QIDO_STUDY;
        snprintf(buf[0], 128, ROOT_UID ".%u", st);
        *f = (cat_qido_filter){ CAT_QK_STUDY_UID, CAT_QM_SINGLE, buf[0], NULL, NULL };
        q->nfilters = 1;
        break;
    case Q_NAME_FUZZY: {
        q->level = CAT_QIDO_STUDY;
        char last[32];
        last_name((st / 2) % 2000, last, sizeof last);
        last[5] = '\0';     /* a 5-letter prefix, lower case */
        for (char *p = last; *p; p++) *p = (char)(*p - 'A' + 'a');
        snprintf(buf[0], 128, "%s", last);
        *f = (cat_qido_filter){ CAT_QK_PATIENT_NAME, CAT_QM_FUZZY, buf[0], NULL, NULL };
        q->nfilters = 1;
        break;
    }
    case Q_SERIES_OF_STUDY:
        q->level = CAT_QIDO_SERIES;
        snprintf(buf[0], 128, ROOT_UID ".%u", st);
        q->study_uid = buf[0];
        break;
    case Q_INSTANCES_OF_SERIES:
        q->level = CAT_QIDO_INSTANCE;
        snprintf(buf[0], 128, ROOT_UID ".%u", st);
        snprintf(buf[1], 128, ROOT_UID ".%u.1", st);
        q->study_uid = buf[0];
        q->series_uid = buf[1];
        break;
    case Q_STUDY_DATE_YEAR: {
        q->level = CAT_QIDO_STUDY;
        unsigned y = 2015 + (unsigned)(rnd() % 10);
        snprintf(buf[0], 128, "%u0101", y);
        snprintf(buf[1], 128, "%u1231", y);
        *f = (cat_qido_filter){ CAT_QK_STUDY_DATE, CAT_QM_RANGE, NULL, buf[0], buf[1] };
        q->nfilters = 1;
        break;
    }
    case Q_MODALITY_CT_SERIES:
        q->level = CAT_QIDO_SERIES;
        *f = (cat_qido_filter){ CAT_QK_MODALITY, CAT_QM_SINGLE, "CT", NULL, NULL };
        q->nfilters = 1;
        q->offset = (int64_t)(rnd() % 10) * 100;
        break;
    case Q_ALL_STUDIES:
        q->level = CAT_QIDO_STUDY;
        q->offset = (int64_t)(rnd() % 10) * 100;
        break;
    }
}

static int usage(void) {
    fprintf(stderr, "usage: qido_scale [--dir DIR] [--studies N] [--series-per-study S] "
                    "[--instances-per-series I] [--runs R] [--plans]\n");
    return 2;
}

int main(int argc, char **argv) {
    cfg g = { "/dev/shm/tessera-qido-scale", 100000, 2, 5, 200, false };
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--plans") == 0) { g.plans = true; continue; }
        if (i + 1 >= argc) return usage();
        const char *v = argv[++i];
        if (strcmp(a, "--dir") == 0) snprintf(g.dir, sizeof g.dir, "%s", v);
        else if (strcmp(a, "--studies") == 0) g.studies = (unsigned)strtoul(v, NULL, 10);
        else if (strcmp(a, "--series-per-study") == 0) g.series = (unsigned)strtoul(v, NULL, 10);
        else if (strcmp(a, "--instances-per-series") == 0)
            g.instances = (unsigned)strtoul(v, NULL, 10);
        else if (strcmp(a, "--runs") == 0) g.runs = (unsigned)strtoul(v, NULL, 10);
        else return usage();
    }
    if (!g.studies || !g.series || !g.instances || !g.runs) return usage();
    char path[600];
    snprintf(path, sizeof path, "%s/catalog.db", g.dir);
    mkdir(g.dir, 0755);
    const char *sfx[] = { "", "-wal", "-shm" };
    for (int i = 0; i < 3; i++) {
        char p[620];
        snprintf(p, sizeof p, "%s%s", path, sfx[i]);
        unlink(p);
    }
    tess_error err = {0};
    cat_catalog *c = NULL;
    if (cat_sqlite_open(path, &c, &err) != 0) {
        fprintf(stderr, "qido_scale: %s\n", err.msg);
        return 1;
    }
    cat_datastore d;
    memset(&d, 0, sizeof d);
    snprintf(d.id, sizeof d.id, DS_ID);
    snprintf(d.name, sizeof d.name, "scale");
    snprintf(d.status, sizeof d.status, "ACTIVE");
    if (c->vt->datastore_create(c, &d, NULL, &err) != 0) {
        fprintf(stderr, "qido_scale: %s\n", err.msg);
        cat_close(c);
        return 1;
    }
    double t = now_ms();
    if (fill(c, &g, &err) != 0) {
        fprintf(stderr, "qido_scale: fill: %s\n", err.msg);
        cat_close(c);
        return 1;
    }
    double fill_s = (now_ms() - t) / 1e3;
    struct stat sb;
    double db_mb = stat(path, &sb) == 0 ? (double)sb.st_size / 1e6 : 0;

    printf("{\"fill\": {\"studies\": %u, \"image_sets\": %u, \"instances\": %" PRIu64
           ", \"seconds\": %.1f, \"commits_per_s\": %.0f, \"db_mb\": %.0f, \"dir\": \"%s\"},\n"
           " \"queries\": {",
           g.studies, g.studies * g.series, (uint64_t)g.studies * g.series * g.instances,
           fill_s, g.studies * g.series / fill_s, db_mb, g.dir);
    double *ms = calloc(g.runs, sizeof *ms);
    int rc = 0;
    for (int k = 0; k < Q_COUNT && rc == 0; k++) {
        cat_qido_query q;
        cat_qido_filter f;
        char buf[3][128];
        if (g.plans) {
            make_query(k, 0, &g, &q, &f, buf);
            tess_buf plan;
            tess_buf_init(&plan, -1);
            if (cat_sqlite_qido_plan(c, &q, &plan, &err) == 0) {
                tess_buf_putc(&plan, '\0');
                fprintf(stderr, "-- %s\n%s", qnames[k], (const char *)plan.data);
            }
            tess_buf_free(&plan);
        }
        counter n = {0};
        for (unsigned r = 0; r < g.runs; r++) {
            make_query(k, r, &g, &q, &f, buf);
            n.rows = 0;
            double t1 = now_ms();
            if (c->vt->qido(c, DS_ID, &q, count_row, &n, NULL, &err) != 0) {
                fprintf(stderr, "qido_scale: %s: %s\n", qnames[k], err.msg);
                rc = 1;
                break;
            }
            ms[r] = now_ms() - t1;
        }
        if (rc) break;
        qsort(ms, g.runs, sizeof *ms, cmp_double);
        unsigned p99 = (unsigned)((g.runs - 1) * 0.99 + 0.5);
        printf("%s\n  \"%s\": {\"p50_ms\": %.3f, \"p99_ms\": %.3f, \"rows\": %" PRId64 "}",
               k ? "," : "", qnames[k], ms[(g.runs - 1) / 2], ms[p99], n.rows);
    }
    printf("}}\n");
    free(ms);
    cat_close(c);
    return rc;
}
