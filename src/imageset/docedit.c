/*
 * docedit.c - UpdateImageSetMetadata and CopyImageSet on metadata documents
 * (implements docedit.h; the rules and the choices made are listed there).
 *
 * Layout of this file:
 *   small string checks       hex keys, UIDs, UTF-8 length, base64
 *   value checks              does a JSON value fit a VR (value_misfit)
 *   document shape            ise_doc_check, lookups, SOP lists, ise_change
 *   update                    apply_attr <- apply_instance <- apply_series
 *                             <- apply_fragment <- ise_doc_update
 *   blob parsing              ise_parse_update_blob
 *   copy                      ise_parse_copiable, parse_copiable, ise_doc_copy
 *
 * Updates and copies work on a deep copy of the document, so a failure at
 * any point leaves the caller's documents as they were.
 */
#include "imageset/docedit.h"

#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dicom/dict.h"
#include "dicom/vr.h"
#include "imageset/levels.h"
#include "util/buf.h"
#include "util/id.h"

#define UID_MAX 64

#define TAG_SOP_INSTANCE_UID    0x00080018u
#define TAG_STUDY_INSTANCE_UID  0x0020000Du
#define TAG_SERIES_INSTANCE_UID 0x0020000Eu
#define TAG_STUDY_ID            0x00200010u

#define OOM(err) tess_fail((err), "InternalServerException: out of memory editing a metadata document")

/* ---- small string checks ---------------------------------------------- */

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static bool is_upper_hex(char c) { return is_digit(c) || (c >= 'A' && c <= 'F'); }

static bool is_any_hex(char c) { return is_upper_hex(c) || (c >= 'a' && c <= 'f'); }

/* Exactly 8 uppercase hex digits; the tag in *tag. */
static bool hex8_upper(const char *k, uint32_t *tag) {
    uint32_t t = 0;
    for (int i = 0; i < 8; i++) {
        char c = k[i];
        if (!is_upper_hex(c)) return false;
        t = (t << 4) | (uint32_t)(is_digit(c) ? c - '0' : c - 'A' + 10);
    }
    if (k[8] != '\0') return false;
    *tag = t;
    return true;
}

static bool hex8_any(const char *k) {
    for (int i = 0; i < 8; i++)
        if (!is_any_hex(k[i])) return false;
    return k[8] == '\0';
}

/* [0-9.]{1,64} */
static bool uid_valid(const char *s, size_t n) {
    if (n < 1 || n > UID_MAX) return false;
    for (size_t i = 0; i < n; i++)
        if (!is_digit(s[i]) && s[i] != '.') return false;
    return true;
}

/* Unicode characters of a UTF-8 string (jansson strings are valid UTF-8). */
static size_t utf8_chars(const char *s, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) c++;
    return c;
}

/* Padded RFC 4648 base64 (what AHI shows for binary values). */
static bool b64_valid(const char *s, size_t n) {
    if (n % 4 != 0) return false;
    size_t pad = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '=') {
            if (i < n - 2) return false;
            pad++;
        } else if (pad || tess_base64_value(s[i]) < 0) {
            return false;
        }
    }
    return true;
}

/* Names the service generates; never updatable or removable. */
static const char *const generated_keys[] = {
    "SchemaVersion", "DatastoreID", "ImageSetID", "PixelData", "ImageFrames", "Checksum",
    "Width", "Height", "MinPixelValue", "MaxPixelValue", "FrameSizeInBytes",
    "StoredTransferSyntaxUID", "ChecksumType", "PixelDataChecksumFromBaseToFullResolution",
};

static bool is_generated(const char *k) {
    for (size_t i = 0; i < sizeof generated_keys / sizeof generated_keys[0]; i++)
        if (strcmp(k, generated_keys[i]) == 0) return true;
    return false;
}

/* AHI's length limits (2026 model, DICOMTags of SearchImageSets), in
 * characters. They replace the DICOM VR length for these attributes. */
static const struct { const char *keyword; size_t max; } ahi_limits[] = {
    { "PatientName", 512 }, { "PatientID", 512 }, { "PatientBirthDate", 36 },
    { "PatientSex", 16 }, { "StudyInstanceUID", 512 }, { "StudyID", 512 },
    { "StudyDescription", 512 }, { "AccessionNumber", 512 }, { "SeriesInstanceUID", 512 },
    { "Modality", 32 }, { "BodyPartExamined", 128 }, { "StudyDate", 36 }, { "StudyTime", 56 },
};

/* The AHI limit of keyword k, or 0. */
static size_t ahi_limit(const char *k) {
    for (size_t i = 0; i < sizeof ahi_limits / sizeof ahi_limits[0]; i++)
        if (strcmp(k, ahi_limits[i].keyword) == 0) return ahi_limits[i].max;
    return 0;
}

/* ---- value checks ----------------------------------------------------- */

/* Length without trailing spaces (DICOM pads text to even length). */
static size_t rtrim(const char *s, size_t n) {
    while (n > 0 && s[n - 1] == ' ') n--;
    return n;
}

static bool digits(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!is_digit(s[i])) return false;
    return true;
}

static int num2(const char *s) { return (s[0] - '0') * 10 + (s[1] - '0'); }

static bool da_valid(const char *s, size_t n) {
    if (n != 8 || !digits(s, 8)) return false;
    int m = num2(s + 4), d = num2(s + 6);
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/* HH[MM[SS[.F{1,6}]]], the whole of s[0..n). */
static bool tm_valid(const char *s, size_t n) {
    if (n < 2 || !digits(s, 2) || num2(s) > 23) return false;
    if (n == 2) return true;
    if (n < 4 || !digits(s + 2, 2) || num2(s + 2) > 59) return false;
    if (n == 4) return true;
    if (n < 6 || !digits(s + 4, 2) || num2(s + 4) > 60) return false;
    if (n == 6) return true;
    if (s[6] != '.' || n < 8 || n > 13) return false;
    return digits(s + 7, n - 7);
}

/* YYYY[MM[DD[HH[MM[SS[.F{1,6}]]]]]][&ZZXX] */
static bool dt_valid(const char *s, size_t n) {
    if (n >= 5 && (s[n - 5] == '+' || s[n - 5] == '-')) {
        const char *z = s + n - 4;
        if (!digits(z, 4) || num2(z) > 14 || num2(z + 2) > 59) return false;
        n -= 5;
    }
    if (n < 4 || !digits(s, 4)) return false;
    if (n == 4) return true;
    if (n < 6 || !digits(s + 4, 2) || num2(s + 4) < 1 || num2(s + 4) > 12) return false;
    if (n == 6) return true;
    if (n < 8 || !digits(s + 6, 2) || num2(s + 6) < 1 || num2(s + 6) > 31) return false;
    if (n == 8) return true;
    return tm_valid(s + 8, n - 8);
}

/* Trim leading and trailing spaces (IS, DS). */
static const char *trim_both(const char *s, size_t *n) {
    while (*n > 0 && s[0] == ' ') { s++; (*n)--; }
    *n = rtrim(s, *n);
    return s;
}

static bool int_string_valid(const char *s, size_t n) {
    if (n > 12) return false;
    s = trim_both(s, &n);
    size_t i = 0;
    if (n > 0 && (s[0] == '+' || s[0] == '-')) i = 1;
    if (i >= n || !digits(s + i, n - i)) return false;
    long long v = strtoll(s, NULL, 10);   /* <= 12 chars: no overflow */
    return v >= INT32_MIN && v <= INT32_MAX;
}

static bool ds_valid(const char *s, size_t n) {
    if (n > 16) return false;
    s = trim_both(s, &n);
    size_t i = 0, mant = 0;
    if (i < n && (s[i] == '+' || s[i] == '-')) i++;
    while (i < n && is_digit(s[i])) { i++; mant++; }
    if (i < n && s[i] == '.') {
        i++;
        while (i < n && is_digit(s[i])) { i++; mant++; }
    }
    if (mant == 0) return false;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-')) i++;
        size_t e0 = i;
        while (i < n && is_digit(s[i])) i++;
        if (i == e0) return false;
    }
    return i == n;
}

static bool cs_valid(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'A' && c <= 'Z') || is_digit(c) || c == ' ' || c == '_')) return false;
    }
    return true;
}

/* PN: at most 64 characters per '='-separated component group. */
static bool pn_valid(const char *s, size_t n) {
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || s[i] == '=') {
            if (utf8_chars(s + start, i - start) > 64) return false;
            start = i + 1;
        }
    }
    return true;
}

static bool int_in(const json_t *v, long long lo, long long hi) {
    if (!json_is_integer(v)) return false;
    long long x = json_integer_value(v);
    return x >= lo && x <= hi;
}

static bool b64_string(const json_t *v) {
    return json_is_string(v) && b64_valid(json_string_value(v), json_string_length(v));
}

/* NULL when the scalar v (not an array or object) fits vr, else why not.
 * `limited`: an AHI length limit replaces the VR's length rule. */
static const char *value_misfit(dcm_vr vr, const json_t *v, bool limited) {
    if (json_is_null(v)) return NULL;
    if (dcm_vr_is_string(vr) || vr == DCM_VR_AT) {
        if (!json_is_string(v)) return "a string is required";
        const char *s = json_string_value(v);
        size_t n = json_string_length(v), t = rtrim(s, n);
        size_t chars = utf8_chars(s, n);
        switch (vr) {
        case DCM_VR_AE: return limited || n <= 16 ? NULL : "longer than 16";
        case DCM_VR_AS:
            return t == 4 && digits(s, 3) && (s[3] == 'D' || s[3] == 'W' || s[3] == 'M' || s[3] == 'Y')
                       ? NULL : "not nnnD/W/M/Y";
        case DCM_VR_AT: return hex8_any(s) ? NULL : "not 8 hex digits";
        case DCM_VR_CS:
            if (!limited && n > 16) return "longer than 16";
            return cs_valid(s, n) ? NULL : "not [A-Z0-9 _]";
        case DCM_VR_DA: return da_valid(s, t) ? NULL : "not YYYYMMDD";
        case DCM_VR_DS: return ds_valid(s, n) ? NULL : "not a decimal string of <= 16 characters";
        case DCM_VR_DT: return dt_valid(s, t) ? NULL : "not YYYY[MM[DD[HH[MM[SS[.F]]]]]][&ZZXX]";
        case DCM_VR_IS: return int_string_valid(s, n) ? NULL : "not an integer string in int32 range";
        case DCM_VR_LO: return limited || chars <= 64 ? NULL : "longer than 64";
        case DCM_VR_LT: return limited || chars <= 10240 ? NULL : "longer than 10240";
        case DCM_VR_PN: return limited || pn_valid(s, n) ? NULL : "a component group longer than 64";
        case DCM_VR_SH: return limited || chars <= 16 ? NULL : "longer than 16";
        case DCM_VR_ST: return limited || chars <= 1024 ? NULL : "longer than 1024";
        case DCM_VR_TM: return tm_valid(s, t) ? NULL : "not HH[MM[SS[.F{1,6}]]]";
        case DCM_VR_UI: return uid_valid(s, t) ? NULL : "not [0-9.]{1,64}";
        default: return NULL;   /* UC, UR, UT: unlimited */
        }
    }
    switch (vr) {
    case DCM_VR_US: return int_in(v, 0, 65535) ? NULL : "an integer 0..65535 is required";
    case DCM_VR_SS: return int_in(v, -32768, 32767) ? NULL : "an integer -32768..32767 is required";
    case DCM_VR_UL: return int_in(v, 0, 4294967295LL) ? NULL : "an integer 0..4294967295 is required";
    case DCM_VR_SL: return int_in(v, INT32_MIN, INT32_MAX) ? NULL : "a 32-bit integer is required";
    case DCM_VR_SV: return json_is_integer(v) ? NULL : "an integer is required";
    case DCM_VR_UV: return int_in(v, 0, LLONG_MAX) ? NULL : "a non-negative integer is required";
    case DCM_VR_FL: case DCM_VR_FD: return json_is_number(v) ? NULL : "a number is required";
    case DCM_VR_OB: case DCM_VR_OD: case DCM_VR_OF: case DCM_VR_OL: case DCM_VR_OV:
    case DCM_VR_OW: case DCM_VR_UN: case DCM_VR_AMBIG_OB_OW:
        return b64_string(v) ? NULL : "a base64 string is required";
    case DCM_VR_AMBIG_US_SS:
        return int_in(v, -32768, 65535) ? NULL : "an integer -32768..65535 is required";
    case DCM_VR_AMBIG_US_OW:
        return int_in(v, 0, 65535) || b64_string(v) ? NULL : "an integer or base64 string is required";
    case DCM_VR_AMBIG_US_SS_OW:
        return int_in(v, -32768, 65535) || b64_string(v) ? NULL
                                                         : "an integer or base64 string is required";
    default: return NULL;
    }
}

/* Does the ambiguous dictionary VR `dict` admit the real VR `vr`? */
static bool ambig_allows(dcm_vr dict, dcm_vr vr) {
    switch (dict) {
    case DCM_VR_AMBIG_US_SS: return vr == DCM_VR_US || vr == DCM_VR_SS;
    case DCM_VR_AMBIG_OB_OW: return vr == DCM_VR_OB || vr == DCM_VR_OW;
    case DCM_VR_AMBIG_US_OW: return vr == DCM_VR_US || vr == DCM_VR_OW;
    case DCM_VR_AMBIG_US_SS_OW: return vr == DCM_VR_US || vr == DCM_VR_SS || vr == DCM_VR_OW;
    default: return false;
    }
}

static bool vr_is_ambig(dcm_vr vr) {
    return vr >= DCM_VR_AMBIG_US_SS && vr <= DCM_VR_AMBIG_US_SS_OW;
}

/* A two-letter VR code string, or DCM_VR_UNKNOWN. */
static dcm_vr vr_of_string(const json_t *v) {
    const char *s = json_string_value(v);
    if (!s || json_string_length(v) != 2) return DCM_VR_UNKNOWN;
    return dcm_vr_from_bytes((uint8_t)s[0], (uint8_t)s[1]);
}

/* ---- document shape --------------------------------------------------- */

#define MALFORMED(err, ...) tess_fail((err), "InternalServerException: metadata document is malformed: " __VA_ARGS__)

static json_t *obj_at(const json_t *o, const char *k) {
    json_t *v = json_object_get(o, k);
    return json_is_object(v) ? v : NULL;
}

static json_t *doc_patient_dicom(const json_t *doc) { return obj_at(obj_at(doc, "Patient"), "DICOM"); }
static json_t *doc_study(const json_t *doc) { return obj_at(doc, "Study"); }
static json_t *doc_study_dicom(const json_t *doc) { return obj_at(doc_study(doc), "DICOM"); }
static json_t *doc_series_map(const json_t *doc) { return obj_at(doc_study(doc), "Series"); }

int ise_doc_check(const json_t *doc, tess_error *err) {
    if (!json_is_object(doc)) return MALFORMED(err, "not a JSON object");
    if (!doc_patient_dicom(doc)) return MALFORMED(err, "no Patient.DICOM object");
    if (!doc_study_dicom(doc)) return MALFORMED(err, "no Study.DICOM object");
    json_t *series = doc_series_map(doc);
    if (!series) return MALFORMED(err, "no Study.Series object");
    json_t *seen = json_object();
    if (!seen) return OOM(err);
    const char *se_key, *sop;
    json_t *se, *inst;
    int rc = 0;
    json_object_foreach(series, se_key, se) {
        size_t n = strlen(se_key);
        if (n < 1 || n > UID_MAX) { rc = MALFORMED(err, "series key of %zu characters", n); break; }
        if (!json_is_object(se) || !obj_at(se, "DICOM") || !obj_at(se, "Instances")) {
            rc = MALFORMED(err, "series %s needs DICOM and Instances objects", se_key);
            break;
        }
        json_object_foreach(obj_at(se, "Instances"), sop, inst) {
            size_t m = strlen(sop);
            if (m < 1 || m > UID_MAX) { rc = MALFORMED(err, "instance key of %zu characters", m); break; }
            json_t *vrs = json_object_get(inst, "DICOMVRs");
            if (!json_is_object(inst) || !obj_at(inst, "DICOM") || (vrs && !json_is_object(vrs))) {
                rc = MALFORMED(err, "instance %s needs a DICOM object", sop);
                break;
            }
            if (json_object_get(seen, sop)) {
                rc = MALFORMED(err, "instance %s appears in two series", sop);
                break;
            }
            if (json_object_set_new(seen, sop, json_true()) != 0) { rc = OOM(err); break; }
        }
        if (rc) break;
    }
    json_decref(seen);
    return rc;
}

const json_t *ise_doc_find_instance(const json_t *doc, const char *sop, const char **series_uid) {
    const char *se_key;
    json_t *se;
    json_t *map = doc_series_map(doc);
    if (!map || !sop) return NULL;
    json_object_foreach(map, se_key, se) {
        json_t *inst = json_object_get(obj_at(se, "Instances"), sop);
        if (inst) {
            if (series_uid) *series_uid = se_key;
            return inst;
        }
    }
    return NULL;
}

static size_t doc_instance_count(const json_t *doc) {
    size_t n = 0;
    const char *k;
    json_t *se;
    json_object_foreach(doc_series_map(doc), k, se) n += json_object_size(obj_at(se, "Instances"));
    return n;
}

/* Append s to a growing char[65] array. */
static int push_uid(char (**arr)[65], size_t *n, size_t *cap, const char *s) {
    if (tess_grow(arr, cap, *n + 1, sizeof **arr) != 0) return -1;
    snprintf((*arr)[*n], 65, "%s", s);
    (*n)++;
    return 0;
}

int ise_doc_sops(const json_t *doc, char (**sops)[65], size_t *n, tess_error *err) {
    *sops = NULL;
    *n = 0;
    if (ise_doc_check(doc, err) != 0) return -1;
    size_t cap = 0;
    const char *k, *sop;
    json_t *se, *inst;
    json_object_foreach(doc_series_map(doc), k, se) {
        json_object_foreach(obj_at(se, "Instances"), sop, inst) {
            if (push_uid(sops, n, &cap, sop) != 0) {
                free(*sops);
                *sops = NULL;
                *n = 0;
                return OOM(err);
            }
        }
    }
    return 0;
}

int ise_doc_instance_frames(const json_t *doc, const char *sop, char (**ids)[33], size_t *n,
                            tess_error *err) {
    *ids = NULL;
    *n = 0;
    const json_t *inst = ise_doc_find_instance(doc, sop, NULL);
    if (!inst) return tess_fail(err, "instance %.64s is not in the metadata document", sop ? sop : "(null)");
    json_t *frames = json_object_get(inst, "ImageFrames");
    if (!frames) return 0;
    if (!json_is_array(frames)) return MALFORMED(err, "ImageFrames of %s is not an array", sop);
    size_t count = json_array_size(frames);
    if (count == 0) return 0;
    char (*out)[33] = malloc(count * sizeof *out);
    if (!out) return OOM(err);
    for (size_t i = 0; i < count; i++) {
        const char *id = json_string_value(json_object_get(json_array_get(frames, i), "ID"));
        if (!tess_id_valid(id)) {
            free(out);
            return MALFORMED(err, "frame %zu of instance %s has no valid ID", i + 1, sop);
        }
        memcpy(out[i], id, 33);
    }
    *ids = out;
    *n = count;
    return 0;
}

void ise_change_free(ise_change *c) {
    if (!c) return;
    free(c->removed_sops);
    free(c->added_sops);
    memset(c, 0, sizeof *c);
}

/* A set of the SOP UIDs of doc (NULL doc: empty set). */
static json_t *sop_set(const json_t *doc) {
    json_t *set = json_object();
    if (!set || !doc) return set;
    const char *k, *sop;
    json_t *se, *inst;
    json_object_foreach(doc_series_map(doc), k, se) {
        json_object_foreach(obj_at(se, "Instances"), sop, inst) {
            if (json_object_set_new(set, sop, json_true()) != 0) {
                json_decref(set);
                return NULL;
            }
        }
    }
    return set;
}

/* Fill the SOP lists of c: set differences of before (may be NULL) and
 * after, plus every SOP of `replaced` (may be NULL) in both lists. */
static int build_change(const json_t *before, const json_t *after, const json_t *replaced,
                        ise_change *c, tess_error *err) {
    json_t *b = sop_set(before), *a = sop_set(after);
    size_t cap_r = 0, cap_a = 0;
    int rc = 0;
    if (!b || !a) { rc = OOM(err); goto done; }
    const char *sop;
    json_t *v;
    json_object_foreach(b, sop, v) {
        if ((!json_object_get(a, sop) || json_object_get(replaced, sop)) &&
            push_uid(&c->removed_sops, &c->nremoved, &cap_r, sop) != 0) { rc = OOM(err); goto done; }
    }
    json_object_foreach(a, sop, v) {
        if ((!json_object_get(b, sop) || json_object_get(replaced, sop)) &&
            push_uid(&c->added_sops, &c->nadded, &cap_a, sop) != 0) { rc = OOM(err); goto done; }
    }
done:
    json_decref(a);
    json_decref(b);
    if (rc) ise_change_free(c);
    return rc;
}

/* Did a Patient, Study or Series attribute (or the set of series) change
 * from a (NULL: nothing) to b? */
static bool study_level_differs(const json_t *a, const json_t *b) {
    if (!a) return true;
    if (!json_equal(doc_patient_dicom(a), doc_patient_dicom(b))) return true;
    if (!json_equal(doc_study_dicom(a), doc_study_dicom(b))) return true;
    json_t *sa = doc_series_map(a), *sb = doc_series_map(b);
    if (json_object_size(sa) != json_object_size(sb)) return true;
    const char *k;
    json_t *se;
    json_object_foreach(sa, k, se) {
        json_t *other = json_object_get(sb, k);
        if (!other || !json_equal(json_object_get(se, "DICOM"), json_object_get(other, "DICOM")))
            return true;
    }
    return false;
}

typedef struct size_count { size_t n, limit; bool over; } size_count;

static int count_cb(const char *buffer, size_t size, void *data) {
    (void)buffer;
    size_count *c = data;
    c->n += size;
    if (c->n > c->limit) { c->over = true; return -1; }
    return 0;
}

int ise_doc_check_size(const json_t *doc, size_t limit, tess_error *err) {
    size_count c = { 0, limit, false };
    if (json_dump_callback(doc, count_cb, &c, JSON_COMPACT) != 0) {
        if (c.over)
            return tess_fail(err, "ServiceQuotaExceededException: the metadata document would be "
                                  "over %zu bytes (the per-image-set limit)", limit);
        return tess_fail(err, "InternalServerException: cannot serialize the metadata document");
    }
    return 0;
}

/* ---- update ----------------------------------------------------------- */

typedef struct ectx {
    bool force;
    bool forced;        /* a rule needing force was passed */
    tess_error *err;
} ectx;

/* With force: note it and return 0; without: the ValidationException. */
static int need_force(ectx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int need_force(ectx *c, const char *fmt, ...) {
    if (c->force) {
        c->forced = true;
        return 0;
    }
    char what[TESS_ERROR_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    return tess_fail(c->err, "ValidationException: %s requires force=true", what);
}

/* Members of a fragment object other than `allowed` (NULL-terminated). */
static int only_members(const json_t *obj, const char *const *allowed, const char *where,
                        tess_error *err) {
    const char *k;
    json_t *v;
    json_object_foreach((json_t *)obj, k, v) {
        bool ok = false;
        for (const char *const *a = allowed; *a; a++)
            if (strcmp(k, *a) == 0) ok = true;
        if (ok) continue;
        if (is_generated(k))
            return tess_fail(err, "ValidationException: %s is generated by the service and cannot "
                                  "be changed (%s)", k, where);
        return tess_fail(err, "ValidationException: unknown member \"%.64s\" in %s", k, where);
    }
    return 0;
}

/* A member that must be an object when present; *out NULL when absent. */
static int member_object(const json_t *obj, const char *k, const char *where, const json_t **out,
                         tess_error *err) {
    const json_t *v = json_object_get(obj, k);
    *out = v;
    if (v && !json_is_object(v))
        return tess_fail(err, "ValidationException: %s.%s must be a JSON object", where, k);
    return 0;
}

typedef struct attr_target {
    md_level level;
    const char *where;          /* "Patient.DICOM", "series <uid>", ... */
    json_t *dicom;              /* the DICOM object of the work document */
    json_t *inst;               /* the instance object (DICOMVRs), or NULL */
    const json_t *frag_vrs;     /* the fragment's DICOMVRs, or NULL */
    const char *cur_uid;        /* series key / SOP key (current UID) */
} attr_target;

enum { K_KEYWORD, K_HEX, K_NONSTD };

/* The key under which the instance's DICOMVRs holds the VR of an
 * attribute: key itself, or for a keyword its 8-hex tag; NULL if none. */
static const char *doc_vrs_key(const json_t *inst, const char *key, uint32_t tag, int kind,
                               char hex[9]) {
    json_t *vrs = json_object_get(inst, "DICOMVRs");
    if (!vrs) return NULL;
    if (json_object_get(vrs, key)) return key;
    if (kind == K_KEYWORD) {
        snprintf(hex, 9, "%08X", (unsigned)tag);
        if (json_object_get(vrs, hex)) return hex;
    }
    return NULL;
}

static bool same_or_null(const json_t *v, const json_t *w) {
    if (!v) v = json_null();
    if (!w) w = json_null();
    return json_equal(v, w);
}

/* Check a value of a known VR: scalars and array items. */
static int check_value(ectx *c, const attr_target *t, const char *key, dcm_vr vr, bool multi,
                       const json_t *val) {
    size_t limit = ahi_limit(key);
    size_t n = json_is_array(val) ? json_array_size(val) : 1;
    for (size_t i = 0; i < n; i++) {
        const json_t *v = json_is_array(val) ? json_array_get(val, i) : val;
        if (json_is_object(v) || json_is_array(v))
            return tess_fail(c->err, "ValidationException: %s at %s: nested arrays and objects are "
                                     "only valid in a sequence (SQ)", key, t->where);
        if (limit && json_is_string(v) &&
            utf8_chars(json_string_value(v), json_string_length(v)) > limit)
            return tess_fail(c->err, "ValidationException: %s at %s is longer than %zu characters",
                             key, t->where, limit);
    }
    if (multi && need_force(c, "updating the multi-valued attribute %s at %s", key, t->where))
        return -1;
    if (!multi && json_is_array(val) &&
        need_force(c, "an array value for the single-valued attribute %s at %s", key, t->where))
        return -1;
    if (vr == DCM_VR_UNKNOWN) return 0;
    for (size_t i = 0; i < n; i++) {
        const json_t *v = json_is_array(val) ? json_array_get(val, i) : val;
        const char *why = value_misfit(vr, v, limit != 0);
        if (why)
            return need_force(c, "a value that does not fit VR %s (%s) for %s at %s",
                              dcm_vr_name(vr), why, key, t->where);
    }
    return 0;
}

/* Update (or remove) one attribute of a DICOM object of the work doc. */
static int apply_attr(ectx *c, const attr_target *t, const char *key, const json_t *val,
                      bool removing) {
    const char *verb = removing ? "removed" : "updated";
    if (is_generated(key))
        return tess_fail(c->err, "ValidationException: %s is generated by the service and cannot be "
                                 "%s (%s)", key, verb, t->where);
    int kind;
    uint32_t tag = 0;
    const dcm_dict_entry *e = NULL;
    if (hex8_upper(key, &tag)) {
        e = dcm_dict_lookup(tag);
        if (e && e->keyword[0])
            return tess_fail(c->err, "ValidationException: %s at %s: name this attribute by its "
                                     "keyword %s", key, t->where, e->keyword);
        kind = K_HEX;
    } else if (hex8_any(key)) {
        return tess_fail(c->err, "ValidationException: tag key %s at %s: write tags as 8 uppercase "
                                 "hex digits", key, t->where);
    } else if ((e = dcm_dict_by_keyword(key)) != NULL) {
        kind = K_KEYWORD;
        tag = e->tag;
    } else {
        kind = K_NONSTD;
    }

    if (kind != K_NONSTD) {
        md_level lv = md_level_of(tag);
        if (lv != t->level)
            return tess_fail(c->err, "ValidationException: %.64s is a %s-level attribute and cannot "
                                     "be %s at %s", key, md_level_name(lv), verb, t->where);
    }
    json_t *cur = json_object_get(t->dicom, key);
    if (removing && !cur)
        return tess_fail(c->err, "ValidationException: cannot remove %.64s at %s: it is not present",
                         key, t->where);
    if (kind == K_NONSTD &&
        need_force(c, "the non-standard attribute %.64s at %s", key, t->where))
        return -1;
    if (kind == K_HEX &&
        need_force(c, "%s the private or unknown tag %s at %s", removing ? "removing" : "setting",
                   key, t->where))
        return -1;

    bool key_uid = kind == K_KEYWORD && (tag == TAG_STUDY_INSTANCE_UID ||
                                         tag == TAG_SERIES_INSTANCE_UID ||
                                         tag == TAG_SOP_INSTANCE_UID);
    char hex[9];
    if (removing) {
        if (key_uid)
            return tess_fail(c->err, "ValidationException: %s cannot be removed (%s)", key, t->where);
        if (kind == K_KEYWORD && tag == TAG_STUDY_ID &&
            need_force(c, "changing StudyID (removing it at %s)", t->where))
            return -1;
        json_object_del(t->dicom, key);
        const char *vk;
        while (t->inst && (vk = doc_vrs_key(t->inst, key, tag, kind, hex)) != NULL)
            json_object_del(json_object_get(t->inst, "DICOMVRs"), vk);
        return 0;
    }

    if (json_is_object(val))
        return tess_fail(c->err, "ValidationException: %.64s at %s: an object is only valid as a "
                                 "sequence item", key, t->where);
    if (key_uid) {
        const char *s = json_string_value(val);
        if (!s || !uid_valid(s, json_string_length(val)))
            return tess_fail(c->err, "ValidationException: %s at %s must be a UID of 1 to 64 "
                                     "digits and dots", key, t->where);
        const char *now = tag == TAG_STUDY_INSTANCE_UID ? json_string_value(cur) : t->cur_uid;
        if ((!now || strcmp(now, s) != 0) &&
            need_force(c, "changing %s at %s", key, t->where))
            return -1;
    }
    if (kind == K_KEYWORD && tag == TAG_STUDY_ID && !same_or_null(cur, val) &&
        need_force(c, "changing StudyID at %s", t->where))
        return -1;

    /* The VR: the fragment's DICOMVRs, else the document's, else the
     * dictionary's. */
    const json_t *fv = t->frag_vrs ? json_object_get(t->frag_vrs, key) : NULL;
    dcm_vr fvr = DCM_VR_UNKNOWN, vr = DCM_VR_UNKNOWN;
    if (fv && (fvr = vr_of_string(fv)) == DCM_VR_UNKNOWN)
        return tess_fail(c->err, "ValidationException: DICOMVRs entry %s at %s is not a VR code",
                         key, t->where);
    const char *dk = t->inst ? doc_vrs_key(t->inst, key, tag, kind, hex) : NULL;
    dcm_vr dvr = dk ? vr_of_string(json_object_get(json_object_get(t->inst, "DICOMVRs"), dk))
                    : DCM_VR_UNKNOWN;
    bool record = false;
    if (kind == K_KEYWORD) {
        vr = (dcm_vr)e->vr;
        if (fvr != DCM_VR_UNKNOWN) {
            if (fvr != vr && !ambig_allows(vr, fvr) &&
                need_force(c, "VR %s for %s at %s (dictionary VR %s)", dcm_vr_name(fvr), key,
                           t->where, dcm_vr_name(vr)))
                return -1;
            record = fvr != vr || vr_is_ambig(vr);
            vr = fvr;
        } else if (dvr != DCM_VR_UNKNOWN) {
            vr = dvr;
        }
    } else if (kind == K_HEX) {
        if (fvr != DCM_VR_UNKNOWN) {
            vr = fvr;
            record = true;
        } else if (dvr != DCM_VR_UNKNOWN) {
            vr = dvr;
        } else if (e && e->vr > DCM_VR_UNKNOWN && e->vr < DCM_VR_COUNT_REAL) {
            vr = (dcm_vr)e->vr;
        } else {
            return tess_fail(c->err, "ValidationException: %s at %s needs a DICOMVRs entry giving "
                                     "its VR", key, t->where);
        }
    } else {
        vr = fvr != DCM_VR_UNKNOWN ? fvr : dvr;
        record = fvr != DCM_VR_UNKNOWN;
    }

    if (vr == DCM_VR_SQ) {
        bool ok = json_is_null(val) || json_is_array(val);
        for (size_t i = 0; ok && json_is_array(val) && i < json_array_size(val); i++)
            ok = json_is_object(json_array_get(val, i));
        if (!ok)
            return tess_fail(c->err, "ValidationException: the sequence %.64s at %s must be an array "
                                     "of objects or null", key, t->where);
        if (need_force(c, "updating the sequence %.64s at %s", key, t->where)) return -1;
    } else {
        bool multi = kind == K_KEYWORD && strcmp(e->vm, "1") != 0;
        if (check_value(c, t, key, key_uid ? DCM_VR_UNKNOWN : vr, multi, val) != 0) return -1;
    }

    json_t *copy = json_deep_copy(val);
    if (!copy || json_object_set_new(t->dicom, key, copy) != 0) return OOM(c->err);
    if (record && t->inst) {
        json_t *vrs = json_object_get(t->inst, "DICOMVRs");
        if (!vrs) {
            vrs = json_object();
            if (!vrs || json_object_set_new(t->inst, "DICOMVRs", vrs) != 0) return OOM(c->err);
        }
        if (json_object_set_new(vrs, dk ? dk : key, json_string(dcm_vr_name(fvr))) != 0)
            return OOM(c->err);
    }
    return 0;
}

/* Apply every attribute of a fragment DICOM object. */
static int apply_attrs(ectx *c, const attr_target *t, const json_t *frag_dicom, bool removing) {
    const char *k;
    json_t *v;
    json_object_foreach((json_t *)frag_dicom, k, v)
        if (apply_attr(c, t, k, v, removing) != 0) return -1;
    return 0;
}

static int apply_instance(ectx *c, json_t *work, json_t *se, const char *se_key, const char *sop,
                          const json_t *frag, bool removing) {
    json_t *insts = obj_at(se, "Instances");
    json_t *inst = json_object_get(insts, sop);
    if (!inst)
        return tess_fail(c->err, "ValidationException: instance %.64s is not in series %.64s of the "
                                 "image set", sop, se_key);
    char where[96];
    snprintf(where, sizeof where, "instance %.64s", sop);
    if (!json_is_object(frag))
        return tess_fail(c->err, "ValidationException: %s must be a JSON object", where);
    if (removing && json_object_size(frag) == 0) {
        if (need_force(c, "removing the whole %s", where)) return -1;
        json_object_del(insts, sop);
        return 0;
    }
    static const char *const allowed[] = { "DICOM", "DICOMVRs", NULL };
    const json_t *fd, *fvrs;
    if (only_members(frag, allowed, where, c->err) || member_object(frag, "DICOM", where, &fd, c->err) ||
        member_object(frag, "DICOMVRs", where, &fvrs, c->err))
        return -1;
    const char *k;
    json_t *v;
    json_object_foreach((json_t *)fvrs, k, v) {
        if (!json_object_get(fd, k))
            return tess_fail(c->err, "ValidationException: DICOMVRs entry %.64s of %s has no value "
                                     "in its DICOM object", k, where);
    }
    attr_target t = { MD_LEVEL_INSTANCE, where, obj_at(inst, "DICOM"), inst,
                      removing ? NULL : fvrs, sop };
    if (fd && apply_attrs(c, &t, fd, removing) != 0) return -1;

    /* SOPInstanceUID changed: the instance key follows. */
    const char *now = json_string_value(json_object_get(t.dicom, "SOPInstanceUID"));
    if (!removing && json_object_get(fd, "SOPInstanceUID") && now && strcmp(now, sop) != 0) {
        if (ise_doc_find_instance(work, now, NULL))
            return tess_fail(c->err, "ValidationException: SOPInstanceUID %s is already an instance "
                                     "of the image set", now);
        json_incref(inst);
        json_object_del(insts, sop);
        if (json_object_set_new(insts, now, inst) != 0) return OOM(c->err);
    }
    return 0;
}

static int apply_series(ectx *c, json_t *work, const char *se_key, const json_t *frag,
                        bool removing) {
    json_t *map = doc_series_map(work);
    json_t *se = json_object_get(map, se_key);
    if (!se)
        return tess_fail(c->err, "ValidationException: series %.64s is not in the image set", se_key);
    char where[96];
    snprintf(where, sizeof where, "series %.64s", se_key);
    if (!json_is_object(frag))
        return tess_fail(c->err, "ValidationException: %s must be a JSON object", where);
    if (removing && json_object_size(frag) == 0) {
        if (need_force(c, "removing the whole %s", where)) return -1;
        json_object_del(map, se_key);
        return 0;
    }
    static const char *const allowed[] = { "DICOM", "Instances", NULL };
    const json_t *fd, *fi;
    if (only_members(frag, allowed, where, c->err) || member_object(frag, "DICOM", where, &fd, c->err) ||
        member_object(frag, "Instances", where, &fi, c->err))
        return -1;
    attr_target t = { MD_LEVEL_SERIES, where, obj_at(se, "DICOM"), NULL, NULL, se_key };
    if (fd && apply_attrs(c, &t, fd, removing) != 0) return -1;
    const char *sop;
    json_t *v;
    json_object_foreach((json_t *)fi, sop, v)
        if (apply_instance(c, work, se, se_key, sop, v, removing) != 0) return -1;

    if (removing) {
        if (fi && json_object_size(obj_at(se, "Instances")) == 0) json_object_del(map, se_key);
        return 0;
    }
    /* SeriesInstanceUID changed: the series key follows. */
    const char *now = json_string_value(json_object_get(t.dicom, "SeriesInstanceUID"));
    if (json_object_get(fd, "SeriesInstanceUID") && now && strcmp(now, se_key) != 0) {
        if (json_object_get(map, now))
            return tess_fail(c->err, "ValidationException: SeriesInstanceUID %s is already a series "
                                     "of the image set", now);
        json_incref(se);
        json_object_del(map, se_key);
        if (json_object_set_new(map, now, se) != 0) return OOM(c->err);
    }
    return 0;
}

static int check_schema(const json_t *frag, const char *name, tess_error *err) {
    const json_t *v = json_object_get(frag, "SchemaVersion");
    if (!v) return tess_fail(err, "ValidationException: %s: SchemaVersion is required", name);
    if (json_is_string(v) && strcmp(json_string_value(v), "1.1") == 0) return 0;
    if (json_is_real(v) && json_real_value(v) == 1.1) return 0;
    return tess_fail(err, "ValidationException: %s: SchemaVersion must be 1.1", name);
}

static int apply_fragment(ectx *c, json_t *work, const json_t *frag, bool removing) {
    const char *name = removing ? "removableAttributes" : "updatableAttributes";
    if (!json_is_object(frag))
        return tess_fail(c->err, "ValidationException: %s must be a JSON object", name);
    if (check_schema(frag, name, c->err)) return -1;
    static const char *const top[] = { "SchemaVersion", "Patient", "Study", NULL };
    static const char *const patient[] = { "DICOM", NULL };
    static const char *const study[] = { "DICOM", "Series", NULL };
    if (only_members(frag, top, name, c->err)) return -1;

    const json_t *p, *s, *d, *series;
    if (member_object(frag, "Patient", name, &p, c->err) ||
        member_object(frag, "Study", name, &s, c->err))
        return -1;
    if (p) {
        if (only_members(p, patient, "Patient", c->err) ||
            member_object(p, "DICOM", "Patient", &d, c->err))
            return -1;
        attr_target t = { MD_LEVEL_PATIENT, "Patient.DICOM", doc_patient_dicom(work), NULL, NULL, NULL };
        if (d && apply_attrs(c, &t, d, removing)) return -1;
    }
    if (s) {
        if (only_members(s, study, "Study", c->err) ||
            member_object(s, "DICOM", "Study", &d, c->err) ||
            member_object(s, "Series", "Study", &series, c->err))
            return -1;
        attr_target t = { MD_LEVEL_STUDY, "Study.DICOM", doc_study_dicom(work), NULL, NULL, NULL };
        if (d && apply_attrs(c, &t, d, removing)) return -1;
        const char *k;
        json_t *v;
        json_object_foreach((json_t *)series, k, v)
            if (apply_series(c, work, k, v, removing) != 0) return -1;
    }
    if (removing && doc_instance_count(work) == 0)
        return tess_fail(c->err, "ValidationException: removableAttributes would remove every "
                                 "instance of the image set (delete the image set instead)");
    return 0;
}

int ise_doc_update(json_t *doc, const json_t *updatable, const json_t *removable, bool force,
                   ise_change *chg, tess_error *err) {
    if (chg) memset(chg, 0, sizeof *chg);
    if (ise_doc_check(doc, err) != 0) return -1;
    if (!updatable && !removable)
        return tess_fail(err, "ValidationException: DICOMUpdates needs updatableAttributes or "
                              "removableAttributes");
    json_t *work = json_deep_copy(doc);
    if (!work) return OOM(err);
    ectx c = { force, false, err };
    ise_change tmp;
    memset(&tmp, 0, sizeof tmp);
    if (updatable && apply_fragment(&c, work, updatable, false) != 0) goto fail;
    if (removable && apply_fragment(&c, work, removable, true) != 0) goto fail;
    if (ise_doc_check_size(work, ISE_DOC_MAX_BYTES, err) != 0) goto fail;
    if (chg) {
        if (build_change(doc, work, NULL, &tmp, err) != 0) goto fail;
        tmp.study_keys_changed = study_level_differs(doc, work);
        tmp.forced_used = c.forced;
    }
    /* Commit: doc takes work's members (work is a deep copy: no sharing). */
    json_object_clear(doc);
    if (json_object_update(doc, work) != 0) {
        ise_change_free(&tmp);
        json_decref(work);
        return OOM(err);
    }
    json_decref(work);
    if (chg) *chg = tmp;
    return 0;
fail:
    json_decref(work);
    return -1;
}

/* ---- blob parsing ----------------------------------------------------- */

int ise_parse_update_blob(const char *base64, size_t max_bytes, json_t **out, tess_error *err) {
    *out = NULL;
    if (max_bytes == 0) max_bytes = ISE_UPDATE_BLOB_MAX;
    if (!base64) return tess_fail(err, "ValidationException: the update blob is missing");
    uint8_t *buf = malloc(max_bytes);
    if (!buf) return OOM(err);
    size_t outn = 0, pos = 0;
    switch (tess_base64_decode(base64, strlen(base64), true, buf, max_bytes, &outn, &pos)) {
    case TESS_B64_OK:
        break;
    case TESS_B64_BAD_CHAR:
        free(buf);
        return tess_fail(err, "ValidationException: the update blob is not valid base64 "
                              "(character %zu is not in the base64 alphabet)", pos);
    case TESS_B64_TOO_LONG:
        free(buf);
        return tess_fail(err, "ValidationException: the update blob is over %zu bytes",
                         max_bytes);
    case TESS_B64_TRUNCATED:
        free(buf);
        return tess_fail(err, "ValidationException: the update blob is not valid base64 (truncated)");
    case TESS_B64_BAD_PAD:
        free(buf);
        return tess_fail(err, "ValidationException: the update blob is not valid base64 (bad padding)");
    }
    if (outn == 0) {
        free(buf);
        return tess_fail(err, "ValidationException: the update blob is empty");
    }
    json_error_t jerr;
    json_t *j = json_loadb((const char *)buf, outn, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &jerr);
    free(buf);
    if (!j)
        return tess_fail(err, "ValidationException: the update blob is not valid JSON: %s (line %d, "
                              "column %d)", jerr.text, jerr.line, jerr.column);
    if (!json_is_object(j)) {
        json_decref(j);
        return tess_fail(err, "ValidationException: the update blob must hold a JSON object");
    }
    *out = j;
    return 0;
}

/* ---- copy ------------------------------------------------------------- */

int ise_parse_copiable(const char *text, json_t **out, tess_error *err) {
    *out = NULL;
    if (!text) return tess_fail(err, "ValidationException: copiableAttributes is missing");
    size_t n = strlen(text);
    if (utf8_chars(text, n) > ISE_COPIABLE_MAX_CHARS)
        return tess_fail(err, "ValidationException: copiableAttributes is longer than %d characters",
                         ISE_COPIABLE_MAX_CHARS);
    json_error_t jerr;
    json_t *j = json_loadb(text, n, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &jerr);
    if (!j)
        return tess_fail(err, "ValidationException: copiableAttributes is not valid JSON: %s (line "
                              "%d, column %d)", jerr.text, jerr.line, jerr.column);
    if (!json_is_object(j)) {
        json_decref(j);
        return tess_fail(err, "ValidationException: copiableAttributes must be a JSON object");
    }
    *out = j;
    return 0;
}

typedef struct sel {
    const char *se;         /* source series key (borrowed from src) */
    const char *sop;        /* SOP key (borrowed) */
    const json_t *inst;     /* source instance object (borrowed) */
} sel;

typedef struct sel_list { sel *v; size_t n, cap; } sel_list;

static int sel_push(sel_list *l, const char *se, const char *sop, const json_t *inst) {
    if (tess_grow(&l->v, &l->cap, l->n + 1, sizeof *l->v) != 0) return -1;
    l->v[l->n++] = (sel){ se, sop, inst };
    return 0;
}

static int select_series(sel_list *l, const char *se_key, const json_t *se, tess_error *err) {
    const char *sop;
    json_t *inst;
    json_object_foreach(obj_at(se, "Instances"), sop, inst)
        if (sel_push(l, se_key, sop, inst) != 0) return OOM(err);
    return 0;
}

/* The instances copiable selects in src (NULL: all of them). */
static int parse_copiable(const json_t *src, const json_t *copiable, sel_list *l, tess_error *err) {
    json_t *src_series = doc_series_map(src);
    const char *se_key, *sop;
    json_t *se, *v;
    if (!copiable) {
        json_object_foreach(src_series, se_key, se)
            if (select_series(l, se_key, se, err) != 0) return -1;
    } else {
        static const char *const top[] = { "SchemaVersion", "Study", NULL };
        static const char *const study[] = { "Series", NULL };
        static const char *const series[] = { "Instances", NULL };
        const char *name = "copiableAttributes";
        if (!json_is_object(copiable))
            return tess_fail(err, "ValidationException: %s must be a JSON object", name);
        const json_t *s, *sm;
        if (check_schema(copiable, name, err) || only_members(copiable, top, name, err) ||
            member_object(copiable, "Study", name, &s, err))
            return -1;
        if (!s)
            return tess_fail(err, "ValidationException: %s must select instances under "
                                  "Study.Series", name);
        if (only_members(s, study, "copiableAttributes.Study", err) ||
            member_object(s, "Series", "copiableAttributes.Study", &sm, err))
            return -1;
        json_object_foreach((json_t *)sm, se_key, v) {
            json_t *sse = json_object_get(src_series, se_key);
            if (!sse)
                return tess_fail(err, "ValidationException: series %.64s is not in the source image "
                                      "set", se_key);
            char where[96];
            snprintf(where, sizeof where, "copiableAttributes series %.64s", se_key);
            const json_t *fi;
            if (!json_is_object(v))
                return tess_fail(err, "ValidationException: %s must be a JSON object", where);
            if (only_members(v, series, where, err) ||
                member_object(v, "Instances", where, &fi, err))
                return -1;
            if (!fi) {
                if (select_series(l, se_key, sse, err) != 0) return -1;
                continue;
            }
            json_t *w;
            json_object_foreach((json_t *)fi, sop, w) {
                const json_t *inst = json_object_get(obj_at(sse, "Instances"), sop);
                if (!inst)
                    return tess_fail(err, "ValidationException: instance %.64s is not in series "
                                          "%.64s of the source image set", sop, se_key);
                if (!json_is_object(w) || json_object_size(w) != 0)
                    return tess_fail(err, "ValidationException: instance %.64s in %s must be {}",
                                     sop, where);
                if (sel_push(l, se_key, sop, inst) != 0) return OOM(err);
            }
        }
    }
    if (l->n == 0)
        return tess_fail(err, "ValidationException: copiableAttributes selects no instance");
    return 0;
}

/* The first attribute whose value differs (absent = null), or NULL. */
static const char *first_diff(const json_t *a, const json_t *b) {
    const char *k;
    json_t *v;
    json_object_foreach((json_t *)a, k, v)
        if (!same_or_null(v, json_object_get(b, k))) return k;
    json_object_foreach((json_t *)b, k, v)
        if (!json_object_get(a, k) && !json_is_null(v)) return k;
    return NULL;
}

/* A new series object {DICOM: deep copy of src series DICOM, Instances:{}}
 * set under key in map; borrowed result or NULL on OOM. */
static json_t *add_series(json_t *map, const char *key, const json_t *src_se) {
    json_t *se = json_pack("{s:o, s:{}}", "DICOM", json_deep_copy(obj_at(src_se, "DICOM")),
                           "Instances");
    if (!se || json_object_set_new(map, key, se) != 0) return NULL;
    return se;
}

int ise_doc_copy(const json_t *src, const json_t *dst, const json_t *copiable, bool force,
                 json_t **out, ise_change *chg, tess_error *err) {
    *out = NULL;
    if (chg) memset(chg, 0, sizeof *chg);
    if (ise_doc_check(src, err) != 0 || (dst && ise_doc_check(dst, err) != 0)) return -1;
    sel_list l = { NULL, 0, 0 };
    json_t *res = NULL, *replaced = NULL, *checked = NULL;
    ise_change tmp;
    memset(&tmp, 0, sizeof tmp);
    int rc = -1;
    if (parse_copiable(src, copiable, &l, err) != 0) goto done;

    json_t *dst_map = dst ? doc_series_map(dst) : NULL;
    size_t dst_nseries = json_object_size(dst_map);
    bool fresh = !dst || dst_nseries == 0;
    bool forced = false;
    if (dst) {
        res = json_deep_copy(dst);
    } else {
        res = json_object();
        static const char *const ids[] = { "SchemaVersion", "DatastoreID", "ImageSetID" };
        for (size_t i = 0; res && i < 3; i++) {
            json_t *v = json_object_get(src, ids[i]);
            if (v && json_object_set_new(res, ids[i], json_deep_copy(v)) != 0) {
                json_decref(res);
                res = NULL;
            }
        }
        if (res && !json_object_get(res, "SchemaVersion") &&
            json_object_set_new(res, "SchemaVersion", json_string("1.1")) != 0) {
            json_decref(res);
            res = NULL;
        }
    }
    replaced = json_object();
    checked = json_object();
    if (!res || !replaced || !checked) { OOM(err); goto done; }
    if (fresh) {
        if (json_object_set_new(res, "Patient", json_pack("{s:o}", "DICOM",
                                json_deep_copy(doc_patient_dicom(src)))) != 0 ||
            json_object_set_new(res, "Study", json_pack("{s:o, s:{}}", "DICOM",
                                json_deep_copy(doc_study_dicom(src)), "Series")) != 0) {
            OOM(err);
            goto done;
        }
    } else {
        const char *k;
        if ((k = first_diff(doc_patient_dicom(src), doc_patient_dicom(dst))) != NULL) {
            if (!force) {
                tess_fail(err, "ConflictException: Patient metadata of the source and destination "
                               "image sets differ (%.64s); force=true keeps the destination's", k);
                goto done;
            }
            forced = true;
        }
        if ((k = first_diff(doc_study_dicom(src), doc_study_dicom(dst))) != NULL) {
            if (!force) {
                tess_fail(err, "ConflictException: Study metadata of the source and destination "
                               "image sets differ (%.64s); force=true keeps the destination's", k);
                goto done;
            }
            forced = true;
        }
    }

    json_t *res_map = doc_series_map(res);
    for (size_t i = 0; i < l.n; i++) {
        const sel *s = &l.v[i];
        const json_t *src_se = json_object_get(doc_series_map(src), s->se);
        json_t *target = json_object_get(res_map, s->se);
        if (fresh) {
            if (!target && !(target = add_series(res_map, s->se, src_se))) { OOM(err); goto done; }
        } else if (json_object_get(dst_map, s->se)) {
            if (!target && !(target = add_series(res_map, s->se, json_object_get(dst_map, s->se)))) {
                OOM(err);   /* dropped after a replacement emptied it: restore dst's */
                goto done;
            }
            const char *k;
            if (!json_object_get(checked, s->se) &&
                (k = first_diff(obj_at(src_se, "DICOM"), obj_at(json_object_get(dst_map, s->se), "DICOM")))) {
                if (!force) {
                    tess_fail(err, "ConflictException: Series metadata of series %.64s differs between "
                                   "the source and destination image sets (%.64s); force=true keeps "
                                   "the destination's", s->se, k);
                    goto done;
                }
                forced = true;
            }
            if (json_object_set_new(checked, s->se, json_true()) != 0) { OOM(err); goto done; }
        } else {
            if (!force) {
                tess_fail(err, "ConflictException: INVALID_REQUEST:  Series of SourceImageSet and "
                               "DestinationImageSet don't match.");
                goto done;
            }
            forced = true;
            if (dst_nseries == 1) {
                void *it = json_object_iter(dst_map);
                const char *only = json_object_iter_key(it);
                target = json_object_get(res_map, only);
                if (!target && !(target = add_series(res_map, only, json_object_iter_value(it)))) {
                    OOM(err);
                    goto done;
                }
            } else if (!target && !(target = add_series(res_map, s->se, src_se))) {
                OOM(err);
                goto done;
            }
        }

        const char *was_se = NULL;
        if (ise_doc_find_instance(res, s->sop, &was_se)) {
            if (!force) {
                tess_fail(err, "ConflictException: SOPInstanceUID %.64s already exists in the "
                               "destination image set (series %.64s); force=true replaces it",
                          s->sop, was_se);
                goto done;
            }
            forced = true;
            if (json_object_set_new(replaced, s->sop, json_true()) != 0) { OOM(err); goto done; }
            json_t *was = json_object_get(res_map, was_se);
            json_object_del(obj_at(was, "Instances"), s->sop);
            if (was != target && json_object_size(obj_at(was, "Instances")) == 0)
                json_object_del(res_map, was_se);
        }
        json_t *copy = json_deep_copy(s->inst);
        if (!copy || json_object_set_new(obj_at(target, "Instances"), s->sop, copy) != 0) {
            OOM(err);
            goto done;
        }
    }

    if (ise_doc_check_size(res, ISE_DOC_MAX_BYTES, err) != 0) goto done;
    if (chg) {
        if (build_change(dst, res, replaced, &tmp, err) != 0) goto done;
        tmp.study_keys_changed = study_level_differs(dst, res);
        tmp.forced_used = forced;
        *chg = tmp;
    }
    *out = res;
    res = NULL;
    rc = 0;
done:
    json_decref(res);
    json_decref(replaced);
    json_decref(checked);
    free(l.v);
    return rc;
}

/* ---- helpers ---------------------------------------------------------- */

int ise_doc_set_ids(json_t *doc, const char *datastore_id, const char *image_set_id,
                    tess_error *err) {
    if (!json_is_object(doc)) return tess_fail(err, "metadata document is not a JSON object");
    if (!tess_id_valid(datastore_id) || !tess_id_valid(image_set_id))
        return tess_fail(err, "invalid datastore or image set ID (%.40s, %.40s)",
                         datastore_id ? datastore_id : "(null)",
                         image_set_id ? image_set_id : "(null)");
    if (json_object_set_new(doc, "DatastoreID", json_string(datastore_id)) != 0 ||
        json_object_set_new(doc, "ImageSetID", json_string(image_set_id)) != 0)
        return OOM(err);
    return 0;
}

int ise_doc_new(const char *datastore_id, const char *image_set_id, json_t **out,
                tess_error *err) {
    *out = NULL;
    json_t *doc = json_object();
    if (!doc || json_object_set_new(doc, "SchemaVersion", json_string("1.1")) != 0) {
        json_decref(doc);
        return OOM(err);
    }
    if (ise_doc_set_ids(doc, datastore_id, image_set_id, err) != 0) {
        json_decref(doc);
        return -1;
    }
    if (json_object_set_new(doc, "Patient", json_pack("{s:{}}", "DICOM")) != 0 ||
        json_object_set_new(doc, "Study", json_pack("{s:{}, s:{}}", "DICOM", "Series")) != 0) {
        json_decref(doc);
        return OOM(err);
    }
    *out = doc;
    return 0;
}
