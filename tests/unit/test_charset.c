/*
 * test_charset.c - unit tests for Specific Character Set decoding
 * (src/dicom/charset.c).
 *
 * Expected outputs are UTF-8 byte strings. The examples of PS3.5 Annex H
 * (Japanese), Annex I (Korean), Annex J/K (Chinese) are used as given
 * there; single-byte sets are checked on letters outside ASCII. The
 * ISO 2022 state machine is checked for G0/G1 switching and for the return
 * to the initial designations at the delimiters of PS3.5 6.1.2.5.3. Every
 * output must be valid UTF-8, whatever the input bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "dicom/charset.h"
#include "harness.h"

/* ---- helpers ---------------------------------------------------------- */

static void hexdump(const char *label, const uint8_t *p, size_t n) {
    fprintf(stderr, "  %s:", label);
    for (size_t i = 0; i < n; i++) fprintf(stderr, " %02X", p[i]);
    fputc('\n', stderr);
}

static bool dec_is(const dcm_charset *cs, const char *in, size_t n, bool pn, const char *want) {
    tess_buf b;
    tess_buf_init(&b, -1);
    dcm_charset_decode(cs, (const uint8_t *)in, n, pn, &b);
    size_t wn = strlen(want);
    bool ok = !b.failed && b.len == wn && (wn == 0 || memcmp(b.data, want, wn) == 0);
    if (!ok) {
        hexdump("input", (const uint8_t *)in, n);
        hexdump("got", b.data, b.len);
        hexdump("want", (const uint8_t *)want, wn);
    }
    tess_buf_free(&b);
    return ok;
}

/* in must be a string literal (its size gives the length, NULs included) */
#define DEC(cs, in, pn, want) dec_is((cs), (in), sizeof(in) - 1, (pn), (want))

/* A charset parsed from a (0008,0005) value; *rc receives the result. */
static dcm_charset cs_of_rc(const char *value, int *rc, tess_error *err) {
    dcm_element e;
    memset(&e, 0, sizeof e);
    e.tag = DCM_TAG_SPECIFIC_CHARSET;
    e.vr = DCM_VR_CS;
    e.length = (uint32_t)strlen(value);
    e.value = (uint8_t *)(uintptr_t)value;
    e.flags = DCM_EL_LOADED;
    dcm_dataset ds = { &e, 1, 1, 0 };
    dcm_charset cs;
    dcm_charset_default(&cs);
    *rc = dcm_charset_from_dataset(&cs, &ds, err);
    return cs;
}

static dcm_charset cs_of(const char *value) {
    int rc;
    tess_error err = { { 0 } };
    dcm_charset cs = cs_of_rc(value, &rc, &err);
    if (rc != 0) fprintf(stderr, "  charset \"%s\": %s\n", value, err.msg);
    CHECK(rc == 0);
    return cs;
}

/* Strict UTF-8 check (no overlongs, surrogates, or code points past U+10FFFF). */
static bool valid_utf8(const uint8_t *p, size_t n) {
    size_t i = 0;
    while (i < n) {
        uint8_t c = p[i];
        if (c < 0x80) { i++; continue; }
        size_t len;
        uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
        else return false;
        if (i + len > n) return false;
        for (size_t k = 1; k < len; k++) {
            if ((p[i + k] & 0xC0) != 0x80) return false;
            cp = cp << 6 | (p[i + k] & 0x3F);
        }
        if (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return false;
        if (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return false;
        i += len;
    }
    return true;
}

#define FFFD "\xEF\xBF\xBD"

/* ---- single-byte sets and the default repertoire ---------------------- */

static void test_default_repertoire(void) {
    dcm_charset cs;
    dcm_charset_default(&cs);
    CHECK_INT(cs.n, 1);
    CHECK_INT(cs.sets[0], DCM_CS_ASCII);
    CHECK(!cs.iso2022);
    CHECK(DEC(&cs, "Doe^John", true, "Doe^John"));
    CHECK(DEC(&cs, "", false, ""));
    CHECK(DEC(&cs, "a\\b\r\n\t~", false, "a\\b\r\n\t~"));
    /* bytes outside the repertoire: read as Latin-1 (documented) */
    CHECK(DEC(&cs, "J\xE9r\xF4me", true, "J\xC3\xA9r\xC3\xB4me"));
    CHECK(DEC(&cs, "\x80\xFF", false, "\xC2\x80\xC3\xBF"));
    /* an escape without ISO 2022 in force is not a designation */
    CHECK(DEC(&cs, "\x1B$B;3", false, "\x1B$B;3"));
    /* an explicit ISO_IR 6 is the same */
    dcm_charset six = cs_of("ISO_IR 6");
    CHECK(DEC(&six, "ABC", false, "ABC"));
}

static void test_latin1(void) {
    dcm_charset cs = cs_of("ISO_IR 100");
    CHECK_INT(cs.n, 1);
    CHECK_INT(cs.sets[0], DCM_CS_LATIN1);
    CHECK(!cs.iso2022);
    CHECK(DEC(&cs, "Buc^J\xE9r\xF4me", true, "Buc^J\xC3\xA9r\xC3\xB4me"));
    CHECK(DEC(&cs, "\xC4neas^R\xFC" "diger", true, "\xC3\x84neas^R\xC3\xBC" "diger"));
    CHECK(DEC(&cs, "caf\xE9", false, "caf\xC3\xA9"));
}

static void test_other_single_byte_sets(void) {
    dcm_charset cs = cs_of("ISO_IR 144");
    CHECK_INT(cs.sets[0], DCM_CS_CYRILLIC);
    CHECK(DEC(&cs, "\xBB\xEE\xDA\xE1\xD5\xDC\xD1\xE3\xE0\xD3", true,
              "\xD0\x9B\xD1\x8E\xD0\xBA\xD1\x81\xD0\xB5\xD0\xBC\xD0\xB1\xD1\x83\xD1\x80\xD0\xB3"));
    cs = cs_of("ISO_IR 126");
    CHECK_INT(cs.sets[0], DCM_CS_GREEK);
    CHECK(DEC(&cs, "\xC4\xE9\xEF\xED\xF5\xF3\xE9\xEF\xF2", true,
              "\xCE\x94\xCE\xB9\xCE\xBF\xCE\xBD\xCF\x85\xCF\x83\xCE\xB9\xCE\xBF\xCF\x82"));
    cs = cs_of("ISO_IR 127");
    CHECK(DEC(&cs, "\xE2\xC8\xC7\xE6\xEA", true, "\xD9\x82\xD8\xA8\xD8\xA7\xD9\x86\xD9\x8A"));
    cs = cs_of("ISO_IR 138");
    CHECK(DEC(&cs, "\xF9\xF8\xE5\xEF", true, "\xD7\xA9\xD7\xA8\xD7\x95\xD7\x9F"));
    cs = cs_of("ISO_IR 101");
    CHECK(DEC(&cs, "\xB1", false, "\xC4\x85"));
    cs = cs_of("ISO_IR 148");
    CHECK(DEC(&cs, "\xFD", false, "\xC4\xB1"));
    cs = cs_of("ISO_IR 203");
    CHECK(DEC(&cs, "\xA4", false, "\xE2\x82\xAC"));
    cs = cs_of("ISO_IR 166");
    CHECK(DEC(&cs, "\xA1", false, "\xE0\xB8\x81"));
    cs = cs_of("ISO_IR 109");
    CHECK_INT(cs.sets[0], DCM_CS_LATIN3);
    cs = cs_of("ISO_IR 110");
    CHECK_INT(cs.sets[0], DCM_CS_LATIN4);
}

static void test_katakana_ir13(void) {
    dcm_charset cs = cs_of("ISO_IR 13");
    CHECK_INT(cs.sets[0], DCM_CS_JIS_X0201);
    CHECK(!cs.iso2022);
    /* ﾔﾏﾀﾞ^ﾀﾛｳ */
    CHECK(DEC(&cs, "\xD4\xCF\xC0\xDE^\xC0\xDB\xB3", true,
              "\xEF\xBE\x94\xEF\xBE\x8F\xEF\xBE\x80\xEF\xBE\x9E^\xEF\xBE\x80\xEF\xBE\x9B\xEF\xBD\xB3"));
    /* outside 0xA1-0xDF: replaced */
    CHECK(DEC(&cs, "A\xE0" "B\xA0", false, "A" FFFD "B" FFFD));
}

/* ---- UTF-8, GB18030, GBK ---------------------------------------------- */

static void test_utf8(void) {
    dcm_charset cs = cs_of("ISO_IR 192");
    CHECK_INT(cs.sets[0], DCM_CS_UTF8);
    CHECK(!cs.iso2022);
    CHECK(DEC(&cs, "Wang^XiaoDong=\xE7\x8E\x8B^\xE5\xB0\x8F\xE6\x9D\xB1=", true,
              "Wang^XiaoDong=\xE7\x8E\x8B^\xE5\xB0\x8F\xE6\x9D\xB1="));
    CHECK(DEC(&cs, "\xF0\x9F\x98\x80", false, "\xF0\x9F\x98\x80"));      /* U+1F600 */
    CHECK(DEC(&cs, "\xC3\x28", false, FFFD "("));                         /* bad continuation */
    CHECK(DEC(&cs, "\xC0\xAF", false, FFFD FFFD));                         /* overlong */
    CHECK(DEC(&cs, "\xE0\x80\xAF", false, FFFD FFFD FFFD));                /* overlong */
    CHECK(DEC(&cs, "\xED\xA0\x80", false, FFFD FFFD FFFD));                /* surrogate */
    CHECK(DEC(&cs, "\xF4\x90\x80\x80", false, FFFD FFFD FFFD FFFD));       /* > U+10FFFF */
    CHECK(DEC(&cs, "\xF5\x80", false, FFFD FFFD));
    CHECK(DEC(&cs, "ab\xE4\xB8", false, "ab" FFFD FFFD));                   /* truncated */
    CHECK(DEC(&cs, "\x80z", false, FFFD "z"));                              /* lone continuation */
    CHECK(DEC(&cs, "\xFF", false, FFFD));
}

static void test_gb18030_gbk(void) {
    dcm_charset cs = cs_of("GB18030");
    CHECK_INT(cs.sets[0], DCM_CS_GB18030);
    CHECK(!cs.iso2022);
    CHECK(DEC(&cs, "Wang^XiaoDong=\xCD\xF5^\xD0\xA1\xB6\xAB=", true,
              "Wang^XiaoDong=\xE7\x8E\x8B^\xE5\xB0\x8F\xE4\xB8\x9C="));
    CHECK(DEC(&cs, "\x81\x30\x81\x30", false, "\xC2\x80"));                 /* four-byte form */
    /* a trail byte that looks like a backslash stays in its character
     * (乗 is 0x81 0x5C) */
    CHECK(DEC(&cs, "\x81\x5C\\A", false, "\xE4\xB9\x97\\A"));
    CHECK(DEC(&cs, "a\x81", false, "a" FFFD));                              /* truncated */
    cs = cs_of("GBK");
    CHECK_INT(cs.sets[0], DCM_CS_GBK);
    CHECK(DEC(&cs, "\xCD\xF5", false, "\xE7\x8E\x8B"));
}

/* ---- ISO 2022 ----------------------------------------------------------- */

/* PS3.5 H.3.1: Yamada^Tarou=山田^太郎=やまだ^たろう */
static const char jp_h31[] =
    "Yamada^Tarou="
    "\x1B$B\x3B\x33\x45\x44\x1B(B^\x1B$B\x42\x40\x4F\x3A\x1B(B="
    "\x1B$B\x24\x64\x24\x5E\x24\x40\x1B(B^\x1B$B\x24\x3F\x24\x6D\x24\x26\x1B(B";
static const char jp_utf8_tail[] =
    "\xE5\xB1\xB1\xE7\x94\xB0^\xE5\xA4\xAA\xE9\x83\x8E="
    "\xE3\x82\x84\xE3\x81\xBE\xE3\x81\xA0^\xE3\x81\x9F\xE3\x82\x8D\xE3\x81\x86";

static void test_iso2022_ir87(void) {
    dcm_charset cs = cs_of("\\ISO 2022 IR 87");
    CHECK_INT(cs.n, 2);
    CHECK_INT(cs.sets[0], DCM_CS_ASCII);
    CHECK_INT(cs.sets[1], DCM_CS_JIS_X0208);
    CHECK(cs.iso2022);
    char want[256];
    snprintf(want, sizeof want, "Yamada^Tarou=%s", jp_utf8_tail);
    CHECK(dec_is(&cs, jp_h31, sizeof jp_h31 - 1, true, want));
    /* 山田 alone, and the older ESC $ @ designation */
    CHECK(DEC(&cs, "\x1B$B\x3B\x33\x45\x44\x1B(B", false, "\xE5\xB1\xB1\xE7\x94\xB0"));
    CHECK(DEC(&cs, "\x1B$@\x3B\x33\x1B(J", false, "\xE5\xB1\xB1"));
    /* an odd byte in two-byte mode */
    CHECK(DEC(&cs, "\x1B$B\x3B\x33\x45", false, "\xE5\xB1\xB1" FFFD));
    /* ISO 2022 IR 6 spelled out as value 1 */
    dcm_charset six = cs_of("ISO 2022 IR 6\\ISO 2022 IR 87");
    CHECK_INT(six.sets[0], DCM_CS_ASCII);
    CHECK(dec_is(&six, jp_h31, sizeof jp_h31 - 1, true, want));
}

static void test_iso2022_ir13_ir87(void) {
    /* PS3.5 H.3.2: ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう */
    static const char in[] =
        "\xD4\xCF\xC0\xDE^\xC0\xDB\xB3="
        "\x1B$B\x3B\x33\x45\x44\x1B(J^\x1B$B\x42\x40\x4F\x3A\x1B(J="
        "\x1B$B\x24\x64\x24\x5E\x24\x40\x1B(J^\x1B$B\x24\x3F\x24\x6D\x24\x26\x1B(J";
    dcm_charset cs = cs_of("ISO 2022 IR 13\\ISO 2022 IR 87");
    CHECK_INT(cs.n, 2);
    CHECK_INT(cs.sets[0], DCM_CS_JIS_X0201);
    CHECK(cs.iso2022);
    char want[256];
    snprintf(want, sizeof want, "%s=%s",
             "\xEF\xBE\x94\xEF\xBE\x8F\xEF\xBE\x80\xEF\xBE\x9E^\xEF\xBE\x80\xEF\xBE\x9B\xEF\xBD\xB3",
             jp_utf8_tail);
    CHECK(dec_is(&cs, in, sizeof in - 1, true, want));
    /* katakana designated explicitly to G1 */
    dcm_charset j = cs_of("\\ISO 2022 IR 13");
    CHECK(DEC(&j, "\x1B)I\xD4", false, "\xEF\xBE\x94"));
    CHECK(DEC(&j, "\xD4", false, FFFD));            /* G1 not designated */
}

static void test_iso2022_ir159(void) {
    /* JIS X 0212 (ESC $ ( D): 0x3021 is U+4E02 */
    dcm_charset cs = cs_of("\\ISO 2022 IR 87\\ISO 2022 IR 159");
    CHECK_INT(cs.n, 3);
    CHECK_INT(cs.sets[2], DCM_CS_JIS_X0212);
    CHECK(DEC(&cs, "A\x1B$(D\x30\x21\x1B(B" "B", false, "A\xE4\xB8\x82" "B"));
    CHECK(DEC(&cs, "\x1B$B\x3B\x33\x1B$(D\x30\x21\x1B(B", false, "\xE5\xB1\xB1\xE4\xB8\x82"));
}

static void test_iso2022_ir149_korean(void) {
    /* PS3.5 I.2: Hong^Gildong=洪^吉洞=홍^길동 */
    static const char in[] =
        "Hong^Gildong="
        "\x1B$)C\xFB\xF3^\x1B$)C\xD1\xCE\xD4\xD7="
        "\x1B$)C\xC8\xAB^\x1B$)C\xB1\xE6\xB5\xBF";
    dcm_charset cs = cs_of("\\ISO 2022 IR 149");
    CHECK_INT(cs.sets[1], DCM_CS_KSX1001);
    CHECK(cs.iso2022);
    CHECK(dec_is(&cs, in, sizeof in - 1, true,
                 "Hong^Gildong=\xE6\xB4\xAA^\xE5\x90\x89\xE6\xB4\x9E="
                 "\xED\x99\x8D^\xEA\xB8\xB8\xEB\x8F\x99"));
    /* 김희중 */
    CHECK(DEC(&cs, "\x1B$)C\xB1\xE8\xC8\xF1\xC1\xDF", true, "\xEA\xB9\x80\xED\x9D\xAC\xEC\xA4\x91"));
    /* a lead byte without its trail byte */
    CHECK(DEC(&cs, "\x1B$)C\xB1", false, FFFD));
}

static void test_iso2022_ir58_chinese(void) {
    /* PS3.5 K.2: Zhang^XiaoDong=张^小东= */
    static const char in[] =
        "Zhang^XiaoDong=\x1B$)A\xD5\xC5^\x1B$)A\xD0\xA1\xB6\xAB=";
    dcm_charset cs = cs_of("\\ISO 2022 IR 58");
    CHECK_INT(cs.sets[1], DCM_CS_GB2312);
    CHECK(dec_is(&cs, in, sizeof in - 1, true,
                 "Zhang^XiaoDong=\xE5\xBC\xA0^\xE5\xB0\x8F\xE4\xB8\x9C="));
}

static void test_iso2022_single_byte_switching(void) {
    /* Latin-1 in G1 initially; Cyrillic designated inside the value */
    dcm_charset cs = cs_of("ISO 2022 IR 100\\ISO 2022 IR 144");
    CHECK(cs.iso2022);
    CHECK_INT(cs.sets[0], DCM_CS_LATIN1);
    CHECK_INT(cs.sets[1], DCM_CS_CYRILLIC);
    CHECK(DEC(&cs, "\xE9\x1B-L\xBB\x1B-A\xE9", false, "\xC3\xA9\xD0\x9B\xC3\xA9"));
    dcm_charset one = cs_of("ISO 2022 IR 100");
    CHECK(one.iso2022);
    CHECK(DEC(&one, "J\xE9r\xF4me", true, "J\xC3\xA9r\xC3\xB4me"));
    /* every single-byte G1 designation the decoder knows */
    dcm_charset g = cs_of("\\ISO 2022 IR 126");
    CHECK(DEC(&g, "\x1B-F\xC4", false, "\xCE\x94"));
    CHECK(DEC(&g, "\x1B-B\xB1\x1B-M\xFD\x1B-b\xA4\x1B-T\xA1\x1B-H\xF9\x1B-G\xE2", false,
              "\xC4\x85\xC4\xB1\xE2\x82\xAC\xE0\xB8\x81\xD7\xA9\xD9\x82"));
}

static void test_iso2022_resets(void) {
    /* G1 returns to its initial set (Latin-1) after '^' and '=' in a person
     * name, and after '\\' in any value; not after '^' in other text */
    dcm_charset cs = cs_of("ISO 2022 IR 100\\ISO 2022 IR 144");
    CHECK(DEC(&cs, "\x1B-L\xBB^\xBB", true, "\xD0\x9B^\xC2\xBB"));
    CHECK(DEC(&cs, "\x1B-L\xBB=\xBB", true, "\xD0\x9B=\xC2\xBB"));
    CHECK(DEC(&cs, "\x1B-L\xBB^\xBB", false, "\xD0\x9B^\xD0\x9B"));
    CHECK(DEC(&cs, "\x1B-L\xBB=\xBB", false, "\xD0\x9B=\xD0\x9B"));
    CHECK(DEC(&cs, "\x1B-L\xBB\\\xBB", false, "\xD0\x9B\\\xC2\xBB"));
    CHECK(DEC(&cs, "\x1B-L\xBB\\\xBB", true, "\xD0\x9B\\\xC2\xBB"));

    /* KS X 1001 designated in one component is gone in the next */
    dcm_charset k = cs_of("\\ISO 2022 IR 149");
    CHECK(DEC(&k, "\x1B$)C\xFB\xF3^\xFB\xF3", true, "\xE6\xB4\xAA^" FFFD FFFD));
    CHECK(DEC(&k, "\x1B$)C\xFB\xF3^\xFB\xF3", false, "\xE6\xB4\xAA^\xE6\xB4\xAA"));

    /* G0 returns to ASCII at control characters: CR, LF, TAB, FF */
    dcm_charset j = cs_of("\\ISO 2022 IR 87");
    CHECK(DEC(&j, "\x1B$B\x3B\x33\r\n\x3B\x33", false, "\xE5\xB1\xB1\r\n;3"));
    CHECK(DEC(&j, "\x1B$B\x3B\x33\t\x3B\x33", false, "\xE5\xB1\xB1\t;3"));
    CHECK(DEC(&j, "\x1B$B\x3B\x33\f\x3B\x33", false, "\xE5\xB1\xB1\f;3"));
    CHECK(DEC(&j, "\x1B$B\x3B\x33\n\x3B\x33", false, "\xE5\xB1\xB1\n;3"));
    /* and the next value (after '\\', once G0 is back in ASCII) starts
     * from the initial state too */
    CHECK(DEC(&j, "\x1B$B\x3B\x33\x1B(B\\\x3B\x33", false, "\xE5\xB1\xB1\\;3"));
    /* person name components each designate their own set */
    CHECK(DEC(&j, "\x1B$B\x3B\x33\x1B(B^\x1B$B\x45\x44\x1B(B", true, "\xE5\xB1\xB1^\xE7\x94\xB0"));
}

static void test_iso2022_bad_escapes(void) {
    dcm_charset cs = cs_of("\\ISO 2022 IR 87");
    /* an unknown escape sequence: the ESC is replaced, the rest is text */
    CHECK(DEC(&cs, "A\x1B(ZB", false, "A" FFFD "(ZB"));
    /* a truncated one at the end of the value */
    CHECK(DEC(&cs, "A\x1B$", false, "A" FFFD "$"));
    CHECK(DEC(&cs, "A\x1B", false, "A" FFFD));
    /* bytes >= 0x80 with no G1 set */
    CHECK(DEC(&cs, "A\xE9", false, "A" FFFD));
}

static void test_from_dataset(void) {
    int rc;
    tess_error err = { { 0 } };
    dcm_charset cs = cs_of("ISO_IR 100 ");
    CHECK(cs.n == 1 && cs.sets[0] == DCM_CS_LATIN1 && !cs.iso2022);
    cs = cs_of("ISO 2022 IR 6\\ISO 2022 IR 87\\ISO 2022 IR 159");
    CHECK(cs.n == 3 && cs.sets[0] == DCM_CS_ASCII && cs.sets[1] == DCM_CS_JIS_X0208 &&
          cs.sets[2] == DCM_CS_JIS_X0212 && cs.iso2022);
    /* an empty element: the default repertoire */
    cs = cs_of("");
    CHECK(cs.n == 1 && cs.sets[0] == DCM_CS_ASCII && !cs.iso2022);
    cs = cs_of("  ");
    CHECK(cs.n == 1 && cs.sets[0] == DCM_CS_ASCII);

    /* unknown terms: -1, the message names the term, the value falls back
     * to the default repertoire and the charset stays usable */
    cs = cs_of_rc("ISO_IR 999", &rc, &err);
    CHECK(rc == -1 && strstr(err.msg, "ISO_IR 999") != NULL);
    CHECK(cs.n == 1 && cs.sets[0] == DCM_CS_ASCII);
    CHECK(DEC(&cs, "Doe^John", true, "Doe^John"));
    CHECK(DEC(&cs, "\xE9", true, "\xC3\xA9"));
    cs = cs_of_rc("ISO_IR 100\\FOO", &rc, &err);
    CHECK(rc == -1 && strstr(err.msg, "FOO") != NULL);
    CHECK(cs.n == 2 && cs.sets[0] == DCM_CS_LATIN1 && cs.sets[1] == DCM_CS_ASCII && cs.iso2022);
    CHECK(DEC(&cs, "\xE9", false, "\xC3\xA9"));
    /* the ISO 2022 terms are not the single-set terms */
    cs = cs_of_rc("ISO_IR 87", &rc, &err);
    CHECK(rc == -1);
    cs = cs_of_rc("ISO 2022 IR 192", &rc, &err);
    CHECK(rc == -1);
    /* more values than the decoder keeps */
    cs = cs_of("\\ISO 2022 IR 87\\ISO 2022 IR 159\\ISO 2022 IR 149\\ISO 2022 IR 58\\ISO 2022 IR 13"
               "\\ISO 2022 IR 100\\ISO 2022 IR 144\\ISO 2022 IR 126\\ISO 2022 IR 101");
    CHECK_INT(cs.n, DCM_CHARSET_MAX);

    /* without the element the charset is left as it is (inherited) */
    dcm_charset inherited = cs_of("ISO_IR 192");
    dcm_dataset empty = { NULL, 0, 0, 0 };
    CHECK(dcm_charset_from_dataset(&inherited, &empty, &err) == 0);
    CHECK(inherited.sets[0] == DCM_CS_UTF8);
    /* NULL err is allowed */
    dcm_element e;
    memset(&e, 0, sizeof e);
    e.tag = DCM_TAG_SPECIFIC_CHARSET;
    e.vr = DCM_VR_CS;
    e.length = 3;
    e.value = (uint8_t *)(uintptr_t)"BAD";
    e.flags = DCM_EL_LOADED;
    dcm_dataset one = { &e, 1, 1, 0 };
    CHECK(dcm_charset_from_dataset(&inherited, &one, NULL) == -1);
    CHECK(inherited.n == 1 && inherited.sets[0] == DCM_CS_ASCII);
}

/* Any input through any charset gives valid UTF-8. */
static void test_always_valid_utf8(void) {
    static const char *const specs[] = {
        "", "ISO_IR 100", "ISO_IR 101", "ISO_IR 109", "ISO_IR 110", "ISO_IR 144", "ISO_IR 127",
        "ISO_IR 126", "ISO_IR 138", "ISO_IR 148", "ISO_IR 203", "ISO_IR 166", "ISO_IR 13",
        "ISO_IR 192", "GB18030", "GBK", "\\ISO 2022 IR 87", "ISO 2022 IR 13\\ISO 2022 IR 87",
        "\\ISO 2022 IR 149", "\\ISO 2022 IR 58", "\\ISO 2022 IR 87\\ISO 2022 IR 159",
        "ISO 2022 IR 100\\ISO 2022 IR 144\\ISO 2022 IR 126", "ISO 2022 IR 166",
    };
    uint32_t x = 2024;
    uint8_t buf[200];
    bool all_ok = true;
    for (size_t s = 0; s < sizeof specs / sizeof specs[0]; s++) {
        dcm_charset cs = cs_of(specs[s]);
        for (int round = 0; round < 300; round++) {
            size_t n = (size_t)(round % 64) * 3 + 1;
            for (size_t i = 0; i < n; i++) {
                x = x * 1103515245u + 12345u;
                uint8_t c = (uint8_t)(x >> 16);
                /* plenty of escapes, delimiters and high bytes */
                if ((x >> 8) % 11 == 0) c = 0x1B;
                else if ((x >> 8) % 13 == 0) c = (uint8_t)"$()-^=\\BIJC@AD"[(x >> 4) % 14];
                buf[i] = c;
            }
            for (int pn = 0; pn < 2; pn++) {
                tess_buf out;
                tess_buf_init(&out, -1);
                dcm_charset_decode(&cs, buf, n, pn, &out);
                bool ok = !out.failed && valid_utf8(out.data, out.len);
                if (!ok && all_ok) {
                    fprintf(stderr, "  charset \"%s\":\n", specs[s]);
                    hexdump("input", buf, n);
                    hexdump("output", out.data, out.len);
                }
                all_ok &= ok;
                tess_buf_free(&out);
            }
        }
    }
    CHECK(all_ok);
}

static void test_long_values(void) {
    /* runs longer than the decoder's internal run buffer */
    dcm_charset cs = cs_of("\\ISO 2022 IR 149");
    tess_buf in, want;
    tess_buf_init(&in, -1);
    tess_buf_init(&want, -1);
    tess_buf_puts(&in, "\x1B$)C");
    for (int i = 0; i < 1000; i++) {
        tess_buf_put(&in, "\xFB\xF3", 2);
        tess_buf_put(&want, "\xE6\xB4\xAA", 3);
    }
    tess_buf out;
    tess_buf_init(&out, -1);
    dcm_charset_decode(&cs, in.data, in.len, false, &out);
    CHECK(out.len == want.len && memcmp(out.data, want.data, want.len) == 0);
    tess_buf_free(&out);
    tess_buf_free(&in);
    tess_buf_free(&want);

    /* a long GB18030 value through iconv's output chunks */
    dcm_charset g = cs_of("GB18030");
    tess_buf_init(&in, -1);
    tess_buf_init(&want, -1);
    for (int i = 0; i < 2000; i++) {
        tess_buf_put(&in, "\xCD\xF5", 2);
        tess_buf_put(&want, "\xE7\x8E\x8B", 3);
    }
    tess_buf_init(&out, -1);
    dcm_charset_decode(&g, in.data, in.len, false, &out);
    CHECK(out.len == want.len && memcmp(out.data, want.data, want.len) == 0);
    tess_buf_free(&out);
    tess_buf_free(&in);
    tess_buf_free(&want);
}

int main(void) {
    RUN(test_default_repertoire);
    RUN(test_latin1);
    RUN(test_other_single_byte_sets);
    RUN(test_katakana_ir13);
    RUN(test_utf8);
    RUN(test_gb18030_gbk);
    RUN(test_iso2022_ir87);
    RUN(test_iso2022_ir13_ir87);
    RUN(test_iso2022_ir159);
    RUN(test_iso2022_ir149_korean);
    RUN(test_iso2022_ir58_chinese);
    RUN(test_iso2022_single_byte_switching);
    RUN(test_iso2022_resets);
    RUN(test_iso2022_bad_escapes);
    RUN(test_from_dataset);
    RUN(test_always_valid_utf8);
    RUN(test_long_values);
    return harness_done("charset");
}
