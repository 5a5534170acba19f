/*
 * jsoncheck.h - a strict JSON (RFC 8259) syntax checker for the tests.
 *
 * json_valid() accepts exactly one JSON value with optional surrounding
 * whitespace; strings must be valid UTF-8 without raw control characters
 * and with valid escapes; numbers follow the RFC grammar; an object may
 * not repeat a key. On failure it tells where and why.
 */
#ifndef TESSERA_TESTS_JSONCHECK_H
#define TESSERA_TESTS_JSONCHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

typedef struct jchk {
    const unsigned char *p, *end, *start;
    char *why;
    size_t whycap;
    int depth;
} jchk;

static inline bool jchk_fail(jchk *j, const char *what) {
    if (j->why && j->why[0] == 0)
        snprintf(j->why, j->whycap, "%s at byte %zu", what, (size_t)(j->p - j->start));
    return false;
}

static inline void jchk_ws(jchk *j) {
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r')) j->p++;
}

static inline bool jchk_value(jchk *j);

static inline bool jchk_utf8(jchk *j) {
    unsigned char c = *j->p;
    size_t len;
    unsigned cp;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1Fu; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0Fu; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07u; }
    else return jchk_fail(j, "invalid UTF-8 lead byte");
    if ((size_t)(j->end - j->p) < len) return jchk_fail(j, "truncated UTF-8");
    for (size_t k = 1; k < len; k++) {
        if ((j->p[k] & 0xC0) != 0x80) return jchk_fail(j, "invalid UTF-8 continuation");
        cp = cp << 6 | (j->p[k] & 0x3Fu);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return jchk_fail(j, "invalid UTF-8 code point");
    j->p += len;
    return true;
}

/* Parse a string; its raw bytes (between the quotes) in *s, *n. */
static inline bool jchk_string(jchk *j, const unsigned char **s, size_t *n) {
    if (j->p >= j->end || *j->p != '"') return jchk_fail(j, "expected a string");
    j->p++;
    *s = j->p;
    for (;;) {
        if (j->p >= j->end) return jchk_fail(j, "unterminated string");
        unsigned char c = *j->p;
        if (c == '"') { *n = (size_t)(j->p - *s); j->p++; return true; }
        if (c < 0x20) return jchk_fail(j, "raw control character in a string");
        if (c == '\\') {
            j->p++;
            if (j->p >= j->end) return jchk_fail(j, "unterminated escape");
            c = *j->p;
            if (c == 'u') {
                for (int k = 1; k <= 4; k++) {
                    if (j->p + k >= j->end) return jchk_fail(j, "short \\u escape");
                    unsigned char h = j->p[k];
                    if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F')))
                        return jchk_fail(j, "bad \\u escape");
                }
                j->p += 5;
            } else if (strchr("\"\\/bfnrt", c) && c) {
                j->p++;
            } else {
                return jchk_fail(j, "bad escape");
            }
            continue;
        }
        if (c >= 0x80) { if (!jchk_utf8(j)) return false; continue; }
        j->p++;
    }
}

static inline bool jchk_number(jchk *j) {
    const unsigned char *p = j->p;
    if (p < j->end && *p == '-') p++;
    if (p >= j->end) return jchk_fail(j, "bad number");
    if (*p == '0') p++;
    else if (*p >= '1' && *p <= '9') { while (p < j->end && *p >= '0' && *p <= '9') p++; }
    else return jchk_fail(j, "bad number");
    if (p < j->end && *p == '.') {
        p++;
        if (p >= j->end || *p < '0' || *p > '9') { j->p = p; return jchk_fail(j, "bad fraction"); }
        while (p < j->end && *p >= '0' && *p <= '9') p++;
    }
    if (p < j->end && (*p == 'e' || *p == 'E')) {
        p++;
        if (p < j->end && (*p == '+' || *p == '-')) p++;
        if (p >= j->end || *p < '0' || *p > '9') { j->p = p; return jchk_fail(j, "bad exponent"); }
        while (p < j->end && *p >= '0' && *p <= '9') p++;
    }
    j->p = p;
    return true;
}

static inline bool jchk_object(jchk *j) {
    j->p++;   /* '{' */
    enum { MAXK = 4096 };
    static const unsigned char *ks[64][MAXK];   /* per depth; tests only */
    static size_t kn[64][MAXK];
    int d = j->depth < 64 ? j->depth : 63;
    size_t nkeys = 0;
    jchk_ws(j);
    if (j->p < j->end && *j->p == '}') { j->p++; return true; }
    for (;;) {
        jchk_ws(j);
        const unsigned char *k;
        size_t n;
        if (!jchk_string(j, &k, &n)) return false;
        for (size_t i = 0; i < nkeys && i < MAXK; i++)
            if (kn[d][i] == n && memcmp(ks[d][i], k, n) == 0) return jchk_fail(j, "duplicate key");
        if (nkeys < MAXK) { ks[d][nkeys] = k; kn[d][nkeys] = n; }
        nkeys++;
        jchk_ws(j);
        if (j->p >= j->end || *j->p != ':') return jchk_fail(j, "expected ':'");
        j->p++;
        if (!jchk_value(j)) return false;
        jchk_ws(j);
        if (j->p < j->end && *j->p == ',') { j->p++; continue; }
        if (j->p < j->end && *j->p == '}') { j->p++; return true; }
        return jchk_fail(j, "expected ',' or '}'");
    }
}

static inline bool jchk_array(jchk *j) {
    j->p++;   /* '[' */
    jchk_ws(j);
    if (j->p < j->end && *j->p == ']') { j->p++; return true; }
    for (;;) {
        if (!jchk_value(j)) return false;
        jchk_ws(j);
        if (j->p < j->end && *j->p == ',') { j->p++; continue; }
        if (j->p < j->end && *j->p == ']') { j->p++; return true; }
        return jchk_fail(j, "expected ',' or ']'");
    }
}

static inline bool jchk_value(jchk *j) {
    jchk_ws(j);
    if (j->p >= j->end) return jchk_fail(j, "expected a value");
    if (++j->depth > 500) return jchk_fail(j, "nesting too deep");
    bool ok;
    unsigned char c = *j->p;
    if (c == '{') ok = jchk_object(j);
    else if (c == '[') ok = jchk_array(j);
    else if (c == '"') { const unsigned char *s; size_t n; ok = jchk_string(j, &s, &n); }
    else if (c == '-' || (c >= '0' && c <= '9')) ok = jchk_number(j);
    else if ((size_t)(j->end - j->p) >= 4 && memcmp(j->p, "true", 4) == 0) { j->p += 4; ok = true; }
    else if ((size_t)(j->end - j->p) >= 5 && memcmp(j->p, "false", 5) == 0) { j->p += 5; ok = true; }
    else if ((size_t)(j->end - j->p) >= 4 && memcmp(j->p, "null", 4) == 0) { j->p += 4; ok = true; }
    else ok = jchk_fail(j, "unexpected character");
    j->depth--;
    return ok;
}

/* Is s[0..n) exactly one valid JSON value? why (may be NULL) gets the
 * reason on failure. */
static inline bool json_valid(const char *s, size_t n, char *why, size_t whycap) {
    jchk j = { (const unsigned char *)s, (const unsigned char *)s + n, (const unsigned char *)s,
               why, whycap, 0 };
    if (why && whycap) why[0] = 0;
    if (!jchk_value(&j)) return false;
    jchk_ws(&j);
    if (j.p != j.end) return jchk_fail(&j, "trailing characters");
    return true;
}

#endif
