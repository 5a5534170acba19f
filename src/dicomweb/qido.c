/*
 * qido.c - placeholder until the QIDO-RS resources land (see dicomweb.h).
 */
#include "dicomweb/dicomweb_internal.h"

const dw_route *dw_qido_routes(size_t *n) {
    *n = 0;
    return NULL;
}
