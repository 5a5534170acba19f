/*
 * fuzz_tlm.c - libFuzzer target for the HTJ2K tile-part splitter and its
 * checker (src/pixel/tlm.c): px_tlm_split, px_tlm_split_in_place and
 * px_tlm_check on arbitrary bytes must never crash, leak or read out of
 * bounds; whatever the splitter produces the checker must accept, with the
 * same resolution ends; the in-place split must give the same bytes as the
 * copying one, and leave its buffer untouched when it refuses.
 *
 * Build: make fuzz (clang, ASan + UBSan). Run: build/fuzz/fuzz_tlm DIR.
 *
 * Seeds: random bytes almost never get past the main header, so start from
 * real codestreams. The unit test writes some (the OpenJPH stream and its
 * split version for a few small synthetic images, grey and RGB, 8-16 bit):
 *
 *     mkdir -p build/fuzz/tlm-seeds
 *     TESSERA_HTJ2K_SEEDS=build/fuzz/tlm-seeds build/release/tests/test_htj2k
 *     build/fuzz/fuzz_tlm -max_total_time=60 build/fuzz/tlm-seeds
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pixel/tlm.h"

#define MAX_RES 40

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t *out = NULL;
    size_t out_len = 0;
    uint32_t ends[MAX_RES], ends2[MAX_RES];
    unsigned nres = 0, nres2 = 0;
    tess_error err;
    /* in place, in a buffer with the room the encoder leaves (1024 bytes) */
    uint8_t *buf = malloc(size + 1024);
    if (!buf) return 0;
    if (size) memcpy(buf, data, size);
    size_t in_len = 0;
    unsigned in_nres = 0;
    uint32_t in_ends[MAX_RES];
    int in_rc = px_tlm_split_in_place(buf, size, size + 1024, &in_len, in_ends, MAX_RES, &in_nres, &err);
    if (in_rc != 0 && size && memcmp(buf, data, size) != 0) {
        fprintf(stderr, "px_tlm_split_in_place failed but changed its buffer\n");
        abort();
    }
    if (px_tlm_split(data, size, &out, &out_len, ends, MAX_RES, &nres, &err) == 0) {
        if (in_rc != 0 || in_len != out_len || in_nres != nres || memcmp(buf, out, out_len) != 0 ||
            memcmp(in_ends, ends, nres * sizeof *ends) != 0) {
            fprintf(stderr, "px_tlm_split_in_place differs from px_tlm_split\n");
            abort();
        }
        /* what we split, we must accept */
        if (px_tlm_check(out, out_len, ends2, MAX_RES, &nres2, &err) != 0) {
            fprintf(stderr, "px_tlm_check rejected px_tlm_split's output: %s\n", err.msg);
            abort();
        }
        if (nres2 != nres || memcmp(ends, ends2, nres * sizeof *ends) != 0 || !nres ||
            ends[nres - 1] != out_len - 2) {
            fprintf(stderr, "resolution ends differ between split and check\n");
            abort();
        }
        /* and a split stream cannot be split again (it has a TLM) */
        uint8_t *again = NULL;
        size_t again_len;
        if (px_tlm_split(out, out_len, &again, &again_len, ends2, MAX_RES, &nres2, &err) == 0) {
            fprintf(stderr, "a split stream was split again\n");
            abort();
        }
        free(out);
    } else if (out != NULL) {
        fprintf(stderr, "px_tlm_split failed but returned a buffer\n");
        abort();
    } else if (in_rc == 0) {
        fprintf(stderr, "px_tlm_split_in_place accepted what px_tlm_split refused\n");
        abort();
    }
    free(buf);
    (void)px_tlm_check(data, size, ends, MAX_RES, &nres, &err);
    /* the room for offsets is honoured */
    (void)px_tlm_check(data, size, ends, 2, &nres, &err);
    return 0;
}
