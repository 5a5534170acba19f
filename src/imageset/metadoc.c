/*
 * metadoc.c - the AHI metadata document pieces of an instance, and the
 * DICOM JSON (PS3.18 Annex F) view of a document (see metadoc.h).
 *
 * Building (md_instance_build) is one walk over the file meta and the data
 * set. Each element becomes "Key": value, where the key is the dictionary
 * keyword or "GGGGEEEE", and the value follows ahi-api.md 3.1 (strings for
 * text, IS and DS; numbers for binary numbers; arrays for multi-valued
 * attributes; null for empty; base64 for binary; arrays of objects for
 * sequences). Before the walk, a cheaper walk fills "DICOMVRs": every
 * element whose VR cannot be known from its key (private, unknown,
 * keyword-less, ambiguous in the dictionary, or read with a VR other than
 * the dictionary's) is recorded under its tag; a nested element whose VR
 * differs from the one recorded for its tag elsewhere is recorded under
 * its path ("00540016/0/00181072") instead, so every element's VR can be
 * restored exactly.
 *
 * The DICOM JSON view (md_series_to_dicomjson) reverses that: keys back to
 * tags, VRs from DICOMVRs (path first, then tag) or the dictionary, values
 * into "Value"/"InlineBinary"/"BulkDataURI", formatted by the same rules as
 * dicom/json.c (dicom/jsonfmt.h), so that the view of a document equals
 * dcm_json_write of the file it came from (tests/unit/test_metadoc.c checks
 * this on the whole corpus). docs/dicom.md, "The AHI metadata document",
 * lists every encoding decision.
 */
#include "imageset/metadoc.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dicom/charset.h"
#include "dicom/dict.h"
#include "dicom/json.h"
#include "dicom/jsonfmt.h"
#include "imageset/levels.h"

#define MD_SAFE_INT 9007199254740992.0   /* 2^53: larger UV/SV become strings */
#define MD_MAX_DEPTH 128                  /* sequence nesting in a document */

/* ---- keys and VRs ------------------------------------------------------ */

static bool is_top_pixel_tag(uint32_t tag) {
    return tag == DCM_TAG_PIXEL_DATA || tag == DCM_TAG(0x7FE0, 0x0008) ||
           tag == DCM_TAG(0x7FE0, 0x0009);
}

static void tag_hex(uint32_t tag, char hex[9]) {
    snprintf(hex, 9, "%08X", tag);
}

/* The document key of a tag: the dictionary keyword of an exact entry (or
 * of the base tag of a repeating-group entry, which is what the keyword
 * maps back to), else the 8 hex digits written into hex. */
static const char *md_key(uint32_t tag, const dcm_dict_entry *d, char hex[9]) {
    if (d && d->keyword[0] && DCM_ELEM(tag) != 0 && (d->mask == 0xFFFFFFFFu || d->tag == tag))
        return d->keyword;
    tag_hex(tag, hex);
    return hex;
}

/* Is the VR of this element not implied by its key? */
static bool needs_vr(uint32_t tag, const dcm_dict_entry *d, dcm_vr vr) {
    char hex[9];
    if (md_key(tag, d, hex) == hex) return true;
    return d->vr >= DCM_VR_COUNT_REAL || d->vr != vr;
}

static bool skipped(const dcm_element *e) {
    return DCM_ELEM(e->tag) == 0x0000;   /* group lengths */
}

/* ---- building: state ------------------------------------------------------ */

typedef struct mb {
    dcm_file *f;
    tess_error *err;
    tess_buf scratch;   /* decoded text, base64 */
    tess_buf path;      /* "GGGGEEEE/i/GGGGEEEE" of the current element */
    json_t *vrs;        /* the DICOMVRs being built */
} mb;

static void path_push_tag(tess_buf *p, size_t *saved, uint32_t tag) {
    char b[16];
    *saved = p->len;
    int n = snprintf(b, sizeof b, p->len ? "/%08X" : "%08X", tag);
    tess_buf_put(p, b, (size_t)n);
}

static void path_push_item(tess_buf *p, size_t *saved, size_t i) {
    char b[32];
    *saved = p->len;
    int n = snprintf(b, sizeof b, "/%zu", i);
    tess_buf_put(p, b, (size_t)n);
}

/* The current path as a C string (in the buffer, valid until it changes). */
static const char *path_str(tess_buf *p) {
    tess_buf_putc(p, 0);
    if (p->failed) return NULL;
    p->len--;
    return (const char *)p->data;
}

/* A name for messages: "(0010,0010) PatientName". */
static void el_name(uint32_t tag, char *b, size_t cap) {
    const dcm_dict_entry *d = dcm_dict_lookup(tag);
    snprintf(b, cap, "(%04X,%04X)%s%s", DCM_GROUP(tag), DCM_ELEM(tag), d && d->keyword[0] ? " " : "",
             d ? d->keyword : "");
}

static int oom(mb *b) { return tess_fail(b->err, "out of memory building the metadata document"); }

/* ---- building: DICOMVRs ------------------------------------------------- */

static int set_vr(mb *b, const char *key, dcm_vr vr) {
    if (json_object_set_new(b->vrs, key, json_string(dcm_vr_name(vr))) != 0) return oom(b);
    return 0;
}

/* Record the VR of e under its tag, unless the key implies it or the tag
 * already has an entry. */
static int vrs_note(mb *b, const dcm_element *e) {
    if (!needs_vr(e->tag, dcm_dict_lookup(e->tag), (dcm_vr)e->vr)) return 0;
    char hex[9];
    tag_hex(e->tag, hex);
    if (json_object_get(b->vrs, hex)) return 0;
    return set_vr(b, hex, (dcm_vr)e->vr);
}

/* Pass 1: the VRs by tag, the top level first (so that a top-level element
 * always owns its tag's entry), then inside the items of its sequences
 * (nested = true), where the first element of a tag takes the entry. */
static int vrs_by_tag(mb *b, const dcm_dataset *ds, bool nested) {
    for (uint32_t i = 0; i < ds->n; i++) {
        const dcm_element *e = &ds->el[i];
        if (skipped(e)) continue;
        if (!nested) {
            if (vrs_note(b, e) != 0) return -1;
            continue;
        }
        if (e->vr != DCM_VR_SQ) continue;
        for (uint32_t k = 0; k < e->count; k++) {
            const dcm_dataset *it = &e->items[k];
            for (uint32_t j = 0; j < it->n; j++)
                if (!skipped(&it->el[j]) && vrs_note(b, &it->el[j]) != 0) return -1;
            if (vrs_by_tag(b, it, true) != 0) return -1;
        }
    }
    return 0;
}

/* Pass 2: a nested element whose VR differs from its tag's entry gets an
 * entry under its path. */
static int vrs_by_path(mb *b, const dcm_dataset *ds, int depth) {
    for (uint32_t i = 0; i < ds->n; i++) {
        const dcm_element *e = &ds->el[i];
        if (skipped(e)) continue;
        size_t saved;
        path_push_tag(&b->path, &saved, e->tag);
        if (depth > 0) {
            char hex[9];
            tag_hex(e->tag, hex);
            const char *have = json_string_value(json_object_get(b->vrs, hex));
            if (have && strcmp(have, dcm_vr_name((dcm_vr)e->vr)) != 0) {
                const char *p = path_str(&b->path);
                if (!p || set_vr(b, p, (dcm_vr)e->vr) != 0) return oom(b);
            }
        }
        if (e->vr == DCM_VR_SQ) {
            for (uint32_t k = 0; k < e->count; k++) {
                size_t s2;
                path_push_item(&b->path, &s2, k);
                int rc = vrs_by_path(b, &e->items[k], depth + 1);
                b->path.len = s2;
                if (rc != 0) return -1;
            }
        }
        b->path.len = saved;
    }
    return 0;
}

/* ---- building: values ----------------------------------------------------- */

static uint64_t le(const uint8_t *p, unsigned n) {
    uint64_t v = 0;
    for (unsigned i = n; i--;) v = v << 8 | p[i];
    return v;
}

static int too_big(mb *b, uint32_t tag, uint64_t n) {
    char name[96];
    el_name(tag, name, sizeof name);
    return tess_fail(b->err, "DICOM attribute %s: value of %llu bytes exceeds the %u MiB limit of "
                     "the metadata document", name, (unsigned long long)n, MD_MAX_VALUE_BYTES >> 20);
}

static json_t *scratch_string(mb *b) {
    json_t *s = json_stringn(b->scratch.data ? (const char *)b->scratch.data : "", b->scratch.len);
    if (!s || b->scratch.failed) { json_decref(s); oom(b); return NULL; }
    return s;
}

/* Encapsulated data (other than the top-level pixel data): base64 of its
 * encoded form, items and sequence delimiter, as dicom/json.c inlines it. */
static json_t *encapsulated_value(mb *b, const dcm_element *e) {
    uint64_t total = 8;
    for (uint32_t i = 0; i < e->count; i++) total += 8 + (uint64_t)e->frags[i].length;
    if (total > MD_MAX_VALUE_BYTES) { too_big(b, e->tag, total); return NULL; }
    b->scratch.len = 0;
    tess_b64 st = { { 0, 0, 0 }, 0 };
    uint8_t chunk[16 * 1024];
    for (uint32_t i = 0; i < e->count; i++) {
        const dcm_fragment *fr = &e->frags[i];
        uint8_t hdr[8] = { 0xFE, 0xFF, 0x00, 0xE0, (uint8_t)fr->length, (uint8_t)(fr->length >> 8),
                           (uint8_t)(fr->length >> 16), (uint8_t)(fr->length >> 24) };
        tess_buf_base64_feed(&b->scratch, &st, hdr, 8);
        if (fr->data) {
            tess_buf_base64_feed(&b->scratch, &st, fr->data, fr->length);
            continue;
        }
        for (uint64_t off = 0; off < fr->length;) {
            size_t n = fr->length - off < sizeof chunk ? (size_t)(fr->length - off) : sizeof chunk;
            if (dcm_file_read_range(b->f, fr->offset + off, chunk, n, b->err) != 0) return NULL;
            tess_buf_base64_feed(&b->scratch, &st, chunk, n);
            off += n;
        }
    }
    static const uint8_t delim[8] = { 0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0 };
    tess_buf_base64_feed(&b->scratch, &st, delim, 8);
    tess_buf_base64_end(&b->scratch, &st);
    return scratch_string(b);
}

/* One value of a binary number VR. */
static json_t *number_value(mb *b, dcm_vr vr, const uint8_t *p) {
    char t[40];
    switch (vr) {
    case DCM_VR_US: return json_integer((json_int_t)le(p, 2));
    case DCM_VR_SS: return json_integer((int16_t)le(p, 2));
    case DCM_VR_UL: return json_integer((json_int_t)le(p, 4));
    case DCM_VR_SL: return json_integer((int32_t)le(p, 4));
    case DCM_VR_UV: {
        uint64_t v = le(p, 8);
        if ((double)v <= MD_SAFE_INT) return json_integer((json_int_t)v);
        snprintf(t, sizeof t, "%llu", (unsigned long long)v);
        return json_string(t);
    }
    case DCM_VR_SV: {
        int64_t v = (int64_t)le(p, 8);
        if (fabs((double)v) <= MD_SAFE_INT) return json_integer((json_int_t)v);
        snprintf(t, sizeof t, "%lld", (long long)v);
        return json_string(t);
    }
    case DCM_VR_AT:
        snprintf(t, sizeof t, "%04X%04X", (unsigned)le(p, 2), (unsigned)le(p + 2, 2));
        return json_string(t);
    case DCM_VR_FL:
    case DCM_VR_FD: {
        double d;
        if (vr == DCM_VR_FL) {
            uint32_t bits = (uint32_t)le(p, 4);
            float f;
            memcpy(&f, &bits, 4);
            d = f;
        } else {
            uint64_t bits = le(p, 8);
            memcpy(&d, &bits, 8);
        }
        if (isnan(d)) return json_string("NaN");
        if (isinf(d)) return json_string(d > 0 ? "Infinity" : "-Infinity");
        if (vr == DCM_VR_FL) {
            /* the double of the shortest text that reads back to the
             * float: 0.1f is stored as 0.1, not 0.10000000149011612 */
            b->scratch.len = 0;
            dcm_json_put_double(&b->scratch, d, true);
            tess_buf_putc(&b->scratch, 0);
            if (b->scratch.failed) return NULL;
            d = strtod((const char *)b->scratch.data, NULL);
        }
        return json_real(d);
    }
    default: return NULL;
    }
}

/* Text values: decoded, split on '\\' (not LT, ST, UT, UR), trimmed. */
static json_t *text_value(mb *b, const dcm_element *e, const dcm_charset *cs, bool multi_vm) {
    dcm_vr vr = (dcm_vr)e->vr;
    dcm_charset def;
    dcm_charset_default(&def);
    b->scratch.len = 0;
    dcm_charset_decode(dcm_vr_is_charset_text(vr) ? cs : &def, e->value, e->length, vr == DCM_VR_PN,
                       &b->scratch);
    if (b->scratch.failed) { oom(b); return NULL; }
    const char *text = b->scratch.data ? (const char *)b->scratch.data : "";
    const char *end = text + b->scratch.len;
    bool single = dcm_json_single_text(vr);
    json_t *arr = json_array();
    if (!arr) { oom(b); return NULL; }
    bool any = false;
    for (const char *p = text;;) {
        const char *sep = single ? NULL : memchr(p, '\\', (size_t)(end - p));
        const char *stop = sep ? sep : end;
        const char *v = p;
        size_t n = (size_t)(stop - p);
        dcm_json_trim(&v, &n, !single);
        any |= n > 0;
        if (json_array_append_new(arr, json_stringn(v, n)) != 0) { json_decref(arr); oom(b); return NULL; }
        if (!sep) break;
        p = sep + 1;
    }
    if (!any) { json_decref(arr); return json_null(); }
    if (json_array_size(arr) == 1 && !multi_vm) {
        json_t *one = json_incref(json_array_get(arr, 0));
        json_decref(arr);
        return one;
    }
    return arr;
}

static json_t *item_object(mb *b, const dcm_dataset *ds, const dcm_charset *parent);

/* The document value of one element; NULL with b->err set on failure. */
static json_t *element_value(mb *b, dcm_element *e, const dcm_dict_entry *d, const dcm_charset *cs,
                             bool top) {
    dcm_vr vr = (dcm_vr)e->vr;
    if (top && is_top_pixel_tag(e->tag)) return json_null();   /* pixels live in ImageFrames */
    if (vr == DCM_VR_SQ) {
        json_t *arr = json_array();
        if (!arr) { oom(b); return NULL; }
        for (uint32_t i = 0; i < e->count; i++) {
            json_t *it = item_object(b, &e->items[i], cs);
            if (!it || json_array_append_new(arr, it) != 0) {
                if (it && !b->err->msg[0]) oom(b);
                json_decref(arr);
                return NULL;
            }
        }
        return arr;
    }
    if (e->flags & DCM_EL_ENCAPSULATED) return encapsulated_value(b, e);
    if (e->length == 0) return json_null();
    if (e->length > MD_MAX_VALUE_BYTES) { too_big(b, e->tag, e->length); return NULL; }
    const uint8_t *v;
    if (dcm_file_value(b->f, e, &v, b->err) != 0) return NULL;
    bool multi_vm = d && strcmp(d->vm, "1") != 0;
    json_t *out = NULL;
    if (dcm_vr_is_string(vr)) {
        out = text_value(b, e, cs, multi_vm);
    } else if (dcm_vr_is_binary(vr) || dcm_vr_unit_size(vr) == 0) {
        b->scratch.len = 0;
        tess_buf_put_base64(&b->scratch, v, e->length);
        out = scratch_string(b);
    } else {
        unsigned u = dcm_vr_unit_size(vr);
        uint32_t count = e->length / u;
        if (count == 0) return json_null();   /* shorter than one value */
        json_t *arr = json_array();
        if (!arr) { oom(b); return NULL; }
        for (uint32_t i = 0; i < count; i++) {
            json_t *x = number_value(b, vr, v + (size_t)i * u);
            if (!x || json_array_append_new(arr, x) != 0) { json_decref(arr); oom(b); return NULL; }
        }
        if (count == 1 && !multi_vm) {
            out = json_incref(json_array_get(arr, 0));
            json_decref(arr);
        } else {
            out = arr;
        }
    }
    if (!out && !b->err->msg[0]) oom(b);
    return out;
}

/* Add the element to obj under its key; the first of a duplicate stays. */
static int add_element(mb *b, json_t *obj, dcm_element *e, const dcm_charset *cs, bool top) {
    const dcm_dict_entry *d = dcm_dict_lookup(e->tag);
    char hex[9];
    const char *key = md_key(e->tag, d, hex);
    if (json_object_get(obj, key)) return 0;
    size_t saved;
    path_push_tag(&b->path, &saved, e->tag);
    json_t *v = element_value(b, e, d, cs, top);
    b->path.len = saved;
    if (!v) return -1;
    if (json_object_set_new(obj, key, v) != 0) return oom(b);
    return 0;
}

static json_t *item_object(mb *b, const dcm_dataset *ds, const dcm_charset *parent) {
    dcm_charset cs = *parent;
    dcm_charset_from_dataset(&cs, ds, NULL);   /* unknown terms: default repertoire */
    json_t *obj = json_object();
    if (!obj) { oom(b); return NULL; }
    for (uint32_t i = 0; i < ds->n; i++) {
        if (skipped(&ds->el[i])) continue;
        if (add_element(b, obj, &ds->el[i], &cs, false) != 0) { json_decref(obj); return NULL; }
    }
    return obj;
}

/* ---- building: the instance ---------------------------------------------- */

/* Copy a UID (trimmed) into dst[65]. Returns 1 when found, 0 when absent,
 * -1 on error. */
static int get_uid(dcm_file *f, const dcm_dataset *ds, uint32_t tag, const char *name, char dst[65],
                   tess_error *err) {
    dst[0] = 0;
    dcm_element *e = dcm_dataset_find(ds, tag);
    if (!e) return 0;
    const uint8_t *v;
    if (e->vr == DCM_VR_SQ || (e->flags & DCM_EL_ENCAPSULATED))
        return tess_fail(err, "DICOM attribute %s is not a UID", name);
    if (dcm_file_value(f, e, &v, err) != 0) return -1;
    const char *s = (const char *)v;
    size_t n = e->length;
    dcm_json_trim(&s, &n, true);
    if (n == 0) return 0;
    if (n > 64) return tess_fail(err, "DICOM attribute %s is longer than 64 characters", name);
    memcpy(dst, s, n);
    dst[n] = 0;
    return 1;
}

void md_instance_free(md_instance *m) {
    if (!m) return;
    json_decref(m->patient);
    json_decref(m->study);
    json_decref(m->series);
    json_decref(m->instance);
    m->patient = m->study = m->series = m->instance = NULL;
}

int md_instance_build(dcm_file *f, md_instance *out, tess_error *err) {
    memset(out, 0, sizeof *out);
    static const struct { uint32_t tag; const char *name; size_t off; } required[] = {
        { DCM_TAG(0x0020, 0x000D), "StudyInstanceUID", offsetof(md_instance, study_uid) },
        { DCM_TAG(0x0020, 0x000E), "SeriesInstanceUID", offsetof(md_instance, series_uid) },
        { DCM_TAG(0x0008, 0x0018), "SOPInstanceUID", offsetof(md_instance, sop_uid) },
    };
    for (size_t i = 0; i < sizeof required / sizeof required[0]; i++) {
        char *dst = (char *)out + required[i].off;
        int rc = get_uid(f, &f->ds, required[i].tag, required[i].name, dst, err);
        if (rc < 0) return -1;
        if (rc == 0) return tess_fail(err, "DICOM attribute %s does not exist", required[i].name);
    }
    int rc = get_uid(f, &f->ds, DCM_TAG(0x0008, 0x0016), "SOPClassUID", out->sop_class_uid, err);
    if (rc == 0) rc = get_uid(f, &f->meta, DCM_TAG(0x0002, 0x0002), "MediaStorageSOPClassUID",
                              out->sop_class_uid, err);
    if (rc < 0) return -1;

    mb b = { .f = f, .err = err };
    tess_buf_init(&b.scratch, -1);
    tess_buf_init(&b.path, -1);
    if (err) err->msg[0] = 0;
    tess_error local = { { 0 } };
    if (!err) b.err = &local;
    json_t *dicom = json_object();
    b.vrs = json_object();
    out->patient = json_object();
    out->study = json_object();
    out->series = json_object();
    out->instance = json_object();
    rc = -1;
    if (!dicom || !b.vrs || !out->patient || !out->study || !out->series || !out->instance) {
        oom(&b);
        goto done;
    }
    if (vrs_by_tag(&b, &f->meta, false) != 0 || vrs_by_tag(&b, &f->ds, false) != 0 ||
        vrs_by_tag(&b, &f->ds, true) != 0 || vrs_by_path(&b, &f->ds, 0) != 0)
        goto done;

    /* the file meta goes to the instance, in the default repertoire */
    dcm_charset cs;
    dcm_charset_default(&cs);
    for (uint32_t i = 0; i < f->meta.n; i++) {
        if (skipped(&f->meta.el[i])) continue;
        if (add_element(&b, dicom, &f->meta.el[i], &cs, true) != 0) goto done;
    }
    dcm_charset_from_dataset(&cs, &f->ds, NULL);   /* unknown terms: default repertoire */
    for (uint32_t i = 0; i < f->ds.n; i++) {
        dcm_element *e = &f->ds.el[i];
        if (skipped(e)) continue;
        json_t *to = dicom;
        switch (md_level_of(e->tag)) {
        case MD_LEVEL_PATIENT: to = out->patient; break;
        case MD_LEVEL_STUDY: to = out->study; break;
        case MD_LEVEL_SERIES: to = out->series; break;
        default: break;
        }
        if (add_element(&b, to, e, &cs, true) != 0) goto done;
    }
    if (json_object_set(out->instance, "DICOM", dicom) != 0 ||
        json_object_set(out->instance, "DICOMVRs", b.vrs) != 0) {
        oom(&b);
        goto done;
    }
    rc = 0;
done:
    json_decref(dicom);
    json_decref(b.vrs);
    tess_buf_free(&b.scratch);
    tess_buf_free(&b.path);
    if (rc != 0) md_instance_free(out);
    return rc;
}

/* ---- the DICOM JSON view ------------------------------------------------- */

typedef struct vw {
    tess_buf *out;
    tess_error *err;
    const json_t *vrs;      /* the instance's DICOMVRs (may be NULL) */
    const char *sop_uid;
    md_bulk_fn bulk;
    void *bulk_ctx;
    long pixrep, bits_allocated;
    tess_buf path;
} vw;

typedef struct attr {
    uint32_t tag;
    int level;              /* 0 patient .. 3 instance: the most specific wins */
    const char *key;
    json_t *value;
} attr;

static int cmp_attr(const void *a, const void *b) {
    const attr *x = a, *y = b;
    if (x->tag != y->tag) return x->tag < y->tag ? -1 : 1;
    return y->level - x->level;
}

/* Key -> tag: 8 hex digits, or a dictionary keyword. */
static bool key_tag(const char *key, uint32_t *tag) {
    size_t n = strlen(key);
    if (n == 8 && strspn(key, "0123456789ABCDEFabcdef") == 8) {
        *tag = (uint32_t)strtoul(key, NULL, 16);
        return true;
    }
    const dcm_dict_entry *d = dcm_dict_by_keyword(key);
    if (!d) return false;
    *tag = d->tag;
    return true;
}

/* Is the value (or its first non-null element) a JSON number? */
static bool numeric_value(const json_t *v) {
    if (json_is_array(v)) {
        for (size_t i = 0; i < json_array_size(v); i++) {
            const json_t *x = json_array_get(v, i);
            if (!json_is_null(x)) return json_is_number(x);
        }
        return false;
    }
    return json_is_number(v);
}

static int bad(vw *w, uint32_t tag, const char *what) {
    char name[96];
    el_name(tag, name, sizeof name);
    return tess_fail(w->err, "malformed metadata document: %s: %s", name, what);
}

/* The VR of an element in the view: DICOMVRs by path, then by tag, then
 * the dictionary, with PS3.5's rules for its ambiguous entries. */
static int view_vr(vw *w, uint32_t tag, const json_t *value, bool top, dcm_vr *out) {
    const char *s = NULL;
    if (w->vrs) {
        if (!top) {
            const char *p = path_str(&w->path);
            if (!p) return tess_fail(w->err, "out of memory writing DICOM JSON");
            s = json_string_value(json_object_get(w->vrs, p));
        }
        if (!s) {
            char hex[9];
            tag_hex(tag, hex);
            s = json_string_value(json_object_get(w->vrs, hex));
        }
    }
    if (s) {
        dcm_vr vr = strlen(s) == 2 ? dcm_vr_from_bytes((uint8_t)s[0], (uint8_t)s[1]) : DCM_VR_UNKNOWN;
        if (vr == DCM_VR_UNKNOWN) return bad(w, tag, "DICOMVRs names an unknown VR");
        *out = vr;
        return 0;
    }
    const dcm_dict_entry *d = dcm_dict_lookup(tag);
    if (!d || d->vr == DCM_VR_NONE) {
        bool creator = (DCM_GROUP(tag) & 1) && DCM_ELEM(tag) >= 0x0010 && DCM_ELEM(tag) <= 0x00FF;
        *out = creator ? DCM_VR_LO : DCM_VR_UN;
        return 0;
    }
    bool num = numeric_value(value);
    dcm_vr us_ss = w->pixrep == 1 ? DCM_VR_SS : DCM_VR_US;
    switch (d->vr) {
    case DCM_VR_AMBIG_US_SS: *out = us_ss; break;
    case DCM_VR_AMBIG_OB_OW: *out = w->bits_allocated > 8 ? DCM_VR_OW : DCM_VR_OB; break;
    case DCM_VR_AMBIG_US_OW: *out = num ? DCM_VR_US : DCM_VR_OW; break;
    case DCM_VR_AMBIG_US_SS_OW: *out = num ? us_ss : DCM_VR_OW; break;
    default: *out = (dcm_vr)d->vr; break;
    }
    return 0;
}

static void put_key(vw *w, const char *name) {
    tess_buf_putc(w->out, ',');
    tess_buf_putc(w->out, '"');
    tess_buf_puts(w->out, name);
    tess_buf_puts(w->out, "\":");
}

/* Integer text of a JSON string holding a UV/SV beyond 2^53. */
static bool integer_text(const char *s) {
    if (*s == '-') s++;
    if (!*s || strlen(s) > 20) return false;
    return strspn(s, "0123456789") == strlen(s);
}

static void put_json_number(vw *w, const json_t *x, dcm_vr vr) {
    if (json_is_integer(x)) {
        if (vr == DCM_VR_FL || vr == DCM_VR_FD) {
            dcm_json_put_double(w->out, (double)json_integer_value(x), vr == DCM_VR_FL);
            return;
        }
        tess_buf_printf(w->out, "%lld", (long long)json_integer_value(x));
        return;
    }
    double d = json_real_value(x);
    /* FL: go through the float, exactly as dicom/json.c formats it */
    if (vr == DCM_VR_FL) dcm_json_put_double(w->out, (double)(float)d, true);
    else dcm_json_put_double(w->out, d, false);
}

/* One entry of "Value" for a string VR (AE AS CS DA DS DT IS LO LT PN SH
 * ST TM UC UI UR UT) or AT. */
static int put_text_entry(vw *w, uint32_t tag, dcm_vr vr, const json_t *x) {
    static const char *const groups[3] = { "Alphabetic", "Ideographic", "Phonetic" };
    if (json_is_null(x)) { tess_buf_puts(w->out, "null"); return 0; }
    if (json_is_number(x)) {
        if (vr == DCM_VR_DS || vr == DCM_VR_IS) { put_json_number(w, x, DCM_VR_FD); return 0; }
        if (vr == DCM_VR_PN || vr == DCM_VR_AT) return bad(w, tag, "a number where text is expected");
        tess_buf tmp;
        tess_buf_init(&tmp, -1);
        vw w2 = *w;
        w2.out = &tmp;
        put_json_number(&w2, x, DCM_VR_FD);
        dcm_json_put_string(w->out, tmp.data ? (const char *)tmp.data : "", tmp.len);
        tess_buf_free(&tmp);
        return 0;
    }
    if (!json_is_string(x)) return bad(w, tag, "a value that is neither text, a number nor null");
    const char *s = json_string_value(x);
    size_t n = json_string_length(x);
    dcm_json_trim(&s, &n, !dcm_json_single_text(vr) && vr != DCM_VR_AT);
    if (vr == DCM_VR_PN) {
        const char *g[3];
        size_t gl[3];
        if (!dcm_json_pn_groups(s, n, g, gl)) { tess_buf_puts(w->out, "null"); return 0; }
        tess_buf_putc(w->out, '{');
        bool first = true;
        for (int k = 0; k < 3; k++) {
            if (!gl[k]) continue;
            if (!first) tess_buf_putc(w->out, ',');
            first = false;
            tess_buf_printf(w->out, "\"%s\":", groups[k]);
            dcm_json_put_string(w->out, g[k], gl[k]);
        }
        tess_buf_putc(w->out, '}');
        return 0;
    }
    if (n == 0) { tess_buf_puts(w->out, "null"); return 0; }
    if ((vr == DCM_VR_DS || vr == DCM_VR_IS) && dcm_json_number(s, n, w->out)) return 0;
    dcm_json_put_string(w->out, s, n);
    return 0;
}

/* One entry of "Value" for a binary number VR. */
static int put_number_entry(vw *w, uint32_t tag, dcm_vr vr, const json_t *x) {
    if (json_is_null(x)) { tess_buf_puts(w->out, "null"); return 0; }
    if (json_is_number(x)) { put_json_number(w, x, vr); return 0; }
    const char *s = json_string_value(x);
    if (s && (vr == DCM_VR_FL || vr == DCM_VR_FD) &&
        (!strcmp(s, "NaN") || !strcmp(s, "Infinity") || !strcmp(s, "-Infinity"))) {
        tess_buf_puts(w->out, "null");   /* JSON has no NaN: as dicom/json.c writes it */
        return 0;
    }
    if (s && (vr == DCM_VR_UV || vr == DCM_VR_SV) && integer_text(s)) {
        tess_buf_puts(w->out, s);
        return 0;
    }
    return bad(w, tag, "a value that is not a number");
}

static int write_object(vw *w, const json_t *const objs[], size_t nobj, int depth);

static size_t base64_decoded_size(const char *s, size_t n) {
    size_t pad = 0;
    while (n && s[n - 1] == '=') { n--; pad++; }
    return (n + pad) / 4 * 3 - (pad > 2 ? 2 : pad);
}

static int write_element(vw *w, uint32_t tag, const json_t *value, bool top, int depth) {
    size_t saved;
    path_push_tag(&w->path, &saved, tag);
    dcm_vr vr = DCM_VR_UN;
    if (view_vr(w, tag, value, top, &vr) != 0) return -1;
    tess_buf_printf(w->out, "\"%08X\":{\"vr\":\"%s\"", tag, dcm_vr_name(vr));
    int rc = 0;
    char uri[2048];
    if (json_is_null(value)) {
        if (top && is_top_pixel_tag(tag) && w->bulk) {
            const char *p = path_str(&w->path);
            const char *u = p ? w->bulk(w->bulk_ctx, w->sop_uid, p, uri, sizeof uri) : NULL;
            if (u) { put_key(w, "BulkDataURI"); dcm_json_put_string(w->out, u, strlen(u)); }
        }
    } else if (vr == DCM_VR_SQ) {
        if (!json_is_array(value)) rc = bad(w, tag, "a sequence that is not an array");
        else if (depth >= MD_MAX_DEPTH) rc = bad(w, tag, "sequences nested too deeply");
        else if (json_array_size(value)) {
            put_key(w, "Value");
            tess_buf_putc(w->out, '[');
            for (size_t i = 0; i < json_array_size(value) && rc == 0; i++) {
                const json_t *it = json_array_get(value, i);
                if (!json_is_object(it)) { rc = bad(w, tag, "a sequence item that is not an object"); break; }
                if (i) tess_buf_putc(w->out, ',');
                size_t s2;
                path_push_item(&w->path, &s2, i);
                rc = write_object(w, &it, 1, depth + 1);
                w->path.len = s2;
            }
            tess_buf_putc(w->out, ']');
        }
    } else if (dcm_vr_is_binary(vr)) {
        if (!json_is_string(value)) {
            rc = bad(w, tag, "a binary value that is not a base64 string");
        } else {
            const char *s = json_string_value(value);
            size_t n = json_string_length(value);
            const char *u = NULL;
            if (w->bulk && base64_decoded_size(s, n) > MD_BULK_MIN_BYTES) {
                const char *p = path_str(&w->path);
                if (p) u = w->bulk(w->bulk_ctx, w->sop_uid, p, uri, sizeof uri);
            }
            put_key(w, u ? "BulkDataURI" : "InlineBinary");
            if (u) dcm_json_put_string(w->out, u, strlen(u));
            else dcm_json_put_string(w->out, s, n);
        }
    } else {
        bool text = dcm_vr_is_string(vr) || vr == DCM_VR_AT;
        bool number = !text && dcm_vr_unit_size(vr) > 0;
        if (!text && !number) {
            rc = bad(w, tag, "a VR without values");
        } else {
            size_t n = json_is_array(value) ? json_array_size(value) : 1;
            /* text whose values are all empty gets no Value (as json.c) */
            bool empty = n == 0;
            if (text && n) {
                empty = true;
                for (size_t i = 0; i < n && empty; i++) {
                    const json_t *x = json_is_array(value) ? json_array_get(value, i) : value;
                    if (json_is_string(x))
                        empty = dcm_json_text_empty(json_string_value(x), json_string_length(x), vr);
                    else
                        empty = json_is_null(x);
                }
            }
            if (!empty) {
                put_key(w, "Value");
                tess_buf_putc(w->out, '[');
                for (size_t i = 0; i < n && rc == 0; i++) {
                    const json_t *x = json_is_array(value) ? json_array_get(value, i) : value;
                    if (i) tess_buf_putc(w->out, ',');
                    rc = text ? put_text_entry(w, tag, vr, x) : put_number_entry(w, tag, vr, x);
                }
                tess_buf_putc(w->out, ']');
            }
        }
    }
    tess_buf_putc(w->out, '}');
    w->path.len = saved;
    return rc;
}

/* Write the union of the attributes of objs (keyword/hex -> value) as
 * one DICOM JSON object, sorted by tag; of a tag present in several, the
 * last object's value wins. Group 0002 and group lengths are left out. */
static int write_object(vw *w, const json_t *const objs[], size_t nobj, int depth) {
    size_t n = 0;
    for (size_t k = 0; k < nobj; k++) n += json_object_size(objs[k]);
    attr *v = n ? malloc(n * sizeof *v) : NULL;
    if (n && !v) return tess_fail(w->err, "out of memory writing DICOM JSON");
    size_t m = 0;
    int rc = 0;
    for (size_t k = 0; k < nobj && rc == 0; k++) {
        const char *key;
        json_t *val;
        json_object_foreach((json_t *)objs[k], key, val) {
            uint32_t tag;
            if (!key_tag(key, &tag)) {
                rc = tess_fail(w->err, "malformed metadata document: unknown attribute key \"%s\"", key);
                break;
            }
            if (DCM_GROUP(tag) == 0x0002 || DCM_ELEM(tag) == 0x0000) continue;
            v[m++] = (attr){ tag, (int)k, key, val };
        }
    }
    if (rc == 0) {
        if (m) qsort(v, m, sizeof *v, cmp_attr);
        tess_buf_putc(w->out, '{');
        bool first = true;
        for (size_t i = 0; i < m && rc == 0; i++) {
            if (i && v[i].tag == v[i - 1].tag) continue;   /* the most specific level wins */
            if (!first) tess_buf_putc(w->out, ',');
            first = false;
            rc = write_element(w, v[i].tag, v[i].value, depth == 0, depth);
        }
        tess_buf_putc(w->out, '}');
    }
    free(v);
    return rc;
}

/* An integer attribute of the merged instance (PixelRepresentation...). */
static long int_attr(const json_t *const objs[], size_t nobj, const char *keyword, long def) {
    for (size_t k = nobj; k--;) {
        const json_t *x = json_object_get(objs[k], keyword);
        if (json_is_array(x)) x = json_array_get(x, 0);
        if (json_is_integer(x)) return (long)json_integer_value(x);
        if (json_is_string(x)) {
            char *end;
            errno = 0;
            long v = strtol(json_string_value(x), &end, 10);
            if (!errno && end != json_string_value(x)) return v;
        }
        if (x) return def;
    }
    return def;
}

typedef struct inst_ref {
    const char *sop;
    const json_t *obj;
    bool has_number;
    long long number;
} inst_ref;

static int cmp_inst(const void *a, const void *b) {
    const inst_ref *x = a, *y = b;
    if (x->has_number != y->has_number) return x->has_number ? -1 : 1;
    if (x->has_number && x->number != y->number) return x->number < y->number ? -1 : 1;
    return strcmp(x->sop, y->sop);
}

static bool instance_number(const json_t *dicom, long long *out) {
    const json_t *x = json_object_get(dicom, "InstanceNumber");
    if (json_is_array(x)) x = json_array_get(x, 0);
    if (json_is_integer(x)) { *out = json_integer_value(x); return true; }
    if (!json_is_string(x)) return false;
    const char *s = json_string_value(x);
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    while (*end == ' ') end++;
    if (errno || end == s || *end) return false;
    *out = v;
    return true;
}

static const json_t *dicom_of(const json_t *level) {
    const json_t *d = json_object_get(level, "DICOM");
    return json_is_object(d) ? d : NULL;
}

int md_series_to_dicomjson(const json_t *doc, const char *series_uid, md_bulk_fn bulk,
                           void *bulk_ctx, tess_buf *out, tess_error *err) {
    const json_t *study = json_object_get(doc, "Study");
    const json_t *patient_dicom = dicom_of(json_object_get(doc, "Patient"));
    const json_t *study_dicom = dicom_of(study);
    const json_t *all_series = json_object_get(study, "Series");
    if (!json_is_object(doc) || !patient_dicom || !study_dicom || !json_is_object(all_series))
        return tess_fail(err, "malformed metadata document: Patient.DICOM, Study.DICOM or "
                         "Study.Series missing");
    const json_t *series = json_object_get(all_series, series_uid);
    if (!series) return tess_fail(err, "series %s is not in the image set", series_uid);
    const json_t *series_dicom = dicom_of(series);
    const json_t *instances = json_object_get(series, "Instances");
    if (!series_dicom || !json_is_object(instances))
        return tess_fail(err, "malformed metadata document: series %s has no DICOM or Instances",
                         series_uid);

    size_t n = json_object_size(instances);
    inst_ref *refs = n ? calloc(n, sizeof *refs) : NULL;
    if (n && !refs) return tess_fail(err, "out of memory writing DICOM JSON");
    size_t k = 0;
    const char *sop;
    json_t *inst;
    json_object_foreach((json_t *)instances, sop, inst) {
        refs[k].sop = sop;
        refs[k].obj = inst;
        refs[k].has_number = instance_number(dicom_of(inst), &refs[k].number);
        k++;
    }
    if (n) qsort(refs, n, sizeof *refs, cmp_inst);

    size_t start = out->len;
    uint64_t flushed = out->flushed;
    vw w = { .out = out, .err = err, .bulk = bulk, .bulk_ctx = bulk_ctx };
    tess_buf_init(&w.path, -1);
    int rc = 0;
    tess_buf_putc(out, '[');
    for (size_t i = 0; i < n && rc == 0; i++) {
        const json_t *idicom = dicom_of(refs[i].obj);
        if (!idicom) {
            rc = tess_fail(err, "malformed metadata document: instance %s has no DICOM", refs[i].sop);
            break;
        }
        const json_t *objs[4] = { patient_dicom, study_dicom, series_dicom, idicom };
        w.vrs = json_object_get(refs[i].obj, "DICOMVRs");
        if (w.vrs && !json_is_object(w.vrs)) w.vrs = NULL;
        w.sop_uid = refs[i].sop;
        w.pixrep = int_attr(objs, 4, "PixelRepresentation", 0);
        w.bits_allocated = int_attr(objs, 4, "BitsAllocated", 16);
        w.path.len = 0;
        if (i) tess_buf_putc(out, ',');
        rc = write_object(&w, objs, 4, 0);
        if (rc != 0) tess_fail_prefix(err, "instance %s", refs[i].sop);
    }
    tess_buf_putc(out, ']');
    if (rc == 0 && (out->failed || w.path.failed))
        rc = tess_fail(err, "writing DICOM JSON: %s", out->failed ? out->why : "out of memory");
    if (rc != 0 && out->flushed == flushed && out->len >= start) out->len = start;
    tess_buf_free(&w.path);
    free(refs);
    return rc;
}

int md_levels_to_dicomjson(const json_t *const levels[], size_t n, tess_buf *out,
                           tess_error *err) {
    const json_t *objs[4];
    size_t m = 0;
    for (size_t i = 0; i < n && m < 4; i++)
        if (json_is_object(levels[i])) objs[m++] = levels[i];
    size_t start = out->len;
    uint64_t flushed = out->flushed;
    vw w = { .out = out, .err = err };
    tess_buf_init(&w.path, -1);
    w.pixrep = int_attr(objs, m, "PixelRepresentation", 0);
    w.bits_allocated = int_attr(objs, m, "BitsAllocated", 16);
    int rc = write_object(&w, objs, m, 0);
    if (rc == 0 && (out->failed || w.path.failed))
        rc = tess_fail(err, "writing DICOM JSON: %s", out->failed ? out->why : "out of memory");
    if (rc != 0 && out->flushed == flushed && out->len >= start) out->len = start;
    tess_buf_free(&w.path);
    return rc;
}
