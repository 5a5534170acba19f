/*
 * test_jsonp10.c - unit tests for DICOM JSON to Part 10 (src/dicom/jsonp10.c).
 *
 * Each case writes a JSON object as Part 10, reads the bytes back with the
 * reader and writes them again as DICOM JSON (dicom/json.h): the round trip
 * must give the object back (apart from the documented normalisations:
 * Specific Character Set, DS re-formatting). Hooks for pixel data and bulk
 * data are checked for what they are asked.
 */
#include <stdlib.h>
#include <string.h>

#include "dicom/json.h"
#include "dicom/jsonp10.h"
#include "dicom/reader.h"
#include "harness.h"

/* JSON -> Part 10 -> reader -> DICOM JSON (compact), malloc'd; NULL on error. */
static char *round_trip(const char *json, dcm_jp10_opts *o, dcm_file **keep) {
    json_error_t je;
    json_t *obj = json_loads(json, 0, &je);
    if (!obj) {
        fprintf(stderr, "  bad test JSON: %s\n", je.text);
        return NULL;
    }
    tess_buf b;
    tess_buf_init(&b, -1);
    tess_error err = {{0}};
    dcm_jp10_opts dflt = {.part10 = true, .utf8 = true};
    int rc = dcm_json_to_p10(obj, o ? o : &dflt, &b, &err);
    json_decref(obj);
    if (rc != 0) {
        fprintf(stderr, "  dcm_json_to_p10: %s\n", err.msg);
        tess_buf_free(&b);
        return NULL;
    }
    dcm_read_opts ro;
    dcm_read_opts_default(&ro);
    ro.load_all = true;
    dcm_file *f = NULL;
    if (dcm_read_mem(b.data, b.len, &ro, &f, &err) != 0) {
        fprintf(stderr, "  read back: %s\n", err.msg);
        tess_buf_free(&b);
        return NULL;
    }
    tess_buf_free(&b);
    tess_buf out;
    tess_buf_init(&out, -1);
    dcm_json_opts jo;
    dcm_json_opts_default(&jo);
    rc = dcm_json_write(f, &jo, &out, &err);
    if (keep) *keep = f;
    else dcm_file_free(f);
    if (rc != 0) {
        tess_buf_free(&out);
        return NULL;
    }
    tess_buf_putc(&out, '\0');
    return (char *)out.data;
}

static void same(const char *in, const char *want) {
    char *got = round_trip(in, NULL, NULL);
    CHECK(got != NULL);
    if (got && strcmp(got, want) != 0) {
        fprintf(stderr, "  got  %s\n  want %s\n", got, want);
        CHECK(0);
    }
    free(got);
}

static void test_text(void) {
    const char *j =
        "{\"00080016\":{\"vr\":\"UI\",\"Value\":[\"1.2.3\"]},"
        "\"00080018\":{\"vr\":\"UI\",\"Value\":[\"1.2.3.4\"]},"
        "\"00080060\":{\"vr\":\"CS\",\"Value\":[\"CT\"]},"
        "\"00081030\":{\"vr\":\"LO\",\"Value\":[\"a\",null,\"b\"]},"
        "\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Doe^John\","
        "\"Ideographic\":\"X^Y\"}]},"
        "\"00100020\":{\"vr\":\"LO\"}}";
    same(j, j);
}

static void test_numbers(void) {
    same("{\"00181050\":{\"vr\":\"DS\",\"Value\":[0.5,-12.25,100,1e-07]},"
         "\"00200013\":{\"vr\":\"IS\",\"Value\":[7,-3]},"
         "\"00280010\":{\"vr\":\"US\",\"Value\":[512]},"
         "\"00280106\":{\"vr\":\"SS\",\"Value\":[-2000]},"
         "\"00291001\":{\"vr\":\"UL\",\"Value\":[4294967295]},"
         "\"00291002\":{\"vr\":\"SL\",\"Value\":[-5,6]},"
         "\"00291003\":{\"vr\":\"FD\",\"Value\":[0.1]},"
         "\"00291004\":{\"vr\":\"FL\",\"Value\":[1.5]},"
         "\"00291005\":{\"vr\":\"AT\",\"Value\":[\"7FE00010\"]}}",
         "{\"00181050\":{\"vr\":\"DS\",\"Value\":[0.5,-12.25,100,1e-07]},"
         "\"00200013\":{\"vr\":\"IS\",\"Value\":[7,-3]},"
         "\"00280010\":{\"vr\":\"US\",\"Value\":[512]},"
         "\"00280106\":{\"vr\":\"SS\",\"Value\":[-2000]},"
         "\"00291001\":{\"vr\":\"UL\",\"Value\":[4294967295]},"
         "\"00291002\":{\"vr\":\"SL\",\"Value\":[-5,6]},"
         "\"00291003\":{\"vr\":\"FD\",\"Value\":[0.1]},"
         "\"00291004\":{\"vr\":\"FL\",\"Value\":[1.5]},"
         "\"00291005\":{\"vr\":\"AT\",\"Value\":[\"7FE00010\"]}}");
}

static void test_binary_and_sequences(void) {
    const char *j =
        "{\"00081115\":{\"vr\":\"SQ\",\"Value\":[{\"0020000E\":{\"vr\":\"UI\",\"Value\":[\"1.2\"]},"
        "\"00081140\":{\"vr\":\"SQ\",\"Value\":[{\"00081150\":{\"vr\":\"UI\",\"Value\":[\"3.4\"]}}]}},"
        "{}]},"
        "\"00091010\":{\"vr\":\"OB\",\"InlineBinary\":\"AQID\"},"
        "\"00283006\":{\"vr\":\"OW\",\"InlineBinary\":\"AAEAAg==\"}}";
    /* odd OB gets a NUL pad: AQID (3 bytes) comes back as AQIDAA== */
    /* items come back in tag order */
    same(j,
         "{\"00081115\":{\"vr\":\"SQ\",\"Value\":[{"
         "\"00081140\":{\"vr\":\"SQ\",\"Value\":[{\"00081150\":{\"vr\":\"UI\",\"Value\":[\"3.4\"]}}]},"
         "\"0020000E\":{\"vr\":\"UI\",\"Value\":[\"1.2\"]}},"
         "{}]},"
         "\"00091010\":{\"vr\":\"OB\",\"InlineBinary\":\"AQIDAA==\"},"
         "\"00283006\":{\"vr\":\"OW\",\"InlineBinary\":\"AAEAAg==\"}}");
}

static void test_charset(void) {
    /* UTF-8 text with a Latin-1 charset: written as ISO_IR 192 */
    same("{\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 100\"]},"
         "\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"M\\u00fcller\"}]}}",
         "{\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 192\"]},"
         "\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"M\xc3\xbcller\"}]}}");
}

typedef struct hooks {
    int pixel_calls;
    char bulk_path[64];
} hooks;

static int pixel_hook(void *ctx, const json_t *el, tess_buf *out, tess_error *err) {
    hooks *h = ctx;
    h->pixel_calls++;
    dcm_jp10_header(out, DCM_TAG_PIXEL_DATA, DCM_VR_OW, 4);
    tess_buf_put(out, "\x01\x00\x02\x00", 4);
    return 0;
}

static int bulk_hook(void *ctx, const char *path, const json_t *el, tess_buf *value,
                     tess_error *err) {
    hooks *h = ctx;
    snprintf(h->bulk_path, sizeof h->bulk_path, "%s", path);
    tess_buf_put(value, "xy", 2);
    return 0;
}

static void test_hooks(void) {
    hooks h = {0};
    dcm_jp10_opts o = {.part10 = true, .transfer_syntax = "1.2.840.10008.1.2.1",
                       .pixel = pixel_hook, .bulk = bulk_hook, .ctx = &h};
    dcm_file *f = NULL;
    char *got = round_trip(
        "{\"00540016\":{\"vr\":\"SQ\",\"Value\":[{\"00181072\":{\"vr\":\"OB\","
        "\"BulkDataURI\":\"/x\"}}]},"
        "\"7FE00010\":{\"vr\":\"OW\",\"BulkDataURI\":\"/y\"}}",
        &o, &f);
    CHECK(got != NULL);
    CHECK_INT(h.pixel_calls, 1);
    CHECK_STR(h.bulk_path, "00540016/0/00181072");
    CHECK(got && strstr(got, "\"00181072\":{\"vr\":\"OB\",\"InlineBinary\":\"eHk=\"}") != NULL);
    CHECK(got && strstr(got, "\"7FE00010\":{\"vr\":\"OW\",\"InlineBinary\":\"AQACAA==\"}") != NULL);
    CHECK(f && strcmp(f->transfer_syntax, "1.2.840.10008.1.2.1") == 0);
    free(got);
    dcm_file_free(f);
    /* without a pixel hook, pixel data is left out */
    got = round_trip("{\"7FE00010\":{\"vr\":\"OW\",\"BulkDataURI\":\"/y\"}}", NULL, NULL);
    CHECK_STR(got, "{}");
    free(got);
}

static void test_override_and_meta(void) {
    json_t *ov = json_pack("{s:{s:s,s:[s]}}", "00280004", "vr", "CS", "Value", "RGB");
    dcm_jp10_opts o = {.part10 = true, .transfer_syntax = "1.2.840.10008.1.2.4.202",
                       .override = ov};
    dcm_file *f = NULL;
    char *got = round_trip("{\"00080016\":{\"vr\":\"UI\",\"Value\":[\"1.2.840.10008.5.1.4.1.1.7\"]},"
                           "\"00080018\":{\"vr\":\"UI\",\"Value\":[\"9.8.7\"]},"
                           "\"00280004\":{\"vr\":\"CS\",\"Value\":[\"YBR_FULL_422\"]}}",
                           &o, &f);
    CHECK(got && strstr(got, "\"00280004\":{\"vr\":\"CS\",\"Value\":[\"RGB\"]}") != NULL);
    CHECK(f != NULL);
    if (f) {
        CHECK_STR(f->transfer_syntax, "1.2.840.10008.1.2.4.202");
        dcm_element *e = dcm_dataset_find(&f->meta, DCM_TAG(0x0002, 0x0003));
        size_t n = 0;
        const char *s = e ? dcm_string_value(e, 0, &n) : NULL;
        CHECK(s && n == 5 && memcmp(s, "9.8.7", 5) == 0);
        e = dcm_dataset_find(&f->meta, DCM_TAG(0x0002, 0x0002));
        s = e ? dcm_string_value(e, 0, &n) : NULL;
        CHECK(s && n == strlen("1.2.840.10008.5.1.4.1.1.7"));
    }
    free(got);
    dcm_file_free(f);
    json_decref(ov);
}

static void test_errors(void) {
    tess_buf b;
    tess_buf_init(&b, -1);
    tess_error err = {{0}};
    dcm_jp10_opts o = {.part10 = false};
    const char *bad[] = {"{\"00100010\":{\"Value\":[\"x\"]}}",
                         "{\"00100010\":{\"vr\":\"ZZ\"}}",
                         "{\"00280010\":{\"vr\":\"US\",\"Value\":[\"x\"]}}",
                         "{\"00291005\":{\"vr\":\"AT\",\"Value\":[\"7FE0\"]}}",
                         "{\"00091010\":{\"vr\":\"OB\",\"InlineBinary\":\"!!\"}}",
                         "{\"00081115\":{\"vr\":\"SQ\",\"Value\":[1]}}",
                         "{\"00100010\":{\"vr\":\"LO\",\"Value\":{}}}",
                         NULL};
    for (int i = 0; bad[i]; i++) {
        json_t *obj = json_loads(bad[i], 0, NULL);
        CHECK(obj != NULL);
        b.len = 0;
        int rc = dcm_json_to_p10(obj, &o, &b, &err);
        if (rc == 0) fprintf(stderr, "  accepted: %s\n", bad[i]);
        CHECK_INT(rc, -1);
        CHECK(err.msg[0] == '(');  /* the message names the element */
        json_decref(obj);
    }
    /* nesting past the limit */
    json_t *obj = json_object();
    json_t *cur = obj;
    for (int d = 0; d < DCM_JP10_MAX_DEPTH + 2; d++) {
        json_t *item = json_object();
        json_object_set_new(cur, "00081115", json_pack("{s:s,s:[o]}", "vr", "SQ", "Value", item));
        cur = item;
    }
    b.len = 0;
    CHECK_INT(dcm_json_to_p10(obj, &o, &b, &err), -1);
    json_decref(obj);
    tess_buf_free(&b);
}

static void test_long_text_as_un(void) {
    /* a LO over 64 KiB cannot have a 16-bit length: written as UN */
    size_t n = 70000;
    char *s = malloc(n + 1);
    memset(s, 'a', n);
    s[n] = '\0';
    json_t *obj = json_pack("{s:{s:s,s:[s]}}", "00081030", "vr", "LO", "Value", s);
    tess_buf b;
    tess_buf_init(&b, -1);
    tess_error err = {{0}};
    dcm_jp10_opts o = {.part10 = false};
    CHECK_INT(dcm_json_to_p10(obj, &o, &b, &err), 0);
    CHECK(b.len >= 12 && memcmp(b.data + 4, "UN", 2) == 0);
    CHECK_INT(b.len, 12 + n);
    tess_buf_free(&b);
    json_decref(obj);
    free(s);
}

int main(void) {
    RUN(test_text);
    RUN(test_numbers);
    RUN(test_binary_and_sequences);
    RUN(test_charset);
    RUN(test_hooks);
    RUN(test_override_and_meta);
    RUN(test_errors);
    RUN(test_long_text_as_un);
    return harness_done("jsonp10");
}
