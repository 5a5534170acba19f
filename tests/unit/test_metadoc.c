/*
 * test_metadoc.c - the AHI metadata document pieces (md_instance_build)
 * and their DICOM JSON view (md_series_to_dicomjson), src/imageset/metadoc.c.
 *
 * Golden tests on hand-built files (builder.h): level placement, keys,
 * DICOMVRs, the value encoding of every VR family, multi-valued arrays,
 * empty values, sequences, pixel data, character sets, the UID errors and
 * the value size limit; then the view: merge of the levels, tag order, VRs,
 * values, the bulk hook, instance order and malformed documents.
 *
 * The differential test walks the whole corpus ($TESSERA_TESTDATA,
 * recursively): for every file the reader accepts, the one-instance
 * document's view must equal dcm_json_write of the same file, element by
 * element, except for the exceptions listed in `exceptions` below (each
 * with its reason). A second pass mutates one value of each document and
 * checks the comparison notices, so the differential test can fail.
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "builder.h"
#include "dicom/dict.h"
#include "dicom/dict_table.h"
#include "dicom/json.h"
#include "dicom/reader.h"
#include "corpus.h"
#include "harness.h"
#include "imageset/metadoc.h"
#include "jsoncheck.h"

/* ---- helpers ---------------------------------------------------------- */

#define STUDY "1.2.826.0.1.3680043.8.498.1"
#define SERIES "1.2.826.0.1.3680043.8.498.2"
#define SOP "1.2.826.0.1.3680043.8.498.3"

static dcm_file *read_bb(const bb *b) {
    dcm_file *f = NULL;
    tess_error err = { { 0 } };
    if (dcm_read_mem(b->p, b->n, NULL, &f, &err) != 0) {
        fprintf(stderr, "  read failed: %s\n", err.msg);
        return NULL;
    }
    return f;
}

static void uid_el(bb *b, uint32_t tag, const char *uid) { bb_uid(b, EXPL_LE, tag, uid); }

/* A Part 10 stream (explicit VR LE) with the three required UIDs and the
 * caller's elements before (0008,0018), between it and (0020,000D), and
 * after (0020,000E); the reader sorts any out of order. */
typedef void (*add_fn)(bb *b);

static void build_file(bb *b, add_fn before_sop, add_fn between, add_fn after) {
    bb_meta(b, true, TS_EXPLICIT_LE);
    if (before_sop) before_sop(b);
    uid_el(b, 0x00080018, SOP);
    if (between) between(b);
    uid_el(b, 0x0020000D, STUDY);
    uid_el(b, 0x0020000E, SERIES);
    if (after) after(b);
}

/* md_instance of a built stream; fails the test when it cannot be built. */
static bool build_md(const bb *b, md_instance *m) {
    dcm_file *f = read_bb(b);
    if (!f) return false;
    tess_error err = { { 0 } };
    int rc = md_instance_build(f, m, &err);
    if (rc != 0) fprintf(stderr, "  md_instance_build: %s\n", err.msg);
    dcm_file_free(f);
    return rc == 0;
}

static const json_t *inst_dicom(const md_instance *m) { return json_object_get(m->instance, "DICOM"); }
static const json_t *inst_vrs(const md_instance *m) { return json_object_get(m->instance, "DICOMVRs"); }

/* Is v exactly the JSON text want (compared after parsing)? */
static bool json_is(const json_t *v, const char *want) {
    json_error_t je;
    json_t *w = json_loads(want, JSON_DECODE_ANY, &je);
    if (!w) { fprintf(stderr, "  bad expected JSON %s: %s\n", want, je.text); return false; }
    bool ok = v && json_equal(v, w);
    if (!ok) {
        char *got = v ? json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
        fprintf(stderr, "  got:  %s\n  want: %s\n", got ? got : "(absent)", want);
        free(got);
    }
    json_decref(w);
    return ok;
}

/* A document of one series from pieces (references taken, not stolen). */
static json_t *doc_of(md_instance *const ms[], size_t n) {
    json_t *patient = json_object(), *study = json_object(), *series = json_object();
    json_t *instances = json_object();
    for (size_t i = 0; i < n; i++) {
        json_object_update(patient, ms[i]->patient);
        json_object_update(study, ms[i]->study);
        json_object_update(series, ms[i]->series);
        json_t *inst = json_deep_copy(ms[i]->instance);
        json_object_set_new(inst, "ImageFrames", json_array());
        json_object_set_new(instances, ms[i]->sop_uid, inst);
    }
    json_t *s = json_pack("{s:o,s:o}", "DICOM", series, "Instances", instances);
    json_t *all = json_pack("{s:o}", ms[0]->series_uid, s);
    return json_pack("{s:s,s:s,s:s,s:{s:o},s:{s:o,s:o}}", "SchemaVersion", "1.1",
                     "DatastoreID", "2aa75d103f7f45ab977b0e93f00e6fe9",
                     "ImageSetID", "46923b66d5522e4241615ecd64637584",
                     "Patient", "DICOM", patient, "Study", "DICOM", study, "Series", all);
}

typedef struct hook_log { int calls; char path[8][128]; char sop[128]; bool answer; } hook_log;

static const char *test_hook(void *ctx, const char *sop_uid, const char *path, char *uri, size_t cap) {
    hook_log *h = ctx;
    if (h->calls < 8) snprintf(h->path[h->calls], sizeof h->path[0], "%s", path);
    h->calls++;
    snprintf(h->sop, sizeof h->sop, "%s", sop_uid);
    if (!h->answer) return NULL;
    snprintf(uri, cap, "https://x/bulk/%s/%s", sop_uid, path);
    return uri;
}

/* The view of a document's series, parsed (caller frees); NULL on error.
 * Checks the text is strict JSON and every object's tags ascend. */
static bool tags_ascend(const json_t *obj);

static json_t *view_of(const json_t *doc, const char *series, hook_log *h) {
    tess_buf out;
    tess_buf_init(&out, -1);
    tess_error err = { { 0 } };
    if (md_series_to_dicomjson(doc, series, h ? test_hook : NULL, h, &out, &err) != 0) {
        fprintf(stderr, "  md_series_to_dicomjson: %s\n", err.msg);
        tess_buf_free(&out);
        return NULL;
    }
    char why[128];
    if (!json_valid((const char *)out.data, out.len, why, sizeof why)) {
        fprintf(stderr, "  invalid JSON (%s): %.*s\n", why, (int)out.len, (const char *)out.data);
        tess_buf_free(&out);
        return NULL;
    }
    json_error_t je;
    json_t *v = json_loadb((const char *)out.data, out.len, 0, &je);
    tess_buf_free(&out);
    if (!v) fprintf(stderr, "  view does not parse: %s\n", je.text);
    if (v && !tags_ascend(v)) {
        fprintf(stderr, "  view keys not in ascending tag order\n");
        json_decref(v);
        return NULL;
    }
    return v;
}

static bool tags_ascend(const json_t *v) {
    if (json_is_array(v)) {
        for (size_t i = 0; i < json_array_size(v); i++)
            if (!tags_ascend(json_array_get(v, i))) return false;
        return true;
    }
    if (!json_is_object(v)) return true;
    const char *prev = NULL, *key;
    json_t *val;
    json_object_foreach((json_t *)v, key, val) {
        if (strlen(key) == 8 && prev && strcmp(prev, key) >= 0) return false;
        if (strlen(key) == 8) prev = key;
        if (!tags_ascend(val)) return false;
    }
    return true;
}

/* The view of one md_instance as a single DICOM JSON object (caller
 * frees); NULL on failure. */
static json_t *view_one(md_instance *m, hook_log *h) {
    md_instance *ms[1] = { m };
    json_t *doc = doc_of(ms, 1);
    json_t *arr = view_of(doc, m->series_uid, h);
    json_decref(doc);
    if (!arr) return NULL;
    json_t *one = json_incref(json_array_get(arr, 0));
    bool ok = json_array_size(arr) == 1;
    json_decref(arr);
    if (!ok) { json_decref(one); return NULL; }
    return one;
}

/* ---- building: levels and keys ------------------------------------------ */

static void lv_before(bb *b) {
    bb_str(b, EXPL_LE, 0x00080005, "CS", "ISO_IR 100");
    uid_el(b, 0x00080016, "1.2.840.10008.5.1.4.1.1.2");   /* the meta says ...1.7 */
}
static void lv_between(bb *b) {
    bb_str(b, EXPL_LE, 0x00080020, "DA", "20240131");
    bb_str(b, EXPL_LE, 0x00080060, "CS", "CT");
    bb_str(b, EXPL_LE, 0x00100010, "PN", "Doe^John");
    bb_str(b, EXPL_LE, 0x00100020, "LO", "ID42");
    bb_str(b, EXPL_LE, 0x00180061, "DS", "3.5 ");        /* keyword-less entry */
}
static void lv_after(bb *b) {
    bb_str(b, EXPL_LE, 0x00200013, "IS", "7 ");
    bb_us(b, EXPL_LE, 0x00280010, 480);
    bb_el(b, EXPL_LE, 0x7FE00010, "OW", "\x01\x02\x03\x04", 4);
}

static void test_levels(void) {
    bb b = { 0 };
    build_file(&b, lv_before, lv_between, lv_after);
    md_instance m;
    if (!build_md(&b, &m)) { CHECK(0); bb_free(&b); return; }
    CHECK_STR(m.study_uid, STUDY);
    CHECK_STR(m.series_uid, SERIES);
    CHECK_STR(m.sop_uid, SOP);                        /* NUL padding trimmed */
    CHECK_STR(m.sop_class_uid, "1.2.840.10008.5.1.4.1.1.2");   /* the data set's */
    CHECK(json_is(m.patient, "{\"PatientName\":\"Doe^John\",\"PatientID\":\"ID42\"}"));
    CHECK(json_is(m.study, "{\"StudyDate\":\"20240131\",\"StudyInstanceUID\":\"" STUDY "\"}"));
    CHECK(json_is(m.series, "{\"Modality\":\"CT\",\"SeriesInstanceUID\":\"" SERIES "\"}"));
    const json_t *d = inst_dicom(&m);
    CHECK(json_is(json_object_get(d, "Rows"), "480"));
    CHECK(json_is(json_object_get(d, "InstanceNumber"), "\"7\""));
    CHECK(json_is(json_object_get(d, "TransferSyntaxUID"), "\"" TS_EXPLICIT_LE "\""));
    CHECK(json_is(json_object_get(d, "MediaStorageSOPInstanceUID"), "\"1.2.3.4\""));
    CHECK(json_is(json_object_get(d, "FileMetaInformationVersion"), "\"AAE=\""));
    CHECK(json_is(json_object_get(d, "SOPInstanceUID"), "\"" SOP "\""));
    CHECK(json_is(json_object_get(d, "SpecificCharacterSet"), "[\"ISO_IR 100\"]"));
    CHECK(json_is(json_object_get(d, "PixelData"), "null"));
    CHECK(json_is(json_object_get(d, "00180061"), "\"3.5\""));
    /* group lengths are not kept, not even the file meta's */
    CHECK(json_object_get(d, "FileMetaInformationGroupLength") == NULL);
    CHECK(json_object_get(d, "PatientName") == NULL && json_object_get(d, "Modality") == NULL);
    /* VRs: the ambiguous PixelData and the keyword-less tag; nothing else */
    CHECK(json_is(inst_vrs(&m), "{\"7FE00010\":\"OW\",\"00180061\":\"DS\"}"));
    md_instance_free(&m);
    CHECK(m.patient == NULL && m.instance == NULL);
    md_instance_free(&m);   /* twice is harmless */
    bb_free(&b);
}

static void pk_between(bb *b) {
    bb_str(b, EXPL_LE, 0x00089998, "LO", "x");                  /* not in the dictionary */
}
static void pk_after(bb *b) {
    bb_str(b, EXPL_LE, 0x00290010, "LO", "ACME 1.0");           /* private creator */
    bb_el(b, EXPL_LE, 0x00291001, "UN", "\x00\x01", 2);
    bb_us(b, EXPL_LE, 0x00291002, 7);
    bb_str(b, EXPL_LE, 0x00291003, "LO", "a\\b");
    bb_str(b, EXPL_LE, 0x00291004, "LO", "one");
    bb_el(b, EXPL_LE, 0x60003000, "OW", "\x01\x00", 2);         /* repeating group base */
    bb_el(b, EXPL_LE, 0x60023000, "OB", "\x02\x00", 2);         /* repeating group, not base */
    bb_str(b, EXPL_LE, 0x60020022, "LO", "ov2");
}

static void test_private_and_unknown_keys(void) {
    CHECK(dcm_dict_lookup(0x00089998) == NULL);
    bb b = { 0 };
    build_file(&b, NULL, pk_between, pk_after);
    md_instance m;
    if (!build_md(&b, &m)) { CHECK(0); bb_free(&b); return; }
    CHECK_STR(m.sop_class_uid, "1.2.840.10008.5.1.4.1.1.7");   /* from the file meta */
    const json_t *d = inst_dicom(&m);
    CHECK(json_is(json_object_get(d, "00089998"), "\"x\""));
    CHECK(json_is(json_object_get(d, "00290010"), "\"ACME 1.0\""));
    CHECK(json_is(json_object_get(d, "00291001"), "\"AAE=\""));
    CHECK(json_is(json_object_get(d, "00291002"), "7"));
    CHECK(json_is(json_object_get(d, "00291003"), "[\"a\",\"b\"]"));   /* several values */
    CHECK(json_is(json_object_get(d, "00291004"), "\"one\""));         /* no VM: one is scalar */
    CHECK(json_is(json_object_get(d, "OverlayData"), "\"AQA=\""));
    CHECK(json_is(json_object_get(d, "60023000"), "\"AgA=\""));
    CHECK(json_is(json_object_get(d, "60020022"), "\"ov2\""));
    CHECK(json_is(inst_vrs(&m), "{\"00089998\":\"LO\",\"00290010\":\"LO\",\"00291001\":\"UN\","
                               "\"00291002\":\"US\",\"00291003\":\"LO\",\"00291004\":\"LO\","
                               "\"60003000\":\"OW\",\"60023000\":\"OB\",\"60020022\":\"LO\"}"));
    md_instance_free(&m);
    bb_free(&b);
}

/* A known tag read with a VR other than the dictionary's keeps its key and
 * gets a DICOMVRs entry; implicit VR private elements are UN. */
static void test_vr_other_than_dictionary(void) {
    bb b = { 0 };
    bb_meta(&b, true, TS_IMPLICIT_LE);
    bb_uid(&b, IMPL_LE, 0x00080018, SOP);
    bb_str(&b, IMPL_LE, 0x00090010, "LO", "CREATOR ");
    bb_str(&b, IMPL_LE, 0x00091001, "UN", "text");
    bb_uid(&b, IMPL_LE, 0x0020000D, STUDY);
    bb_uid(&b, IMPL_LE, 0x0020000E, SERIES);
    bb_el(&b, IMPL_LE, 0x00281101, "xs", "\x00\x01\x00\x00\x10\x00", 6);   /* US or SS */
    bb ex = { 0 };
    bb_meta(&ex, true, TS_EXPLICIT_LE);
    bb_uid(&ex, EXPL_LE, 0x00080018, SOP);
    bb_el(&ex, EXPL_LE, 0x00080060, "UN", "CT", 2);
    bb_uid(&ex, EXPL_LE, 0x0020000D, STUDY);
    bb_uid(&ex, EXPL_LE, 0x0020000E, SERIES);
    md_instance m, n;
    if (!build_md(&b, &m)) { CHECK(0); bb_free(&b); bb_free(&ex); return; }
    if (!build_md(&ex, &n)) { CHECK(0); md_instance_free(&m); bb_free(&b); bb_free(&ex); return; }
    CHECK(json_is(json_object_get(inst_dicom(&m), "00090010"), "\"CREATOR\""));
    CHECK(json_is(json_object_get(inst_dicom(&m), "00091001"), "\"dGV4dA==\""));
    CHECK(json_is(json_object_get(inst_dicom(&m), "RedPaletteColorLookupTableDescriptor"), "[256,0,16]"));
    CHECK(json_is(inst_vrs(&m), "{\"00090010\":\"LO\",\"00091001\":\"UN\",\"00281101\":\"US\"}"));
    CHECK(json_is(json_object_get(n.series, "Modality"), "\"Q1Q=\""));
    CHECK(json_is(inst_vrs(&n), "{\"00080060\":\"UN\"}"));
    md_instance_free(&m);
    md_instance_free(&n);
    bb_free(&b);
    bb_free(&ex);
}

/* Every keyword md_instance_build may use as a key maps back to its tag
 * (the view relies on it): those of exact entries, and those of
 * repeating-group entries for their base tag (6000,3000 OverlayData). */
static void test_keywords_invert(void) {
    size_t bad = 0, n = 0;
    for (size_t i = 0; i < dcm_dict_table_count; i++) {
        const dcm_dict_entry *e = &dcm_dict_table[i];
        if (!e->keyword[0]) continue;
        n++;
        const dcm_dict_entry *k = dcm_dict_by_keyword(e->keyword);
        if (!k || k->tag != e->tag) {
            if (bad++ < 5) fprintf(stderr, "  keyword %s does not map back to %08X\n", e->keyword, e->tag);
        }
    }
    for (size_t i = 0; i < dcm_dict_repeaters_count; i++) {
        const dcm_dict_entry *e = &dcm_dict_repeaters[i];
        if (!e->keyword[0]) continue;
        /* a base tag owned by an exact entry (0028,0400) or a group length
         * (1000,0000) never gets this keyword: no key to invert */
        if (dcm_dict_lookup(e->tag) != e) continue;
        const dcm_dict_entry *k = dcm_dict_by_keyword(e->keyword);
        bad += !k || k->tag != e->tag;
        n++;
    }
    CHECK(n > 4000);
    CHECK_INT(bad, 0);
}

/* ---- building: values ----------------------------------------------------- */

static void vals_after(bb *b) {
    /* tags in ascending order; private group 0041 holds one element per VR */
    static const uint8_t f32[4] = { 0xCD, 0xCC, 0xCC, 0x3D };                 /* 0.1f */
    static const uint8_t f64[8] = { 0x05, 0xA3, 0x92, 0x3A, 0x01, 0x4D, 0xB4, 0xBF }; /* -0.0793 */
    static const uint8_t nan32[4] = { 0x00, 0x00, 0xC0, 0x7F };
    static const uint8_t inf64[8] = { 0, 0, 0, 0, 0, 0, 0xF0, 0xFF };
    static const uint8_t uv_big[8] = { 0, 0, 0, 0, 0, 0, 0, 0x10 };              /* 2^60 */
    static const uint8_t uv_small[8] = { 5, 0, 0, 0, 0, 0, 0, 0 };
    static const uint8_t sv_neg[8] = { 0, 0, 0, 0, 0, 0, 0, 0xF0 };              /* -2^60 */
    static const uint8_t at[8] = { 0x10, 0x00, 0x10, 0x00, 0x08, 0x00, 0x18, 0x00 };
    static const uint8_t ss[4] = { 0xFB, 0xFF, 0x02, 0x00 };
    static const uint8_t ul[4] = { 0xFF, 0xFF, 0xFF, 0xFF };
    static const uint8_t sl[4] = { 0xFE, 0xFF, 0xFF, 0xFF };
    bb_str(b, EXPL_LE, 0x00410010, "LO", "VALUES");
    bb_str(b, EXPL_LE, 0x00411001, "AE", " AE1 ");
    bb_str(b, EXPL_LE, 0x00411002, "AS", "042Y");
    bb_str(b, EXPL_LE, 0x00411003, "CS", "A\\B ");
    bb_str(b, EXPL_LE, 0x00411004, "DA", "20240131");
    bb_str(b, EXPL_LE, 0x00411005, "DS", " +1.50 ");
    bb_str(b, EXPL_LE, 0x00411006, "DT", "20240131101010");
    bb_str(b, EXPL_LE, 0x00411007, "IS", "019 ");
    bb_str(b, EXPL_LE, 0x00411008, "LT", "  a\\b  ");
    bb_str(b, EXPL_LE, 0x00411009, "PN", "Doe^John^^^=Ideo^Gr=Phon ");
    bb_str(b, EXPL_LE, 0x0041100A, "SH", "sh");
    bb_str(b, EXPL_LE, 0x0041100B, "ST", " st ");
    bb_str(b, EXPL_LE, 0x0041100C, "TM", "101010.5 ");
    bb_str(b, EXPL_LE, 0x0041100D, "UC", "u\\c");
    bb_el(b, EXPL_LE, 0x0041100E, "UI", "1.2\0", 4);
    bb_str(b, EXPL_LE, 0x0041100F, "UR", "http://h/p q ");
    bb_str(b, EXPL_LE, 0x00411010, "UT", "t\\u ");
    bb_el(b, EXPL_LE, 0x00411011, "SS", ss, 4);
    bb_el(b, EXPL_LE, 0x00411012, "UL", ul, 4);
    bb_el(b, EXPL_LE, 0x00411013, "SL", sl, 4);
    bb_el(b, EXPL_LE, 0x00411014, "FL", f32, 4);
    bb_el(b, EXPL_LE, 0x00411015, "FD", f64, 8);
    bb_el(b, EXPL_LE, 0x00411016, "FL", nan32, 4);
    bb_el(b, EXPL_LE, 0x00411017, "FD", inf64, 8);
    bb_el(b, EXPL_LE, 0x00411018, "UV", uv_big, 8);
    bb_el(b, EXPL_LE, 0x00411019, "UV", uv_small, 8);
    bb_el(b, EXPL_LE, 0x0041101A, "SV", sv_neg, 8);
    bb_el(b, EXPL_LE, 0x0041101B, "AT", at, 8);
    bb_el(b, EXPL_LE, 0x0041101C, "OB", "\x01\x02\x03", 3);
    bb_el(b, EXPL_LE, 0x0041101D, "OW", "\x01\x02\x03\x04", 4);
    bb_el(b, EXPL_LE, 0x0041101E, "OF", f32, 4);
    bb_el(b, EXPL_LE, 0x0041101F, "OD", f64, 8);
    bb_el(b, EXPL_LE, 0x00411020, "OL", ul, 4);
    bb_el(b, EXPL_LE, 0x00411021, "OV", uv_small, 8);
    bb_el(b, EXPL_LE, 0x00411022, "UN", "\xFF", 1);
    bb_el(b, EXPL_LE, 0x00411023, "US", "\x01\x00\x02\x00", 4);   /* two values */
    bb_el(b, EXPL_LE, 0x00411024, "FL", "\x00\x00", 2);           /* shorter than one value */
    bb_el(b, EXPL_LE, 0x00411025, "CS", "\x00\x00", 2);           /* padding only */
    bb_str(b, EXPL_LE, 0x00411026, "PN", "^^");                   /* delimiters only */
    bb_el(b, EXPL_LE, 0x7FE00008, "OF", f32, 4);                  /* FloatPixelData */
}

static bool matches_json_write(dcm_file *f, md_instance *m);

static void test_value_encodings(void) {
    bb b = { 0 };
    build_file(&b, NULL, NULL, vals_after);
    md_instance m;
    dcm_file *f = read_bb(&b);
    tess_error err = { { 0 } };
    if (!f || md_instance_build(f, &m, &err) != 0) {
        fprintf(stderr, "  %s\n", err.msg);
        CHECK(0);
        dcm_file_free(f);
        bb_free(&b);
        return;
    }
    /* the view of these values (NaN, 2^60, float text...) is what
     * dcm_json_write writes */
    CHECK(matches_json_write(f, &m));
    dcm_file_free(f);
    const json_t *d = inst_dicom(&m);
    static const struct { const char *key, *want; } cases[] = {
        { "00411001", "\"AE1\"" },
        { "00411002", "\"042Y\"" },
        { "00411003", "[\"A\",\"B\"]" },
        { "00411004", "\"20240131\"" },
        { "00411005", "\"+1.50\"" },              /* DS stays text */
        { "00411006", "\"20240131101010\"" },
        { "00411007", "\"019\"" },
        { "00411008", "\"  a\\\\b\"" },           /* LT: one value, leading spaces kept */
        { "00411009", "\"Doe^John^^^=Ideo^Gr=Phon\"" },
        { "0041100A", "\"sh\"" },
        { "0041100B", "\" st\"" },
        { "0041100C", "\"101010.5\"" },
        { "0041100D", "[\"u\",\"c\"]" },
        { "0041100E", "\"1.2\"" },
        { "0041100F", "\"http://h/p q\"" },
        { "00411010", "\"t\\\\u\"" },
        { "00411011", "[-5,2]" },
        { "00411012", "4294967295" },
        { "00411013", "-2" },
        { "00411014", "0.1" },                    /* the shortest float text */
        { "00411015", "-0.0793" },
        { "00411016", "\"NaN\"" },
        { "00411017", "\"-Infinity\"" },
        { "00411018", "\"1152921504606846976\"" },   /* beyond 2^53: text */
        { "00411019", "5" },
        { "0041101A", "\"-1152921504606846976\"" },
        { "0041101B", "[\"00100010\",\"00080018\"]" },
        { "0041101C", "\"AQID\"" },
        { "0041101D", "\"AQIDBA==\"" },
        { "0041101E", "\"zczMPQ==\"" },
        { "0041101F", "\"BaOSOgFNtL8=\"" },
        { "00411020", "\"/////w==\"" },
        { "00411021", "\"BQAAAAAAAAA=\"" },
        { "00411022", "\"/w==\"" },
        { "00411023", "[1,2]" },
        { "00411024", "null" },
        { "00411025", "null" },
        { "00411026", "\"^^\"" },
        { "FloatPixelData", "null" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        bool ok = json_is(json_object_get(d, cases[i].key), cases[i].want);
        if (!ok) fprintf(stderr, "  (%s)\n", cases[i].key);
        CHECK(ok);
    }
    /* FL is stored as the double of its shortest text, not the float */
    CHECK(json_real_value(json_object_get(d, "00411014")) == 0.1);
    md_instance_free(&m);
    bb_free(&b);
}

static void mv_between(bb *b) {
    bb_str(b, EXPL_LE, 0x00080008, "CS", "ORIGINAL");             /* VM 2-n */
    bb_str(b, EXPL_LE, 0x00080060, "CS", "CT ");                  /* VM 1 */
    bb_str(b, EXPL_LE, 0x00081030, "LO", "a\\b");                 /* VM 1, two values */
}
static void mv_after(bb *b) {
    bb_str(b, EXPL_LE, 0x00200037, "DS", "1\\0\\0\\0\\1\\0");     /* VM 6 */
    bb_el(b, EXPL_LE, 0x00280010, "US", "\x01\x00\x02\x00", 4);   /* VM 1, two values */
    bb_str(b, EXPL_LE, 0x00281050, "DS", "40 ");                  /* VM 1-n, one value */
    bb_str(b, EXPL_LE, 0x00281051, "DS", "400\\\\1");             /* an empty value inside */
}
static void mv_before(bb *b) {
    bb_str(b, EXPL_LE, 0x00080005, "CS", "\\ISO 2022 IR 100");
}

static void test_multi_valued(void) {
    bb b = { 0 };
    build_file(&b, mv_before, mv_between, mv_after);
    md_instance m;
    if (!build_md(&b, &m)) { CHECK(0); bb_free(&b); return; }
    const json_t *d = inst_dicom(&m);
    CHECK(json_is(json_object_get(d, "SpecificCharacterSet"), "[\"\",\"ISO 2022 IR 100\"]"));
    CHECK(json_is(json_object_get(d, "ImageType"), "[\"ORIGINAL\"]"));
    CHECK(json_is(json_object_get(m.series, "Modality"), "\"CT\""));
    CHECK(json_is(json_object_get(m.study, "StudyDescription"), "[\"a\",\"b\"]"));
    CHECK(json_is(json_object_get(d, "ImageOrientationPatient"), "[\"1\",\"0\",\"0\",\"0\",\"1\",\"0\"]"));
    CHECK(json_is(json_object_get(d, "Rows"), "[1,2]"));
    CHECK(json_is(json_object_get(d, "WindowCenter"), "[\"40\"]"));
    CHECK(json_is(json_object_get(d, "WindowWidth"), "[\"400\",\"\",\"1\"]"));
    md_instance_free(&m);
    bb_free(&b);
}

static void empty_after(bb *b) {
    static const char *const vrs[] = { "AE", "CS", "DA", "DS", "IS", "LO", "LT", "PN", "SH", "ST",
                                       "TM", "UI", "UT", "US", "UL", "SS", "SL", "FL", "FD", "AT",
                                       "OB", "OW", "UN", "SQ" };
    bb_str(b, EXPL_LE, 0x00430010, "LO", "EMPTY");
    for (size_t i = 0; i < sizeof vrs / sizeof vrs[0]; i++)
        bb_el(b, EXPL_LE, 0x00431000u + (uint32_t)i, vrs[i], "", 0);
    bb_str(b, EXPL_LE, 0x00431100, "CS", "    ");
    bb_str(b, EXPL_LE, 0x00431101, "LO", "\\ ");
}

static void test_empty_values(void) {
    bb b = { 0 };
    build_file(&b, NULL, NULL, empty_after);
    md_instance m;
    if (!build_md(&b, &m)) { CHECK(0); bb_free(&b); return; }
    const json_t *d = inst_dicom(&m);
    for (uint32_t i = 0; i < 23; i++) {
        char key[9];
        snprintf(key, sizeof key, "%08X", 0x00431000u + i);
        bool ok = json_is(json_object_get(d, key), "null");
        if (!ok) fprintf(stderr, "  (%s)\n", key);
        CHECK(ok);
    }
    CHECK(json_is(json_object_get(d, "00431017"), "[]"));   /* empty sequence */
    CHECK(json_is(json_object_get(d, "00431100"), "null"));
    CHECK(json_is(json_object_get(d, "00431101"), "null"));
    md_instance_free(&m);
    bb_free(&b);
}

/* ---- building: sequences, charsets, errors ------------------------------ */

static void seq_after(bb *b) {
    bb items[2] = { { 0 }, { 0 } };
    uid_el(&items[0], 0x00081150, "1.2.840.10008.5.1.4.1.1.2");
    bb_str(&items[0], EXPL_LE, 0x00091010, "UN", "ab");            /* private, UN here */
    bb_str(&items[0], EXPL_LE, 0x00100010, "PN", "In^Item");
    bb_ul(&items[0], EXPL_LE, 0x00100000, 10);                     /* group length: skipped */
    bb_str(&items[1], EXPL_LE, 0x00091010, "LO", "text");          /* same tag, LO */
    bb_el(&items[1], EXPL_LE, 0x7FE00010, "OB", "\x01\x02", 2);    /* nested pixel data: kept */
    bb_seq_defined(b, EXPL_LE, 0x00081115, items, 2);
    bb_free(&items[0]);
    bb_free(&items[1]);
    bb_str(b, EXPL_LE, 0x00090010, "LO", "ACME");
    bb_str(b, EXPL_LE, 0x00091010, "SH", "top");                   /* top level owns 00091010 */
}
static void seq_after2(bb *b) {
    /* undefined lengths, nesting two deep */
    bb inner = { 0 };
    bb_us(&inner, EXPL_LE, 0x00280010, 2);
    bb mid = { 0 };
    bb_seq_undefined(&mid, EXPL_LE, 0x00400260, &inner, 1);
    bb_seq_undefined(b, EXPL_LE, 0x00081115, &mid, 1);
    bb_free(&inner);
    bb_free(&mid);
}

static void test_sequences(void) {
    bb b = { 0 };
    build_file(&b, NULL, NULL, seq_after);
    md_instance m;
    if (!build_md(&b, &m)) { CHECK(0); bb_free(&b); return; }
    CHECK(json_is(json_object_get(inst_dicom(&m), "ReferencedSeriesSequence"),
                  "[{\"ReferencedSOPClassUID\":\"1.2.840.10008.5.1.4.1.1.2\",\"00091010\":\"YWI=\","
                  "\"PatientName\":\"In^Item\"},{\"00091010\":\"text\",\"PixelData\":\"AQI=\"}]"));
    CHECK(json_is(json_object_get(inst_dicom(&m), "00091010"), "\"top\""));
    CHECK(json_is(inst_vrs(&m), "{\"00090010\":\"LO\",\"00091010\":\"SH\","
                               "\"00081115/0/00091010\":\"UN\",\"00081115/1/00091010\":\"LO\","
                               "\"7FE00010\":\"OB\"}"));
    md_instance_free(&m);
    bb_free(&b);

    bb c = { 0 };
    build_file(&c, NULL, NULL, seq_after2);
    if (!build_md(&c, &m)) { CHECK(0); bb_free(&c); return; }
    CHECK(json_is(json_object_get(inst_dicom(&m), "ReferencedSeriesSequence"),
                  "[{\"PerformedProtocolCodeSequence\":[{\"Rows\":2}]}]"));
    CHECK(json_is(inst_vrs(&m), "{}"));
    md_instance_free(&m);
    bb_free(&c);
}

static void cs_before(bb *b) { bb_str(b, EXPL_LE, 0x00080005, "CS", "ISO_IR 100"); }
static void cs_between(bb *b) {
    bb_str(b, EXPL_LE, 0x00081030, "LO", "Kn\xE9" "e");
    bb_str(b, EXPL_LE, 0x00100010, "PN", "M\xFCller^Hans");
}
static void cs_after(bb *b) {
    bb items[2] = { { 0 }, { 0 } };
    bb_str(&items[0], EXPL_LE, 0x00100010, "PN", "\xC4rger");          /* inherits Latin-1 */
    bb_str(&items[1], EXPL_LE, 0x00080005, "CS", "ISO_IR 192");
    bb_str(&items[1], EXPL_LE, 0x00100010, "PN", "\xC3\x84rger");      /* its own UTF-8 */
    bb_seq_defined(b, EXPL_LE, 0x00400275, items, 2);
    bb_free(&items[0]);
    bb_free(&items[1]);
}

static void test_charsets(void) {
    bb b = { 0 };
    build_file(&b, cs_before, cs_between, cs_after);
    md_instance m;
    if (!build_md(&b, &m)) { CHECK(0); bb_free(&b); return; }
    CHECK(json_is(json_object_get(m.patient, "PatientName"), "\"M\\u00fcller^Hans\""));
    CHECK_STR(json_string_value(json_object_get(m.patient, "PatientName")), "M\xC3\xBCller^Hans");
    CHECK(json_is(json_object_get(m.study, "StudyDescription"), "\"Kn\\u00e9e\""));
    CHECK(json_is(json_object_get(m.series, "RequestAttributesSequence"),
                  "[{\"PatientName\":\"\\u00c4rger\"},"
                  "{\"SpecificCharacterSet\":[\"ISO_IR 192\"],\"PatientName\":\"\\u00c4rger\"}]"));
    md_instance_free(&m);
    bb_free(&b);
}

static void test_missing_uids(void) {
    static const struct { uint32_t drop; const char *msg; } cases[] = {
        { 0x00080018, "DICOM attribute SOPInstanceUID does not exist" },
        { 0x0020000D, "DICOM attribute StudyInstanceUID does not exist" },
        { 0x0020000E, "DICOM attribute SeriesInstanceUID does not exist" },
    };
    for (size_t i = 0; i < 3; i++) {
        bb b = { 0 };
        bb_meta(&b, true, TS_EXPLICIT_LE);
        if (cases[i].drop != 0x00080018) uid_el(&b, 0x00080018, SOP);
        bb_str(&b, EXPL_LE, 0x00100010, "PN", "Doe");
        if (cases[i].drop != 0x0020000D) uid_el(&b, 0x0020000D, STUDY);
        if (cases[i].drop != 0x0020000E) uid_el(&b, 0x0020000E, SERIES);
        dcm_file *f = read_bb(&b);
        md_instance m;
        tess_error err = { { 0 } };
        CHECK(f && md_instance_build(f, &m, &err) == -1);
        CHECK_STR(err.msg, cases[i].msg);
        CHECK(m.patient == NULL && m.study == NULL && m.series == NULL && m.instance == NULL);
        dcm_file_free(f);
        bb_free(&b);
    }
    /* padding only counts as absent; over 64 characters is an error */
    bb b = { 0 };
    bb_meta(&b, true, TS_EXPLICIT_LE);
    bb_str(&b, EXPL_LE, 0x00080018, "UI", "  ");
    uid_el(&b, 0x0020000D, STUDY);
    uid_el(&b, 0x0020000E, "1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.19.20.21.22.23.24.25.26");
    dcm_file *f = read_bb(&b);
    md_instance m;
    tess_error err = { { 0 } };
    CHECK(f && md_instance_build(f, &m, &err) == -1);
    CHECK_STR(err.msg, "DICOM attribute SeriesInstanceUID is longer than 64 characters");
    dcm_file_free(f);
    bb_free(&b);
    bb c = { 0 };
    bb_meta(&c, true, TS_EXPLICIT_LE);
    bb_str(&c, EXPL_LE, 0x00080018, "UI", "  ");
    uid_el(&c, 0x0020000D, STUDY);
    uid_el(&c, 0x0020000E, SERIES);
    f = read_bb(&c);
    CHECK(f && md_instance_build(f, &m, &err) == -1);
    CHECK_STR(err.msg, "DICOM attribute SOPInstanceUID does not exist");
    dcm_file_free(f);
    bb_free(&c);
}

/* A binary value over the limit fails, naming it; pixel data of any size
 * does not (it is never read). */
static void test_value_limit(void) {
    size_t big = MD_MAX_VALUE_BYTES + 2;
    uint8_t *v = calloc(1, big);
    if (!v) { CHECK(0); return; }
    for (int pass = 0; pass < 2; pass++) {
        bb b = { 0 };
        build_file(&b, NULL, NULL, NULL);
        if (pass == 0) {
            bb_str(&b, EXPL_LE, 0x00290010, "LO", "ACME");
            bb_el(&b, EXPL_LE, 0x00291001, "OB", v, (uint32_t)big);
        } else {
            bb_el(&b, EXPL_LE, 0x7FE00010, "OB", v, (uint32_t)big);
        }
        dcm_file *f = read_bb(&b);
        md_instance m;
        tess_error err = { { 0 } };
        int rc = f ? md_instance_build(f, &m, &err) : -2;
        if (pass == 0) {
            CHECK(rc == -1);
            CHECK_STR(err.msg, "DICOM attribute (0029,1001): value of 16777218 bytes exceeds the "
                      "16 MiB limit of the metadata document");
        } else {
            CHECK(rc == 0);
            if (rc == 0) {
                CHECK(json_is(json_object_get(inst_dicom(&m), "PixelData"), "null"));
                md_instance_free(&m);
            }
        }
        dcm_file_free(f);
        bb_free(&b);
    }
    free(v);
}

/* Values left on disk (small bulk threshold) are read, big-endian ones
 * swapped; encapsulated data inside an item (an icon) is kept as its
 * encoded form, fragments read from disk; and the view still equals
 * dcm_json_write of the same file. */
static size_t compare_objects(const json_t *mine, const json_t *ref, const char *file, int verbose,
                              size_t *elements, bool count_exceptions);

static dcm_file *read_via_disk(const bb *b) {
    char path[] = "/tmp/tessera-test-metadoc-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) return NULL;
    bool ok = write(fd, b->p, b->n) == (ssize_t)b->n;
    close(fd);
    dcm_read_opts ro;
    dcm_read_opts_default(&ro);
    ro.bulk_threshold = 8;
    dcm_file *f = NULL;
    tess_error err = { { 0 } };
    if (ok && dcm_read_path(path, &ro, &f, &err) != 0) fprintf(stderr, "  read: %s\n", err.msg);
    unlink(path);
    return f;
}

static bool matches_json_write(dcm_file *f, md_instance *m) {
    tess_buf ref;
    tess_buf_init(&ref, -1);
    tess_error err = { { 0 } };
    json_t *r = NULL, *mine = view_one(m, NULL);
    if (dcm_json_write(f, NULL, &ref, &err) == 0) r = json_loadb((const char *)ref.data, ref.len, 0, NULL);
    size_t elements = 0;
    bool ok = r && mine && compare_objects(mine, r, "(built)", 5, &elements, false) == 0 && elements > 3;
    json_decref(r);
    json_decref(mine);
    tess_buf_free(&ref);
    return ok;
}

static void test_values_not_loaded(void) {
    bb b = { 0 };
    bb_meta(&b, true, TS_EXPLICIT_BE);
    bb_uid(&b, EXPL_BE, 0x00080018, SOP);
    bb_str(&b, EXPL_BE, 0x00081030, "LO", "a study description longer than 8 bytes ");
    bb_uid(&b, EXPL_BE, 0x0020000D, STUDY);
    bb_uid(&b, EXPL_BE, 0x0020000E, SERIES);
    bb_hdr(&b, EXPL_BE, 0x00281101, "US", 6);                    /* US or SS: 3 values */
    bb_u16(&b, true, 4096);
    bb_u16(&b, true, 0);
    bb_u16(&b, true, 12);
    bb_hdr(&b, EXPL_BE, 0x00291001, "FD", 16);
    bb_put(&b, "\x3F\xF8\x00\x00\x00\x00\x00\x00\xC0\x04\x00\x00\x00\x00\x00\x00", 16);
    bb_hdr(&b, EXPL_BE, 0x00291002, "OW", 12);
    for (int i = 0; i < 6; i++) bb_u16(&b, true, (uint16_t)(0x0102 * (i + 1)));
    dcm_file *f = read_via_disk(&b);
    CHECK(f != NULL);
    if (f) {
        const dcm_element *e = dcm_dataset_find(&f->ds, 0x00291002);
        CHECK(e && !(e->flags & DCM_EL_LOADED));
        md_instance m;
        tess_error err = { { 0 } };
        CHECK(md_instance_build(f, &m, &err) == 0);
        if (!m.instance) fprintf(stderr, "  %s\n", err.msg);
        else {
            const json_t *d = inst_dicom(&m);
            CHECK(json_is(json_object_get(m.study, "StudyDescription"), "\"a study description longer than 8 bytes\""));
            CHECK(json_is(json_object_get(d, "RedPaletteColorLookupTableDescriptor"), "[4096,0,12]"));
            CHECK(json_is(json_object_get(d, "00291001"), "[1.5,-2.5]"));
            /* OW in little-endian order: 02 01 04 02 06 03 ... */
            CHECK(json_is(json_object_get(d, "00291002"), "\"AgEEAgYDCAQKBQwG\""));
            CHECK(matches_json_write(f, &m));
            md_instance_free(&m);
        }
        dcm_file_free(f);
    }
    bb_free(&b);

    /* an icon with encapsulated pixel data, fragments left on disk */
    bb c = { 0 };
    bb_meta(&c, true, "1.2.840.10008.1.2.4.50");
    uid_el(&c, 0x00080018, SOP);
    uid_el(&c, 0x0020000D, STUDY);
    uid_el(&c, 0x0020000E, SERIES);
    bb icon = { 0 };
    bb_us(&icon, EXPL_LE, 0x00280100, 8);
    bb_hdr(&icon, EXPL_LE, 0x7FE00010, "OB", 0xFFFFFFFFu);
    bb_item(&icon, EXPL_LE, 0);
    bb_item(&icon, EXPL_LE, 12);
    bb_put(&icon, "\xFF\xD8 icon data", 12);
    bb_seq_delim(&icon, EXPL_LE);
    bb_seq_undefined(&c, EXPL_LE, 0x00880200, &icon, 1);
    bb_free(&icon);
    bb_hdr(&c, EXPL_LE, 0x7FE00010, "OB", 0xFFFFFFFFu);
    bb_item(&c, EXPL_LE, 0);
    bb_item(&c, EXPL_LE, 16);
    bb_put(&c, "\xFF\xD8 main frame 1", 16);
    bb_seq_delim(&c, EXPL_LE);
    f = read_via_disk(&c);
    CHECK(f != NULL);
    if (f) {
        const dcm_element *ic = dcm_dataset_find(&f->ds, 0x00880200);
        const dcm_element *px = ic && ic->count ? dcm_dataset_find(&ic->items[0], 0x7FE00010) : NULL;
        CHECK(px && (px->flags & DCM_EL_ENCAPSULATED) && px->count == 2 && px->frags[1].data == NULL);
        md_instance m;
        tess_error err = { { 0 } };
        CHECK(md_instance_build(f, &m, &err) == 0);
        if (!m.instance) fprintf(stderr, "  %s\n", err.msg);
        else {
            static const uint8_t enc[] = { 0xFE, 0xFF, 0x00, 0xE0, 0, 0, 0, 0,
                                           0xFE, 0xFF, 0x00, 0xE0, 12, 0, 0, 0,
                                           0xFF, 0xD8, ' ', 'i', 'c', 'o', 'n', ' ', 'd', 'a', 't', 'a',
                                           0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0 };
            tess_buf want;
            tess_buf_init(&want, -1);
            tess_buf_puts(&want, "[{\"BitsAllocated\":8,\"PixelData\":\"");
            tess_buf_put_base64(&want, enc, sizeof enc);
            tess_buf_puts(&want, "\"}]");
            tess_buf_putc(&want, 0);
            CHECK(json_is(json_object_get(inst_dicom(&m), "IconImageSequence"), (const char *)want.data));
            CHECK(json_is(json_object_get(inst_dicom(&m), "PixelData"), "null"));
            CHECK(json_is(inst_vrs(&m), "{\"7FE00010\":\"OB\"}"));
            CHECK(matches_json_write(f, &m));
            tess_buf_free(&want);
            md_instance_free(&m);
        }
        dcm_file_free(f);
    }
    bb_free(&c);
}

/* ---- the DICOM JSON view ---------------------------------------------------- */

static void view_after(bb *b) {
    bb item = { 0 };
    bb_str(&item, EXPL_LE, 0x00090010, "LO", "ACME");
    bb_el(&item, EXPL_LE, 0x00091001, "UN", "\x01\x02", 2);
    bb_seq_defined(b, EXPL_LE, 0x00081115, &item, 1);
    bb_free(&item);
    bb_str(b, EXPL_LE, 0x00100010, "PN", "Doe^John=\xE5\xB1\xB1\xE7\x94\xB0");
    bb_str(b, EXPL_LE, 0x00100020, "LO", "");
    bb_str(b, EXPL_LE, 0x00200013, "IS", "007");
    bb_us(b, EXPL_LE, 0x00280100, 8);
    bb_us(b, EXPL_LE, 0x00280103, 1);
    bb_el(b, EXPL_LE, 0x00281050, "DS", "+1.50", 5);
    bb_el(b, EXPL_LE, 0x7FE00010, "OB", "\x01\x02", 2);
}
static void view_before(bb *b) { bb_str(b, EXPL_LE, 0x00080005, "CS", "ISO_IR 192"); }

static void test_view_values(void) {
    bb b = { 0 };
    build_file(&b, view_before, NULL, view_after);
    md_instance m;
    if (!build_md(&b, &m)) { CHECK(0); bb_free(&b); return; }
    hook_log h = { .answer = true };
    json_t *v = view_one(&m, &h);
    const char *want =
        "{\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 192\"]},"
        "\"00080018\":{\"vr\":\"UI\",\"Value\":[\"" SOP "\"]},"
        "\"00081115\":{\"vr\":\"SQ\",\"Value\":[{\"00090010\":{\"vr\":\"LO\",\"Value\":[\"ACME\"]},"
        "\"00091001\":{\"vr\":\"UN\",\"InlineBinary\":\"AQI=\"}}]},"
        "\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Doe^John\",\"Ideographic\":\"\\u5c71\\u7530\"}]},"
        "\"00100020\":{\"vr\":\"LO\"},"
        "\"0020000D\":{\"vr\":\"UI\",\"Value\":[\"" STUDY "\"]},"
        "\"0020000E\":{\"vr\":\"UI\",\"Value\":[\"" SERIES "\"]},"
        "\"00200013\":{\"vr\":\"IS\",\"Value\":[7]},"
        "\"00280100\":{\"vr\":\"US\",\"Value\":[8]},"
        "\"00280103\":{\"vr\":\"US\",\"Value\":[1]},"
        "\"00281050\":{\"vr\":\"DS\",\"Value\":[1.50]},"
        "\"7FE00010\":{\"vr\":\"OB\",\"BulkDataURI\":\"https://x/bulk/" SOP "/7FE00010\"}}";
    CHECK(json_is(v, want));
    CHECK_INT(h.calls, 1);
    CHECK_STR(h.path[0], "7FE00010");
    CHECK_STR(h.sop, SOP);
    json_decref(v);
    /* without a URI, the pixel data keeps only its VR */
    h.answer = false;
    v = view_one(&m, &h);
    CHECK(json_is(json_object_get(v, "7FE00010"), "{\"vr\":\"OB\"}"));
    json_decref(v);
    v = view_one(&m, NULL);
    CHECK(json_is(json_object_get(v, "7FE00010"), "{\"vr\":\"OB\"}"));
    json_decref(v);

    /* without DICOMVRs: PixelData by BitsAllocated, "US or SS" by
     * PixelRepresentation, private creators LO, other private UN */
    json_object_clear(json_object_get(m.instance, "DICOMVRs"));
    json_object_set_new((json_t *)inst_dicom(&m), "SmallestImagePixelValue", json_integer(-3));
    v = view_one(&m, NULL);
    CHECK(json_is(json_object_get(v, "7FE00010"), "{\"vr\":\"OB\"}"));
    CHECK(json_is(json_object_get(v, "00280106"), "{\"vr\":\"SS\",\"Value\":[-3]}"));
    CHECK(json_is(json_object_get(v, "00081115"),
                  "{\"vr\":\"SQ\",\"Value\":[{\"00090010\":{\"vr\":\"LO\",\"Value\":[\"ACME\"]},"
                  "\"00091001\":{\"vr\":\"UN\",\"InlineBinary\":\"AQI=\"}}]}"));
    json_decref(v);
    json_object_set_new((json_t *)inst_dicom(&m), "BitsAllocated", json_integer(16));
    json_object_set_new((json_t *)inst_dicom(&m), "PixelRepresentation", json_integer(0));
    v = view_one(&m, NULL);
    CHECK(json_is(json_object_get(v, "7FE00010"), "{\"vr\":\"OW\"}"));
    CHECK(json_is(json_object_get(v, "00280106"), "{\"vr\":\"US\",\"Value\":[-3]}"));
    json_decref(v);
    md_instance_free(&m);
    bb_free(&b);
}

/* Values a user may write through UpdateImageSetMetadata: numbers for IS
 * and DS, arrays with nulls, hex keys of keyword tags. */
static void test_view_lenient_values(void) {
    md_instance m;
    bb b = { 0 };
    build_file(&b, NULL, NULL, NULL);
    if (!build_md(&b, &m)) { CHECK(0); bb_free(&b); return; }
    json_t *d = (json_t *)inst_dicom(&m);
    json_object_set_new(d, "InstanceNumber", json_integer(12));
    json_object_set_new(d, "SliceThickness", json_real(2.5));
    json_object_set_new(d, "ImageType", json_pack("[s,n,s]", "A", "B"));
    json_object_set_new(d, "00280011", json_integer(64));                /* Columns by tag */
    json_object_set_new(d, "ReferencedSOPInstanceUID", json_integer(5)); /* a number as text */
    json_object_set_new(m.patient, "PatientName", json_string("Patient^Level"));
    json_object_set_new(d, "PatientName", json_string("Instance^Level"));   /* the most specific wins */
    json_t *v = view_one(&m, NULL);
    CHECK(json_is(json_object_get(v, "00100010"),
                  "{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Instance^Level\"}]}"));
    CHECK(json_is(json_object_get(v, "00200013"), "{\"vr\":\"IS\",\"Value\":[12]}"));
    CHECK(json_is(json_object_get(v, "00180050"), "{\"vr\":\"DS\",\"Value\":[2.5]}"));
    CHECK(json_is(json_object_get(v, "00080008"), "{\"vr\":\"CS\",\"Value\":[\"A\",null,\"B\"]}"));
    CHECK(json_is(json_object_get(v, "00280011"), "{\"vr\":\"US\",\"Value\":[64]}"));
    CHECK(json_is(json_object_get(v, "00081155"), "{\"vr\":\"UI\",\"Value\":[\"5\"]}"));
    json_decref(v);
    md_instance_free(&m);
    bb_free(&b);
}

/* The levels merge into each instance; instances come in InstanceNumber
 * order (as numbers), those without one last, ties by SOPInstanceUID. */
static void test_view_merge_and_order(void) {
    static const char *const numbers[] = { "10", "9", NULL, "9" };
    static const char *const sops[] = { "1.2.40", "1.2.30", "1.2.20", "1.2.10" };
    md_instance m[4];
    md_instance *ms[4];
    size_t built = 0;
    for (size_t i = 0; i < 4; i++) {
        bb b = { 0 };
        bb_meta(&b, true, TS_EXPLICIT_LE);
        uid_el(&b, 0x00080018, sops[i]);
        bb_str(&b, EXPL_LE, 0x00080060, "CS", "MR");
        bb_str(&b, EXPL_LE, 0x00100010, "PN", "Doe");
        uid_el(&b, 0x0020000D, STUDY);
        uid_el(&b, 0x0020000E, SERIES);
        if (numbers[i]) bb_str(&b, EXPL_LE, 0x00200013, "IS", numbers[i]);
        bool ok = build_md(&b, &m[i]);
        bb_free(&b);
        CHECK(ok);
        if (!ok) break;
        ms[i] = &m[i];
        built++;
    }
    if (built == 4) {
        json_t *doc = doc_of(ms, 4);
        json_t *v = view_of(doc, SERIES, NULL);
        CHECK_INT(json_array_size(v), 4);
        static const char *const order[] = { "1.2.10", "1.2.30", "1.2.40", "1.2.20" };
        for (size_t i = 0; i < 4 && i < json_array_size(v); i++) {
            const json_t *o = json_array_get(v, i);
            json_t *uid = json_array_get(json_object_get(json_object_get(o, "00080018"), "Value"), 0);
            CHECK_STR(json_string_value(uid), order[i]);
            CHECK(json_is(json_object_get(o, "00100010"), "{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Doe\"}]}"));
            CHECK(json_is(json_object_get(o, "00080060"), "{\"vr\":\"CS\",\"Value\":[\"MR\"]}"));
            CHECK(json_is(json_object_get(o, "0020000D"), "{\"vr\":\"UI\",\"Value\":[\"" STUDY "\"]}"));
            CHECK(json_object_get(o, "00020010") == NULL);   /* file meta left out */
        }
        json_decref(v);
        json_decref(doc);
    }
    for (size_t i = 0; i < built; i++) md_instance_free(&m[i]);
}

/* Large binary values are offered to the hook, with their path. */
static void test_view_large_binary(void) {
    size_t big = MD_BULK_MIN_BYTES + 1;
    uint8_t *v = calloc(1, big);
    if (!v) { CHECK(0); return; }
    bb b = { 0 };
    bb_meta(&b, true, TS_EXPLICIT_LE);
    uid_el(&b, 0x00080018, SOP);
    bb item = { 0 };
    bb_str(&item, EXPL_LE, 0x00290010, "LO", "ACME");
    bb_el(&item, EXPL_LE, 0x00291001, "OB", v, (uint32_t)big);
    bb_el(&item, EXPL_LE, 0x00291002, "OB", v, (uint32_t)(big - 1));   /* exactly 1 MiB: inline */
    bb_seq_defined(&b, EXPL_LE, 0x00081115, &item, 1);
    bb_free(&item);
    uid_el(&b, 0x0020000D, STUDY);
    uid_el(&b, 0x0020000E, SERIES);
    md_instance m;
    if (build_md(&b, &m)) {
        hook_log h = { .answer = true };
        json_t *o = view_one(&m, &h);
        CHECK_INT(h.calls, 1);
        CHECK_STR(h.path[0], "00081115/0/00291001");
        json_t *it = json_array_get(json_object_get(json_object_get(o, "00081115"), "Value"), 0);
        CHECK(json_is(json_object_get(json_object_get(it, "00291001"), "BulkDataURI"),
                      "\"https://x/bulk/" SOP "/00081115/0/00291001\""));
        CHECK(json_string_length(json_object_get(json_object_get(it, "00291002"), "InlineBinary")) ==
              (big - 1 + 2) / 3 * 4);
        json_decref(o);
        h = (hook_log){ .answer = false };
        o = view_one(&m, &h);
        it = json_array_get(json_object_get(json_object_get(o, "00081115"), "Value"), 0);
        CHECK(json_string_length(json_object_get(json_object_get(it, "00291001"), "InlineBinary")) ==
              (big + 2) / 3 * 4);
        json_decref(o);
        md_instance_free(&m);
    } else {
        CHECK(0);
    }
    bb_free(&b);
    free(v);
}

static bool view_fails(const json_t *doc, const char *series, const char *part) {
    tess_buf out;
    tess_buf_init(&out, -1);
    tess_buf_puts(&out, "keep");
    tess_error err = { { 0 } };
    int rc = md_series_to_dicomjson(doc, series, NULL, NULL, &out, &err);
    bool ok = rc == -1 && strstr(err.msg, part) && out.len == 4;
    if (!ok) fprintf(stderr, "  rc %d, error \"%s\" (want \"%s\"), %zu bytes left\n", rc, err.msg, part, out.len);
    tess_buf_free(&out);
    return ok;
}

static void test_view_errors(void) {
    bb b = { 0 };
    build_file(&b, NULL, NULL, NULL);
    md_instance m;
    if (!build_md(&b, &m)) { CHECK(0); bb_free(&b); return; }
    md_instance *ms[1] = { &m };
    json_t *doc = doc_of(ms, 1);
    CHECK(view_fails(doc, "9.9.9", "series 9.9.9 is not in the image set"));
    json_t *inst = json_object_get(json_object_get(json_object_get(json_object_get(
        json_object_get(json_object_get(doc, "Study"), "Series"), SERIES), "Instances"), SOP), "DICOM");
    json_object_set_new(inst, "NoSuchKeyword", json_string("x"));
    CHECK(view_fails(doc, SERIES, "unknown attribute key \"NoSuchKeyword\""));
    json_object_del(inst, "NoSuchKeyword");
    json_object_set_new(inst, "Rows", json_string("many"));
    CHECK(view_fails(doc, SERIES, "(0028,0010) Rows: a value that is not a number"));
    json_object_set_new(inst, "Rows", json_integer(1));
    json_object_set_new(inst, "ReferencedSeriesSequence", json_string("x"));
    CHECK(view_fails(doc, SERIES, "a sequence that is not an array"));
    json_object_del(inst, "ReferencedSeriesSequence");
    json_t *vrs = json_object_get(json_object_get(json_object_get(json_object_get(
        json_object_get(json_object_get(doc, "Study"), "Series"), SERIES), "Instances"), SOP), "DICOMVRs");
    json_object_set_new(vrs, "00280010", json_string("ZZ"));
    CHECK(view_fails(doc, SERIES, "DICOMVRs names an unknown VR"));
    json_object_del(vrs, "00280010");
    /* sequences nested deeper than a document may be */
    json_t *deep = json_pack("[{}]");
    for (int i = 0; i < 200; i++) deep = json_pack("[{s:o}]", "ReferencedSeriesSequence", deep);
    json_object_set_new(inst, "ReferencedSeriesSequence", deep);
    CHECK(view_fails(doc, SERIES, "sequences nested too deeply"));
    json_object_del(inst, "ReferencedSeriesSequence");
    json_object_del(doc, "Patient");
    CHECK(view_fails(doc, SERIES, "malformed metadata document"));
    json_decref(doc);
    md_instance_free(&m);
    bb_free(&b);
}

/* ---- the differential test on the corpus --------------------------------- */

/* Differences the test accepts, each with its reason. Elements are named
 * by tag; `hits` counts how often each was used. */
typedef struct exception {
    uint32_t tag;
    const char *reason;
    size_t hits;
} exception;

static exception exceptions[] = {
    /* the pixel data: dcm_json_write inlines it, the view gives the hook's
     * BulkDataURI (none here): only the VR is compared */
    { DCM_TAG_PIXEL_DATA, "pixel data lives in ImageFrames: VR compared only", 0 },
    { DCM_TAG(0x7FE0, 0x0008), "float pixel data lives in ImageFrames: VR compared only", 0 },
    { DCM_TAG(0x7FE0, 0x0009), "double float pixel data lives in ImageFrames: VR compared only", 0 },
};

static exception *exception_for(uint32_t tag) {
    for (size_t i = 0; i < sizeof exceptions / sizeof exceptions[0]; i++)
        if (exceptions[i].tag == tag) return &exceptions[i];
    return NULL;
}

typedef struct diff_stats {
    size_t files, unreadable, no_uids, compared_files, elements, differences, mutations_caught,
        mutations_tried;
} diff_stats;

/* Compare the view of one instance with dcm_json_write's object for the
 * same file; returns the number of differing elements (printing up to
 * `verbose` of them). */
static size_t compare_objects(const json_t *mine, const json_t *ref, const char *file, int verbose,
                              size_t *elements, bool count_exceptions) {
    size_t diffs = 0;
    const char *key;
    json_t *r;
    json_object_foreach((json_t *)ref, key, r) {
        uint32_t tag = (uint32_t)strtoul(key, NULL, 16);
        const json_t *m = json_object_get(mine, key);
        (*elements)++;
        exception *x = exception_for(tag);
        bool same;
        if (x && m) {
            same = json_equal(json_object_get(m, "vr"), json_object_get(r, "vr"));
            if (same && count_exceptions) x->hits++;
        } else {
            same = m && json_equal(m, r);
        }
        if (!same) {
            if (diffs < (size_t)verbose) {
                char *a = m ? json_dumps(m, JSON_COMPACT) : NULL;
                char *b = json_dumps(r, JSON_COMPACT);
                fprintf(stderr, "  %s: %s differs\n    view:  %.300s\n    write: %.300s\n", file, key,
                        a ? a : "(absent)", b ? b : "?");
                free(a);
                free(b);
            }
            diffs++;
        }
    }
    json_object_foreach((json_t *)mine, key, r) {
        if (json_object_get(ref, key)) continue;
        if (diffs < (size_t)verbose) fprintf(stderr, "  %s: %s only in the view\n", file, key);
        diffs++;
    }
    return diffs;
}

/* Change one value of the instance so that its view must differ: the
 * first attribute (in document order) whose value is a string, a number
 * or an array, skipping the pixel data. Returns false if none. */
static bool mutate_one(json_t *obj, int which) {
    const char *key;
    json_t *v;
    void *tmp;
    json_object_foreach_safe(obj, tmp, key, v) {
        const dcm_dict_entry *e = dcm_dict_by_keyword(key);
        if (!strcmp(key, "PixelData") || !strcmp(key, "FloatPixelData") ||
            !strcmp(key, "DoubleFloatPixelData") || (e && DCM_GROUP(e->tag) == 0x0002))
            continue;   /* not compared, or not in DICOM JSON */
        if (which == 0 && json_is_string(v)) {
            char buf[64];
            snprintf(buf, sizeof buf, "%.40sX", json_string_value(v));
            json_object_set_new(obj, key, json_string(buf));
            return true;
        }
        if (which == 1 && json_is_integer(v)) {
            json_object_set_new(obj, key, json_integer(json_integer_value(v) + 1));
            return true;
        }
        if (which == 2 && json_is_array(v) && json_array_size(v) > 0) {
            json_array_remove(v, json_array_size(v) - 1);
            return true;
        }
        if (which == 3) {   /* an attribute dropped */
            json_object_del(obj, key);
            return true;
        }
    }
    return false;
}

/* Give f the UIDs md_instance_build requires, where it lacks them (an
 * element added to the data set both writers then see). */
static int add_missing_uids(dcm_file *f) {
    static const uint32_t tags[] = { 0x00080018, 0x0020000D, 0x0020000E };
    static const char *const uids[] = { "1.2.826.0.1.3680043.8.498.91", "1.2.826.0.1.3680043.8.498.92",
                                        "1.2.826.0.1.3680043.8.498.93" };
    for (size_t i = 0; i < 3; i++) {
        dcm_element *old = dcm_dataset_find(&f->ds, tags[i]);
        size_t n;
        if (old && dcm_string_value(old, 0, &n) && n) continue;
        dcm_element e;
        memset(&e, 0, sizeof e);
        e.tag = tags[i];
        e.vr = DCM_VR_UI;
        e.flags = DCM_EL_LOADED;
        e.length = (uint32_t)strlen(uids[i]);
        e.value = (uint8_t *)arena_memdup(&f->arena, uids[i], e.length);
        if (!e.value) return -1;
        if (old) { *old = e; continue; }
        bool dup;
        tess_error err;
        if (!dcm_dataset_add(&f->ds, &f->arena, &e, &dup, &err)) return -1;
    }
    return 0;
}

static void test_corpus_differential(void) {
    const char *root = getenv("TESSERA_TESTDATA");
    if (!root || !*root) root = ".testdata";
    file_list corpus = { 0 };
    walk(root, &corpus, 0);
    if (corpus.n < 150) {
        fprintf(stderr, "metadoc: test data missing under %s (%s); run scripts/fetch-testdata.sh\n", root,
                strerror(errno));
        CHECK(corpus.n >= 150);
    }
    qsort(corpus.v, corpus.n, sizeof *corpus.v, cmp_str);
    diff_stats st = { 0 };
    size_t mutation_elements = 0;
    for (size_t k = 0; k < corpus.n; k++) {
        const char *path = corpus.v[k];
        st.files++;
        dcm_file *f = NULL;
        tess_error err = { { 0 } };
        /* default options: large values stay on disk and are read on demand */
        if (dcm_read_path(path, NULL, &f, &err) != 0) {
            st.unreadable++;
            continue;
        }
        md_instance m;
        if (md_instance_build(f, &m, &err) != 0) {
            /* only the missing-UID error is acceptable; such files (DICOMDIRs,
             * fragments of objects) get the missing UIDs and are compared too */
            bool uid_missing = strstr(err.msg, "does not exist") != NULL;
            if (!uid_missing) fprintf(stderr, "  %s: md_instance_build: %s\n", path, err.msg);
            CHECK(uid_missing);
            st.no_uids++;
            if (!uid_missing || add_missing_uids(f) != 0 || md_instance_build(f, &m, &err) != 0) {
                fprintf(stderr, "  %s: cannot complete the UIDs: %s\n", path, err.msg);
                CHECK(0);
                dcm_file_free(f);
                continue;
            }
        }
        tess_buf ref;
        tess_buf_init(&ref, -1);
        int rc = dcm_json_write(f, NULL, &ref, &err);
        CHECK(rc == 0);
        json_error_t je;
        json_t *r = rc == 0 ? json_loadb((const char *)ref.data, ref.len, 0, &je) : NULL;
        json_t *mine = view_one(&m, NULL);
        CHECK(r && mine);
        if (r && mine) {
            st.compared_files++;
            size_t d = compare_objects(mine, r, path, 5, &st.elements, true);
            st.differences += d;
            CHECK_INT(d, 0);
            /* the comparison must notice a wrong document */
            for (int which = 0; which < 4; which++) {
                md_instance copy = m;
                copy.instance = json_deep_copy(m.instance);
                if (!mutate_one(json_object_get(copy.instance, "DICOM"), which)) {
                    json_decref(copy.instance);
                    continue;
                }
                st.mutations_tried++;
                json_t *bad = view_one(&copy, NULL);
                if (bad && compare_objects(bad, r, path, 0, &mutation_elements, false) > 0)
                    st.mutations_caught++;
                else
                    fprintf(stderr, "  %s: mutation %d not detected\n", path, which);
                json_decref(bad);
                json_decref(copy.instance);
            }
        }
        json_decref(r);
        json_decref(mine);
        md_instance_free(&m);
        tess_buf_free(&ref);
        dcm_file_free(f);
    }
    printf("metadoc: %zu files, %zu unreadable, %zu without the required UIDs (added); %zu compared, "
           "%zu elements, %zu differences\n", st.files, st.unreadable, st.no_uids, st.compared_files,
           st.elements, st.differences);
    for (size_t i = 0; i < sizeof exceptions / sizeof exceptions[0]; i++)
        printf("metadoc: exception (%04X,%04X) used %zu times: %s\n", DCM_GROUP(exceptions[i].tag),
               DCM_ELEM(exceptions[i].tag), exceptions[i].hits, exceptions[i].reason);
    printf("metadoc: %zu of %zu mutated documents caught\n", st.mutations_caught, st.mutations_tried);
    CHECK(st.compared_files >= 150);
    CHECK_INT(st.compared_files + st.unreadable, st.files);
    CHECK(st.elements > 10000);
    CHECK_INT(st.differences, 0);
    CHECK(st.mutations_tried >= 3 * st.compared_files);
    CHECK_INT(st.mutations_caught, st.mutations_tried);
    CHECK(exceptions[0].hits >= 100);
    for (size_t k = 0; k < corpus.n; k++) free(corpus.v[k]);
    free(corpus.v);
}

int main(void) {
    RUN(test_levels);
    RUN(test_private_and_unknown_keys);
    RUN(test_vr_other_than_dictionary);
    RUN(test_keywords_invert);
    RUN(test_value_encodings);
    RUN(test_multi_valued);
    RUN(test_empty_values);
    RUN(test_sequences);
    RUN(test_charsets);
    RUN(test_missing_uids);
    RUN(test_value_limit);
    RUN(test_values_not_loaded);
    RUN(test_view_values);
    RUN(test_view_lenient_values);
    RUN(test_view_merge_and_order);
    RUN(test_view_large_binary);
    RUN(test_view_errors);
    RUN(test_corpus_differential);
    return harness_done("metadoc");
}
