/*
 * archive_cmds.c - the CLI commands that work on a data directory:
 * `tessera datastore`, `import`, `jobs`, `imagesets`, `recover`, `sweep`.
 *
 * They open the archive (imageset/archive.h) named by --data DIR, the
 * TESSERA_DATA environment variable, or ./tessera-data, call the same
 * operations the HTTP API will call, and print AHI-shaped JSON on stdout
 * (member names as on the wire), so scripts and tests can read them.
 * Errors go to stderr with exit status 1; usage errors exit 2.
 */
#include "cli/cli.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "api/wire.h"
#include "imageset/archive.h"
#include "imageset/datastore.h"
#include "imageset/ops.h"
#include "imageset/sweep.h"
#include "imageset/tags.h"
#include "imageset/version.h"
#include "ingest/import_job.h"
#include "util/gz.h"

const char *cli_take_opt(int *argc, char **argv, const char *name) {
    for (int i = 1; i < *argc; i++) {
        if (strcmp(argv[i], name) != 0) continue;
        if (i + 1 >= *argc) return NULL;
        const char *v = argv[i + 1];
        memmove(&argv[i], &argv[i + 2], (size_t)(*argc - i - 2) * sizeof *argv);
        *argc -= 2;
        return v;
    }
    return NULL;
}

static bool take_flag(int *argc, char **argv, const char *name) {
    for (int i = 1; i < *argc; i++) {
        if (strcmp(argv[i], name) != 0) continue;
        memmove(&argv[i], &argv[i + 1], (size_t)(*argc - i - 1) * sizeof *argv);
        *argc -= 1;
        return true;
    }
    return false;
}

static archive *open_archive(int *argc, char **argv) {
    const char *dir = cli_take_opt(argc, argv, "--data");
    if (!dir) dir = getenv("TESSERA_DATA");
    if (!dir) dir = "tessera-data";
    archive *a;
    tess_error err;
    if (archive_open(dir, &a, &err) != 0) {
        fprintf(stderr, "tessera: %s\n", err.msg);
        return NULL;
    }
    return a;
}

static void print_json(json_t *j) {
    json_dumpf(j, stdout, JSON_INDENT(2));
    fputc('\n', stdout);
    json_decref(j);
}

static int fail(archive *a, const tess_error *err) {
    fprintf(stderr, "tessera: %s\n", err->msg);
    archive_close(a);
    return 1;
}

static int list_ds(void *ctx, const cat_datastore *d) {
    void **c = ctx;
    json_array_append_new(c[1], wire_datastore(c[0], d, false));
    return 0;
}

int cli_datastore(int argc, char **argv) {
    archive *a = open_archive(&argc, argv);
    if (!a) return 1;
    tess_error err;
    cat_datastore d;
    if (argc == 3 && strcmp(argv[1], "create") == 0) {
        if (ds_create(a, argv[2], NULL, NULL, NULL, &d, &err) != 0) return fail(a, &err);
        print_json(wire_datastore(a, &d, false));
    } else if (argc == 2 && strcmp(argv[1], "list") == 0) {
        json_t *list = json_array();
        void *ctx[2] = {a, list};
        bool more = true;
        for (int64_t off = 0; more; off += 50)
            if (a->cat->vt->datastore_list(a->cat, NULL, off, 50, list_ds, ctx, &more, &err) != 0) {
                json_decref(list);
                return fail(a, &err);
            }
        print_json(json_pack("{s:o}", "datastoreSummaries", list));
    } else if (argc == 3 && strcmp(argv[1], "delete") == 0) {
        if (ds_resolve(a, argv[2], &d, &err) != 0 || ds_delete(a, d.id, &d, &err) != 0)
            return fail(a, &err);
        print_json(json_pack("{s:s,s:s}", "datastoreId", d.id, "datastoreStatus", d.status));
    } else {
        fputs("usage: tessera datastore create NAME | list | delete NAME|ID  [--data DIR]\n",
              stderr);
        archive_close(a);
        return 2;
    }
    archive_close(a);
    return 0;
}

static int count_ds(void *ctx, const cat_datastore *d) {
    void **c = ctx;
    if ((*(int *)c[1])++ == 0) *(cat_datastore *)c[0] = *d;
    return 0;
}

/* The datastore named by --datastore; else the one named "default"; else
 * the only one there is. `create`: make "default" when there is none
 * (import). */
static int pick_datastore_ex(archive *a, const char *want, bool create, cat_datastore *d,
                             tess_error *err) {
    if (want) return ds_resolve(a, want, d, err);
    if (ds_resolve(a, "default", d, err) == 0) return 0;
    int n = 0;
    void *ctx[2] = {d, &n};
    bool more = false;
    if (a->cat->vt->datastore_list(a->cat, NULL, 0, 2, count_ds, ctx, &more, err) != 0) return -1;
    if (n == 1) return 0;
    if (n == 0 && create) return ds_create(a, "default", "default", NULL, NULL, d, err);
    return tess_fail(err, n == 0 ? "ResourceNotFoundException: no datastore (create one with "
                                   "'tessera datastore create NAME')"
                                 : "ValidationException: several datastores: choose one with "
                                   "--datastore NAME|ID");
}

static int pick_datastore(archive *a, const char *want, cat_datastore *d, tess_error *err) {
    return pick_datastore_ex(a, want, false, d, err);
}

typedef struct bar {
    bool tty;
    int last;
} bar;

static void progress(void *ctx, uint64_t done, uint64_t total, const char *path) {
    bar *b = ctx;
    if (!b->tty || total == 0) return;
    int pct = (int)(done * 100 / total);
    if (pct == b->last && done != total) return;
    b->last = pct;
    int w = 40, fill = (int)(done * (uint64_t)w / total);
    fprintf(stderr, "\r[%.*s%*s] %3d%% %llu/%llu", fill, "########################################",
            w - fill, "", pct, (unsigned long long)done, (unsigned long long)total);
    if (done == total) fputc('\n', stderr);
    fflush(stderr);
}

static bool wants_help(int argc, char **argv) {
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) return true;
    return false;
}

int cli_import(int argc, char **argv) {
    if (wants_help(argc, argv)) argc = 0;   /* usage below, before touching any data */
    if (argc == 0) {
        fputs("usage: tessera import [--data DIR] [--datastore NAME|ID] [--output DIR]\n"
              "                      [--workers N] [--client-token T] [--job-name N] INPUT\n",
              stdout);
        return 0;
    }
    archive *a = open_archive(&argc, argv);
    if (!a) return 1;
    const char *want = cli_take_opt(&argc, argv, "--datastore");
    const char *output = cli_take_opt(&argc, argv, "--output");
    const char *workers = cli_take_opt(&argc, argv, "--workers");
    const char *token = cli_take_opt(&argc, argv, "--client-token");
    const char *name = cli_take_opt(&argc, argv, "--job-name");
    if (argc != 2) {
        fputs("usage: tessera import [--data DIR] [--datastore NAME|ID] [--output DIR]\n"
              "                      [--workers N] [--client-token T] [--job-name N] INPUT\n",
              stderr);
        archive_close(a);
        return 2;
    }
    if (workers) a->workers = atoi(workers) > 0 ? atoi(workers) : 1;
    tess_error err;
    cat_datastore d;
    if (pick_datastore_ex(a, want, true, &d, &err) != 0) return fail(a, &err);
    char outdir[4200];
    if (!output) {
        snprintf(outdir, sizeof outdir, "%s/import-output", a->dir);
        output = outdir;
    }
    char in_abs[4300], out_abs[4300];
    mkdir(output, 0755);    /* so that realpath can resolve it; errors surface later */
    if (!realpath(argv[1], in_abs)) snprintf(in_abs, sizeof in_abs, "%s", argv[1]);
    if (!realpath(output, out_abs)) snprintf(out_abs, sizeof out_abs, "%s", output);
    imp_request req = {.datastore_id = d.id, .job_name = name, .input_uri = in_abs,
                       .output_uri = out_abs, .client_token = token};
    cat_job job;
    bool existed;
    if (imp_start(a, &req, &job, &existed, &err) != 0) return fail(a, &err);
    bar b = {isatty(2) != 0, -1};
    if (imp_run(a, d.id, job.id, progress, &b, &err) != 0) return fail(a, &err);
    if (a->cat->vt->job_get(a->cat, d.id, job.id, &job, &err) != 0) return fail(a, &err);
    print_json(wire_job(&job, false));
    archive_close(a);
    return strcmp(job.status, "COMPLETED") == 0 ? 0 : 1;
}

static int list_job(void *ctx, const cat_job *j) {
    json_array_append_new(ctx, wire_job(j, false));
    return 0;
}

int cli_jobs(int argc, char **argv) {
    archive *a = open_archive(&argc, argv);
    if (!a) return 1;
    const char *want = cli_take_opt(&argc, argv, "--datastore");
    tess_error err;
    cat_datastore d;
    if (argc >= 2 && pick_datastore(a, want, &d, &err) != 0) return fail(a, &err);
    if (argc == 2 && strcmp(argv[1], "list") == 0) {
        json_t *list = json_array();
        bool more = true;
        for (int64_t off = 0; more; off += 50)
            if (a->cat->vt->job_list(a->cat, d.id, NULL, off, 50, list_job, list, &more, &err)) {
                json_decref(list);
                return fail(a, &err);
            }
        print_json(json_pack("{s:o}", "jobSummaries", list));
    } else if (argc == 3 && strcmp(argv[1], "get") == 0) {
        cat_job j;
        if (a->cat->vt->job_get(a->cat, d.id, argv[2], &j, &err) != 0) return fail(a, &err);
        print_json(json_pack("{s:o}", "jobProperties", wire_job(&j, false)));
    } else {
        fputs("usage: tessera jobs list | get JOBID  [--data DIR] [--datastore NAME|ID]\n", stderr);
        archive_close(a);
        return 2;
    }
    archive_close(a);
    return 0;
}

/* The bytes of a file as a NUL-terminated string (owned by the caller). */
static char *file_text(const char *path, tess_error *err) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        tess_fail(err, "cannot open %s", path);
        return NULL;
    }
    tess_buf b;
    tess_buf_init(&b, -1);
    char tmp[8192];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0) tess_buf_put(&b, tmp, n);
    fclose(f);
    tess_buf_putc(&b, '\0');
    if (b.failed) {
        tess_buf_free(&b);
        tess_fail(err, "cannot read %s", path);
        return NULL;
    }
    return (char *)b.data;
}

/* A file's bytes in base64 (the wire form of DICOMUpdates blobs). */
static char *file_base64(const char *path, tess_error *err) {
    char *t = file_text(path, err);
    if (!t) return NULL;
    tess_buf b;
    tess_buf_init(&b, -1);
    tess_buf_put_base64(&b, (const uint8_t *)t, strlen(t));
    tess_buf_putc(&b, '\0');
    free(t);
    return (char *)b.data;
}

static json_t *image_set_json(const archive *a, const cat_image_set *s, bool summary) {
    return summary ? wire_image_set_summary(s) : wire_image_set(a, s, NULL);
}

typedef struct search_ctx {
    const archive *a;
    json_t *list;
} search_ctx;

static int search_row(void *ctx, const cat_image_set *s) {
    search_ctx *c = ctx;
    json_array_append_new(c->list, image_set_json(c->a, s, true));
    return 0;
}

static int version_row(void *ctx, const cat_version *v) {
    json_array_append_new(ctx, wire_version(v));
    return 0;
}

int cli_imagesets(int argc, char **argv) {
    archive *a = open_archive(&argc, argv);
    if (!a) return 1;
    const char *want = cli_take_opt(&argc, argv, "--datastore");
    const char *version = cli_take_opt(&argc, argv, "--version");
    const char *patient = cli_take_opt(&argc, argv, "--patient-id");
    const char *study = cli_take_opt(&argc, argv, "--study-uid");
    const char *series = cli_take_opt(&argc, argv, "--series-uid");
    const char *primary = cli_take_opt(&argc, argv, "--primary");
    bool gz = take_flag(&argc, argv, "--gzip");
    tess_error err;
    cat_datastore d;
    if (argc < 2) goto usage;
    if (pick_datastore(a, want, &d, &err) != 0) return fail(a, &err);
    int64_t ver = version ? atoll(version) : 0;
    if (argc == 2 && strcmp(argv[1], "search") == 0) {
        cat_search q;
        memset(&q, 0, sizeof q);
        q.limit = 50;
        const char *vals[3] = {patient, study, series};
        const cat_search_attr attrs[3] = {CAT_SA_PATIENT_ID, CAT_SA_STUDY_UID, CAT_SA_SERIES_UID};
        for (int k = 0; k < 3; k++) {
            if (!vals[k] || q.nfilters >= 2) continue;
            q.filters[q.nfilters].attr = attrs[k];
            snprintf(q.filters[q.nfilters].v[0].s, sizeof q.filters[0].v[0].s, "%s", vals[k]);
            q.nfilters++;
        }
        if (primary && q.nfilters < 2) {
            q.filters[q.nfilters].attr = CAT_SA_IS_PRIMARY;
            q.filters[q.nfilters].v[0].b = strcmp(primary, "true") == 0;
            q.nfilters++;
        }
        json_t *list = json_array();
        search_ctx c = {a, list};
        bool more = true;
        for (q.offset = 0; more; q.offset += q.limit)
            if (a->cat->vt->search(a->cat, d.id, &q, search_row, &c, &more, &err) != 0) {
                json_decref(list);
                return fail(a, &err);
            }
        print_json(json_pack("{s:o}", "imageSetsMetadataSummaries", list));
    } else if (argc == 3 && strcmp(argv[1], "get") == 0) {
        cat_image_set s;
        if (a->cat->vt->image_set_get(a->cat, d.id, argv[2], &s, &err) != 0) return fail(a, &err);
        cat_version v;
        if (ver && a->cat->vt->version_get(a->cat, s.id, ver, &v, &err) != 0)
            return fail(a, &err);
        print_json(wire_image_set(a, &s, ver ? &v : NULL));
    } else if (argc == 3 && strcmp(argv[1], "metadata") == 0) {
        tess_buf b;
        tess_buf_init(&b, -1);
        if (isv_doc_gzip(a, d.id, argv[2], ver, &b, &err) != 0) {
            tess_buf_free(&b);
            return fail(a, &err);
        }
        if (gz) {
            fwrite(b.data, 1, b.len, stdout);
        } else {
            tess_buf plain;
            tess_buf_init(&plain, -1);
            if (tess_gunzip(b.data, b.len, 0, &plain, &err) != 0) {
                tess_buf_free(&b);
                tess_buf_free(&plain);
                return fail(a, &err);
            }
            fwrite(plain.data, 1, plain.len, stdout);
            fputc('\n', stdout);
            tess_buf_free(&plain);
        }
        tess_buf_free(&b);
    } else if (argc == 3 && strcmp(argv[1], "versions") == 0) {
        cat_image_set s;
        int grc = a->cat->vt->image_set_get(a->cat, d.id, argv[2], &s, &err);
        if (grc == CAT_NOT_FOUND)
            tess_fail(&err, "ResourceNotFoundException: image set %s does not exist in datastore %s",
                      argv[2], d.id);
        if (grc != 0) return fail(a, &err);
        json_t *list = json_array();
        bool more = true;
        for (int64_t off = 0; more; off += 50)
            if (a->cat->vt->versions_list(a->cat, argv[2], off, 50, version_row, list, &more,
                                          &err) != 0) {
                json_decref(list);
                return fail(a, &err);
            }
        print_json(json_pack("{s:o}", "imageSetPropertiesList", list));
    } else if (strcmp(argv[1], "update") == 0) {
        /* --latest N [--force] (--updatable FILE | --removable FILE)... | --revert N */
        const char *latest = cli_take_opt(&argc, argv, "--latest");
        const char *upd = cli_take_opt(&argc, argv, "--updatable");
        const char *rem = cli_take_opt(&argc, argv, "--removable");
        const char *revert = cli_take_opt(&argc, argv, "--revert");
        bool force = take_flag(&argc, argv, "--force");
        bool whole_study = take_flag(&argc, argv, "--include-study");
        if (argc != 3) goto usage;
        char *ub = NULL, *rb = NULL;
        if ((upd && !(ub = file_base64(upd, &err))) || (rem && !(rb = file_base64(rem, &err)))) {
            free(ub);
            return fail(a, &err);
        }
        cat_image_set s;
        int nsib = 0;
        int rc = whole_study ? iso_update_study(a, d.id, argv[2], latest, force, ub, rb, &s, &nsib, &err)
                       : iso_update(a, d.id, argv[2], latest, force, ub, rb, revert, &s, &err);
        free(ub);
        free(rb);
        if (rc != 0) return fail(a, &err);
        print_json(image_set_json(a, &s, false));
    } else if (strcmp(argv[1], "copy") == 0) {
        /* SRC --latest N [--to DST --to-latest M] [--copiable FILE] [--force] [--promote] */
        const char *latest = cli_take_opt(&argc, argv, "--latest");
        const char *to = cli_take_opt(&argc, argv, "--to");
        const char *to_latest = cli_take_opt(&argc, argv, "--to-latest");
        const char *copiable = cli_take_opt(&argc, argv, "--copiable");
        bool force = take_flag(&argc, argv, "--force");
        bool promote = take_flag(&argc, argv, "--promote");
        if (argc != 3) goto usage;
        char *cj = NULL;
        if (copiable && !(cj = file_text(copiable, &err))) return fail(a, &err);
        cat_image_set src, dst;
        int rc = iso_copy(a, d.id, argv[2], latest, to, to_latest, cj, force, promote, &src, &dst,
                          &err);
        free(cj);
        if (rc != 0) return fail(a, &err);
        print_json(json_pack("{s:s,s:o,s:o}", "datastoreId", d.id, "sourceImageSetProperties",
                             image_set_json(a, &src, false), "destinationImageSetProperties",
                             image_set_json(a, &dst, false)));
    } else if (argc == 5 && strcmp(argv[1], "frame") == 0) {
        /* ID FRAMEID OUT: the stored frame bytes, as GetImageFrame returns them */
        cat_frame fr;
        int rc = a->cat->vt->frame_get(a->cat, argv[2], argv[3], &fr, &err);
        if (rc == CAT_NOT_FOUND) {
            tess_fail(&err, "ResourceNotFoundException: image set %s has no frame %s", argv[2],
                      argv[3]);
            return fail(a, &err);
        }
        if (rc != 0) return fail(a, &err);
        if (fr.length > (1ull << 31)) {
            tess_fail(&err, "frame %s is too large (%llu bytes)", fr.frame_id,
                      (unsigned long long)fr.length);
            return fail(a, &err);
        }
        void *p = malloc(fr.length ? fr.length : 1);
        if (!p) return fail(a, &err);
        if (blob_get_range(a->blobs, fr.segment, fr.offset, fr.length, p, &err) != 0) {
            free(p);
            return fail(a, &err);
        }
        FILE *f = fopen(argv[4], "wb");
        bool ok = f && fwrite(p, 1, fr.length, f) == fr.length;
        if (f && fclose(f) != 0) ok = false;
        free(p);
        if (!ok) {
            tess_fail(&err, "cannot write %s", argv[4]);
            return fail(a, &err);
        }
        print_json(json_pack("{s:s,s:s,s:I,s:I}", "imageFrameId", fr.frame_id,
                             "storedTransferSyntaxUID", fr.stored_transfer_syntax, "length",
                             (json_int_t)fr.length, "resolutions", (json_int_t)fr.nres));
    } else if (argc == 3 && strcmp(argv[1], "delete") == 0) {
        cat_image_set s;
        if (iso_delete(a, d.id, argv[2], &s, &err) != 0) return fail(a, &err);
        print_json(json_pack("{s:s,s:s,s:s,s:s}", "datastoreId", d.id, "imageSetId", s.id,
                             "imageSetState", s.state, "imageSetWorkflowStatus",
                             s.workflow_status));
    } else {
        goto usage;
    }
    archive_close(a);
    return 0;
usage:
    fputs("usage: tessera imagesets search [--patient-id X] [--study-uid X] [--series-uid X]\n"
          "                                [--primary true|false]\n"
          "       tessera imagesets get|metadata|versions ID [--version N] [--gzip]\n"
          "       tessera imagesets update ID --latest N [--force]\n"
          "                                (--updatable F.json [--removable F.json] | --revert V)\n"
          "                                [--include-study]   (also the study's other image sets)\n"
          "       tessera imagesets copy ID --latest N [--to DST --to-latest M]\n"
          "                                [--copiable F.json] [--force] [--promote]\n"
          "       tessera imagesets delete ID\n"
          "       tessera imagesets frame ID FRAMEID OUT   (the stored frame bytes)\n"
          "       (all take [--data DIR] [--datastore NAME|ID])\n",
          stderr);
    archive_close(a);
    return 2;
}

int cli_recover(int argc, char **argv) {
    archive *a = open_archive(&argc, argv);
    if (!a) return 1;
    const char *grace = cli_take_opt(&argc, argv, "--grace");
    tess_error err;
    if (imp_recover(a, &err) != 0) return fail(a, &err);
    sweep_report r;
    if (sweep_run(a, grace ? atof(grace) : 3600.0, &r, &err) != 0) return fail(a, &err);
    print_json(json_pack("{s:I,s:I,s:I}", "blobsScanned", (json_int_t)r.scanned, "blobsRemoved",
                         (json_int_t)r.removed, "bytesReclaimed", (json_int_t)r.bytes));
    archive_close(a);
    return 0;
}

static int tag_row(void *ctx, const char *key, const char *value) {
    json_object_set_new(ctx, key, json_string(value));
    return 0;
}

int cli_tags(int argc, char **argv) {
    archive *a = open_archive(&argc, argv);
    if (!a) return 1;
    tess_error err;
    if (argc == 3 && strcmp(argv[1], "list") == 0) {
        json_t *t = json_object();
        if (tags_list(a, argv[2], tag_row, t, &err) != 0) {
            json_decref(t);
            return fail(a, &err);
        }
        print_json(json_pack("{s:o}", "tags", t));
    } else if (argc >= 4 && strcmp(argv[1], "add") == 0) {
        size_t n = (size_t)argc - 3;
        const char **keys = calloc(n, sizeof *keys), **vals = calloc(n, sizeof *vals);
        if (!keys || !vals) {
            free(keys);
            free(vals);
            tess_fail(&err, "out of memory");
            return fail(a, &err);
        }
        for (size_t i = 0; i < n; i++) {
            char *kv = argv[3 + i], *eq = strchr(kv, '=');
            if (eq) *eq = '\0';
            keys[i] = kv;
            vals[i] = eq ? eq + 1 : "";
        }
        int rc = tags_add(a, argv[2], keys, vals, n, &err);
        free(keys);
        free(vals);
        if (rc != 0) return fail(a, &err);
        print_json(json_object());
    } else if (argc >= 4 && strcmp(argv[1], "remove") == 0) {
        if (tags_remove(a, argv[2], (const char *const *)&argv[3], (size_t)argc - 3, &err) != 0)
            return fail(a, &err);
        print_json(json_object());
    } else {
        fputs("usage: tessera tags list ARN | add ARN KEY=VALUE... | remove ARN KEY...  "
              "[--data DIR]\n", stderr);
        archive_close(a);
        return 2;
    }
    archive_close(a);
    return 0;
}
