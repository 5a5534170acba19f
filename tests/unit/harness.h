/*
 * harness.h - the minimal unit-test harness.
 *
 * Each tests/unit/test_*.c is its own executable:
 *
 *     static void test_something(void) { CHECK(1 + 1 == 2); }
 *     int main(void) { RUN(test_something); return harness_done("dict"); }
 *
 * A test passes when none of its CHECKs failed. harness_done prints
 * "NAME: N passed, N failed" (scripts/run-unit.sh adds the lines up) and
 * returns the exit status.
 */
#ifndef TESSERA_TESTS_HARNESS_H
#define TESSERA_TESTS_HARNESS_H

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

static int harness_checks_failed;
static int harness_tests_passed;
static int harness_tests_failed;

#define CHECK(cond) do { \
    if (!(cond)) { harness_checks_failed++; \
        fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); } \
} while (0)

#define CHECK_INT(a, b) do { long long ha_ = (long long)(a), hb_ = (long long)(b); \
    if (ha_ != hb_) { harness_checks_failed++; \
        fprintf(stderr, "%s:%d: CHECK failed: %s == %s (%lld != %lld)\n", \
                __FILE__, __LINE__, #a, #b, ha_, hb_); } \
} while (0)

#define CHECK_STR(a, b) do { const char *ha_ = (a), *hb_ = (b); \
    if (!ha_ || !hb_ || strcmp(ha_, hb_) != 0) { harness_checks_failed++; \
        fprintf(stderr, "%s:%d: CHECK failed: %s == %s (\"%s\" != \"%s\")\n", \
                __FILE__, __LINE__, #a, #b, ha_ ? ha_ : "(null)", hb_ ? hb_ : "(null)"); } \
} while (0)

#define RUN(fn) do { int before_ = harness_checks_failed; fn(); \
    if (harness_checks_failed == before_) harness_tests_passed++; \
    else { harness_tests_failed++; fprintf(stderr, "FAILED: %s\n", #fn); } \
} while (0)

static inline int harness_done(const char *name) {
    printf("%s: %d passed, %d failed\n", name, harness_tests_passed, harness_tests_failed);
    return harness_tests_failed ? 1 : 0;
}

#endif
