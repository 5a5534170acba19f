/*
 * encaps.c - fragments to frames for encapsulated pixel data (see
 * encaps.h).
 */
#include "dicom/encaps.h"

#include <string.h>

uint32_t dcm_number_of_frames(const dcm_dataset *ds) {
    const dcm_element *e = dcm_dataset_find(ds, DCM_TAG_NUMBER_OF_FRAMES);
    long n = 0;
    if (!e || !dcm_element_int(e, &n) || n < 1 || (unsigned long)n > DCM_MAX_FRAMES) return 1;
    return (uint32_t)n;
}

/* Offset of fragment i's item tag relative to the first fragment's. */
static uint64_t rel_offset(const dcm_element *px, uint32_t i) {
    return (px->frags[i].offset - 8) - (px->frags[1].offset - 8);
}

/* Turn a list of frame start offsets (relative, as in the offset tables)
 * into fragment ranges. */
static int from_offsets(const dcm_element *px, const uint64_t *offs, uint32_t nframes,
                        dcm_frame_ref *fr, const char *table, tess_error *err) {
    uint32_t nfrag = px->count - 1;
    uint32_t k = 1;
    for (uint32_t i = 0; i < nframes; i++) {
        if (i > 0 && offs[i] <= offs[i - 1])
            return tess_fail(err, "%s entry %u (%llu) does not increase", table, i,
                             (unsigned long long)offs[i]);
        while (k <= nfrag && rel_offset(px, k) < offs[i]) k++;
        if (k > nfrag || rel_offset(px, k) != offs[i])
            return tess_fail(err, "%s entry %u (%llu) is not at a fragment boundary", table, i,
                             (unsigned long long)offs[i]);
        fr[i].first = k;
    }
    for (uint32_t i = 0; i < nframes; i++) {
        uint32_t end = i + 1 < nframes ? fr[i + 1].first : nfrag + 1;
        fr[i].count = end - fr[i].first;
        fr[i].length = 0;
        for (uint32_t j = fr[i].first; j < end; j++) fr[i].length += px->frags[j].length;
    }
    return 0;
}

static uint64_t le(const uint8_t *p, unsigned n) {
    uint64_t v = 0;
    for (unsigned i = n; i--;) v = v << 8 | p[i];
    return v;
}

/* First bytes of a fragment (loaded or read from the file). */
static int fragment_head(dcm_file *f, const dcm_fragment *fr, uint8_t head[4], tess_error *err) {
    memset(head, 0, 4);
    size_t n = fr->length < 4 ? fr->length : 4;
    if (fr->data) { memcpy(head, fr->data, n); return 0; }
    return dcm_file_read_range(f, fr->offset, head, n, err);
}

int dcm_encaps_frames(dcm_file *f, const dcm_element *px, uint32_t nframes,
                      dcm_frame_ref **out, tess_error *err) {
    *out = NULL;
    if (!(px->flags & DCM_EL_ENCAPSULATED) || px->count < 1)
        return tess_fail(err, "pixel data is not encapsulated");
    uint32_t nfrag = px->count - 1;
    if (nframes == 0 || nframes > DCM_MAX_FRAMES)
        return tess_fail(err, "number of frames %u out of range", nframes);
    if (nfrag < nframes)
        return tess_fail(err, "%u frames but only %u fragments", nframes, nfrag);
    dcm_frame_ref *fr = arena_calloc(&f->arena, (size_t)nframes * sizeof *fr);
    uint64_t *offs = arena_alloc(&f->arena, (size_t)nframes * sizeof *offs);
    if (!fr || !offs) return tess_fail(err, "out of memory for %u frames", nframes);

    /* 1. Extended Offset Table */
    dcm_element *eot = dcm_dataset_find(&f->ds, DCM_TAG_EXTENDED_OFFSET_TABLE);
    if (eot && eot->length) {
        const uint8_t *p;
        if (dcm_file_value(f, eot, &p, err) != 0) return -1;
        if (eot->length != (uint64_t)nframes * 8)
            return tess_fail(err, "Extended Offset Table has %u entries for %u frames",
                             eot->length / 8, nframes);
        if (px->frags[0].length)
            return tess_fail(err, "both a Basic and an Extended Offset Table are present");
        for (uint32_t i = 0; i < nframes; i++) offs[i] = le(p + 8 * i, 8);
        if (from_offsets(px, offs, nframes, fr, "Extended Offset Table", err) != 0) return -1;
        *out = fr;
        return 0;
    }
    /* 2. Basic Offset Table */
    const dcm_fragment *bot = &px->frags[0];
    if (bot->length) {
        if (bot->length != (uint64_t)nframes * 4)
            return tess_fail(err, "Basic Offset Table has %u entries for %u frames",
                             bot->length / 4, nframes);
        uint8_t *p = bot->data;
        if (!p) {
            p = arena_alloc(&f->arena, bot->length);
            if (!p) return tess_fail(err, "out of memory for the Basic Offset Table");
            if (dcm_file_read_range(f, bot->offset, p, bot->length, err) != 0) return -1;
        }
        for (uint32_t i = 0; i < nframes; i++) offs[i] = le(p + 4 * i, 4);
        if (offs[0] != 0) return tess_fail(err, "Basic Offset Table entry 0 is %llu, not 0",
                                           (unsigned long long)offs[0]);
        if (from_offsets(px, offs, nframes, fr, "Basic Offset Table", err) != 0) return -1;
        *out = fr;
        return 0;
    }
    /* 3. the counts */
    if (nframes == 1 || nfrag == nframes) {
        uint32_t per = nframes == 1 ? nfrag : 1;
        for (uint32_t i = 0; i < nframes; i++) {
            fr[i].first = 1 + i * per;
            fr[i].count = per;
            for (uint32_t j = 0; j < per; j++) fr[i].length += px->frags[fr[i].first + j].length;
        }
        *out = fr;
        return 0;
    }
    /* 4. codestream start markers */
    uint32_t found = 0;
    for (uint32_t k = 1; k <= nfrag; k++) {
        uint8_t h[4];
        if (fragment_head(f, &px->frags[k], h, err) != 0) return -1;
        bool start = (h[0] == 0xFF && h[1] == 0xD8) || (h[0] == 0xFF && h[1] == 0x4F && h[2] == 0xFF && h[3] == 0x51);
        if (k == 1 && !start)
            return tess_fail(err, "no offset table and the first fragment is no codestream start");
        if (!start) continue;
        if (found == nframes)
            return tess_fail(err, "more codestream starts than the %u frames declared", nframes);
        offs[found++] = rel_offset(px, k);
    }
    if (found != nframes)
        return tess_fail(err, "found %u codestream starts for %u frames", found, nframes);
    if (from_offsets(px, offs, nframes, fr, "fragment scan", err) != 0) return -1;
    *out = fr;
    return 0;
}
