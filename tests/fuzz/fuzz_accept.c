/*
 * fuzz_accept.c - libFuzzer target for the WADO-RS Accept parser and the
 * pixel negotiation (src/dicomweb/media.c): any header must parse or be
 * refused without crashing, leaking or reading out of bounds; a parse gives
 * at most DW_ACCEPT_MAX_RANGES ranges, sorted by q (highest first), every
 * string NUL-terminated within its field and q within 0..1000; negotiation
 * over the result picks a transfer syntax that is the stored one or ELE.
 *
 * Build: make fuzz (clang, ASan + UBSan). Run: build/fuzz/fuzz_accept DIR.
 * Seeds: a few real headers (OHIF's, the AWS sample's list) in a folder:
 *
 *     mkdir -p build/fuzz/accept-seeds
 *     printf 'multipart/related; type="application/octet-stream"; transfer-syntax="*"' \
 *         > build/fuzz/accept-seeds/ohif
 *     build/fuzz/fuzz_accept -max_total_time=60 build/fuzz/accept-seeds
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dicomweb/media.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_choice(const dw_choice *c, const char *stored) {
    if (strcmp(c->ts, DW_TS_ELE) != 0 && strcmp(c->ts, stored) != 0) {
        fprintf(stderr, "negotiation chose %s for stored %s\n", c->ts, stored);
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *h = malloc(size + 1);
    if (!h) return 0;
    memcpy(h, data, size);
    h[size] = '\0';
    dw_media_range r[DW_ACCEPT_MAX_RANGES + 1];
    memset(r, 0x5a, sizeof r);
    size_t n = 12345;
    if (dw_accept_parse(h, r, DW_ACCEPT_MAX_RANGES, &n) == 0) {
        if (n > DW_ACCEPT_MAX_RANGES) abort();
        for (size_t i = 0; i < n; i++) {
            if (!memchr(r[i].type, 0, sizeof r[i].type) ||
                !memchr(r[i].part_type, 0, sizeof r[i].part_type) ||
                !memchr(r[i].ts, 0, sizeof r[i].ts) || r[i].q > 1000)
                abort();
            if (i && r[i].q > r[i - 1].q) abort();
        }
        static const char *const stored[] = {"1.2.840.10008.1.2.4.202", "1.2.840.10008.1.2.4.50",
                                             "1.2.840.10008.1.2.1", ""};
        for (int s = 0; s < 4; s++)
            for (int res = 0; res < 2; res++)
                for (int single = 0; single < 2; single++) {
                    dw_choice c;
                    if (dw_negotiate(r, n, (dw_resource)res, stored[s], single, &c)) {
                        check_choice(&c, stored[s]);
                        if (c.multipart == false && !single) abort();
                    }
                }
    } else if (n != 0 && n > DW_ACCEPT_MAX_RANGES) {
        abort();
    }
    free(h);
    return 0;
}
