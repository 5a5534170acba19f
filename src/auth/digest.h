/*
 * digest.h - the hashing SigV4 needs: SHA-256 (one shot and streamed),
 * HMAC-SHA-256, a constant-time comparison and wiping of secrets. Used by
 * auth/sigv4.c (signatures, aws-chunked bodies), auth/gate.c (signed body
 * hashes) and auth/credentials.c (wiping).
 *
 * Over GNU Nettle (Debian's nettle-dev). It was OpenSSL's libcrypto until
 * every tessera process paid for loading it: about 0.9 ms of start-up
 * (17,000 relocations), which one-process-per-file commands such as
 * `tessera transcode` pay each time; Nettle costs about 0.2 ms
 * (docs/benchmarks.md). Nettle's functions cannot fail, so neither can
 * these.
 */
#ifndef TESSERA_AUTH_DIGEST_H
#define TESSERA_AUTH_DIGEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <nettle/sha2.h>

#define DG_SHA256_LEN 32

/* A streamed SHA-256; plain data, no allocation: embed it. */
typedef struct dg_sha256 {
    struct sha256_ctx ctx;
} dg_sha256;

void dg_sha256_init(dg_sha256 *h);
void dg_sha256_update(dg_sha256 *h, const void *p, size_t n);
/* The digest into out; h starts over (as after dg_sha256_init). */
void dg_sha256_final(dg_sha256 *h, uint8_t out[DG_SHA256_LEN]);

/* SHA-256 of p[0..n) (p may be NULL when n is 0). */
void dg_sha256_once(const void *p, size_t n, uint8_t out[DG_SHA256_LEN]);

/* HMAC-SHA-256 of p[0..n) under key[0..klen); out may be key. */
void dg_hmac_sha256(const void *key, size_t klen, const void *p, size_t n,
                    uint8_t out[DG_SHA256_LEN]);

/* a[0..n) == b[0..n), in time that depends on n only. */
bool dg_equal(const void *a, const void *b, size_t n);

/* Zero p[0..n) in a way the compiler keeps. */
void dg_wipe(void *p, size_t n);

#endif
