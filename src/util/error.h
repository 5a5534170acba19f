/*
 * error.h - errors as values.
 *
 * A function that can fail returns 0 on success and -1 on failure, and
 * writes a message into the caller's tess_error. The message names what
 * failed and where (file, byte offset, tag), so it can be shown to a user
 * as is. Nothing in the library prints or exits on error.
 */
#ifndef TESSERA_UTIL_ERROR_H
#define TESSERA_UTIL_ERROR_H

#include <stdarg.h>

#define TESS_ERROR_MAX 512

typedef struct tess_error {
    char msg[TESS_ERROR_MAX];
} tess_error;

/* Format a message into err (if err is not NULL). Always returns -1 so a
 * caller can write `return tess_fail(err, "...", ...);`. */
int tess_fail(tess_error *err, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Prefix an existing message: "context: old message". Returns -1. */
int tess_fail_prefix(tess_error *err, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
