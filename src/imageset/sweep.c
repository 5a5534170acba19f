/*
 * sweep.c - the orphaned-blob sweeper (see sweep.h).
 *
 * Keys are collected first and removed after the listing, so the store is
 * never modified while it is being walked.
 */
#include "imageset/sweep.h"

#include <stdlib.h>
#include <string.h>

#include "util/id.h"

typedef struct sweep_ctx {
    archive *a;
    double cutoff;
    char (*unfinished)[CAT_ID];
    size_t nunfinished;
    char **doomed;
    uint64_t *sizes;
    size_t n, cap;
    sweep_report *r;
    tess_error *err;
    int failed;
} sweep_ctx;

static int add_unfinished(void *ctx, const cat_job *j) {
    sweep_ctx *s = ctx;
    void *nv = realloc(s->unfinished, (s->nunfinished + 1) * sizeof *s->unfinished);
    if (!nv) return 1;
    s->unfinished = nv;
    memcpy(s->unfinished[s->nunfinished++], j->id, CAT_ID);
    return 0;
}

static int visit(void *ctx, const blob_info *bi) {
    sweep_ctx *s = ctx;
    s->r->scanned++;
    if (bi->mtime > s->cutoff) return 0;
    if (strncmp(bi->key, "seg/", 4) == 0)
        for (size_t i = 0; i < s->nunfinished; i++)
            if (strncmp(bi->key + 4, s->unfinished[i], CAT_ID - 1) == 0) return 0;
    bool yes = true;
    if (s->a->cat->vt->blob_referenced(s->a->cat, bi->key, &yes, s->err) != 0) {
        s->failed = 1;
        return 1;
    }
    if (yes) return 0;
    if (s->n == s->cap) {
        size_t nc = s->cap ? s->cap * 2 : 64;
        char **nd = realloc(s->doomed, nc * sizeof *nd);
        uint64_t *ns = nd ? realloc(s->sizes, nc * sizeof *ns) : NULL;
        if (nd) s->doomed = nd;
        if (!nd || !ns) {
            s->failed = tess_fail(s->err, "out of memory while sweeping");
            return 1;
        }
        s->sizes = ns;
        s->cap = nc;
    }
    if (!(s->doomed[s->n] = strdup(bi->key))) {
        s->failed = tess_fail(s->err, "out of memory while sweeping");
        return 1;
    }
    s->sizes[s->n++] = bi->size;
    return 0;
}

int sweep_run(archive *a, double grace, sweep_report *r, tess_error *err) {
    memset(r, 0, sizeof *r);
    sweep_ctx s;
    memset(&s, 0, sizeof s);
    s.a = a;
    s.cutoff = tess_now() - grace;
    s.r = r;
    s.err = err;
    int rc = a->cat->vt->job_list_unfinished(a->cat, add_unfinished, &s, err);
    if (rc == 0) rc = blob_list(a->blobs, "", visit, &s, err);
    if (rc == 0 && s.failed) rc = -1;
    for (size_t i = 0; i < s.n; i++) {
        if (rc == 0) {
            rc = blob_remove(a->blobs, s.doomed[i], err);
            if (rc == 0) {
                r->removed++;
                r->bytes += s.sizes[i];
            }
        }
        free(s.doomed[i]);
    }
    free(s.doomed);
    free(s.sizes);
    free(s.unfinished);
    return rc;
}
