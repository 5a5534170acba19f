/*
 * error.c - formatting of tess_error messages (see error.h).
 */
#include "util/error.h"

#include <stdio.h>
#include <string.h>

int tess_fail(tess_error *err, const char *fmt, ...) {
    if (!err) return -1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    return -1;
}

int tess_fail_prefix(tess_error *err, const char *fmt, ...) {
    if (!err) return -1;
    char prefix[TESS_ERROR_MAX], old[TESS_ERROR_MAX];
    memcpy(old, err->msg, sizeof old);
    old[sizeof old - 1] = '\0';
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(prefix, sizeof prefix, fmt, ap);
    va_end(ap);
    size_t n = strlen(prefix);
    if (n > sizeof err->msg - 3) n = sizeof err->msg - 3;
    memcpy(err->msg, prefix, n);
    err->msg[n] = ':';
    err->msg[n + 1] = ' ';
    size_t room = sizeof err->msg - n - 2;
    size_t m = strlen(old);
    if (m > room - 1) m = room - 1;
    memcpy(err->msg + n + 2, old, m);
    err->msg[n + 2 + m] = '\0';
    return -1;
}
