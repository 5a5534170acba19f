/*
 * test_json.c - unit tests for the DICOM JSON writer (src/dicom/json.c).
 *
 * Data sets are built by hand (builder.h), read with the reader, written
 * with dcm_json_write and compared with the exact compact JSON expected
 * (PS3.18 Annex F). Every output is also run through a strict JSON syntax
 * check (jsoncheck.h): UTF-8, escapes, number grammar, unique keys.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builder.h"
#include "dicom/json.h"
#include "dicom/reader.h"
#include "harness.h"
#include "jsoncheck.h"

/* ---- helpers ---------------------------------------------------------- */

static dcm_file *read_bb(const bb *b, const dcm_read_opts *o) {
    dcm_file *f = NULL;
    tess_error err = { { 0 } };
    if (dcm_read_mem(b->p, b->n, o, &f, &err) != 0) {
        fprintf(stderr, "  read failed: %s\n", err.msg);
        return NULL;
    }
    return f;
}

/* JSON of a file, NUL-terminated (malloc'd), or NULL on failure. */
static char *json_of_file(dcm_file *f, const dcm_json_opts *o) {
    tess_buf out;
    tess_buf_init(&out, -1);
    tess_error err = { { 0 } };
    if (dcm_json_write(f, o, &out, &err) != 0) {
        fprintf(stderr, "  dcm_json_write failed: %s\n", err.msg);
        tess_buf_free(&out);
        return NULL;
    }
    char *s = malloc(out.len + 1);
    memcpy(s, out.data ? (const char *)out.data : "", out.len);
    s[out.len] = 0;
    tess_buf_free(&out);
    char why[128];
    if (!json_valid(s, strlen(s), why, sizeof why)) {
        fprintf(stderr, "  invalid JSON (%s): %s\n", why, s);
        free(s);
        return NULL;
    }
    return s;
}

static bool json_is_opts(const bb *b, const dcm_json_opts *o, const char *want) {
    dcm_file *f = read_bb(b, NULL);
    if (!f) return false;
    char *s = json_of_file(f, o);
    dcm_file_free(f);
    bool ok = s && strcmp(s, want) == 0;
    if (!ok && s) fprintf(stderr, "  got:  %s\n  want: %s\n", s, want);
    free(s);
    return ok;
}

static bool json_is(const bb *b, const char *want) { return json_is_opts(b, NULL, want); }

/* One element in a data set of its own. */
static bool one_is(enc_t enc, uint32_t tag, const char *vr, const void *v, uint32_t len, const char *want) {
    bb b = { 0 };
    bb_el(&b, enc, tag, vr, v, len);
    bool ok = json_is(&b, want);
    bb_free(&b);
    return ok;
}

static bool str_is(uint32_t tag, const char *vr, const char *v, const char *want) {
    return one_is(EXPL_LE, tag, vr, v, (uint32_t)strlen(v), want);
}

/* ---- strings ----------------------------------------------------------- */

static void test_strings(void) {
    CHECK(str_is(0x00080060, "CS", "CT", "{\"00080060\":{\"vr\":\"CS\",\"Value\":[\"CT\"]}}"));
    CHECK(str_is(0x00080008, "CS", "ORIGINAL\\PRIMARY\\AXIAL ",
                 "{\"00080008\":{\"vr\":\"CS\",\"Value\":[\"ORIGINAL\",\"PRIMARY\",\"AXIAL\"]}}"));
    /* empty values inside are null */
    CHECK(str_is(0x00080008, "CS", "A\\\\B", "{\"00080008\":{\"vr\":\"CS\",\"Value\":[\"A\",null,\"B\"]}}"));
    CHECK(str_is(0x00080008, "CS", "\\B", "{\"00080008\":{\"vr\":\"CS\",\"Value\":[null,\"B\"]}}"));
    CHECK(str_is(0x00080008, "CS", "A\\ ", "{\"00080008\":{\"vr\":\"CS\",\"Value\":[\"A\",null]}}"));
    /* padding and leading spaces of multi-valued strings go */
    CHECK(str_is(0x00100020, "LO", " ID 42 ", "{\"00100020\":{\"vr\":\"LO\",\"Value\":[\"ID 42\"]}}"));
    CHECK(str_is(0x00080018, "UI", "1.2.3", "{\"00080018\":{\"vr\":\"UI\",\"Value\":[\"1.2.3\"]}}"));
    CHECK(one_is(EXPL_LE, 0x00080018, "UI", "1.2.3\0", 6, "{\"00080018\":{\"vr\":\"UI\",\"Value\":[\"1.2.3\"]}}"));
    CHECK(str_is(0x00080020, "DA", "20240131", "{\"00080020\":{\"vr\":\"DA\",\"Value\":[\"20240131\"]}}"));
    CHECK(str_is(0x00080030, "TM", "101010.5 ", "{\"00080030\":{\"vr\":\"TM\",\"Value\":[\"101010.5\"]}}"));
    CHECK(str_is(0x00101010, "AS", "042Y", "{\"00101010\":{\"vr\":\"AS\",\"Value\":[\"042Y\"]}}"));
    CHECK(str_is(0x00020016, "AE", " STORESCU ", "{}"));   /* group 0002 is not written */
    CHECK(str_is(0x00080054, "AE", "AE1\\AE2", "{\"00080054\":{\"vr\":\"AE\",\"Value\":[\"AE1\",\"AE2\"]}}"));
    /* single-valued text: backslash is a character, leading spaces stay */
    CHECK(str_is(0x00324000, "LT", "  a\\b  ", "{\"00324000\":{\"vr\":\"LT\",\"Value\":[\"  a\\\\b\"]}}"));
    CHECK(str_is(0x00081030, "LO", "a\\b", "{\"00081030\":{\"vr\":\"LO\",\"Value\":[\"a\",\"b\"]}}"));
    CHECK(str_is(0x00400280, "ST", "x", "{\"00400280\":{\"vr\":\"ST\",\"Value\":[\"x\"]}}"));
    CHECK(str_is(0x00880904, "UT", "t\\u ", "{\"00880904\":{\"vr\":\"UT\",\"Value\":[\"t\\\\u\"]}}"));
    CHECK(str_is(0x00081190, "UR", "http://h/p q ", "{\"00081190\":{\"vr\":\"UR\",\"Value\":[\"http://h/p q\"]}}"));
    CHECK(str_is(0x00080119, "UC", "a\\b", "{\"00080119\":{\"vr\":\"UC\",\"Value\":[\"a\",\"b\"]}}"));
    CHECK(str_is(0x00100021, "LO", "SH1", "{\"00100021\":{\"vr\":\"LO\",\"Value\":[\"SH1\"]}}"));
    CHECK(str_is(0x00181030, "SH", "s", "{\"00181030\":{\"vr\":\"SH\",\"Value\":[\"s\"]}}"));
}

static void test_empty_elements(void) {
    static const char *const vrs[] = { "CS", "PN", "DS", "IS", "LO", "LT", "UI", "US", "UL", "FD",
                                       "FL", "AT", "OB", "OW", "UN", "UT", "SS", "SL", "OF" };
    for (size_t i = 0; i < sizeof vrs / sizeof vrs[0]; i++) {
        char want[64];
        snprintf(want, sizeof want, "{\"00091001\":{\"vr\":\"%s\"}}", vrs[i]);
        bb b = { 0 };
        bb_str(&b, EXPL_LE, 0x00090010, "LO", "X");
        bb_el(&b, EXPL_LE, 0x00091001, vrs[i], "", 0);
        char full[128];
        snprintf(full, sizeof full, "{\"00090010\":{\"vr\":\"LO\",\"Value\":[\"X\"]},%s", want + 1);
        CHECK(json_is(&b, full));
        bb_free(&b);
    }
    /* padding only: no Value either */
    CHECK(str_is(0x00080060, "CS", "  ", "{\"00080060\":{\"vr\":\"CS\"}}"));
    CHECK(str_is(0x00080008, "CS", "\\", "{\"00080008\":{\"vr\":\"CS\"}}"));
    CHECK(one_is(EXPL_LE, 0x00080018, "UI", "\0\0", 2, "{\"00080018\":{\"vr\":\"UI\"}}"));
    bb b = { 0 };
    bb_meta(&b, true, TS_EXPLICIT_LE);      /* meta only: an empty data set */
    CHECK(json_is(&b, "{}"));
    bb_free(&b);
}

static void test_person_names(void) {
    CHECK(str_is(0x00100010, "PN", "Doe^John", "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Doe^John\"}]}}"));
    /* trailing empty components are trimmed */
    CHECK(str_is(0x00100010, "PN", "Doe^John^^^ ", "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Doe^John\"}]}}"));
    CHECK(str_is(0x00100010, "PN", "Doe^^^Jr", "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Doe^^^Jr\"}]}}"));
    /* component groups */
    CHECK(str_is(0x00100010, "PN", "Yamada^Tarou=YA^TA=ya^ta",
                 "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Yamada^Tarou\","
                 "\"Ideographic\":\"YA^TA\",\"Phonetic\":\"ya^ta\"}]}}"));
    CHECK(str_is(0x00100010, "PN", "=Ideo", "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Ideographic\":\"Ideo\"}]}}"));
    CHECK(str_is(0x00100010, "PN", "==Pho^", "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Phonetic\":\"Pho\"}]}}"));
    CHECK(str_is(0x00100010, "PN", "Alpha=", "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Alpha\"}]}}"));
    /* multiple values, one of them empty */
    CHECK(str_is(0x00081070, "PN", "A^B\\\\C", "{\"00081070\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"A^B\"},null,"
                 "{\"Alphabetic\":\"C\"}]}}"));
    CHECK(str_is(0x00081070, "PN", "A\\^^", "{\"00081070\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"A\"},null]}}"));
    /* empty person names: no Value */
    CHECK(str_is(0x00100010, "PN", "", "{\"00100010\":{\"vr\":\"PN\"}}"));
    CHECK(str_is(0x00100010, "PN", "^^^^", "{\"00100010\":{\"vr\":\"PN\"}}"));
    CHECK(str_is(0x00100010, "PN", "==", "{\"00100010\":{\"vr\":\"PN\"}}"));
    CHECK(str_is(0x00100010, "PN", " ", "{\"00100010\":{\"vr\":\"PN\"}}"));
    /* quotes in a name */
    CHECK(str_is(0x00100010, "PN", "O\"Neil", "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"O\\\"Neil\"}]}}"));
}

static void test_person_name_charsets(void) {
    /* PS3.5 H.3.1 through the JSON writer: groups split after decoding */
    static const char jp[] =
        "Yamada^Tarou="
        "\x1B$B\x3B\x33\x45\x44\x1B(B^\x1B$B\x42\x40\x4F\x3A\x1B(B="
        "\x1B$B\x24\x64\x24\x5E\x24\x40\x1B(B^\x1B$B\x24\x3F\x24\x6D\x24\x26\x1B(B";
    bb b = { 0 };
    bb_str(&b, EXPL_LE, 0x00080005, "CS", "\\ISO 2022 IR 87");
    bb_el(&b, EXPL_LE, 0x00100010, "PN", jp, sizeof jp - 1);
    CHECK(json_is(&b, "{\"00080005\":{\"vr\":\"CS\",\"Value\":[null,\"ISO 2022 IR 87\"]},"
                      "\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Yamada^Tarou\","
                      "\"Ideographic\":\"\xE5\xB1\xB1\xE7\x94\xB0^\xE5\xA4\xAA\xE9\x83\x8E\","
                      "\"Phonetic\":\"\xE3\x82\x84\xE3\x81\xBE\xE3\x81\xA0^\xE3\x81\x9F\xE3\x82\x8D\xE3\x81\x86\"}]}}"));
    bb_free(&b);

    /* Latin-1 */
    bb c = { 0 };
    bb_str(&c, EXPL_LE, 0x00080005, "CS", "ISO_IR 100");
    bb_str(&c, EXPL_LE, 0x00100010, "PN", "Buc^J\xE9r\xF4me");
    CHECK(json_is(&c, "{\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 100\"]},"
                      "\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Buc^J\xC3\xA9r\xC3\xB4me\"}]}}"));
    bb_free(&c);

    /* GB18030: a trail byte 0x5C is not a value delimiter (乗 = 81 5C) */
    bb d = { 0 };
    bb_str(&d, EXPL_LE, 0x00080005, "CS", "GB18030");
    bb_str(&d, EXPL_LE, 0x00100020, "LO", "\x81\x5C\\B");
    CHECK(json_is(&d, "{\"00080005\":{\"vr\":\"CS\",\"Value\":[\"GB18030\"]},"
                      "\"00100020\":{\"vr\":\"LO\",\"Value\":[\"\xE4\xB9\x97\",\"B\"]}}"));
    bb_free(&d);

    /* an item with its own Specific Character Set; the parent's applies
     * to the items without one */
    bb it[2] = { { 0 }, { 0 } };
    bb_str(&it[0], EXPL_LE, 0x00080005, "CS", "ISO_IR 144");
    bb_str(&it[0], EXPL_LE, 0x00100010, "PN", "\xBB");
    bb_str(&it[1], EXPL_LE, 0x00100010, "PN", "\xBB");
    bb e = { 0 };
    bb_str(&e, EXPL_LE, 0x00080005, "CS", "ISO_IR 100");
    bb_seq_undefined(&e, EXPL_LE, 0x00081115, it, 2);
    bb_str(&e, EXPL_LE, 0x00100010, "PN", "\xBB");
    CHECK(json_is(&e, "{\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 100\"]},"
                      "\"00081115\":{\"vr\":\"SQ\",\"Value\":["
                      "{\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 144\"]},"
                      "\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"\xD0\x9B\"}]}},"
                      "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"\xC2\xBB\"}]}}]},"
                      "\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"\xC2\xBB\"}]}}"));
    bb_free(&it[0]);
    bb_free(&it[1]);
    bb_free(&e);
}

static void test_non_text_bytes_are_utf8(void) {
    /* Specific Character Set does not apply to CS, DA, UI, AE ...: bytes
     * outside ASCII still must come out as valid UTF-8 (read as Latin-1,
     * like the default repertoire) */
    CHECK(str_is(0x00080060, "CS", "M\xC9", "{\"00080060\":{\"vr\":\"CS\",\"Value\":[\"M\xC3\x89\"]}}"));
    CHECK(str_is(0x00080020, "DA", "2024\xFF", "{\"00080020\":{\"vr\":\"DA\",\"Value\":[\"2024\xC3\xBF\"]}}"));
    CHECK(str_is(0x00081190, "UR", "http://\xE9", "{\"00081190\":{\"vr\":\"UR\",\"Value\":[\"http://\xC3\xA9\"]}}"));
    /* a number VR with junk is a string, also valid UTF-8 */
    CHECK(str_is(0x00180050, "DS", "1\xB5", "{\"00180050\":{\"vr\":\"DS\",\"Value\":[\"1\xC2\xB5\"]}}"));
    /* with a UTF-8 charset declared, CS bytes are still not decoded as
     * UTF-8 text, but the output stays valid */
    bb b = { 0 };
    bb_str(&b, EXPL_LE, 0x00080005, "CS", "ISO_IR 192");
    bb_str(&b, EXPL_LE, 0x00080060, "CS", "\xC3");
    dcm_file *f = read_bb(&b, NULL);
    CHECK(f != NULL);
    if (f) {
        char *s = json_of_file(f, NULL);
        CHECK(s != NULL);
        free(s);
    }
    dcm_file_free(f);
    bb_free(&b);
}

static void test_escaping(void) {
    CHECK(str_is(0x00324000, "LT", "q\"b\\s/\x01\x1F\t\n\r\b\f\x7F",
                 "{\"00324000\":{\"vr\":\"LT\",\"Value\":[\"q\\\"b\\\\s/\\u0001\\u001f\\t\\n\\r\\b\\f\x7F\"]}}"));
    /* a NUL inside a value is escaped (trailing NULs are padding) */
    CHECK(one_is(EXPL_LE, 0x00324000, "LT", "a\0b\0", 4, "{\"00324000\":{\"vr\":\"LT\",\"Value\":[\"a\\u0000b\"]}}"));
    tess_buf b;
    tess_buf_init(&b, -1);
    dcm_json_put_string(&b, "x\"\\\x1B\xC3\xA9", 6);
    CHECK(b.len == 15 && memcmp(b.data, "\"x\\\"\\\\\\u001b\xC3\xA9\"", 15) == 0);
    b.len = 0;
    dcm_json_put_string(&b, "", 0);
    CHECK(b.len == 2 && memcmp(b.data, "\"\"", 2) == 0);
    tess_buf_free(&b);
}

/* ---- numbers ------------------------------------------------------------ */

static bool ds_is(const char *v, const char *values) {
    char want[256];
    snprintf(want, sizeof want, "{\"00180050\":{\"vr\":\"DS\",\"Value\":[%s]}}", values);
    return str_is(0x00180050, "DS", v, want);
}

static bool is_is(const char *v, const char *values) {
    char want[256];
    snprintf(want, sizeof want, "{\"00200013\":{\"vr\":\"IS\",\"Value\":[%s]}}", values);
    return str_is(0x00200013, "IS", v, want);
}

static void test_decimal_strings(void) {
    CHECK(ds_is("  +1.50", "1.50"));
    CHECK(ds_is(".5", "0.5"));
    CHECK(ds_is("-.5", "-0.5"));
    CHECK(ds_is("1e3", "1e3"));
    CHECK(ds_is("1E+03", "1e+03"));
    CHECK(ds_is("-2.5e-3 ", "-2.5e-3"));
    CHECK(ds_is("007.25", "7.25"));
    CHECK(ds_is("00", "0"));
    CHECK(ds_is("-0", "-0"));
    CHECK(ds_is("1.", "1"));
    CHECK(ds_is("+5", "5"));
    CHECK(ds_is("1.5\\-2\\ 3 ", "1.5,-2,3"));
    CHECK(ds_is("1\\\\2", "1,null,2"));
    /* not numbers: strings */
    CHECK(ds_is("abc", "\"abc\""));
    CHECK(ds_is("NaN", "\"NaN\""));
    CHECK(ds_is("1e", "\"1e\""));
    CHECK(ds_is(".", "\".\""));
    CHECK(ds_is("-", "\"-\""));
    CHECK(ds_is("1.2.3", "\"1.2.3\""));
    CHECK(ds_is("1 2", "\"1 2\""));
    CHECK(ds_is("0x10", "\"0x10\""));
    CHECK(ds_is("1,5", "\"1,5\""));
    CHECK(ds_is("1.5\\x", "1.5,\"x\""));
    CHECK(ds_is("12345678901234567", "12345678901234567"));
}

static void test_integer_strings(void) {
    CHECK(is_is("42", "42"));
    CHECK(is_is(" -7 ", "-7"));
    CHECK(is_is("+3", "3"));
    CHECK(is_is("007", "7"));
    CHECK(is_is("1\\2\\3", "1,2,3"));
    CHECK(is_is("x1", "\"x1\""));
    CHECK(is_is("2147483648", "2147483648"));
}

static void test_binary_numbers(void) {
    CHECK(one_is(EXPL_LE, 0x00280010, "US", "\x00\x02\xFF\xFF", 4, "{\"00280010\":{\"vr\":\"US\",\"Value\":[512,65535]}}"));
    CHECK(one_is(EXPL_LE, 0x00280106, "SS", "\xFF\xFF\x00\x80", 4, "{\"00280106\":{\"vr\":\"SS\",\"Value\":[-1,-32768]}}"));
    CHECK(one_is(EXPL_LE, 0x00280000, "UL", "\xFF\xFF\xFF\xFF", 4, "{}"));   /* group length */
    CHECK(one_is(EXPL_LE, 0x00189219, "UL", "\xFF\xFF\xFF\xFF\x01\x00\x00\x00", 8,
                 "{\"00189219\":{\"vr\":\"UL\",\"Value\":[4294967295,1]}}"));
    CHECK(one_is(EXPL_LE, 0x00189220, "SL", "\x00\x00\x00\x80\xFE\xFF\xFF\xFF", 8,
                 "{\"00189220\":{\"vr\":\"SL\",\"Value\":[-2147483648,-2]}}"));
    CHECK(one_is(EXPL_LE, 0x00189221, "FL", "\x00\x00\xC0\x3F\xCD\xCC\xCC\x3D", 8,
                 "{\"00189221\":{\"vr\":\"FL\",\"Value\":[1.5,0.1]}}"));
    CHECK(one_is(EXPL_LE, 0x00189222, "FD", "\x9A\x99\x99\x99\x99\x99\xB9\x3F\x00\x00\x00\x00\x00\x00\x04\xC0", 16,
                 "{\"00189222\":{\"vr\":\"FD\",\"Value\":[0.1,-2.5]}}"));
    CHECK(one_is(EXPL_LE, 0x00189223, "FD", "\x7D\xC3\x94\x25\xAD\x49\xB2\x54", 8,
                 "{\"00189223\":{\"vr\":\"FD\",\"Value\":[1e+100]}}"));
    /* not finite: null */
    CHECK(one_is(EXPL_LE, 0x00189224, "FL", "\x00\x00\xC0\x7F\x00\x00\x80\x7F", 8,
                 "{\"00189224\":{\"vr\":\"FL\",\"Value\":[null,null]}}"));
    CHECK(one_is(EXPL_LE, 0x00189225, "FD", "\x00\x00\x00\x00\x00\x00\xF0\xFF", 8,
                 "{\"00189225\":{\"vr\":\"FD\",\"Value\":[null]}}"));
    CHECK(one_is(EXPL_LE, 0x00209165, "AT", "\x10\x00\x10\x00\xE0\x7F\x10\x00", 8,
                 "{\"00209165\":{\"vr\":\"AT\",\"Value\":[\"00100010\",\"7FE00010\"]}}"));
    CHECK(one_is(EXPL_LE, 0x00720082, "SV", "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF", 8,
                 "{\"00720082\":{\"vr\":\"SV\",\"Value\":[-1]}}"));
    CHECK(one_is(EXPL_LE, 0x00720083, "UV", "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF", 8,
                 "{\"00720083\":{\"vr\":\"UV\",\"Value\":[18446744073709551615]}}"));
    /* a partial value at the end is ignored */
    CHECK(one_is(EXPL_LE, 0x00280010, "US", "\x01\x00\x02", 3, "{\"00280010\":{\"vr\":\"US\",\"Value\":[1]}}"));
    CHECK(one_is(EXPL_LE, 0x00280010, "US", "\x01", 1, "{\"00280010\":{\"vr\":\"US\"}}"));
}

static void test_big_endian_numbers(void) {
    bb b = { 0 };
    bb_us(&b, EXPL_BE, 0x00280010, 512);
    bb_ul(&b, EXPL_BE, 0x00189219, 70000);
    bb_hdr(&b, EXPL_BE, 0x00209165, "AT", 4);
    bb_put(&b, "\x00\x10\x00\x20", 4);
    bb_hdr(&b, EXPL_BE, 0x7FE00010, "OW", 4);
    bb_put(&b, "\x01\x02\x03\x04", 4);
    CHECK(json_is(&b, "{\"00189219\":{\"vr\":\"UL\",\"Value\":[70000]},"
                      "\"00209165\":{\"vr\":\"AT\",\"Value\":[\"00100020\"]},"
                      "\"00280010\":{\"vr\":\"US\",\"Value\":[512]},"
                      "\"7FE00010\":{\"vr\":\"OW\",\"InlineBinary\":\"AgEEAw==\"}}"));
    bb_free(&b);
}

/* ---- sequences ---------------------------------------------------------- */

static void test_sequences(void) {
    bb b = { 0 };
    bb_hdr(&b, EXPL_LE, 0x00081110, "SQ", 0);                  /* empty */
    bb_hdr(&b, EXPL_LE, 0x00081115, "SQ", 0xFFFFFFFFu);        /* empty item */
    bb_item(&b, EXPL_LE, 0);
    bb_seq_delim(&b, EXPL_LE);
    bb inner = { 0 };
    bb_str(&inner, EXPL_LE, 0x00081155, "UI", "1.2");
    bb it[2] = { { 0 }, { 0 } };
    bb_str(&it[0], EXPL_LE, 0x00080060, "CS", "OT");
    bb_seq_defined(&it[0], EXPL_LE, 0x0008114A, &inner, 1);
    bb_ul(&it[0], EXPL_LE, 0x00080000, 8);                     /* group length in an item */
    bb_str(&it[1], EXPL_LE, 0x00100010, "PN", "X");
    bb_seq_undefined(&b, EXPL_LE, 0x00081140, it, 2);
    CHECK(json_is(&b, "{\"00081110\":{\"vr\":\"SQ\"},"
                      "\"00081115\":{\"vr\":\"SQ\",\"Value\":[{}]},"
                      "\"00081140\":{\"vr\":\"SQ\",\"Value\":["
                      "{\"00080060\":{\"vr\":\"CS\",\"Value\":[\"OT\"]},"
                      "\"0008114A\":{\"vr\":\"SQ\",\"Value\":[{\"00081155\":{\"vr\":\"UI\",\"Value\":[\"1.2\"]}}]}},"
                      "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"X\"}]}}]}}"));
    bb_free(&b);
    bb_free(&inner);
    bb_free(&it[0]);
    bb_free(&it[1]);

    /* a UN of undefined length read as a sequence is written as SQ */
    bb u = { 0 };
    bb_hdr(&u, EXPL_LE, 0x00091010, "UN", 0xFFFFFFFFu);
    bb_item(&u, IMPL_LE, 0xFFFFFFFFu);
    bb_str(&u, IMPL_LE, 0x00100010, "PN", "N");
    bb_item_delim(&u, IMPL_LE);
    bb_seq_delim(&u, IMPL_LE);
    CHECK(json_is(&u, "{\"00091010\":{\"vr\":\"SQ\",\"Value\":[{\"00100010\":{\"vr\":\"PN\","
                      "\"Value\":[{\"Alphabetic\":\"N\"}]}}]}}"));
    bb_free(&u);
}

/* ---- binary ------------------------------------------------------------- */

static void test_inline_binary(void) {
    static const char *const b64[6] = { NULL, "AQ==", "AQI=", "AQID", "AQIDBA==", "AQIDBAU=" };
    static const uint8_t bytes[5] = { 1, 2, 3, 4, 5 };
    static const char *const vrs[] = { "OB", "UN", "OW", "OF", "OD", "OL", "OV" };
    for (size_t v = 0; v < sizeof vrs / sizeof vrs[0]; v++) {
        for (uint32_t n = 0; n <= 5; n++) {
            char want[128];
            if (n == 0) snprintf(want, sizeof want, "{\"00091002\":{\"vr\":\"%s\"}}", vrs[v]);
            else snprintf(want, sizeof want, "{\"00091002\":{\"vr\":\"%s\",\"InlineBinary\":\"%s\"}}", vrs[v], b64[n]);
            CHECK(one_is(EXPL_LE, 0x00091002, vrs[v], bytes, n, want));
        }
    }
    /* longer values across base64 blocks */
    uint8_t big[300];
    for (int i = 0; i < 300; i++) big[i] = (uint8_t)i;
    tess_buf want;
    tess_buf_init(&want, -1);
    tess_buf_puts(&want, "{\"7FE00010\":{\"vr\":\"OB\",\"InlineBinary\":\"");
    tess_buf_put_base64(&want, big, 300);
    tess_buf_puts(&want, "\"}}");
    tess_buf_putc(&want, 0);
    CHECK(one_is(EXPL_LE, 0x7FE00010, "OB", big, 300, (const char *)want.data));
    tess_buf_free(&want);
}

static void test_inline_encapsulated(void) {
    bb b = { 0 };
    bb_meta(&b, true, TS_JPEG_BASE);
    bb_hdr(&b, EXPL_LE, 0x7FE00010, "OB", 0xFFFFFFFFu);
    bb_item(&b, EXPL_LE, 0);
    bb_item(&b, EXPL_LE, 2);
    bb_put(&b, "\xFF\xD8", 2);
    bb_seq_delim(&b, EXPL_LE);
    /* the encoded items + delimiter, base64 */
    static const uint8_t enc[] = { 0xFE, 0xFF, 0x00, 0xE0, 0, 0, 0, 0,
                                   0xFE, 0xFF, 0x00, 0xE0, 2, 0, 0, 0, 0xFF, 0xD8,
                                   0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0 };
    tess_buf want;
    tess_buf_init(&want, -1);
    tess_buf_puts(&want, "{\"7FE00010\":{\"vr\":\"OB\",\"InlineBinary\":\"");
    tess_buf_put_base64(&want, enc, sizeof enc);
    tess_buf_puts(&want, "\"}}");
    tess_buf_putc(&want, 0);
    CHECK(json_is(&b, (const char *)want.data));
    tess_buf_free(&want);
    bb_free(&b);
}

typedef struct hook_log { int calls; char paths[8][64]; const char *answer; } hook_log;

static const char *hook(void *ctx, const char *path, const dcm_element *e, char *uri, size_t cap) {
    hook_log *h = ctx;
    if (h->calls < 8) snprintf(h->paths[h->calls], sizeof h->paths[0], "%s", path);
    h->calls++;
    if (!h->answer) return NULL;
    snprintf(uri, cap, "%s/%s?len=%u", h->answer, path, e->length);
    return uri;
}

static void test_bulk_hook(void) {
    uint8_t px[100];
    memset(px, 7, sizeof px);
    bb it = { 0 };
    bb_el(&it, EXPL_LE, 0x00181072, "OB", px, 20);
    bb_str(&it, EXPL_LE, 0x00181071, "DS", "5");
    bb b = { 0 };
    bb_el(&b, EXPL_LE, 0x00091001, "OB", px, 4);                 /* below the threshold */
    bb_seq_undefined(&b, EXPL_LE, 0x00540016, &it, 1);
    bb_el(&b, EXPL_LE, 0x7FE00010, "OW", px, 100);
    hook_log h;
    memset(&h, 0, sizeof h);
    h.answer = "http://x";
    dcm_json_opts o;
    dcm_json_opts_default(&o);
    o.bulk_threshold = 10;
    o.bulk_uri = hook;
    o.bulk_ctx = &h;
    CHECK(json_is_opts(&b, &o,
                       "{\"00091001\":{\"vr\":\"OB\",\"InlineBinary\":\"BwcHBw==\"},"
                       "\"00540016\":{\"vr\":\"SQ\",\"Value\":[{"
                       "\"00181071\":{\"vr\":\"DS\",\"Value\":[5]},"
                       "\"00181072\":{\"vr\":\"OB\",\"BulkDataURI\":\"http://x/00540016/0/00181072?len=20\"}}]},"
                       "\"7FE00010\":{\"vr\":\"OW\",\"BulkDataURI\":\"http://x/7FE00010?len=100\"}}"));
    CHECK_INT(h.calls, 2);
    CHECK_STR(h.paths[0], "00540016/0/00181072");
    CHECK_STR(h.paths[1], "7FE00010");

    /* a hook that declines: inlined */
    memset(&h, 0, sizeof h);
    h.answer = NULL;
    o.bulk_threshold = 0;
    bb c = { 0 };
    bb_el(&c, EXPL_LE, 0x7FE00010, "OB", px, 2);
    CHECK(json_is_opts(&c, &o, "{\"7FE00010\":{\"vr\":\"OB\",\"InlineBinary\":\"Bwc=\"}}"));
    CHECK_INT(h.calls, 1);
    bb_free(&c);

    /* the second item of a nested sequence */
    memset(&h, 0, sizeof h);
    h.answer = "u";
    bb in2 = { 0 };
    bb_el(&in2, EXPL_LE, 0x00091002, "UN", px, 3);
    bb items[2] = { { 0 }, { 0 } };
    bb_seq_defined(&items[1], EXPL_LE, 0x00081115, &in2, 1);
    bb d = { 0 };
    bb_seq_undefined(&d, EXPL_LE, 0x00081140, items, 2);
    CHECK(json_is_opts(&d, &o, "{\"00081140\":{\"vr\":\"SQ\",\"Value\":[{},{\"00081115\":{\"vr\":\"SQ\",\"Value\":[{"
                               "\"00091002\":{\"vr\":\"UN\",\"BulkDataURI\":\"u/00081140/1/00081115/0/00091002?len=3\"}}]}}]}}"));
    CHECK_STR(h.paths[0], "00081140/1/00081115/0/00091002");
    bb_free(&d);
    bb_free(&in2);
    bb_free(&items[0]);
    bb_free(&items[1]);

    /* encapsulated pixel data goes to the hook whatever the threshold */
    memset(&h, 0, sizeof h);
    h.answer = "e";
    o.bulk_threshold = 1u << 30;
    bb e = { 0 };
    bb_meta(&e, true, TS_JPEG_BASE);
    bb_hdr(&e, EXPL_LE, 0x7FE00010, "OB", 0xFFFFFFFFu);
    bb_item(&e, EXPL_LE, 0);
    bb_seq_delim(&e, EXPL_LE);
    CHECK(json_is_opts(&e, &o, "{\"7FE00010\":{\"vr\":\"OB\",\"BulkDataURI\":\"e/7FE00010?len=4294967295\"}}"));
    bb_free(&e);
    bb_free(&it);
    bb_free(&b);
}

static void test_values_not_loaded(void) {
    /* from a file with a small bulk threshold: values are streamed from
     * disk, big-endian ones swapped */
    uint8_t le[40];
    for (int i = 0; i < 40; i++) le[i] = (uint8_t)(i * 3);
    bb b = { 0 };
    bb_meta(&b, true, TS_EXPLICIT_BE);
    bb_str(&b, EXPL_BE, 0x00080005, "CS", "ISO_IR 144");  /* longer than the threshold */
    bb_hdr(&b, EXPL_BE, 0x00091001, "OW", 40);
    for (int i = 0; i < 40; i += 2) { bb_put(&b, &le[i + 1], 1); bb_put(&b, &le[i], 1); }
    bb_hdr(&b, EXPL_BE, 0x00091002, "FD", 16);
    bb_put(&b, "\x3F\xF8\x00\x00\x00\x00\x00\x00\xC0\x04\x00\x00\x00\x00\x00\x00", 16);
    bb_hdr(&b, EXPL_BE, 0x00100010, "PN", 22);
    bb_put(&b, "Long^Name^Not^Loaded^\xBB", 22);
    char path[] = "/tmp/tessera-test-json-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0) { bb_free(&b); return; }
    CHECK(write(fd, b.p, b.n) == (ssize_t)b.n);
    close(fd);
    dcm_read_opts ro;
    dcm_read_opts_default(&ro);
    ro.bulk_threshold = 8;
    dcm_file *f = NULL;
    tess_error err;
    CHECK(dcm_read_path(path, &ro, &f, &err) == 0);
    unlink(path);
    if (f) {
        const dcm_element *e = dcm_dataset_find(&f->ds, 0x00091001);
        CHECK(e && !(e->flags & DCM_EL_LOADED));
        char *s = json_of_file(f, NULL);
        tess_buf want;
        tess_buf_init(&want, -1);
        tess_buf_puts(&want, "{\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 144\"]},"
                             "\"00091001\":{\"vr\":\"OW\",\"InlineBinary\":\"");
        tess_buf_put_base64(&want, le, 40);
        tess_buf_puts(&want, "\"},\"00091002\":{\"vr\":\"FD\",\"Value\":[1.5,-2.5]},"
                             "\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Long^Name^Not^Loaded^\xD0\x9B\"}]}}");
        tess_buf_putc(&want, 0);
        CHECK(s && strcmp(s, (const char *)want.data) == 0);
        if (s && strcmp(s, (const char *)want.data) != 0) fprintf(stderr, "  got:  %s\n  want: %s\n", s, want.data);
        free(s);
        tess_buf_free(&want);
        dcm_file_free(f);
    }
    bb_free(&b);
}

/* ---- what is left out --------------------------------------------------- */

static void test_group_lengths_and_meta_omitted(void) {
    bb b = { 0 };
    bb_meta(&b, true, TS_EXPLICIT_LE);
    bb_ul(&b, EXPL_LE, 0x00080000, 10);
    bb_str(&b, EXPL_LE, 0x00080060, "CS", "CT");
    bb_ul(&b, EXPL_LE, 0x00090000, 10);                   /* private group length */
    bb_str(&b, EXPL_LE, 0x00090010, "LO", "ACME");
    bb_ul(&b, EXPL_LE, 0x00100000, 10);
    bb_str(&b, EXPL_LE, 0x00100020, "LO", "ID");
    CHECK(json_is(&b, "{\"00080060\":{\"vr\":\"CS\",\"Value\":[\"CT\"]},"
                      "\"00090010\":{\"vr\":\"LO\",\"Value\":[\"ACME\"]},"
                      "\"00100020\":{\"vr\":\"LO\",\"Value\":[\"ID\"]}}"));
    bb_free(&b);
    /* a data set of group lengths only */
    bb c = { 0 };
    bb_ul(&c, EXPL_LE, 0x00080000, 0);
    CHECK(json_is(&c, "{}"));
    bb_free(&c);
}

static void test_pretty(void) {
    bb b = { 0 };
    bb_str(&b, EXPL_LE, 0x00080060, "CS", "CT");
    bb item = { 0 };
    bb_str(&item, EXPL_LE, 0x00100010, "PN", "A");
    bb_seq_undefined(&b, EXPL_LE, 0x00081115, &item, 1);
    bb_hdr(&b, EXPL_LE, 0x00081140, "SQ", 0);
    dcm_json_opts o;
    dcm_json_opts_default(&o);
    o.pretty = true;
    CHECK(json_is_opts(&b, &o,
                       "{\n"
                       "  \"00080060\": {\n"
                       "    \"vr\": \"CS\",\n"
                       "    \"Value\": [\n"
                       "      \"CT\"\n"
                       "    ]\n"
                       "  },\n"
                       "  \"00081115\": {\n"
                       "    \"vr\": \"SQ\",\n"
                       "    \"Value\": [\n"
                       "      {\n"
                       "        \"00100010\": {\n"
                       "          \"vr\": \"PN\",\n"
                       "          \"Value\": [\n"
                       "            {\n"
                       "              \"Alphabetic\": \"A\"\n"
                       "            }\n"
                       "          ]\n"
                       "        }\n"
                       "      }\n"
                       "    ]\n"
                       "  },\n"
                       "  \"00081140\": {\n"
                       "    \"vr\": \"SQ\"\n"
                       "  }\n"
                       "}\n"));
    bb e = { 0 };
    bb_meta(&e, false, TS_EXPLICIT_LE);
    CHECK(json_is_opts(&e, &o, "{}\n"));
    bb_free(&e);
    bb_free(&item);
    bb_free(&b);
}

static void test_deep_paths(void) {
    /* a bulk value 60 sequences deep: the hook gets the whole path */
    bb inner = { 0 };
    bb_el(&inner, EXPL_LE, 0x00091002, "OB", "\x01\x02", 2);
    for (int i = 0; i < 60; i++) {
        bb outer = { 0 };
        bb_seq_undefined(&outer, EXPL_LE, 0x00400275, &inner, 1);
        bb_free(&inner);
        inner = outer;
    }
    hook_log h;
    memset(&h, 0, sizeof h);
    h.answer = "u";
    dcm_json_opts o;
    dcm_json_opts_default(&o);
    o.bulk_uri = hook;
    o.bulk_ctx = &h;
    dcm_file *f = read_bb(&inner, NULL);
    CHECK(f != NULL);
    if (f) {
        char *s = json_of_file(f, &o);
        CHECK(s != NULL);
        free(s);
        CHECK_INT(h.calls, 1);
        /* 60 x "00400275/0/" + "00091002" */
        char want[1024] = "";
        for (int i = 0; i < 60; i++) strcat(want, "00400275/0/");
        strcat(want, "00091002");
        CHECK(strlen(want) == 668);
        /* the log keeps 63 characters: check the tail via a second hook */
        CHECK(strncmp(h.paths[0], want, 63) == 0);
    }
    dcm_file_free(f);
    bb_free(&inner);
}

static const char *full_path_hook(void *ctx, const char *path, const dcm_element *e, char *uri, size_t cap) {
    (void)e;
    snprintf((char *)ctx, 1024, "%s", path);
    snprintf(uri, cap, "x");
    return uri;
}

static void test_deep_path_complete(void) {
    bb inner = { 0 };
    bb_el(&inner, EXPL_LE, 0x00091002, "OB", "\x01\x02", 2);
    for (int i = 0; i < 60; i++) {
        bb outer = { 0 };
        bb_seq_undefined(&outer, EXPL_LE, 0x00400275, &inner, 1);
        bb_free(&inner);
        inner = outer;
    }
    char got[1024] = "";
    dcm_json_opts o;
    dcm_json_opts_default(&o);
    o.bulk_uri = full_path_hook;
    o.bulk_ctx = got;
    dcm_file *f = read_bb(&inner, NULL);
    CHECK(f != NULL);
    if (f) {
        char *s = json_of_file(f, &o);
        CHECK(s != NULL);
        free(s);
        char want[1024] = "";
        for (int i = 0; i < 60; i++) strcat(want, "00400275/0/");
        strcat(want, "00091002");
        CHECK_STR(got, want);
    }
    dcm_file_free(f);
    bb_free(&inner);
}

int main(void) {
    RUN(test_strings);
    RUN(test_empty_elements);
    RUN(test_person_names);
    RUN(test_person_name_charsets);
    RUN(test_non_text_bytes_are_utf8);
    RUN(test_escaping);
    RUN(test_decimal_strings);
    RUN(test_integer_strings);
    RUN(test_binary_numbers);
    RUN(test_big_endian_numbers);
    RUN(test_sequences);
    RUN(test_inline_binary);
    RUN(test_inline_encapsulated);
    RUN(test_bulk_hook);
    RUN(test_values_not_loaded);
    RUN(test_group_lengths_and_meta_omitted);
    RUN(test_pretty);
    RUN(test_deep_paths);
    RUN(test_deep_path_complete);
    return harness_done("json");
}
