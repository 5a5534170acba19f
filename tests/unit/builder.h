/*
 * builder.h - hand-built DICOM byte streams for the unit tests.
 *
 * A `bb` is a growable byte buffer; the bb_* helpers append element
 * headers, values, items and delimiters in implicit VR little endian,
 * explicit VR little endian or explicit VR big endian, and a Part 10
 * preamble + file meta group. Defined lengths of sequences and items are
 * written by building the content in a second bb first:
 *
 *     bb item = {0}; bb_str(&item, EXPL_LE, 0x00100010, "PN", "Doe^John");
 *     bb seq = {0};  bb_item(&seq, EXPL_LE, (uint32_t)item.n); bb_bb(&seq, &item);
 *     bb_el(&out, EXPL_LE, 0x00081115, "SQ", seq.p, (uint32_t)seq.n);
 *
 * Values given as bytes are written as they are: numeric values must
 * already be in the byte order of the encoding (bb_us, bb_ul... do that).
 * Allocation failure aborts: these are tests.
 */
#ifndef TESSERA_TESTS_BUILDER_H
#define TESSERA_TESTS_BUILDER_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum enc_t { IMPL_LE, EXPL_LE, EXPL_BE } enc_t;

typedef struct bb { uint8_t *p; size_t n, cap; } bb;

static inline void bb_put(bb *b, const void *v, size_t n) {
    if (b->cap - b->n < n) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap - b->n < n) cap *= 2;
        uint8_t *p = realloc(b->p, cap);
        if (!p) { fputs("builder: out of memory\n", stderr); abort(); }
        b->p = p;
        b->cap = cap;
    }
    if (n) memcpy(b->p + b->n, v, n);
    b->n += n;
}

static inline void bb_bb(bb *b, const bb *src) { bb_put(b, src->p, src->n); }
static inline void bb_zeros(bb *b, size_t n) {
    static const uint8_t z[256];
    while (n) { size_t c = n < sizeof z ? n : sizeof z; bb_put(b, z, c); n -= c; }
}
static inline void bb_free(bb *b) { free(b->p); b->p = NULL; b->n = b->cap = 0; }

static inline void bb_u16(bb *b, bool be, uint16_t v) {
    uint8_t x[2] = { (uint8_t)v, (uint8_t)(v >> 8) };
    if (be) { uint8_t t = x[0]; x[0] = x[1]; x[1] = t; }
    bb_put(b, x, 2);
}

static inline void bb_u32(bb *b, bool be, uint32_t v) {
    uint8_t x[4] = { (uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24) };
    if (be) { uint8_t t = x[0]; x[0] = x[3]; x[3] = t; t = x[1]; x[1] = x[2]; x[2] = t; }
    bb_put(b, x, 4);
}

static inline void bb_tag(bb *b, enc_t enc, uint32_t tag) {
    bb_u16(b, enc == EXPL_BE, (uint16_t)(tag >> 16));
    bb_u16(b, enc == EXPL_BE, (uint16_t)tag);
}

static inline bool bb_long_vr(const char *vr) {
    static const char *const l[] = { "OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV",
                                     "UC", "UN", "UR", "UT", "UV" };
    for (size_t i = 0; i < sizeof l / sizeof l[0]; i++)
        if (memcmp(vr, l[i], 2) == 0) return true;
    return false;
}

/* Element header only (for undefined lengths, or a value written after). */
static inline void bb_hdr(bb *b, enc_t enc, uint32_t tag, const char *vr, uint32_t len) {
    bool be = enc == EXPL_BE;
    bb_tag(b, enc, tag);
    if (enc == IMPL_LE) { bb_u32(b, false, len); return; }
    bb_put(b, vr, 2);
    if (bb_long_vr(vr)) { bb_u16(b, be, 0); bb_u32(b, be, len); }
    else bb_u16(b, be, (uint16_t)len);
}

static inline void bb_el(bb *b, enc_t enc, uint32_t tag, const char *vr, const void *v, uint32_t len) {
    bb_hdr(b, enc, tag, vr, len);
    bb_put(b, v, len);
}

/* A string value written exactly as given (no padding added). */
static inline void bb_str(bb *b, enc_t enc, uint32_t tag, const char *vr, const char *s) {
    bb_el(b, enc, tag, vr, s, (uint32_t)strlen(s));
}

/* A UI value padded with one NUL to an even length, as writers do. */
static inline void bb_uid(bb *b, enc_t enc, uint32_t tag, const char *uid) {
    size_t n = strlen(uid);
    bb_hdr(b, enc, tag, "UI", (uint32_t)(n + (n & 1)));
    bb_put(b, uid, n);
    if (n & 1) bb_put(b, "", 1);
}

static inline void bb_us(bb *b, enc_t enc, uint32_t tag, uint16_t v) {
    bb_hdr(b, enc, tag, "US", 2);
    bb_u16(b, enc == EXPL_BE, v);
}

static inline void bb_ul(bb *b, enc_t enc, uint32_t tag, uint32_t v) {
    bb_hdr(b, enc, tag, "UL", 4);
    bb_u32(b, enc == EXPL_BE, v);
}

static inline void bb_item(bb *b, enc_t enc, uint32_t len) {
    bb_tag(b, enc, 0xFFFEE000u);
    bb_u32(b, enc == EXPL_BE, len);
}
static inline void bb_item_delim(bb *b, enc_t enc) {
    bb_tag(b, enc, 0xFFFEE00Du);
    bb_u32(b, enc == EXPL_BE, 0);
}
static inline void bb_seq_delim(bb *b, enc_t enc) {
    bb_tag(b, enc, 0xFFFEE0DDu);
    bb_u32(b, enc == EXPL_BE, 0);
}

/* A sequence of defined length holding items of defined length. */
static inline void bb_seq_defined(bb *b, enc_t enc, uint32_t tag, const bb *items, size_t n) {
    bb seq = { 0 };
    for (size_t i = 0; i < n; i++) {
        bb_item(&seq, enc, (uint32_t)items[i].n);
        bb_bb(&seq, &items[i]);
    }
    bb_hdr(b, enc, tag, "SQ", (uint32_t)seq.n);
    bb_bb(b, &seq);
    bb_free(&seq);
}

/* A sequence of undefined length holding items of undefined length. */
static inline void bb_seq_undefined(bb *b, enc_t enc, uint32_t tag, const bb *items, size_t n) {
    bb_hdr(b, enc, tag, "SQ", 0xFFFFFFFFu);
    for (size_t i = 0; i < n; i++) {
        bb_item(b, enc, 0xFFFFFFFFu);
        bb_bb(b, &items[i]);
        bb_item_delim(b, enc);
    }
    bb_seq_delim(b, enc);
}

/* Preamble (optional) + "DICM" + file meta group (explicit VR LE) with a
 * group length, SOP class/instance and the transfer syntax `ts`. */
static inline void bb_meta(bb *b, bool preamble, const char *ts) {
    if (preamble) { bb_zeros(b, 128); bb_put(b, "DICM", 4); }
    bb m = { 0 };
    static const uint8_t version[2] = { 0, 1 };
    bb_el(&m, EXPL_LE, 0x00020001, "OB", version, 2);
    bb_el(&m, EXPL_LE, 0x00020002, "UI", "1.2.840.10008.5.1.4.1.1.7\0", 26);
    bb_el(&m, EXPL_LE, 0x00020003, "UI", "1.2.3.4\0", 8);
    {
        size_t n = strlen(ts);
        bb_hdr(&m, EXPL_LE, 0x00020010, "UI", (uint32_t)(n + (n & 1)));
        bb_put(&m, ts, n);
        if (n & 1) bb_put(&m, "", 1);
    }
    bb_ul(b, EXPL_LE, 0x00020000, (uint32_t)m.n);
    bb_bb(b, &m);
    bb_free(&m);
}

#define TS_IMPLICIT_LE "1.2.840.10008.1.2"
#define TS_EXPLICIT_LE "1.2.840.10008.1.2.1"
#define TS_EXPLICIT_BE "1.2.840.10008.1.2.2"
#define TS_DEFLATED    "1.2.840.10008.1.2.1.99"
#define TS_JPEG_BASE   "1.2.840.10008.1.2.4.50"

#endif
