/*
 * charset.c - Specific Character Set to UTF-8 (see charset.h).
 *
 * Single-byte sets, GB18030 and GBK convert through iconv in one call per
 * value. ISO 2022 code extensions are decoded here: a small state machine
 * follows the escape sequences that designate G0 and G1, re-encodes each
 * run of two-byte characters in its EUC form (JIS X 0208/0212 -> EUC-JP,
 * KS X 1001 -> EUC-KR, GB 2312 -> EUC-CN) and hands the run to iconv.
 * At the delimiters of PS3.5 6.1.2.5.3 (backslash, CR, LF, TAB, FF, and
 * '^' '=' in person names) the designations return to their initial state.
 */
#include "dicom/charset.h"

#include <errno.h>
#include <iconv.h>
#include <string.h>

static const struct {
    const char *term;       /* single-value term */
    const char *term2022;   /* ISO 2022 term */
    dcm_cs cs;
} terms[] = {
    { "ISO_IR 6",   "ISO 2022 IR 6",   DCM_CS_ASCII },
    { "ISO_IR 100", "ISO 2022 IR 100", DCM_CS_LATIN1 },
    { "ISO_IR 101", "ISO 2022 IR 101", DCM_CS_LATIN2 },
    { "ISO_IR 109", "ISO 2022 IR 109", DCM_CS_LATIN3 },
    { "ISO_IR 110", "ISO 2022 IR 110", DCM_CS_LATIN4 },
    { "ISO_IR 144", "ISO 2022 IR 144", DCM_CS_CYRILLIC },
    { "ISO_IR 127", "ISO 2022 IR 127", DCM_CS_ARABIC },
    { "ISO_IR 126", "ISO 2022 IR 126", DCM_CS_GREEK },
    { "ISO_IR 138", "ISO 2022 IR 138", DCM_CS_HEBREW },
    { "ISO_IR 148", "ISO 2022 IR 148", DCM_CS_LATIN5 },
    { "ISO_IR 203", "ISO 2022 IR 203", DCM_CS_LATIN9 },
    { "ISO_IR 166", "ISO 2022 IR 166", DCM_CS_THAI },
    { "ISO_IR 13",  "ISO 2022 IR 13",  DCM_CS_JIS_X0201 },
    { NULL,         "ISO 2022 IR 87",  DCM_CS_JIS_X0208 },
    { NULL,         "ISO 2022 IR 159", DCM_CS_JIS_X0212 },
    { NULL,         "ISO 2022 IR 149", DCM_CS_KSX1001 },
    { NULL,         "ISO 2022 IR 58",  DCM_CS_GB2312 },
    { "ISO_IR 192", NULL,              DCM_CS_UTF8 },
    { "GB18030",    NULL,              DCM_CS_GB18030 },
    { "GBK",        NULL,              DCM_CS_GBK },
};

/* iconv names; NULL where we decode by hand. */
static const char *const iconv_names[DCM_CS_COUNT] = {
    [DCM_CS_ASCII] = NULL,
    [DCM_CS_LATIN1] = "ISO-8859-1", [DCM_CS_LATIN2] = "ISO-8859-2",
    [DCM_CS_LATIN3] = "ISO-8859-3", [DCM_CS_LATIN4] = "ISO-8859-4",
    [DCM_CS_CYRILLIC] = "ISO-8859-5", [DCM_CS_ARABIC] = "ISO-8859-6",
    [DCM_CS_GREEK] = "ISO-8859-7", [DCM_CS_HEBREW] = "ISO-8859-8",
    [DCM_CS_LATIN5] = "ISO-8859-9", [DCM_CS_LATIN9] = "ISO-8859-15",
    [DCM_CS_THAI] = "TIS-620",
    [DCM_CS_JIS_X0201] = NULL,
    [DCM_CS_JIS_X0208] = "EUC-JP", [DCM_CS_JIS_X0212] = "EUC-JP",
    [DCM_CS_KSX1001] = "EUC-KR", [DCM_CS_GB2312] = "EUC-CN",
    [DCM_CS_UTF8] = NULL, [DCM_CS_GB18030] = "GB18030", [DCM_CS_GBK] = "GBK",
};

void dcm_charset_default(dcm_charset *cs) {
    memset(cs, 0, sizeof *cs);
    cs->n = 1;
    cs->sets[0] = DCM_CS_ASCII;
}

int dcm_charset_from_dataset(dcm_charset *cs, const dcm_dataset *ds, tess_error *err) {
    const dcm_element *e = dcm_dataset_find(ds, DCM_TAG_SPECIFIC_CHARSET);
    if (!e) return 0;
    dcm_charset_default(cs);
    unsigned n = dcm_string_count(e);
    if (n == 0) return 0;
    if (n > DCM_CHARSET_MAX) n = DCM_CHARSET_MAX;
    int rc = 0;
    cs->n = (uint8_t)n;
    for (unsigned i = 0; i < n; i++) {
        size_t len;
        const char *v = dcm_string_value(e, i, &len);
        cs->sets[i] = DCM_CS_ASCII;
        if (!v || len == 0) continue;   /* empty first value: ISO 2022 IR 6 */
        bool found = false;
        for (size_t t = 0; t < sizeof terms / sizeof terms[0]; t++) {
            if (terms[t].term && strlen(terms[t].term) == len && memcmp(terms[t].term, v, len) == 0) {
                cs->sets[i] = (uint8_t)terms[t].cs;
                found = true;
                break;
            }
            if (terms[t].term2022 && strlen(terms[t].term2022) == len &&
                memcmp(terms[t].term2022, v, len) == 0) {
                cs->sets[i] = (uint8_t)terms[t].cs;
                cs->iso2022 = true;
                found = true;
                break;
            }
        }
        if (!found) rc = tess_fail(err, "unknown Specific Character Set term \"%.*s\"", (int)len, v);
    }
    if (n > 1) cs->iso2022 = true;
    return rc;
}

static void put_utf8(tess_buf *out, uint32_t cp) {
    char b[4];
    if (cp < 0x80) { tess_buf_putc(out, (char)cp); return; }
    if (cp < 0x800) {
        b[0] = (char)(0xC0 | cp >> 6); b[1] = (char)(0x80 | (cp & 0x3F));
        tess_buf_put(out, b, 2);
    } else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | cp >> 12); b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F));
        tess_buf_put(out, b, 3);
    } else {
        b[0] = (char)(0xF0 | cp >> 18); b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); b[3] = (char)(0x80 | (cp & 0x3F));
        tess_buf_put(out, b, 4);
    }
}

#define REPLACEMENT 0xFFFD

/* Copy UTF-8, replacing invalid sequences with U+FFFD. */
static void copy_utf8(const uint8_t *p, size_t n, tess_buf *out) {
    size_t i = 0;
    while (i < n) {
        uint8_t c = p[i];
        if (c < 0x80) { tess_buf_putc(out, (char)c); i++; continue; }
        size_t len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
        if (c >= 0xF5) len = 0;
        bool ok = len && i + len <= n;
        uint32_t cp = 0;
        if (ok) {
            cp = c & (0xFF >> (len + 1));
            for (size_t k = 1; k < len; k++) {
                if ((p[i + k] & 0xC0) != 0x80) { ok = false; break; }
                cp = cp << 6 | (p[i + k] & 0x3F);
            }
        }
        if (ok && ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
                   (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))))
            ok = false;
        if (!ok) { put_utf8(out, REPLACEMENT); i++; continue; }
        tess_buf_put(out, p + i, len);
        i += len;
    }
}

/* Convert bytes in an iconv charset to UTF-8, U+FFFD for what is invalid. */
static void iconv_run(const char *name, const uint8_t *p, size_t n, tess_buf *out) {
    if (!n) return;
    iconv_t cd = iconv_open("UTF-8", name);
    if (cd == (iconv_t)-1) {
        for (size_t i = 0; i < n; i++) put_utf8(out, p[i] < 0x80 ? p[i] : REPLACEMENT);
        return;
    }
    char *in = (char *)p;
    size_t inleft = n;
    char tmp[1024];
    while (inleft) {
        char *o = tmp;
        size_t oleft = sizeof tmp;
        size_t rc = iconv(cd, &in, &inleft, &o, &oleft);
        tess_buf_put(out, tmp, sizeof tmp - oleft);
        if (rc == (size_t)-1) {
            if (errno == E2BIG) continue;
            /* EILSEQ or EINVAL: replace one byte and go on */
            put_utf8(out, REPLACEMENT);
            in++;
            inleft--;
            iconv(cd, NULL, NULL, NULL, NULL);
        }
    }
    iconv_close(cd);
}

/* ISO 2022 decoding state: the sets designated to G0 and G1. */
typedef struct iso_state { dcm_cs g0, g1; } iso_state;

static iso_state initial_state(const dcm_charset *cs) {
    iso_state s = { DCM_CS_ASCII, DCM_CS_ASCII };
    dcm_cs first = (dcm_cs)cs->sets[0];
    if (first == DCM_CS_JIS_X0208 || first == DCM_CS_JIS_X0212) s.g0 = first;
    else if (first != DCM_CS_ASCII) s.g1 = first;
    return s;
}

static bool two_byte(dcm_cs c) {
    return c == DCM_CS_JIS_X0208 || c == DCM_CS_JIS_X0212 || c == DCM_CS_KSX1001 ||
           c == DCM_CS_GB2312;
}

/* A run of bytes in one set, collected in EUC form and converted at once. */
typedef struct run { dcm_cs cs; uint8_t buf[512]; size_t n; } run;

static void run_flush(run *r, tess_buf *out) {
    if (!r->n) return;
    iconv_run(iconv_names[r->cs], r->buf, r->n, out);
    r->n = 0;
}

static void run_add(run *r, dcm_cs cs, const uint8_t *b, size_t n, tess_buf *out) {
    if (r->cs != cs || r->n + n > sizeof r->buf) { run_flush(r, out); r->cs = cs; }
    memcpy(r->buf + r->n, b, n);
    r->n += n;
}

/* Parse an escape sequence at p (p[0] == ESC); returns bytes used (0 if
 * not recognised) and updates the state. */
static size_t parse_escape(const uint8_t *p, size_t n, iso_state *s) {
    static const struct { const char *seq; int g; dcm_cs cs; } esc[] = {
        { "(B", 0, DCM_CS_ASCII },    { "(J", 0, DCM_CS_ASCII },
        { "$B", 0, DCM_CS_JIS_X0208 }, { "$@", 0, DCM_CS_JIS_X0208 },
        { "$(D", 0, DCM_CS_JIS_X0212 },
        { ")I", 1, DCM_CS_JIS_X0201 },
        { "$)C", 1, DCM_CS_KSX1001 },  { "$)A", 1, DCM_CS_GB2312 },
        { "-A", 1, DCM_CS_LATIN1 },  { "-B", 1, DCM_CS_LATIN2 },
        { "-C", 1, DCM_CS_LATIN3 },  { "-D", 1, DCM_CS_LATIN4 },
        { "-L", 1, DCM_CS_CYRILLIC },{ "-G", 1, DCM_CS_ARABIC },
        { "-F", 1, DCM_CS_GREEK },   { "-H", 1, DCM_CS_HEBREW },
        { "-M", 1, DCM_CS_LATIN5 },  { "-T", 1, DCM_CS_THAI },
        { "-b", 1, DCM_CS_LATIN9 },
    };
    for (size_t i = 0; i < sizeof esc / sizeof esc[0]; i++) {
        size_t l = strlen(esc[i].seq);
        if (n >= l + 1 && memcmp(p + 1, esc[i].seq, l) == 0) {
            if (esc[i].g == 0) s->g0 = esc[i].cs;
            else s->g1 = esc[i].cs;
            return l + 1;
        }
    }
    return 0;
}

static void decode_iso2022(const dcm_charset *cs, const uint8_t *p, size_t n, bool is_pn,
                           tess_buf *out) {
    const iso_state init = initial_state(cs);
    iso_state s = init;
    run r = { .cs = DCM_CS_ASCII, .n = 0 };
    size_t i = 0;
    while (i < n) {
        uint8_t c = p[i];
        if (c == 0x1B) {
            size_t used = parse_escape(p + i, n - i, &s);
            if (used) { i += used; continue; }
            run_flush(&r, out);
            put_utf8(out, REPLACEMENT);
            i++;
            continue;
        }
        if (c < 0x80) {
            if (two_byte(s.g0) && c >= 0x21 && c <= 0x7E) {
                if (i + 1 < n && p[i + 1] >= 0x21 && p[i + 1] <= 0x7E) {
                    uint8_t euc[3];
                    size_t k = 0;
                    if (s.g0 == DCM_CS_JIS_X0212) euc[k++] = 0x8F;
                    euc[k++] = (uint8_t)(c | 0x80);
                    euc[k++] = (uint8_t)(p[i + 1] | 0x80);
                    run_add(&r, DCM_CS_JIS_X0208, euc, k, out);
                    i += 2;
                } else {
                    run_flush(&r, out);
                    put_utf8(out, REPLACEMENT);
                    i++;
                }
                continue;
            }
            run_flush(&r, out);
            tess_buf_putc(out, (char)c);
            bool delim = c == '\\' || c == '\r' || c == '\n' || c == '\t' || c == '\f' ||
                         (is_pn && (c == '^' || c == '='));
            if (delim) s = init;
            i++;
            continue;
        }
        /* G1 */
        switch (s.g1) {
        case DCM_CS_ASCII:
            run_flush(&r, out);
            put_utf8(out, REPLACEMENT);
            i++;
            break;
        case DCM_CS_JIS_X0201:
            run_flush(&r, out);
            put_utf8(out, c >= 0xA1 && c <= 0xDF ? 0xFF61u + (c - 0xA1u) : REPLACEMENT);
            i++;
            break;
        case DCM_CS_KSX1001:
        case DCM_CS_GB2312:
            if (i + 1 < n && p[i + 1] >= 0xA1) {
                run_add(&r, (dcm_cs)s.g1, p + i, 2, out);
                i += 2;
            } else {
                run_flush(&r, out);
                put_utf8(out, REPLACEMENT);
                i++;
            }
            break;
        default:
            run_add(&r, (dcm_cs)s.g1, p + i, 1, out);
            i++;
            break;
        }
    }
    run_flush(&r, out);
}

void dcm_charset_decode(const dcm_charset *cs, const uint8_t *p, size_t n, bool is_pn,
                        tess_buf *out) {
    /* Fast path: pure ASCII without escapes is the same in every set. */
    size_t i = 0;
    while (i < n && p[i] < 0x80 && p[i] != 0x1B) i++;
    if (i == n) { tess_buf_put(out, p, n); return; }
    if (cs->iso2022) { decode_iso2022(cs, p, n, is_pn, out); return; }
    dcm_cs set = (dcm_cs)cs->sets[0];
    switch (set) {
    case DCM_CS_ASCII:
        /* Outside the default repertoire: read as Latin-1, the most common
         * intent of such files (documented in docs/dicom.md). */
        for (size_t k = 0; k < n; k++) put_utf8(out, p[k]);
        return;
    case DCM_CS_UTF8:
        copy_utf8(p, n, out);
        return;
    case DCM_CS_JIS_X0201:
        for (size_t k = 0; k < n; k++) {
            uint8_t c = p[k];
            put_utf8(out, c < 0x80 ? c : (c >= 0xA1 && c <= 0xDF ? 0xFF61u + (c - 0xA1u) : REPLACEMENT));
        }
        return;
    default:
        if (iconv_names[set]) iconv_run(iconv_names[set], p, n, out);
        else copy_utf8(p, n, out);
        return;
    }
}
