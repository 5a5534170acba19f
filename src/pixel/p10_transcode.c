/*
 * p10_transcode.c - instance-level transcoding to a .202 Part 10 file (see
 * p10_transcode.h).
 */
#include "pixel/p10_transcode.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dicom/p10_writer.h"
#include "pixel/transcode.h"

/* Replace a short string element's value (or add the element). */
static int set_string(dcm_file *f, uint32_t tag, dcm_vr vr, const char *s, tess_error *err) {
    size_t n = strlen(s);
    char *v = arena_memdup(&f->arena, s, n);
    if (!v) return tess_fail(err, "out of memory");
    dcm_element *e = dcm_dataset_find(&f->ds, tag);
    if (e) {
        e->value = (uint8_t *)v;
        e->length = (uint32_t)n;
        e->flags = DCM_EL_LOADED;
        e->vr = (uint8_t)vr;
        return 0;
    }
    dcm_element ne;
    memset(&ne, 0, sizeof ne);
    ne.tag = tag;
    ne.vr = (uint8_t)vr;
    ne.flags = DCM_EL_LOADED;
    ne.length = (uint32_t)n;
    ne.value = (uint8_t *)v;
    bool dup;
    if (!dcm_dataset_add(&f->ds, &f->arena, &ne, &dup, err)) return -1;
    return 0;
}

int px_transcode_file(dcm_file *f, tess_buf *out, px_transcode_report *rep, tess_error *err) {
    memset(rep, 0, sizeof *rep);
    dcm_element *px = dcm_dataset_find(&f->ds, DCM_TAG_PIXEL_DATA);
    px_info info;
    if (!px || px_info_from_dataset(&f->ds, &info, err) != 0) {
        snprintf(rep->note, sizeof rep->note, "no transcodable pixel data%s%.200s",
                 px ? ": " : "", px ? err->msg : "");
        snprintf(rep->stored_ts, sizeof rep->stored_ts, "%s", f->transfer_syntax);
        return dcm_p10_write(f, out, err);
    }
    rep->frames = info.frames;
    px_policy pol = px_policy_for(f->transfer_syntax, &info, &f->ds);
    if (pol != PX_POLICY_TRANSCODE) {
        snprintf(rep->note, sizeof rep->note, "%s is %s", f->transfer_syntax,
                 pol == PX_POLICY_RETAIN ? "retained as stored (AHI policy)" : "not decodable here");
        if (pol == PX_POLICY_OPAQUE) rep->warning = PX_WARNING_NOT_DECODABLE;
        snprintf(rep->stored_ts, sizeof rep->stored_ts, "%s", f->transfer_syntax);
        return dcm_p10_write(f, out, err);
    }
    dcm_fragment *frags = arena_calloc(&f->arena, ((size_t)info.frames + 1) * sizeof *frags);
    px_stored_frame *sf = calloc(info.frames, sizeof *sf);
    if (!frags || !sf) { free(sf); return tess_fail(err, "out of memory for %u frames", info.frames); }
    int rc = 0;
    bool all_202 = true;
    uint32_t i = 0;
    for (; i < info.frames; i++) {
        uint32_t warning = 0;
        if (px_transcode_frame(f, &info, i, &sf[i], &warning, err) != 0) { rc = -1; break; }
        if (sf[i].policy != PX_POLICY_TRANSCODE) {
            all_202 = false;
            rep->warning = warning;
            snprintf(rep->note, sizeof rep->note, "%.250s", err->msg);
            i++;
            break;
        }
    }
    if (rc == 0 && all_202) {
        bool rgb = info.samples_per_pixel == 3;
        frags[0].length = 0;                  /* empty Basic Offset Table */
        for (uint32_t k = 0; k < info.frames; k++) {
            frags[k + 1].data = sf[k].data;
            frags[k + 1].length = (uint32_t)sf[k].len;
            rep->stored_bytes += sf[k].len;
        }
        px->flags = DCM_EL_ENCAPSULATED | DCM_EL_UNDEF_LENGTH;
        px->vr = DCM_VR_OB;
        px->length = DCM_UNDEFINED_LENGTH;
        px->value = NULL;
        px->frags = frags;
        px->count = info.frames + 1;
        snprintf(f->transfer_syntax, sizeof f->transfer_syntax, "%s", PX_TS_HTJ2K_RPCL);
        snprintf(rep->stored_ts, sizeof rep->stored_ts, "%s", PX_TS_HTJ2K_RPCL);
        if (rgb) {
            if (set_string(f, DCM_TAG(0x0028, 0x0004), DCM_VR_CS, "YBR_RCT", err) != 0) rc = -1;
            /* encapsulated colour data is always pixel-interleaved */
            dcm_element *pc = dcm_dataset_find(&f->ds, DCM_TAG(0x0028, 0x0006));
            if (pc && rc == 0) {
                uint8_t *zero = arena_calloc(&f->arena, 2);
                if (!zero) rc = tess_fail(err, "out of memory");
                else { pc->value = zero; pc->length = 2; pc->vr = DCM_VR_US; pc->flags = DCM_EL_LOADED; }
            }
        }
        if (rc == 0) rc = dcm_p10_write(f, out, err);
    } else if (rc == 0) {
        snprintf(rep->stored_ts, sizeof rep->stored_ts, "%s", f->transfer_syntax);
        rc = dcm_p10_write(f, out, err);
    }
    (void)i;
    for (uint32_t k = 0; k < info.frames; k++) px_stored_frame_free(&sf[k]);
    free(sf);
    return rc;
}
