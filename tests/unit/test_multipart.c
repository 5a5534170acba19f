/*
 * test_multipart.c - the streaming multipart parser (src/http/multipart.c).
 *
 * Every body is parsed whole, split in two at every byte, split in three
 * at every pair of bytes (small bodies), and one byte at a time; the
 * callbacks record a transcript (part headers, data, ends) that must be
 * the same for every split, and equal to the expected one. Covered:
 * quoted and unquoted boundaries (mp_media_parse), leading CRLF, preamble,
 * epilogue, transport padding, bare-LF headers, per-part Content-Length,
 * part data that holds near-delimiters ("\r\n--bounX", "\r\r\n--b"),
 * empty parts, and every error: no delimiter, no close delimiter, headers
 * cut, junk after a delimiter, Content-Length mismatch, folded header,
 * and each limit (boundary, header block, parts, part size, total).
 */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "http/multipart.h"
#include "util/buf.h"

typedef struct rec {
    tess_buf out;
    int fail_at_part;       /* part_begin of this index fails; -1: never */
} rec;

static int on_begin(void *ctx, const mp_part *p, tess_error *err) {
    rec *r = ctx;
    if ((int)p->index == r->fail_at_part) return tess_fail(err, "refused part %d", (int)p->index);
    tess_buf_printf(&r->out, "[%llu ct=%s cl=%lld loc=%s]", (unsigned long long)p->index,
                    p->content_type, (long long)p->content_length, p->content_location);
    return 0;
}

static int on_data(void *ctx, const uint8_t *d, size_t n, tess_error *err) {
    rec *r = ctx;
    CHECK(n > 0);
    tess_buf_put(&r->out, d, n);
    return 0;
}

static int on_end(void *ctx, tess_error *err) {
    tess_buf_puts(&((rec *)ctx)->out, "[end]");
    return 0;
}

static const mp_callbacks CB = {on_begin, on_data, on_end};

/* Parse body cut at the given offsets (sorted, count ncuts); returns the
 * transcript (malloc'd) plus ":OK" or ":ERR<kind>:<message>". */
static char *parse_cuts(const char *boundary, const mp_limits *lim, const char *body, size_t n,
                        const size_t *cuts, size_t ncuts) {
    rec r;
    memset(&r, 0, sizeof r);
    tess_buf_init(&r.out, -1);
    r.fail_at_part = -1;
    mp_parser *p = NULL;
    tess_error err = {{0}};
    if (mp_new(boundary, lim, &CB, &r, &p, &err) != 0) {
        tess_buf_printf(&r.out, ":NEW:%s", err.msg);
    } else {
        size_t at = 0;
        int rc = 0;
        for (size_t c = 0; c <= ncuts && rc == 0; c++) {
            size_t end = c < ncuts ? cuts[c] : n;
            rc = mp_feed(p, (const uint8_t *)body + at, end - at, &err);
            at = end;
        }
        if (rc == 0) rc = mp_finish(p, &err);
        if (rc == 0) tess_buf_puts(&r.out, ":OK");
        else tess_buf_printf(&r.out, ":ERR%d:%s", (int)mp_error(p), err.msg);
        mp_free(p);
    }
    tess_buf_putc(&r.out, '\0');
    return (char *)r.out.data;
}

/* Transcripts agree: equal, or both failed with the same error (how much
 * data reached the callbacks before an error depends on the cuts). */
static bool same(const char *a, const char *b) {
    const char *ea = strstr(a, ":ERR"), *eb = strstr(b, ":ERR");
    if (ea || eb) return ea && eb && strcmp(ea, eb) == 0;
    return strcmp(a, b) == 0;
}

/* Parse every way; all transcripts must agree. Returns the whole-body one. */
static char *parse_all(const char *boundary, const mp_limits *lim, const char *body, size_t n) {
    char *whole = parse_cuts(boundary, lim, body, n, NULL, 0);
    int mismatches = 0;
    for (size_t i = 0; i <= n; i++) {
        char *t = parse_cuts(boundary, lim, body, n, &i, 1);
        if (!same(t, whole) && mismatches++ < 3)
            fprintf(stderr, "  split at %zu: %s\n  whole: %s\n", i, t, whole);
        free(t);
    }
    if (n <= 160)
        for (size_t i = 0; i <= n; i++)
            for (size_t j = i; j <= n; j++) {
                size_t c[2] = {i, j};
                char *t = parse_cuts(boundary, lim, body, n, c, 2);
                if (!same(t, whole) && mismatches++ < 3)
                    fprintf(stderr, "  split at %zu,%zu: %s\n", i, j, t);
                free(t);
            }
    size_t *bytes = malloc((n + 1) * sizeof *bytes);
    for (size_t i = 0; i < n; i++) bytes[i] = i + 1;
    char *t = parse_cuts(boundary, lim, body, n, bytes, n ? n - 1 : 0);
    if (!same(t, whole) && mismatches++ < 3) fprintf(stderr, "  bytewise: %s\n", t);
    free(t);
    free(bytes);
    CHECK_INT(mismatches, 0);
    return whole;
}

static void expect(const char *boundary, const char *body, const char *want) {
    char *got = parse_all(boundary, NULL, body, strlen(body));
    CHECK_STR(got, want);
    free(got);
}

/* An error of the given kind whose message holds `needle`. */
static void expect_err(const char *boundary, const mp_limits *lim, const char *body, int kind,
                       const char *needle) {
    char *got = parse_all(boundary, lim, body, strlen(body));
    char pre[16];
    if (kind == 0) snprintf(pre, sizeof pre, ":NEW:");
    else snprintf(pre, sizeof pre, ":ERR%d:", kind);
    char *at = strstr(got, pre);
    CHECK(at != NULL);
    CHECK(at && strstr(at, needle) != NULL);
    if (!at || !strstr(at, needle)) fprintf(stderr, "  got %s (want %s ... %s)\n", got, pre, needle);
    free(got);
}

static void test_media(void) {
    mp_media m;
    tess_error err;
    CHECK_INT(mp_media_parse("multipart/related; type=\"application/dicom\"; boundary=\"a b:c\"",
                             &m, &err), 0);
    CHECK_STR(m.type, "multipart/related");
    CHECK_STR(m.param_type, "application/dicom");
    CHECK_STR(m.boundary, "a b:c");
    CHECK_INT(mp_media_parse("Multipart/Related;boundary=XyZ-1;type=application/DICOM", &m, &err), 0);
    CHECK_STR(m.type, "multipart/related");
    CHECK_STR(m.boundary, "XyZ-1");
    CHECK_STR(m.param_type, "application/dicom");
    CHECK_INT(mp_media_parse("application/dicom", &m, &err), 0);
    CHECK_STR(m.type, "application/dicom");
    CHECK_STR(m.boundary, "");
    CHECK_INT(mp_media_parse("multipart/related; boundary=\"q\\\"x\"; transfer-syntax=1.2.3;", &m,
                             &err), 0);
    CHECK_STR(m.boundary, "q\"x");
    CHECK_STR(m.transfer_syntax, "1.2.3");
    CHECK_INT(mp_media_parse("", &m, &err), -1);
    CHECK_INT(mp_media_parse("dicom", &m, &err), -1);
    CHECK_INT(mp_media_parse("multipart/related; boundary=\"abc", &m, &err), -1);
    CHECK(strstr(err.msg, "unterminated") != NULL);
    CHECK_INT(mp_media_parse("multipart/related; boundary", &m, &err), -1);
    CHECK_INT(mp_media_parse("multipart/related; boundary=\"\"", &m, &err), -1);
    CHECK_INT(mp_media_parse("multipart/related; boundary=\"ab \"", &m, &err), -1);
    char longb[300];
    snprintf(longb, sizeof longb, "multipart/related; boundary=%0201d", 7);
    CHECK_INT(mp_media_parse(longb, &m, &err), -1);
    CHECK(strstr(err.msg, "over 200") != NULL);
    snprintf(longb, sizeof longb, "multipart/related; boundary=%0200d", 7);
    CHECK_INT(mp_media_parse(longb, &m, &err), 0);
    /* regression: Orthanc 1.10's DICOMweb client sends 73 bytes (over RFC 2046's 70) */
    CHECK_INT(mp_media_parse("multipart/related; type=\"application/dicom\"; boundary=709861f1-"
                             "867c-42c3-b7b9-3745d2851e4a-709861f1-867c-42c3-b7b9-3745d2851e4a",
                             &m, &err), 0);
    CHECK_INT(strlen(m.boundary), 73);
    CHECK_INT(mp_media_parse("multipart/related x=1", &m, &err), -1);
}

static void test_basic(void) {
    /* dicomweb-client: leading CRLF, quoted boundary in the header */
    expect("b1", "\r\n--b1\r\nContent-Type: application/dicom\r\n\r\nHELLO\r\n--b1--\r\n",
           "[0 ct=application/dicom cl=-1 loc=]HELLO[end]:OK");
    /* no leading CRLF, two parts, epilogue */
    expect("b1", "--b1\r\nContent-Type: a/b\r\n\r\none\r\n--b1\r\nContent-Type: c/d\r\n"
                 "Content-Location: x/y\r\n\r\ntwo\r\n--b1--epilogue \r\n--b1\r\n",
           "[0 ct=a/b cl=-1 loc=]one[end][1 ct=c/d cl=-1 loc=x/y]two[end]:OK");
    /* preamble, padding, Content-Length (Orthanc), bare LF headers, unknown headers */
    expect("XX", "preamble --XX not at line start\r\n--XX  \t\r\nContent-Length: 3\r\n"
                 "X-Other: 1\nContent-Type:   image/x  \n\nabc\r\n--XX--",
           "[0 ct=image/x cl=3 loc=]abc[end]:OK");
    /* near-delimiters in the data */
    expect("bound", "--bound\r\n\r\n\r\n--bounX\r\r\n--boun\r\n-\r\n\r\r\n--bound\r\n\r\n\r\n--bound--",
           "[0 ct= cl=-1 loc=]\r\n--bounX\r\r\n--boun\r\n-\r\n\r[end][1 ct= cl=-1 loc=][end]:OK");
    /* empty part, binary bytes including NUL and CR */
    static const char bin[] = "--z\r\nContent-Type: application/octet-stream\r\n\r\n\0\r\0\n\r\n--z--";
    char *got = parse_all("z", NULL, bin, sizeof bin - 1);
    static const char want[] = "[0 ct=application/octet-stream cl=-1 loc=]\0\r\0\n[end]:OK";
    CHECK(memcmp(got, want, sizeof want) == 0);
    free(got);
    /* a boundary that is a prefix of data lines */
    expect("a", "--a\r\n\r\n--a-\r\n-a\r\n--a--", "[0 ct= cl=-1 loc=]--a-\r\n-a[end]:OK");
    /* no parts at all: just the close delimiter */
    expect("a", "--a--", ":OK");
}

static void test_errors(void) {
    expect_err("b", NULL, "no delimiter at all", MP_ERR_SYNTAX, "no delimiter");
    expect_err("b", NULL, "", MP_ERR_SYNTAX, "no delimiter");
    expect_err("b", NULL, "--b\r\n\r\ndata", MP_ERR_SYNTAX, "inside part 1");
    expect_err("b", NULL, "--b\r\nContent-Type: x", MP_ERR_SYNTAX, "inside the headers");
    expect_err("b", NULL, "--b\r\n\r\ndata\r\n--b", MP_ERR_SYNTAX, "without the close");
    expect_err("b", NULL, "--bX\r\n\r\n", MP_ERR_SYNTAX, "followed by 'X'");
    expect_err("b", NULL, "--b-x", MP_ERR_SYNTAX, "'-x'");
    expect_err("b", NULL, "--b\rX", MP_ERR_SYNTAX, "CR without LF");
    expect_err("b", NULL, "--b\r\nContent-Length: 4\r\n\r\nabc\r\n--b--", MP_ERR_SYNTAX,
               "not its Content-Length of 4");
    expect_err("b", NULL, "--b\r\nContent-Length: 2\r\n\r\nabc\r\n--b--", MP_ERR_SYNTAX,
               "more than its Content-Length");
    expect_err("b", NULL, "--b\r\nContent-Length: x1\r\n\r\n\r\n--b--", MP_ERR_SYNTAX,
               "not a number");
    expect_err("b", NULL, "--b\r\nA: 1\r\n  folded\r\n\r\n\r\n--b--", MP_ERR_SYNTAX, "folded");
    expect_err("b", NULL, "--b\r\nnocolon\r\n\r\n\r\n--b--", MP_ERR_SYNTAX, "no name");
    expect_err("b", NULL, "--b\r\nContent-Transfer-Encoding: base64\r\n\r\n\r\n--b--",
               MP_ERR_SYNTAX, "not supported");
    /* limits */
    mp_limits l;
    mp_limits_default(&l);
    l.max_header_block = 40;
    expect_err("b", &l, "--b\r\nContent-Type: application/dicom-with-a-long-name\r\n\r\nx\r\n--b--",
               MP_ERR_LIMIT, "over 40 bytes");
    mp_limits_default(&l);
    l.max_parts = 2;
    expect_err("b", &l, "--b\r\n\r\n1\r\n--b\r\n\r\n2\r\n--b\r\n\r\n3\r\n--b--", MP_ERR_LIMIT,
               "more than 2 parts");
    mp_limits_default(&l);
    l.max_part_bytes = 5;
    expect_err("b", &l, "--b\r\n\r\n123456\r\n--b--", MP_ERR_LIMIT, "limit of 5 bytes per part");
    expect_err("b", &l, "--b\r\nContent-Length: 6\r\n\r\n123456\r\n--b--", MP_ERR_LIMIT,
               "Content-Length 6 is over");
    const char *okb = "--b\r\n\r\n12345\r\n--b--";
    char *ok = parse_all("b", &l, okb, strlen(okb));
    CHECK_STR(ok, "[0 ct= cl=-1 loc=]12345[end]:OK");
    free(ok);
    mp_limits_default(&l);
    l.max_total = 20;
    expect_err("b", &l, "--b\r\n\r\n12345\r\n--b--  ", MP_ERR_LIMIT, "limit of 20 bytes");
    /* fuzz regression: an error inside the bytes under the total limit wins
     * over the limit whatever the pieces (was LIMIT whole, SYNTAX in pieces) */
    expect_err("b", &l, "--b\t\tX                                ", MP_ERR_SYNTAX,
               "followed by 'X'");
    /* fuzz regression (fuzz_multipart, 2026-12-06): a part whose body runs
     * past both its Content-Length and the per-part limit was LIMIT when the
     * bytes came at once and SYNTAX when they came one by one; going past
     * the Content-Length is what is wrong with it, however it arrives */
    mp_limits_default(&l);
    l.max_part_bytes = 20;
    expect_err("b", &l, "--b\r\nContent-Length: 9\r\n\r\n12345678\r\n=xxxxxxxxxxxxxxxxxxxxxxxxx",
               MP_ERR_SYNTAX, "more than its Content-Length of 9");
    /* boundary limits at mp_new */
    mp_limits_default(&l);
    l.max_boundary = 4;
    expect_err("abcde", &l, "", 0, "over the limit of 4");
    expect_err("a\rb", NULL, "", 0, "CR or LF");
    /* a callback's refusal */
    rec r;
    memset(&r, 0, sizeof r);
    tess_buf_init(&r.out, -1);
    r.fail_at_part = 1;
    mp_parser *p;
    tess_error err = {{0}};
    CHECK_INT(mp_new("b", NULL, &CB, &r, &p, &err), 0);
    const char *body = "--b\r\n\r\n1\r\n--b\r\n\r\n2\r\n--b--";
    CHECK_INT(mp_feed(p, (const uint8_t *)body, strlen(body), &err), -1);
    CHECK_INT(mp_error(p), MP_ERR_CALLBACK);
    CHECK(strstr(err.msg, "refused part 1") != NULL);
    CHECK_INT(mp_feed(p, (const uint8_t *)"x", 1, &err), -1);
    CHECK_INT(mp_parts(p), 2);
    mp_free(p);
    tess_buf_free(&r.out);
}

/* A larger body with binary parts, checked against the parts themselves. */
static void test_big(void) {
    tess_buf b;
    tess_buf_init(&b, -1);
    tess_buf_puts(&b, "\r\n");
    uint32_t x = 12345;
    tess_buf want;
    tess_buf_init(&want, -1);
    for (int part = 0; part < 3; part++) {
        tess_buf_puts(&b, "--0123456789abcdef\r\nContent-Type: application/dicom\r\n\r\n");
        tess_buf_printf(&want, "[%d ct=application/dicom cl=-1 loc=]", part);
        for (int i = 0; i < 300; i++) {
            x = x * 1103515245u + 12345u;
            uint8_t c = (uint8_t)(x >> 24);
            if (c == 'f') c = 'g';   /* never complete the boundary below */
            if (i % 37 == 0) c = '\r';
            if (i % 53 == 0) { tess_buf_puts(&b, "\r\n--0123456789abcde"); tess_buf_puts(&want, "\r\n--0123456789abcde"); }
            tess_buf_putc(&b, c);
            tess_buf_putc(&want, c);
        }
        tess_buf_puts(&b, "\r\n");
        tess_buf_puts(&want, "[end]");
    }
    tess_buf_puts(&b, "--0123456789abcdef--\r\n");
    tess_buf_puts(&want, ":OK");
    tess_buf_putc(&want, '\0');
    char *got = parse_all("0123456789abcdef", NULL, (const char *)b.data, b.len);
    CHECK(memcmp(got, want.data, want.len) == 0);
    free(got);
    tess_buf_free(&b);
    tess_buf_free(&want);
}

int main(void) {
    RUN(test_media);
    RUN(test_basic);
    RUN(test_errors);
    RUN(test_big);
    return harness_done("multipart");
}
