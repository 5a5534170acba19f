/*
 * test_docedit.c - unit tests for the UpdateImageSetMetadata and
 * CopyImageSet document rules (src/imageset/docedit.c).
 *
 * Documents are built in code (make_doc: one or two series of instances
 * with DICOM, DICOMVRs and ImageFrames). Every accepted edit is compared
 * with the exact expected document (json_equal), built by applying the
 * expected change to a fresh document by hand; every rejected edit must
 * leave the document exactly as it was and the ise_change empty. Rules that
 * need force are run twice: rejected without force, applied with it.
 *
 * Fragments are written with single quotes, turned into JSON by J().
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "imageset/docedit.h"
#include "util/buf.h"

#define DSID "0123456789abcdef0123456789abcdef"
#define ISID "fedcba9876543210fedcba9876543210"
#define STUDY "1.2.826.0.1.3680043.8.1"
#define SE1 "1.2.826.0.1.3680043.8.1.1"
#define SE2 "1.2.826.0.1.3680043.8.1.2"
#define SOP1 "1.2.826.0.1.3680043.8.1.1.1"
#define SOP2 "1.2.826.0.1.3680043.8.1.1.2"
#define SOP3 "1.2.826.0.1.3680043.8.1.1.3"
#define SOP4 "1.2.826.0.1.3680043.8.1.2.4"
#define SOP5 "1.2.826.0.1.3680043.8.1.2.5"
#define NEWUID "1.2.826.0.1.3680043.8.9"

#define P_PAT "Patient/DICOM"
#define P_STU "Study/DICOM"
#define P_SER1 "Study/Series/" SE1
#define P_INST1 P_SER1 "/Instances/" SOP1

/* ---- helpers ---------------------------------------------------------- */

/* JSON from text with ' for " (NULL text: NULL). */
static json_t *J(const char *text) {
    if (!text) return NULL;
    char *s = strdup(text);
    for (char *p = s; *p; p++)
        if (*p == '\'') *p = '"';
    json_error_t e;
    json_t *j = json_loads(s, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &e);
    if (!j) {
        fprintf(stderr, "  bad test JSON (%s): %s\n", e.text, s);
        harness_checks_failed++;
    }
    free(s);
    return j;
}

/* The object at a '/'-separated path of object keys. */
static json_t *at(json_t *doc, const char *path) {
    char *p = strdup(path), *save = NULL;
    json_t *cur = doc;
    for (char *k = strtok_r(p, "/", &save); k && cur; k = strtok_r(NULL, "/", &save))
        cur = json_object_get(cur, k);
    free(p);
    if (!cur) {
        fprintf(stderr, "  test path not found: %s\n", path);
        harness_checks_failed++;
    }
    return cur;
}

static json_t *make_instance(const char *sop, int n) {
    char frame[33], num[16];
    snprintf(frame, sizeof frame, "%032x", (unsigned)n);
    snprintf(num, sizeof num, "%d", n);
    return json_pack("{s:{s:s, s:s, s:s, s:i, s:i, s:n, s:[ss], s:s, s:s}, s:{s:s, s:s},"
                     " s:[{s:s, s:[{s:i, s:i, s:i}], s:i, s:i, s:i}]}",
                     "DICOM", "SOPClassUID", "1.2.840.10008.5.1.4.1.1.2", "SOPInstanceUID", sop,
                     "InstanceNumber", num, "Rows", 4, "Columns", 4, "PixelData", "ImageType",
                     "ORIGINAL", "PRIMARY", "00090010", "ACME", "00091001", "AQA=",
                     "DICOMVRs", "00090010", "LO", "00091001", "UN",
                     "ImageFrames", "ID", frame, "PixelDataChecksumFromBaseToFullResolution",
                     "Width", 4, "Height", 4, "Checksum", 1000 + n, "MinPixelValue", 0,
                     "MaxPixelValue", 255, "FrameSizeInBytes", 32);
}

static json_t *make_series(const char *uid, const char *number) {
    return json_pack("{s:{s:s, s:s, s:s}, s:{}}", "DICOM", "SeriesInstanceUID", uid, "Modality",
                     "CT", "SeriesNumber", number, "Instances");
}

/* A document with series SE1 (SOP1..SOP3) and, with nseries 2, SE2
 * (SOP4, SOP5). */
static json_t *make_doc(int nseries) {
    json_t *doc = json_pack("{s:s, s:s, s:s, s:{s:{s:s, s:s, s:n}},"
                            " s:{s:{s:s, s:s, s:s, s:s, s:s, s:s}, s:{}}}",
                            "SchemaVersion", "1.1", "DatastoreID", DSID, "ImageSetID", ISID,
                            "Patient", "DICOM", "PatientName", "DOE^JOHN", "PatientID", "P1",
                            "PatientBirthDate",
                            "Study", "DICOM", "StudyInstanceUID", STUDY, "StudyDate", "20240101",
                            "StudyTime", "083000", "StudyID", "S1", "StudyDescription", "CHEST",
                            "AccessionNumber", "A1", "Series");
    json_t *series = json_object_get(json_object_get(doc, "Study"), "Series");
    json_t *s1 = make_series(SE1, "1");
    json_object_set_new(series, SE1, s1);
    json_t *i1 = json_object_get(s1, "Instances");
    json_object_set_new(i1, SOP1, make_instance(SOP1, 1));
    json_object_set_new(i1, SOP2, make_instance(SOP2, 2));
    json_object_set_new(i1, SOP3, make_instance(SOP3, 3));
    if (nseries == 2) {
        json_t *s2 = make_series(SE2, "2");
        json_object_set_new(series, SE2, s2);
        json_t *i2 = json_object_get(s2, "Instances");
        json_object_set_new(i2, SOP4, make_instance(SOP4, 4));
        json_object_set_new(i2, SOP5, make_instance(SOP5, 5));
    }
    return doc;
}

static int run_update(json_t *doc, const char *u, const char *r, bool force, ise_change *chg,
                      tess_error *err) {
    json_t *uj = J(u), *rj = J(r);
    int rc = ise_doc_update(doc, uj, rj, force, chg, err);
    json_decref(uj);
    json_decref(rj);
    return rc;
}

static bool change_empty(const ise_change *c) {
    return c->nadded == 0 && c->nremoved == 0 && !c->added_sops && !c->removed_sops &&
           !c->study_keys_changed && !c->forced_used;
}

static void show_doc(const char *label, const json_t *doc) {
    char *s = json_dumps(doc, JSON_COMPACT | JSON_SORT_KEYS);
    fprintf(stderr, "  %s: %.3000s\n", label, s ? s : "(null)");
    free(s);
}

static bool contains(const char *msg, const char *want) {
    if (strstr(msg, want)) return true;
    fprintf(stderr, "  message: %s\n  wanted:  %s\n", msg, want);
    return false;
}

/* The update must fail with "<prefix>..." containing want and leave the
 * document and the change untouched. */
static void reject_as(int line, const char *prefix, int nseries, const char *u, const char *r,
                      bool force, const char *want) {
    int before = harness_checks_failed;
    json_t *doc = make_doc(nseries), *orig = make_doc(nseries);
    ise_change chg;
    memset(&chg, 0, sizeof chg);
    chg.forced_used = true;   /* must be reset */
    tess_error err = { { 0 } };
    CHECK_INT(run_update(doc, u, r, force, &chg, &err), -1);
    CHECK(strncmp(err.msg, prefix, strlen(prefix)) == 0);
    CHECK(contains(err.msg, want));
    CHECK(json_equal(doc, orig));
    CHECK(change_empty(&chg));
    json_decref(doc);
    json_decref(orig);
    if (harness_checks_failed != before) fprintf(stderr, "  (from line %d)\n", line);
}
#define REJECT(...) reject_as(__LINE__, "ValidationException: ", __VA_ARGS__)

/* Accepted without force: doc becomes exp, forced_used false. The change
 * goes to *out if not NULL (caller frees), else is checked empty of SOPs. */
static void accept_at(int line, int nseries, const char *u, const char *r, bool force,
                      json_t *exp, bool want_forced, ise_change *out) {
    int before = harness_checks_failed;
    json_t *doc = make_doc(nseries);
    ise_change chg;
    tess_error err = { { 0 } };
    int rc = run_update(doc, u, r, force, &chg, &err);
    CHECK_INT(rc, 0);
    if (rc != 0) fprintf(stderr, "  error: %s\n", err.msg);
    CHECK(json_equal(doc, exp));
    if (!json_equal(doc, exp)) { show_doc("got ", doc); show_doc("want", exp); }
    CHECK(chg.forced_used == want_forced);
    if (out) *out = chg;
    else {
        CHECK_INT(chg.nadded, 0);
        CHECK_INT(chg.nremoved, 0);
        ise_change_free(&chg);
    }
    json_decref(doc);
    json_decref(exp);
    if (harness_checks_failed != before) fprintf(stderr, "  (from line %d)\n", line);
}
#define ACCEPT(nseries, u, r, exp) accept_at(__LINE__, nseries, u, r, false, exp, false, NULL)

/* Needs force: rejected without it (message names `want` and says
 * "requires force=true"), applied with it (doc == exp, forced_used). */
static void forced_at(int line, int nseries, const char *u, const char *r, const char *want,
                      json_t *exp, ise_change *out) {
    reject_as(line, "ValidationException: ", nseries, u, r, false, "requires force=true");
    reject_as(line, "ValidationException: ", nseries, u, r, false, want);
    accept_at(line, nseries, u, r, true, exp, true, out);
}
#define FORCED(nseries, u, r, want, exp) forced_at(__LINE__, nseries, u, r, want, exp, NULL)

static bool has_sop(char (*list)[65], size_t n, const char *sop) {
    for (size_t i = 0; i < n; i++)
        if (strcmp(list[i], sop) == 0) return true;
    return false;
}

static size_t doc_count(const json_t *doc);

/* ---- fragments and members -------------------------------------------- */

static void test_update_patient_attribute(void) {
    json_t *exp = make_doc(1);
    json_object_set_new(at(exp, P_PAT), "PatientName", json_string("MX^MX"));
    ise_change chg;
    accept_at(__LINE__, 1, "{'SchemaVersion':1.1,'Patient':{'DICOM':{'PatientName':'MX^MX'}}}",
              NULL, false, exp, false, &chg);
    CHECK(chg.study_keys_changed);
    CHECK_INT(chg.nadded, 0);
    CHECK_INT(chg.nremoved, 0);
    ise_change_free(&chg);
    CHECK(chg.added_sops == NULL && chg.nadded == 0);
}

static void test_update_instance_attribute(void) {
    json_t *exp = make_doc(1);
    json_object_set_new(at(exp, P_INST1 "/DICOM"), "InstanceNumber", json_string("7"));
    json_object_set_new(at(exp, P_INST1 "/DICOM"), "ImageComments", json_string("hello"));
    ise_change chg;
    accept_at(__LINE__, 1,
              "{'SchemaVersion':'1.1','Study':{'Series':{'" SE1 "':{'Instances':{'" SOP1 "':"
              "{'DICOM':{'InstanceNumber':'7','ImageComments':'hello'}}}}}}}",
              NULL, false, exp, false, &chg);
    CHECK(!chg.study_keys_changed);
    ise_change_free(&chg);
}

static void test_update_study_and_series_attributes(void) {
    json_t *exp = make_doc(1);
    json_object_set_new(at(exp, P_STU), "StudyDescription", json_string("HEAD"));
    json_object_set_new(at(exp, P_SER1 "/DICOM"), "SeriesDescription", json_string("AXIAL"));
    ise_change chg;
    accept_at(__LINE__, 1,
              "{'SchemaVersion':1.1,'Study':{'DICOM':{'StudyDescription':'HEAD'},"
              "'Series':{'" SE1 "':{'DICOM':{'SeriesDescription':'AXIAL'}}}}}",
              NULL, false, exp, false, &chg);
    CHECK(chg.study_keys_changed);
    ise_change_free(&chg);
}

static void test_same_value_is_still_accepted(void) {
    /* study_keys_changed only when something really changed */
    ise_change chg;
    accept_at(__LINE__, 1, "{'SchemaVersion':1.1,'Patient':{'DICOM':{'PatientName':'DOE^JOHN'}}}",
              NULL, false, make_doc(1), false, &chg);
    CHECK(!chg.study_keys_changed);
    ise_change_free(&chg);
    accept_at(__LINE__, 1, "{'SchemaVersion':1.1}", NULL, false, make_doc(1), false, NULL);
}

static void test_schema_version(void) {
    REJECT(1, "{'Patient':{'DICOM':{'PatientName':'X'}}}", NULL, true, "SchemaVersion is required");
    REJECT(1, "{'SchemaVersion':1.2}", NULL, true, "SchemaVersion must be 1.1");
    REJECT(1, "{'SchemaVersion':'1.10'}", NULL, true, "SchemaVersion must be 1.1");
    REJECT(1, "{'SchemaVersion':1}", NULL, true, "SchemaVersion must be 1.1");
    REJECT(1, NULL, "{'Study':{'DICOM':{'StudyDescription':null}}}", true,
           "removableAttributes: SchemaVersion is required");
    json_t *exp = make_doc(1);
    json_object_set_new(at(exp, P_PAT), "PatientID", json_string("P2"));
    ACCEPT(1, "{'SchemaVersion':'1.1','Patient':{'DICOM':{'PatientID':'P2'}}}", NULL, exp);
}

static void test_members(void) {
    REJECT(1, "{'SchemaVersion':1.1,'Foo':{}}", NULL, true, "unknown member \"Foo\"");
    REJECT(1, "{'SchemaVersion':1.1,'DatastoreID':'" DSID "'}", NULL, true,
           "DatastoreID is generated by the service");
    REJECT(1, "{'SchemaVersion':1.1,'ImageSetID':'x'}", NULL, true, "ImageSetID is generated");
    REJECT(1, "{'SchemaVersion':1.1,'Patient':{'Series':{}}}", NULL, true,
           "unknown member \"Series\" in Patient");
    REJECT(1, "{'SchemaVersion':1.1,'Patient':{'DICOM':[]}}", NULL, true,
           "Patient.DICOM must be a JSON object");
    REJECT(1, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'Foo':1}}}}", NULL, true,
           "unknown member \"Foo\" in series " SE1);
    REJECT(1, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'Instances':{'" SOP1 "':"
           "{'ImageFrames':[]}}}}}}", NULL, true, "ImageFrames is generated by the service");
    REJECT(1, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'Instances':{'" SOP1 "':"
           "{'StoredTransferSyntaxUID':'1.2'}}}}}}", NULL, true, "StoredTransferSyntaxUID is generated");
    REJECT(1, "[1]", NULL, true, "updatableAttributes must be a JSON object");
    REJECT(1, NULL, NULL, true, "needs updatableAttributes or removableAttributes");
}

static void test_generated_keys(void) {
    static const char *const keys[] = {
        "PixelData", "ImageFrames", "Checksum", "Width", "Height", "MinPixelValue",
        "MaxPixelValue", "FrameSizeInBytes", "StoredTransferSyntaxUID", "SchemaVersion",
        "DatastoreID", "ImageSetID",
    };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        char frag[512], want[128];
        snprintf(frag, sizeof frag, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':"
                 "{'Instances':{'" SOP1 "':{'DICOM':{'%s':null}}}}}}}", keys[i]);
        snprintf(want, sizeof want, "%s is generated by the service", keys[i]);
        REJECT(1, frag, NULL, true, want);
        REJECT(1, NULL, frag, true, want);
    }
    REJECT(1, "{'SchemaVersion':1.1,'Patient':{'DICOM':{'Checksum':1}}}", NULL, true,
           "Checksum is generated");
}

/* ---- levels, keys, presence ------------------------------------------- */

static void test_wrong_level(void) {
    REJECT(1, "{'SchemaVersion':1.1,'Study':{'DICOM':{'PatientName':'X'}}}", NULL, true,
           "PatientName is a Patient-level attribute and cannot be updated at Study.DICOM");
    REJECT(1, "{'SchemaVersion':1.1,'Patient':{'DICOM':{'StudyDescription':'X'}}}", NULL, true,
           "StudyDescription is a Study-level attribute");
    REJECT(1, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'DICOM':{'Rows':4}}}}}", NULL,
           true, "Rows is a Instance-level attribute and cannot be updated at series " SE1);
    REJECT(1, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'Instances':{'" SOP1 "':"
           "{'DICOM':{'Modality':'MR'}}}}}}}", NULL, true,
           "Modality is a Series-level attribute and cannot be updated at instance " SOP1);
    REJECT(1, NULL, "{'SchemaVersion':1.1,'Study':{'DICOM':{'PatientID':null}}}", true,
           "PatientID is a Patient-level attribute and cannot be removed at Study.DICOM");
    /* private tags belong to instances */
    REJECT(1, "{'SchemaVersion':1.1,'Patient':{'DICOM':{'00191001':'x'}}}", NULL, true,
           "00191001 is a Instance-level attribute");
}

static void test_tag_keys(void) {
    REJECT(1, "{'SchemaVersion':1.1,'Patient':{'DICOM':{'00100010':'X'}}}", NULL, true,
           "name this attribute by its keyword PatientName");
    REJECT(1, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'Instances':{'" SOP1 "':"
           "{'DICOM':{'0009100a':'x'},'DICOMVRs':{'0009100a':'LO'}}}}}}}", NULL, true,
           "write tags as 8 uppercase hex digits");
}

static void test_non_standard_attribute(void) {
    json_t *exp = make_doc(1);
    json_object_set_new(at(exp, P_INST1 "/DICOM"), "MyOwnThing", json_integer(5));
    FORCED(1, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'Instances':{'" SOP1 "':"
           "{'DICOM':{'MyOwnThing':5}}}}}}}", NULL, "non-standard attribute MyOwnThing", exp);
    /* at the level given */
    exp = make_doc(1);
    json_object_set_new(at(exp, P_PAT), "PatientFavouriteColour", json_string("blue"));
    FORCED(1, "{'SchemaVersion':1.1,'Patient':{'DICOM':{'PatientFavouriteColour':'blue'}}}",
           NULL, "non-standard attribute PatientFavouriteColour", exp);
}

static void test_missing_series_or_instance(void) {
    REJECT(1, "{'SchemaVersion':1.1,'Study':{'Series':{'" NEWUID "':{'DICOM':"
           "{'SeriesDescription':'X'}}}}}", NULL, true, "series " NEWUID " is not in the image set");
    REJECT(1, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'Instances':{'" NEWUID "':"
           "{'DICOM':{'InstanceNumber':'1'}}}}}}}", NULL, true,
           "instance " NEWUID " is not in series " SE1);
    /* SOP4 exists, but in SE2 */
    REJECT(2, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'Instances':{'" SOP4 "':"
           "{'DICOM':{'InstanceNumber':'1'}}}}}}}", NULL, true, "instance " SOP4 " is not in series");
    REJECT(1, NULL, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'Instances':{'" NEWUID
           "':{}}}}}}", true, "instance " NEWUID " is not in series");
}

/* ---- force: identifiers --------------------------------------------------- */

static void test_study_instance_uid(void) {
    json_t *exp = make_doc(1);
    json_object_set_new(at(exp, P_STU), "StudyInstanceUID", json_string(NEWUID));
    ise_change chg;
    forced_at(__LINE__, 1, "{'SchemaVersion':1.1,'Study':{'DICOM':{'StudyInstanceUID':'" NEWUID "'}}}",
              NULL, "changing StudyInstanceUID", exp, &chg);
    CHECK(chg.study_keys_changed);
    CHECK_INT(chg.nadded + chg.nremoved, 0);
    ise_change_free(&chg);
    /* the same value is not a change */
    ACCEPT(1, "{'SchemaVersion':1.1,'Study':{'DICOM':{'StudyInstanceUID':'" STUDY "'}}}", NULL,
           make_doc(1));
    /* never a malformed UID, never removed */
    REJECT(1, "{'SchemaVersion':1.1,'Study':{'DICOM':{'StudyInstanceUID':'1.2.x'}}}", NULL, true,
           "StudyInstanceUID at Study.DICOM must be a UID");
    REJECT(1, "{'SchemaVersion':1.1,'Study':{'DICOM':{'StudyInstanceUID':null}}}", NULL, true,
           "must be a UID");
    REJECT(1, NULL, "{'SchemaVersion':1.1,'Study':{'DICOM':{'StudyInstanceUID':null}}}", true,
           "StudyInstanceUID cannot be removed");
}

static void test_series_instance_uid_renames_series(void) {
    json_t *exp = make_doc(1);
    json_t *map = at(exp, "Study/Series");
    json_t *se = json_incref(json_object_get(map, SE1));
    json_object_del(map, SE1);
    json_object_set_new(json_object_get(se, "DICOM"), "SeriesInstanceUID", json_string(NEWUID));
    json_object_set_new(map, NEWUID, se);
    ise_change chg;
    forced_at(__LINE__, 1, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'DICOM':"
              "{'SeriesInstanceUID':'" NEWUID "'}}}}}", NULL, "changing SeriesInstanceUID", exp, &chg);
    CHECK(chg.study_keys_changed);
    CHECK_INT(chg.nadded + chg.nremoved, 0);
    ise_change_free(&chg);
    /* onto another series of the document: refused even with force */
    REJECT(2, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'DICOM':"
           "{'SeriesInstanceUID':'" SE2 "'}}}}}", NULL, true, "SeriesInstanceUID " SE2
           " is already a series");
    ACCEPT(1, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'DICOM':"
           "{'SeriesInstanceUID':'" SE1 "'}}}}}", NULL, make_doc(1));
}

static void test_sop_instance_uid_renames_instance(void) {
    json_t *exp = make_doc(1);
    json_t *insts = at(exp, P_SER1 "/Instances");
    json_t *inst = json_incref(json_object_get(insts, SOP1));
    json_object_del(insts, SOP1);
    json_object_set_new(json_object_get(inst, "DICOM"), "SOPInstanceUID", json_string(NEWUID));
    json_object_set_new(insts, NEWUID, inst);
    ise_change chg;
    forced_at(__LINE__, 1, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'Instances':{'"
              SOP1 "':{'DICOM':{'SOPInstanceUID':'" NEWUID "'}}}}}}}", NULL,
              "changing SOPInstanceUID", exp, &chg);
    CHECK_INT(chg.nremoved, 1);
    CHECK_INT(chg.nadded, 1);
    if (chg.nremoved == 1 && chg.nadded == 1) {
        CHECK_STR(chg.removed_sops[0], SOP1);
        CHECK_STR(chg.added_sops[0], NEWUID);
    }
    CHECK(!chg.study_keys_changed);
    ise_change_free(&chg);
    /* a SOP UID used by another instance, even of another series */
    REJECT(2, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'Instances':{'" SOP1 "':"
           "{'DICOM':{'SOPInstanceUID':'" SOP4 "'}}}}}}}", NULL, true,
           "SOPInstanceUID " SOP4 " is already an instance");
    REJECT(1, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'Instances':{'" SOP1 "':"
           "{'DICOM':{'SOPInstanceUID':'abc'}}}}}}}", NULL, true, "must be a UID");
    REJECT(1, NULL, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'Instances':{'" SOP1 "':"
           "{'DICOM':{'SOPInstanceUID':null}}}}}}}", true, "SOPInstanceUID cannot be removed");
}

static void test_removable_sees_renamed_instance(void) {
    json_t *exp = make_doc(1);
    json_t *insts = at(exp, P_SER1 "/Instances");
    json_t *inst = json_incref(json_object_get(insts, SOP1));
    json_object_del(insts, SOP1);
    json_object_set_new(json_object_get(inst, "DICOM"), "SOPInstanceUID", json_string(NEWUID));
    json_object_del(json_object_get(inst, "DICOM"), "InstanceNumber");
    json_object_set_new(insts, NEWUID, inst);
    ise_change chg;
    accept_at(__LINE__, 1, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'Instances':{'"
              SOP1 "':{'DICOM':{'SOPInstanceUID':'" NEWUID "'}}}}}}}",
              "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'Instances':{'" NEWUID "':"
              "{'DICOM':{'InstanceNumber':null}}}}}}}", true, exp, true, &chg);
    CHECK_INT(chg.nremoved, 1);
    CHECK_INT(chg.nadded, 1);
    if (chg.nadded == 1) CHECK_STR(chg.added_sops[0], NEWUID);
    ise_change_free(&chg);
}

static void test_study_id(void) {
    json_t *exp = make_doc(1);
    json_object_set_new(at(exp, P_STU), "StudyID", json_string("S2"));
    FORCED(1, "{'SchemaVersion':1.1,'Study':{'DICOM':{'StudyID':'S2'}}}", NULL, "changing StudyID",
           exp);
    ACCEPT(1, "{'SchemaVersion':1.1,'Study':{'DICOM':{'StudyID':'S1'}}}", NULL, make_doc(1));
    exp = make_doc(1);
    json_object_del(at(exp, P_STU), "StudyID");
    FORCED(1, NULL, "{'SchemaVersion':1.1,'Study':{'DICOM':{'StudyID':null}}}", "changing StudyID",
           exp);
}

/* ---- force: private tags, SQ, multi-valued, VR ------------------------ */

#define INST1_FRAG(dicom) "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'Instances':{'" \
    SOP1 "':" dicom "}}}}}"

static void test_private_tags(void) {
    /* update an existing one: VR from the document */
    json_t *exp = make_doc(1);
    json_object_set_new(at(exp, P_INST1 "/DICOM"), "00091001", json_string("AAE="));
    FORCED(1, INST1_FRAG("{'DICOM':{'00091001':'AAE='}}"), NULL, "private or unknown tag 00091001",
           exp);
    /* add one with its VR (the AHI example) */
    exp = make_doc(1);
    json_object_set_new(at(exp, P_INST1 "/DICOM"), "001910F9", json_string("97"));
    json_object_set_new(at(exp, P_INST1 "/DICOMVRs"), "001910F9", json_string("DS"));
    FORCED(1, INST1_FRAG("{'DICOM':{'001910F9':'97'},'DICOMVRs':{'001910F9':'DS'}}"), NULL,
           "setting the private or unknown tag 001910F9", exp);
    /* a DS private with a non-DS value: allowed with force (already needed) */
    exp = make_doc(1);
    json_object_set_new(at(exp, P_INST1 "/DICOM"), "001910F9", json_string("abc"));
    json_object_set_new(at(exp, P_INST1 "/DICOMVRs"), "001910F9", json_string("DS"));
    FORCED(1, INST1_FRAG("{'DICOM':{'001910F9':'abc'},'DICOMVRs':{'001910F9':'DS'}}"), NULL,
           "001910F9", exp);
    /* no VR known: refused even with force */
    REJECT(1, INST1_FRAG("{'DICOM':{'001910F9':'97'}}"), NULL, true,
           "001910F9 at instance " SOP1 " needs a DICOMVRs entry");
    REJECT(1, INST1_FRAG("{'DICOM':{'001910F9':'97'},'DICOMVRs':{'001910F9':'XX'}}"), NULL, true,
           "DICOMVRs entry 001910F9 at instance " SOP1 " is not a VR code");
    REJECT(1, INST1_FRAG("{'DICOM':{'001910F9':'97'},'DICOMVRs':{'001910F9':7}}"), NULL, true,
           "is not a VR code");
    REJECT(1, INST1_FRAG("{'DICOM':{},'DICOMVRs':{'001910F9':'DS'}}"), NULL, true,
           "DICOMVRs entry 001910F9 of instance " SOP1 " has no value");
    /* remove one: its DICOMVRs entry goes too */
    exp = make_doc(1);
    json_object_del(at(exp, P_INST1 "/DICOM"), "00091001");
    json_object_del(at(exp, P_INST1 "/DICOMVRs"), "00091001");
    FORCED(1, NULL, INST1_FRAG("{'DICOM':{'00091001':null}}"),
           "removing the private or unknown tag 00091001", exp);
    REJECT(1, NULL, INST1_FRAG("{'DICOM':{'00091002':null}}"), true,
           "cannot remove 00091002 at instance " SOP1 ": it is not present");
}

static void test_keyword_vr_entries(void) {
    /* an ambiguous dictionary VR may be pinned to one of its alternatives */
    json_t *exp = make_doc(1);
    json_object_set_new(at(exp, P_INST1 "/DICOM"), "SmallestImagePixelValue", json_integer(-5));
    json_object_set_new(at(exp, P_INST1 "/DICOMVRs"), "SmallestImagePixelValue", json_string("SS"));
    ACCEPT(1, INST1_FRAG("{'DICOM':{'SmallestImagePixelValue':-5},"
                         "'DICOMVRs':{'SmallestImagePixelValue':'SS'}}"), NULL, exp);
    /* with SS, 40000 no longer fits */
    exp = make_doc(1);
    json_object_set_new(at(exp, P_INST1 "/DICOM"), "SmallestImagePixelValue", json_integer(40000));
    json_object_set_new(at(exp, P_INST1 "/DICOMVRs"), "SmallestImagePixelValue", json_string("SS"));
    FORCED(1, INST1_FRAG("{'DICOM':{'SmallestImagePixelValue':40000},"
                         "'DICOMVRs':{'SmallestImagePixelValue':'SS'}}"), NULL, "VR SS", exp);
    /* another VR than the dictionary's: VR-incompatible */
    exp = make_doc(1);
    json_object_set_new(at(exp, P_INST1 "/DICOM"), "InstanceNumber", json_string("7"));
    json_object_set_new(at(exp, P_INST1 "/DICOMVRs"), "InstanceNumber", json_string("LO"));
    FORCED(1, INST1_FRAG("{'DICOM':{'InstanceNumber':'7'},'DICOMVRs':{'InstanceNumber':'LO'}}"),
           NULL, "VR LO for InstanceNumber at instance " SOP1 " (dictionary VR IS)", exp);
    /* the dictionary VR itself: accepted, nothing recorded */
    exp = make_doc(1);
    json_object_set_new(at(exp, P_INST1 "/DICOM"), "InstanceNumber", json_string("7"));
    ACCEPT(1, INST1_FRAG("{'DICOM':{'InstanceNumber':'7'},'DICOMVRs':{'InstanceNumber':'IS'}}"),
           NULL, exp);
}

static void test_sequences(void) {
    json_t *exp = make_doc(1);
    json_object_set_new(at(exp, P_INST1 "/DICOM"), "ReferencedImageSequence",
                        J("[{'ReferencedSOPInstanceUID':'1.2.3'}]"));
    FORCED(1, INST1_FRAG("{'DICOM':{'ReferencedImageSequence':[{'ReferencedSOPInstanceUID':'1.2.3'}]}}"),
           NULL, "updating the sequence ReferencedImageSequence", exp);
    exp = make_doc(1);
    json_object_set_new(at(exp, P_INST1 "/DICOM"), "ReferencedImageSequence", json_null());
    FORCED(1, INST1_FRAG("{'DICOM':{'ReferencedImageSequence':null}}"), NULL, "sequence", exp);
    REJECT(1, INST1_FRAG("{'DICOM':{'ReferencedImageSequence':'abc'}}"), NULL, true,
           "must be an array of objects or null");
    REJECT(1, INST1_FRAG("{'DICOM':{'ReferencedImageSequence':[1]}}"), NULL, true,
           "must be an array of objects or null");
}

static void test_multi_valued(void) {
    json_t *exp = make_doc(1);
    json_object_set_new(at(exp, P_INST1 "/DICOM"), "ImageType", J("['DERIVED','PRIMARY']"));
    FORCED(1, INST1_FRAG("{'DICOM':{'ImageType':['DERIVED','PRIMARY']}}"), NULL,
           "updating the multi-valued attribute ImageType", exp);
    exp = make_doc(1);
    json_object_set_new(at(exp, P_INST1 "/DICOM"), "ImageType", json_string("DERIVED"));
    FORCED(1, INST1_FRAG("{'DICOM':{'ImageType':'DERIVED'}}"), NULL, "multi-valued", exp);
    exp = make_doc(1);
    json_object_set_new(at(exp, P_INST1 "/DICOM"), "InstanceNumber", J("['1']"));
    FORCED(1, INST1_FRAG("{'DICOM':{'InstanceNumber':['1']}}"), NULL,
           "an array value for the single-valued attribute InstanceNumber", exp);
    exp = make_doc(1);
    json_object_set_new(at(exp, P_INST1 "/DICOM"), "PixelSpacing", J("['0.5','0.5']"));
    FORCED(1, INST1_FRAG("{'DICOM':{'PixelSpacing':['0.5','0.5']}}"), NULL, "PixelSpacing", exp);
    REJECT(1, INST1_FRAG("{'DICOM':{'ImageType':[['A']]}}"), NULL, true,
           "nested arrays and objects are only valid in a sequence");
    REJECT(1, INST1_FRAG("{'DICOM':{'InstanceNumber':{}}}"), NULL, true,
           "an object is only valid as a sequence item");
}

enum { L_PAT, L_STU, L_SER, L_INS };

static const char *level_path(int level) {
    switch (level) {
    case L_PAT: return P_PAT;
    case L_STU: return P_STU;
    case L_SER: return P_SER1 "/DICOM";
    default: return P_INST1 "/DICOM";
    }
}

static void fragment_for(int level, const char *key, const char *val, char *out, size_t cap) {
    switch (level) {
    case L_PAT:
        snprintf(out, cap, "{'SchemaVersion':1.1,'Patient':{'DICOM':{'%s':%s}}}", key, val);
        break;
    case L_STU:
        snprintf(out, cap, "{'SchemaVersion':1.1,'Study':{'DICOM':{'%s':%s}}}", key, val);
        break;
    case L_SER:
        snprintf(out, cap, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'DICOM':"
                 "{'%s':%s}}}}}", key, val);
        break;
    default:
        snprintf(out, cap, INST1_FRAG("{'DICOM':{'%s':%s}}"), key, val);
    }
}

/* One value: accepted as is, or (fits false) only with force. */
static void value_case(int line, int level, const char *key, const char *val, bool fits) {
    char frag[70000];
    fragment_for(level, key, val, frag, sizeof frag);
    json_t *exp = make_doc(1);
    json_object_set_new(at(exp, level_path(level)), key, J(val));
    if (fits) {
        accept_at(line, 1, frag, NULL, false, exp, false, NULL);
    } else {
        char want[96];
        snprintf(want, sizeof want, "does not fit VR");
        forced_at(line, 1, frag, NULL, want, exp, NULL);
    }
}
#define FITS(level, key, val) value_case(__LINE__, level, key, val, true)
#define MISFIT(level, key, val) value_case(__LINE__, level, key, val, false)

/* A JSON string literal (single-quoted) of n copies of unit. */
static char *repeat(const char *unit, size_t n) {
    size_t u = strlen(unit);
    char *s = malloc(u * n + 3);
    s[0] = '\'';
    for (size_t i = 0; i < n; i++) memcpy(s + 1 + i * u, unit, u);
    s[1 + u * n] = '\'';
    s[2 + u * n] = 0;
    return s;
}

static void test_value_types(void) {
    FITS(L_INS, "Rows", "512");
    MISFIT(L_INS, "Rows", "'512'");        /* a string for US */
    MISFIT(L_INS, "Rows", "70000");
    MISFIT(L_INS, "Rows", "-1");
    MISFIT(L_INS, "Rows", "1.5");
    MISFIT(L_INS, "Rows", "true");
    FITS(L_INS, "Rows", "null");
    FITS(L_SER, "Modality", "'MR'");
    MISFIT(L_SER, "Modality", "5");        /* a number for a CS */
    MISFIT(L_SER, "Modality", "'mr'");
    FITS(L_PAT, "PatientSex", "'F'");
    MISFIT(L_PAT, "PatientSex", "1");
    FITS(L_INS, "SmallestImagePixelValue", "-5");      /* US or SS */
    FITS(L_INS, "SmallestImagePixelValue", "65535");
    MISFIT(L_INS, "SmallestImagePixelValue", "70000");
    FITS(L_INS, "FileMetaInformationVersion", "'AAE='");   /* OB: base64 */
    MISFIT(L_INS, "FileMetaInformationVersion", "'AAE'");
    MISFIT(L_INS, "FileMetaInformationVersion", "1");
    FITS(L_INS, "ImageComments", "'anything at all'");
}

static void test_value_formats(void) {
    FITS(L_STU, "StudyDate", "'20240131'");
    FITS(L_STU, "StudyDate", "null");
    MISFIT(L_STU, "StudyDate", "'2024-01-31'");
    MISFIT(L_STU, "StudyDate", "'20241301'");
    MISFIT(L_STU, "StudyDate", "'20240100'");
    MISFIT(L_STU, "StudyDate", "''");
    MISFIT(L_STU, "StudyDate", "20240131");
    FITS(L_STU, "StudyTime", "'083501'");
    FITS(L_STU, "StudyTime", "'08'");
    FITS(L_STU, "StudyTime", "'0835'");
    FITS(L_STU, "StudyTime", "'083501.123456'");
    FITS(L_STU, "StudyTime", "'083501 '");
    MISFIT(L_STU, "StudyTime", "'083501.1234567'");
    MISFIT(L_STU, "StudyTime", "'2500'");
    MISFIT(L_STU, "StudyTime", "'08:35'");
    MISFIT(L_STU, "StudyTime", "'083'");
    MISFIT(L_STU, "StudyTime", "'083501.'");
    FITS(L_INS, "AcquisitionDateTime", "'20240101083000.5+0100'");
    FITS(L_INS, "AcquisitionDateTime", "'2024'");
    MISFIT(L_INS, "AcquisitionDateTime", "'2024010'");
    MISFIT(L_INS, "AcquisitionDateTime", "'20240101 08'");
    FITS(L_INS, "InstanceNumber", "'12'");
    FITS(L_INS, "InstanceNumber", "' -12 '");
    MISFIT(L_INS, "InstanceNumber", "'1.5'");
    MISFIT(L_INS, "InstanceNumber", "'99999999999'");   /* over int32 */
    MISFIT(L_INS, "InstanceNumber", "12");
    FITS(L_INS, "SliceThickness", "'1.25'");
    FITS(L_INS, "SliceThickness", "'-1e3'");
    FITS(L_INS, "SliceThickness", "'.5 '");
    MISFIT(L_INS, "SliceThickness", "'abc'");
    MISFIT(L_INS, "SliceThickness", "'1e'");
    MISFIT(L_INS, "SliceThickness", "'12345678901234567'");
    FITS(L_INS, "SOPClassUID", "'1.2.840.10008.5.1.4.1.1.4'");
    MISFIT(L_INS, "SOPClassUID", "'1.2.a'");
    FITS(L_STU, "PatientAge", "'045Y'");
    MISFIT(L_STU, "PatientAge", "'45Y'");
    FITS(L_STU, "ReferringPhysicianName", "'SMITH^ANNE=SMITH^ANNE'");
    char *v = repeat("A", 65);
    MISFIT(L_STU, "ReferringPhysicianName", v);   /* a PN group of 65 */
    MISFIT(L_SER, "SeriesDescription", v);        /* LO: 64 */
    free(v);
    v = repeat("A", 64);
    FITS(L_STU, "ReferringPhysicianName", v);
    FITS(L_SER, "SeriesDescription", v);
    free(v);
    v = repeat("1", 65);
    v[2] = '.';                                    /* '1.111...': 65 characters */
    MISFIT(L_INS, "SOPClassUID", v);
    v[66] = 0;
    v[65] = '\'';                                  /* 64 characters */
    FITS(L_INS, "SOPClassUID", v);
    free(v);
}

static void test_ahi_length_limits(void) {
    /* PatientName: AHI's 512 replaces PN's 64 per group; counted in
     * characters, not bytes */
    char *v = repeat("A", 512);
    FITS(L_PAT, "PatientName", v);
    free(v);
    v = repeat("\xc3\xa9", 512);   /* 512 x U+00E9: 1024 bytes */
    FITS(L_PAT, "PatientName", v);
    free(v);
    char frag[4096];
    v = repeat("A", 513);
    fragment_for(L_PAT, "PatientName", v, frag, sizeof frag);
    REJECT(1, frag, NULL, true, "PatientName at Patient.DICOM is longer than 512 characters");
    free(v);
    v = repeat("M", 17);
    fragment_for(L_PAT, "PatientSex", v, frag, sizeof frag);
    REJECT(1, frag, NULL, true, "PatientSex at Patient.DICOM is longer than 16 characters");
    free(v);
    v = repeat("CT", 16);   /* 32: AHI allows it, CS's 16 does not apply */
    FITS(L_SER, "Modality", v);
    free(v);
    v = repeat("A", 33);
    fragment_for(L_SER, "Modality", v, frag, sizeof frag);
    REJECT(1, frag, NULL, true, "Modality at series " SE1 " is longer than 32 characters");
    free(v);
    v = repeat("1", 300);
    fragment_for(L_STU, "StudyDescription", v, frag, sizeof frag);
    json_t *exp = make_doc(1);
    json_object_set_new(at(exp, P_STU), "StudyDescription", J(v));
    ACCEPT(1, frag, NULL, exp);
    free(v);
}

/* ---- removals --------------------------------------------------------- */

static void test_remove_attribute(void) {
    json_t *exp = make_doc(1);
    json_object_del(at(exp, P_STU), "StudyDescription");
    ise_change chg;
    /* the value given in removable does not matter */
    accept_at(__LINE__, 1, NULL, "{'SchemaVersion':1.1,'Study':{'DICOM':{'StudyDescription':123}}}",
              false, exp, false, &chg);
    CHECK(chg.study_keys_changed);
    ise_change_free(&chg);
    exp = make_doc(1);
    json_object_del(at(exp, P_INST1 "/DICOM"), "InstanceNumber");
    accept_at(__LINE__, 1, NULL, INST1_FRAG("{'DICOM':{'InstanceNumber':'whatever'}}"), false,
              exp, false, &chg);
    CHECK(!chg.study_keys_changed);
    ise_change_free(&chg);
    REJECT(1, NULL, "{'SchemaVersion':1.1,'Study':{'DICOM':{'ReferringPhysicianName':null}}}",
           true, "cannot remove ReferringPhysicianName at Study.DICOM: it is not present");
}

static void test_update_then_remove(void) {
    json_t *exp = make_doc(1);
    json_object_del(at(exp, P_PAT), "PatientName");
    json_object_set_new(at(exp, P_PAT), "PatientID", json_string("P9"));
    ACCEPT(1, "{'SchemaVersion':1.1,'Patient':{'DICOM':{'PatientName':'X','PatientID':'P9'}}}",
           "{'SchemaVersion':1.1,'Patient':{'DICOM':{'PatientName':null}}}", exp);
}

static void test_remove_instance(void) {
    json_t *exp = make_doc(1);
    json_object_del(at(exp, P_SER1 "/Instances"), SOP2);
    ise_change chg;
    forced_at(__LINE__, 1, NULL, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'Instances':"
              "{'" SOP2 "':{}}}}}}", "removing the whole instance " SOP2, exp, &chg);
    CHECK_INT(chg.nremoved, 1);
    CHECK_INT(chg.nadded, 0);
    if (chg.nremoved == 1) CHECK_STR(chg.removed_sops[0], SOP2);
    CHECK(!chg.study_keys_changed);
    ise_change_free(&chg);
}

static void test_remove_last_instances(void) {
    const char *all = "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'Instances':"
                      "{'" SOP1 "':{},'" SOP2 "':{},'" SOP3 "':{}}}}}}";
    REJECT(1, NULL, all, true, "would remove every instance of the image set");
    REJECT(1, NULL, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{}}}}", true,
           "would remove every instance");
    /* the last instances of one series of two: the series goes */
    json_t *exp = make_doc(2);
    json_object_del(at(exp, "Study/Series"), SE2);
    ise_change chg;
    forced_at(__LINE__, 2, NULL, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE2 "':{'Instances':"
              "{'" SOP4 "':{},'" SOP5 "':{}}}}}}", "removing the whole instance", exp, &chg);
    CHECK_INT(chg.nremoved, 2);
    CHECK(has_sop(chg.removed_sops, chg.nremoved, SOP4));
    CHECK(has_sop(chg.removed_sops, chg.nremoved, SOP5));
    CHECK(chg.study_keys_changed);
    ise_change_free(&chg);
    /* a whole series */
    exp = make_doc(2);
    json_object_del(at(exp, "Study/Series"), SE2);
    forced_at(__LINE__, 2, NULL, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE2 "':{}}}}",
              "removing the whole series " SE2, exp, &chg);
    CHECK_INT(chg.nremoved, 2);
    ise_change_free(&chg);
}

/* ---- atomicity, documents, size ---------------------------------------- */

static void test_failed_update_changes_nothing(void) {
    /* the first attribute is valid and applied to the working copy, the
     * second fails: the document must not show the first */
    REJECT(1, "{'SchemaVersion':1.1,'Patient':{'DICOM':{'PatientName':'X'}},"
           "'Study':{'DICOM':{'PatientID':'P2'}}}", NULL, true, "PatientID is a Patient-level");
    REJECT(1, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':{'Instances':{'" SOP1 "':"
           "{'DICOM':{'SOPInstanceUID':'" NEWUID "'}}}}}}}",
           "{'SchemaVersion':1.1,'Study':{'DICOM':{'ReferringPhysicianName':null}}}", true,
           "not present");
    REJECT(1, "{'SchemaVersion':1.1,'Study':{'DICOM':{'StudyDescription':'X','StudyID':'S7'}}}",
           NULL, false, "changing StudyID at Study.DICOM requires force=true");
}

static void test_malformed_document(void) {
    json_t *doc = J("{'SchemaVersion':'1.1','Patient':{'DICOM':{}}}");
    json_t *u = J("{'SchemaVersion':1.1}");
    tess_error err = { { 0 } };
    ise_change chg;
    CHECK_INT(ise_doc_update(doc, u, NULL, false, &chg, &err), -1);
    CHECK(contains(err.msg, "InternalServerException: metadata document is malformed: no Study.DICOM"));
    json_decref(doc);
    doc = make_doc(2);   /* the same SOP in two series */
    json_object_set_new(at(doc, "Study/Series/" SE2 "/Instances"), SOP1, make_instance(SOP1, 9));
    CHECK_INT(ise_doc_check(doc, &err), -1);
    CHECK(contains(err.msg, "instance " SOP1 " appears in two series"));
    json_decref(doc);
    doc = make_doc(1);
    json_object_del(at(doc, P_SER1), "Instances");
    CHECK_INT(ise_doc_update(doc, u, NULL, false, &chg, &err), -1);
    CHECK(contains(err.msg, "series " SE1 " needs DICOM and Instances objects"));
    json_decref(doc);
    json_decref(u);
    doc = make_doc(2);
    CHECK_INT(ise_doc_check(doc, &err), 0);
    json_decref(doc);
}

static void test_document_size_limit(void) {
    tess_error err = { { 0 } };
    json_t *doc = make_doc(1);
    size_t n = json_dumpb(doc, NULL, 0, JSON_COMPACT);
    CHECK_INT(ise_doc_check_size(doc, n, &err), 0);
    CHECK_INT(ise_doc_check_size(doc, n - 1, &err), -1);
    CHECK(contains(err.msg, "ServiceQuotaExceededException: "));

    /* a document just under 50 MB: a small addition goes over */
    json_t *dicom = at(doc, P_INST1 "/DICOM");
    json_object_set_new(dicom, "ImageComments", json_string(""));
    size_t base = json_dumpb(doc, NULL, 0, JSON_COMPACT);
    size_t fill = ISE_DOC_MAX_BYTES - base - 10;
    char *big = malloc(fill);
    memset(big, 'x', fill);
    json_object_set_new(dicom, "ImageComments", json_stringn_nocheck(big, fill));
    free(big);
    CHECK_INT(json_dumpb(doc, NULL, 0, JSON_COMPACT), ISE_DOC_MAX_BYTES - 10);
    json_t *orig = json_deep_copy(doc);
    json_t *u = J("{'SchemaVersion':1.1,'Patient':{'DICOM':{'PatientName':'DOE^JOHN^MUCH^LONGER^NAME'}}}");
    ise_change chg;
    CHECK_INT(ise_doc_update(doc, u, NULL, false, &chg, &err), -1);
    CHECK(contains(err.msg, "ServiceQuotaExceededException: the metadata document would be over "
                            "52428800 bytes"));
    CHECK(json_equal(doc, orig));
    json_decref(u);
    u = J("{'SchemaVersion':1.1,'Patient':{'DICOM':{'PatientName':'DOE^JO'}}}");
    CHECK_INT(ise_doc_update(doc, u, NULL, false, &chg, &err), 0);
    ise_change_free(&chg);
    json_decref(u);
    json_decref(orig);
    json_decref(doc);
}

static void test_change_free(void) {
    ise_change c;
    memset(&c, 0, sizeof c);
    c.added_sops = malloc(2 * sizeof *c.added_sops);
    c.nadded = 2;
    c.forced_used = true;
    ise_change_free(&c);
    CHECK(c.added_sops == NULL && c.nadded == 0 && !c.forced_used);
    ise_change_free(NULL);
}

/* ---- blobs ------------------------------------------------------------ */

static char *b64(const char *s) {
    tess_buf b;
    tess_buf_init(&b, -1);
    tess_buf_put_base64(&b, (const uint8_t *)s, strlen(s));
    tess_buf_putc(&b, 0);
    char *r = strdup((const char *)b.data);
    tess_buf_free(&b);
    return r;
}

static void blob_fails(int line, const char *base64, size_t max, const char *want) {
    json_t *out = (json_t *)1;
    tess_error err = { { 0 } };
    int before = harness_checks_failed;
    CHECK_INT(ise_parse_update_blob(base64, max, &out, &err), -1);
    CHECK(out == NULL);
    CHECK(strncmp(err.msg, "ValidationException: ", 21) == 0);
    CHECK(contains(err.msg, want));
    if (harness_checks_failed != before) fprintf(stderr, "  (from line %d)\n", line);
}

static void test_blob_parse(void) {
    const char *text = "{\"SchemaVersion\":1.1,\"Patient\":{\"DICOM\":{\"PatientName\":\"MX^MX\"}}}";
    char *enc = b64(text);
    json_t *out = NULL, *want = json_loads(text, 0, NULL);
    tess_error err = { { 0 } };
    CHECK_INT(ise_parse_update_blob(enc, 0, &out, &err), 0);
    CHECK(json_equal(out, want));
    json_decref(out);
    /* exactly max_bytes is fine */
    CHECK_INT(ise_parse_update_blob(enc, strlen(text), &out, &err), 0);
    json_decref(out);
    blob_fails(__LINE__, enc, strlen(text) - 1, "over");
    /* line breaks (base64 -w76) and missing padding are accepted */
    size_t n = strlen(enc);
    char *wrapped = malloc(n * 2 + 1), *w = wrapped;
    for (size_t i = 0; i < n; i++) {
        if (i && i % 8 == 0) *w++ = '\n';
        if (enc[i] != '=') *w++ = enc[i];
    }
    *w = 0;
    CHECK_INT(ise_parse_update_blob(wrapped, 0, &out, &err), 0);
    CHECK(json_equal(out, want));
    json_decref(out);
    free(wrapped);
    free(enc);
    json_decref(want);

    blob_fails(__LINE__, "e30*", 0, "character 3 is not in the base64 alphabet");
    blob_fails(__LINE__, "", 0, "the update blob is empty");
    blob_fails(__LINE__, "  \n", 0, "empty");
    blob_fails(__LINE__, "e", 0, "truncated");
    blob_fails(__LINE__, "e30===", 0, "bad padding");
    blob_fails(__LINE__, "e3=0", 0, "bad padding");
    blob_fails(__LINE__, "e30==", 0, "bad padding");
    blob_fails(__LINE__, NULL, 0, "missing");
    enc = b64("hello");
    blob_fails(__LINE__, enc, 0, "not valid JSON");
    free(enc);
    enc = b64("\"str\"");
    blob_fails(__LINE__, enc, 0, "must hold a JSON object");
    free(enc);
    enc = b64("[1]");
    blob_fails(__LINE__, enc, 0, "must hold a JSON object");
    free(enc);
    enc = b64("{\"a\":1,\"a\":2}");
    blob_fails(__LINE__, enc, 0, "not valid JSON");
    free(enc);
    /* the default maximum (0 = 30,000 decoded bytes) */
    char *huge = malloc(40005);   /* 30,003 decoded bytes */
    memset(huge, 'A', 40004);
    huge[40004] = 0;
    blob_fails(__LINE__, huge, 0, "over 30000 bytes");
    free(huge);
}

/* ---- copy ------------------------------------------------------------- */

static void test_parse_copiable(void) {
    json_t *out = NULL;
    tess_error err = { { 0 } };
    const char *text = "{\"SchemaVersion\":\"1.1\",\"Study\":{\"Series\":{}}}";
    CHECK_INT(ise_parse_copiable(text, &out, &err), 0);
    json_t *want = json_loads(text, 0, NULL);
    CHECK(json_equal(out, want));
    json_decref(want);
    json_decref(out);
    out = (json_t *)1;
    CHECK_INT(ise_parse_copiable("{\"a\":", &out, &err), -1);
    CHECK(out == NULL);
    CHECK(contains(err.msg, "ValidationException: copiableAttributes is not valid JSON"));
    CHECK_INT(ise_parse_copiable("\"x\"", &out, &err), -1);
    CHECK(contains(err.msg, "ValidationException: copiableAttributes must be a JSON object"));
    CHECK_INT(ise_parse_copiable(NULL, &out, &err), -1);
    CHECK(contains(err.msg, "missing"));
    /* 260,000 characters is the limit, counted in characters */
    size_t n = ISE_COPIABLE_MAX_CHARS;
    char *big = malloc(n + 2);
    big[0] = '{';
    memset(big + 1, ' ', n - 2);
    big[n - 1] = '}';
    big[n] = 0;
    CHECK_INT(ise_parse_copiable(big, &out, &err), 0);
    json_decref(out);
    big[n - 1] = ' ';
    big[n] = '}';
    big[n + 1] = 0;
    CHECK_INT(ise_parse_copiable(big, &out, &err), -1);
    CHECK(contains(err.msg, "ValidationException: copiableAttributes is longer than 260000 characters"));
    free(big);
}

static int copy_text(const json_t *src, const json_t *dst, const char *copiable, bool force,
                     json_t **out, ise_change *chg, tess_error *err) {
    json_t *c = J(copiable);
    int rc = ise_doc_copy(src, dst, c, force, out, chg, err);
    json_decref(c);
    return rc;
}

static void copy_fails(int line, const json_t *src, const json_t *dst, const char *copiable,
                       bool force, const char *want) {
    int before = harness_checks_failed;
    json_t *src0 = json_deep_copy(src), *dst0 = dst ? json_deep_copy(dst) : NULL;
    json_t *out = (json_t *)1;
    ise_change chg;
    chg.nadded = 77;
    tess_error err = { { 0 } };
    CHECK_INT(copy_text(src, dst, copiable, force, &out, &chg, &err), -1);
    CHECK(out == NULL);
    CHECK(contains(err.msg, want));
    CHECK(change_empty(&chg));
    CHECK(json_equal(src, src0));
    CHECK(!dst || json_equal(dst, dst0));
    json_decref(src0);
    json_decref(dst0);
    if (harness_checks_failed != before) fprintf(stderr, "  (from line %d)\n", line);
}

static void test_copy_everything_new(void) {
    json_t *src = make_doc(2), *src0 = make_doc(2), *out = NULL;
    ise_change chg;
    tess_error err = { { 0 } };
    CHECK_INT(ise_doc_copy(src, NULL, NULL, false, &out, &chg, &err), 0);
    CHECK(json_equal(out, src));
    CHECK_INT(chg.nadded, 5);
    CHECK_INT(chg.nremoved, 0);
    CHECK(has_sop(chg.added_sops, chg.nadded, SOP1) && has_sop(chg.added_sops, chg.nadded, SOP5));
    CHECK(chg.study_keys_changed);
    CHECK(!chg.forced_used);
    ise_change_free(&chg);
    /* deep copies: changing the result leaves src alone */
    CHECK(at(out, P_INST1) != at(src, P_INST1));
    json_object_set_new(at(out, P_INST1 "/DICOM"), "InstanceNumber", json_string("99"));
    json_object_set_new(json_array_get(at(out, P_INST1 "/ImageFrames"), 0), "ID",
                        json_string("ffffffffffffffffffffffffffffffff"));
    json_object_set_new(at(out, P_PAT), "PatientName", json_string("Y"));
    CHECK(json_equal(src, src0));
    /* new IDs for the new image set */
    CHECK_INT(ise_doc_set_ids(out, "11111111111111111111111111111111",
                              "22222222222222222222222222222222", &err), 0);
    CHECK_STR(json_string_value(json_object_get(out, "ImageSetID")), "22222222222222222222222222222222");
    CHECK_STR(json_string_value(json_object_get(src, "ImageSetID")), ISID);
    CHECK_INT(ise_doc_set_ids(out, "bad", ISID, &err), -1);
    json_decref(out);
    json_decref(src);
    json_decref(src0);
}

static void test_copy_subset_new(void) {
    json_t *src = make_doc(2), *out = NULL;
    ise_change chg;
    tess_error err = { { 0 } };
    CHECK_INT(copy_text(src, NULL, "{'SchemaVersion':'1.1','Study':{'Series':{'" SE1 "':"
                        "{'Instances':{'" SOP1 "':{},'" SOP3 "':{}}}}}}", false, &out, &chg, &err), 0);
    json_t *exp = make_doc(1);
    json_object_del(at(exp, P_SER1 "/Instances"), SOP2);
    CHECK(json_equal(out, exp));
    CHECK_INT(chg.nadded, 2);
    CHECK(has_sop(chg.added_sops, chg.nadded, SOP1) && has_sop(chg.added_sops, chg.nadded, SOP3));
    ise_change_free(&chg);
    json_decref(out);
    json_decref(exp);
    /* a series object without Instances: the whole series */
    CHECK_INT(copy_text(src, NULL, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE2 "':{}}}}",
                        false, &out, &chg, &err), 0);
    exp = make_doc(2);
    json_object_del(at(exp, "Study/Series"), SE1);
    CHECK(json_equal(out, exp));
    CHECK_INT(chg.nadded, 2);
    ise_change_free(&chg);
    json_decref(out);
    json_decref(exp);
    json_decref(src);
}

static void test_copy_bad_copiable(void) {
    json_t *src = make_doc(1);
    copy_fails(__LINE__, src, NULL, "{'SchemaVersion':1.1,'Study':{'Series':{'" NEWUID "':{}}}}",
               true, "ValidationException: series " NEWUID " is not in the source image set");
    copy_fails(__LINE__, src, NULL, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':"
               "{'Instances':{'" NEWUID "':{}}}}}}", true,
               "ValidationException: instance " NEWUID " is not in series " SE1);
    copy_fails(__LINE__, src, NULL, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':"
               "{'Instances':{'" SOP1 "':{'DICOM':{}}}}}}}", true, "ValidationException: instance "
               SOP1 " in copiableAttributes series " SE1 " must be {}");
    copy_fails(__LINE__, src, NULL, "{'Study':{'Series':{'" SE1 "':{}}}}", true,
               "ValidationException: copiableAttributes: SchemaVersion is required");
    copy_fails(__LINE__, src, NULL, "{'SchemaVersion':1.1,'Patient':{}}", true,
               "ValidationException: unknown member \"Patient\"");
    copy_fails(__LINE__, src, NULL, "{'SchemaVersion':1.1,'Study':{'DICOM':{}}}", true,
               "ValidationException: unknown member \"DICOM\"");
    copy_fails(__LINE__, src, NULL, "{'SchemaVersion':1.1}", true,
               "ValidationException: copiableAttributes must select instances");
    copy_fails(__LINE__, src, NULL, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':"
               "{'Instances':{}}}}}", true, "ValidationException: copiableAttributes selects no instance");
    copy_fails(__LINE__, src, NULL, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':"
               "{'Instances':[]}}}}", true, "ValidationException: copiableAttributes series " SE1
               ".Instances must be a JSON object");
    copy_fails(__LINE__, src, NULL, "[]", true, "ValidationException: copiableAttributes must be a JSON object");
    json_decref(src);
}

/* A destination: same Patient/Study/Series as make_doc(1), other SOPs. */
static json_t *make_dst(void) {
    json_t *dst = make_doc(1);
    json_object_set_new(dst, "ImageSetID", json_string("99999999999999999999999999999999"));
    json_t *insts = at(dst, P_SER1 "/Instances");
    json_object_clear(insts);
    json_object_set_new(insts, NEWUID ".1", make_instance(NEWUID ".1", 11));
    return dst;
}

static void test_copy_into_destination(void) {
    json_t *src = make_doc(1), *dst = make_dst(), *dst0 = make_dst(), *out = NULL;
    ise_change chg;
    tess_error err = { { 0 } };
    CHECK_INT(copy_text(src, dst, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':"
                        "{'Instances':{'" SOP2 "':{}}}}}}", false, &out, &chg, &err), 0);
    json_t *exp = make_dst();
    json_object_set_new(at(exp, P_SER1 "/Instances"), SOP2, make_instance(SOP2, 2));
    CHECK(json_equal(out, exp));
    CHECK_STR(json_string_value(json_object_get(out, "ImageSetID")), "99999999999999999999999999999999");
    CHECK_INT(chg.nadded, 1);
    CHECK_INT(chg.nremoved, 0);
    if (chg.nadded == 1) CHECK_STR(chg.added_sops[0], SOP2);
    CHECK(!chg.study_keys_changed);
    CHECK(!chg.forced_used);
    CHECK(json_equal(dst, dst0));
    ise_change_free(&chg);
    json_decref(out);
    json_decref(exp);
    /* an absent attribute and null are the same */
    json_object_set_new(at(dst, P_STU), "StudyComments", json_null());   /* null in dst only */
    json_object_del(at(dst, P_PAT), "PatientBirthDate");                 /* null in src only */
    CHECK_INT(ise_doc_copy(src, dst, NULL, false, &out, &chg, &err), 0);
    CHECK_INT(doc_count(out), 4);
    ise_change_free(&chg);
    json_decref(out);
    json_decref(src);
    json_decref(dst);
    json_decref(dst0);
}

static void test_copy_metadata_conflicts(void) {
    static const struct { const char *path, *key, *want; } cases[] = {
        { P_PAT, "PatientName", "ConflictException: Patient metadata of the source and destination "
                                "image sets differ (PatientName)" },
        { P_STU, "StudyDescription", "ConflictException: Study metadata of the source and "
                                     "destination image sets differ (StudyDescription)" },
        { P_SER1 "/DICOM", "SeriesNumber", "ConflictException: Series metadata of series " SE1
                                           " differs between the source and destination image "
                                           "sets (SeriesNumber)" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        json_t *src = make_doc(1), *dst = make_dst(), *out = NULL;
        json_object_set_new(at(dst, cases[i].path), cases[i].key, json_string("DIFFERENT"));
        copy_fails(__LINE__, src, dst, NULL, false, cases[i].want);
        /* with force the destination's metadata wins */
        ise_change chg;
        tess_error err = { { 0 } };
        CHECK_INT(ise_doc_copy(src, dst, NULL, true, &out, &chg, &err), 0);
        json_t *exp = json_deep_copy(dst);
        json_t *insts = at(exp, P_SER1 "/Instances");
        json_object_set_new(insts, SOP1, make_instance(SOP1, 1));
        json_object_set_new(insts, SOP2, make_instance(SOP2, 2));
        json_object_set_new(insts, SOP3, make_instance(SOP3, 3));
        CHECK(json_equal(out, exp));
        CHECK_STR(json_string_value(json_object_get(at(out, cases[i].path), cases[i].key)), "DIFFERENT");
        CHECK(chg.forced_used);
        CHECK(!chg.study_keys_changed);
        CHECK_INT(chg.nadded, 3);
        ise_change_free(&chg);
        json_decref(exp);
        json_decref(out);
        json_decref(src);
        json_decref(dst);
    }
}

static void test_copy_series_mismatch(void) {
    json_t *src = make_doc(2), *dst = make_dst(), *out = NULL;
    copy_fails(__LINE__, src, dst, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE2 "':{}}}}", false,
               "ConflictException: INVALID_REQUEST:  Series of SourceImageSet and DestinationImageSet "
               "don't match.");
    /* with force the instances join the destination's only series */
    ise_change chg;
    tess_error err = { { 0 } };
    CHECK_INT(copy_text(src, dst, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE2 "':{}}}}", true,
                        &out, &chg, &err), 0);
    json_t *exp = make_dst();
    json_object_set_new(at(exp, P_SER1 "/Instances"), SOP4, make_instance(SOP4, 4));
    json_object_set_new(at(exp, P_SER1 "/Instances"), SOP5, make_instance(SOP5, 5));
    CHECK(json_equal(out, exp));
    CHECK(chg.forced_used);
    CHECK_INT(chg.nadded, 2);
    CHECK(!chg.study_keys_changed);
    ise_change_free(&chg);
    json_decref(exp);
    json_decref(out);

    /* a destination with two series: the source series is added */
    json_t *dst2 = make_dst();
    json_t *other = make_series(NEWUID ".7", "7");
    json_object_set_new(json_object_get(other, "Instances"), NEWUID ".7.1", make_instance(NEWUID ".7.1", 71));
    json_object_set_new(at(dst2, "Study/Series"), NEWUID ".7", other);
    copy_fails(__LINE__, src, dst2, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE2 "':{}}}}", false,
               "INVALID_REQUEST:  Series of SourceImageSet and DestinationImageSet don't match.");
    CHECK_INT(copy_text(src, dst2, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE2 "':{}}}}", true,
                        &out, &chg, &err), 0);
    exp = json_deep_copy(dst2);
    json_object_set(at(exp, "Study/Series"), SE2, at(src, "Study/Series/" SE2));
    CHECK(json_equal(out, exp));
    CHECK(chg.study_keys_changed);
    CHECK(chg.forced_used);
    ise_change_free(&chg);
    json_decref(exp);
    json_decref(out);
    json_decref(dst2);
    json_decref(src);
    json_decref(dst);
}

static size_t doc_count(const json_t *doc) {
    char (*sops)[65] = NULL;
    size_t n = 0;
    tess_error err;
    if (ise_doc_sops(doc, &sops, &n, &err) != 0) return (size_t)-1;
    free(sops);
    return n;
}

static void test_copy_duplicate_sop(void) {
    json_t *src = make_doc(1), *dst = make_dst(), *out = NULL;
    /* the destination already holds SOP2, with other content */
    json_t *mine = make_instance(SOP2, 42);
    json_object_set_new(at(dst, P_SER1 "/Instances"), SOP2, mine);
    copy_fails(__LINE__, src, dst, NULL, false,
               "ConflictException: SOPInstanceUID " SOP2 " already exists in the destination image set");
    ise_change chg;
    tess_error err = { { 0 } };
    CHECK_INT(ise_doc_copy(src, dst, NULL, true, &out, &chg, &err), 0);
    json_t *exp = make_dst();
    json_t *insts = at(exp, P_SER1 "/Instances");
    json_object_set_new(insts, SOP1, make_instance(SOP1, 1));
    json_object_set_new(insts, SOP2, make_instance(SOP2, 2));   /* the source's copy */
    json_object_set_new(insts, SOP3, make_instance(SOP3, 3));
    CHECK(json_equal(out, exp));
    CHECK(chg.forced_used);
    CHECK_INT(chg.nadded, 3);
    CHECK_INT(chg.nremoved, 1);
    if (chg.nremoved == 1) CHECK_STR(chg.removed_sops[0], SOP2);
    CHECK(has_sop(chg.added_sops, chg.nadded, SOP2));
    ise_change_free(&chg);
    json_decref(exp);
    json_decref(out);
    json_decref(dst);

    /* the duplicate sits in another series of a two-series destination,
     * which it leaves empty: that series goes */
    dst = make_doc(2);
    json_t *s2 = at(dst, "Study/Series/" SE2 "/Instances");
    json_object_clear(s2);
    json_object_set_new(s2, SOP1, make_instance(SOP1, 50));
    json_object_clear(at(dst, P_SER1 "/Instances"));
    json_object_set_new(at(dst, P_SER1 "/Instances"), NEWUID, make_instance(NEWUID, 60));
    CHECK_INT(copy_text(src, dst, "{'SchemaVersion':1.1,'Study':{'Series':{'" SE1 "':"
                        "{'Instances':{'" SOP1 "':{}}}}}}", true, &out, &chg, &err), 0);
    CHECK(json_object_get(at(out, "Study/Series"), SE2) == NULL);
    CHECK(json_equal(at(out, P_INST1), at(src, P_INST1)));
    CHECK_INT(doc_count(out), 2);
    CHECK(chg.study_keys_changed);
    ise_change_free(&chg);
    json_decref(out);
    json_decref(dst);
    json_decref(src);
}

static void test_copy_into_empty_destination(void) {
    json_t *src = make_doc(1), *dst = NULL, *out = NULL;
    tess_error err = { { 0 } };
    CHECK_INT(ise_doc_new("33333333333333333333333333333333", "44444444444444444444444444444444",
                          &dst, &err), 0);
    ise_change chg;
    CHECK_INT(ise_doc_copy(src, dst, NULL, false, &out, &chg, &err), 0);
    json_t *exp = make_doc(1);
    json_object_set_new(exp, "DatastoreID", json_string("33333333333333333333333333333333"));
    json_object_set_new(exp, "ImageSetID", json_string("44444444444444444444444444444444"));
    CHECK(json_equal(out, exp));
    CHECK(chg.study_keys_changed);
    CHECK(!chg.forced_used);
    CHECK_INT(chg.nadded, 3);
    ise_change_free(&chg);
    json_decref(exp);
    json_decref(out);
    json_decref(dst);
    json_decref(src);
}

/* ---- helpers ---------------------------------------------------------- */

static void test_doc_new(void) {
    json_t *doc = NULL;
    tess_error err = { { 0 } };
    CHECK_INT(ise_doc_new(DSID, ISID, &doc, &err), 0);
    char *s = json_dumps(doc, JSON_COMPACT);
    CHECK_STR(s, "{\"SchemaVersion\":\"1.1\",\"DatastoreID\":\"" DSID "\",\"ImageSetID\":\"" ISID
                 "\",\"Patient\":{\"DICOM\":{}},\"Study\":{\"DICOM\":{},\"Series\":{}}}");
    free(s);
    CHECK_INT(ise_doc_check(doc, &err), 0);
    json_decref(doc);
    CHECK_INT(ise_doc_new("0123", ISID, &doc, &err), -1);
    CHECK(doc == NULL);
    CHECK_INT(ise_doc_new(DSID, NULL, &doc, &err), -1);
}

static void test_doc_sops_and_frames(void) {
    json_t *doc = make_doc(2);
    char (*sops)[65] = NULL;
    size_t n = 0;
    tess_error err = { { 0 } };
    CHECK_INT(ise_doc_sops(doc, &sops, &n, &err), 0);
    CHECK_INT(n, 5);
    if (n == 5) {
        CHECK_STR(sops[0], SOP1);
        CHECK_STR(sops[2], SOP3);
        CHECK_STR(sops[4], SOP5);
    }
    free(sops);

    const char *se = NULL;
    CHECK(ise_doc_find_instance(doc, SOP4, &se) == at(doc, "Study/Series/" SE2 "/Instances/" SOP4));
    CHECK_STR(se, SE2);
    CHECK(ise_doc_find_instance(doc, NEWUID, NULL) == NULL);

    char (*ids)[33] = NULL;
    CHECK_INT(ise_doc_instance_frames(doc, SOP3, &ids, &n, &err), 0);
    CHECK_INT(n, 1);
    if (n == 1) CHECK_STR(ids[0], "00000000000000000000000000000003");
    free(ids);
    /* two frames, in order */
    json_t *frames = at(doc, P_INST1 "/ImageFrames");
    json_array_append_new(frames, json_pack("{s:s}", "ID", "abcdefabcdefabcdefabcdefabcdef12"));
    CHECK_INT(ise_doc_instance_frames(doc, SOP1, &ids, &n, &err), 0);
    CHECK_INT(n, 2);
    if (n == 2) {
        CHECK_STR(ids[0], "00000000000000000000000000000001");
        CHECK_STR(ids[1], "abcdefabcdefabcdefabcdefabcdef12");
    }
    free(ids);
    CHECK_INT(ise_doc_instance_frames(doc, NEWUID, &ids, &n, &err), -1);
    CHECK(contains(err.msg, "instance " NEWUID " is not in the metadata document"));
    json_array_append_new(frames, json_pack("{s:s}", "ID", "short"));
    CHECK_INT(ise_doc_instance_frames(doc, SOP1, &ids, &n, &err), -1);
    CHECK(ids == NULL && n == 0);
    CHECK(contains(err.msg, "frame 3 of instance " SOP1 " has no valid ID"));
    json_object_del(at(doc, P_INST1), "ImageFrames");
    CHECK_INT(ise_doc_instance_frames(doc, SOP1, &ids, &n, &err), 0);
    CHECK_INT(n, 0);
    CHECK(ids == NULL);
    json_decref(doc);
}

int main(void) {
    RUN(test_update_patient_attribute);
    RUN(test_update_instance_attribute);
    RUN(test_update_study_and_series_attributes);
    RUN(test_same_value_is_still_accepted);
    RUN(test_schema_version);
    RUN(test_members);
    RUN(test_generated_keys);
    RUN(test_wrong_level);
    RUN(test_tag_keys);
    RUN(test_non_standard_attribute);
    RUN(test_missing_series_or_instance);
    RUN(test_study_instance_uid);
    RUN(test_series_instance_uid_renames_series);
    RUN(test_sop_instance_uid_renames_instance);
    RUN(test_removable_sees_renamed_instance);
    RUN(test_study_id);
    RUN(test_private_tags);
    RUN(test_keyword_vr_entries);
    RUN(test_sequences);
    RUN(test_multi_valued);
    RUN(test_value_types);
    RUN(test_value_formats);
    RUN(test_ahi_length_limits);
    RUN(test_remove_attribute);
    RUN(test_update_then_remove);
    RUN(test_remove_instance);
    RUN(test_remove_last_instances);
    RUN(test_failed_update_changes_nothing);
    RUN(test_malformed_document);
    RUN(test_document_size_limit);
    RUN(test_change_free);
    RUN(test_blob_parse);
    RUN(test_parse_copiable);
    RUN(test_copy_everything_new);
    RUN(test_copy_subset_new);
    RUN(test_copy_bad_copiable);
    RUN(test_copy_into_destination);
    RUN(test_copy_metadata_conflicts);
    RUN(test_copy_series_mismatch);
    RUN(test_copy_duplicate_sop);
    RUN(test_copy_into_empty_destination);
    RUN(test_doc_new);
    RUN(test_doc_sops_and_frames);
    return harness_done("docedit");
}
