/*
 * jsonp10.c - DICOM JSON to Part 10 (see jsonp10.h).
 */
#include "dicom/jsonp10.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dicom/p10_writer.h"

#define TS_ELE "1.2.840.10008.1.2.1"

dcm_vr dcm_vr_from_string(const char *s) {
    if (!s || strlen(s) != 2) return DCM_VR_UNKNOWN;
    return dcm_vr_from_bytes((uint8_t)s[0], (uint8_t)s[1]);
}

static void put16(tess_buf *b, uint16_t v) {
    uint8_t p[2] = {(uint8_t)v, (uint8_t)(v >> 8)};
    tess_buf_put(b, p, 2);
}

static void put32(tess_buf *b, uint32_t v) {
    uint8_t p[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
    tess_buf_put(b, p, 4);
}

void dcm_jp10_header(tess_buf *out, uint32_t tag, dcm_vr vr, uint32_t len) {
    put16(out, DCM_GROUP(tag));
    put16(out, DCM_ELEM(tag));
    const char *name = dcm_vr_name(vr);
    tess_buf_put(out, name, 2);
    if (dcm_vr_has_long_length(vr)) {
        put16(out, 0);
        put32(out, len);
    } else {
        put16(out, (uint16_t)len);
    }
}

static bool key_tag(const char *key, uint32_t *tag) {
    if (strlen(key) != 8) return false;
    char *end;
    unsigned long v = strtoul(key, &end, 16);
    if (*end) return false;
    *tag = (uint32_t)v;
    return true;
}

typedef struct jp_el {
    uint32_t tag;
    const json_t *v;
} jp_el;

static int cmp_el(const void *a, const void *b) {
    uint32_t x = ((const jp_el *)a)->tag, y = ((const jp_el *)b)->tag;
    return x < y ? -1 : x > y;
}

typedef struct jw {
    const dcm_jp10_opts *o;
    tess_error *err;
} jw;

static int write_dataset(jw *w, const json_t *obj, const json_t *override, tess_buf *out,
                         char *path, size_t plen, int depth);

static int fail_el(jw *w, uint32_t tag, const char *what) {
    return tess_fail(w->err, "(%04X,%04X): %s", DCM_GROUP(tag), DCM_ELEM(tag), what);
}

/* DS text of v: the shortest %g that reads back as v, within 16 chars. */
static void ds_text(tess_buf *b, double v) {
    char s[64];
    int best = -1;
    for (int p = 1; p <= 17; p++) {
        int n = snprintf(s, sizeof s, "%.*g", p, v);
        if (n > 16) break;
        best = p;
        if (strtod(s, NULL) == v) break;
    }
    if (best < 0) best = 1;
    snprintf(s, sizeof s, "%.*g", best, v);
    tess_buf_puts(b, s);
}

static int text_value(jw *w, uint32_t tag, dcm_vr vr, const json_t *vals, tess_buf *v) {
    if (tag == DCM_TAG_SPECIFIC_CHARSET && w->o->utf8) {
        /* one term: the text is UTF-8 whatever the source said */
        tess_buf_puts(v, "ISO_IR 192");
        return 0;
    }
    size_t i;
    const json_t *x;
    json_array_foreach(vals, i, x) {
        if (i) tess_buf_putc(v, '\\');
        if (json_is_null(x)) continue;
        if (json_is_string(x)) {
            tess_buf_put(v, json_string_value(x), json_string_length(x));
        } else if (json_is_integer(x)) {
            tess_buf_printf(v, "%lld", (long long)json_integer_value(x));
        } else if (json_is_real(x)) {
            double d = json_real_value(x);
            if (vr == DCM_VR_IS && d == floor(d) && fabs(d) < 1e15)
                tess_buf_printf(v, "%lld", (long long)d);
            else
                ds_text(v, d);
        } else if (json_is_object(x) && vr == DCM_VR_PN) {
            const char *g[3] = {"Alphabetic", "Ideographic", "Phonetic"};
            int last = -1;
            for (int k = 0; k < 3; k++)
                if (json_string_value(json_object_get(x, g[k]))) last = k;
            for (int k = 0; k <= last; k++) {
                if (k) tess_buf_putc(v, '=');
                const json_t *s = json_object_get(x, g[k]);
                if (json_is_string(s)) tess_buf_put(v, json_string_value(s), json_string_length(s));
            }
        } else {
            return fail_el(w, tag, "a value is not a string, number or name");
        }
    }
    return 0;
}

static int number_value(jw *w, uint32_t tag, dcm_vr vr, const json_t *vals, tess_buf *v) {
    size_t i;
    const json_t *x;
    json_array_foreach(vals, i, x) {
        if (vr == DCM_VR_AT) {
            uint32_t t;
            if (!json_is_string(x) || !key_tag(json_string_value(x), &t))
                return fail_el(w, tag, "an AT value is not GGGGEEEE");
            put16(v, DCM_GROUP(t));
            put16(v, DCM_ELEM(t));
            continue;
        }
        if (!json_is_number(x)) return fail_el(w, tag, "a numeric value is not a number");
        double d = json_number_value(x);
        long long ll = json_is_integer(x) ? (long long)json_integer_value(x) : (long long)d;
        uint8_t p[8];
        unsigned n = dcm_vr_unit_size(vr);
        switch (vr) {
        case DCM_VR_FL: {
            float f = (float)d;
            memcpy(p, &f, 4);
            break;
        }
        case DCM_VR_FD:
            memcpy(p, &d, 8);
            break;
        default: {
            uint64_t u = (uint64_t)ll;
            for (unsigned k = 0; k < n; k++) p[k] = (uint8_t)(u >> (8 * k));
        }
        }
        tess_buf_put(v, p, n);
    }
    return 0;
}

static int binary_value(jw *w, uint32_t tag, const json_t *el, const char *path, tess_buf *v) {
    const json_t *ib = json_object_get(el, "InlineBinary");
    if (json_is_string(ib)) {
        size_t n = json_string_length(ib);
        size_t cap = n / 4 * 3 + 3;
        uint8_t *p = malloc(cap ? cap : 1);
        if (!p) return tess_fail(w->err, "out of memory");
        size_t got = 0, pos = 0;
        if (tess_base64_decode(json_string_value(ib), n, true, p, cap, &got, &pos) != TESS_B64_OK) {
            free(p);
            return fail_el(w, tag, "InlineBinary is not base64");
        }
        tess_buf_put(v, p, got);
        free(p);
        return 0;
    }
    if (json_is_string(json_object_get(el, "BulkDataURI")) && w->o->bulk)
        return w->o->bulk(w->o->ctx, path, el, v, w->err);
    return 0;
}

static int write_element(jw *w, uint32_t tag, const json_t *el, tess_buf *out, char *path,
                         size_t plen, int depth) {
    if (!json_is_object(el)) return fail_el(w, tag, "not an object");
    dcm_vr vr = dcm_vr_from_string(json_string_value(json_object_get(el, "vr")));
    if (vr == DCM_VR_UNKNOWN || vr >= DCM_VR_COUNT_REAL) return fail_el(w, tag, "no valid vr");
    /* the path of this element, for the bulk hook */
    size_t pl = plen;
    pl += (size_t)snprintf(path + plen, 256 - plen, "%s%08X", plen ? "/" : "", tag);
    if (pl >= 256) return fail_el(w, tag, "nested too deep for a path");
    const json_t *vals = json_object_get(el, "Value");
    if (vals && !json_is_array(vals)) return fail_el(w, tag, "Value is not an array");
    if (vr == DCM_VR_SQ) {
        if (depth >= DCM_JP10_MAX_DEPTH) return fail_el(w, tag, "sequences nested too deep");
        dcm_jp10_header(out, tag, vr, DCM_UNDEFINED_LENGTH);
        size_t i;
        const json_t *item;
        json_array_foreach(vals, i, item) {
            if (!json_is_object(item)) return fail_el(w, tag, "an item is not an object");
            put16(out, 0xFFFE);
            put16(out, 0xE000);
            put32(out, DCM_UNDEFINED_LENGTH);
            size_t il = pl + (size_t)snprintf(path + pl, 256 - pl, "/%zu", i);
            if (il >= 256) return fail_el(w, tag, "nested too deep for a path");
            if (write_dataset(w, item, NULL, out, path, il, depth + 1) != 0) return -1;
            path[pl] = '\0';
            put16(out, 0xFFFE);
            put16(out, 0xE00D);
            put32(out, 0);
        }
        put16(out, 0xFFFE);
        put16(out, 0xE0DD);
        put32(out, 0);
        path[plen] = '\0';
        return 0;
    }
    tess_buf v;
    tess_buf_init(&v, -1);
    int rc = 0;
    if (dcm_vr_is_binary(vr) || vr == DCM_VR_UN)
        rc = binary_value(w, tag, el, path, &v);
    else if (dcm_vr_is_string(vr))
        rc = vals ? text_value(w, tag, vr, vals, &v) : 0;
    else
        rc = vals ? number_value(w, tag, vr, vals, &v) : 0;
    path[plen] = '\0';
    if (rc == 0 && v.failed) rc = tess_fail(w->err, "out of memory writing (%04X,%04X)",
                                            DCM_GROUP(tag), DCM_ELEM(tag));
    if (rc == 0 && v.len >= 0xFFFFFFFEu) rc = fail_el(w, tag, "value of 4 GiB or more");
    if (rc == 0) {
        bool odd = v.len & 1;
        uint32_t len = (uint32_t)v.len + odd;
        dcm_vr wvr = vr;
        if (!dcm_vr_has_long_length(vr) && len > 0xFFFE) wvr = DCM_VR_UN;
        dcm_jp10_header(out, tag, wvr, len);
        tess_buf_put(out, v.data, v.len);
        if (odd) tess_buf_putc(out, dcm_vr_is_string(vr) && vr != DCM_VR_UI ? ' ' : '\0');
    }
    tess_buf_free(&v);
    return rc;
}

static int collect(const json_t *obj, jp_el *els, size_t *n, size_t cap) {
    const char *key;
    const json_t *v;
    json_object_foreach((json_t *)obj, key, v) {
        uint32_t tag;
        if (!key_tag(key, &tag)) continue;
        if (DCM_GROUP(tag) == 0x0002 || DCM_ELEM(tag) == 0) continue;
        if (*n >= cap) return -1;
        els[(*n)++] = (jp_el){tag, v};
    }
    return 0;
}

static int write_dataset(jw *w, const json_t *obj, const json_t *override, tess_buf *out,
                         char *path, size_t plen, int depth) {
    size_t cap = json_object_size(obj) + (override ? json_object_size(override) : 0) + 1;
    jp_el *els = malloc(cap * sizeof *els);
    if (!els) return tess_fail(w->err, "out of memory");
    size_t n = 0;
    collect(obj, els, &n, cap);
    if (override) {
        size_t before = n;
        collect(override, els, &n, cap);
        /* overrides replace elements of the same tag */
        for (size_t i = before; i < n; i++)
            for (size_t j = 0; j < before; j++)
                if (els[j].tag == els[i].tag) els[j].v = NULL;
    }
    qsort(els, n, sizeof *els, cmp_el);
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        if (!els[i].v || json_is_null(els[i].v)) continue;
        if (depth == 0 && els[i].tag == DCM_TAG_PIXEL_DATA) {
            if (w->o->pixel) rc = w->o->pixel(w->o->ctx, els[i].v, out, w->err);
            continue;
        }
        rc = write_element(w, els[i].tag, els[i].v, out, path, plen, depth);
    }
    free(els);
    return rc;
}

static const char *uid_of(const json_t *obj, const char *key) {
    const json_t *v = json_array_get(json_object_get(json_object_get(obj, key), "Value"), 0);
    return json_is_string(v) ? json_string_value(v) : "";
}

static void meta_uid(tess_buf *m, uint16_t elem, const char *uid) {
    size_t n = strlen(uid);
    dcm_jp10_header(m, DCM_TAG(0x0002, elem), DCM_VR_UI, (uint32_t)(n + (n & 1)));
    tess_buf_put(m, uid, n);
    if (n & 1) tess_buf_putc(m, '\0');
}

int dcm_json_to_p10(const json_t *obj, const dcm_jp10_opts *o, tess_buf *out, tess_error *err) {
    if (!json_is_object(obj)) return tess_fail(err, "the instance metadata is not an object");
    jw w = {o, err};
    if (o->part10) {
        uint8_t pre[128] = {0};
        tess_buf_put(out, pre, sizeof pre);
        tess_buf_puts(out, "DICM");
        tess_buf m;
        tess_buf_init(&m, -1);
        dcm_jp10_header(&m, DCM_TAG(0x0002, 0x0001), DCM_VR_OB, 2);
        tess_buf_put(&m, "\0\1", 2);
        meta_uid(&m, 0x0002, uid_of(obj, "00080016"));
        meta_uid(&m, 0x0003, uid_of(obj, "00080018"));
        meta_uid(&m, 0x0010, o->transfer_syntax ? o->transfer_syntax : TS_ELE);
        meta_uid(&m, 0x0012, TESSERA_IMPLEMENTATION_UID);
        size_t vn = strlen(TESSERA_IMPLEMENTATION_VERSION);
        dcm_jp10_header(&m, DCM_TAG(0x0002, 0x0013), DCM_VR_SH, (uint32_t)(vn + (vn & 1)));
        tess_buf_put(&m, TESSERA_IMPLEMENTATION_VERSION, vn);
        if (vn & 1) tess_buf_putc(&m, ' ');
        if (m.failed) {
            tess_buf_free(&m);
            return tess_fail(err, "out of memory writing the file meta group");
        }
        dcm_jp10_header(out, DCM_TAG(0x0002, 0x0000), DCM_VR_UL, 4);
        put32(out, (uint32_t)m.len);
        tess_buf_put(out, m.data, m.len);
        tess_buf_free(&m);
    }
    char path[256] = "";
    return write_dataset(&w, obj, o->override, out, path, 0, 0);
}
