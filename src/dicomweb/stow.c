/*
 * stow.c - placeholder until the STOW-RS resources land (see dicomweb.h).
 */
#include "dicomweb/dicomweb_internal.h"

const dw_route *dw_stow_routes(size_t *n) {
    *n = 0;
    return NULL;
}

int dw_stow_init(dw_service *s, tess_error *err) { return 0; }

void dw_stow_free(dw_service *s) {}
