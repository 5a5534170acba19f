/*
 * transcode.c - storage policy and frame transcoding (see transcode.h).
 */
#include "pixel/transcode.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pixel/decode.h"
#include "pixel/htj2k.h"
#include "pixel/tlm.h"

static bool has_prefix(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

px_policy px_policy_for(const char *ts, const px_info *info, const dcm_dataset *ds) {
    /* retained as they came (ahi-api.md 5.1, asterisked rows) */
    static const char *const retained[] = {
        "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.91", "1.2.840.10008.1.2.4.203",
        "1.2.840.10008.1.2.4.112",
    };
    for (size_t i = 0; i < sizeof retained / sizeof retained[0]; i++)
        if (strcmp(ts, retained[i]) == 0) return PX_POLICY_RETAIN;
    /* MPEG-2, MPEG-4, HEVC video */
    if (has_prefix(ts, "1.2.840.10008.1.2.4.10")) return PX_POLICY_RETAIN;
    /* binary segmentation (1-bit SEG) keeps Explicit VR LE */
    const dcm_element *sop = dcm_dataset_find(ds, DCM_TAG(0x0008, 0x0016));
    size_t n;
    const char *uid = sop ? dcm_string_value(sop, 0, &n) : NULL;
    if (info && info->bits_allocated == 1 && uid && n == 28 &&
        memcmp(uid, "1.2.840.10008.5.1.4.1.1.66.4", 28) == 0)
        return PX_POLICY_RETAIN;
    if (!px_can_decode(ts)) return PX_POLICY_OPAQUE;
    if (info && (info->bits_stored > 16 || info->bits_allocated == 32)) return PX_POLICY_OPAQUE;
    return PX_POLICY_TRANSCODE;
}

void px_stored_frame_free(px_stored_frame *s) {
    free(s->data);
    s->data = NULL;
    s->len = 0;
}

int px_encode_202(const px_image *img, px_stored_frame *out, tess_error *err) {
    uint8_t *cs = NULL;
    size_t cs_len = 0;
    unsigned levels = 0;
    if (px_htj2k_encode(img, &cs, &cs_len, &levels, err) != 0) return -1;
    if (levels > PX_MAX_LEVELS) {
        free(cs);
        return tess_fail(err, "internal: %u decomposition levels", levels);
    }
    /* split in the encoder's buffer, which has PX_HTJ2K_SPARE bytes to spare */
    size_t split_len = 0;
    unsigned nres = 0;
    if (px_tlm_split_growth(levels) > PX_HTJ2K_SPARE) {
        free(cs);
        return tess_fail(err, "internal: splitting %u levels needs %zu spare bytes", levels,
                         px_tlm_split_growth(levels));
    }
    if (px_tlm_split_in_place(cs, cs_len, cs_len + PX_HTJ2K_SPARE, &split_len, out->res_end,
                              PX_MAX_LEVELS + 1, &nres, err) != 0) {
        free(cs);
        return tess_fail_prefix(err, "splitting the HTJ2K codestream");
    }
    out->data = cs;
    out->len = split_len;
    out->levels = levels;
    out->nres = nres;
    out->policy = PX_POLICY_TRANSCODE;
    snprintf(out->transfer_syntax, sizeof out->transfer_syntax, "%s", PX_TS_HTJ2K_RPCL);
    out->width = img->width;
    out->height = img->height;
    if (px_frame_checksums(img, levels, out->checksums, &out->min, &out->max, err) != 0) {
        px_stored_frame_free(out);
        return -1;
    }
    out->nchecksums = levels + 1;
    return 0;
}

/* The frame's bytes as stored in the source (for retained frames). */
static int source_frame_bytes(dcm_file *f, const px_info *info, uint32_t index, uint8_t **out,
                              size_t *len, tess_error *err) {
    dcm_element *px = dcm_dataset_find(&f->ds, DCM_TAG_PIXEL_DATA);
    if (!px) return tess_fail(err, "no pixel data");
    if (px->flags & DCM_EL_ENCAPSULATED) {
        if (index >= info->frames) return tess_fail(err, "frame %u out of range", index);
        return px_encapsulated_frame_bytes(f, px, info, index, out, len, err);
    }
    /* native: one frame's worth of bytes */
    uint64_t bits = (uint64_t)info->rows * info->columns * info->samples_per_pixel * info->bits_allocated;
    uint64_t start = bits * index / 8, stop = (bits * (index + 1) + 7) / 8;
    if (stop > px->length) return tess_fail(err, "frame %u extends past the pixel data", index);
    uint8_t *p = malloc(stop - start ? (size_t)(stop - start) : 1);
    if (!p) return tess_fail(err, "out of memory");
    if (px->flags & DCM_EL_LOADED) memcpy(p, px->value + start, (size_t)(stop - start));
    else if (dcm_file_read_range(f, px->offset + start, p, (size_t)(stop - start), err) != 0) { free(p); return -1; }
    *out = p;
    *len = (size_t)(stop - start);
    return 0;
}

int px_transcode_frame(dcm_file *f, const px_info *info, uint32_t index, px_stored_frame *out,
                       uint32_t *warning, tess_error *err) {
    memset(out, 0, sizeof *out);
    *warning = 0;
    px_policy pol = px_policy_for(f->transfer_syntax, info, &f->ds);
    if (pol == PX_POLICY_TRANSCODE) {
        px_image img;
        tess_error derr;
        if (px_decode_frame(f, info, index, &img, &derr) == 0) {
            int rc = px_encode_202(&img, out, err);
            px_image_free(&img);
            return rc;
        }
        /* a lossless source we cannot decode: keep it, never drop it */
        pol = PX_POLICY_OPAQUE;
        snprintf(err->msg, sizeof err->msg, "frame %u kept as stored: %.400s", index, derr.msg);
    }
    if (source_frame_bytes(f, info, index, &out->data, &out->len, err) != 0) return -1;
    out->policy = pol;
    out->width = info->columns;
    out->height = info->rows;
    /* native frames are stored little-endian whatever the source syntax
     * was (the reader normalised them): Explicit VR Little Endian */
    const dcm_element *pxe = dcm_dataset_find(&f->ds, DCM_TAG_PIXEL_DATA);
    bool encaps = pxe && (pxe->flags & DCM_EL_ENCAPSULATED);
    snprintf(out->transfer_syntax, sizeof out->transfer_syntax, "%s",
             encaps ? f->transfer_syntax : "1.2.840.10008.1.2.1");
    if (pol == PX_POLICY_OPAQUE) *warning = PX_WARNING_NOT_DECODABLE;
    return 0;
}
