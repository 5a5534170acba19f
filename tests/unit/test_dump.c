/*
 * test_dump.c - unit tests for the human-readable listing (src/dicom/dump.c).
 *
 * A hand-built file is dumped and compared line by line with the expected
 * listing: meta and data set headers, value previews of every kind,
 * sequences and items indented, fragments, trailing zero bytes. Columns are
 * counted in characters, so non-ASCII text keeps the '#' column aligned and
 * long values are cut on a character boundary.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builder.h"
#include "dicom/dump.h"
#include "dicom/reader.h"
#include "harness.h"

static char *dump_of(dcm_file *f) {
    tess_buf out;
    tess_buf_init(&out, -1);
    tess_error err = { { 0 } };
    if (dcm_dump(f, &out, &err) != 0) {
        fprintf(stderr, "  dcm_dump: %s\n", err.msg);
        tess_buf_free(&out);
        return NULL;
    }
    char *s = malloc(out.len + 1);
    memcpy(s, out.data ? (const char *)out.data : "", out.len);
    s[out.len] = 0;
    tess_buf_free(&out);
    return s;
}

static char *dump_bb(const bb *b, const dcm_read_opts *o) {
    dcm_file *f = NULL;
    tess_error err = { { 0 } };
    if (dcm_read_mem(b->p, b->n, o, &f, &err) != 0) {
        fprintf(stderr, "  read: %s\n", err.msg);
        return NULL;
    }
    char *s = dump_of(f);
    dcm_file_free(f);
    return s;
}

/* Characters (UTF-8 code points) before the first " # " of a line. */
static long hash_column(const char *line, size_t n) {
    long chars = 0;
    for (size_t i = 0; i + 2 < n; i++) {
        if (line[i] == ' ' && line[i + 1] == '#' && line[i + 2] == ' ') return chars + 1;
        chars += ((unsigned char)line[i] & 0xC0) != 0x80;
    }
    return -1;
}

/* Every element line has its '#' in the same column. */
static bool aligned(const char *s) {
    bool ok = true;
    const char *p = s;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        const char *q = p;
        while (q < p + n && *q == ' ') q++;
        if (*q == '(' && strncmp(q, "(fffe,e000)", 11) != 0) {
            long col = hash_column(p, n);
            if (col != 82) {
                fprintf(stderr, "  '#' at column %ld: %.*s\n", col, (int)n, p);
                ok = false;
            }
        }
        p = nl ? nl + 1 : p + n;
    }
    return ok;
}

static bool lines_are(const char *got, const char *const *want, size_t n) {
    const char *p = got;
    for (size_t i = 0; i < n; i++) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (len != strlen(want[i]) || memcmp(p, want[i], len) != 0) {
            fprintf(stderr, "  line %zu:\n  got:  %.*s\n  want: %s\n", i + 1, (int)len, p, want[i]);
            return false;
        }
        if (!nl) { if (i + 1 != n) { fprintf(stderr, "  output ends at line %zu\n", i + 1); return false; } break; }
        p = nl + 1;
    }
    if (*p) { fprintf(stderr, "  extra output: %s\n", p); return false; }
    return true;
}

static void test_listing(void) {
    bb b = { 0 };
    bb_meta(&b, true, TS_EXPLICIT_LE);
    bb_str(&b, EXPL_LE, 0x00080005, "CS", "ISO_IR 100");
    bb_str(&b, EXPL_LE, 0x00080008, "CS", "ORIGINAL\\PRIMARY");
    bb_str(&b, EXPL_LE, 0x00080060, "CS", "");
    bb_str(&b, EXPL_LE, 0x00090010, "LO", "ACME");
    bb_el(&b, EXPL_LE, 0x00091001, "OB", "\x01\x02\xAB", 3);
    bb_str(&b, EXPL_LE, 0x00100010, "PN", "Buc^J\xE9r\xF4me");
    char longv[200] = "";
    for (int i = 0; i < 40; i++) strcat(longv, "\xE9");
    strcat(longv, "abcdefghijklmnopqrstuvwxyz0123456789");
    bb_str(&b, EXPL_LE, 0x00104000, "LT", longv);
    bb_el(&b, EXPL_LE, 0x00189219, "FD", "\x00\x00\x00\x00\x00\x00\xF8\x3F", 8);
    bb_el(&b, EXPL_LE, 0x00209165, "AT", "\x10\x00\x10\x00", 4);
    bb_us(&b, EXPL_LE, 0x00280010, 512);
    bb_el(&b, EXPL_LE, 0x00280106, "SS", "\xFF\xFF", 2);
    bb it = { 0 };
    bb_str(&it, EXPL_LE, 0x00081150, "UI", "1.2");
    bb_seq_undefined(&b, EXPL_LE, 0x00081115, &it, 1);
    bb_seq_defined(&b, EXPL_LE, 0x00081140, &it, 1);
    bb_hdr(&b, EXPL_LE, 0x7FE00010, "OB", 0xFFFFFFFFu);
    bb_item(&b, EXPL_LE, 0);
    bb_item(&b, EXPL_LE, 4);
    bb_put(&b, "abcd", 4);
    bb_seq_delim(&b, EXPL_LE);
    bb_zeros(&b, 6);
    char lt[512] = "(0010,4000) LT [";
    for (int i = 0; i < 40; i++) strcat(lt, "\xC3\xA9");
    strcat(lt, "abcdefghijklmnopqrst...   #   76, 1 PatientComments");
    const char *const want[] = {
        "# Dicom-File-Format",
        "",
        "# Dicom-Meta-Information-Header",
        "(0002,0000) UL 92                                                                 #    4, 1 FileMetaInformationGroupLength",
        "(0002,0001) OB 00\\01                                                              #    2, 1 FileMetaInformationVersion",
        "(0002,0002) UI [1.2.840.10008.5.1.4.1.1.7]                                        #   26, 1 MediaStorageSOPClassUID",
        "(0002,0003) UI [1.2.3.4]                                                          #    8, 1 MediaStorageSOPInstanceUID",
        "(0002,0010) UI [1.2.840.10008.1.2.1]                                              #   20, 1 TransferSyntaxUID",
        "",
        "# Dicom-Data-Set",
        "# Transfer syntax: 1.2.840.10008.1.2.1 (explicit VR, little endian)",
        "(0008,0005) CS [ISO_IR 100]                                                       #   10, 1 SpecificCharacterSet",
        "(0008,0008) CS [ORIGINAL\\PRIMARY]                                                 #   16, 2 ImageType",
        "(0008,0060) CS (no value available)                                               #    0, 0 Modality",
        "(0008,1115) SQ (Sequence with undefined length #=1)                               #  u/l, 1 ReferencedSeriesSequence",
        "  (fffe,e000) na (Item #1)",
        "    (0008,1150) UI [1.2]                                                          #    3, 1 ReferencedSOPClassUID",
        "(0008,1140) SQ (Sequence with explicit length #=1)                                #   19, 1 ReferencedImageSequence",
        "  (fffe,e000) na (Item #1)",
        "    (0008,1150) UI [1.2]                                                          #    3, 1 ReferencedSOPClassUID",
        "(0009,0010) LO [ACME]                                                             #    4, 1 PrivateCreator",
        "(0009,1001) OB 01\\02\\ab                                                           #    3, 1 Unknown Tag & Data",
        "(0010,0010) PN [Buc^J\xC3\xA9r\xC3\xB4me]                                                       #   10, 1 PatientName",
        lt,
        "(0018,9219) FD 1.5                                                                #    8, 1 TagAngleSecondAxis",
        "(0020,9165) AT (0010,0010)                                                        #    4, 1 DimensionIndexPointer",
        "(0028,0010) US 512                                                                #    2, 1 Rows",
        "(0028,0106) SS -1                                                                 #    2, 1 SmallestImagePixelValue",
        "(7fe0,0010) OB (PixelSequence #=2)                                                #  u/l, 1 PixelData",
        "  (fffe,e000) pi (Basic Offset Table, 0 bytes at offset 561)",
        "  (fffe,e000) pi (fragment, 4 bytes at offset 569)",
        "# 6 zero bytes after the data set",
    };
    char *s = dump_bb(&b, NULL);
    CHECK(s != NULL);
    if (s) {
        CHECK(lines_are(s, want, sizeof want / sizeof want[0]));
        CHECK(aligned(s));
    }
    free(s);
    bb_free(&it);
    bb_free(&b);
}

static void test_headers(void) {
    /* no meta, implicit VR: detected */
    bb b = { 0 };
    bb_str(&b, IMPL_LE, 0x00080060, "CS", "CT");
    bb_us(&b, IMPL_LE, 0x00280010, 0x0102);
    char *s = dump_bb(&b, NULL);
    CHECK(s && strncmp(s, "# Dicom-Data-Set (no file meta)\n", 32) == 0);
    CHECK(s && strstr(s, "# Transfer syntax: 1.2.840.10008.1.2 (implicit VR, little endian) [detected]\n"));
    CHECK(s && strstr(s, "(0028,0010) US 258 "));
    CHECK(s && !strstr(s, "Meta-Information"));
    free(s);
    bb_free(&b);

    /* big endian: values shown in their value, not their bytes */
    bb c = { 0 };
    bb_meta(&c, true, TS_EXPLICIT_BE);
    bb_us(&c, EXPL_BE, 0x00280010, 0x0102);
    bb_hdr(&c, EXPL_BE, 0x00280106, "SS", 2);
    bb_put(&c, "\xFF\xFE", 2);
    s = dump_bb(&c, NULL);
    CHECK(s && strstr(s, "# Transfer syntax: 1.2.840.10008.1.2.2 (explicit VR, big endian)\n"));
    CHECK(s && strstr(s, "(0028,0010) US 258 "));
    CHECK(s && strstr(s, "(0028,0106) SS -2 "));
    free(s);
    bb_free(&c);
}

static void test_not_loaded(void) {
    bb b = { 0 };
    bb_meta(&b, true, TS_EXPLICIT_LE);
    bb_el(&b, EXPL_LE, 0x00091001, "OB", "0123456789abcdef0123", 20);
    bb_str(&b, EXPL_LE, 0x00100010, "PN", "A-name-longer-than-the-threshold");
    char path[] = "/tmp/tessera-test-dump-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0) { bb_free(&b); return; }
    CHECK(write(fd, b.p, b.n) == (ssize_t)b.n);
    close(fd);
    dcm_read_opts o;
    dcm_read_opts_default(&o);
    o.bulk_threshold = 8;
    dcm_file *f = NULL;
    tess_error err;
    CHECK(dcm_read_path(path, &o, &f, &err) == 0);
    unlink(path);
    if (f) {
        char *s = dump_of(f);
        /* binary: not read for a preview; text: read */
        CHECK(s && strstr(s, "(0009,1001) OB (20 bytes not loaded) "));
        CHECK(s && strstr(s, "(0010,0010) PN [A-name-longer-than-the-threshold] "));
        CHECK(s && aligned(s));
        free(s);
    }
    dcm_file_free(f);
    bb_free(&b);
}

static void test_wide_text_cut(void) {
    /* 70 CJK characters: cut after 60 of them, on a character boundary */
    bb b = { 0 };
    bb_str(&b, EXPL_LE, 0x00080005, "CS", "ISO_IR 192");
    char v[256] = "";
    for (int i = 0; i < 70; i++) strcat(v, "\xE5\xB1\xB1");
    bb_str(&b, EXPL_LE, 0x00100010, "PN", v);
    char *s = dump_bb(&b, NULL);
    CHECK(s != NULL);
    if (s) {
        char want[512] = "(0010,0010) PN [";
        for (int i = 0; i < 60; i++) strcat(want, "\xE5\xB1\xB1");
        strcat(want, "...   #  210, 1 PatientName\n");
        CHECK(strstr(s, want) != NULL);
        if (!strstr(s, want)) fprintf(stderr, "  got: %s\n", s);
        CHECK(aligned(s));
    }
    free(s);
    bb_free(&b);
}

static void test_many_values_cut(void) {
    /* 100 US values: the preview stops, the VM counts them all */
    bb b = { 0 };
    bb_hdr(&b, EXPL_LE, 0x00283006, "US", 200);
    for (int i = 0; i < 100; i++) bb_u16(&b, false, (uint16_t)(1000 + i));
    char *s = dump_bb(&b, NULL);
    CHECK(s && strstr(s, "(0028,3006) US 1000\\1001\\1002\\"));
    CHECK(s && strstr(s, "...   #  200, 100 LUTData\n"));
    CHECK(s && aligned(s));
    free(s);
    bb_free(&b);
}

int main(void) {
    RUN(test_listing);
    RUN(test_headers);
    RUN(test_not_loaded);
    RUN(test_wide_text_cut);
    RUN(test_many_values_cut);
    return harness_done("dump");
}
