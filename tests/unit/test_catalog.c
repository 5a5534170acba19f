/*
 * test_catalog.c - the SQLite catalog (src/catalog/catalog_sqlite.c)
 * against the rules of catalog.h and docs/catalog.md.
 *
 * Every test works on its own database file in a temporary directory
 * (mkdtemp under /tmp, removed at the end): opening and migrating,
 * datastores, import jobs and their files, commits and the version
 * history they leave, conflicts that must leave nothing written, state
 * changes, deletion and the blob references the sweeper relies on, every
 * search filter, sort and page, tiers, tags, and several threads at once.
 * Expected results are written out by hand from the fixtures, never
 * computed by the code under test.
 */
#include <dirent.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalog/catalog.h"
#include "catalog/catalog_sqlite.h"
#include "harness.h"

static char g_dir[64];

static void cleanup_dir(const char *dir);

static void path_of(char *out, size_t n, const char *name) {
    snprintf(out, n, "%s/%s", g_dir, name);
}

/* A fresh catalog in g_dir/name (any old file of that name removed). */
static cat_catalog *open_new(const char *name) {
    char p[256], q[300];
    path_of(p, sizeof p, name);
    unlink(p);
    snprintf(q, sizeof q, "%s-wal", p);
    unlink(q);
    snprintf(q, sizeof q, "%s-shm", p);
    unlink(q);
    cat_catalog *c = NULL;
    tess_error err = {{0}};
    int rc = cat_sqlite_open(p, &c, &err);
    CHECK_INT(rc, 0);
    if (rc) {   /* nothing else can run: leave no temporary directory behind */
        fprintf(stderr, "open %s: %s\n", p, err.msg);
        cleanup_dir(g_dir);
        rmdir(g_dir);
        exit(harness_done("catalog") | 1);
    }
    return c;
}

static void cleanup_dir(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        char p[512];
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode)) {
            cleanup_dir(p);
            rmdir(p);
        } else {
            unlink(p);
        }
    }
    closedir(d);
}

/* ------------------------------------------------------------ builders */

static cat_datastore mk_ds(const char *id, const char *name, const char *token,
                           const char *status, double at) {
    cat_datastore d;
    memset(&d, 0, sizeof d);
    snprintf(d.id, sizeof d.id, "%s", id);
    snprintf(d.name, sizeof d.name, "%s", name);
    snprintf(d.status, sizeof d.status, "%s", status);
    snprintf(d.lossless_format, sizeof d.lossless_format, "HTJ2K");
    snprintf(d.client_token, sizeof d.client_token, "%s", token);
    d.created_at = d.updated_at = at;
    return d;
}

static void add_ds(cat_catalog *c, const char *id) {
    cat_datastore d = mk_ds(id, id, "", "ACTIVE", 1.0);
    tess_error err;
    CHECK_INT(c->vt->datastore_create(c, &d, NULL, &err), 0);
}

static cat_image_set mk_set(const char *ds, const char *id, int64_t ver, double at) {
    cat_image_set s;
    memset(&s, 0, sizeof s);
    snprintf(s.id, sizeof s.id, "%s", id);
    snprintf(s.datastore_id, sizeof s.datastore_id, "%s", ds);
    s.latest_version = ver;
    snprintf(s.state, sizeof s.state, "ACTIVE");
    snprintf(s.workflow_status, sizeof s.workflow_status, ver == 1 ? "CREATED" : "UPDATED");
    s.is_primary = true;
    s.created_at = s.updated_at = s.last_accessed_at = at;
    snprintf(s.storage_tier, sizeof s.storage_tier, "FREQUENT_ACCESS");
    snprintf(s.tags.patient_name, sizeof s.tags.patient_name, "DOE^JANE");
    snprintf(s.tags.modality, sizeof s.tags.modality, "CT");
    s.tags.has_series_number = true;
    s.tags.series_number = 7;
    return s;
}

static cat_version mk_ver(const char *id, int64_t ver, double at) {
    cat_version v;
    memset(&v, 0, sizeof v);
    snprintf(v.image_set_id, sizeof v.image_set_id, "%s", id);
    v.version = ver;
    snprintf(v.state, sizeof v.state, "ACTIVE");
    snprintf(v.workflow_status, sizeof v.workflow_status, ver == 1 ? "CREATED" : "UPDATED");
    v.is_primary = true;
    v.created_at = v.updated_at = at;
    snprintf(v.message, sizeof v.message, "v%lld", (long long)ver);
    snprintf(v.doc_key, sizeof v.doc_key, "doc/%s/%lld", id, (long long)ver);
    snprintf(v.series_json_key, sizeof v.series_json_key, "sj/%s/%lld", id, (long long)ver);
    v.doc_size = 1000 + (uint64_t)ver;
    snprintf(v.sections, sizeof v.sections, "1 %lld 20 400 3000 12345", (long long)ver);
    return v;
}

static cat_instance mk_inst(const char *sop, int number) {
    cat_instance i;
    memset(&i, 0, sizeof i);
    snprintf(i.sop_uid, sizeof i.sop_uid, "%s", sop);
    snprintf(i.sop_class_uid, sizeof i.sop_class_uid, "1.2.840.10008.5.1.4.1.1.2");
    snprintf(i.transfer_syntax, sizeof i.transfer_syntax, "1.2.840.10008.1.2.1");
    snprintf(i.stored_transfer_syntax, sizeof i.stored_transfer_syntax, "1.2.840.10008.1.2.4.202");
    if (number >= 0) {
        i.has_instance_number = true;
        i.instance_number = number;
    }
    i.rows = 512;
    i.columns = 256;
    i.bits_allocated = 16;
    i.number_of_frames = 1;
    snprintf(i.content_date, sizeof i.content_date, "20240101");
    snprintf(i.content_time, sizeof i.content_time, "101010.5");
    return i;
}

static cat_frame mk_frame(const char *fid, const char *sop, uint32_t idx, const char *segment,
                          uint64_t offset) {
    cat_frame f;
    memset(&f, 0, sizeof f);
    snprintf(f.frame_id, sizeof f.frame_id, "%s", fid);
    snprintf(f.sop_uid, sizeof f.sop_uid, "%s", sop);
    f.frame_index = idx;
    snprintf(f.segment, sizeof f.segment, "%s", segment);
    f.offset = offset;
    f.length = 100;
    f.nres = 3;
    f.res_end[0] = 10;
    f.res_end[1] = 40;
    f.res_end[2] = 100;
    snprintf(f.stored_transfer_syntax, sizeof f.stored_transfer_syntax, "1.2.840.10008.1.2.4.202");
    return f;
}

/* Commit version `ver` (expect ver - 1) of set id with the given adds. */
static int commit_simple(cat_catalog *c, const char *ds, const char *id, int64_t ver, double at,
                         const cat_instance *add, size_t nadd, const cat_frame *frames,
                         size_t nframes, tess_error *err) {
    cat_image_set s = mk_set(ds, id, ver, at);
    cat_version v = mk_ver(id, ver, at);
    cat_commit cm = { .set = &s, .expect_version = ver - 1, .version = &v, .add = add,
                      .nadd = nadd, .frames = frames, .nframes = nframes };
    return c->vt->commit(c, &cm, err);
}

/* ---------------------------------------------------------- collectors */

typedef struct strlist { char s[2048]; int n; int stop_after; } strlist;

static void sl_add(strlist *l, const char *v) {
    size_t n = strlen(l->s);
    snprintf(l->s + n, sizeof l->s - n, "%s%s", n ? "," : "", v);
    l->n++;
}

static int col_ds(void *ctx, const cat_datastore *d) {
    strlist *l = ctx;
    sl_add(l, d->id);
    return l->stop_after && l->n >= l->stop_after;
}
static int col_job(void *ctx, const cat_job *j) {
    sl_add(ctx, j->id);
    return 0;
}
static int col_set(void *ctx, const cat_image_set *s) {
    strlist *l = ctx;
    sl_add(l, s->id);
    return l->stop_after && l->n >= l->stop_after;
}
static int col_ver(void *ctx, const cat_version *v) {
    char b[32];
    snprintf(b, sizeof b, "%lld", (long long)v->version);
    sl_add(ctx, b);
    return 0;
}
/* "SOP@first-last" */
static int col_inst(void *ctx, const cat_instance *i) {
    char b[128];
    snprintf(b, sizeof b, "%s@%lld-%lld", i->sop_uid, (long long)i->first_version,
             (long long)i->last_version);
    sl_add(ctx, b);
    return 0;
}
static int col_frame(void *ctx, const cat_frame *f) {
    sl_add(ctx, f->frame_id);
    return 0;
}
/* "path:outcome:group:payload" */
static int col_file(void *ctx, const cat_job_file *f) {
    char b[512];
    snprintf(b, sizeof b, "%s:%d:%s:%s", f->path, (int)f->outcome, f->group_key, f->payload);
    sl_add(ctx, b);
    return 0;
}
static int col_group(void *ctx, const char *g) {
    sl_add(ctx, g);
    return 0;
}
static int col_tag(void *ctx, const char *k, const char *v) {
    char b[600];
    snprintf(b, sizeof b, "%s=%s", k, v);
    sl_add(ctx, b);
    return 0;
}

static const char *instances(cat_catalog *c, const char *set, int64_t ver, strlist *l) {
    memset(l, 0, sizeof *l);
    tess_error err;
    if (c->vt->instances_list(c, set, ver, col_inst, l, &err)) return "(error)";
    return l->s;
}

static const char *frames_of(cat_catalog *c, const char *set, const char *sop, strlist *l) {
    memset(l, 0, sizeof *l);
    tess_error err;
    if (c->vt->frames_of_instance(c, set, sop, col_frame, l, &err)) return "(error)";
    return l->s;
}

/* -------------------------------------------------------------- opening */

static void test_open_errors(void) {
    cat_catalog *c = (cat_catalog *)1;
    tess_error err = {{0}};
    char p[256];

    path_of(p, sizeof p, "no/such/dir/catalog.db");
    CHECK_INT(cat_sqlite_open(p, &c, &err), -1);
    CHECK(c == NULL);
    CHECK(strstr(err.msg, "does not exist") != NULL);
    CHECK(strstr(err.msg, "no/such/dir") != NULL);

    CHECK_INT(cat_sqlite_open("", &c, &err), -1);
    CHECK(strstr(err.msg, "no database path") != NULL);
    CHECK_INT(cat_sqlite_open(":memory:", &c, &err), -1);

    /* A file where the directory should be. */
    char f[256];
    path_of(f, sizeof f, "plainfile");
    FILE *fp = fopen(f, "w");
    CHECK(fp != NULL);
    if (fp) {
        for (int i = 0; i < 50; i++) fputs("this is not an SQLite database at all\n", fp);
        fclose(fp);
    }
    path_of(p, sizeof p, "plainfile/catalog.db");
    CHECK_INT(cat_sqlite_open(p, &c, &err), -1);
    CHECK(strstr(err.msg, "is not a directory") != NULL);

    /* A file that is not a database. */
    CHECK_INT(cat_sqlite_open(f, &c, &err), -1);
    CHECK(strstr(err.msg, "not a database") != NULL);
    CHECK(strstr(err.msg, "plainfile") != NULL);

    /* A file from a newer build: refused, naming both versions. */
    path_of(p, sizeof p, "newer.db");
    sqlite3 *db = NULL;
    CHECK_INT(sqlite3_open(p, &db), SQLITE_OK);
    CHECK_INT(sqlite3_exec(db, "CREATE TABLE x(a); PRAGMA user_version = 99;", NULL, NULL, NULL),
              SQLITE_OK);
    sqlite3_close(db);
    CHECK_INT(cat_sqlite_open(p, &c, &err), -1);
    char want[64];
    snprintf(want, sizeof want, "schema version 99 is newer than this build's version %d",
             cat_sqlite_schema_version());
    CHECK(strstr(err.msg, want) != NULL);
    CHECK(c == NULL);

    /* The version to stop at must exist. */
    path_of(p, sizeof p, "upto.db");
    CHECK_INT(cat_sqlite_open_upto(p, 0, &c, &err), -1);
    CHECK_INT(cat_sqlite_open_upto(p, cat_sqlite_schema_version() + 1, &c, &err), -1);
}

/* PRAGMA answers and sqlite_master lookups through a separate connection. */
static int db_int(const char *path, const char *sql) {
    sqlite3 *db = NULL;
    int v = -1;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK) {
        sqlite3_stmt *s = NULL;
        if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK &&
            sqlite3_step(s) == SQLITE_ROW)
            v = sqlite3_column_int(s, 0);
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return v;
}

static bool db_has(const char *path, const char *type, const char *name) {
    char sql[256];
    snprintf(sql, sizeof sql,
             "SELECT COUNT(*) FROM sqlite_master WHERE type = '%s' AND name = '%s'", type, name);
    return db_int(path, sql) == 1;
}

static void test_migrations(void) {
    tess_error err = {{0}};
    cat_catalog *c = NULL;
    char p[256];
    int latest = cat_sqlite_schema_version();
    CHECK(latest >= 2);

    /* A version-0 file made by hand (with a table of its own): migrated to
     * the latest version, its own table kept. */
    path_of(p, sizeof p, "v0.db");
    sqlite3 *db = NULL;
    CHECK_INT(sqlite3_open(p, &db), SQLITE_OK);
    CHECK_INT(sqlite3_exec(db, "CREATE TABLE mine(a); INSERT INTO mine VALUES (42);", NULL, NULL,
                           NULL), SQLITE_OK);
    sqlite3_close(db);
    CHECK_INT(db_int(p, "PRAGMA user_version"), 0);
    CHECK_INT(cat_sqlite_open(p, &c, &err), 0);
    CHECK(c != NULL);
    CHECK_STR(c ? c->name : "", "sqlite");
    cat_close(c);
    CHECK_INT(db_int(p, "PRAGMA user_version"), latest);
    CHECK(db_has(p, "table", "image_sets"));
    CHECK(db_has(p, "table", "frames"));
    CHECK(db_has(p, "index", "image_sets_study_dt"));
    CHECK(db_has(p, "index", "frames_segment"));
    CHECK_INT(db_int(p, "SELECT a FROM mine"), 42);
    {
        sqlite3 *d2 = NULL;
        sqlite3_stmt *s = NULL;
        sqlite3_open_v2(p, &d2, SQLITE_OPEN_READONLY, NULL);
        sqlite3_prepare_v2(d2, "PRAGMA journal_mode", -1, &s, NULL);
        CHECK_INT(sqlite3_step(s), SQLITE_ROW);
        CHECK_STR((const char *)sqlite3_column_text(s, 0), "wal");
        sqlite3_finalize(s);
        sqlite3_close(d2);
    }

    /* Stopped at version 1, written to, then opened by the full build:
     * migrated to the latest version with the data kept. */
    path_of(p, sizeof p, "v1.db");
    CHECK_INT(cat_sqlite_open_upto(p, 1, &c, &err), 0);
    add_ds(c, "dsmig");
    cat_close(c);
    CHECK_INT(db_int(p, "PRAGMA user_version"), 1);
    CHECK(db_has(p, "table", "image_sets"));
    CHECK(!db_has(p, "index", "image_sets_study_dt"));
    CHECK_INT(cat_sqlite_open(p, &c, &err), 0);
    cat_datastore d;
    CHECK_INT(c->vt->datastore_get(c, "dsmig", &d, &err), 0);
    cat_close(c);
    CHECK_INT(db_int(p, "PRAGMA user_version"), latest);
    CHECK(db_has(p, "index", "image_sets_study_dt"));

    /* Reopening changes nothing and keeps the data. */
    CHECK_INT(cat_sqlite_open(p, &c, &err), 0);
    CHECK_INT(c->vt->datastore_get(c, "dsmig", &d, &err), 0);
    CHECK_STR(d.name, "dsmig");
    cat_close(c);
    CHECK_INT(db_int(p, "PRAGMA user_version"), latest);

    /* A failing step leaves the file at the version before it, with
     * nothing of the failed step applied. */
    path_of(p, sizeof p, "badmig.db");
    CHECK_INT(cat_sqlite_open_upto(p, 1, &c, &err), 0);
    cat_close(c);
    CHECK_INT(sqlite3_open(p, &db), SQLITE_OK);
    CHECK_INT(sqlite3_exec(db, "CREATE INDEX frames_segment ON tags(key);", NULL, NULL, NULL),
              SQLITE_OK);
    sqlite3_close(db);
    CHECK_INT(cat_sqlite_open(p, &c, &err), -1);
    CHECK(strstr(err.msg, "migration to schema version 2 failed") != NULL);
    CHECK(strstr(err.msg, "frames_segment") != NULL);
    CHECK_INT(db_int(p, "PRAGMA user_version"), 1);
    CHECK(!db_has(p, "index", "datastores_created"));
}

/* ----------------------------------------------------------- datastores */

static void test_datastores(void) {
    cat_catalog *c = open_new("ds.db");
    const cat_vtable *vt = c->vt;
    tess_error err = {{0}};
    cat_datastore d, got;

    /* Idempotent create by client token. */
    d = mk_ds("ds1", "first", "tok1", "CREATING", 10);
    CHECK_INT(vt->datastore_create(c, &d, NULL, &err), 0);
    d = mk_ds("ds1b", "again", "tok1", "CREATING", 11);
    memset(&got, 0, sizeof got);
    CHECK_INT(vt->datastore_create(c, &d, &got, &err), 1);
    CHECK_STR(got.id, "ds1");
    CHECK_STR(got.name, "first");
    CHECK_INT(vt->datastore_create(c, &d, NULL, &err), 1);   /* NULL existing is fine */
    CHECK_INT(vt->datastore_get(c, "ds1b", &got, &err), CAT_NOT_FOUND);
    CHECK(strstr(err.msg, "ds1b") != NULL);

    /* Empty tokens never match; an existing id is a conflict. */
    d = mk_ds("ds2", "second", "", "ACTIVE", 30);
    CHECK_INT(vt->datastore_create(c, &d, NULL, &err), 0);
    d = mk_ds("ds3", "third", "", "ACTIVE", 20);
    CHECK_INT(vt->datastore_create(c, &d, NULL, &err), 0);
    d = mk_ds("ds2", "dup", "tok-other", "ACTIVE", 40);
    CHECK_INT(vt->datastore_create(c, &d, NULL, &err), CAT_CONFLICT);
    CHECK_INT(vt->datastore_get(c, "ds2", &got, &err), 0);
    CHECK_STR(got.name, "second");

    /* Over-long and empty values are refused, never truncated. */
    d = mk_ds("ds9", "x", "", "ACTIVE", 1);
    memset(d.name, 'n', sizeof d.name);
    CHECK_INT(vt->datastore_create(c, &d, NULL, &err), -1);
    CHECK(strstr(err.msg, "name is longer than 256 bytes") != NULL);
    d = mk_ds("ds9", "", "", "ACTIVE", 1);
    CHECK_INT(vt->datastore_create(c, &d, NULL, &err), -1);
    CHECK_INT(vt->datastore_get(c, "ds9", &got, &err), CAT_NOT_FOUND);
    /* The longest name fits and comes back whole. */
    d = mk_ds("ds4", "x", "", "ACTIVE", 20);
    memset(d.name, 'm', sizeof d.name - 1);
    d.name[sizeof d.name - 1] = '\0';
    snprintf(d.kms_key_arn, sizeof d.kms_key_arn, "arn:aws:kms:us-east-1:123456789012:key/k");
    CHECK_INT(vt->datastore_create(c, &d, NULL, &err), 0);
    CHECK_INT(vt->datastore_get(c, "ds4", &got, &err), 0);
    CHECK_INT(strlen(got.name), 256);
    CHECK(memcmp(&got, &d, sizeof d) == 0);

    CHECK_INT(vt->datastore_get(c, "nope", &got, &err), CAT_NOT_FOUND);
    CHECK_INT(vt->datastore_find_by_name(c, "third", &got, &err), 0);
    CHECK_STR(got.id, "ds3");
    CHECK_INT(vt->datastore_find_by_name(c, "fourth", &got, &err), CAT_NOT_FOUND);

    /* Listing: created_at then id; ds3 and ds4 share created_at 20. */
    strlist l = {0};
    bool more = false;
    CHECK_INT(vt->datastore_list(c, NULL, 0, 50, col_ds, &l, &more, &err), 0);
    CHECK_STR(l.s, "ds1,ds3,ds4,ds2");
    CHECK(!more);
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->datastore_list(c, "", 0, 2, col_ds, &l, &more, &err), 0);
    CHECK_STR(l.s, "ds1,ds3");
    CHECK(more);
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->datastore_list(c, "", 2, 2, col_ds, &l, &more, &err), 0);
    CHECK_STR(l.s, "ds4,ds2");
    CHECK(!more);
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->datastore_list(c, "CREATING", 0, 10, col_ds, &l, &more, &err), 0);
    CHECK_STR(l.s, "ds1");
    memset(&l, 0, sizeof l);
    l.stop_after = 1;   /* a callback that stops: rows remain */
    CHECK_INT(vt->datastore_list(c, "", 0, 10, col_ds, &l, &more, &err), 0);
    CHECK_STR(l.s, "ds1");
    CHECK(more);
    CHECK_INT(vt->datastore_list(c, "", -1, 10, col_ds, &l, &more, &err), -1);
    CHECK_INT(vt->datastore_list(c, "", 0, 0, col_ds, &l, &more, &err), -1);

    /* Status and the active count (ACTIVE or CREATING). */
    CHECK_INT(vt->datastore_count_active(c, &err), 4);
    CHECK_INT(vt->datastore_set_status(c, "ds1", "CREATE_FAILED", 50, &err), 0);
    CHECK_INT(vt->datastore_get(c, "ds1", &got, &err), 0);
    CHECK_STR(got.status, "CREATE_FAILED");
    CHECK(got.updated_at == 50);
    CHECK(got.created_at == 10);
    CHECK_INT(vt->datastore_count_active(c, &err), 3);
    CHECK_INT(vt->datastore_set_status(c, "nope", "ACTIVE", 50, &err), CAT_NOT_FOUND);
    CHECK_INT(vt->datastore_set_status(c, "ds1", "A_STATUS_TOO_LONG", 50, &err), -1);

    /* Delete: refused while an image set is alive. */
    tess_error e2;
    CHECK_INT(commit_simple(c, "ds2", "set1", 1, 60, NULL, 0, NULL, 0, &e2), 0);
    CHECK_INT(vt->datastore_delete(c, "ds2", 70, &err), CAT_CONFLICT);
    CHECK_INT(vt->datastore_get(c, "ds2", &got, &err), 0);
    CHECK_STR(got.status, "ACTIVE");
    CHECK_INT(vt->image_set_delete(c, "ds2", "set1", 71, &err), 0);
    CHECK_INT(vt->datastore_delete(c, "ds2", 72, &err), 0);
    CHECK_INT(vt->datastore_get(c, "ds2", &got, &err), 0);
    CHECK_STR(got.status, "DELETED");
    CHECK(got.updated_at == 72);
    CHECK_INT(vt->datastore_delete(c, "nope", 72, &err), CAT_NOT_FOUND);
    CHECK_INT(vt->datastore_count_active(c, &err), 2);
    CHECK_INT(vt->datastore_find_by_name(c, "second", &got, &err), CAT_NOT_FOUND);
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->datastore_list(c, NULL, 0, 50, col_ds, &l, &more, &err), 0);
    CHECK_STR(l.s, "ds1,ds3,ds4");
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->datastore_list(c, "DELETED", 0, 50, col_ds, &l, &more, &err), 0);
    CHECK_STR(l.s, "ds2");
    cat_close(c);
}

/* ----------------------------------------------------------------- jobs */

static cat_job mk_job(const char *ds, const char *id, const char *token, const char *status,
                      double at) {
    cat_job j;
    memset(&j, 0, sizeof j);
    snprintf(j.id, sizeof j.id, "%s", id);
    snprintf(j.datastore_id, sizeof j.datastore_id, "%s", ds);
    snprintf(j.name, sizeof j.name, "job-%s", id);
    snprintf(j.status, sizeof j.status, "%s", status);
    snprintf(j.role_arn, sizeof j.role_arn, "arn:aws:iam::123456789012:role/r");
    snprintf(j.input_uri, sizeof j.input_uri, "s3://in/%s/", id);
    snprintf(j.output_uri, sizeof j.output_uri, "s3://out/");
    snprintf(j.client_token, sizeof j.client_token, "%s", token);
    j.submitted_at = at;
    return j;
}

static void test_jobs(void) {
    cat_catalog *c = open_new("jobs.db");
    const cat_vtable *vt = c->vt;
    tess_error err = {{0}};
    add_ds(c, "dsA");
    add_ds(c, "dsB");
    cat_job j, got;

    j = mk_job("dsNone", "j0", "t", "SUBMITTED", 1);
    CHECK_INT(vt->job_create(c, &j, NULL, &err), CAT_NOT_FOUND);

    j = mk_job("dsA", "j1", "tokA", "SUBMITTED", 10);
    CHECK_INT(vt->job_create(c, &j, NULL, &err), 0);
    j = mk_job("dsA", "j2", "tokA", "SUBMITTED", 11);
    memset(&got, 0, sizeof got);
    CHECK_INT(vt->job_create(c, &j, &got, &err), 1);
    CHECK_STR(got.id, "j1");
    CHECK_INT(vt->job_get(c, "dsA", "j2", &got, &err), CAT_NOT_FOUND);
    /* The same token in another datastore is another job. */
    j = mk_job("dsB", "j3", "tokA", "IN_PROGRESS", 12);
    CHECK_INT(vt->job_create(c, &j, NULL, &err), 0);
    j = mk_job("dsA", "j3", "", "SUBMITTED", 13);
    CHECK_INT(vt->job_create(c, &j, NULL, &err), CAT_CONFLICT);
    j = mk_job("dsA", "j4", "", "COMPLETED", 30);
    CHECK_INT(vt->job_create(c, &j, NULL, &err), 0);
    j = mk_job("dsA", "j5", "", "IN_PROGRESS", 20);
    CHECK_INT(vt->job_create(c, &j, NULL, &err), 0);
    j = mk_job("dsA", "j6", "", "SUBMITTED", 5);
    memset(j.message, 'm', sizeof j.message);
    CHECK_INT(vt->job_create(c, &j, NULL, &err), -1);

    CHECK_INT(vt->job_get(c, "dsA", "j1", &got, &err), 0);
    CHECK_STR(got.name, "job-j1");
    CHECK_STR(got.input_uri, "s3://in/j1/");
    CHECK_INT(vt->job_get(c, "dsB", "j1", &got, &err), CAT_NOT_FOUND);

    /* Newest submitted first; status filter; pages. */
    strlist l = {0};
    bool more;
    CHECK_INT(vt->job_list(c, "dsA", NULL, 0, 50, col_job, &l, &more, &err), 0);
    CHECK_STR(l.s, "j4,j5,j1");
    CHECK(!more);
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->job_list(c, "dsA", "", 0, 2, col_job, &l, &more, &err), 0);
    CHECK_STR(l.s, "j4,j5");
    CHECK(more);
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->job_list(c, "dsA", "", 2, 2, col_job, &l, &more, &err), 0);
    CHECK_STR(l.s, "j1");
    CHECK(!more);
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->job_list(c, "dsA", "SUBMITTED", 0, 50, col_job, &l, &more, &err), 0);
    CHECK_STR(l.s, "j1");

    /* Unfinished (oldest first) and running counts. */
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->job_list_unfinished(c, col_job, &l, &err), 0);
    CHECK_STR(l.s, "j1,j3,j5");
    CHECK_INT(vt->job_count_running(c, "dsA", &err), 2);
    CHECK_INT(vt->job_count_running(c, "dsB", &err), 1);

    /* Update writes every mutable field and nothing else. */
    CHECK_INT(vt->job_get(c, "dsA", "j1", &j, &err), 0);
    snprintf(j.status, sizeof j.status, "COMPLETED");
    snprintf(j.message, sizeof j.message, "done: 3 files");
    j.ended_at = 99.5;
    snprintf(j.output_uri, sizeof j.output_uri, "s3://out/dsA-DicomImport-j1/");
    snprintf(j.name, sizeof j.name, "renamed");   /* not mutable */
    CHECK_INT(vt->job_update(c, &j, &err), 0);
    CHECK_INT(vt->job_get(c, "dsA", "j1", &got, &err), 0);
    CHECK_STR(got.status, "COMPLETED");
    CHECK_STR(got.message, "done: 3 files");
    CHECK(got.ended_at == 99.5);
    CHECK_STR(got.output_uri, "s3://out/dsA-DicomImport-j1/");
    CHECK_STR(got.name, "job-j1");
    CHECK_INT(vt->job_count_running(c, "dsA", &err), 1);
    j = mk_job("dsA", "jX", "", "FAILED", 1);
    CHECK_INT(vt->job_update(c, &j, &err), CAT_NOT_FOUND);

    /* A STOW-RS request's job: resumable like any job, but neither listed
     * nor counted against the concurrent import jobs quota. */
    j = mk_job("dsA", "jS", "", "IN_PROGRESS", 50);
    snprintf(j.kind, sizeof j.kind, "stow");
    CHECK_INT(vt->job_create(c, &j, NULL, &err), 0);
    CHECK_INT(vt->job_get(c, "dsA", "jS", &got, &err), 0);
    CHECK_STR(got.kind, "stow");
    CHECK_INT(vt->job_get(c, "dsA", "j4", &got, &err), 0);
    CHECK_STR(got.kind, "import");
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->job_list(c, "dsA", NULL, 0, 50, col_job, &l, &more, &err), 0);
    CHECK_STR(l.s, "j4,j5,j1");
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->job_list_unfinished(c, col_job, &l, &err), 0);
    CHECK_STR(l.s, "j3,j5,jS");
    CHECK_INT(vt->job_count_running(c, "dsA", &err), 1);
    cat_close(c);
}

static void test_job_files(void) {
    cat_catalog *c = open_new("files.db");
    const cat_vtable *vt = c->vt;
    tess_error err = {{0}};
    add_ds(c, "ds");
    cat_job j = mk_job("ds", "job", "", "IN_PROGRESS", 1);
    CHECK_INT(vt->job_create(c, &j, NULL, &err), 0);
    j = mk_job("ds", "job2", "", "IN_PROGRESS", 2);
    CHECK_INT(vt->job_create(c, &j, NULL, &err), 0);

    int64_t id[5] = {0};
    /* The job must exist (foreign key). */
    CHECK_INT(vt->job_file_add(c, "nojob", "a.dcm", CAT_FILE_PENDING, "g", "{}", &id[0], &err),
              -1);
    CHECK(strstr(err.msg, "FOREIGN KEY") != NULL);
    CHECK_INT(vt->job_file_add(c, "job", "a.dcm", CAT_FILE_PENDING, "s/1", "{\"a\":1}", &id[0],
                               &err), 0);
    CHECK_INT(vt->job_file_add(c, "job", "b.dcm", CAT_FILE_PENDING, "s/2", "{\"b\":1}", &id[1],
                               &err), 0);
    CHECK_INT(vt->job_file_add(c, "job", "c.dcm", CAT_FILE_FAILURE, "", "{\"fail\":1}", &id[2],
                               &err), 0);
    CHECK_INT(vt->job_file_add(c, "job", "d.dcm", CAT_FILE_PENDING, "s/1", "{\"d\":1}", &id[3],
                               &err), 0);
    CHECK_INT(vt->job_file_add(c, "job2", "a.dcm", CAT_FILE_PENDING, "s/9", "{}", &id[4], &err),
              0);
    CHECK(id[0] < id[1] && id[1] < id[2] && id[2] < id[3] && id[3] < id[4]);
    CHECK_INT(vt->job_file_add(c, "job", "e.dcm", (cat_file_outcome)7, "", "", NULL, &err), -1);

    bool seen = false;
    CHECK_INT(vt->job_file_seen(c, "job", "b.dcm", &seen, &err), 0);
    CHECK(seen);
    CHECK_INT(vt->job_file_seen(c, "job", "z.dcm", &seen, &err), 0);
    CHECK(!seen);
    CHECK_INT(vt->job_file_seen(c, "job2", "b.dcm", &seen, &err), 0);
    CHECK(!seen);

    strlist l = {0};
    CHECK_INT(vt->job_files(c, "job", -1, col_file, &l, &err), 0);
    CHECK_STR(l.s, "a.dcm:0:s/1:{\"a\":1},b.dcm:0:s/2:{\"b\":1},c.dcm:2::{\"fail\":1},"
                   "d.dcm:0:s/1:{\"d\":1}");
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->job_files(c, "job", CAT_FILE_FAILURE, col_file, &l, &err), 0);
    CHECK_STR(l.s, "c.dcm:2::{\"fail\":1}");
    CHECK_INT(vt->job_files(c, "job", 9, col_file, &l, &err), -1);

    memset(&l, 0, sizeof l);
    CHECK_INT(vt->job_pending_groups(c, "job", col_group, &l, &err), 0);
    CHECK_STR(l.s, "s/1,s/2");
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->job_pending_in_group(c, "job", "s/1", col_file, &l, &err), 0);
    CHECK_STR(l.s, "a.dcm:0:s/1:{\"a\":1},d.dcm:0:s/1:{\"d\":1}");

    /* Finishing sets the outcome and the line, and clears the group. */
    CHECK_INT(vt->job_file_finish(c, id[0], CAT_FILE_SUCCESS, "{\"inputFile\":\"a.dcm\"}", &err),
              0);
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->job_files(c, "job", CAT_FILE_SUCCESS, col_file, &l, &err), 0);
    CHECK_STR(l.s, "a.dcm:1::{\"inputFile\":\"a.dcm\"}");
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->job_pending_groups(c, "job", col_group, &l, &err), 0);
    CHECK_STR(l.s, "s/2,s/1");   /* groups in the order of their first pending row */
    CHECK_INT(vt->job_file_finish(c, id[3], CAT_FILE_WARNING, "w", &err), 0);
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->job_pending_groups(c, "job", col_group, &l, &err), 0);
    CHECK_STR(l.s, "s/2");
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->job_pending_in_group(c, "job", "s/1", col_file, &l, &err), 0);
    CHECK_STR(l.s, "");
    CHECK_INT(vt->job_file_finish(c, 999999, CAT_FILE_SUCCESS, "x", &err), CAT_NOT_FOUND);
    CHECK_INT(vt->job_file_finish(c, id[1], CAT_FILE_PENDING, "x", &err), -1);
    CHECK_INT(vt->job_file_finish(c, id[1], CAT_FILE_SUCCESS, NULL, &err), -1);
    cat_close(c);
}

/* ---------------------------------------------------- commits, versions */

static void test_versions(void) {
    cat_catalog *c = open_new("versions.db");
    const cat_vtable *vt = c->vt;
    tess_error err = {{0}};
    strlist l;
    add_ds(c, "ds");

    /* v1: A (#2), B (#1, two frames), E (no instance number). */
    cat_instance add1[3] = { mk_inst("A", 2), mk_inst("B", 1), mk_inst("E", -1) };
    cat_frame fr1[3] = { mk_frame("fA0", "A", 0, "seg/1", 0), mk_frame("fB1", "B", 1, "seg/1", 300),
                         mk_frame("fB0", "B", 0, "seg/1", 200) };
    CHECK_INT(commit_simple(c, "ds", "S", 1, 10, add1, 3, fr1, 3, &err), 0);
    CHECK_STR(instances(c, "S", 0, &l), "B@1-0,A@1-0,E@1-0");
    CHECK_STR(frames_of(c, "S", "B", &l), "fB0,fB1");

    /* v2: B leaves, C comes. */
    cat_image_set s = mk_set("ds", "S", 2, 20);
    cat_version v = mk_ver("S", 2, 20);
    const char retire2[1][CAT_UID] = { "B" };
    cat_instance add2[1] = { mk_inst("C", 3) };
    cat_frame fr2[1] = { mk_frame("fC0", "C", 0, "seg/2", 0) };
    cat_commit cm = { .set = &s, .expect_version = 1, .version = &v, .retire = retire2,
                      .nretire = 1, .add = add2, .nadd = 1, .frames = fr2, .nframes = 1 };
    CHECK_INT(vt->commit(c, &cm, &err), 0);

    /* v3: everything retired; A re-imported with new frames, D added. */
    s = mk_set("ds", "S", 3, 30);
    v = mk_ver("S", 3, 30);
    cat_instance add3[2] = { mk_inst("D", 4), mk_inst("A", 2) };
    cat_frame fr3[2] = { mk_frame("fA0v3", "A", 0, "seg/3", 0),
                         mk_frame("fD0", "D", 0, "seg/3", 100) };
    cat_commit cm3 = { .set = &s, .expect_version = 2, .version = &v, .retire_all = true,
                       .add = add3, .nadd = 2, .frames = fr3, .nframes = 2 };
    CHECK_INT(vt->commit(c, &cm3, &err), 0);

    /* The history, version by version. */
    CHECK_STR(instances(c, "S", 1, &l), "B@1-1,A@1-2,E@1-2");
    CHECK_STR(instances(c, "S", 2, &l), "A@1-2,C@2-2,E@1-2");
    CHECK_STR(instances(c, "S", 3, &l), "A@3-0,D@3-0");
    CHECK_STR(instances(c, "S", 0, &l), "A@3-0,D@3-0");
    /* instance_current: in the latest version or not */
    const char *cur[] = { "A", "D" }, *gone[] = { "B", "C", "E", "Z" };
    for (size_t i = 0; i < 2; i++) {
        bool yes = false;
        CHECK_INT(vt->instance_current(c, "S", cur[i], &yes, &err), 0);
        CHECK(yes);
    }
    for (size_t i = 0; i < 4; i++) {
        bool yes = true;
        CHECK_INT(vt->instance_current(c, "S", gone[i], &yes, &err), 0);
        CHECK(!yes);
    }
    bool other = true;
    CHECK_INT(vt->instance_current(c, "nope", "A", &other, &err), 0);
    CHECK(!other);
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->instances_list(c, "S", 4, col_inst, &l, &err), CAT_NOT_FOUND);
    CHECK_INT(vt->instances_list(c, "nope", 0, col_inst, &l, &err), CAT_NOT_FOUND);
    CHECK_INT(vt->instances_list(c, "nope", 1, col_inst, &l, &err), CAT_NOT_FOUND);

    /* Frames: the re-imported A has only its new frames; B is gone; the
     * old frame rows stay readable by ID. */
    CHECK_STR(frames_of(c, "S", "A", &l), "fA0v3");
    CHECK_STR(frames_of(c, "S", "B", &l), "");
    CHECK_STR(frames_of(c, "S", "C", &l), "");
    CHECK_STR(frames_of(c, "S", "D", &l), "fD0");
    cat_frame f;
    CHECK_INT(vt->frame_get(c, "S", "fA0", &f, &err), 0);
    CHECK_STR(f.segment, "seg/1");
    CHECK_INT(vt->frame_get(c, "S", "fB1", &f, &err), 0);
    CHECK(memcmp(&f, &fr1[1], sizeof f) == 0);
    CHECK_INT(vt->frame_get(c, "S", "nope", &f, &err), CAT_NOT_FOUND);
    CHECK_INT(vt->frame_get(c, "T", "fA0", &f, &err), CAT_NOT_FOUND);

    /* The set row and version rows. */
    cat_image_set got;
    CHECK_INT(vt->image_set_get(c, "ds", "S", &got, &err), 0);
    CHECK_INT(got.latest_version, 3);
    CHECK(got.created_at == 10);   /* kept from the first commit */
    CHECK(got.updated_at == 30);
    CHECK_STR(got.workflow_status, "UPDATED");
    CHECK_STR(got.tags.patient_name, "DOE^JANE");
    CHECK(got.tags.has_series_number);
    CHECK_INT(got.tags.series_number, 7);
    CHECK_INT(got.tags.study_related_series, -1);
    CHECK_INT(vt->image_set_get(c, "other", "S", &got, &err), CAT_NOT_FOUND);
    cat_version gv;
    CHECK_INT(vt->version_get(c, "S", 2, &gv, &err), 0);
    cat_version want = mk_ver("S", 2, 20);
    CHECK(memcmp(&gv, &want, sizeof gv) == 0);
    CHECK_INT(vt->version_get(c, "S", 9, &gv, &err), CAT_NOT_FOUND);

    bool more;
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->versions_list(c, "S", 0, 2, col_ver, &l, &more, &err), 0);
    CHECK_STR(l.s, "3,2");
    CHECK(more);
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->versions_list(c, "S", 2, 2, col_ver, &l, &more, &err), 0);
    CHECK_STR(l.s, "1");
    CHECK(!more);

    /* A frame row with an existing ID is replaced. */
    cat_frame again = mk_frame("fD0", "D", 0, "seg/4", 4444);
    CHECK_INT(commit_simple(c, "ds", "S", 4, 40, NULL, 0, &again, 1, &err), 0);
    CHECK_INT(vt->frame_get(c, "S", "fD0", &f, &err), 0);
    CHECK_STR(f.segment, "seg/4");
    CHECK_INT(f.offset, 4444);
    CHECK_STR(frames_of(c, "S", "D", &l), "fD0");
    CHECK_STR(instances(c, "S", 4, &l), "A@3-0,D@3-0");
    cat_close(c);
}

typedef struct inst_grab { cat_instance got[8]; int n; } inst_grab;
static int grab_inst(void *ctx, const cat_instance *i) {
    inst_grab *g = ctx;
    if (g->n < 8) g->got[g->n] = *i;
    g->n++;
    return 0;
}

static void test_instance_fields(void) {
    cat_catalog *c = open_new("fields.db");
    tess_error err = {{0}};
    add_ds(c, "ds");
    cat_instance in[2] = { mk_inst("1.2.3", 5), mk_inst("1.2.4", -1) };
    in[1].number_of_frames = 0;
    memset(in[1].sop_class_uid, '9', sizeof in[1].sop_class_uid - 1);   /* longest UID */
    CHECK_INT(commit_simple(c, "ds", "S", 1, 1, in, 2, NULL, 0, &err), 0);
    inst_grab g = { .n = 0 };
    CHECK_INT(c->vt->instances_list(c, "S", 1, grab_inst, &g, &err), 0);
    CHECK_INT(g.n, 2);
    in[0].first_version = in[1].first_version = 1;
    CHECK(memcmp(&g.got[0], &in[0], sizeof in[0]) == 0);
    CHECK(memcmp(&g.got[1], &in[1], sizeof in[1]) == 0);
    CHECK(!g.got[1].has_instance_number);
    cat_close(c);
}

static void test_auto_retire(void) {
    cat_catalog *c = open_new("autoretire.db");
    const cat_vtable *vt = c->vt;
    tess_error err = {{0}};
    strlist l;
    add_ds(c, "ds");
    cat_instance a = mk_inst("A", 1), b = mk_inst("B", 2);
    cat_instance ab[2] = { a, b };
    CHECK_INT(commit_simple(c, "ds", "S", 1, 1, ab, 2, NULL, 0, &err), 0);
    /* A added again without being retired: the old row is retired. */
    CHECK_INT(commit_simple(c, "ds", "S", 2, 2, &a, 1, NULL, 0, &err), 0);
    CHECK_STR(instances(c, "S", 0, &l), "A@2-0,B@1-0");
    CHECK_STR(instances(c, "S", 1, &l), "A@1-1,B@1-0");

    /* The same SOP twice in one commit fails, and nothing is written. */
    cat_instance twice[2] = { mk_inst("C", 3), mk_inst("C", 4) };
    CHECK_INT(commit_simple(c, "ds", "S", 3, 3, twice, 2, NULL, 0, &err), -1);
    CHECK(strstr(err.msg, "SOP C") != NULL);
    cat_version gv;
    CHECK_INT(vt->version_get(c, "S", 3, &gv, &err), CAT_NOT_FOUND);
    cat_image_set got;
    CHECK_INT(vt->image_set_get(c, "ds", "S", &got, &err), 0);
    CHECK_INT(got.latest_version, 2);
    CHECK_STR(instances(c, "S", 0, &l), "A@2-0,B@1-0");
    cat_close(c);
}

static int64_t count_rows(const char *db, const char *sql) {
    return db_int(db, sql);
}

static void test_commit_conflicts(void) {
    cat_catalog *c = open_new("conflicts.db");
    const cat_vtable *vt = c->vt;
    tess_error err = {{0}};
    strlist l;
    char p[256];
    path_of(p, sizeof p, "conflicts.db");
    add_ds(c, "ds");
    add_ds(c, "ds2");
    cat_job j = mk_job("ds", "job", "", "IN_PROGRESS", 1);
    CHECK_INT(vt->job_create(c, &j, NULL, &err), 0);
    int64_t fid;
    CHECK_INT(vt->job_file_add(c, "job", "x.dcm", CAT_FILE_PENDING, "g", "{}", &fid, &err), 0);

    cat_instance a = mk_inst("A", 1);
    cat_frame fa = mk_frame("fA", "A", 0, "seg/a", 0);
    CHECK_INT(commit_simple(c, "ds", "S", 1, 10, &a, 1, &fa, 1, &err), 0);
    CHECK_INT(commit_simple(c, "ds", "S", 2, 20, NULL, 0, NULL, 0, &err), 0);

    /* Stale expect_version: CAT_CONFLICT and nothing written. */
    cat_image_set s = mk_set("ds", "S", 2, 99);
    snprintf(s.tags.patient_id, sizeof s.tags.patient_id, "CHANGED");
    cat_version v = mk_ver("S", 2, 99);
    snprintf(v.message, sizeof v.message, "stale");
    cat_instance x = mk_inst("X", 5);
    cat_frame fx = mk_frame("fX", "X", 0, "seg/x", 0);
    const char ret[1][CAT_UID] = { "A" };
    cat_file_outcome oc = CAT_FILE_SUCCESS;
    const char *line = "ok";
    cat_commit cm = { .set = &s, .expect_version = 1, .version = &v, .retire = ret, .nretire = 1,
                      .add = &x, .nadd = 1, .frames = &fx, .nframes = 1, .file_ids = &fid,
                      .file_outcomes = &oc, .file_lines = &line, .nfiles = 1 };
    int64_t nver = count_rows(p, "SELECT COUNT(*) FROM image_set_versions");
    int64_t ninst = count_rows(p, "SELECT COUNT(*) FROM instances");
    int64_t nfr = count_rows(p, "SELECT COUNT(*) FROM frames");
    CHECK_INT(nver, 2);
    CHECK_INT(vt->commit(c, &cm, &err), CAT_CONFLICT);
    CHECK(strstr(err.msg, "version 2, not 1") != NULL);
    cat_image_set got;
    CHECK_INT(vt->image_set_get(c, "ds", "S", &got, &err), 0);
    CHECK_INT(got.latest_version, 2);
    CHECK(got.updated_at == 20);
    CHECK_STR(got.tags.patient_id, "");
    cat_version gv;
    CHECK_INT(vt->version_get(c, "S", 2, &gv, &err), 0);
    CHECK_STR(gv.message, "v2");
    CHECK_STR(instances(c, "S", 0, &l), "A@1-0");
    CHECK_INT(vt->frame_get(c, "S", "fX", &fx, &err), CAT_NOT_FOUND);
    CHECK_INT(count_rows(p, "SELECT COUNT(*) FROM image_set_versions"), nver);
    CHECK_INT(count_rows(p, "SELECT COUNT(*) FROM instances"), ninst);
    CHECK_INT(count_rows(p, "SELECT COUNT(*) FROM frames"), nfr);
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->job_files(c, "job", CAT_FILE_PENDING, col_file, &l, &err), 0);
    CHECK_STR(l.s, "x.dcm:0:g:{}");

    /* A new set whose ID exists: conflict. */
    s = mk_set("ds", "S", 1, 5);
    v = mk_ver("S", 1, 5);
    cat_commit cm0 = { .set = &s, .expect_version = 0, .version = &v, .file_ids = &fid,
                       .file_outcomes = &oc, .file_lines = &line, .nfiles = 1 };
    CHECK_INT(vt->commit(c, &cm0, &err), CAT_CONFLICT);
    CHECK_INT(vt->image_set_get(c, "ds", "S", &got, &err), 0);
    CHECK_INT(got.latest_version, 2);
    CHECK(got.created_at == 10);

    /* Versions must follow expect_version; the ids must agree. */
    s = mk_set("ds", "S", 4, 30);
    v = mk_ver("S", 4, 30);
    cat_commit cmj = { .set = &s, .expect_version = 2, .version = &v };
    CHECK_INT(vt->commit(c, &cmj, &err), -1);
    CHECK(strstr(err.msg, "does not follow") != NULL);
    s = mk_set("ds", "S", 3, 30);
    v = mk_ver("T", 3, 30);
    cat_commit cmi = { .set = &s, .expect_version = 2, .version = &v };
    CHECK_INT(vt->commit(c, &cmi, &err), -1);

    /* The right version but the wrong datastore, or an unknown set. */
    s = mk_set("ds2", "S", 3, 30);
    v = mk_ver("S", 3, 30);
    cat_commit cmd = { .set = &s, .expect_version = 2, .version = &v };
    CHECK_INT(vt->commit(c, &cmd, &err), CAT_NOT_FOUND);
    CHECK_INT(commit_simple(c, "ds", "U", 2, 30, NULL, 0, NULL, 0, &err), CAT_NOT_FOUND);
    CHECK_INT(commit_simple(c, "dsNone", "U", 1, 30, NULL, 0, NULL, 0, &err), CAT_NOT_FOUND);

    /* A job-file row that does not exist fails the whole commit. */
    s = mk_set("ds", "S", 3, 30);
    v = mk_ver("S", 3, 30);
    int64_t bad_ids[2] = { fid, 424242 };
    cat_file_outcome ocs[2] = { CAT_FILE_SUCCESS, CAT_FILE_SUCCESS };
    const char *lines[2] = { "ok", "ok" };
    cat_commit cmf = { .set = &s, .expect_version = 2, .version = &v, .add = &x, .nadd = 1,
                       .file_ids = bad_ids, .file_outcomes = ocs, .file_lines = lines,
                       .nfiles = 2 };
    CHECK_INT(vt->commit(c, &cmf, &err), CAT_NOT_FOUND);
    CHECK_INT(vt->version_get(c, "S", 3, &gv, &err), CAT_NOT_FOUND);
    CHECK_STR(instances(c, "S", 0, &l), "A@1-0");
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->job_files(c, "job", CAT_FILE_PENDING, col_file, &l, &err), 0);
    CHECK_STR(l.s, "x.dcm:0:g:{}");

    /* Over-long values: refused before anything is written. */
    cat_instance longi = mk_inst("L", 1);
    memset(longi.sop_uid, '1', sizeof longi.sop_uid);
    CHECK_INT(commit_simple(c, "ds", "S", 3, 30, &longi, 1, NULL, 0, &err), -1);
    CHECK(strstr(err.msg, "sop_uid is longer than 64 bytes") != NULL);
    cat_frame lf = mk_frame("fL", "A", 0, "seg", 0);
    lf.nres = CAT_MAX_LEVELS + 1;
    CHECK_INT(commit_simple(c, "ds", "S", 3, 30, NULL, 0, &lf, 1, &err), -1);
    lf = mk_frame("fL", "A", 0, "seg", 0);
    lf.offset = (uint64_t)INT64_MAX + 1;
    CHECK_INT(commit_simple(c, "ds", "S", 3, 30, NULL, 0, &lf, 1, &err), -1);
    CHECK_INT(vt->version_get(c, "S", 3, &gv, &err), CAT_NOT_FOUND);

    /* And the good commit finishes the file. */
    cat_commit ok = { .set = &s, .expect_version = 2, .version = &v, .add = &x, .nadd = 1,
                      .file_ids = &fid, .file_outcomes = &oc, .file_lines = &line, .nfiles = 1 };
    CHECK_INT(vt->commit(c, &ok, &err), 0);
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->job_files(c, "job", -1, col_file, &l, &err), 0);
    CHECK_STR(l.s, "x.dcm:1::ok");
    CHECK_STR(instances(c, "S", 0, &l), "A@1-0,X@3-0");
    cat_close(c);
}

static void test_set_state(void) {
    cat_catalog *c = open_new("state.db");
    const cat_vtable *vt = c->vt;
    tess_error err = {{0}};
    add_ds(c, "ds");
    CHECK_INT(commit_simple(c, "ds", "S", 1, 10, NULL, 0, NULL, 0, &err), 0);
    CHECK_INT(commit_simple(c, "ds", "S", 2, 20, NULL, 0, NULL, 0, &err), 0);
    cat_image_set got;
    cat_version gv;

    CHECK_INT(vt->image_set_set_state(c, "ds", "S", 1, "LOCKED", "UPDATING", "m", 30, &err),
              CAT_CONFLICT);
    CHECK_INT(vt->image_set_get(c, "ds", "S", &got, &err), 0);
    CHECK_STR(got.state, "ACTIVE");
    CHECK(got.updated_at == 20);
    CHECK_INT(vt->version_get(c, "S", 2, &gv, &err), 0);
    CHECK_STR(gv.state, "ACTIVE");

    CHECK_INT(vt->image_set_set_state(c, "ds", "S", 2, "LOCKED", "UPDATING", "busy", 30, &err),
              0);
    CHECK_INT(vt->image_set_get(c, "ds", "S", &got, &err), 0);
    CHECK_STR(got.state, "LOCKED");
    CHECK_STR(got.workflow_status, "UPDATING");
    CHECK_STR(got.message, "busy");
    CHECK(got.updated_at == 30);
    CHECK_INT(vt->version_get(c, "S", 2, &gv, &err), 0);
    CHECK_STR(gv.state, "LOCKED");
    CHECK_STR(gv.workflow_status, "UPDATING");
    CHECK_STR(gv.message, "busy");
    CHECK(gv.updated_at == 30);
    CHECK_INT(vt->version_get(c, "S", 1, &gv, &err), 0);
    CHECK_STR(gv.state, "ACTIVE");
    CHECK_STR(gv.message, "v1");

    /* expect_version 0: no check. NULL message: empty. */
    CHECK_INT(vt->image_set_set_state(c, "ds", "S", 0, "ACTIVE", "UPDATED", NULL, 40, &err), 0);
    CHECK_INT(vt->image_set_get(c, "ds", "S", &got, &err), 0);
    CHECK_STR(got.state, "ACTIVE");
    CHECK_STR(got.message, "");
    CHECK_INT(vt->image_set_set_state(c, "other", "S", 0, "ACTIVE", "UPDATED", "", 40, &err),
              CAT_NOT_FOUND);
    CHECK_INT(vt->image_set_set_state(c, "ds", "S", 0, "ACTIVE_BUT_TOO_LONG", "", "", 40, &err),
              -1);
    CHECK_INT(vt->image_set_delete(c, "ds", "S", 50, &err), 0);
    CHECK_INT(vt->image_set_set_state(c, "ds", "S", 0, "ACTIVE", "UPDATED", "", 60, &err),
              CAT_CONFLICT);
    CHECK_INT(vt->image_set_get(c, "ds", "S", &got, &err), 0);
    CHECK_STR(got.state, "DELETED");
    cat_close(c);
}

static void test_delete(void) {
    cat_catalog *c = open_new("delete.db");
    const cat_vtable *vt = c->vt;
    tess_error err = {{0}};
    strlist l;
    add_ds(c, "ds");
    cat_instance a = mk_inst("A", 1);
    cat_frame fa = mk_frame("fA", "A", 0, "seg/shared", 0);
    cat_frame fb = mk_frame("fB", "A", 0, "seg/own", 0);
    CHECK_INT(commit_simple(c, "ds", "S1", 1, 10, &a, 1, &fa, 1, &err), 0);
    CHECK_INT(commit_simple(c, "ds", "S1", 2, 11, &a, 1, &fb, 1, &err), 0);
    /* S2: a copy whose frame rows point at the same segment. */
    cat_frame fcopy = mk_frame("fC", "A", 0, "seg/shared", 0);
    CHECK_INT(commit_simple(c, "ds", "S2", 1, 12, &a, 1, &fcopy, 1, &err), 0);
    const char *k[1] = { "owner" }, *val[1] = { "me" };
    CHECK_INT(vt->tags_put(c, "ds", "S1", k, val, 1, &err), 0);

    bool yes = false;
    static const char *const refs[] = { "seg/shared", "seg/own", "doc/S1/1", "doc/S1/2",
                                        "sj/S1/2" };
    for (size_t i = 0; i < 5; i++) {
        yes = false;
        CHECK_INT(vt->blob_referenced(c, refs[i], &yes, &err), 0);
        CHECK(yes);
    }
    CHECK_INT(vt->blob_referenced(c, "seg/none", &yes, &err), 0);
    CHECK(!yes);
    CHECK_INT(vt->blob_referenced(c, "", &yes, &err), 0);
    CHECK(!yes);
    CHECK_INT(vt->image_set_count(c, "ds", &err), 2);

    CHECK_INT(vt->image_set_delete(c, "ds", "S1", 50, &err), 0);
    cat_image_set got;
    CHECK_INT(vt->image_set_get(c, "ds", "S1", &got, &err), 0);
    CHECK_STR(got.state, "DELETED");
    CHECK_STR(got.workflow_status, "DELETED");
    CHECK(got.deleted_at == 50);
    CHECK(got.updated_at == 50);
    for (int64_t ver = 1; ver <= 2; ver++) {
        cat_version gv;
        CHECK_INT(vt->version_get(c, "S1", ver, &gv, &err), 0);
        CHECK_STR(gv.state, "DELETED");
        CHECK_STR(gv.workflow_status, "DELETED");
        CHECK(gv.deleted_at == 50);
        CHECK_STR(gv.doc_key, "");
        CHECK_STR(gv.series_json_key, "");
        CHECK_STR(gv.sections, "");
    }
    CHECK_STR(instances(c, "S1", 0, &l), "");
    CHECK_STR(instances(c, "S1", 1, &l), "");
    cat_frame f;
    CHECK_INT(vt->frame_get(c, "S1", "fA", &f, &err), CAT_NOT_FOUND);
    CHECK_INT(vt->tags_count(c, "ds", "S1", &err), 0);
    CHECK_INT(vt->image_set_count(c, "ds", &err), 1);
    /* The sweeper may take what only S1 referenced. */
    CHECK_INT(vt->blob_referenced(c, "seg/own", &yes, &err), 0);
    CHECK(!yes);
    CHECK_INT(vt->blob_referenced(c, "doc/S1/1", &yes, &err), 0);
    CHECK(!yes);
    CHECK_INT(vt->blob_referenced(c, "sj/S1/2", &yes, &err), 0);
    CHECK(!yes);
    CHECK_INT(vt->blob_referenced(c, "seg/shared", &yes, &err), 0);
    CHECK(yes);
    CHECK_INT(vt->blob_referenced(c, "doc/S2/1", &yes, &err), 0);
    CHECK(yes);

    /* Deleted sets accept no commit; deleting again is harmless. */
    CHECK_INT(commit_simple(c, "ds", "S1", 3, 60, NULL, 0, NULL, 0, &err), CAT_CONFLICT);
    CHECK_INT(vt->image_set_delete(c, "ds", "S1", 70, &err), 0);
    CHECK_INT(vt->image_set_delete(c, "ds", "nope", 70, &err), CAT_NOT_FOUND);
    CHECK_INT(vt->image_set_delete(c, "other", "S2", 70, &err), CAT_NOT_FOUND);
    CHECK_INT(vt->image_set_delete(c, "ds", "S2", 80, &err), 0);
    CHECK_INT(vt->blob_referenced(c, "seg/shared", &yes, &err), 0);
    CHECK(!yes);
    CHECK_INT(vt->image_set_count(c, "ds", &err), 0);
    cat_close(c);
}

static void test_primary_lookups(void) {
    cat_catalog *c = open_new("primary.db");
    const cat_vtable *vt = c->vt;
    tess_error err = {{0}};
    add_ds(c, "ds");
    add_ds(c, "ds2");
    struct { const char *ds, *id, *study, *series; bool primary; double at; } sets[] = {
        { "ds", "A", "1.1", "1.1.1", true, 1 },
        { "ds", "B", "1.1", "1.1.1", false, 2 },
        { "ds", "C", "1.1", "1.1.2", true, 3 },
        { "ds", "D", "1.2", "1.2.1", true, 4 },
        { "ds2", "E", "1.1", "1.1.1", true, 5 },
    };
    for (size_t i = 0; i < 5; i++) {
        cat_image_set s = mk_set(sets[i].ds, sets[i].id, 1, sets[i].at);
        snprintf(s.tags.study_uid, sizeof s.tags.study_uid, "%s", sets[i].study);
        snprintf(s.tags.series_uid, sizeof s.tags.series_uid, "%s", sets[i].series);
        s.is_primary = sets[i].primary;
        cat_version v = mk_ver(sets[i].id, 1, sets[i].at);
        cat_commit cm = { .set = &s, .version = &v };
        CHECK_INT(vt->commit(c, &cm, &err), 0);
    }
    cat_image_set got;
    CHECK_INT(vt->image_set_find_primary(c, "ds", "1.1", "1.1.1", &got, &err), 0);
    CHECK_STR(got.id, "A");
    CHECK_INT(vt->image_set_find_primary(c, "ds2", "1.1", "1.1.1", &got, &err), 0);
    CHECK_STR(got.id, "E");
    CHECK_INT(vt->image_set_find_primary(c, "ds", "1.1", "1.1.9", &got, &err), CAT_NOT_FOUND);
    strlist l = {0};
    CHECK_INT(vt->image_sets_of_study(c, "ds", "1.1", col_set, &l, &err), 0);
    CHECK_STR(l.s, "A,C");
    CHECK_INT(vt->image_set_count(c, "ds", &err), 4);
    CHECK_INT(vt->image_set_count(c, "ds2", &err), 1);
    CHECK_INT(vt->image_set_delete(c, "ds", "A", 9, &err), 0);
    CHECK_INT(vt->image_set_find_primary(c, "ds", "1.1", "1.1.1", &got, &err), CAT_NOT_FOUND);
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->image_sets_of_study(c, "ds", "1.1", col_set, &l, &err), 0);
    CHECK_STR(l.s, "C");
    CHECK_INT(vt->image_set_count(c, "ds", &err), 3);
    /* A deleted set is still returned by get, as DELETED. */
    CHECK_INT(vt->image_set_get(c, "ds", "A", &got, &err), 0);
    CHECK_STR(got.state, "DELETED");

    /* sole_primary: a new primary set of a series that has one already is
     * a conflict (two assemblies that both found none); a non-primary set,
     * another series, or a series whose primary was deleted are fine */
    struct { const char *id, *series; bool primary; int want; } news[] = {
        { "F", "1.1.2", true, CAT_CONFLICT },     /* C is its primary */
        { "G", "1.1.2", false, 0 },
        { "H", "1.1.3", true, 0 },
        { "I", "1.1.3", true, CAT_CONFLICT },     /* H now */
        { "J", "1.1.1", true, 0 },                /* A was deleted */
    };
    for (size_t i = 0; i < sizeof news / sizeof news[0]; i++) {
        cat_image_set s = mk_set("ds", news[i].id, 1, 20 + (double)i);
        snprintf(s.tags.study_uid, sizeof s.tags.study_uid, "1.1");
        snprintf(s.tags.series_uid, sizeof s.tags.series_uid, "%s", news[i].series);
        s.is_primary = news[i].primary;
        cat_version v = mk_ver(news[i].id, 1, 20 + (double)i);
        cat_commit cm = { .set = &s, .version = &v, .sole_primary = true };
        CHECK_INT(vt->commit(c, &cm, &err), news[i].want);
        if (news[i].want) CHECK(strstr(err.msg, "has a primary image set already") != NULL);
    }
    CHECK_INT(vt->image_set_get(c, "ds", "F", &got, &err), CAT_NOT_FOUND);
    CHECK_INT(vt->image_set_get(c, "ds", "I", &got, &err), CAT_NOT_FOUND);
    /* without the flag the catalog does not judge (CopyImageSet promotes) */
    cat_image_set s2 = mk_set("ds", "K", 1, 40);
    snprintf(s2.tags.study_uid, sizeof s2.tags.study_uid, "1.1");
    snprintf(s2.tags.series_uid, sizeof s2.tags.series_uid, "1.1.3");
    cat_version v2 = mk_ver("K", 1, 40);
    cat_commit cm2 = { .set = &s2, .version = &v2 };
    CHECK_INT(vt->commit(c, &cm2, &err), 0);
    cat_close(c);
}

/* --------------------------------------------------------------- search */

typedef struct srow {
    const char *id, *patient, *accession, *study_id, *study_uid, *series_uid, *date, *time;
    bool primary;
    double created, updated;
    int ninst;
} srow;

/* Default order (updatedAt DESC, id DESC) of the live sets of "ds":
 * s02 209, s06 207, s00 205, s05 203, s03 203, s01 203, s04 201, s07 200. */
static const srow g_rows[] = {
    { "s00", "P1", "A1", "S1", "1.1", "1.1.1", "20240101", "", true, 100, 205, 2 },
    { "s01", "P1", "A1", "S1", "1.1", "1.1.2", "20240101", "101010", true, 101, 203, 3 },
    { "s02", "P2", "A2", "S2", "1.2", "1.2.1", "20240102", "000000", true, 102, 209, 1 },
    { "s03", "P2", "A2", "S2", "1.2", "1.2.1", "20240102", "235959.5", false, 103, 203, 4 },
    { "s04", "P3", "A3", "S3", "1.3", "1.3.1", "20240103", "1200", true, 104, 201, 1 },
    { "s05", "P3", "A3", "S3", "1.3", "1.3.2", "20231231", "235959", true, 105, 203, 1 },
    { "s06", "P4", "", "", "", "1.9.9", "", "", true, 106, 207, 1 },
    { "s07", "P1", "A7", "S7", "1.7", "1.7.1", "20240101", "235959.999999", true, 107, 200, 1 },
    { "s08", "P1", "A1", "S1", "1.1", "1.1.3", "20240101", "120000", true, 108, 210, 5 },
};

static void add_search_set(cat_catalog *c, const char *ds, const srow *r) {
    cat_image_set s = mk_set(ds, r->id, 1, r->created);
    s.updated_at = r->updated;
    s.is_primary = r->primary;
    cat_dicom_tags *t = &s.tags;
    snprintf(t->patient_id, sizeof t->patient_id, "%s", r->patient);
    snprintf(t->accession_number, sizeof t->accession_number, "%s", r->accession);
    snprintf(t->study_id, sizeof t->study_id, "%s", r->study_id);
    snprintf(t->study_uid, sizeof t->study_uid, "%s", r->study_uid);
    snprintf(t->series_uid, sizeof t->series_uid, "%s", r->series_uid);
    snprintf(t->study_date, sizeof t->study_date, "%s", r->date);
    snprintf(t->study_time, sizeof t->study_time, "%s", r->time);
    cat_version v = mk_ver(r->id, 1, r->created);
    cat_instance in[8];
    for (int i = 0; i < r->ninst; i++) {
        char sop[64];
        snprintf(sop, sizeof sop, "%s.%d", r->id, i);
        in[i] = mk_inst(sop, i);
    }
    cat_commit cm = { .set = &s, .version = &v, .add = in, .nadd = (size_t)r->ninst };
    tess_error err;
    CHECK_INT(c->vt->commit(c, &cm, &err), 0);
}

static cat_search q_none(void) {
    cat_search q;
    memset(&q, 0, sizeof q);
    q.limit = 50;
    return q;
}

static void f_str(cat_search *q, cat_search_attr a, const char *v) {
    cat_search_filter *f = &q->filters[q->nfilters++];
    memset(f, 0, sizeof *f);
    f->attr = a;
    snprintf(f->v[0].s, sizeof f->v[0].s, "%s", v);
}

static void f_time(cat_search *q, cat_search_attr a, bool between, double t0, double t1) {
    cat_search_filter *f = &q->filters[q->nfilters++];
    memset(f, 0, sizeof *f);
    f->attr = a;
    f->between = between;
    f->v[0].t = t0;
    f->v[1].t = t1;
}

static void f_dt(cat_search *q, bool between, const char *d0, const char *t0, const char *d1,
                 const char *t1) {
    cat_search_filter *f = &q->filters[q->nfilters++];
    memset(f, 0, sizeof *f);
    f->attr = CAT_SA_STUDY_DATE_TIME;
    f->between = between;
    snprintf(f->v[0].date, sizeof f->v[0].date, "%s", d0);
    snprintf(f->v[0].time, sizeof f->v[0].time, "%s", t0);
    if (d1) snprintf(f->v[1].date, sizeof f->v[1].date, "%s", d1);
    if (t1) snprintf(f->v[1].time, sizeof f->v[1].time, "%s", t1);
}

static void f_primary(cat_search *q, bool b) {
    cat_search_filter *f = &q->filters[q->nfilters++];
    memset(f, 0, sizeof *f);
    f->attr = CAT_SA_IS_PRIMARY;
    f->v[0].b = b;
}

static const char *run_search(cat_catalog *c, const cat_search *q, strlist *l, bool *more) {
    memset(l, 0, sizeof *l);
    tess_error err;
    bool m = false;
    if (c->vt->search(c, "ds", q, col_set, l, &m, &err)) {
        fprintf(stderr, "search: %s\n", err.msg);
        return "(error)";
    }
    if (more) *more = m;
    return l->s;
}

typedef struct tagrows { cat_image_set rows[10]; int n; } tagrows;
static int grab_set(void *ctx, const cat_image_set *s) {
    tagrows *t = ctx;
    if (t->n < 10) t->rows[t->n] = *s;
    t->n++;
    return 0;
}

static void test_search(void) {
    cat_catalog *c = open_new("search.db");
    const cat_vtable *vt = c->vt;
    tess_error err = {{0}};
    strlist l;
    bool more;
    add_ds(c, "ds");
    add_ds(c, "other");
    for (size_t i = 0; i < sizeof g_rows / sizeof g_rows[0]; i++)
        add_search_set(c, "ds", &g_rows[i]);
    srow foreign = g_rows[0];
    foreign.id = "s09";
    add_search_set(c, "other", &foreign);
    CHECK_INT(vt->image_set_delete(c, "ds", "s08", 300, &err), 0);

    /* No filter: every live set of the datastore, updatedAt DESC, id DESC. */
    cat_search q = q_none();
    CHECK_STR(run_search(c, &q, &l, &more), "s02,s06,s00,s05,s03,s01,s04,s07");
    CHECK(!more);
    q.ascending = true;
    CHECK_STR(run_search(c, &q, &l, &more), "s07,s04,s01,s03,s05,s00,s06,s02");
    q.sort = CAT_SORT_CREATED_AT;
    CHECK_STR(run_search(c, &q, &l, &more), "s00,s01,s02,s03,s04,s05,s06,s07");
    q.ascending = false;
    CHECK_STR(run_search(c, &q, &l, &more), "s07,s06,s05,s04,s03,s02,s01,s00");
    /* Study date and time, a missing time being 000000, no date first. */
    q.sort = CAT_SORT_STUDY_DATE_TIME;
    q.ascending = true;
    CHECK_STR(run_search(c, &q, &l, &more), "s06,s05,s00,s01,s07,s02,s03,s04");
    q.ascending = false;
    CHECK_STR(run_search(c, &q, &l, &more), "s04,s03,s02,s07,s01,s00,s05,s06");

    /* Pages of 3: no duplicate, no gap. */
    q = q_none();
    q.limit = 3;
    char all[256] = "";
    const char *want[3] = { "s02,s06,s00", "s05,s03,s01", "s04,s07" };
    for (int page = 0; page < 3; page++) {
        q.offset = page * 3;
        CHECK_STR(run_search(c, &q, &l, &more), want[page]);
        CHECK(more == (page < 2));
        strcat(all, page ? "," : "");
        strcat(all, l.s);
    }
    CHECK_STR(all, "s02,s06,s00,s05,s03,s01,s04,s07");
    q.offset = 4;
    q.limit = 4;
    CHECK_STR(run_search(c, &q, &l, &more), "s03,s01,s04,s07");
    CHECK(!more);
    q.offset = 0;
    q.limit = 7;
    run_search(c, &q, &l, &more);
    CHECK_INT(l.n, 7);
    CHECK(more);
    q.offset = 8;
    CHECK_STR(run_search(c, &q, &l, &more), "");
    CHECK(!more);
    /* Pages over a sort with ties (created DESC is tie-free; updatedAt has
     * three sets at 203) in ascending order, limit 1. */
    q = q_none();
    q.ascending = true;
    q.limit = 1;
    all[0] = '\0';
    for (int page = 0; page < 8; page++) {
        q.offset = page;
        run_search(c, &q, &l, &more);
        CHECK(more == (page < 7));
        strcat(all, page ? "," : "");
        strcat(all, l.s);
    }
    CHECK_STR(all, "s07,s04,s01,s03,s05,s00,s06,s02");

    /* EQUAL on each string attribute: exact (no prefix, case kept). */
    q = q_none();
    f_str(&q, CAT_SA_PATIENT_ID, "P1");
    CHECK_STR(run_search(c, &q, &l, &more), "s00,s01,s07");
    q = q_none();
    f_str(&q, CAT_SA_PATIENT_ID, "P");
    CHECK_STR(run_search(c, &q, &l, &more), "");
    q = q_none();
    f_str(&q, CAT_SA_PATIENT_ID, "p1");
    CHECK_STR(run_search(c, &q, &l, &more), "");
    q = q_none();
    f_str(&q, CAT_SA_ACCESSION_NUMBER, "A2");
    CHECK_STR(run_search(c, &q, &l, &more), "s02,s03");
    q = q_none();
    f_str(&q, CAT_SA_STUDY_ID, "S3");
    CHECK_STR(run_search(c, &q, &l, &more), "s05,s04");
    q = q_none();
    f_str(&q, CAT_SA_STUDY_UID, "1.1");
    CHECK_STR(run_search(c, &q, &l, &more), "s00,s01");
    q = q_none();
    f_str(&q, CAT_SA_SERIES_UID, "1.2.1");
    CHECK_STR(run_search(c, &q, &l, &more), "s02,s03");

    /* createdAt / updatedAt: EQUAL and inclusive BETWEEN. */
    q = q_none();
    f_time(&q, CAT_SA_CREATED_AT, false, 104, 0);
    CHECK_STR(run_search(c, &q, &l, &more), "s04");
    q = q_none();
    f_time(&q, CAT_SA_CREATED_AT, true, 101, 103);
    CHECK_STR(run_search(c, &q, &l, &more), "s02,s03,s01");
    q = q_none();
    f_time(&q, CAT_SA_UPDATED_AT, false, 203, 0);
    CHECK_STR(run_search(c, &q, &l, &more), "s05,s03,s01");
    q = q_none();
    f_time(&q, CAT_SA_UPDATED_AT, true, 203, 205);
    CHECK_STR(run_search(c, &q, &l, &more), "s00,s05,s03,s01");

    /* DICOMStudyDateAndTime. */
    q = q_none();
    f_dt(&q, false, "20240101", "", NULL, NULL);            /* the whole day */
    CHECK_STR(run_search(c, &q, &l, &more), "s00,s01,s07");
    q = q_none();
    f_dt(&q, false, "20240101", "101010", NULL, NULL);
    CHECK_STR(run_search(c, &q, &l, &more), "s01");
    q = q_none();
    f_dt(&q, false, "20240101", "000000", NULL, NULL);      /* missing time = 000000 */
    CHECK_STR(run_search(c, &q, &l, &more), "s00");
    q = q_none();
    f_dt(&q, false, "20240102", "235959.5", NULL, NULL);
    CHECK_STR(run_search(c, &q, &l, &more), "s03");
    q = q_none();
    f_dt(&q, true, "20231231", "", "20240101", "");         /* upper day included whole */
    CHECK_STR(run_search(c, &q, &l, &more), "s00,s05,s01,s07");
    q = q_none();
    f_dt(&q, true, "20240101", "101010", "20240102", "000000");   /* both bounds included */
    CHECK_STR(run_search(c, &q, &l, &more), "s02,s01,s07");
    q = q_none();
    f_dt(&q, true, "20240101", "101011", "20240102", "235959");   /* 235959.5 is after */
    CHECK_STR(run_search(c, &q, &l, &more), "s02,s07");
    q = q_none();
    f_dt(&q, true, "20240104", "", "20250101", "");
    CHECK_STR(run_search(c, &q, &l, &more), "");

    /* isPrimary, and two filters together. */
    q = q_none();
    f_primary(&q, false);
    CHECK_STR(run_search(c, &q, &l, &more), "s03");
    q = q_none();
    f_primary(&q, true);
    CHECK_STR(run_search(c, &q, &l, &more), "s02,s06,s00,s05,s01,s04,s07");
    q = q_none();
    f_str(&q, CAT_SA_PATIENT_ID, "P1");
    f_time(&q, CAT_SA_UPDATED_AT, true, 200, 204);
    CHECK_STR(run_search(c, &q, &l, &more), "s01,s07");
    q = q_none();
    f_str(&q, CAT_SA_STUDY_UID, "1.2");
    f_primary(&q, true);
    CHECK_STR(run_search(c, &q, &l, &more), "s02");
    q = q_none();
    f_dt(&q, true, "20240101", "", "20240103", "");
    f_str(&q, CAT_SA_PATIENT_ID, "P2");
    q.sort = CAT_SORT_STUDY_DATE_TIME;
    q.ascending = true;
    CHECK_STR(run_search(c, &q, &l, &more), "s02,s03");

    /* The rows carry their tags and the study-related counts: primary,
     * live sets of the study and their current instances. */
    q = q_none();
    tagrows tr = { .n = 0 };
    CHECK_INT(vt->search(c, "ds", &q, grab_set, &tr, &more, &err), 0);
    CHECK_INT(tr.n, 8);
    for (int i = 0; i < tr.n && i < 10; i++) {
        const cat_image_set *s = &tr.rows[i];
        long long want_series = -1, want_inst = -1;
        if (!strcmp(s->tags.study_uid, "1.1")) want_series = 2, want_inst = 5;   /* s00 s01 */
        if (!strcmp(s->tags.study_uid, "1.2")) want_series = 1, want_inst = 1;   /* s02 only */
        if (!strcmp(s->tags.study_uid, "1.3")) want_series = 2, want_inst = 2;
        if (!strcmp(s->tags.study_uid, "1.7")) want_series = 1, want_inst = 1;
        CHECK_INT(s->tags.study_related_series, want_series);
        CHECK_INT(s->tags.study_related_instances, want_inst);
        CHECK_STR(s->tags.patient_name, "DOE^JANE");
        CHECK_STR(s->datastore_id, "ds");
    }
    CHECK_STR(tr.rows[0].id, "s02");
    CHECK_STR(tr.rows[0].tags.study_time, "000000");
    CHECK_STR(tr.rows[1].id, "s06");
    CHECK_INT(tr.rows[1].tags.study_related_series, -1);

    /* A callback that stops early: the rest is left, more says so. */
    q = q_none();
    memset(&l, 0, sizeof l);
    l.stop_after = 2;
    CHECK_INT(vt->search(c, "ds", &q, col_set, &l, &more, &err), 0);
    CHECK_STR(l.s, "s02,s06");
    CHECK(more);

    /* Bad queries. */
    q = q_none();
    f_str(&q, CAT_SA_PATIENT_ID, "P1");
    q.filters[0].between = true;
    CHECK_INT(vt->search(c, "ds", &q, col_set, &l, &more, &err), -1);
    CHECK(strstr(err.msg, "BETWEEN") != NULL);
    q = q_none();
    q.limit = 0;
    CHECK_INT(vt->search(c, "ds", &q, col_set, &l, &more, &err), -1);
    q.limit = 1001;
    CHECK_INT(vt->search(c, "ds", &q, col_set, &l, &more, &err), -1);
    q = q_none();
    q.nfilters = 3;
    CHECK_INT(vt->search(c, "ds", &q, col_set, &l, &more, &err), -1);
    q = q_none();
    f_dt(&q, false, "2024-1-1", "", NULL, NULL);
    CHECK_INT(vt->search(c, "ds", &q, col_set, &l, &more, &err), -1);
    CHECK(strstr(err.msg, "YYYYMMDD") != NULL);
    q = q_none();
    f_dt(&q, false, "20240101", "1o1010", NULL, NULL);
    CHECK_INT(vt->search(c, "ds", &q, col_set, &l, &more, &err), -1);
    q = q_none();
    q.sort = (cat_sort_field)9;
    CHECK_INT(vt->search(c, "ds", &q, col_set, &l, &more, &err), -1);
    /* String values are bound, never spliced into SQL. */
    q = q_none();
    f_str(&q, CAT_SA_PATIENT_ID, "P1' OR '1'='1");
    CHECK_STR(run_search(c, &q, &l, &more), "");
    cat_close(c);
}

static void test_touch(void) {
    cat_catalog *c = open_new("touch.db");
    const cat_vtable *vt = c->vt;
    tess_error err = {{0}};
    add_ds(c, "ds");
    const char *ids[3] = { "T1", "T2", "T3" };
    for (int i = 0; i < 3; i++) {
        cat_image_set s = mk_set("ds", ids[i], 1, 1);
        snprintf(s.storage_tier, sizeof s.storage_tier, "ARCHIVE_INSTANT_ACCESS");
        s.last_accessed_at = 5;
        cat_version v = mk_ver(ids[i], 1, 1);
        cat_commit cm = { .set = &s, .version = &v };
        CHECK_INT(vt->commit(c, &cm, &err), 0);
    }
    const char batch[3][CAT_ID] = { "T1", "T3", "unknown" };
    CHECK_INT(vt->touch(c, batch, 3, 500, &err), 0);
    CHECK_INT(vt->touch(c, batch, 0, 600, &err), 0);
    cat_image_set got;
    CHECK_INT(vt->image_set_get(c, "ds", "T1", &got, &err), 0);
    CHECK_STR(got.storage_tier, "FREQUENT_ACCESS");
    CHECK(got.last_accessed_at == 500);
    CHECK(got.updated_at == 1);   /* an access is not an update */
    CHECK_INT(vt->image_set_get(c, "ds", "T3", &got, &err), 0);
    CHECK_STR(got.storage_tier, "FREQUENT_ACCESS");
    CHECK(got.last_accessed_at == 500);
    CHECK_INT(vt->image_set_get(c, "ds", "T2", &got, &err), 0);
    CHECK_STR(got.storage_tier, "ARCHIVE_INSTANT_ACCESS");
    CHECK(got.last_accessed_at == 5);
    cat_close(c);
}

static void test_tags(void) {
    cat_catalog *c = open_new("tags.db");
    const cat_vtable *vt = c->vt;
    tess_error err = {{0}};
    add_ds(c, "ds");
    strlist l = {0};
    const char *k1[2] = { "k2", "k1" }, *v1[2] = { "v2", "v1" };
    CHECK_INT(vt->tags_put(c, "ds", "", k1, v1, 2, &err), 0);
    CHECK_INT(vt->tags_list(c, "ds", "", col_tag, &l, &err), 0);
    CHECK_STR(l.s, "k1=v1,k2=v2");
    CHECK_INT(vt->tags_count(c, "ds", "", &err), 2);
    CHECK_INT(vt->tags_count(c, "ds", NULL, &err), 2);   /* NULL = the datastore */

    /* Upsert. */
    const char *k2[1] = { "k1" }, *v2[1] = { "" };
    CHECK_INT(vt->tags_put(c, "ds", NULL, k2, v2, 1, &err), 0);
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->tags_list(c, "ds", "", col_tag, &l, &err), 0);
    CHECK_STR(l.s, "k1=,k2=v2");

    /* An image set is another resource. */
    const char *k3[1] = { "a" }, *v3[1] = { "1" };
    CHECK_INT(vt->tags_put(c, "ds", "S", k3, v3, 1, &err), 0);
    CHECK_INT(vt->tags_count(c, "ds", "S", &err), 1);
    CHECK_INT(vt->tags_count(c, "ds", "", &err), 2);

    /* Remove: missing keys are fine. */
    const char *rm[2] = { "k1", "missing" };
    CHECK_INT(vt->tags_remove(c, "ds", "", rm, 2, &err), 0);
    memset(&l, 0, sizeof l);
    CHECK_INT(vt->tags_list(c, "ds", "", col_tag, &l, &err), 0);
    CHECK_STR(l.s, "k2=v2");
    CHECK_INT(vt->tags_count(c, "ds", "S", &err), 1);

    /* Limits; a batch is one transaction (the datastore must exist). */
    char longk[200];
    memset(longk, 'k', 129);
    longk[129] = '\0';
    const char *kl[1] = { longk }, *vl[1] = { "v" };
    CHECK_INT(vt->tags_put(c, "ds", "", kl, vl, 1, &err), -1);
    longk[128] = '\0';
    CHECK_INT(vt->tags_put(c, "ds", "", kl, vl, 1, &err), 0);
    const char *ke[1] = { "" };
    CHECK_INT(vt->tags_put(c, "ds", "", ke, vl, 1, &err), -1);
    const char *kb[2] = { "x", "y" }, *vb[2] = { "1", "2" };
    CHECK_INT(vt->tags_put(c, "nods", "", kb, vb, 2, &err), -1);
    CHECK_INT(vt->tags_count(c, "nods", "", &err), 0);
    cat_close(c);
}

/* A listing callback that writes and reads through the same catalog: no
 * deadlock (callbacks run on a read connection, outside the write lock). */
typedef struct reenter { cat_catalog *c; int n, errors; } reenter;
static int reenter_cb(void *ctx, const cat_job_file *f) {
    reenter *r = ctx;
    tess_error err;
    if (r->c->vt->job_file_finish(r->c, f->id, CAT_FILE_SUCCESS, "done", &err)) r->errors++;
    cat_job j;
    if (r->c->vt->job_get(r->c, "ds", "job", &j, &err)) r->errors++;
    r->n++;
    return 0;
}

static void test_reentrant_callback(void) {
    cat_catalog *c = open_new("reenter.db");
    tess_error err = {{0}};
    add_ds(c, "ds");
    cat_job j = mk_job("ds", "job", "", "IN_PROGRESS", 1);
    CHECK_INT(c->vt->job_create(c, &j, NULL, &err), 0);
    for (int i = 0; i < 3; i++) {
        char p[16];
        snprintf(p, sizeof p, "f%d", i);
        CHECK_INT(c->vt->job_file_add(c, "job", p, CAT_FILE_PENDING, "g", "{}", NULL, &err), 0);
    }
    reenter r = { .c = c };
    CHECK_INT(c->vt->job_pending_in_group(c, "job", "g", reenter_cb, &r, &err), 0);
    CHECK_INT(r.n, 3);
    CHECK_INT(r.errors, 0);
    strlist l = {0};
    CHECK_INT(c->vt->job_files(c, "job", CAT_FILE_SUCCESS, col_file, &l, &err), 0);
    CHECK_INT(l.n, 3);
    cat_close(c);
}

/* ----------------------------------------------------------- threads */

#define N_THREADS 4
#define SETS_PER_THREAD 8

typedef struct worker {
    cat_catalog *c;
    int t;
    int errors, conflicts, wins;
    char first_error[TESS_ERROR_MAX + 64];
} worker;

static void worker_fail(worker *w, const char *what, const tess_error *err) {
    if (!w->errors++) snprintf(w->first_error, sizeof w->first_error, "%s: %s", what, err->msg);
}

static void *worker_main(void *arg) {
    worker *w = arg;
    cat_catalog *c = w->c;
    tess_error err;
    char pid[16];
    snprintf(pid, sizeof pid, "P%d", w->t);
    for (int j = 0; j < SETS_PER_THREAD; j++) {
        char id[CAT_ID];
        snprintf(id, sizeof id, "t%ds%d", w->t, j);
        for (int64_t ver = 1; ver <= 3; ver++) {
            cat_image_set s = mk_set("ds", id, ver, (double)(w->t * 1000 + j * 10 + ver));
            snprintf(s.tags.patient_id, sizeof s.tags.patient_id, "%s", pid);
            snprintf(s.tags.study_uid, sizeof s.tags.study_uid, "9.%d", w->t);
            cat_version v = mk_ver(id, ver, 1);
            char sop[2][CAT_UID];
            snprintf(sop[0], CAT_UID, "%s.%lld.a", id, (long long)ver);
            snprintf(sop[1], CAT_UID, "%s.%lld.b", id, (long long)ver);
            cat_instance in[2] = { mk_inst(sop[0], 1), mk_inst(sop[1], 2) };
            cat_frame fr[2] = { mk_frame(sop[0], sop[0], 0, "seg", 0),
                                mk_frame(sop[1], sop[1], 0, "seg", 100) };
            cat_commit cm = { .set = &s, .expect_version = ver - 1, .version = &v,
                              .retire_all = true, .add = in, .nadd = 2, .frames = fr,
                              .nframes = 2 };
            if (c->vt->commit(c, &cm, &err)) worker_fail(w, "commit", &err);
        }
        cat_search q = q_none();
        f_str(&q, CAT_SA_PATIENT_ID, pid);
        strlist l = {0};
        bool more;
        if (c->vt->search(c, "ds", &q, col_set, &l, &more, &err)) worker_fail(w, "search", &err);
        else if (l.n != j + 1) {
            snprintf(err.msg, sizeof err.msg, "thread %d sees %d sets, wants %d", w->t, l.n, j + 1);
            worker_fail(w, "search", &err);
        }
        q = q_none();
        memset(&l, 0, sizeof l);
        if (c->vt->search(c, "ds", &q, col_set, &l, &more, &err)) worker_fail(w, "search", &err);
        memset(&l, 0, sizeof l);
        if (c->vt->instances_list(c, id, 2, col_inst, &l, &err) || l.n != 2)
            worker_fail(w, "instances_list", &err);
        const char *k[1] = { "thread" }, *v[1] = { pid };
        if (c->vt->tags_put(c, "ds", id, k, v, 1, &err)) worker_fail(w, "tags_put", &err);
    }
    /* Everyone races for version 2 of the shared set: one wins. */
    cat_image_set s = mk_set("ds", "shared", 2, 5);
    cat_version v = mk_ver("shared", 2, 5);
    cat_commit cm = { .set = &s, .expect_version = 1, .version = &v };
    int rc = c->vt->commit(c, &cm, &err);
    if (rc == 0) w->wins++;
    else if (rc == CAT_CONFLICT) w->conflicts++;
    else worker_fail(w, "shared commit", &err);
    return NULL;
}

static void test_threads(void) {
    cat_catalog *c = open_new("threads.db");
    tess_error err = {{0}};
    add_ds(c, "ds");
    CHECK_INT(commit_simple(c, "ds", "shared", 1, 1, NULL, 0, NULL, 0, &err), 0);
    worker w[N_THREADS];
    pthread_t th[N_THREADS];
    for (int i = 0; i < N_THREADS; i++) {
        memset(&w[i], 0, sizeof w[i]);
        w[i].c = c;
        w[i].t = i;
        CHECK_INT(pthread_create(&th[i], NULL, worker_main, &w[i]), 0);
    }
    int wins = 0, conflicts = 0;
    for (int i = 0; i < N_THREADS; i++) {
        pthread_join(th[i], NULL);
        CHECK_INT(w[i].errors, 0);
        if (w[i].errors) fprintf(stderr, "thread %d: %s\n", i, w[i].first_error);
        wins += w[i].wins;
        conflicts += w[i].conflicts;
    }
    CHECK_INT(wins, 1);
    CHECK_INT(conflicts, N_THREADS - 1);
    CHECK_INT(c->vt->image_set_count(c, "ds", &err), N_THREADS * SETS_PER_THREAD + 1);
    cat_image_set got;
    CHECK_INT(c->vt->image_set_get(c, "ds", "t3s7", &got, &err), 0);
    CHECK_INT(got.latest_version, 3);
    strlist l;
    CHECK_STR(instances(c, "t2s5", 0, &l), "t2s5.3.a@3-0,t2s5.3.b@3-0");
    CHECK_STR(instances(c, "t2s5", 1, &l), "t2s5.1.a@1-1,t2s5.1.b@1-1");
    CHECK_INT(c->vt->tags_count(c, "ds", "t1s0", &err), 1);
    cat_search q = q_none();
    f_str(&q, CAT_SA_STUDY_UID, "9.0");
    tagrows tr = { .n = 0 };
    bool more;
    CHECK_INT(c->vt->search(c, "ds", &q, grab_set, &tr, &more, &err), 0);
    CHECK_INT(tr.n, SETS_PER_THREAD);
    CHECK_INT(tr.rows[0].tags.study_related_series, SETS_PER_THREAD);
    CHECK_INT(tr.rows[0].tags.study_related_instances, SETS_PER_THREAD * 2);
    cat_close(c);
}

int main(void) {
    snprintf(g_dir, sizeof g_dir, "/tmp/tessera-catalog-XXXXXX");
    if (!mkdtemp(g_dir)) {
        perror("mkdtemp");
        return 1;
    }
    RUN(test_open_errors);
    RUN(test_migrations);
    RUN(test_datastores);
    RUN(test_jobs);
    RUN(test_job_files);
    RUN(test_versions);
    RUN(test_instance_fields);
    RUN(test_auto_retire);
    RUN(test_commit_conflicts);
    RUN(test_set_state);
    RUN(test_delete);
    RUN(test_primary_lookups);
    RUN(test_search);
    RUN(test_touch);
    RUN(test_tags);
    RUN(test_reentrant_callback);
    RUN(test_threads);
    cleanup_dir(g_dir);
    rmdir(g_dir);
    return harness_done("catalog");
}
