/*
 * fuzz_qido_query.c - libFuzzer target for the QIDO-RS query-string parser
 * (src/dicomweb/qido.c): percent-decoding, matching keys and their match
 * kinds, includefield lists, limit / offset.
 *
 * Build: make fuzz (clang, ASan + UBSan). Run: build/fuzz/fuzz_qido_query DIR.
 * Crashers found are kept in tests/regress/ and replayed by the tests.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dicomweb/dicomweb_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 8192) return 0;      /* HTTP_MAX_REQUEST_TARGET */
    char *q = malloc(size + 1);
    if (!q) return 0;
    memcpy(q, data, size);
    q[size] = '\0';
    char msg[1100];
    dw_qido_parse(q, msg, sizeof msg);
    free(q);
    return 0;
}
