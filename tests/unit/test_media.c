/*
 * test_media.c - unit tests for WADO-RS media handling (src/dicomweb/media.c):
 * the Accept parser (grammar, quoting, q ordering, limits), the pixel
 * negotiation rules of ahi-api.md 6.3, and the multipart/related writer.
 */
#include <stdlib.h>
#include <string.h>

#include "dicomweb/media.h"
#include "harness.h"

#define TS_J2K_LOSSY "1.2.840.10008.1.2.4.91"
#define TS_JPEG "1.2.840.10008.1.2.4.50"

static size_t parse(const char *h, dw_media_range *r, int *rc) {
    size_t n = 0;
    *rc = dw_accept_parse(h, r, DW_ACCEPT_MAX_RANGES, &n);
    return n;
}

static void test_accept_simple(void) {
    dw_media_range r[DW_ACCEPT_MAX_RANGES];
    int rc;
    CHECK_INT(parse(NULL, r, &rc), 0);
    CHECK_INT(rc, 0);
    CHECK_INT(parse("   ", r, &rc), 0);
    CHECK_INT(rc, 0);
    CHECK_INT(parse("Application/DICOM+JSON", r, &rc), 1);
    CHECK_INT(rc, 0);
    CHECK_STR(r[0].type, "application/dicom+json");
    CHECK_INT(r[0].q, 1000);
    CHECK(r[0].usable);
    CHECK_STR(r[0].part_type, "");
    CHECK_STR(r[0].ts, "");
}

static void test_accept_ohif(void) {
    dw_media_range r[DW_ACCEPT_MAX_RANGES];
    int rc;
    /* OHIF's frame request, quoted values */
    CHECK_INT(parse("multipart/related; type=\"application/octet-stream\"; transfer-syntax=\"*\"",
                    r, &rc), 1);
    CHECK_INT(rc, 0);
    CHECK_STR(r[0].type, "multipart/related");
    CHECK_STR(r[0].part_type, "application/octet-stream");
    CHECK_STR(r[0].ts, "*");
    /* the AWS sample's list: four ranges, in order */
    const char *aws = "multipart/related; type=image/jphc; transfer-syntax=1.2.840.10008.1.2.4.202, "
                      "multipart/related; type=image/jp2; transfer-syntax=1.2.840.10008.1.2.4.90, "
                      "multipart/related; type=image/jpeg; transfer-syntax=1.2.840.10008.1.2.4.50, "
                      "multipart/related; type=application/octet-stream; "
                      "transfer-syntax=1.2.840.10008.1.2.1";
    CHECK_INT(parse(aws, r, &rc), 4);
    CHECK_INT(rc, 0);
    CHECK_STR(r[0].part_type, "image/jphc");
    CHECK_STR(r[0].ts, DW_TS_HTJ2K_RPCL);
    CHECK_STR(r[3].part_type, "application/octet-stream");
    CHECK_STR(r[3].ts, DW_TS_ELE);
}

static void test_accept_q(void) {
    dw_media_range r[DW_ACCEPT_MAX_RANGES];
    int rc;
    CHECK_INT(parse("a/x;q=0.5, b/y, c/z;q=0.9, d/w;q=0.5, e/v;q=0", r, &rc), 5);
    CHECK_INT(rc, 0);
    CHECK_STR(r[0].type, "b/y");
    CHECK_STR(r[1].type, "c/z");
    CHECK_STR(r[2].type, "a/x");  /* stable among equals */
    CHECK_STR(r[3].type, "d/w");
    CHECK_STR(r[4].type, "e/v");
    CHECK(!r[4].usable);  /* q=0: not acceptable */
    CHECK_INT(r[2].q, 500);
    CHECK_INT(parse("a/b;Q=1.000", r, &rc), 1);
    CHECK_INT(r[0].q, 1000);
    /* escapes and commas inside quotes */
    CHECK_INT(parse("a/b; x=\"p,q\\\"r\", c/d", r, &rc), 2);
    CHECK_INT(rc, 0);
    /* empty elements are allowed */
    CHECK_INT(parse(",a/b,,", r, &rc), 1);
    CHECK_INT(rc, 0);
}

static void test_accept_malformed(void) {
    dw_media_range r[DW_ACCEPT_MAX_RANGES];
    int rc;
    const char *bad[] = {"text", "/b", "a/", "a/b; q=2", "a/b; q=0.1234", "a/b; q=x",
                         "a/b; type=\"x", "a/b; =x", "a/b; t", "a/b junk", "a/b; t=", NULL};
    for (int i = 0; bad[i]; i++) {
        parse(bad[i], r, &rc);
        if (rc != -1) fprintf(stderr, "  accepted: %s\n", bad[i]);
        CHECK_INT(rc, -1);
    }
    /* over the length limit */
    char *big = malloc(DW_ACCEPT_MAX_LEN + 10);
    memset(big, 'a', DW_ACCEPT_MAX_LEN + 9);
    big[1] = '/';
    big[DW_ACCEPT_MAX_LEN + 9] = '\0';
    parse(big, r, &rc);
    CHECK_INT(rc, -1);
    free(big);
    /* too long a value: parsed, not usable */
    char t[300];
    snprintf(t, sizeof t, "multipart/related; transfer-syntax=%0200d", 1);
    CHECK_INT(parse(t, r, &rc), 1);
    CHECK_INT(rc, 0);
    CHECK(!r[0].usable);
    /* more ranges than the limit: the rest are dropped */
    char many[2000] = "";
    for (int i = 0; i < 40; i++) strcat(many, "a/b, ");
    CHECK_INT(parse(many, r, &rc), DW_ACCEPT_MAX_RANGES);
    CHECK_INT(rc, 0);
}

static bool neg(const char *h, dw_resource res, const char *stored, bool single, dw_choice *c) {
    dw_media_range r[DW_ACCEPT_MAX_RANGES];
    size_t n;
    if (dw_accept_parse(h, r, DW_ACCEPT_MAX_RANGES, &n) != 0) return false;
    return dw_negotiate(r, n, res, stored, single, c);
}

static void test_negotiate_frames(void) {
    dw_choice c;
    /* no Accept: multipart ELE */
    CHECK(neg(NULL, DW_RES_FRAMES, DW_TS_HTJ2K_RPCL, true, &c));
    CHECK(c.multipart);
    CHECK_STR(c.media, "application/octet-stream");
    CHECK_STR(c.ts, DW_TS_ELE);
    /* OHIF: stored bytes */
    CHECK(neg("multipart/related; type=\"application/octet-stream\"; transfer-syntax=\"*\"",
              DW_RES_FRAMES, DW_TS_HTJ2K_RPCL, false, &c));
    CHECK(c.multipart);
    CHECK_STR(c.ts, DW_TS_HTJ2K_RPCL);
    CHECK_STR(c.media, "application/octet-stream");
    /* octet-stream without transfer-syntax: ELE, single part when one frame */
    CHECK(neg("application/octet-stream", DW_RES_FRAMES, DW_TS_HTJ2K_RPCL, true, &c));
    CHECK(!c.multipart);
    CHECK_STR(c.ts, DW_TS_ELE);
    /* ... but not for several frames */
    CHECK(!neg("application/octet-stream", DW_RES_FRAMES, DW_TS_HTJ2K_RPCL, false, &c));
    /* image/jphc names the stored codec */
    CHECK(neg("image/jphc", DW_RES_FRAMES, DW_TS_HTJ2K_RPCL, true, &c));
    CHECK(!c.multipart);
    CHECK_STR(c.media, "image/jphc");
    CHECK_STR(c.ts, DW_TS_HTJ2K_RPCL);
    /* dicomweb-client 0.11.3 names HTJ2K image/jhc: an alias, not a 406 */
    CHECK(neg("multipart/related; type=\"image/jhc\"; transfer-syntax=1.2.840.10008.1.2.4.202",
              DW_RES_FRAMES, DW_TS_HTJ2K_RPCL, false, &c));
    CHECK(c.multipart);
    CHECK_STR(c.media, "image/jhc");
    CHECK_STR(c.ts, DW_TS_HTJ2K_RPCL);
    /* the AWS list picks HTJ2K first */
    CHECK(neg("multipart/related; type=image/jphc; transfer-syntax=1.2.840.10008.1.2.4.202, "
              "multipart/related; type=application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1",
              DW_RES_FRAMES, DW_TS_HTJ2K_RPCL, false, &c));
    CHECK_STR(c.media, "image/jphc");
    /* ... and JPEG for a JPEG frame (skipping what does not fit) */
    CHECK(neg("multipart/related; type=image/jphc; transfer-syntax=1.2.840.10008.1.2.4.202, "
              "multipart/related; type=image/jpeg; transfer-syntax=1.2.840.10008.1.2.4.50",
              DW_RES_FRAMES, TS_JPEG, false, &c));
    CHECK_STR(c.media, "image/jpeg");
    CHECK_STR(c.ts, TS_JPEG);
    /* no transcoding between codecs: 406 */
    CHECK(!neg("multipart/related; type=image/jpeg; transfer-syntax=1.2.840.10008.1.2.4.50",
               DW_RES_FRAMES, DW_TS_HTJ2K_RPCL, false, &c));
    CHECK(!neg("multipart/related; type=application/octet-stream; transfer-syntax=1.2.840.10008.1.2",
               DW_RES_FRAMES, DW_TS_HTJ2K_RPCL, false, &c));
    CHECK(!neg("image/jpeg", DW_RES_FRAMES, TS_J2K_LOSSY, true, &c));
    /* q=0 ranges are refused; a lower one is taken */
    CHECK(neg("multipart/related; transfer-syntax=*; q=0, multipart/related;q=0.2",
              DW_RES_FRAMES, DW_TS_HTJ2K_RPCL, false, &c));
    CHECK_STR(c.ts, DW_TS_ELE);
    /* * / * */
    CHECK(neg("*/*", DW_RES_FRAMES, TS_JPEG, false, &c));
    CHECK(c.multipart);
    CHECK_STR(c.ts, DW_TS_ELE);
    CHECK(neg("*/*; transfer-syntax=*", DW_RES_FRAMES, TS_JPEG, false, &c));
    CHECK_STR(c.ts, TS_JPEG);
    /* text/html only: 406 */
    CHECK(!neg("text/html", DW_RES_FRAMES, TS_JPEG, true, &c));
}

static void test_negotiate_instance(void) {
    dw_choice c;
    CHECK(neg("application/dicom", DW_RES_INSTANCE, DW_TS_HTJ2K_RPCL, true, &c));
    CHECK(!c.multipart);
    CHECK_STR(c.media, "application/dicom");
    CHECK_STR(c.ts, DW_TS_ELE);
    CHECK(neg("multipart/related; type=\"application/dicom\"; transfer-syntax=*", DW_RES_INSTANCE,
              DW_TS_HTJ2K_RPCL, true, &c));
    CHECK(c.multipart);
    CHECK_STR(c.ts, DW_TS_HTJ2K_RPCL);
    CHECK(neg("application/dicom; transfer-syntax=1.2.840.10008.1.2.4.91", DW_RES_INSTANCE,
              TS_J2K_LOSSY, true, &c));
    CHECK_STR(c.ts, TS_J2K_LOSSY);
    CHECK(!neg("application/dicom; transfer-syntax=1.2.840.10008.1.2.4.80", DW_RES_INSTANCE,
               DW_TS_HTJ2K_RPCL, true, &c));
    /* frames' media types do not give instances */
    CHECK(!neg("multipart/related; type=application/octet-stream", DW_RES_INSTANCE,
               DW_TS_HTJ2K_RPCL, true, &c));
    /* an instance without pixel data: * is ELE */
    CHECK(neg("application/dicom; transfer-syntax=*", DW_RES_INSTANCE, "", true, &c));
    CHECK_STR(c.ts, DW_TS_ELE);
}

static void test_media_fits(void) {
    CHECK(dw_media_fits_ts("image/jph", DW_TS_HTJ2K_RPCL));
    CHECK(dw_media_fits_ts("image/jphc", "1.2.840.10008.1.2.4.203"));
    CHECK(dw_media_fits_ts("image/jp2", "1.2.840.10008.1.2.4.90"));
    CHECK(dw_media_fits_ts("image/jpeg", "1.2.840.10008.1.2.4.51"));
    CHECK(dw_media_fits_ts("image/jls", "1.2.840.10008.1.2.4.80"));
    CHECK(dw_media_fits_ts("image/dicom-rle", "1.2.840.10008.1.2.5"));
    CHECK(!dw_media_fits_ts("image/jpeg", "1.2.840.10008.1.2.4.500"));
    CHECK(!dw_media_fits_ts("image/jpeg", DW_TS_HTJ2K_RPCL));
    CHECK(!dw_media_fits_ts("image/png", DW_TS_ELE));
}

static void test_multipart(void) {
    tess_buf b;
    tess_buf_init(&b, -1);
    dw_part_begin(&b, "BB", "application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1", 3,
                  NULL);
    tess_buf_put(&b, "abc", 3);
    dw_part_end(&b);
    dw_part_begin(&b, "BB", "application/dicom", UINT64_MAX, "http://h/x");
    tess_buf_put(&b, "d", 1);
    dw_part_end(&b);
    dw_multipart_end(&b, "BB");
    const char *want = "--BB\r\nContent-Type: application/octet-stream; "
                       "transfer-syntax=1.2.840.10008.1.2.1\r\nContent-Length: 3\r\n\r\nabc\r\n"
                       "--BB\r\nContent-Type: application/dicom\r\nContent-Location: http://h/x"
                       "\r\n\r\nd\r\n--BB--\r\n";
    CHECK_INT(b.len, strlen(want));
    CHECK(b.len == strlen(want) && memcmp(b.data, want, b.len) == 0);
    tess_buf_free(&b);
    char ct[200];
    dw_multipart_content_type(ct, sizeof ct, "application/octet-stream", DW_TS_HTJ2K_RPCL, "BB");
    CHECK_STR(ct, "multipart/related; type=\"application/octet-stream\"; "
                  "transfer-syntax=1.2.840.10008.1.2.4.202; boundary=BB");
    dw_multipart_content_type(ct, sizeof ct, "application/dicom", NULL, "BB");
    CHECK_STR(ct, "multipart/related; type=\"application/dicom\"; boundary=BB");
    char b1[DW_BOUNDARY_LEN], b2[DW_BOUNDARY_LEN];
    dw_boundary_new(b1);
    dw_boundary_new(b2);
    CHECK_INT(strlen(b1), DW_BOUNDARY_LEN - 4);
    CHECK(strcmp(b1, b2) != 0);
    CHECK(strncmp(b1, "tessera-", 8) == 0);
}

int main(void) {
    RUN(test_accept_simple);
    RUN(test_accept_ohif);
    RUN(test_accept_q);
    RUN(test_accept_malformed);
    RUN(test_negotiate_frames);
    RUN(test_negotiate_instance);
    RUN(test_media_fits);
    RUN(test_multipart);
    return harness_done("media");
}
