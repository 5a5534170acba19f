/*
 * qido.c - QIDO-RS (PS3.18 10.6, ahi-api.md 6.2): the six search resources,
 * answered from the catalog's QIDO op without reading any blob.
 *
 *   GET /studies                               studies
 *   GET /studies/{st}/series                   series of a study
 *   GET /studies/{st}/series/{se}/instances    instances of a series
 *   GET /studies/{st}/instances                instances of a study
 *   GET /series                                all series
 *   GET /instances                             all instances
 *
 * The query string is parsed here into catalog filters: each matching key
 * (keyword or GGGGEEEE tag) becomes one filter whose match kind follows
 * from its value (a '-' in a date or time: range; '*' or '?': wildcard;
 * '\': list; fuzzymatching=true on names: fuzzy; else single value). An
 * unknown attribute or one that is not a matching key of the resource,
 * a malformed value, limit or offset is a 400 naming it.
 *
 * Each answer row is a DICOM JSON object: the level's default attributes
 * (PS3.18 Table 6.7.1-2, -2a, -2b; study attributes in series and instance
 * answers of relational searches), the matching keys of the query and the
 * includefield attributes, taken from the set's stored level JSON
 * (Patient+Study, Series: catalog.h cat_qido_fields) and the catalog's
 * columns (counts, modalities, instance columns); RetrieveURL from the
 * request's root. Default attributes without a value are returned empty.
 *
 * Limits: limit 1..1000 (default 1000), offset 0..1,000,000, 50
 * includefield parameters, 32 matching keys, values of 1 KiB (lists
 * 64 KiB). A cut answer carries `Warning: 299 tessera "..."`. Bodies over
 * 4 KiB are gzip-compressed for clients that accept it.
 */
#include "dicomweb/dicomweb_internal.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dicom/dict.h"
#include "dicom/vr.h"
#include "util/buf.h"
#include "util/gz.h"

#define QIDO_DEFAULT_LIMIT 1000
#define QIDO_MAX_INCLUDEFIELDS 50
#define QIDO_MAX_TAGS 512           /* distinct includefield tags */
#define QIDO_GZIP_MIN 4096

#define T(g, e) (((uint32_t)(g) << 16) | (uint32_t)(e))

/* Tags the answers compute (not in the level JSON). */
#define TAG_CHARSET T(0x0008, 0x0005)
#define TAG_SOP_CLASS T(0x0008, 0x0016)
#define TAG_SOP_UID T(0x0008, 0x0018)
#define TAG_AVAILABILITY T(0x0008, 0x0056)
#define TAG_MODALITIES T(0x0008, 0x0061)
#define TAG_RETRIEVE_URL T(0x0008, 0x1190)
#define TAG_STUDY_UID T(0x0020, 0x000D)
#define TAG_SERIES_UID T(0x0020, 0x000E)
#define TAG_INSTANCE_NUMBER T(0x0020, 0x0013)
#define TAG_STUDY_SERIES T(0x0020, 0x1206)
#define TAG_STUDY_INSTANCES T(0x0020, 0x1208)
#define TAG_SERIES_INSTANCES T(0x0020, 0x1209)
#define TAG_FRAMES T(0x0028, 0x0008)
#define TAG_ROWS T(0x0028, 0x0010)
#define TAG_COLUMNS T(0x0028, 0x0011)
#define TAG_BITS T(0x0028, 0x0100)

/* PS3.18 Table 6.7.1-2 (and StudyDescription, which viewers list). */
static const uint32_t study_defaults[] = {
    TAG_CHARSET, T(0x0008, 0x0020), T(0x0008, 0x0030), T(0x0008, 0x0050), TAG_AVAILABILITY,
    TAG_MODALITIES, T(0x0008, 0x0090), T(0x0008, 0x0201), T(0x0008, 0x1030), TAG_RETRIEVE_URL,
    T(0x0010, 0x0010), T(0x0010, 0x0020), T(0x0010, 0x0030), T(0x0010, 0x0040), TAG_STUDY_UID,
    T(0x0020, 0x0010), TAG_STUDY_SERIES, TAG_STUDY_INSTANCES,
};
/* Table 6.7.1-2a */
static const uint32_t series_defaults[] = {
    TAG_CHARSET, T(0x0008, 0x0060), T(0x0008, 0x0201), T(0x0008, 0x103E), TAG_RETRIEVE_URL,
    TAG_SERIES_UID, T(0x0020, 0x0011), TAG_SERIES_INSTANCES, T(0x0040, 0x0244),
    T(0x0040, 0x0245), T(0x0040, 0x0275),
};
/* Table 6.7.1-2b */
static const uint32_t instance_defaults[] = {
    TAG_CHARSET, TAG_SOP_CLASS, TAG_SOP_UID, TAG_AVAILABILITY, T(0x0008, 0x0201),
    TAG_RETRIEVE_URL, TAG_INSTANCE_NUMBER, TAG_FRAMES, TAG_ROWS, TAG_COLUMNS, TAG_BITS,
};

/* Matching keys: tag -> catalog key. */
static const struct { uint32_t tag; cat_qido_key key; } match_keys[] = {
    { T(0x0008, 0x0020), CAT_QK_STUDY_DATE },
    { T(0x0008, 0x0030), CAT_QK_STUDY_TIME },
    { T(0x0008, 0x0050), CAT_QK_ACCESSION_NUMBER },
    { TAG_MODALITIES, CAT_QK_MODALITIES_IN_STUDY },
    { T(0x0008, 0x0090), CAT_QK_REFERRING_PHYSICIAN },
    { T(0x0008, 0x1030), CAT_QK_STUDY_DESCRIPTION },
    { T(0x0010, 0x0010), CAT_QK_PATIENT_NAME },
    { T(0x0010, 0x0020), CAT_QK_PATIENT_ID },
    { T(0x0010, 0x0030), CAT_QK_PATIENT_BIRTH_DATE },
    { T(0x0010, 0x0032), CAT_QK_PATIENT_BIRTH_TIME },
    { TAG_STUDY_UID, CAT_QK_STUDY_UID },
    { T(0x0020, 0x0010), CAT_QK_STUDY_ID },
    { T(0x0008, 0x0060), CAT_QK_MODALITY },
    { TAG_SERIES_UID, CAT_QK_SERIES_UID },
    { T(0x0020, 0x0011), CAT_QK_SERIES_NUMBER },
    { T(0x0040, 0x0244), CAT_QK_PPS_START_DATE },
    { T(0x0040, 0x0245), CAT_QK_PPS_START_TIME },
    { T(0x0008, 0x103E), CAT_QK_SERIES_DESCRIPTION },
    { TAG_SOP_CLASS, CAT_QK_SOP_CLASS_UID },
    { TAG_SOP_UID, CAT_QK_SOP_UID },
    { TAG_INSTANCE_NUMBER, CAT_QK_INSTANCE_NUMBER },
};

typedef struct qido_req {
    cat_qido_query q;
    cat_qido_filter filters[CAT_QIDO_MAX_FILTERS];
    uint32_t filter_tags[CAT_QIDO_MAX_FILTERS];
    char *strings;                  /* owned: the decoded query, values point into it */
    uint32_t *include;              /* owned: includefield tags */
    size_t ninclude;
    bool include_all;
    bool fuzzy;
} qido_req;

static void qido_req_free(qido_req *r) {
    free(r->strings);
    free(r->include);
}

/* An attribute name: keyword or 8 hex digits. 0 when unknown. */
static uint32_t attr_tag(const char *name) {
    size_t n = strlen(name);
    if (n == 8 && strspn(name, "0123456789ABCDEFabcdef") == 8) {
        uint32_t tag = (uint32_t)strtoul(name, NULL, 16);
        return tag;
    }
    const dcm_dict_entry *d = dcm_dict_by_keyword(name);
    return d && d->mask == 0xFFFFFFFFu ? d->tag : 0;
}

static bool is_date_or_time(cat_qido_key k) {
    return k == CAT_QK_STUDY_DATE || k == CAT_QK_STUDY_TIME || k == CAT_QK_PATIENT_BIRTH_DATE ||
           k == CAT_QK_PATIENT_BIRTH_TIME || k == CAT_QK_PPS_START_DATE ||
           k == CAT_QK_PPS_START_TIME;
}

static bool is_name(cat_qido_key k) {
    return k == CAT_QK_PATIENT_NAME || k == CAT_QK_REFERRING_PHYSICIAN;
}

static int add_include(qido_req *r, uint32_t tag) {
    for (size_t i = 0; i < r->ninclude; i++)
        if (r->include[i] == tag) return 0;
    if (r->ninclude == QIDO_MAX_TAGS) return -1;
    if (!r->include) {
        r->include = malloc(QIDO_MAX_TAGS * sizeof *r->include);
        if (!r->include) return -1;
    }
    r->include[r->ninclude++] = tag;
    return 0;
}

/* Parse the query string into r. Returns 0, or 1 with a 400 in resp. */
static int parse_query(const http_request *req, qido_req *r, http_response *resp) {
    const char *q = req->query ? req->query : "";
    size_t qn = strlen(q);
    /* each parameter decodes to "name\0value\0": its length + 2 bytes, for
     * one separator consumed (a last key without '=' is 2 over its length) */
    r->strings = malloc(2 * qn + 2);
    if (!r->strings) return dw_fail(resp, 500, "out of memory"), 1;
    r->q.limit = QIDO_DEFAULT_LIMIT;
    unsigned nincludes = 0;
    /* decode every parameter into strings: "name\0value\0" */
    char *o = r->strings;
    /* first pass: fuzzymatching, so that names see it whatever the order */
    for (int pass = 0; pass < 2; pass++) {
        o = r->strings;
        for (const char *p = q; *p;) {
            size_t len = strcspn(p, "&");
            const char *eq = memchr(p, '=', len);
            size_t kn = eq ? (size_t)(eq - p) : len;
            const char *v = eq ? eq + 1 : p + len;
            size_t vn = eq ? len - kn - 1 : 0;
            char *name = o, *value = o + kn + 1;
            if (len == 0) { p += 1; continue; }
            if (http_pct_decode(name, p, kn, true) < 0 || http_pct_decode(value, v, vn, true) < 0)
                return dw_fail(resp, 400, "malformed query parameter \"%.*s\"", (int)len, p), 1;
            o = value + strlen(value) + 1;
            p += len;
            if (*p == '&') p++;
            if (pass == 0) {
                if (strcmp(name, "fuzzymatching") == 0) {
                    if (strcmp(value, "true") == 0) r->fuzzy = true;
                    else if (strcmp(value, "false") != 0)
                        return dw_fail(resp, 400, "fuzzymatching must be true or false"), 1;
                }
                continue;
            }
            if (strcmp(name, "fuzzymatching") == 0) continue;
            if (strcmp(name, "limit") == 0 || strcmp(name, "offset") == 0) {
                char *end;
                errno = 0;
                long long x = strtoll(value, &end, 10);
                bool lim = name[0] == 'l';
                if (!*value || *end || errno || x < (lim ? 1 : 0) ||
                    x > (lim ? 1000 : CAT_QIDO_MAX_OFFSET))
                    return dw_fail(resp, 400, "%s \"%.32s\" is not an integer in %s", name, value,
                                   lim ? "1..1000" : "0..1000000"), 1;
                if (lim) r->q.limit = (int)x;
                else r->q.offset = x;
                continue;
            }
            if (strcmp(name, "includefield") == 0) {
                if (++nincludes > QIDO_MAX_INCLUDEFIELDS)
                    return dw_fail(resp, 400, "more than %d includefield parameters",
                                   QIDO_MAX_INCLUDEFIELDS), 1;
                for (char *f = value; *f;) {
                    size_t fl = strcspn(f, ",");
                    char save = f[fl];
                    f[fl] = '\0';
                    /* a dotted path names its top-level sequence */
                    char *dot = strchr(f, '.');
                    if (dot) *dot = '\0';
                    if (strcmp(f, "all") == 0) r->include_all = true;
                    else {
                        uint32_t tag = attr_tag(f);
                        if (tag && add_include(r, tag) != 0)
                            return dw_fail(resp, 400, "too many includefield attributes"), 1;
                    }
                    if (dot) *dot = '.';
                    f[fl] = save;
                    f += fl;
                    if (*f == ',') f++;
                }
                continue;
            }
            if (strcmp(name, "imageSetId") == 0) continue;   /* a retrieve parameter */
            if (strchr(name, '.'))
                return dw_fail(resp, 400, "matching on sequence attributes (%.64s) is not "
                               "supported", name), 1;
            uint32_t tag = attr_tag(name);
            if (!tag) return dw_fail(resp, 400, "unknown query parameter \"%.64s\"", name), 1;
            size_t k = 0;
            while (k < sizeof match_keys / sizeof match_keys[0] && match_keys[k].tag != tag) k++;
            if (k == sizeof match_keys / sizeof match_keys[0])
                return dw_fail(resp, 400, "%.64s (%08X) is not a matching key", name, tag), 1;
            for (size_t i = 0; i < r->q.nfilters; i++)
                if (r->filter_tags[i] == tag)
                    return dw_fail(resp, 400, "%.64s is given more than once", name), 1;
            if (r->q.nfilters == CAT_QIDO_MAX_FILTERS)
                return dw_fail(resp, 400, "more than %d matching keys", CAT_QIDO_MAX_FILTERS), 1;
            cat_qido_filter *f = &r->filters[r->q.nfilters];
            r->filter_tags[r->q.nfilters++] = tag;
            f->key = match_keys[k].key;
            f->value = value;
            if (is_date_or_time(f->key) && strchr(value, '-')) {
                char *dash = strchr(value, '-');
                *dash = '\0';
                f->match = CAT_QM_RANGE;
                f->lo = value;
                f->hi = dash + 1;
                if (strchr(f->hi, '-'))
                    return dw_fail(resp, 400, "%.64s: malformed range", name), 1;
            } else if (is_name(f->key) && r->fuzzy) {
                f->match = CAT_QM_FUZZY;
            } else if (strpbrk(value, "*?")) {
                f->match = CAT_QM_WILDCARD;
            } else if (strchr(value, '\\')) {
                f->match = CAT_QM_LIST;
            } else {
                f->match = CAT_QM_SINGLE;
            }
        }
    }
    r->q.filters = r->filters;
    return 0;
}

int dw_qido_parse(const char *query, char *msg, size_t cap) {
    http_request req;
    memset(&req, 0, sizeof req);
    req.query = query;
    req.method = "GET";
    req.path = "/studies";
    http_response resp;
    http_response_init(&resp);
    qido_req r;
    memset(&r, 0, sizeof r);
    int rc = parse_query(&req, &r, &resp);
    if (msg && cap) {
        msg[0] = '\0';
        if (rc && resp.kind == HTTP_BODY_BUF && resp.buf.data)
            snprintf(msg, cap, "%.*s", (int)resp.buf.len, (const char *)resp.buf.data);
    }
    qido_req_free(&r);
    http_response_free(&resp);
    return rc;
}

/* ------------------------------------------------------------- answers */

typedef struct qido_out {
    const qido_req *r;
    const char *base;               /* RetrieveURL root */
    tess_buf body;
    size_t rows;
    tess_error *err;
    int failed;
} qido_out;

static void set_attr(json_t *obj, uint32_t tag, const char *vr, json_t *values) {
    char key[9];
    snprintf(key, sizeof key, "%08X", tag);
    json_t *e = json_pack("{s:s}", "vr", vr);
    if (values) json_object_set_new(e, "Value", values);
    json_object_set_new(obj, key, e);
}

static void set_str(json_t *obj, uint32_t tag, const char *vr, const char *v) {
    set_attr(obj, tag, vr, v && *v ? json_pack("[s]", v) : NULL);
}

static void set_int(json_t *obj, uint32_t tag, const char *vr, long long v) {
    set_attr(obj, tag, vr, json_pack("[I]", (json_int_t)v));
}

/* The level JSON of a set that was never filled: its search keys. */
static json_t *fallback_study(const cat_image_set *s) {
    json_t *o = json_object();
    const cat_dicom_tags *t = &s->tags;
    set_str(o, T(0x0008, 0x0020), "DA", t->study_date);
    set_str(o, T(0x0008, 0x0030), "TM", t->study_time);
    set_str(o, T(0x0008, 0x0050), "SH", t->accession_number);
    set_str(o, T(0x0008, 0x1030), "LO", t->study_description);
    if (t->patient_name[0]) {
        set_attr(o, T(0x0010, 0x0010), "PN", json_pack("[{s:s}]", "Alphabetic", t->patient_name));
    }
    set_str(o, T(0x0010, 0x0020), "LO", t->patient_id);
    set_str(o, T(0x0010, 0x0030), "DA", t->patient_birth_date);
    set_str(o, T(0x0010, 0x0040), "CS", t->patient_sex);
    set_str(o, TAG_STUDY_UID, "UI", t->study_uid);
    set_str(o, T(0x0020, 0x0010), "SH", t->study_id);
    return o;
}

static json_t *fallback_series(const cat_image_set *s) {
    json_t *o = json_object();
    const cat_dicom_tags *t = &s->tags;
    set_str(o, T(0x0008, 0x0060), "CS", t->modality);
    set_str(o, T(0x0018, 0x0015), "CS", t->body_part);
    set_str(o, TAG_SERIES_UID, "UI", t->series_uid);
    if (t->has_series_number) set_int(o, T(0x0020, 0x0011), "IS", t->series_number);
    return o;
}

static json_t *load_level(const char *text, json_t *(*fallback)(const cat_image_set *),
                          const cat_image_set *s) {
    json_t *o = NULL;
    if (text && *text) o = json_loads(text, 0, NULL);
    if (!json_is_object(o)) {
        json_decref(o);
        o = fallback(s);
    }
    return o;
}

static bool wanted(const qido_out *w, const uint32_t *defaults, size_t nd, uint32_t tag) {
    for (size_t i = 0; i < nd; i++)
        if (defaults[i] == tag) return true;
    for (size_t i = 0; i < w->r->ninclude; i++)
        if (w->r->include[i] == tag) return true;
    for (size_t i = 0; i < w->r->q.nfilters; i++)
        if (w->r->filter_tags[i] == tag) return true;
    return false;
}

/* Copy into out the attributes of src (level JSON) that are wanted. */
static void pick(const qido_out *w, json_t *out, json_t *src, const uint32_t *defaults,
                 size_t nd) {
    const char *key;
    json_t *v;
    json_object_foreach(src, key, v) {
        uint32_t tag = (uint32_t)strtoul(key, NULL, 16);
        if (w->r->include_all || wanted(w, defaults, nd, tag))
            json_object_set(out, key, v);
    }
}

/* Default attributes still missing: empty, with their dictionary VR. */
static void fill_empty(json_t *out, const uint32_t *defaults, size_t nd) {
    for (size_t i = 0; i < nd; i++) {
        char key[9];
        snprintf(key, sizeof key, "%08X", defaults[i]);
        if (json_object_get(out, key)) continue;
        const dcm_dict_entry *d = dcm_dict_lookup(defaults[i]);
        const char *vr = d ? dcm_vr_name((dcm_vr)d->vr) : "UN";
        set_attr(out, defaults[i], vr, NULL);
    }
}

#define N(a) (sizeof(a) / sizeof((a)[0]))

static int emit_row(void *ctx, const cat_qido_row *row) {
    qido_out *w = ctx;
    const cat_qido_level level = w->r->q.level;
    bool relational = !(w->r->q.study_uid && *w->r->q.study_uid);
    const cat_image_set *s = row->set;
    json_t *out = json_object();
    char url[2048];

    /* study attributes: always at study level and in relational answers */
    bool with_study = level == CAT_QIDO_STUDY || relational;
    json_t *study = load_level(row->study_json, fallback_study, s);
    if (with_study) {
        pick(w, out, study, study_defaults, N(study_defaults));
        json_t *mods = json_array();
        for (const char *p = row->modalities; p && *p;) {
            size_t n = strcspn(p, "\\");
            json_array_append_new(mods, json_stringn(p, n));
            p += n;
            if (*p) p++;
        }
        if (json_array_size(mods)) set_attr(out, TAG_MODALITIES, "CS", mods);
        else json_decref(mods);
        set_int(out, TAG_STUDY_SERIES, "IS", row->study_series);
        set_int(out, TAG_STUDY_INSTANCES, "IS", row->study_instances);
    } else {
        pick(w, out, study, NULL, 0);    /* includefield and matching keys only */
    }
    set_str(out, TAG_STUDY_UID, "UI", s->tags.study_uid);
    json_decref(study);

    if (level != CAT_QIDO_STUDY) {
        bool with_series = level == CAT_QIDO_SERIES || !(w->r->q.series_uid &&
                                                         *w->r->q.series_uid);
        json_t *series = load_level(row->series_json, fallback_series, s);
        if (with_series) {
            pick(w, out, series, series_defaults, N(series_defaults));
            set_int(out, TAG_SERIES_INSTANCES, "IS", row->series_instances);
        } else {
            pick(w, out, series, NULL, 0);
        }
        set_str(out, TAG_SERIES_UID, "UI", s->tags.series_uid);
        json_decref(series);
    }

    const uint32_t *defaults = study_defaults;
    size_t nd = N(study_defaults);
    if (level == CAT_QIDO_STUDY) {
        snprintf(url, sizeof url, "%s/studies/%s", w->base, s->tags.study_uid);
    } else if (level == CAT_QIDO_SERIES) {
        snprintf(url, sizeof url, "%s/studies/%s/series/%s", w->base, s->tags.study_uid,
                 s->tags.series_uid);
        defaults = series_defaults;
        nd = N(series_defaults);
    } else {
        const cat_instance *i = row->instance;
        snprintf(url, sizeof url, "%s/studies/%s/series/%s/instances/%s", w->base,
                 s->tags.study_uid, s->tags.series_uid, i->sop_uid);
        defaults = instance_defaults;
        nd = N(instance_defaults);
        set_str(out, TAG_SOP_CLASS, "UI", i->sop_class_uid);
        set_str(out, TAG_SOP_UID, "UI", i->sop_uid);
        if (i->has_instance_number) set_int(out, TAG_INSTANCE_NUMBER, "IS", i->instance_number);
        if (i->rows) set_int(out, TAG_ROWS, "US", i->rows);
        if (i->columns) set_int(out, TAG_COLUMNS, "US", i->columns);
        if (i->bits_allocated) set_int(out, TAG_BITS, "US", i->bits_allocated);
        /* the catalog holds the frame count, not whether the file had the
         * attribute: single-frame objects mostly do not (CT, MR), so a
         * count of 1 is left out, as the file and Orthanc leave it out */
        if (i->number_of_frames > 1) set_int(out, TAG_FRAMES, "IS", i->number_of_frames);
    }
    set_str(out, TAG_CHARSET, "CS", "ISO_IR 192");
    set_str(out, TAG_AVAILABILITY, "CS", "ONLINE");
    set_str(out, TAG_RETRIEVE_URL, "UR", url);
    fill_empty(out, defaults, nd);
    if (with_study && level != CAT_QIDO_STUDY) fill_empty(out, study_defaults, N(study_defaults));
    if (level == CAT_QIDO_INSTANCE && !(w->r->q.series_uid && *w->r->q.series_uid))
        fill_empty(out, series_defaults, N(series_defaults));
    /* RetrieveURL and availability are only defaults of the level asked */
    char *text = json_dumps(out, JSON_COMPACT | JSON_SORT_KEYS);
    json_decref(out);
    if (!text) {
        w->failed = 1;
        tess_fail(w->err, "QIDO: cannot serialise an answer row");
        return 1;
    }
    tess_buf_puts(&w->body, w->rows++ ? "," : "[");
    tess_buf_puts(&w->body, text);
    free(text);
    return 0;
}

static bool accepts_gzip(const http_request *req) {
    const char *ae = http_header_get(req, "Accept-Encoding");
    if (!ae) return false;
    for (const char *p = ae; (p = strstr(p, "gzip")) != NULL; p += 4) {
        const char *q = p + 4;
        while (*q == ' ') q++;
        if (*q == ';') {   /* gzip;q=0 refuses it */
            const char *qv = strstr(q, "q=");
            if (qv && strtod(qv + 2, NULL) == 0) return false;
        }
        return true;
    }
    return false;
}

static int search(void *ctx, const http_request *req, http_response *resp, tess_error *err,
                  cat_qido_level level, unsigned nparams) {
    dw_service *svc = ctx;
    char ds[CAT_ID];
    int rc = dw_datastore(svc, req, ds, resp, err);
    if (rc != 0) return rc < 0 ? -1 : 0;
    qido_req r;
    memset(&r, 0, sizeof r);
    if (parse_query(req, &r, resp) != 0) {
        qido_req_free(&r);
        return 0;
    }
    r.q.level = level;
    if (nparams >= 1) r.q.study_uid = dw_param(req, 0);
    if (nparams >= 2) r.q.series_uid = dw_param(req, 1);
    char base[1024];
    dw_base_url(req, ds, base, sizeof base);
    qido_out w = { .r = &r, .base = base, .err = err };
    tess_buf_init(&w.body, -1);
    bool more = false;
    cat_catalog *c = svc->a->cat;
    rc = c->vt->qido(c, ds, &r.q, emit_row, &w, &more, err);
    if (rc == CAT_INVALID) {
        dw_fail(resp, 400, "%s", err->msg);
        rc = 0;
        goto out;
    }
    if (rc != 0 || w.failed) {
        rc = -1;
        goto out;
    }
    tess_buf_puts(&w.body, w.rows ? "]" : "[]");
    if (w.body.failed) {
        rc = tess_fail(err, "QIDO: out of memory building the answer");
        goto out;
    }
    if (w.body.len >= QIDO_GZIP_MIN && accepts_gzip(req)) {
        tess_buf gz;
        tess_buf_init(&gz, -1);
        if (tess_gzip(w.body.data, w.body.len, &gz, err) != 0) {
            tess_buf_free(&gz);
            rc = -1;
            goto out;
        }
        http_response_take(resp, 200, "application/dicom+json", gz.data, gz.len);
        gz.data = NULL;
        tess_buf_free(&gz);
        http_response_header(resp, "Content-Encoding", "gzip");
    } else {
        http_response_take(resp, 200, "application/dicom+json", w.body.data, w.body.len);
        w.body.data = NULL;
    }
    http_response_header(resp, "Vary", "Accept-Encoding");
    if (more)
        http_response_header(resp, "Warning",
                             "299 tessera \"The number of results exceeded the limit: there "
                             "are more (use offset to get them)\"");
    dw_cors(resp);
    rc = 0;
out:
    tess_buf_free(&w.body);
    qido_req_free(&r);
    return rc;
}

static int h_studies(void *ctx, const http_request *req, http_response *resp, tess_error *err) {
    return search(ctx, req, resp, err, CAT_QIDO_STUDY, 0);
}
static int h_study_series(void *ctx, const http_request *req, http_response *resp,
                          tess_error *err) {
    return search(ctx, req, resp, err, CAT_QIDO_SERIES, 1);
}
static int h_series_instances(void *ctx, const http_request *req, http_response *resp,
                              tess_error *err) {
    return search(ctx, req, resp, err, CAT_QIDO_INSTANCE, 2);
}
static int h_study_instances(void *ctx, const http_request *req, http_response *resp,
                             tess_error *err) {
    return search(ctx, req, resp, err, CAT_QIDO_INSTANCE, 1);
}
static int h_all_series(void *ctx, const http_request *req, http_response *resp,
                        tess_error *err) {
    return search(ctx, req, resp, err, CAT_QIDO_SERIES, 0);
}
static int h_all_instances(void *ctx, const http_request *req, http_response *resp,
                           tess_error *err) {
    return search(ctx, req, resp, err, CAT_QIDO_INSTANCE, 0);
}

static const dw_route qido_routes[] = {
    { "GET", "/studies", h_studies, 0, NULL, NULL, NULL, false },
    { "GET", "/studies/{st}/series", h_study_series, 0, NULL, NULL, NULL, false },
    { "GET", "/studies/{st}/series/{se}/instances", h_series_instances, 0, NULL, NULL, NULL, false },
    { "GET", "/studies/{st}/instances", h_study_instances, 0, NULL, NULL, NULL, false },
    { "GET", "/series", h_all_series, 0, NULL, NULL, NULL, false },
    { "GET", "/instances", h_all_instances, 0, NULL, NULL, NULL, false },
};

const dw_route *dw_qido_routes(size_t *n) {
    *n = sizeof qido_routes / sizeof qido_routes[0];
    return qido_routes;
}
