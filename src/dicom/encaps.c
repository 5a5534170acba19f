/*
 * encaps.c - fragments to frames for encapsulated pixel data (see
 * encaps.h).
 */
#include "dicom/encaps.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The outcome of the last mapping (the map, or why there is none) and what
 * it was built from: the key of encaps.h. Lives in the file's arena. */
struct dcm_frame_cache {
    const dcm_element *px;
    const dcm_fragment *frags;
    uint32_t count;                 /* px->count */
    uint32_t nframes;
    const uint8_t *bot_data;        /* px->frags[0].data and .length */
    uint32_t bot_length;
    const dcm_element *eot;         /* the Extended Offset Table element, or NULL */
    uint32_t eot_length;
    bool valid;                     /* false: nothing cached (dcm_encaps_forget) */
    const dcm_frame_ref *map;       /* NULL when the mapping failed: */
    char msg[TESS_ERROR_MAX];       /* then why */
};

void dcm_encaps_forget(dcm_file *f) {
    if (f->frame_cache) f->frame_cache->valid = false;
}

static bool cache_matches(const struct dcm_frame_cache *c, const dcm_element *px, uint32_t nframes,
                          const dcm_element *eot) {
    return c && c->valid && c->px == px && c->frags == px->frags && c->count == px->count &&
           c->nframes == nframes && c->bot_data == px->frags[0].data &&
           c->bot_length == px->frags[0].length && c->eot == eot &&
           c->eot_length == (eot ? eot->length : 0);
}

/* Remember a map just built, or (map NULL) the error `msg`. When the
 * cache itself cannot be allocated nothing is kept: the caller still gets
 * its result. */
static void cache_store(dcm_file *f, const dcm_element *px, uint32_t nframes, const dcm_element *eot,
                        const dcm_frame_ref *map, const char *msg) {
    struct dcm_frame_cache *c = f->frame_cache;
    if (!c) c = f->frame_cache = arena_calloc(&f->arena, sizeof *c);
    if (!c) return;
    c->px = px;
    c->frags = px->frags;
    c->count = px->count;
    c->nframes = nframes;
    c->bot_data = px->frags[0].data;
    c->bot_length = px->frags[0].length;
    c->eot = eot;
    c->eot_length = eot ? eot->length : 0;
    c->map = map;
    snprintf(c->msg, sizeof c->msg, "%s", map ? "" : msg);
    c->valid = true;
}

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

/* The mapping itself (encaps.h), into fr; offs is scratch of nframes. */
static int build_map(dcm_file *f, const dcm_element *px, uint32_t nframes, dcm_element *eot,
                     dcm_frame_ref *fr, uint64_t *offs, tess_error *err) {
    uint32_t nfrag = px->count - 1;
    /* 1. Extended Offset Table */
    if (eot && eot->length) {
        const uint8_t *p;
        if (dcm_file_value(f, eot, &p, err) != 0) return -1;
        if (eot->length != (uint64_t)nframes * 8)
            return tess_fail(err, "Extended Offset Table has %u entries for %u frames",
                             eot->length / 8, nframes);
        if (px->frags[0].length)
            return tess_fail(err, "both a Basic and an Extended Offset Table are present");
        for (uint32_t i = 0; i < nframes; i++) offs[i] = le(p + 8 * i, 8);
        return from_offsets(px, offs, nframes, fr, "Extended Offset Table", err);
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
        return from_offsets(px, offs, nframes, fr, "Basic Offset Table", err);
    }
    /* 3. the counts */
    if (nframes == 1 || nfrag == nframes) {
        uint32_t per = nframes == 1 ? nfrag : 1;
        for (uint32_t i = 0; i < nframes; i++) {
            fr[i].first = 1 + i * per;
            fr[i].count = per;
            for (uint32_t j = 0; j < per; j++) fr[i].length += px->frags[fr[i].first + j].length;
        }
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
    return from_offsets(px, offs, nframes, fr, "fragment scan", err);
}

int dcm_encaps_frames(dcm_file *f, const dcm_element *px, uint32_t nframes,
                      const dcm_frame_ref **out, tess_error *err) {
    *out = NULL;
    if (!(px->flags & DCM_EL_ENCAPSULATED) || px->count < 1 || !px->frags)
        return tess_fail(err, "pixel data is not encapsulated");
    uint32_t nfrag = px->count - 1;
    if (nframes == 0 || nframes > DCM_MAX_FRAMES)
        return tess_fail(err, "number of frames %u out of range", nframes);
    if (nfrag < nframes)
        return tess_fail(err, "%u frames but only %u fragments", nframes, nfrag);
    dcm_element *eot = dcm_dataset_find(&f->ds, DCM_TAG_EXTENDED_OFFSET_TABLE);
    const struct dcm_frame_cache *c = f->frame_cache;
    if (cache_matches(c, px, nframes, eot)) {
        if (!c->map) return tess_fail(err, "%s", c->msg);
        *out = c->map;
        return 0;
    }
    /* the map lives in the arena with the file; the offsets are scratch */
    dcm_frame_ref *fr = arena_calloc(&f->arena, (size_t)nframes * sizeof *fr);
    uint64_t *offs = malloc((size_t)nframes * sizeof *offs);
    if (!fr || !offs) {
        free(offs);
        return tess_fail(err, "out of memory for %u frames", nframes);
    }
    tess_error why = { "" };
    int rc = build_map(f, px, nframes, eot, fr, offs, &why);
    free(offs);
    cache_store(f, px, nframes, eot, rc == 0 ? fr : NULL, why.msg);
    if (rc != 0) return tess_fail(err, "%s", why.msg);
    *out = fr;
    return 0;
}
