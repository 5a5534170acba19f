/*
 * p10_writer.c - Part 10 writer, explicit VR little endian (see
 * p10_writer.h).
 */
#include "dicom/p10_writer.h"

#include <string.h>

#include "dicom/reader.h"

#define EXPLICIT_LE "1.2.840.10008.1.2.1"

static void put16(tess_buf *b, uint16_t v) {
    uint8_t p[2] = { (uint8_t)v, (uint8_t)(v >> 8) };
    tess_buf_put(b, p, 2);
}

static void put32(tess_buf *b, uint32_t v) {
    uint8_t p[4] = { (uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24) };
    tess_buf_put(b, p, 4);
}

static void put_tag(tess_buf *b, uint32_t tag) {
    put16(b, DCM_GROUP(tag));
    put16(b, DCM_ELEM(tag));
}

/* Element header in explicit VR LE. */
static void put_header(tess_buf *b, uint32_t tag, dcm_vr vr, uint32_t len) {
    put_tag(b, tag);
    const char *name = dcm_vr_name(vr);
    tess_buf_put(b, name, 2);
    if (dcm_vr_has_long_length(vr)) {
        put16(b, 0);
        put32(b, len);
    } else {
        put16(b, (uint16_t)len);
    }
}

static char pad_byte(dcm_vr vr) {
    if (vr == DCM_VR_UI || dcm_vr_is_binary(vr)) return 0;
    return dcm_vr_is_string(vr) ? ' ' : 0;
}

static int write_dataset(dcm_file *f, const dcm_dataset *ds, tess_buf *b, tess_error *err);

static int write_value_bytes(dcm_file *f, dcm_element *e, tess_buf *b, tess_error *err) {
    if (e->flags & DCM_EL_LOADED) {
        tess_buf_put(b, e->value, e->length);
        return 0;
    }
    uint8_t chunk[64 * 1024];
    uint64_t off = 0;
    while (off < e->length) {
        size_t n = e->length - off < sizeof chunk ? (size_t)(e->length - off) : sizeof chunk;
        if (dcm_file_read_range(f, e->offset + off, chunk, n, err) != 0) return -1;
        if (e->flags & DCM_EL_SWAP) dcm_swap_values((dcm_vr)e->vr, chunk, n);
        tess_buf_put(b, chunk, n);
        off += n;
    }
    return 0;
}

static int write_element(dcm_file *f, dcm_element *e, tess_buf *b, tess_error *err) {
    dcm_vr vr = (dcm_vr)e->vr;
    if (vr == DCM_VR_SQ) {
        put_header(b, e->tag, DCM_VR_SQ, DCM_UNDEFINED_LENGTH);
        for (uint32_t i = 0; i < e->count; i++) {
            put_tag(b, DCM_TAG_ITEM);
            put32(b, DCM_UNDEFINED_LENGTH);
            if (write_dataset(f, &e->items[i], b, err) != 0) return -1;
            put_tag(b, DCM_TAG_ITEM_DELIM);
            put32(b, 0);
        }
        put_tag(b, DCM_TAG_SEQ_DELIM);
        put32(b, 0);
        return 0;
    }
    if (e->flags & DCM_EL_ENCAPSULATED) {
        put_header(b, e->tag, vr == DCM_VR_OW ? DCM_VR_OW : DCM_VR_OB, DCM_UNDEFINED_LENGTH);
        for (uint32_t i = 0; i < e->count; i++) {
            dcm_fragment *fr = &e->frags[i];
            uint32_t padded = fr->length + (fr->length & 1);
            put_tag(b, DCM_TAG_ITEM);
            put32(b, padded);
            if (fr->data) {
                tess_buf_put(b, fr->data, fr->length);
            } else {
                uint8_t chunk[64 * 1024];
                uint64_t off = 0;
                while (off < fr->length) {
                    size_t n = fr->length - off < sizeof chunk ? (size_t)(fr->length - off) : sizeof chunk;
                    if (dcm_file_read_range(f, fr->offset + off, chunk, n, err) != 0) return -1;
                    tess_buf_put(b, chunk, n);
                    off += n;
                }
            }
            if (fr->length & 1) tess_buf_putc(b, 0);
        }
        put_tag(b, DCM_TAG_SEQ_DELIM);
        put32(b, 0);
        return 0;
    }
    uint32_t len = e->length;
    uint32_t padded = len + (len & 1);
    if (padded < len) return tess_fail(err, "(%04X,%04X): value too long", DCM_GROUP(e->tag), DCM_ELEM(e->tag));
    if (!dcm_vr_has_long_length(vr) && padded > 0xFFFF) vr = DCM_VR_UN;
    put_header(b, e->tag, vr, padded);
    if (write_value_bytes(f, e, b, err) != 0) return -1;
    if (len & 1) tess_buf_putc(b, pad_byte((dcm_vr)e->vr));
    return 0;
}

static int write_dataset(dcm_file *f, const dcm_dataset *ds, tess_buf *b, tess_error *err) {
    for (uint32_t i = 0; i < ds->n; i++) {
        dcm_element *e = &ds->el[i];
        if (DCM_ELEM(e->tag) == 0x0000) continue;
        if (DCM_GROUP(e->tag) == 0x0002) continue;
        if (write_element(f, e, b, err) != 0) return -1;
        if (b->failed) return tess_fail(err, "writing output: %s", b->why);
    }
    return 0;
}

/* Append a short string element, padded to even length. */
static void meta_string(tess_buf *m, uint32_t tag, dcm_vr vr, const char *s, size_t n) {
    uint32_t padded = (uint32_t)(n + (n & 1));
    put_header(m, tag, vr, padded);
    tess_buf_put(m, s, n);
    if (n & 1) tess_buf_putc(m, vr == DCM_VR_UI ? 0 : ' ');
}

static void uid_trim(const dcm_element *e, const char **s, size_t *n) {
    *s = (const char *)e->value;
    *n = e->length;
    while (*n && ((*s)[*n - 1] == 0 || (*s)[*n - 1] == ' ')) (*n)--;
}

/* The meta element, else the data set one, loaded if it was left on disk;
 * a value that is only padding counts as absent (else a re-read would fall
 * back where we did not). */
static const dcm_element *find_any(dcm_file *f, uint32_t meta_tag, uint32_t ds_tag) {
    const uint32_t tags[2] = { meta_tag, ds_tag };
    for (int k = 0; k < 2; k++) {
        dcm_element *e = dcm_dataset_find(k ? &f->ds : &f->meta, tags[k]);
        const uint8_t *v;
        const char *s;
        size_t n;
        if (!e || (!(e->flags & DCM_EL_LOADED) && dcm_file_value(f, e, &v, NULL) != 0)) continue;
        uid_trim(e, &s, &n);
        if (n) return e;
    }
    return NULL;
}

int dcm_p10_write(dcm_file *f, tess_buf *out, tess_error *err) {
    const dcm_element *px = dcm_dataset_find(&f->ds, DCM_TAG_PIXEL_DATA);
    bool encapsulated = px && (px->flags & DCM_EL_ENCAPSULATED) && f->transfer_syntax[0];
    /* Fragments are copied as they are, so the source transfer syntax
     * stays, unless it is one of the uncompressed ones: what we write is
     * little endian and not deflated, whatever the source was. An unknown
     * UID is kept (most likely a compression we do not know). */
    dcm_transfer_syntax sts;
    if (encapsulated && dcm_transfer_syntax_lookup(f->transfer_syntax, &sts) && !sts.encapsulated)
        encapsulated = false;
    const char *ts = encapsulated ? f->transfer_syntax : EXPLICIT_LE;

    tess_buf m;
    tess_buf_init(&m, -1);
    static const uint8_t version[2] = { 0, 1 };
    put_header(&m, DCM_TAG(0x0002, 0x0001), DCM_VR_OB, 2);
    tess_buf_put(&m, version, 2);
    const dcm_element *e;
    const char *s;
    size_t n;
    if ((e = find_any(f, DCM_TAG(0x0002, 0x0002), DCM_TAG(0x0008, 0x0016)))) {
        uid_trim(e, &s, &n);
        meta_string(&m, DCM_TAG(0x0002, 0x0002), DCM_VR_UI, s, n);
    }
    if ((e = find_any(f, DCM_TAG(0x0002, 0x0003), DCM_TAG(0x0008, 0x0018)))) {
        uid_trim(e, &s, &n);
        meta_string(&m, DCM_TAG(0x0002, 0x0003), DCM_VR_UI, s, n);
    }
    meta_string(&m, DCM_TAG(0x0002, 0x0010), DCM_VR_UI, ts, strlen(ts));
    meta_string(&m, DCM_TAG(0x0002, 0x0012), DCM_VR_UI, TESSERA_IMPLEMENTATION_UID,
                strlen(TESSERA_IMPLEMENTATION_UID));
    meta_string(&m, DCM_TAG(0x0002, 0x0013), DCM_VR_SH, TESSERA_IMPLEMENTATION_VERSION,
                strlen(TESSERA_IMPLEMENTATION_VERSION));
    /* keep the rest of the source meta (source AE titles, private info) */
    for (uint32_t i = 0; i < f->meta.n; i++) {
        dcm_element *me = &f->meta.el[i];
        uint16_t el = DCM_ELEM(me->tag);
        if (el <= 0x0003 || el == 0x0010 || el == 0x0012 || el == 0x0013) continue;
        if (write_element(f, me, &m, err) != 0) { tess_buf_free(&m); return -1; }
    }
    if (m.failed) { tess_buf_free(&m); return tess_fail(err, "out of memory building file meta"); }

    static const uint8_t preamble[128];
    tess_buf_put(out, preamble, sizeof preamble);
    tess_buf_put(out, "DICM", 4);
    put_header(out, DCM_TAG(0x0002, 0x0000), DCM_VR_UL, 4);
    put32(out, (uint32_t)m.len);
    tess_buf_put(out, m.data, m.len);
    tess_buf_free(&m);
    if (write_dataset(f, &f->ds, out, err) != 0) return -1;
    if (out->failed) return tess_fail(err, "writing output: %s", out->why);
    return 0;
}
