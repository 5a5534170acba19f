/*
 * wado.c - WADO-RS (PS3.18 10.4, ahi-api.md 6.3): metadata, frames,
 * instances, series and studies, rendered and thumbnail images, bulk data.
 *
 * Where the answers come from:
 *   metadata   the series DICOM JSON blob of the image set's latest version
 *              (version.c writes it with every version): series metadata
 *              sends its gzip bytes as stored (Content-Encoding: gzip) to
 *              clients that accept gzip, gunzipped otherwise; an instance's
 *              object is the line of that blob that holds it; a study is
 *              its primary sets' series, one array.
 *   frames     the segment bytes of each frame (ahi_segment_fd, as
 *              GetImageFrame), sent as stored, or decoded (pixel/decode.h)
 *              and sent as native Explicit VR Little Endian pixels.
 *   instances  Part 10 rebuilt from the instance's DICOM JSON
 *              (dicom/jsonp10.h), values over 1 MB that the JSON only
 *              references restored from the AHI document, and the frames
 *              (encapsulated as stored, with a Basic Offset Table, or
 *              native). Series and studies are multipart/related bodies of
 *              such files, written to an unlinked temporary file once they
 *              pass WADO_SPILL bytes, so memory holds one frame at a time.
 *   rendered   one frame decoded and rendered (pixel/render.h) with the
 *              pixel module attributes of a data set rebuilt from the JSON.
 *
 * Negotiation (media.h): Accept decides multipart or single part and the
 * transfer syntax: "*" or the stored one gives the stored bytes, ELE (the
 * default) native pixels, anything else 406. Frames whose stored syntax
 * cannot be decoded are sent as stored when ELE is asked (as AHI does),
 * with a Warning header.
 *
 * BulkDataURIs: the stored blob holds host-relative paths
 * ("/datastore/{ds}/studies/.../bulkdata/{path}"); answers carry them
 * absolute, under the root the request came through (dw_base_url), as AHI
 * and Orthanc do and as dicomweb-client needs (it passes a BulkDataURI to
 * XMLHttpRequest as given). The rewritten text of a series, and its gzip,
 * are kept with the cached series (one variant per series: the last base
 * URL asked), so series metadata stays a copy of bytes in memory after the
 * first request.
 *
 * Every answer carries CORS headers; reads count as access (ahi_touch).
 */
#include "dicomweb/dicomweb_internal.h"

#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "dicom/dict.h"
#include "dicom/encaps.h"
#include "dicom/jsonp10.h"
#include "dicom/reader.h"
#include "dicomweb/media.h"
#include "imageset/docstream.h"
#include "imageset/version.h"
#include "pixel/decode.h"
#include "pixel/render.h"
#include "util/buf.h"
#include "util/gz.h"

#define WADO_SPILL ((size_t)32 << 20)     /* bodies past this go to a temporary file
                                              (TESSERA_WADO_SPILL overrides: tests) */
#define WADO_MAX_FRAME_LIST 4096           /* frames in one /frames/{list} */
#define WADO_FROM_MEMORY ((uint64_t)4 << 20)  /* single frames up to this: pread, else sendfile */

/* ---------------------------------------------------------------- basics */

/* The request's datastore, study, series, image set; 0 to go on, 1 when
 * resp was answered, -1. series may be NULL (study-level with imageSetId). */
typedef struct wreq {
    dw_service *s;
    const http_request *req;
    http_response *resp;
    char ds[CAT_ID];
    const char *st, *se, *sop;
    cat_image_set set;
} wreq;

static int prelude(wreq *w, dw_service *s, const http_request *req, http_response *resp,
                   unsigned nparams, tess_error *err) {
    memset(w, 0, sizeof *w);
    w->s = s;
    w->req = req;
    w->resp = resp;
    int rc = dw_datastore(s, req, w->ds, resp, err);
    if (rc != 0) return rc;
    w->st = dw_param(req, 0);
    w->se = nparams > 1 ? dw_param(req, 1) : NULL;
    w->sop = nparams > 2 ? dw_param(req, 2) : NULL;
    if (nparams > 1) return dw_image_set(s, req, w->ds, w->st, w->se, &w->set, resp, err);
    return 0;
}

/* ---- the series metadata cache ----
 *
 * Instance-level requests (instance metadata, native frames, rendered,
 * retrieval) need one instance's object of the series DICOM JSON. The blob
 * under a version's series_json_key never changes, so its gunzipped text
 * and an index of its lines by SOP Instance UID are kept, per key, in a
 * small LRU (WADO_CACHE_SLOTS entries, texts up to WADO_CACHE_MAX_TEXT):
 * a lookup is then a binary search and one line parsed. Entries are
 * reference-counted so an eviction never frees text a request still reads. */

#define WADO_CACHE_SLOTS 8
#define WADO_CACHE_MAX_TEXT ((size_t)256 << 20)

typedef struct sop_line {
    uint32_t off, len;          /* the line (without its comma) in text */
    uint32_t sop_off, sop_len;  /* its SOPInstanceUID in text; sop_len 0: not found */
} sop_line;

/* A series' text with absolute BulkDataURIs for one base URL, and its
 * gzip; immutable once built, reference-counted (the series holds one). */
typedef struct served {
    char base[512];
    tess_buf text, gz;
    int refs;                   /* under the cache mutex */
} served;

typedef struct series_doc {
    char key[CAT_KEY];
    served *variant;            /* NULL until a request built one (under the mutex) */
    uint8_t *text;
    size_t len;
    sop_line *lines;            /* sorted by SOP UID */
    size_t n;
    int refs;                   /* holders, the cache included (under the mutex) */
    uint64_t used;
} series_doc;

typedef struct wado_cache {
    pthread_mutex_t mu;
    series_doc *slot[WADO_CACHE_SLOTS];
    uint64_t clock;
    size_t spill;               /* answer bytes held in memory before a file */
    int slots;                  /* slots in use: WADO_CACHE_SLOTS, or fewer
                                   (TESSERA_WADO_CACHE_SLOTS: tests of eviction) */
} wado_cache;

static size_t spill_of(const dw_service *s) { return ((const wado_cache *)s->wado)->spill; }

int dw_wado_init(dw_service *s, tess_error *err) {
    wado_cache *c = calloc(1, sizeof *c);
    if (!c) return tess_fail(err, "dicomweb: out of memory");
    pthread_mutex_init(&c->mu, NULL);
    c->spill = WADO_SPILL;
    const char *e = getenv("TESSERA_WADO_SPILL");
    if (e && atol(e) > 0) c->spill = (size_t)atol(e);
    c->slots = WADO_CACHE_SLOTS;
    e = getenv("TESSERA_WADO_CACHE_SLOTS");
    if (e && atoi(e) > 0 && atoi(e) < WADO_CACHE_SLOTS) c->slots = atoi(e);
    s->wado = c;
    return 0;
}

static void served_free(served *v) {
    if (!v) return;
    tess_buf_free(&v->text);
    tess_buf_free(&v->gz);
    free(v);
}

static void doc_free(series_doc *d) {
    if (!d) return;
    if (d->variant && --d->variant->refs == 0) served_free(d->variant);
    free(d->text);
    free(d->lines);
    free(d);
}

void dw_wado_free(dw_service *s) {
    wado_cache *c = s->wado;
    if (!c) return;
    for (int i = 0; i < WADO_CACHE_SLOTS; i++) doc_free(c->slot[i]);
    pthread_mutex_destroy(&c->mu);
    free(c);
    s->wado = NULL;
}

static const char SOP_KEY[] = "\"00080018\":{\"vr\":\"UI\",\"Value\":[\"";

static int cmp_line(const void *a, const void *b, void *text) {
    const sop_line *x = a, *y = b;
    const char *t = text;
    size_t n = x->sop_len < y->sop_len ? x->sop_len : y->sop_len;
    int c = memcmp(t + x->sop_off, t + y->sop_off, n);
    if (c) return c;
    return x->sop_len < y->sop_len ? -1 : x->sop_len > y->sop_len;
}

/* Index the instance lines of a series text ("[", one object per line
 * with a comma but the last, "]"). */
static int doc_index(series_doc *d, tess_error *err) {
    size_t cap = 16;
    d->lines = malloc(cap * sizeof *d->lines);
    if (!d->lines) return tess_fail(err, "out of memory indexing series metadata");
    const char *t = (const char *)d->text, *p = t, *end = t + d->len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e = nl ? nl : end;
        size_t n = (size_t)(e - p);
        if (n && p[n - 1] == ',') n--;
        if (n && p[0] == '{') {
            if (d->n == cap) {
                cap *= 2;
                sop_line *v = realloc(d->lines, cap * sizeof *v);
                if (!v) return tess_fail(err, "out of memory indexing series metadata");
                d->lines = v;
            }
            sop_line *l = &d->lines[d->n++];
            l->off = (uint32_t)(p - t);
            l->len = (uint32_t)n;
            l->sop_off = l->sop_len = 0;
            const char *k = memmem(p, n, SOP_KEY, sizeof SOP_KEY - 1);
            if (k) {
                const char *v = k + sizeof SOP_KEY - 1;
                const char *q = memchr(v, '"', (size_t)(p + n - v));
                if (q) {
                    l->sop_off = (uint32_t)(v - t);
                    l->sop_len = (uint32_t)(q - v);
                }
            }
        }
        p = nl ? nl + 1 : end;
    }
    qsort_r(d->lines, d->n, sizeof *d->lines, cmp_line, d->text);
    return 0;
}

static void doc_put(dw_service *s, series_doc *d) {
    if (!d) return;
    wado_cache *c = s->wado;
    pthread_mutex_lock(&c->mu);
    bool last = --d->refs == 0;
    pthread_mutex_unlock(&c->mu);
    if (last) doc_free(d);
}

/* The series DICOM JSON of the set's latest version, gunzipped and indexed
 * (from the cache when there). Release with doc_put. */
static int doc_get(dw_service *s, const cat_image_set *set, series_doc **out, tess_error *err) {
    *out = NULL;
    cat_version v;
    cat_catalog *cat = s->a->cat;
    if (cat->vt->version_get(cat, set->id, set->latest_version, &v, err) != 0) return -1;
    if (!v.series_json_key[0])
        return tess_fail(err, "image set %s version %lld has no DICOM JSON", set->id,
                         (long long)set->latest_version);
    wado_cache *c = s->wado;
    pthread_mutex_lock(&c->mu);
    for (int i = 0; i < c->slots; i++) {
        series_doc *d = c->slot[i];
        if (d && strcmp(d->key, v.series_json_key) == 0) {
            d->refs++;
            d->used = ++c->clock;
            pthread_mutex_unlock(&c->mu);
            *out = d;
            return 0;
        }
    }
    pthread_mutex_unlock(&c->mu);

    series_doc *d = calloc(1, sizeof *d);
    if (!d) return tess_fail(err, "out of memory");
    snprintf(d->key, sizeof d->key, "%s", v.series_json_key);
    tess_buf gz, text;
    tess_buf_init(&gz, -1);
    tess_buf_init(&text, -1);
    int rc = blob_get(s->a->blobs, v.series_json_key, s->a->quotas.metadata_bytes + (1u << 20),
                      &gz, err);
    if (rc == 0) rc = tess_gunzip(gz.data, gz.len, isv_doc_text_limit(s->a), &text, err);
    tess_buf_free(&gz);
    d->text = text.data;
    d->len = text.len;
    if (rc == 0 && d->len > UINT32_MAX)
        rc = tess_fail(err, "image set %s: series metadata over 4 GiB", set->id);
    if (rc == 0) rc = doc_index(d, err);
    if (rc != 0) {
        doc_free(d);
        return -1;
    }
    d->refs = 1;
    if (d->len <= WADO_CACHE_MAX_TEXT) {
        series_doc *evicted = NULL;
        pthread_mutex_lock(&c->mu);
        for (int i = 0; i < c->slots; i++) {
            series_doc *x = c->slot[i];
            if (x && strcmp(x->key, d->key) == 0) {
                /* another request cached it meanwhile: use that one */
                x->refs++;
                x->used = ++c->clock;
                pthread_mutex_unlock(&c->mu);
                doc_free(d);
                *out = x;
                return 0;
            }
        }
        int victim = 0;  /* an empty slot, else the least recently used */
        for (int i = 0; i < c->slots; i++) {
            if (!c->slot[i]) {
                victim = i;
                break;
            }
            if (c->slot[i]->used < c->slot[victim]->used) victim = i;
        }
        if (c->slot[victim] && --c->slot[victim]->refs == 0) evicted = c->slot[victim];
        c->slot[victim] = d;
        d->refs++;
        d->used = ++c->clock;
        pthread_mutex_unlock(&c->mu);
        doc_free(evicted);
    }
    *out = d;
    return 0;
}

/* Walk the instance lines of a series doc: fn(ctx, line, len); fn returns
 * 0 to go on, 1 to stop, -1 to fail. Document order. */
static int each_line(const series_doc *d, int (*fn)(void *, const char *, size_t), void *ctx) {
    const char *p = (const char *)d->text, *end = p + d->len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e = nl ? nl : end;
        size_t n = (size_t)(e - p);
        if (n && p[n - 1] == ',') n--;
        if (n && p[0] == '{') {
            int rc = fn(ctx, p, n);
            if (rc) return rc;
        }
        p = nl ? nl + 1 : end;
    }
    return 0;
}

/* Append text to out with every BulkDataURI "/datastore/{ds}..." made
 * "{base}..." (base: dw_base_url of the request). */
static void absolute_uris(const char *text, size_t len, const char *ds, const char *base,
                          tess_buf *out) {
    static const char KEY[] = "\"BulkDataURI\":\"";
    char from[CAT_ID + 16];
    int fl = snprintf(from, sizeof from, "/datastore/%s", ds);
    const char *p = text, *end = text + len;
    while (p < end) {
        const char *k = memmem(p, (size_t)(end - p), KEY, sizeof KEY - 1);
        if (!k) break;
        const char *v = k + sizeof KEY - 1;
        tess_buf_put(out, p, (size_t)(v - p));
        if ((size_t)(end - v) >= (size_t)fl && memcmp(v, from, (size_t)fl) == 0) {
            tess_buf_puts(out, base);
            v += fl;
        }
        p = v;
    }
    tess_buf_put(out, p, (size_t)(end - p));
}

/* The served form of a cached series for this request's base URL (built
 * and kept on first use). Release with served_put. */
static int served_get(dw_service *s, series_doc *d, const wreq *w, served **out,
                      tess_error *err) {
    char base[512];
    dw_base_url(w->req, w->ds, base, sizeof base);
    wado_cache *c = s->wado;
    pthread_mutex_lock(&c->mu);
    if (d->variant && strcmp(d->variant->base, base) == 0) {
        d->variant->refs++;
        *out = d->variant;
        pthread_mutex_unlock(&c->mu);
        return 0;
    }
    pthread_mutex_unlock(&c->mu);
    served *v = calloc(1, sizeof *v);
    if (!v) return tess_fail(err, "out of memory");
    snprintf(v->base, sizeof v->base, "%s", base);
    tess_buf_init(&v->text, -1);
    tess_buf_init(&v->gz, -1);
    absolute_uris((const char *)d->text, d->len, w->ds, base, &v->text);
    if (v->text.failed) {
        served_free(v);
        return tess_fail(err, "out of memory rewriting series metadata");
    }
    if (tess_gzip(v->text.data, v->text.len, &v->gz, err) != 0) {
        served_free(v);
        return -1;
    }
    pthread_mutex_lock(&c->mu);
    served *old = d->variant;
    d->variant = v;
    v->refs = 2;                /* the series' and the caller's */
    bool drop = old && --old->refs == 0;
    pthread_mutex_unlock(&c->mu);
    if (drop) served_free(old);
    *out = v;
    return 0;
}

static void served_put(dw_service *s, served *v) {
    wado_cache *c = s->wado;
    pthread_mutex_lock(&c->mu);
    bool last = --v->refs == 0;
    pthread_mutex_unlock(&c->mu);
    if (last) served_free(v);
}

static const char *first_string(const json_t *obj, const char *tag) {
    const json_t *v = json_array_get(json_object_get(json_object_get(obj, tag), "Value"), 0);
    return json_string_value(v);
}

typedef struct find_sop {
    const char *sop;
    char quoted[80];
    json_t *found;
    char err[160];
} find_sop;

static int find_sop_line(void *ctx, const char *line, size_t n) {
    find_sop *f = ctx;
    if (!memmem(line, n, f->quoted, strlen(f->quoted))) return 0;
    json_error_t je;
    json_t *o = json_loadb(line, n, 0, &je);
    if (!o) {
        snprintf(f->err, sizeof f->err, "stored DICOM JSON line: %.100s", je.text);
        return -1;
    }
    const char *sop = first_string(o, "00080018");
    if (sop && strcmp(sop, f->sop) == 0) {
        f->found = o;
        return 1;
    }
    json_decref(o);
    return 0;
}

/* The DICOM JSON object of instance sop of the set (the caller owns *out).
 * CAT_NOT_FOUND when the series has no such instance. */
static int instance_json(dw_service *s, const cat_image_set *set, const char *sop, json_t **out,
                         tess_error *err) {
    *out = NULL;
    series_doc *d;
    if (doc_get(s, set, &d, err) != 0) return -1;
    const char *t = (const char *)d->text;
    size_t sl = strlen(sop), lo = 0, hi = d->n;
    bool unindexed = false;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const sop_line *l = &d->lines[mid];
        size_t n = l->sop_len < sl ? l->sop_len : sl;
        int c = memcmp(t + l->sop_off, sop, n);
        if (c == 0) c = l->sop_len < sl ? -1 : l->sop_len > sl;
        if (c == 0) {
            json_error_t je;
            json_t *o = json_loadb(t + l->off, l->len, 0, &je);
            doc_put(s, d);
            if (!o) return tess_fail(err, "image set %s: stored DICOM JSON of %s: %s", set->id,
                                     sop, je.text);
            *out = o;
            return 0;
        }
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    for (size_t i = 0; i < d->n; i++)
        if (d->lines[i].sop_len == 0) unindexed = true;
    int rc = CAT_NOT_FOUND;
    if (unindexed) {
        /* lines written in another layout: look through them */
        find_sop f = {.sop = sop};
        snprintf(f.quoted, sizeof f.quoted, "\"%s\"", sop);
        rc = each_line(d, find_sop_line, &f);
        if (rc < 0) rc = tess_fail(err, "image set %s: %s", set->id, f.err);
        else if (f.found) rc = 0;
        else rc = CAT_NOT_FOUND;
        *out = f.found;
    }
    doc_put(s, d);
    return rc;
}

static int not_found_instance(wreq *w) {
    return dw_fail(w->resp, 404, "instance %.64s not found in series %.64s of study %.64s",
                   w->sop, w->set.tags.series_uid, w->set.tags.study_uid);
}

typedef struct frames {
    cat_frame *v;
    size_t n, cap;
    bool oom;
} frames;

static int collect_frame(void *ctx, const cat_frame *f) {
    frames *fs = ctx;
    if (tess_grow(&fs->v, &fs->cap, fs->n + 1, sizeof *fs->v) != 0) {
        fs->oom = true;
        return 1;
    }
    fs->v[fs->n++] = *f;
    return 0;
}

static int frames_of(dw_service *s, const cat_image_set *set, const char *sop, frames *fs,
                     tess_error *err) {
    memset(fs, 0, sizeof *fs);
    cat_catalog *c = s->a->cat;
    if (c->vt->frames_of_instance(c, set->id, sop, collect_frame, fs, err) != 0) return -1;
    if (fs->oom) return tess_fail(err, "out of memory listing the frames of %s", sop);
    return 0;
}

static const char *stored_ts_of(const frames *fs) {
    if (!fs->n) return "";
    return fs->v[0].stored_transfer_syntax[0] ? fs->v[0].stored_transfer_syntax
                                              : DW_TS_HTJ2K_RPCL;
}

/* The bytes of a frame into a malloc'd buffer with 8 zero bytes after them
 * (decoders peek ahead); [off, off+len) of the frame. */
static int frame_bytes(dw_service *s, const cat_frame *fr, uint64_t off, uint64_t len,
                       uint8_t **out, tess_error *err) {
    *out = NULL;
    int fd = -1;
    if (ahi_segment_fd(s->ahi, fr->segment, fr->offset + fr->length, &fd, err) != 0) return -1;
    uint8_t *p = malloc(len + 8);
    ssize_t got = p ? pread(fd, p, len, (off_t)(fr->offset + off)) : -1;
    int saved = errno;
    close(fd);
    if (got != (ssize_t)len) {
        free(p);
        return tess_fail(err, "frame %u of %s: read of %llu bytes of segment %s: %s",
                         fr->frame_index + 1, fr->sop_uid, (unsigned long long)len, fr->segment,
                         got < 0 ? strerror(saved) : "short read");
    }
    memset(p + len, 0, 8);
    *out = p;
    return 0;
}

/* A data set with the instance's attributes (no pixel data), for px_info,
 * rendering options and palettes. The caller frees *f. */
static int instance_dataset(const json_t *inst, dcm_file **f, tess_error *err) {
    *f = NULL;
    tess_buf b;
    tess_buf_init(&b, -1);
    dcm_jp10_opts o = {.part10 = true, .utf8 = true};
    int rc = dcm_json_to_p10(inst, &o, &b, err);
    if (rc == 0) rc = tess_buf_finish(&b, err);
    if (rc == 0) {
        dcm_read_opts ro;
        dcm_read_opts_default(&ro);
        ro.load_all = true;
        rc = dcm_read_mem(b.data, b.len, &ro, f, err);
        if (rc != 0) tess_fail_prefix(err, "rebuilt data set");
    }
    tess_buf_free(&b);
    return rc;
}

/* px_info of an instance: its attributes, NumberOfFrames from the frames. */
static int instance_info(const json_t *inst, const frames *fs, px_info *info, tess_error *err) {
    dcm_file *f;
    if (instance_dataset(inst, &f, err) != 0) return -1;
    int rc = px_info_from_dataset(&f->ds, info, err);
    dcm_file_free(f);
    if (rc == 0 && fs->n) info->frames = (uint32_t)fs->n;
    return rc;
}

/* Frame fr decoded to native ELE pixel bytes (malloc'd); photometric
 * receives what the decoder delivered. */
static int frame_native(dw_service *s, const cat_frame *fr, const char *stored_ts,
                        const px_info *info, uint8_t **out, size_t *len,
                        px_photometric *photometric, tess_error *err) {
    uint8_t *p;
    if (frame_bytes(s, fr, 0, fr->length, &p, err) != 0) return -1;
    px_image img;
    int rc = px_decode_frame_bytes(stored_ts, p, fr->length, info, &img, err);
    free(p);
    if (rc != 0)
        return tess_fail_prefix(err, "frame %u of %s", fr->frame_index + 1, fr->sop_uid);
    if (photometric) *photometric = img.photometric;
    rc = px_native_frame(&img, info, out, len, err);
    px_image_free(&img);
    return rc;
}

/* ---- bodies that may spill to a temporary file ---- */

typedef struct body {
    tess_buf b;
    int fd;
    const char *dir;
    size_t spill;
} body;

static size_t spill_of(const dw_service *s);

static void body_init(body *bd, const dw_service *s) {
    tess_buf_init(&bd->b, -1);
    bd->fd = -1;
    bd->dir = s->a->dir;
    bd->spill = spill_of(s);
}

/* Move to a temporary file once the buffer passes the spill size. */
static int body_check(body *bd, tess_error *err) {
    if (bd->fd >= 0 || bd->b.len < bd->spill) return 0;
    int fd = open(bd->dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0) fd = open("/tmp", O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0) return tess_fail(err, "temporary file for an answer: %s", strerror(errno));
    bd->fd = fd;
    bd->b.fd = fd;
    tess_buf_flush(&bd->b);
    return 0;
}

static void body_free(body *bd) {
    tess_buf_free(&bd->b);
    if (bd->fd >= 0) close(bd->fd);
    bd->fd = -1;
}

static int body_send(body *bd, http_response *resp, int status, const char *ctype,
                     tess_error *err) {
    if (bd->fd < 0) {
        if (bd->b.failed) {
            body_free(bd);
            return tess_fail(err, "out of memory building the answer");
        }
        http_response_take(resp, status, ctype, bd->b.data, bd->b.len);
        bd->b.data = NULL;
        bd->b.len = bd->b.cap = 0;
        return 0;
    }
    if (tess_buf_finish(&bd->b, err) != 0) {
        body_free(bd);
        return -1;
    }
    uint64_t total = bd->b.flushed;
    tess_buf_free(&bd->b);
    http_response_fd(resp, status, ctype, bd->fd, 0, total);
    bd->fd = -1;
    return 0;
}

/* ---------------------------------------------------------------- metadata */

static bool accepts_gzip(const http_request *req) {
    const char *ae = http_header_get(req, "Accept-Encoding");
    if (!ae) return false;
    const char *p = ae;
    while ((p = strcasestr(p, "gzip")) != NULL) {
        const char *q = p + 4;
        while (*q == ' ') q++;
        if (*q == ';') {
            const char *z = strstr(q, "q=");
            if (z && z < q + 8 && atof(z + 2) == 0.0) return false;
        }
        return true;
    }
    return false;
}

/* Accept for metadata: application/dicom+json, application/json, * / *;
 * else 406 (answered: returns 1). */
static int metadata_accept(wreq *w) {
    dw_media_range r[DW_ACCEPT_MAX_RANGES];
    size_t n;
    if (dw_accept_parse(http_header_get(w->req, "Accept"), r, DW_ACCEPT_MAX_RANGES, &n) != 0)
        return dw_fail(w->resp, 400, "the Accept header is malformed"), 1;
    if (n == 0) return 0;
    for (size_t i = 0; i < n; i++) {
        if (!r[i].usable) continue;
        const char *t = r[i].type;
        if (strcmp(t, "application/dicom+json") == 0 || strcmp(t, "application/json") == 0 ||
            strcmp(t, "*/*") == 0 || strcmp(t, "application/*") == 0)
            return 0;
        if (strcmp(t, "multipart/related") == 0 &&
            strcmp(r[i].part_type, "application/dicom+json") == 0)
            return 0;
    }
    return dw_fail(w->resp, 406,
                   "metadata is served as application/dicom+json only (Accept: %.200s)",
                   http_header_get(w->req, "Accept")),
           1;
}

static int h_series_metadata(void *ctx, const http_request *req, http_response *resp,
                             tess_error *err) {
    wreq w;
    int rc = prelude(&w, ctx, req, resp, 2, err);
    if (rc != 0) return rc < 0 ? -1 : 0;
    if (metadata_accept(&w)) return 0;
    series_doc *d;
    if (doc_get(w.s, &w.set, &d, err) != 0) return -1;
    served *v = NULL;
    rc = served_get(w.s, d, &w, &v, err);
    doc_put(w.s, d);
    if (rc != 0) return -1;
    if (accepts_gzip(req)) {
        /* the fast path: bytes kept with the cached series */
        http_response_bytes(resp, 200, "application/dicom+json", v->gz.data, v->gz.len);
        http_response_header(resp, "Content-Encoding", "gzip");
    } else {
        http_response_bytes(resp, 200, "application/dicom+json", v->text.data, v->text.len);
    }
    served_put(w.s, v);
    http_response_header(resp, "Vary", "Accept-Encoding");
    dw_cors(resp);
    ahi_touch(w.s->ahi, w.set.id);
    return 0;
}

static int h_instance_metadata(void *ctx, const http_request *req, http_response *resp,
                               tess_error *err) {
    wreq w;
    int rc = prelude(&w, ctx, req, resp, 3, err);
    if (rc != 0) return rc < 0 ? -1 : 0;
    if (metadata_accept(&w)) return 0;
    json_t *inst;
    rc = instance_json(w.s, &w.set, w.sop, &inst, err);
    if (rc == CAT_NOT_FOUND) return not_found_instance(&w);
    if (rc != 0) return -1;
    json_t *arr = json_array();
    json_array_append_new(arr, inst);
    char *text = json_dumps(arr, JSON_COMPACT);
    json_decref(arr);
    if (!text) return tess_fail(err, "out of memory");
    char base[512];
    dw_base_url(req, w.ds, base, sizeof base);
    tess_buf out;
    tess_buf_init(&out, -1);
    absolute_uris(text, strlen(text), w.ds, base, &out);
    free(text);
    if (out.failed) {
        tess_buf_free(&out);
        return tess_fail(err, "out of memory");
    }
    http_response_take(resp, 200, "application/dicom+json", out.data, out.len);
    dw_cors(resp);
    ahi_touch(w.s->ahi, w.set.id);
    return 0;
}

typedef struct sets {
    cat_image_set *v;
    size_t n, cap;
    bool oom;
} sets;

static int collect_set(void *ctx, const cat_image_set *s) {
    sets *ss = ctx;
    if (tess_grow(&ss->v, &ss->cap, ss->n + 1, sizeof *ss->v) != 0) {
        ss->oom = true;
        return 1;
    }
    ss->v[ss->n++] = *s;
    return 0;
}

/* The image sets of a study request: ?imageSetId= (that one), else the
 * primary sets of the study. 0, 1 answered (404), -1. */
static int study_sets(wreq *w, sets *ss, tess_error *err) {
    memset(ss, 0, sizeof *ss);
    char id[64];
    if (http_query_get(w->req, "imageSetId", 0, id, sizeof id)) {
        cat_image_set set;
        int rc = dw_image_set(w->s, w->req, w->ds, w->st, NULL, &set, w->resp, err);
        if (rc != 0) return rc;
        collect_set(ss, &set);
    } else {
        cat_catalog *c = w->s->a->cat;
        if (c->vt->image_sets_of_study(c, w->ds, w->st, collect_set, ss, err) != 0) {
            free(ss->v);
            return -1;
        }
    }
    if (ss->oom) {
        free(ss->v);
        return tess_fail(err, "out of memory listing the image sets of a study");
    }
    if (ss->n == 0) {
        free(ss->v);
        return dw_fail(w->resp, 404, "study %.64s not found", w->st), 1;
    }
    return 0;
}

/* A series request (level 2: its image set) or a study request (level 1:
 * study_sets) answered by fn over those sets. */
typedef int (*sets_fn)(wreq *w, const cat_image_set *v, size_t n, tess_error *err);

static int over_sets(void *ctx, const http_request *req, http_response *resp, unsigned level,
                     sets_fn fn, tess_error *err) {
    wreq w;
    int rc = prelude(&w, ctx, req, resp, level, err);
    if (rc != 0) return rc < 0 ? -1 : 0;
    if (level == 2) return fn(&w, &w.set, 1, err);
    sets ss;
    rc = study_sets(&w, &ss, err);
    if (rc != 0) return rc < 0 ? -1 : 0;
    rc = fn(&w, ss.v, ss.n, err);
    free(ss.v);
    return rc;
}

typedef struct joined {
    tess_buf *out;
    size_t n;
    const char *ds, *base;
} joined;

static int append_line(void *ctx, const char *line, size_t n) {
    joined *j = ctx;
    if (j->n++) tess_buf_puts(j->out, ",\n");
    absolute_uris(line, n, j->ds, j->base, j->out);
    return 0;
}

static int h_study_metadata(void *ctx, const http_request *req, http_response *resp,
                            tess_error *err) {
    wreq w;
    int rc = prelude(&w, ctx, req, resp, 1, err);
    if (rc != 0) return rc < 0 ? -1 : 0;
    if (metadata_accept(&w)) return 0;
    sets ss;
    rc = study_sets(&w, &ss, err);
    if (rc != 0) return rc < 0 ? -1 : 0;
    tess_buf out;
    tess_buf_init(&out, -1);
    tess_buf_puts(&out, "[\n");
    char base[512];
    dw_base_url(req, w.ds, base, sizeof base);
    joined j = {&out, 0, w.ds, base};
    for (size_t i = 0; i < ss.n && rc == 0; i++) {
        series_doc *d;
        rc = doc_get(w.s, &ss.v[i], &d, err);
        if (rc == 0) each_line(d, append_line, &j);
        doc_put(w.s, d);
        if (rc == 0) ahi_touch(w.s->ahi, ss.v[i].id);
    }
    free(ss.v);
    tess_buf_puts(&out, "\n]\n");
    if (rc == 0 && out.failed) rc = tess_fail(err, "out of memory building study metadata");
    if (rc != 0) {
        tess_buf_free(&out);
        return -1;
    }
    http_response_take(resp, 200, "application/dicom+json", out.data, out.len);
    dw_cors(resp);
    return 0;
}

/* ---------------------------------------------------------------- frames */

/* "1,3,2": 1-based, no duplicates; count at most cap. 0 or -1 (400). */
static int parse_frame_list(const char *s, uint32_t *out, size_t cap, size_t *n) {
    *n = 0;
    const char *p = s;
    for (;;) {
        char *end;
        if (*p < '0' || *p > '9') return -1;
        unsigned long v = strtoul(p, &end, 10);
        if (v < 1 || v > DCM_MAX_FRAMES || end - p > 7) return -1;
        if (*n == cap) return -1;
        for (size_t i = 0; i < *n; i++)
            if (out[i] == v) return -1;
        out[(*n)++] = (uint32_t)v;
        if (*end == '\0') return 0;
        if (*end != ',') return -1;
        p = end + 1;
    }
}

static void part_type(char *out, size_t cap, const dw_choice *c) {
    const char *media = c->media[0] ? c->media : ahi_frame_content_type(c->ts);
    snprintf(out, cap, "%s; transfer-syntax=%s", media, c->ts);
}

/* The frames answer for the (0-based) frame indexes idx of one instance. */
static int send_frames(wreq *w, const json_t *inst_or_null, const frames *fs,
                       const uint32_t *idx, size_t nidx, const dw_media_range *r, size_t nr,
                       tess_error *err) {
    const char *stored = stored_ts_of(fs);
    dw_choice ch;
    if (!dw_negotiate(r, nr, DW_RES_FRAMES, stored, nidx == 1, &ch))
        return dw_fail(w->resp, 406,
                       "frames of %.64s are stored as %s: ask for transfer-syntax=* or %s, or "
                       "%s (Accept: %.200s)",
                       w->sop, stored, stored, DW_TS_ELE,
                       http_header_get(w->req, "Accept") ? http_header_get(w->req, "Accept") : "");
    bool decode = strcmp(ch.ts, stored) != 0;
    bool warn = false;
    if (decode && !px_can_decode(stored)) {
        /* as AHI: pixels that cannot be transcoded come back as stored */
        decode = false;
        warn = true;
        snprintf(ch.ts, sizeof ch.ts, "%s", stored);
        if (strcmp(ch.media, "application/octet-stream") != 0) ch.media[0] = '\0';
    }
    px_info info;
    json_t *inst = (json_t *)inst_or_null;
    bool own = false;
    if (decode) {
        if (!inst) {
            int rc = instance_json(w->s, &w->set, w->sop, &inst, err);
            if (rc == CAT_NOT_FOUND) return not_found_instance(w);
            if (rc != 0) return -1;
            own = true;
        }
        int rc = instance_info(inst, fs, &info, err);
        if (own) json_decref(inst);
        if (rc != 0) return tess_fail_prefix(err, "instance %s", w->sop);
    }
    char ctype[200];
    part_type(ctype, sizeof ctype, &ch);
    http_response *resp = w->resp;
    /* A byte range of one frame is a range of its bytes, whatever the
     * Accept: cornerstone3D's progressive loader asks ranges with its
     * multipart Accept and reads a single-part 206 (extractMultipart). */
    if (ch.multipart && nidx == 1 && http_header_get(w->req, "Range")) ch.multipart = false;
    if (!ch.multipart) {
        const cat_frame *fr = &fs->v[idx[0]];
        uint8_t *p = NULL;
        size_t len = 0;
        if (decode) {
            if (frame_native(w->s, fr, stored, &info, &p, &len, NULL, err) != 0) return -1;
        }
        uint64_t total = decode ? len : fr->length, a = 0, z = total ? total - 1 : 0;
        const char *range = http_header_get(w->req, "Range");
        int status = 200;
        char cr[96] = "";
        if (range) {
            int pr = ahi_parse_range(range, total, &a, &z);
            if (pr == 1) {
                free(p);
                snprintf(cr, sizeof cr, "bytes */%llu", (unsigned long long)total);
                dw_fail(resp, 416, "range %.200s is not satisfiable", range);
                http_response_header(resp, "Content-Range", cr);
                return 0;
            }
            if (pr == 0) {
                status = 206;
                snprintf(cr, sizeof cr, "bytes %llu-%llu/%llu", (unsigned long long)a,
                         (unsigned long long)z, (unsigned long long)total);
            } else {
                a = 0;
                z = total ? total - 1 : 0;
            }
        }
        uint64_t n = total ? z - a + 1 : 0;
        if (decode) {
            if (a) memmove(p, p + a, n);
            http_response_take(resp, status, ctype, p, n);
        } else if (n <= WADO_FROM_MEMORY) {
            if (frame_bytes(w->s, fr, a, n, &p, err) != 0) return -1;
            http_response_take(resp, status, ctype, p, n);
        } else {
            int fd;
            if (ahi_segment_fd(w->s->ahi, fr->segment, fr->offset + fr->length, &fd, err) != 0)
                return -1;
            http_response_fd(resp, status, ctype, fd, fr->offset + a, n);
        }
        http_response_header(resp, "Accept-Ranges", "bytes");
        if (cr[0]) http_response_header(resp, "Content-Range", cr);
    } else {
        char boundary[DW_BOUNDARY_LEN], top[300];
        dw_boundary_new(boundary);
        dw_multipart_content_type(top, sizeof top, ch.media[0] ? ch.media
                                                               : ahi_frame_content_type(ch.ts),
                                  ch.ts, boundary);
        body bd;
        body_init(&bd, w->s);
        for (size_t i = 0; i < nidx; i++) {
            const cat_frame *fr = &fs->v[idx[i]];
            uint8_t *p;
            size_t len;
            int rc = decode ? frame_native(w->s, fr, stored, &info, &p, &len, NULL, err)
                            : frame_bytes(w->s, fr, 0, fr->length, &p, err);
            if (rc != 0) {
                body_free(&bd);
                return -1;
            }
            if (!decode) len = fr->length;
            dw_part_begin(&bd.b, boundary, ctype, len, NULL);
            tess_buf_put(&bd.b, p, len);
            free(p);
            dw_part_end(&bd.b);
            if (body_check(&bd, err) != 0) {
                body_free(&bd);
                return -1;
            }
        }
        dw_multipart_end(&bd.b, boundary);
        if (body_send(&bd, resp, 200, top, err) != 0) return -1;
    }
    if (warn)
        http_response_header(resp, "Warning",
                             "299 tessera \"the stored pixel data cannot be transcoded; sent as "
                             "stored\"");
    dw_cors(resp);
    ahi_touch(w->s->ahi, w->set.id);
    return 0;
}

/* When an instance has no frames: 404 naming what is missing. */
static int no_frames(wreq *w, tess_error *err) {
    json_t *inst;
    int rc = instance_json(w->s, &w->set, w->sop, &inst, err);
    if (rc == CAT_NOT_FOUND) return not_found_instance(w);
    if (rc != 0) return -1;
    json_decref(inst);
    return dw_fail(w->resp, 404, "instance %.64s has no pixel data", w->sop);
}

static int h_frames(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    wreq w;
    int rc = prelude(&w, ctx, req, resp, 3, err);
    if (rc != 0) return rc < 0 ? -1 : 0;
    uint32_t want[WADO_MAX_FRAME_LIST];
    size_t nwant;
    const char *list = dw_param(req, 3);
    if (!list || parse_frame_list(list, want, WADO_MAX_FRAME_LIST, &nwant) != 0)
        return dw_fail(resp, 400,
                       "frame list %.100s: want 1-based frame numbers, comma-separated, no "
                       "duplicates, at most %d",
                       list ? list : "", WADO_MAX_FRAME_LIST);
    dw_media_range r[DW_ACCEPT_MAX_RANGES];
    size_t nr;
    if (dw_accept_parse(http_header_get(req, "Accept"), r, DW_ACCEPT_MAX_RANGES, &nr) != 0)
        return dw_fail(resp, 400, "the Accept header is malformed");
    frames fs;
    if (frames_of(w.s, &w.set, w.sop, &fs, err) != 0) return -1;
    if (fs.n == 0) {
        free(fs.v);
        return no_frames(&w, err);
    }
    for (size_t i = 0; i < nwant; i++) {
        if (want[i] > fs.n) {
            size_t n = fs.n;
            free(fs.v);
            return dw_fail(resp, 404, "instance %.64s has %zu frame%s: no frame %u", w.sop, n,
                           n == 1 ? "" : "s", want[i]);
        }
        want[i]--;
    }
    rc = send_frames(&w, NULL, &fs, want, nwant, r, nr, err);
    free(fs.v);
    return rc;
}

/* ------------------------------------------------------- Part 10 rebuild */

/* A BulkDataURI value other than pixel data: from the AHI document. */
typedef struct doc_find {
    const char *sop;
    json_t *inst;
} doc_find;

static int doc_find_instance(void *ctx, const char *sop, json_t *instance, tess_error *err) {
    doc_find *d = ctx;
    if (strcmp(sop, d->sop) != 0) return 0;
    d->inst = json_incref(instance);
    return DST_STOP;
}

typedef struct rebuild {
    dw_service *s;
    const cat_image_set *set;
    const char *sop;
    const frames *fs;
    const char *stored;         /* stored transfer syntax */
    bool decode;                /* send native ELE pixels */
    px_info info;
    uint8_t *first;             /* frame 1 already decoded (decode) */
    size_t first_len;
    json_t *doc_inst;           /* the AHI document's instance, loaded on demand */
    body *bd;                   /* the answer (spilled to a file past WADO_SPILL); NULL:
                                   not a pixel rebuild */
} rebuild;

static const json_t *doc_value(const json_t *inst, const char *path) {
    const json_t *cur = json_object_get(inst, "DICOM");
    char seg[16];
    const char *p = path;
    bool want_key = true;
    while (*p && cur) {
        const char *e = strchr(p, '/');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n >= sizeof seg) return NULL;
        memcpy(seg, p, n);
        seg[n] = '\0';
        if (want_key) {
            uint32_t tag = (uint32_t)strtoul(seg, NULL, 16);
            const dcm_dict_entry *d = dcm_dict_lookup(tag);
            const json_t *v = NULL;
            /* metadoc.c's keys: the keyword of an exact entry or of the base
             * tag of a repeating group, else the hex tag */
            if (d && d->tag == tag && d->keyword[0]) v = json_object_get(cur, d->keyword);
            if (!v) v = json_object_get(cur, seg);
            cur = v;
        } else {
            cur = json_array_get(cur, strtoul(seg, NULL, 10));
        }
        want_key = !want_key;
        p = e ? e + 1 : p + n;
    }
    return cur;
}

static int rebuild_bulk(void *ctx, const char *path, const json_t *el, tess_buf *value,
                        tess_error *err) {
    rebuild *rb = ctx;
    if (!rb->doc_inst) {
        char key[CAT_KEY];
        if (isv_doc_key(rb->s->a, rb->set->datastore_id, rb->set->id, 0, key, err) != 0)
            return -1;
        doc_find d = {rb->sop, NULL};
        json_t *whole = NULL;
        int rc = dst_read(rb->s->a->blobs, key, isv_doc_text_limit(rb->s->a), NULL,
                          doc_find_instance, &d, &whole, err);
        if (rc == DST_WHOLE && whole) {
            /* a legacy one-line document: find the instance in any series */
            json_t *series = json_object_get(json_object_get(whole, "Study"), "Series");
            const char *k;
            json_t *se;
            json_object_foreach(series, k, se) {
                json_t *i = json_object_get(json_object_get(se, "Instances"), rb->sop);
                if (i) d.inst = json_incref(i);
            }
            json_decref(whole);
            rc = 0;
        }
        if (rc < 0) return -1;
        if (!d.inst) return tess_fail(err, "instance %s is not in its metadata document", rb->sop);
        rb->doc_inst = d.inst;
    }
    const json_t *v = doc_value(rb->doc_inst, path);
    if (!json_is_string(v)) return 0;  /* gone from the document: an empty value */
    size_t n = json_string_length(v), cap = n / 4 * 3 + 3, got = 0, pos = 0;
    uint8_t *p = malloc(cap);
    if (!p) return tess_fail(err, "out of memory");
    if (tess_base64_decode(json_string_value(v), n, true, p, cap, &got, &pos) != TESS_B64_OK) {
        free(p);
        return tess_fail(err, "the document's value at %s is not base64", path);
    }
    tess_buf_put(value, p, got);
    free(p);
    return 0;
}

static void put_u32le(tess_buf *b, uint32_t v) {
    uint8_t p[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
    tess_buf_put(b, p, 4);
}

static int rebuild_pixel(void *ctx, const json_t *el, tess_buf *out, tess_error *err) {
    rebuild *rb = ctx;
    const frames *fs = rb->fs;
    if (!fs->n) return 0;
    dcm_transfer_syntax ts;
    bool known = dcm_transfer_syntax_lookup(rb->stored, &ts);
    bool encapsulated = !rb->decode && (!known || ts.encapsulated);
    if (encapsulated) {
        dcm_jp10_header(out, DCM_TAG_PIXEL_DATA, DCM_VR_OB, DCM_UNDEFINED_LENGTH);
        /* Basic Offset Table: item offsets, unless they pass 32 bits */
        uint64_t off = 0;
        for (size_t i = 0; i < fs->n; i++) off += 8 + fs->v[i].length + (fs->v[i].length & 1);
        bool bot = off <= 0xFFFFFFFFu;
        tess_buf_put(out, "\xFE\xFF\x00\xE0", 4);
        put_u32le(out, bot ? (uint32_t)(4 * fs->n) : 0);
        off = 0;
        for (size_t i = 0; bot && i < fs->n; i++) {
            put_u32le(out, (uint32_t)off);
            off += 8 + fs->v[i].length + (fs->v[i].length & 1);
        }
        for (size_t i = 0; i < fs->n; i++) {
            uint8_t *p;
            uint64_t len = fs->v[i].length;
            if (frame_bytes(rb->s, &fs->v[i], 0, len, &p, err) != 0) return -1;
            tess_buf_put(out, "\xFE\xFF\x00\xE0", 4);
            put_u32le(out, (uint32_t)(len + (len & 1)));
            tess_buf_put(out, p, len);
            if (len & 1) tess_buf_putc(out, '\0');
            free(p);
            if (rb->bd && body_check(rb->bd, err) != 0) return -1;
        }
        tess_buf_put(out, "\xFE\xFF\xDD\xE0\x00\x00\x00\x00", 8);
        return 0;
    }
    /* native: as stored (a native stored syntax) or decoded */
    const char *vrs = json_string_value(json_object_get(el, "vr"));
    dcm_vr vr = vrs && strcmp(vrs, "OB") == 0 ? DCM_VR_OB : DCM_VR_OW;
    uint64_t total = 0;
    size_t flen = rb->decode ? rb->first_len : 0;
    if (rb->decode) {
        if (rb->info.bits_allocated <= 8) vr = DCM_VR_OB;
        total = (uint64_t)flen * fs->n;
    } else {
        for (size_t i = 0; i < fs->n; i++) total += fs->v[i].length;
    }
    if (total + (total & 1) > 0xFFFFFFFEu)
        return tess_fail(err, "instance %s: native pixel data of %llu bytes does not fit 32 bits",
                         rb->sop, (unsigned long long)total);
    dcm_jp10_header(out, DCM_TAG_PIXEL_DATA, vr, (uint32_t)(total + (total & 1)));
    for (size_t i = 0; i < fs->n; i++) {
        uint8_t *p;
        size_t len;
        if (rb->decode && i == 0) {
            p = rb->first;
            len = rb->first_len;
            rb->first = NULL;
        } else if (rb->decode) {
            if (frame_native(rb->s, &fs->v[i], rb->stored, &rb->info, &p, &len, NULL, err) != 0)
                return -1;
            if (len != flen) {
                free(p);
                return tess_fail(err, "frame %zu of %s decodes to %zu bytes, frame 1 to %zu",
                                 i + 1, rb->sop, len, flen);
            }
        } else {
            len = fs->v[i].length;
            if (frame_bytes(rb->s, &fs->v[i], 0, len, &p, err) != 0) return -1;
        }
        tess_buf_put(out, p, len);
        free(p);
        if (rb->bd && body_check(rb->bd, err) != 0) return -1;
    }
    if (total & 1) tess_buf_putc(out, '\0');
    return 0;
}

/* Write instance inst (its frames fs) as Part 10 in transfer syntax ts
 * (the stored one, or ELE: decoded) to out. */
static int write_instance(dw_service *s, const cat_image_set *set, const json_t *inst,
                          const frames *fs, const char *ts, body *bd, tess_error *err) {
    tess_buf *out = &bd->b;
    const char *sop = first_string(inst, "00080018");
    rebuild rb = {.s = s, .set = set, .sop = sop ? sop : "", .fs = fs, .bd = bd,
                  .stored = stored_ts_of(fs)};
    rb.decode = fs->n && strcmp(ts, rb.stored) != 0;
    json_t *override = NULL;
    int rc = 0;
    if (rb.decode) {
        px_photometric ph = PX_PHOTO_UNKNOWN;
        rc = instance_info(inst, fs, &rb.info, err);
        if (rc == 0)
            rc = frame_native(s, &fs->v[0], rb.stored, &rb.info, &rb.first, &rb.first_len, &ph,
                              err);
        if (rc == 0 && ph != rb.info.photometric && ph != PX_PHOTO_UNKNOWN) {
            /* the decoder delivered another colour space (lossy JPEG: RGB) */
            override = json_pack("{s:{s:s,s:[s]}}", "00280004", "vr", "CS", "Value",
                                 px_photometric_name(ph));
        }
        if (rc == 0 && rb.info.samples_per_pixel > 1) {
            if (!override) override = json_object();
            json_object_set_new(override, "00280006",
                                json_pack("{s:s,s:[i]}", "vr", "US", "Value", 0));
        }
    }
    if (rc == 0) {
        dcm_jp10_opts o = {.part10 = true,
                           .transfer_syntax = fs->n ? ts : DW_TS_ELE,
                           .utf8 = true,
                           .pixel = rebuild_pixel,
                           .bulk = rebuild_bulk,
                           .ctx = &rb,
                           .override = override};
        rc = dcm_json_to_p10(inst, &o, out, err);
    }
    json_decref(override);
    free(rb.first);
    json_decref(rb.doc_inst);
    return rc;
}

/* The transfer syntax of an instance answer and its form, from Accept;
 * false when not acceptable. */
static bool instance_choice(const dw_media_range *r, size_t nr, const char *stored,
                            bool single_ok, dw_choice *ch, bool *warn) {
    if (!dw_negotiate(r, nr, DW_RES_INSTANCE, stored, single_ok, ch)) return false;
    *warn = false;
    if (stored[0] && strcmp(ch->ts, stored) != 0 && !px_can_decode(stored)) {
        snprintf(ch->ts, sizeof ch->ts, "%s", stored);
        *warn = true;
    }
    return true;
}

static int h_instance(void *ctx, const http_request *req, http_response *resp,
                      tess_error *err) {
    wreq w;
    int rc = prelude(&w, ctx, req, resp, 3, err);
    if (rc != 0) return rc < 0 ? -1 : 0;
    dw_media_range r[DW_ACCEPT_MAX_RANGES];
    size_t nr;
    if (dw_accept_parse(http_header_get(req, "Accept"), r, DW_ACCEPT_MAX_RANGES, &nr) != 0)
        return dw_fail(resp, 400, "the Accept header is malformed");
    json_t *inst;
    rc = instance_json(w.s, &w.set, w.sop, &inst, err);
    if (rc == CAT_NOT_FOUND) return not_found_instance(&w);
    if (rc != 0) return -1;
    frames fs;
    if (frames_of(w.s, &w.set, w.sop, &fs, err) != 0) {
        json_decref(inst);
        return -1;
    }
    const char *stored = stored_ts_of(&fs);
    dw_choice ch;
    bool warn;
    if (!instance_choice(r, nr, stored, true, &ch, &warn)) {
        dw_fail(resp, 406,
                "instance %.64s is stored as %s: ask for application/dicom with "
                "transfer-syntax=*, %s or %s",
                w.sop, stored[0] ? stored : DW_TS_ELE, stored[0] ? stored : DW_TS_ELE, DW_TS_ELE);
        json_decref(inst);
        free(fs.v);
        return 0;
    }
    body bd;
    body_init(&bd, w.s);
    char boundary[DW_BOUNDARY_LEN], ctype[300], part[120];
    dw_boundary_new(boundary);
    const char *ts = fs.n ? ch.ts : DW_TS_ELE;
    snprintf(part, sizeof part, "application/dicom; transfer-syntax=%s", ts);
    if (ch.multipart) {
        dw_multipart_content_type(ctype, sizeof ctype, "application/dicom", ts, boundary);
        dw_part_begin(&bd.b, boundary, part, UINT64_MAX, NULL);
    } else {
        snprintf(ctype, sizeof ctype, "%s", part);
    }
    rc = write_instance(w.s, &w.set, inst, &fs, ts, &bd, err);
    json_decref(inst);
    free(fs.v);
    if (rc == 0 && ch.multipart) {
        dw_part_end(&bd.b);
        dw_multipart_end(&bd.b, boundary);
    }
    if (rc == 0) rc = body_check(&bd, err);
    if (rc == 0) rc = body_send(&bd, resp, 200, ctype, err);
    else body_free(&bd);
    if (rc != 0) return -1;
    if (warn)
        http_response_header(resp, "Warning",
                             "299 tessera \"the stored pixel data cannot be transcoded; sent as "
                             "stored\"");
    dw_cors(resp);
    ahi_touch(w.s->ahi, w.set.id);
    return 0;
}

/* Series and study retrieval: every instance of the sets, one part each. */
typedef struct retrieve {
    dw_service *s;
    const cat_image_set *set;
    const dw_media_range *r;
    size_t nr;
    body *bd;
    const char *boundary;
    tess_error *err;
    size_t parts;
    bool warned;
} retrieve;

static int retrieve_line(void *ctx, const char *line, size_t n) {
    retrieve *rt = ctx;
    json_error_t je;
    json_t *inst = json_loadb(line, n, 0, &je);
    if (!inst) return tess_fail(rt->err, "image set %s: stored DICOM JSON: %s", rt->set->id,
                                je.text);
    const char *sop = first_string(inst, "00080018");
    frames fs;
    int rc = sop ? frames_of(rt->s, rt->set, sop, &fs, rt->err)
                 : tess_fail(rt->err, "image set %s: an instance without SOPInstanceUID",
                             rt->set->id);
    if (rc != 0) {
        json_decref(inst);
        return -1;
    }
    const char *stored = stored_ts_of(&fs);
    dw_choice ch;
    bool warn = false;
    if (!instance_choice(rt->r, rt->nr, stored, false, &ch, &warn)) {
        /* this instance cannot be sent as asked: sent as stored, with a warning */
        snprintf(ch.ts, sizeof ch.ts, "%s", stored[0] ? stored : DW_TS_ELE);
        warn = true;
    }
    const char *ts = fs.n ? ch.ts : DW_TS_ELE;
    char part[120];
    snprintf(part, sizeof part, "application/dicom; transfer-syntax=%s", ts);
    dw_part_begin(&rt->bd->b, rt->boundary, part, UINT64_MAX, NULL);
    rc = write_instance(rt->s, rt->set, inst, &fs, ts, rt->bd, rt->err);
    dw_part_end(&rt->bd->b);
    json_decref(inst);
    free(fs.v);
    if (rc == 0) rc = body_check(rt->bd, rt->err);
    rt->parts++;
    rt->warned |= warn;
    return rc;
}

static int send_retrieve(wreq *w, const cat_image_set *v, size_t n, tess_error *err) {
    dw_media_range r[DW_ACCEPT_MAX_RANGES];
    size_t nr;
    if (dw_accept_parse(http_header_get(w->req, "Accept"), r, DW_ACCEPT_MAX_RANGES, &nr) != 0)
        return dw_fail(w->resp, 400, "the Accept header is malformed");
    /* multipart only: check the Accept allows application/dicom parts at all */
    dw_choice probe;
    if (!dw_negotiate(r, nr, DW_RES_INSTANCE, "", false, &probe) &&
        !dw_negotiate(r, nr, DW_RES_INSTANCE, DW_TS_HTJ2K_RPCL, false, &probe))
        return dw_fail(w->resp, 406,
                       "series and studies are sent as multipart/related; "
                       "type=\"application/dicom\"");
    body bd;
    body_init(&bd, w->s);
    char boundary[DW_BOUNDARY_LEN], ctype[300];
    dw_boundary_new(boundary);
    dw_multipart_content_type(ctype, sizeof ctype, "application/dicom", NULL, boundary);
    retrieve rt = {w->s, NULL, r, nr, &bd, boundary, err, 0, false};
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        series_doc *d;
        rt.set = &v[i];
        rc = doc_get(w->s, &v[i], &d, err);
        if (rc == 0) rc = each_line(d, retrieve_line, &rt);
        doc_put(w->s, d);
        if (rc == 0) ahi_touch(w->s->ahi, v[i].id);
    }
    if (rc != 0) {
        body_free(&bd);
        return -1;
    }
    dw_multipart_end(&bd.b, boundary);
    if (body_send(&bd, w->resp, 200, ctype, err) != 0) return -1;
    if (rt.warned)
        http_response_header(w->resp, "Warning",
                             "299 tessera \"some pixel data could not be transcoded; sent as "
                             "stored\"");
    dw_cors(w->resp);
    return 0;
}

static int h_series(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    return over_sets(ctx, req, resp, 2, send_retrieve, err);
}

static int h_study(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    return over_sets(ctx, req, resp, 1, send_retrieve, err);
}

/* ---------------------------------------------------------------- rendered */

/* What a rendered resource's query asks for (window, viewport, quality),
 * laid over each instance's own defaults (its window, its size). */
typedef struct render_query {
    bool png;                   /* image/png asked for, else image/jpeg */
    bool window, viewport, quality;
    double center, width;
    uint32_t vw, vh;
    int q;
} render_query;

/* Accept and the query of a rendered resource into *q; 0 to go on, 1 when
 * answered (400 / 406). multi: a study or series, whose answer is
 * multipart/related with image parts; PS3.18 (10.4.4) has single-part
 * media types ignored there, so `image/jpeg` alone is a 406 while
 * `multipart/related; type="image/jpeg"`, `* / *` or no Accept are fine. */
static int render_request(wreq *w, bool multi, render_query *q) {
    char v[128];
    const http_request *req = w->req;
    memset(q, 0, sizeof *q);
    dw_media_range r[DW_ACCEPT_MAX_RANGES];
    size_t nr;
    if (dw_accept_parse(http_header_get(req, "Accept"), r, DW_ACCEPT_MAX_RANGES, &nr) != 0)
        return dw_fail(w->resp, 400, "the Accept header is malformed"), 1;
    bool ok = nr == 0;
    for (size_t i = 0; i < nr && !ok; i++) {
        if (!r[i].usable) continue;
        const char *t = r[i].type;
        if (multi && strcmp(t, "multipart/related") == 0) {
            t = r[i].part_type[0] ? r[i].part_type : "image/jpeg";
        } else if (multi && strcmp(t, "*/*") != 0) {
            continue;
        }
        if (strcmp(t, "image/png") == 0) {
            q->png = true;
            ok = true;
        } else if (strcmp(t, "image/jpeg") == 0 || strcmp(t, "image/*") == 0 ||
                   strcmp(t, "*/*") == 0) {
            ok = true;
        }
    }
    if (!ok)
        return dw_fail(w->resp, 406,
                       multi ? "a rendered study or series is multipart/related; "
                               "type=\"image/jpeg\" or type=\"image/png\""
                             : "rendered images are image/jpeg or image/png"),
               1;
    if (http_query_get(req, "window", 0, v, sizeof v)) {
        char fn[32] = "linear";
        double c, wd;
        int k = sscanf(v, "%lf,%lf,%31s", &c, &wd, fn);
        if (k < 2 || wd < 1 || strcasecmp(fn, "linear") != 0)
            return dw_fail(w->resp, 400,
                           "window=%.100s: want center,width[,linear] with width >= 1", v),
                   1;
        q->window = true;
        q->center = c;
        q->width = wd;
    }
    if (http_query_get(req, "viewport", 0, v, sizeof v)) {
        unsigned vw, vh;
        if (sscanf(v, "%u,%u", &vw, &vh) != 2 || vw > 65535 || vh > 65535)
            return dw_fail(w->resp, 400, "viewport=%.100s: want width,height", v), 1;
        q->viewport = true;
        q->vw = vw;
        q->vh = vh;
    }
    if (http_query_get(req, "quality", 0, v, sizeof v)) {
        char *end;
        long k = strtol(v, &end, 10);
        if (*end || k < 1 || k > 100)
            return dw_fail(w->resp, 400, "quality=%.100s: want 1..100", v), 1;
        q->quality = true;
        q->q = (int)k;
    }
    return 0;
}

/* The options to render an instance with: defaults, its data set's
 * window and rescale, a thumbnail's 128x128 viewport, then the query. */
static void render_opts(const render_query *q, const dcm_dataset *ds, bool thumbnail,
                        px_render_opts *o) {
    px_render_opts_default(o);
    px_render_opts_from_dataset(ds, o);
    if (thumbnail) o->viewport_w = o->viewport_h = 128;
    if (q->window) {
        o->has_window = true;
        o->center = q->center;
        o->width = q->width;
    }
    if (q->viewport) {
        o->viewport_w = q->vw;
        o->viewport_h = q->vh;
    }
    if (q->quality) o->quality = q->q;
}

/* The pixel description of an instance whose attributes are f and whose
 * frames are fs, for render_frame; 0, or -1 (err says why). */
static int render_info(const dcm_file *f, const frames *fs, px_info *info, tess_error *err) {
    if (px_info_from_dataset(&f->ds, info, err) != 0) return -1;
    info->frames = (uint32_t)fs->n;
    return 0;
}

/* Render frame `index` of an instance whose frames are fs, attributes f
 * and pixel description info (render_info): decode the stored bytes,
 * encode JPEG or PNG into *out (malloc'd; the caller frees). Returns 0; -1
 * when the frame could not be read (err says why); 1 when it could not be
 * decoded or rendered (err says why). */
static int render_frame(dw_service *s, const frames *fs, uint32_t index, const dcm_file *f,
                        const px_info *info, const px_render_opts *o, bool png, uint8_t **out,
                        size_t *len, tess_error *err) {
    *out = NULL;
    *len = 0;
    uint8_t *p = NULL;
    if (frame_bytes(s, &fs->v[index], 0, fs->v[index].length, &p, err) != 0) return -1;
    px_image img;
    memset(&img, 0, sizeof img);
    int rc = px_decode_frame_bytes(stored_ts_of(fs), p, fs->v[index].length, info, &img, err);
    free(p);
    if (rc == 0)
        rc = png ? px_render_png(&img, &f->ds, o, out, len, err)
                 : px_render_jpeg(&img, &f->ds, o, out, len, err);
    px_image_free(&img);
    return rc == 0 ? 0 : 1;
}

/* Render frame `index` (0-based) of instance sop of the set. */
static int send_rendered(wreq *w, const char *sop, uint32_t index, bool thumbnail,
                         tess_error *err) {
    render_query q;
    if (render_request(w, false, &q)) return 0;
    json_t *inst;
    int rc = instance_json(w->s, &w->set, sop, &inst, err);
    if (rc == CAT_NOT_FOUND) {
        w->sop = sop;
        return not_found_instance(w);
    }
    if (rc != 0) return -1;
    frames fs;
    if (frames_of(w->s, &w->set, sop, &fs, err) != 0) {
        json_decref(inst);
        return -1;
    }
    if (fs.n == 0 || index >= fs.n) {
        size_t n = fs.n;
        json_decref(inst);
        free(fs.v);
        return dw_fail(w->resp, 404, "instance %.64s has %zu frame%s: no frame %u to render",
                       sop, n, n == 1 ? "" : "s", index + 1);
    }
    dcm_file *f = NULL;
    rc = instance_dataset(inst, &f, err);
    json_decref(inst);
    uint8_t *img_out = NULL;
    size_t len = 0;
    px_info info;
    if (rc == 0) rc = render_info(f, &fs, &info, err);
    if (rc == 0) {
        px_render_opts o;
        render_opts(&q, &f->ds, thumbnail, &o);
        rc = render_frame(w->s, &fs, index, f, &info, &o, q.png, &img_out, &len, err);
    }
    free(fs.v);
    dcm_file_free(f);
    if (rc != 0) return dw_fail(w->resp, 500, "cannot render %.64s: %s", sop, err->msg);
    http_response_take(w->resp, 200, q.png ? "image/png" : "image/jpeg", img_out, len);
    dw_cors(w->resp);
    ahi_touch(w->s->ahi, w->set.id);
    return 0;
}

/* Rendered study and series: every frame of every instance with pixel data,
 * in document order, one image part each. */
typedef struct render_all {
    dw_service *s;
    const cat_image_set *set;
    const render_query *q;
    body *bd;
    const char *boundary;
    tess_error *err;
    size_t parts;               /* images sent */
    size_t skipped;             /* instances that could not be rendered */
    char first_skip[200];       /* why the first of them was not */
} render_all;

static void render_skip(render_all *ra, const char *sop, const char *why) {
    if (ra->skipped++ == 0)
        snprintf(ra->first_skip, sizeof ra->first_skip, "%.64s: %.120s", sop, why);
}

static int render_line(void *ctx, const char *line, size_t n) {
    render_all *ra = ctx;
    json_error_t je;
    json_t *inst = json_loadb(line, n, 0, &je);
    if (!inst)
        return tess_fail(ra->err, "image set %s: stored DICOM JSON: %s", ra->set->id, je.text);
    const char *sop = first_string(inst, "00080018");
    frames fs = {0};
    int rc = sop ? frames_of(ra->s, ra->set, sop, &fs, ra->err)
                 : tess_fail(ra->err, "image set %s: an instance without SOPInstanceUID",
                             ra->set->id);
    dcm_file *f = NULL;
    px_info info;
    bool ready = false;         /* f and info are there: render the frames */
    if (rc == 0 && fs.n > 0) {
        tess_error e = {0};
        ready = instance_dataset(inst, &f, &e) == 0 && render_info(f, &fs, &info, &e) == 0;
        if (!ready) render_skip(ra, sop, e.msg);
    }
    const char *ctype = ra->q->png ? "image/png" : "image/jpeg";
    if (ready) {
        px_render_opts o;
        render_opts(ra->q, &f->ds, false, &o);
        for (size_t i = 0; i < fs.n && rc == 0; i++) {
            uint8_t *img = NULL;
            size_t len = 0;
            tess_error e = {0};
            int r = render_frame(ra->s, &fs, (uint32_t)i, f, &info, &o, ra->q->png, &img, &len,
                                 &e);
            if (r < 0) {
                rc = tess_fail(ra->err, "%s", e.msg);
            } else if (r > 0) {
                render_skip(ra, sop, e.msg);   /* the rest of this instance too */
                break;
            } else {
                dw_part_begin(&ra->bd->b, ra->boundary, ctype, len, NULL);
                tess_buf_put(&ra->bd->b, img, len);
                dw_part_end(&ra->bd->b);
                ra->parts++;
                rc = body_check(ra->bd, ra->err);
            }
            free(img);
        }
    }
    dcm_file_free(f);
    free(fs.v);
    json_decref(inst);
    return rc;
}

static int send_rendered_sets(wreq *w, const cat_image_set *v, size_t n, tess_error *err) {
    render_query q;
    if (render_request(w, true, &q)) return 0;
    body bd;
    body_init(&bd, w->s);
    char boundary[DW_BOUNDARY_LEN], ctype[300];
    dw_boundary_new(boundary);
    dw_multipart_content_type(ctype, sizeof ctype, q.png ? "image/png" : "image/jpeg", NULL,
                              boundary);
    render_all ra = {.s = w->s, .q = &q, .bd = &bd, .boundary = boundary, .err = err};
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        series_doc *d;
        ra.set = &v[i];
        rc = doc_get(w->s, &v[i], &d, err);
        if (rc == 0) rc = each_line(d, render_line, &ra);
        doc_put(w->s, d);
        if (rc == 0) ahi_touch(w->s->ahi, v[i].id);
    }
    if (rc == 0 && ra.parts == 0) {
        body_free(&bd);
        if (ra.skipped)
            return dw_fail(w->resp, 500, "no image could be rendered (%zu instance%s; %s)",
                           ra.skipped, ra.skipped == 1 ? "" : "s", ra.first_skip);
        return dw_fail(w->resp, 404, "%s %.64s has no instance with pixel data",
                       w->se ? "series" : "study", w->se ? w->se : w->st);
    }
    if (rc != 0) {
        body_free(&bd);
        return -1;
    }
    dw_multipart_end(&bd.b, boundary);
    if (body_send(&bd, w->resp, 200, ctype, err) != 0) return -1;
    if (ra.skipped)
        dw_warning(w->resp, "%zu instance%s could not be rendered (%s)", ra.skipped,
                   ra.skipped == 1 ? "" : "s", ra.first_skip);
    dw_cors(w->resp);
    return 0;
}

static int h_series_rendered(void *ctx, const http_request *req, http_response *resp,
                             tess_error *err) {
    return over_sets(ctx, req, resp, 2, send_rendered_sets, err);
}

static int h_study_rendered(void *ctx, const http_request *req, http_response *resp,
                            tess_error *err) {
    return over_sets(ctx, req, resp, 1, send_rendered_sets, err);
}

/* /rendered and /thumbnail of an instance (its first frame), or of
 * frames/{n} when of_frame. */
static int rendered(void *ctx, const http_request *req, http_response *resp, bool of_frame,
                    bool thumbnail, tess_error *err) {
    wreq w;
    int rc = prelude(&w, ctx, req, resp, 3, err);
    if (rc != 0) return rc < 0 ? -1 : 0;
    uint32_t index = 0;
    if (of_frame) {
        uint32_t n[2];
        size_t k;
        const char *list = dw_param(req, 3);
        if (!list || parse_frame_list(list, n, 1, &k) != 0)
            return dw_fail(resp, 400, "frame %.100s: want one 1-based frame number",
                           list ? list : "");
        index = n[0] - 1;
    }
    return send_rendered(&w, w.sop, index, thumbnail, err);
}

static int h_instance_rendered(void *ctx, const http_request *req, http_response *resp,
                               tess_error *err) {
    return rendered(ctx, req, resp, false, false, err);
}

static int h_frame_rendered(void *ctx, const http_request *req, http_response *resp,
                            tess_error *err) {
    return rendered(ctx, req, resp, true, false, err);
}

static int h_frame_thumbnail(void *ctx, const http_request *req, http_response *resp,
                             tess_error *err) {
    return rendered(ctx, req, resp, true, true, err);
}

static int h_instance_thumbnail(void *ctx, const http_request *req, http_response *resp,
                                tess_error *err) {
    return rendered(ctx, req, resp, false, true, err);
}

typedef struct pick {
    cat_instance *v;
    size_t n, cap;
    bool oom;
} pick;

static int collect_instance(void *ctx, const cat_instance *i) {
    pick *p = ctx;
    if (i->number_of_frames <= 0) return 0;
    if (tess_grow(&p->v, &p->cap, p->n + 1, sizeof *p->v) != 0) {
        p->oom = true;
        return 1;
    }
    p->v[p->n++] = *i;
    return 0;
}

static int cmp_instance(const void *a, const void *b) {
    const cat_instance *x = a, *y = b;
    if (x->has_instance_number != y->has_instance_number) return x->has_instance_number ? -1 : 1;
    if (x->instance_number != y->instance_number)
        return x->instance_number < y->instance_number ? -1 : 1;
    return strcmp(x->sop_uid, y->sop_uid);
}

/* The thumbnail of a series: its middle instance (by InstanceNumber). */
static int series_thumbnail(wreq *w, tess_error *err) {
    pick p = {0};
    cat_catalog *c = w->s->a->cat;
    if (c->vt->instances_list(c, w->set.id, 0, collect_instance, &p, err) != 0) {
        free(p.v);
        return -1;
    }
    if (p.oom) {
        free(p.v);
        return tess_fail(err, "out of memory listing instances");
    }
    if (p.n == 0) {
        free(p.v);
        return dw_fail(w->resp, 404, "series %.64s has no instance with pixel data",
                       w->set.tags.series_uid);
    }
    qsort(p.v, p.n, sizeof *p.v, cmp_instance);
    char sop[CAT_UID];
    snprintf(sop, sizeof sop, "%s", p.v[p.n / 2].sop_uid);
    free(p.v);
    return send_rendered(w, sop, 0, true, err);
}

static int h_series_thumbnail(void *ctx, const http_request *req, http_response *resp,
                              tess_error *err) {
    wreq w;
    int rc = prelude(&w, ctx, req, resp, 2, err);
    if (rc != 0) return rc < 0 ? -1 : 0;
    return series_thumbnail(&w, err);
}

static int h_study_thumbnail(void *ctx, const http_request *req, http_response *resp,
                             tess_error *err) {
    wreq w;
    int rc = prelude(&w, ctx, req, resp, 1, err);
    if (rc != 0) return rc < 0 ? -1 : 0;
    sets ss;
    rc = study_sets(&w, &ss, err);
    if (rc != 0) return rc < 0 ? -1 : 0;
    w.set = ss.v[0];
    free(ss.v);
    return series_thumbnail(&w, err);
}

/* ---------------------------------------------------------------- bulk data */

static int h_bulkdata(void *ctx, const http_request *req, http_response *resp,
                      tess_error *err) {
    wreq w;
    int rc = prelude(&w, ctx, req, resp, 3, err);
    if (rc != 0) return rc < 0 ? -1 : 0;
    const char *path = dw_param(req, 3);
    if (!path || !path[0]) return dw_fail(resp, 404, "no bulk data path");
    dw_media_range r[DW_ACCEPT_MAX_RANGES];
    size_t nr;
    if (dw_accept_parse(http_header_get(req, "Accept"), r, DW_ACCEPT_MAX_RANGES, &nr) != 0)
        return dw_fail(resp, 400, "the Accept header is malformed");
    if (strcasecmp(path, "7FE00010") == 0) {
        /* Pixel Data: its frames, as stored unless asked otherwise */
        frames fs;
        if (frames_of(w.s, &w.set, w.sop, &fs, err) != 0) return -1;
        if (fs.n == 0) {
            free(fs.v);
            return no_frames(&w, err);
        }
        uint32_t *idx = malloc(fs.n * sizeof *idx);
        if (!idx) {
            free(fs.v);
            return tess_fail(err, "out of memory");
        }
        for (size_t i = 0; i < fs.n; i++) idx[i] = (uint32_t)i;
        dw_media_range dflt = {"multipart/related", "application/octet-stream", "*", 1000, true};
        rc = send_frames(&w, NULL, &fs, idx, fs.n, nr ? r : &dflt, nr ? nr : 1, err);
        free(idx);
        free(fs.v);
        return rc;
    }
    for (const char *p = path; *p; p++)
        if (!strchr("0123456789ABCDEFabcdef/", *p))
            return dw_fail(resp, 404, "bulk data %.100s not found", path);
    json_t *inst;
    rc = instance_json(w.s, &w.set, w.sop, &inst, err);
    if (rc == CAT_NOT_FOUND) return not_found_instance(&w);
    if (rc != 0) return -1;
    rebuild rb = {.s = w.s, .set = &w.set, .sop = w.sop};
    tess_buf v;
    tess_buf_init(&v, -1);
    char upper[256];
    snprintf(upper, sizeof upper, "%s", path);
    for (char *p = upper; *p; p++) *p = (char)toupper((unsigned char)*p);
    rc = rebuild_bulk(&rb, upper, NULL, &v, err);
    json_decref(rb.doc_inst);
    json_decref(inst);
    if (rc != 0) {
        tess_buf_free(&v);
        return -1;
    }
    if (v.len == 0) {
        tess_buf_free(&v);
        return dw_fail(resp, 404, "instance %.64s has no bulk data at %.100s", w.sop, path);
    }
    bool multipart = false;
    for (size_t i = 0; i < nr; i++) {
        if (!r[i].usable) continue;
        multipart = strcmp(r[i].type, "multipart/related") == 0;
        break;
    }
    if (multipart) {
        char boundary[DW_BOUNDARY_LEN], ctype[300];
        dw_boundary_new(boundary);
        dw_multipart_content_type(ctype, sizeof ctype, "application/octet-stream", NULL,
                                  boundary);
        tess_buf out;
        tess_buf_init(&out, -1);
        dw_part_begin(&out, boundary, "application/octet-stream", v.len, NULL);
        tess_buf_put(&out, v.data, v.len);
        dw_part_end(&out);
        dw_multipart_end(&out, boundary);
        tess_buf_free(&v);
        if (out.failed) {
            tess_buf_free(&out);
            return tess_fail(err, "out of memory");
        }
        http_response_take(resp, 200, ctype, out.data, out.len);
    } else {
        uint64_t a = 0, z = v.len - 1;
        const char *range = http_header_get(req, "Range");
        int pr = range ? ahi_parse_range(range, v.len, &a, &z) : -1;
        if (pr == 1) {
            char cr[64];
            snprintf(cr, sizeof cr, "bytes */%zu", v.len);
            tess_buf_free(&v);
            dw_fail(resp, 416, "range %.200s is not satisfiable", range);
            http_response_header(resp, "Content-Range", cr);
            return 0;
        }
        if (pr != 0) {
            a = 0;
            z = v.len - 1;
        }
        size_t n = (size_t)(z - a + 1);
        if (a) memmove(v.data, v.data + a, n);
        char cr[96];
        snprintf(cr, sizeof cr, "bytes %llu-%llu/%zu", (unsigned long long)a,
                 (unsigned long long)z, v.len);
        http_response_take(resp, pr == 0 ? 206 : 200, "application/octet-stream", v.data, n);
        if (pr == 0) http_response_header(resp, "Content-Range", cr);
        http_response_header(resp, "Accept-Ranges", "bytes");
    }
    dw_cors(resp);
    ahi_touch(w.s->ahi, w.set.id);
    return 0;
}

/* ---------------------------------------------------------------- routes */

const dw_route *dw_wado_routes(size_t *n) {
/* R: answered on the connection's thread (cached or one read); S: may take
 * long (decoding, encoding, whole instances), so offloaded (http.h) */
#define R(p, h) {"GET", p, h, 0, NULL, NULL, NULL, false}
#define S(p, h) {"GET", p, h, 0, NULL, NULL, NULL, true}
    static const dw_route table[] = {
        R("/studies/{st}/metadata", h_study_metadata),
        S("/studies/{st}/rendered", h_study_rendered),
        S("/studies/{st}/thumbnail", h_study_thumbnail),
        R("/studies/{st}/series/{se}/metadata", h_series_metadata),
        S("/studies/{st}/series/{se}/rendered", h_series_rendered),
        S("/studies/{st}/series/{se}/thumbnail", h_series_thumbnail),
        R("/studies/{st}/series/{se}/instances/{sop}/metadata", h_instance_metadata),
        S("/studies/{st}/series/{se}/instances/{sop}/rendered", h_instance_rendered),
        S("/studies/{st}/series/{se}/instances/{sop}/thumbnail", h_instance_thumbnail),
        S("/studies/{st}/series/{se}/instances/{sop}/frames/{list}/rendered", h_frame_rendered),
        S("/studies/{st}/series/{se}/instances/{sop}/frames/{list}/thumbnail", h_frame_thumbnail),
        R("/studies/{st}/series/{se}/instances/{sop}/frames/{list}", h_frames),
        R("/studies/{st}/series/{se}/instances/{sop}/bulkdata/{*}", h_bulkdata),
        S("/studies/{st}/series/{se}/instances/{sop}", h_instance),
        S("/studies/{st}/series/{se}", h_series),
        S("/studies/{st}", h_study),
    };
#undef R
#undef S
    *n = sizeof table / sizeof table[0];
    return table;
}
