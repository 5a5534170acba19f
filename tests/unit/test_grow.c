/*
 * test_grow.c - unit tests for tess_grow (src/util/buf.h), the growable
 * array every module's collect-into-an-array callback uses: capacity from 16
 * doubling, contents kept across growth, no change when room is left, and
 * overflowing sizes refused with the array untouched.
 */
#include <stdint.h>
#include <stdlib.h>

#include "harness.h"
#include "util/buf.h"

typedef struct pair { int64_t a, b; } pair;

static void test_grow_keeps_contents(void) {
    pair *v = NULL;
    size_t cap = 0;
    for (size_t i = 0; i < 1000; i++) {
        CHECK_INT(tess_grow(&v, &cap, i + 1, sizeof *v), 0);
        CHECK(cap >= i + 1);
        v[i] = (pair){(int64_t)i, -(int64_t)i};
    }
    CHECK_INT(cap, 1024);
    int ok = 1;
    for (size_t i = 0; i < 1000; i++) ok &= v[i].a == (int64_t)i && v[i].b == -(int64_t)i;
    CHECK(ok);
    free(v);
}

static void test_grow_capacity(void) {
    char (*uids)[65] = NULL;
    size_t cap = 0;
    CHECK_INT(tess_grow(&uids, &cap, 1, sizeof *uids), 0);
    CHECK_INT(cap, 16);
    char (*before)[65] = uids;
    CHECK_INT(tess_grow(&uids, &cap, 16, sizeof *uids), 0);   /* room left: unchanged */
    CHECK(uids == before);
    CHECK_INT(cap, 16);
    CHECK_INT(tess_grow(&uids, &cap, 100, sizeof *uids), 0);  /* one call, several doublings */
    CHECK_INT(cap, 128);
    free(uids);
}

static void test_grow_overflow(void) {
    int *v = NULL;
    size_t cap = 0;
    CHECK_INT(tess_grow(&v, &cap, 4, sizeof *v), 0);
    int *kept = v;
    CHECK_INT(tess_grow(&v, &cap, SIZE_MAX / 2 + 2, sizeof *v), -1);
    CHECK(v == kept);
    CHECK_INT(cap, 16);
    CHECK_INT(tess_grow(&v, &cap, SIZE_MAX / 8, 64), -1);      /* elements x size overflows */
    CHECK(v == kept);
    CHECK_INT(cap, 16);
    free(v);
}

int main(void) {
    RUN(test_grow_keeps_contents);
    RUN(test_grow_capacity);
    RUN(test_grow_overflow);
    return harness_done("grow");
}
