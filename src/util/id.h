/*
 * id.h - identifiers and wall-clock time.
 *
 * Datastore, image set, frame and job IDs are 32 lowercase hex characters
 * of random 128 bits (getrandom), as in AHI. Times are epoch seconds as a
 * double (the AHI wire format: epoch seconds with a fraction).
 */
#ifndef TESSERA_UTIL_ID_H
#define TESSERA_UTIL_ID_H

#include <stdbool.h>
#include <stddef.h>

#define TESS_ID_LEN 32

/* Write a fresh random ID (32 hex + NUL) into out. Returns 0, or -1 when
 * the kernel's random source fails (never silently weak). */
int tess_id_new(char out[TESS_ID_LEN + 1]);

/* A 32-hex ID for labels that need not be unguessable (request IDs): a
 * per-thread generator seeded once from the kernel, no system call per ID.
 * Never use it for resource IDs. */
void tess_id_fast(char out[TESS_ID_LEN + 1]);

/* True when s is exactly 32 characters of [0-9a-z]. */
bool tess_id_valid(const char *s);

/* True when s is min..max characters of [A-Za-z0-9] and the characters of
 * extra (the AHI name and token patterns: "._/#-" for names, "._-" for
 * client tokens). */
bool tess_name_valid(const char *s, size_t min, size_t max, const char *extra);

/* Current wall-clock time, epoch seconds with microseconds. */
double tess_now(void);

#endif
