/*
 * fuzz_multipart.c - libFuzzer target for the streaming multipart parser
 * (src/http/multipart.c) and mp_media_parse.
 *
 * Input: byte 0 picks the boundary ("b", "boundary", or a 200-byte one),
 * byte 1 the piece size for the second parse and byte 2 small limits or
 * the defaults; the rest is the body. The body is parsed whole and then in
 * pieces; both must end the same way (same error kind, or success with the
 * same parts and the same bytes: compared by a running hash), and no part
 * may exceed the limits. The body's first line is also given to
 * mp_media_parse as a Content-Type value.
 *
 * Build: make fuzz (clang, ASan + UBSan). Run: build/fuzz/fuzz_multipart DIR
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/multipart.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct fz {
    uint64_t hash, parts, ends, part_bytes, max_part;
    int open;
} fz;

static void mix(fz *f, const uint8_t *p, size_t n) {
    for (size_t i = 0; i < n; i++) f->hash = (f->hash ^ p[i]) * 1099511628211ull;
}

static int on_begin(void *ctx, const mp_part *p, tess_error *err) {
    fz *f = ctx;
    if (f->open) abort();   /* a part begins only after the previous ended */
    f->open = 1;
    f->parts++;
    f->part_bytes = 0;
    mix(f, (const uint8_t *)p->content_type, strlen(p->content_type));
    mix(f, (const uint8_t *)p->content_location, strlen(p->content_location));
    mix(f, (const uint8_t *)&p->content_length, sizeof p->content_length);
    return 0;
}

static int on_data(void *ctx, const uint8_t *p, size_t n, tess_error *err) {
    fz *f = ctx;
    if (!f->open || n == 0) abort();
    f->part_bytes += n;
    if (f->part_bytes > f->max_part) abort();
    mix(f, p, n);
    return 0;
}

static int on_end(void *ctx, tess_error *err) {
    fz *f = ctx;
    if (!f->open) abort();
    f->open = 0;
    f->ends++;
    mix(f, (const uint8_t *)"|", 1);
    return 0;
}

static const mp_callbacks CB = {on_begin, on_data, on_end};

static int parse(const char *boundary, const mp_limits *lim, const uint8_t *body, size_t n,
                 size_t piece, fz *f) {
    memset(f, 0, sizeof *f);
    f->hash = 14695981039346656037ull;
    f->max_part = lim->max_part_bytes;
    mp_parser *p;
    tess_error err;
    if (mp_new(boundary, lim, &CB, f, &p, &err) != 0) abort();
    int rc = 0;
    for (size_t at = 0; at < n && rc == 0; at += piece)
        rc = mp_feed(p, body + at, n - at < piece ? n - at : piece, &err);
    if (rc == 0) rc = mp_finish(p, &err);
    int kind = rc == 0 ? 0 : (int)mp_error(p);
    if (rc != 0 && !err.msg[0]) abort();   /* every error says something */
    if (f->parts > lim->max_parts) abort();
    mp_free(p);
    return kind;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 3) return 0;
    char big[MP_BOUNDARY_MAX + 1];
    memset(big, 'q', MP_BOUNDARY_MAX);
    big[MP_BOUNDARY_MAX] = '\0';
    const char *boundary = data[0] % 3 == 0 ? "b" : data[0] % 3 == 1 ? "boundary" : big;
    size_t piece = (size_t)data[1] % 17 + 1;
    mp_limits lim;
    mp_limits_default(&lim);
    if (data[2] & 1) {
        lim.max_header_block = 64;
        lim.max_parts = 3;
        lim.max_part_bytes = 100;
        lim.max_total = 1000;
    }
    const uint8_t *body = data + 3;
    size_t n = size - 3;

    fz whole, pieces;
    int k1 = parse(boundary, &lim, body, n, n ? n : 1, &whole);
    int k2 = parse(boundary, &lim, body, n, piece, &pieces);
    if (k1 != k2) abort();
    if (k1 == 0 && (whole.hash != pieces.hash || whole.parts != pieces.parts ||
                     whole.ends != whole.parts))
        abort();

    /* the first line as a Content-Type value */
    char ct[512];
    size_t l = 0;
    while (l < n && l < sizeof ct - 1 && body[l] != '\n' && body[l] != '\0') l++;
    memcpy(ct, body, l);
    ct[l] = '\0';
    mp_media m;
    tess_error err;
    if (mp_media_parse(ct, &m, &err) == 0 && m.boundary[0]) {
        if (strlen(m.boundary) > MP_BOUNDARY_MAX) abort();
        mp_parser *p;
        if (mp_new(m.boundary, NULL, &CB, &whole, &p, &err) != 0) abort();
        mp_free(p);
    }
    return 0;
}
