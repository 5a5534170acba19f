/*
 * dicomweb.h - DICOMweb (PS3.18) over the archive, as AHI serves it
 * (ahi-api.md section 6) plus what AHI leaves out and viewers use:
 *
 *   QIDO-RS  qido.c   searches answered from catalog indexes
 *   WADO-RS  wado.c   metadata, frames, instances, series and studies,
 *                     rendered and thumbnail, bulk data
 *   STOW-RS  stow.c   multipart/related uploads through the import pipeline
 *
 * Every resource lives under two roots: /datastore/{datastoreId}/ as in
 * AHI, and /dicomweb/, an alias for the default datastore (the one named by
 * `tessera serve --dicomweb-datastore`, else the only ACTIVE one), so a
 * viewer needs one root URL. Answers carry CORS headers for browser
 * viewers; OPTIONS preflights are answered on both roots.
 *
 * By default only primary image sets are visible; every retrieve accepts
 * ?imageSetId= to address any image set of the datastore.
 */
#ifndef TESSERA_DICOMWEB_DICOMWEB_H
#define TESSERA_DICOMWEB_DICOMWEB_H

#include <stddef.h>

#include "api/ahi.h"
#include "http/http.h"
#include "imageset/archive.h"

typedef struct dw_service dw_service;

typedef struct dw_config {
    const char *default_datastore;  /* ID or name for /dicomweb/; NULL: the only ACTIVE one,
                                       looked up on each request */
} dw_config;

/* Create the service over a (borrowed) archive and AHI service, which must
 * outlive it. The caller owns *out (dw_service_stop). */
int dw_service_start(archive *a, ahi_service *ahi, const dw_config *cfg, dw_service **out,
                     tess_error *err);

void dw_service_stop(dw_service *s);

/* Add the DICOMweb routes (both roots) to routes (cap entries in all),
 * starting at routes[*n]; *n is advanced by their count. */
int dw_routes(dw_service *s, http_route *routes, size_t cap, size_t *n, tess_error *err);

#endif
