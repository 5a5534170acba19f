/*
 * dicomweb_internal.h - what the DICOMweb modules (qido.c, wado.c, stow.c)
 * share: the service struct, route tables relative to a root, and the
 * helpers every handler uses (datastore of a request, path parameters
 * after it, CORS, errors).
 */
#ifndef TESSERA_DICOMWEB_INTERNAL_H
#define TESSERA_DICOMWEB_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "catalog/catalog.h"
#include "dicomweb/dicomweb.h"

struct dw_service {
    archive *a;                 /* borrowed */
    ahi_service *ahi;           /* borrowed: segment descriptors, access tracking */
    char default_ds[300];       /* as configured (ID or name); "" = the only ACTIVE one */
    void *stow;                 /* stow.c's state (owned by stow.c: dw_stow_init/free) */
    void *wado;                 /* wado.c's metadata cache (dw_wado_init/free) */
};

/* A route relative to a root: pattern "/studies/{st}/series" is served as
 * /datastore/{id}/studies/{st}/series and /dicomweb/studies/{st}/series.
 * ctx is the dw_service. */
typedef struct dw_route {
    const char *method;
    const char *pattern;
    http_handler_fn handler;
    size_t max_body;
    http_chunk_fn stream;
    http_stream_open_fn stream_open;
    http_stream_close_fn stream_close;
    bool offload;               /* http_route.offload */
} dw_route;

/* Each module's table (static storage); *n receives its length. */
const dw_route *dw_qido_routes(size_t *n);
const dw_route *dw_wado_routes(size_t *n);
const dw_route *dw_stow_routes(size_t *n);

/* qido.c: parse a QIDO-RS query string as the searches do (for the fuzz
 * target). Returns 0 accepted, 1 rejected (msg, cap bytes: the 400 body). */
int dw_qido_parse(const char *query, char *msg, size_t cap);

/* Module state hooks (stow.c keeps a spool directory, for instance). */
int dw_stow_init(dw_service *s, tess_error *err);
void dw_stow_free(dw_service *s);
int dw_wado_init(dw_service *s, tess_error *err);
void dw_wado_free(dw_service *s);

/* The datastore a request addresses, into ds (CAT_ID): the {id} of
 * /datastore/{id}/..., or the default for /dicomweb/. Returns 0; or 1 when
 * it answered resp (404 unknown / deleted datastore, no default); or -1. */
int dw_datastore(dw_service *s, const http_request *req, char *ds, http_response *resp,
                 tess_error *err);

/* Path parameter i after the datastore ({st}, {se}, ...), whatever the root;
 * NULL past the end. */
const char *dw_param(const http_request *req, unsigned i);

/* The root URL of the request's resources, for RetrieveURL and BulkDataURI
 * ("http://HOST/datastore/ID" or "http://HOST/dicomweb"), from the Host
 * header (Forwarded / X-Forwarded-Proto honoured). */
void dw_base_url(const http_request *req, const char *ds, char *out, size_t cap);

/* Add the CORS headers every DICOMweb answer carries (allow any origin,
 * expose Content-Range, Content-Length, Content-Type, Warning,
 * Accept-Ranges). Handlers call it on every answer, errors included. */
void dw_cors(http_response *resp);

/* An error answer: status, application/json {"message": "..."} and CORS.
 * Returns 0 (handlers `return dw_fail(...)`). */
int dw_fail(http_response *resp, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Add `Warning: 299 tessera "TEXT"` (RFC 9111 5.5) to resp, TEXT formatted
 * from fmt and cut to 300 bytes, with double quotes, backslashes and
 * control characters dropped so the quoted string stays well formed
 * whatever an error message held. */
void dw_warning(http_response *resp, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The image set a retrieve addresses: ?imageSetId= (any image set of the
 * datastore, which must hold that study and series), else the primary set
 * of (study, series). Returns 0 with *out; 1 when it answered 404 (or 400
 * for a malformed ID); -1. */
int dw_image_set(dw_service *s, const http_request *req, const char *ds, const char *study_uid,
                 const char *series_uid, cat_image_set *out, http_response *resp,
                 tess_error *err);

#endif
