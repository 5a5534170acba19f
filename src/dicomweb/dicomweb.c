/*
 * dicomweb.c - the DICOMweb service: its routes under both roots, the
 * datastore a request addresses, CORS, errors, and the image set a
 * retrieve addresses. The resources themselves are in qido.c, wado.c and
 * stow.c (see dicomweb.h).
 */
#include "dicomweb/dicomweb_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/id.h"

#define DW_ROOT_DATASTORE "/datastore/{id}"
#define DW_ROOT_ALIAS "/dicomweb"

/* route pattern strings made by dw_routes, freed with the service */
typedef struct dw_strings {
    char *p[256];
    size_t n;
} dw_strings;

static dw_strings *strings_of(dw_service *s);

int dw_service_start(archive *a, ahi_service *ahi, const dw_config *cfg, dw_service **out,
                     tess_error *err) {
    dw_service *s = calloc(1, sizeof *s + sizeof(dw_strings));
    if (!s) return tess_fail(err, "dicomweb: out of memory");
    s->a = a;
    s->ahi = ahi;
    if (cfg && cfg->default_datastore)
        snprintf(s->default_ds, sizeof s->default_ds, "%s", cfg->default_datastore);
    if (dw_stow_init(s, err) != 0) {
        free(s);
        return -1;
    }
    if (dw_wado_init(s, err) != 0) {
        dw_stow_free(s);
        free(s);
        return -1;
    }
    *out = s;
    return 0;
}

static dw_strings *strings_of(dw_service *s) { return (dw_strings *)(s + 1); }

void dw_service_stop(dw_service *s) {
    if (!s) return;
    dw_stow_free(s);
    dw_wado_free(s);
    dw_strings *st = strings_of(s);
    for (size_t i = 0; i < st->n; i++) free(st->p[i]);
    free(s);
}

static int h_options(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    http_response_bytes(resp, 204, NULL, NULL, 0);
    dw_cors(resp);
    http_response_header(resp, "Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
    const char *want = http_header_get(req, "Access-Control-Request-Headers");
    http_response_header(resp, "Access-Control-Allow-Headers",
                         want && strlen(want) < 1024 ? want : "*");
    http_response_header(resp, "Access-Control-Max-Age", "86400");
    return 0;
}

static int add_route(dw_service *s, http_route *routes, size_t cap, size_t *n, const char *root,
                     const dw_route *r, tess_error *err) {
    dw_strings *st = strings_of(s);
    if (*n >= cap || st->n >= sizeof st->p / sizeof st->p[0])
        return tess_fail(err, "dicomweb: more routes than the table holds (%zu)", cap);
    size_t len = strlen(root) + strlen(r->pattern) + 1;
    char *p = malloc(len);
    if (!p) return tess_fail(err, "dicomweb: out of memory");
    snprintf(p, len, "%s%s", root, r->pattern);
    st->p[st->n++] = p;
    http_route *h = &routes[(*n)++];
    memset(h, 0, sizeof *h);
    h->method = r->method;
    h->pattern = p;
    h->handler = r->handler;
    h->ctx = s;
    h->max_body = r->max_body;
    h->stream = r->stream;
    h->stream_open = r->stream_open;
    h->offload = r->offload;
    h->stream_close = r->stream_close;
    return 0;
}

int dw_routes(dw_service *s, http_route *routes, size_t cap, size_t *n, tess_error *err) {
    const dw_route *tables[3];
    size_t counts[3];
    tables[0] = dw_qido_routes(&counts[0]);
    tables[1] = dw_wado_routes(&counts[1]);
    tables[2] = dw_stow_routes(&counts[2]);
    static const dw_route options[] = {
        {"OPTIONS", "/studies", h_options, 0, NULL, NULL, NULL, false},
        {"OPTIONS", "/studies/{*}", h_options, 0, NULL, NULL, NULL, false},
        {"OPTIONS", "/series", h_options, 0, NULL, NULL, NULL, false},
        {"OPTIONS", "/instances", h_options, 0, NULL, NULL, NULL, false},
    };
    const char *roots[2] = {DW_ROOT_DATASTORE, DW_ROOT_ALIAS};
    for (int r = 0; r < 2; r++) {
        for (int t = 0; t < 3; t++)
            for (size_t i = 0; i < counts[t]; i++)
                if (add_route(s, routes, cap, n, roots[r], &tables[t][i], err) != 0) return -1;
        for (size_t i = 0; i < sizeof options / sizeof options[0]; i++)
            if (add_route(s, routes, cap, n, roots[r], &options[i], err) != 0) return -1;
    }
    return 0;
}

static bool alias_root(const http_request *req) {
    return strncmp(req->path, DW_ROOT_ALIAS "/", sizeof DW_ROOT_ALIAS) == 0 ||
           strcmp(req->path, DW_ROOT_ALIAS) == 0;
}

const char *dw_param(const http_request *req, unsigned i) {
    return http_path_param(req, alias_root(req) ? i : i + 1);
}

typedef struct only_active {
    int n;
    char id[CAT_ID];
} only_active;

static int count_active(void *ctx, const cat_datastore *d) {
    only_active *o = ctx;
    if (o->n++ == 0) snprintf(o->id, sizeof o->id, "%s", d->id);
    return o->n > 1;
}

int dw_datastore(dw_service *s, const http_request *req, char *ds, http_response *resp,
                 tess_error *err) {
    cat_catalog *c = s->a->cat;
    cat_datastore d;
    int rc;
    if (!alias_root(req)) {
        const char *id = http_path_param(req, 0);
        if (!id || !tess_id_valid(id))
            return dw_fail(resp, 404, "datastore %.64s not found", id ? id : ""), 1;
        rc = c->vt->datastore_get(c, id, &d, err);
    } else if (s->default_ds[0]) {
        rc = tess_id_valid(s->default_ds) ? c->vt->datastore_get(c, s->default_ds, &d, err)
                                          : CAT_NOT_FOUND;
        if (rc == CAT_NOT_FOUND) rc = c->vt->datastore_find_by_name(c, s->default_ds, &d, err);
    } else {
        only_active o = {0, ""};
        bool more = false;
        if (c->vt->datastore_list(c, "ACTIVE", 0, 2, count_active, &o, &more, err) != 0)
            return -1;
        if (o.n != 1)
            return dw_fail(resp, 404,
                           "/dicomweb/ has no default datastore: %s ACTIVE datastores; start "
                           "`tessera serve --dicomweb-datastore ID` or use /datastore/ID/",
                           o.n == 0 ? "there are no" : "there are several"),
                   1;
        rc = c->vt->datastore_get(c, o.id, &d, err);
    }
    if (rc == CAT_NOT_FOUND) return dw_fail(resp, 404, "datastore not found"), 1;
    if (rc != 0) return -1;
    if (strcmp(d.status, "ACTIVE") != 0)
        return dw_fail(resp, 404, "datastore %s is %s", d.id, d.status), 1;
    snprintf(ds, CAT_ID, "%s", d.id);
    return 0;
}

void dw_base_url(const http_request *req, const char *ds, char *out, size_t cap) {
    const char *host = http_header_get(req, "X-Forwarded-Host");
    if (!host) host = http_header_get(req, "Host");
    if (!host || !host[0] || strlen(host) > 255 || strpbrk(host, "/\\ \"<>")) host = "localhost";
    const char *proto = http_header_get(req, "X-Forwarded-Proto");
    if (!proto || (strcmp(proto, "https") != 0 && strcmp(proto, "http") != 0)) proto = "http";
    if (alias_root(req))
        snprintf(out, cap, "%s://%s" DW_ROOT_ALIAS, proto, host);
    else
        snprintf(out, cap, "%s://%s/datastore/%s", proto, host, ds);
}

void dw_cors(http_response *resp) {
    http_response_header(resp, "Access-Control-Allow-Origin", "*");
    http_response_header(resp, "Access-Control-Expose-Headers",
                         "Content-Range, Content-Length, Content-Type, Warning, Accept-Ranges");
}

int dw_fail(http_response *resp, int status, const char *fmt, ...) {
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    http_response_error(resp, status, NULL, msg);
    dw_cors(resp);
    return 0;
}

void dw_warning(http_response *resp, const char *fmt, ...) {
    char text[301], value[320];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    size_t k = 0;
    for (const char *c = text; *c; c++)
        if (*c != '"' && *c != '\\' && (unsigned char)*c >= 0x20) text[k++] = *c;
    text[k] = '\0';
    snprintf(value, sizeof value, "299 tessera \"%s\"", text);
    http_response_header(resp, "Warning", value);
}

int dw_image_set(dw_service *s, const http_request *req, const char *ds, const char *study_uid,
                 const char *series_uid, cat_image_set *out, http_response *resp,
                 tess_error *err) {
    cat_catalog *c = s->a->cat;
    char id[64];
    int rc;
    if (http_query_get(req, "imageSetId", 0, id, sizeof id)) {
        if (!tess_id_valid(id)) return dw_fail(resp, 400, "imageSetId %.40s is malformed", id), 1;
        rc = c->vt->image_set_get(c, ds, id, out, err);
        if (rc == 0 && (strcmp(out->state, "DELETED") == 0 ||
                        strcmp(out->tags.study_uid, study_uid) != 0 ||
                        (series_uid && strcmp(out->tags.series_uid, series_uid) != 0)))
            rc = CAT_NOT_FOUND;
        if (rc == CAT_NOT_FOUND)
            return dw_fail(resp, 404, "image set %s of study %.64s%s%.64s not found", id,
                           study_uid, series_uid ? " series " : "", series_uid ? series_uid : ""),
                   1;
        return rc == 0 ? 0 : -1;
    }
    if (!series_uid) return tess_fail(err, "dw_image_set: a series is needed without imageSetId");
    rc = c->vt->image_set_find_primary(c, ds, study_uid, series_uid, out, err);
    if (rc == CAT_NOT_FOUND)
        return dw_fail(resp, 404, "series %.64s of study %.64s not found", series_uid, study_uid),
               1;
    return rc == 0 ? 0 : -1;
}
