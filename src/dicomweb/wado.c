/*
 * wado.c - placeholder until the WADO-RS resources land (see dicomweb.h).
 */
#include "dicomweb/dicomweb_internal.h"

const dw_route *dw_wado_routes(size_t *n) {
    *n = 0;
    return NULL;
}
