/*
 * json.c - DICOM JSON (PS3.18 Annex F) writer (see json.h).
 *
 * One recursive walk over the data set. Strings are decoded to UTF-8 into a
 * scratch buffer, then split on the value delimiter and trimmed, so that
 * multi-byte character sets whose bytes may look like '\\' are split only
 * after decoding. Numbers from DS and IS are normalised into valid JSON
 * number tokens; text that is not a number is written as a JSON string
 * (documented in docs/dicom.md). The value formatting rules live in
 * jsonfmt.c, shared with the DICOM JSON view of the AHI metadata document
 * (imageset/metadoc.c).
 */
#include "dicom/json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dicom/charset.h"
#include "dicom/jsonfmt.h"

typedef struct jw {
    dcm_file *f;
    const dcm_json_opts *o;
    tess_buf *out;
    tess_buf scratch;       /* decoded text of the current value */
    tess_error *err;
    int indent;
    tess_buf path;          /* "00540016/0/00181072": NUL-terminated when handed out */
} jw;

void dcm_json_opts_default(dcm_json_opts *o) {
    memset(o, 0, sizeof *o);
}

static void nl(jw *w) {
    if (!w->o->pretty) return;
    tess_buf_putc(w->out, '\n');
    for (int i = 0; i < w->indent; i++) tess_buf_put(w->out, "  ", 2);
}

void dcm_json_put_string(tess_buf *out, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    tess_buf_putc(out, '"');
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        tess_buf_put(out, s + start, i - start);
        start = i + 1;
        switch (c) {
        case '"': tess_buf_put(out, "\\\"", 2); break;
        case '\\': tess_buf_put(out, "\\\\", 2); break;
        case '\n': tess_buf_put(out, "\\n", 2); break;
        case '\r': tess_buf_put(out, "\\r", 2); break;
        case '\t': tess_buf_put(out, "\\t", 2); break;
        case '\b': tess_buf_put(out, "\\b", 2); break;
        case '\f': tess_buf_put(out, "\\f", 2); break;
        default: {
            char u[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
            tess_buf_put(out, u, 6);
        }
        }
    }
    tess_buf_put(out, s + start, n - start);
    tess_buf_putc(out, '"');
}

static uint64_t le(const uint8_t *p, unsigned n) {
    uint64_t v = 0;
    for (unsigned i = n; i--;) v = v << 8 | p[i];
    return v;
}

static void put_key_vr(jw *w, uint32_t tag, const char *vr) {
    char k[32];
    int n = snprintf(k, sizeof k, "\"%08X\":", tag);
    tess_buf_put(w->out, k, (size_t)n);
    if (w->o->pretty) tess_buf_putc(w->out, ' ');
    tess_buf_puts(w->out, "{");
    w->indent++;
    nl(w);
    tess_buf_puts(w->out, "\"vr\":");
    if (w->o->pretty) tess_buf_putc(w->out, ' ');
    tess_buf_putc(w->out, '"');
    tess_buf_puts(w->out, vr);
    tess_buf_putc(w->out, '"');
}

static void member(jw *w, const char *name) {
    tess_buf_putc(w->out, ',');
    nl(w);
    tess_buf_putc(w->out, '"');
    tess_buf_puts(w->out, name);
    tess_buf_puts(w->out, "\":");
    if (w->o->pretty) tess_buf_putc(w->out, ' ');
}

static void open_array(jw *w) { tess_buf_putc(w->out, '['); w->indent++; }
static void array_sep(jw *w, unsigned i) { if (i) tess_buf_putc(w->out, ','); nl(w); }
static void close_array(jw *w) { w->indent--; nl(w); tess_buf_putc(w->out, ']'); }

static int write_dataset(jw *w, const dcm_dataset *ds, const dcm_charset *parent_cs);

/* Stream a binary value (loaded or on disk) as base64. */
static int write_inline_binary(jw *w, const dcm_element *e) {
    member(w, "InlineBinary");
    tess_buf_putc(w->out, '"');
    if (e->flags & DCM_EL_LOADED) {
        tess_buf_put_base64(w->out, e->value, e->length);
    } else {
        tess_b64 st = { {0, 0, 0}, 0 };
        uint8_t chunk[64 * 1024];
        uint64_t off = 0;
        while (off < e->length) {
            size_t n = e->length - off < sizeof chunk ? (size_t)(e->length - off) : sizeof chunk;
            if (dcm_file_read_range(w->f, e->offset + off, chunk, n, w->err) != 0) return -1;
            if (e->flags & DCM_EL_SWAP) dcm_swap_values((dcm_vr)e->vr, chunk, n);
            tess_buf_base64_feed(w->out, &st, chunk, n);
            off += n;
        }
        tess_buf_base64_end(w->out, &st);
    }
    tess_buf_putc(w->out, '"');
    return 0;
}

/* Encapsulated pixel data inlined as its encoded form: items + delimiter. */
static int write_inline_encapsulated(jw *w, const dcm_element *e) {
    member(w, "InlineBinary");
    tess_buf_putc(w->out, '"');
    tess_b64 st = { {0, 0, 0}, 0 };
    for (uint32_t i = 0; i < e->count; i++) {
        const dcm_fragment *fr = &e->frags[i];
        uint8_t hdr[8] = { 0xFE, 0xFF, 0x00, 0xE0, (uint8_t)fr->length, (uint8_t)(fr->length >> 8),
                           (uint8_t)(fr->length >> 16), (uint8_t)(fr->length >> 24) };
        tess_buf_base64_feed(w->out, &st, hdr, 8);
        if (fr->data) {
            tess_buf_base64_feed(w->out, &st, fr->data, fr->length);
        } else {
            uint8_t chunk[64 * 1024];
            uint64_t off = 0;
            while (off < fr->length) {
                size_t n = fr->length - off < sizeof chunk ? (size_t)(fr->length - off) : sizeof chunk;
                if (dcm_file_read_range(w->f, fr->offset + off, chunk, n, w->err) != 0) return -1;
                tess_buf_base64_feed(w->out, &st, chunk, n);
                off += n;
            }
        }
    }
    static const uint8_t delim[8] = { 0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0 };
    tess_buf_base64_feed(w->out, &st, delim, 8);
    tess_buf_base64_end(w->out, &st);
    tess_buf_putc(w->out, '"');
    return 0;
}

static bool try_bulk(jw *w, const dcm_element *e, uint64_t len) {
    if (!w->o->bulk_uri || len < w->o->bulk_threshold) return false;
    char uri[1024];
    tess_buf_putc(&w->path, 0);
    if (w->path.failed) return false;
    w->path.len--;
    const char *u = w->o->bulk_uri(w->o->bulk_ctx, (const char *)w->path.data, e, uri, sizeof uri);
    if (!u) return false;
    member(w, "BulkDataURI");
    dcm_json_put_string(w->out, u, strlen(u));
    return true;
}

/* Split decoded text on '\\' (unless single-valued), trim, and emit each. */
typedef void (*value_fn)(jw *w, const char *s, size_t n);

static void emit_string(jw *w, const char *s, size_t n) {
    if (!n) tess_buf_puts(w->out, "null");
    else dcm_json_put_string(w->out, s, n);
}

static void emit_number(jw *w, const char *s, size_t n) {
    if (!n) { tess_buf_puts(w->out, "null"); return; }
    if (!dcm_json_number(s, n, w->out)) dcm_json_put_string(w->out, s, n);
}

static void emit_pn(jw *w, const char *s, size_t n) {
    static const char *const groups[3] = { "Alphabetic", "Ideographic", "Phonetic" };
    const char *g[3];
    size_t gl[3];
    if (!dcm_json_pn_groups(s, n, g, gl)) { tess_buf_puts(w->out, "null"); return; }
    tess_buf_putc(w->out, '{');
    w->indent++;
    bool first = true;
    for (int k = 0; k < 3; k++) {
        if (!gl[k]) continue;
        if (!first) tess_buf_putc(w->out, ',');
        first = false;
        nl(w);
        tess_buf_putc(w->out, '"');
        tess_buf_puts(w->out, groups[k]);
        tess_buf_puts(w->out, "\":");
        if (w->o->pretty) tess_buf_putc(w->out, ' ');
        dcm_json_put_string(w->out, g[k], gl[k]);
    }
    w->indent--;
    nl(w);
    tess_buf_putc(w->out, '}');
}

static int write_strings(jw *w, const dcm_element *e, const dcm_charset *cs) {
    dcm_vr vr = (dcm_vr)e->vr;
    /* Specific Character Set applies to the text VRs; the others are in
     * the default repertoire, decoded too so that stray bytes outside it
     * still come out as valid UTF-8 */
    dcm_charset def;
    dcm_charset_default(&def);
    w->scratch.len = 0;
    dcm_charset_decode(dcm_vr_is_charset_text(vr) ? cs : &def, e->value, e->length, vr == DCM_VR_PN,
                       &w->scratch);
    if (w->scratch.failed) return tess_fail(w->err, "out of memory decoding text");
    const char *text = w->scratch.data ? (const char *)w->scratch.data : "";
    size_t len = w->scratch.len;
    bool single = dcm_json_single_text(vr);
    bool leading = !(single);
    value_fn fn = vr == DCM_VR_PN ? emit_pn
                : (vr == DCM_VR_DS || vr == DCM_VR_IS) ? emit_number : emit_string;
    /* is every value empty? then write no Value at all */
    if (dcm_json_text_empty(text, len, vr)) return 0;
    member(w, "Value");
    open_array(w);
    unsigned i = 0;
    const char *p = text, *end = text + len;
    for (;;) {
        const char *sep = single ? NULL : memchr(p, '\\', (size_t)(end - p));
        const char *stop = sep ? sep : end;
        const char *v = p;
        size_t n = (size_t)(stop - p);
        dcm_json_trim(&v, &n, leading);
        array_sep(w, i++);
        fn(w, v, n);
        if (!sep) break;
        p = sep + 1;
    }
    close_array(w);
    return 0;
}

static void write_numbers(jw *w, const dcm_element *e) {
    dcm_vr vr = (dcm_vr)e->vr;
    unsigned u = dcm_vr_unit_size(vr);
    uint32_t count = e->length / u;
    if (!count) return;
    member(w, "Value");
    open_array(w);
    char b[40];
    for (uint32_t i = 0; i < count; i++) {
        const uint8_t *p = e->value + (size_t)i * u;
        array_sep(w, i);
        switch (vr) {
        case DCM_VR_US: snprintf(b, sizeof b, "%u", (unsigned)le(p, 2)); break;
        case DCM_VR_SS: snprintf(b, sizeof b, "%d", (int)(int16_t)le(p, 2)); break;
        case DCM_VR_UL: snprintf(b, sizeof b, "%u", (unsigned)le(p, 4)); break;
        case DCM_VR_SL: snprintf(b, sizeof b, "%d", (int)(int32_t)le(p, 4)); break;
        case DCM_VR_UV: snprintf(b, sizeof b, "%llu", (unsigned long long)le(p, 8)); break;
        case DCM_VR_SV: snprintf(b, sizeof b, "%lld", (long long)(int64_t)le(p, 8)); break;
        case DCM_VR_FL: {
            uint32_t bits = (uint32_t)le(p, 4);
            float f;
            memcpy(&f, &bits, 4);
            dcm_json_put_double(w->out, f, true);
            b[0] = 0;
            break;
        }
        case DCM_VR_FD: {
            uint64_t bits = le(p, 8);
            double d;
            memcpy(&d, &bits, 8);
            dcm_json_put_double(w->out, d, false);
            b[0] = 0;
            break;
        }
        case DCM_VR_AT:
            snprintf(b, sizeof b, "\"%04X%04X\"", (unsigned)le(p, 2), (unsigned)le(p + 2, 2));
            break;
        default: b[0] = 0; break;
        }
        tess_buf_puts(w->out, b);
    }
    close_array(w);
}

static void path_push(jw *w, size_t *saved, bool tag, unsigned long v) {
    *saved = w->path.len;
    char b[32];
    int n = tag ? snprintf(b, sizeof b, w->path.len ? "/%08lX" : "%08lX", v)
                : snprintf(b, sizeof b, "/%lu", v);
    if (n > 0) tess_buf_put(&w->path, b, (size_t)n);
}

static void path_pop(jw *w, size_t saved) { w->path.len = saved; }

static int write_element(jw *w, dcm_element *e, const dcm_charset *cs) {
    dcm_vr vr = (dcm_vr)e->vr;
    size_t saved;
    path_push(w, &saved, true, e->tag);
    put_key_vr(w, e->tag, dcm_vr_name(vr));
    int rc = 0;
    if (vr == DCM_VR_SQ) {
        if (e->count) {
            member(w, "Value");
            open_array(w);
            for (uint32_t i = 0; i < e->count && rc == 0; i++) {
                array_sep(w, i);
                size_t s2;
                path_push(w, &s2, false, i);
                rc = write_dataset(w, &e->items[i], cs);
                path_pop(w, s2);
            }
            close_array(w);
        }
    } else if (e->flags & DCM_EL_ENCAPSULATED) {
        if (!try_bulk(w, e, UINT64_MAX)) rc = write_inline_encapsulated(w, e);
    } else if (e->length == 0) {
        /* empty: no Value */
    } else if (dcm_vr_is_binary(vr)) {
        if (!try_bulk(w, e, e->length)) rc = write_inline_binary(w, e);
    } else {
        const uint8_t *v;
        if (!(e->flags & DCM_EL_LOADED) && dcm_file_value(w->f, e, &v, w->err) != 0) rc = -1;
        else if (dcm_vr_is_string(vr)) rc = write_strings(w, e, cs);
        else if (dcm_vr_unit_size(vr)) write_numbers(w, e);
    }
    w->indent--;
    nl(w);
    tess_buf_putc(w->out, '}');
    path_pop(w, saved);
    return rc;
}

static int write_dataset(jw *w, const dcm_dataset *ds, const dcm_charset *parent_cs) {
    dcm_charset cs = *parent_cs;
    dcm_charset_from_dataset(&cs, ds, NULL);   /* unknown terms: default repertoire */
    tess_buf_putc(w->out, '{');
    w->indent++;
    bool first = true;
    for (uint32_t i = 0; i < ds->n; i++) {
        dcm_element *e = &ds->el[i];
        if (DCM_ELEM(e->tag) == 0x0000) continue;             /* group lengths */
        if (DCM_GROUP(e->tag) == 0x0002) continue;            /* file meta */
        if (!first) tess_buf_putc(w->out, ',');
        first = false;
        nl(w);
        if (write_element(w, e, &cs) != 0) return -1;
    }
    w->indent--;
    if (!first) nl(w);
    tess_buf_putc(w->out, '}');
    return 0;
}

int dcm_json_write(dcm_file *f, const dcm_json_opts *o, tess_buf *out, tess_error *err) {
    dcm_json_opts def;
    if (!o) { dcm_json_opts_default(&def); o = &def; }
    jw w = { .f = f, .o = o, .out = out, .err = err };
    tess_buf_init(&w.scratch, -1);
    tess_buf_init(&w.path, -1);
    dcm_charset cs;
    dcm_charset_default(&cs);
    int rc = write_dataset(&w, &f->ds, &cs);
    tess_buf_free(&w.scratch);
    tess_buf_free(&w.path);
    if (rc == 0 && w.o->pretty) tess_buf_putc(out, '\n');
    return rc;
}
