/*
 * dump.c - the `tessera dump` listing (see dump.h).
 */
#include "dicom/dump.h"

#include <stdio.h>
#include <string.h>

#include "dicom/charset.h"
#include "dicom/dict.h"

#define VALUE_WIDTH 64

static const char *keyword(uint32_t tag) {
    if (DCM_GROUP(tag) & 1) {
        if (DCM_ELEM(tag) == 0) return "PrivateGroupLength";
        if (DCM_ELEM(tag) >= 0x10 && DCM_ELEM(tag) <= 0xFF) return "PrivateCreator";
        return "Unknown Tag & Data";
    }
    const dcm_dict_entry *d = dcm_dict_lookup(tag);
    return d && d->keyword[0] ? d->keyword : "Unknown Tag & Data";
}

static void indent(tess_buf *out, int depth) {
    for (int i = 0; i < depth; i++) tess_buf_put(out, "  ", 2);
}

/* Format a value preview into v (at most VALUE_WIDTH visible chars). */
static unsigned preview(dcm_file *f, dcm_element *e, const dcm_charset *cs, tess_buf *v) {
    dcm_vr vr = (dcm_vr)e->vr;
    unsigned vm = 0;
    if (e->length == 0) { tess_buf_puts(v, "(no value available)"); return 0; }
    if (dcm_vr_is_string(vr)) {
        const uint8_t *p;
        if (dcm_file_value(f, e, &p, NULL) != 0) { tess_buf_puts(v, "(not readable)"); return 0; }
        tess_buf tmp;
        tess_buf_init(&tmp, -1);
        dcm_charset_decode(cs, p, e->length, vr == DCM_VR_PN, &tmp);
        size_t n = tmp.len;
        while (n && (tmp.data[n - 1] == ' ' || tmp.data[n - 1] == 0)) n--;
        tess_buf_putc(v, '[');
        for (size_t i = 0; i < n; i++) {
            uint8_t c = tmp.data[i];
            tess_buf_putc(v, c < 0x20 ? '.' : (char)c);
        }
        tess_buf_putc(v, ']');
        tess_buf_free(&tmp);
        return dcm_string_count(e);
    }
    unsigned u = dcm_vr_unit_size(vr);
    if (!u) return 0;
    vm = e->length / u;
    if (dcm_vr_is_binary(vr)) vm = 1;
    if (!(e->flags & DCM_EL_LOADED)) {
        tess_buf_printf(v, "(%u bytes not loaded)", e->length);
        return vm;
    }
    const uint8_t *p = e->value;
    unsigned count = e->length / u;
    for (unsigned i = 0; i < count && v->len < VALUE_WIDTH + 8; i++) {
        const uint8_t *q = p + (size_t)i * u;
        if (i) tess_buf_putc(v, '\\');
        switch (vr) {
        case DCM_VR_US: tess_buf_printf(v, "%u", q[0] | q[1] << 8); break;
        case DCM_VR_SS: tess_buf_printf(v, "%d", (int16_t)(q[0] | q[1] << 8)); break;
        case DCM_VR_UL: case DCM_VR_SL: {
            uint32_t x = (uint32_t)q[0] | (uint32_t)q[1] << 8 | (uint32_t)q[2] << 16 | (uint32_t)q[3] << 24;
            if (vr == DCM_VR_UL) tess_buf_printf(v, "%u", x);
            else tess_buf_printf(v, "%d", (int32_t)x);
            break;
        }
        case DCM_VR_FL: { float x; memcpy(&x, q, 4); tess_buf_printf(v, "%g", (double)x); break; }
        case DCM_VR_FD: { double x; memcpy(&x, q, 8); tess_buf_printf(v, "%g", x); break; }
        case DCM_VR_AT: tess_buf_printf(v, "(%04x,%04x)", q[0] | q[1] << 8, q[2] | q[3] << 8); break;
        case DCM_VR_OW: tess_buf_printf(v, "%04x", q[0] | q[1] << 8); break;
        case DCM_VR_OB: case DCM_VR_UN: tess_buf_printf(v, "%02x", q[0]); break;
        default: {
            /* OD, OF, OL, OV, SV, UV: hex of the unit */
            for (unsigned k = u; k--;) tess_buf_printf(v, "%02x", q[k]);
        }
        }
    }
    return vm;
}

static int dump_dataset(dcm_file *f, dcm_dataset *ds, int depth, const dcm_charset *parent,
                        tess_buf *out, tess_error *err) {
    dcm_charset cs = *parent;
    dcm_charset_from_dataset(&cs, ds, NULL);
    tess_buf v;
    tess_buf_init(&v, -1);
    for (uint32_t i = 0; i < ds->n; i++) {
        dcm_element *e = &ds->el[i];
        dcm_vr vr = (dcm_vr)e->vr;
        v.len = 0;
        unsigned vm = 1;
        char lenbuf[16];
        if (e->flags & DCM_EL_UNDEF_LENGTH) snprintf(lenbuf, sizeof lenbuf, "u/l");
        else snprintf(lenbuf, sizeof lenbuf, "%u", e->length);
        if (vr == DCM_VR_SQ) {
            tess_buf_printf(&v, "(Sequence with %s length #=%u)",
                            (e->flags & DCM_EL_UNDEF_LENGTH) ? "undefined" : "explicit", e->count);
        } else if (e->flags & DCM_EL_ENCAPSULATED) {
            tess_buf_printf(&v, "(PixelSequence #=%u)", e->count);
        } else {
            vm = preview(f, e, &cs, &v);
        }
        /* widths count characters (UTF-8 code points), not bytes */
        size_t shown = v.len, chars = 0;
        for (size_t k = 0; k < v.len; k++) chars += (v.data[k] & 0xC0) != 0x80;
        const char *tail = "";
        if (chars > VALUE_WIDTH) {
            /* cut before character VALUE_WIDTH - 3, on a UTF-8 boundary */
            size_t k = 0;
            for (shown = 0; shown < v.len; shown++)
                if ((v.data[shown] & 0xC0) != 0x80 && k++ == VALUE_WIDTH - 3) break;
            chars = VALUE_WIDTH - 3;
            tail = "...";
        }
        indent(out, depth);
        tess_buf_printf(out, "(%04x,%04x) %s %.*s%s", DCM_GROUP(e->tag), DCM_ELEM(e->tag),
                        dcm_vr_name(vr), (int)shown, v.data ? (const char *)v.data : "", tail);
        int pad = VALUE_WIDTH + 2 - (int)(chars + strlen(tail)) - depth * 2;
        for (int k = 0; k < pad; k++) tess_buf_putc(out, ' ');
        tess_buf_printf(out, " # %4s, %u %s\n", lenbuf, vm, keyword(e->tag));
        if (vr == DCM_VR_SQ) {
            for (uint32_t k = 0; k < e->count; k++) {
                indent(out, depth + 1);
                tess_buf_printf(out, "(fffe,e000) na (Item #%u)\n", k + 1);
                if (dump_dataset(f, &e->items[k], depth + 2, &cs, out, err) != 0) {
                    tess_buf_free(&v);
                    return -1;
                }
            }
        } else if (e->flags & DCM_EL_ENCAPSULATED) {
            for (uint32_t k = 0; k < e->count; k++) {
                indent(out, depth + 1);
                tess_buf_printf(out, "(fffe,e000) pi (%s, %u bytes at offset %llu)\n",
                                k == 0 ? "Basic Offset Table" : "fragment", e->frags[k].length,
                                (unsigned long long)e->frags[k].offset);
            }
        }
    }
    tess_buf_free(&v);
    return 0;
}

int dcm_dump(dcm_file *f, tess_buf *out, tess_error *err) {
    dcm_charset cs;
    dcm_charset_default(&cs);
    tess_buf_puts(out, f->has_meta ? "# Dicom-File-Format\n" : "# Dicom-Data-Set (no file meta)\n");
    if (f->has_meta) {
        tess_buf_puts(out, "\n# Dicom-Meta-Information-Header\n");
        if (dump_dataset(f, &f->meta, 0, &cs, out, err) != 0) return -1;
    }
    tess_buf_printf(out, "\n# Dicom-Data-Set\n# Transfer syntax: %s (%s VR, %s endian%s)%s\n",
                    f->transfer_syntax, f->ts.explicit_vr ? "explicit" : "implicit",
                    f->ts.big_endian ? "big" : "little", f->ts.deflated ? ", deflated" : "",
                    f->ts_detected ? " [detected]" : "");
    if (dump_dataset(f, &f->ds, 0, &cs, out, err) != 0) return -1;
    if (f->trailing_zero_bytes)
        tess_buf_printf(out, "# %llu zero bytes after the data set\n",
                        (unsigned long long)f->trailing_zero_bytes);
    return 0;
}
