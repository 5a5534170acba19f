/*
 * fuzz_reader.c - libFuzzer target for the DICOM reader and everything that
 * walks what it produces: JSON writer, dump, Part 10 writer (whose output
 * must read back), and the fragments-to-frames mapping.
 *
 * Build: make fuzz (clang, ASan + UBSan). Run: build/fuzz/fuzz_reader DIR.
 * Crashers found are kept in tests/regress/ and replayed by the tests.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "dicom/dump.h"
#include "dicom/encaps.h"
#include "dicom/json.h"
#include "dicom/p10_writer.h"
#include "dicom/reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    dcm_read_opts o;
    dcm_read_opts_default(&o);
    o.max_memory = 256u << 20;
    o.max_depth = 32;
    dcm_file *f;
    tess_error err;
    if (dcm_read_mem(data, size, &o, &f, &err) != 0) return 0;

    tess_buf b;
    tess_buf_init(&b, -1);
    dcm_json_write(f, NULL, &b, &err);
    b.len = 0;
    b.failed = false;
    dcm_dump(f, &b, &err);
    b.len = 0;
    b.failed = false;
    if (dcm_p10_write(f, &b, &err) == 0 && !b.failed) {
        dcm_file *g;
        if (dcm_read_mem(b.data, b.len, &o, &g, &err) != 0) {
            /* what we write, we must read */
            fprintf(stderr, "re-read of our own output failed: %s\n", err.msg);
            abort();
        }
        dcm_file_free(g);
    }
    tess_buf_free(&b);

    dcm_element *px = dcm_dataset_find(&f->ds, DCM_TAG_PIXEL_DATA);
    if (px && (px->flags & DCM_EL_ENCAPSULATED)) {
        const dcm_frame_ref *fr;
        dcm_encaps_frames(f, px, dcm_number_of_frames(&f->ds), &fr, &err);
    }
    dcm_file_free(f);
    return 0;
}
