/*
 * digest.c - SHA-256, HMAC-SHA-256, constant-time comparison and wiping
 * over GNU Nettle (see digest.h for why Nettle).
 */
#include "auth/digest.h"

#include <string.h>

#include <nettle/hmac.h>
#include <nettle/memops.h>

void dg_sha256_init(dg_sha256 *h) { sha256_init(&h->ctx); }

void dg_sha256_update(dg_sha256 *h, const void *p, size_t n) {
    if (n) sha256_update(&h->ctx, n, p);
}

void dg_sha256_final(dg_sha256 *h, uint8_t out[DG_SHA256_LEN]) {
    sha256_digest(&h->ctx, DG_SHA256_LEN, out);
}

void dg_sha256_once(const void *p, size_t n, uint8_t out[DG_SHA256_LEN]) {
    dg_sha256 h;
    dg_sha256_init(&h);
    dg_sha256_update(&h, p, n);
    dg_sha256_final(&h, out);
}

void dg_hmac_sha256(const void *key, size_t klen, const void *p, size_t n,
                    uint8_t out[DG_SHA256_LEN]) {
    struct hmac_sha256_ctx c;
    hmac_sha256_set_key(&c, klen, key);     /* the key is consumed here: out may be key */
    if (n) hmac_sha256_update(&c, n, p);
    hmac_sha256_digest(&c, DG_SHA256_LEN, out);
    dg_wipe(&c, sizeof c);
}

bool dg_equal(const void *a, const void *b, size_t n) { return memeql_sec(a, b, n) != 0; }

void dg_wipe(void *p, size_t n) { explicit_bzero(p, n); }
