/*
 * sigv4.c - AWS Signature Version 4 verification and signing (see sigv4.h
 * for what is accepted, docs/auth.md for the canonical forms).
 *
 * The verifier and the signer share one canonical-request builder, so a
 * round trip through sv4_sign and sv4_verify exercises the same code the
 * published AWS test vectors check. SHA-256 and HMAC come from auth/digest.h
 * (GNU Nettle), which cannot fail; signatures are compared with dg_equal
 * (constant time).
 *
 * Layout: small helpers (hex, hashes, dates, percent-encoding); the
 * canonical URI, query and headers; the Authorization parser; sv4_verify;
 * sv4_sign; the aws-chunked chain (signer, encoder, incremental decoder).
 */
#include "auth/sigv4.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>


/* SHA-256 of the empty string, the payload hash of an empty body. */
static const char EMPTY_SHA256[] =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/* ---- helpers ------------------------------------------------------------ */

static void hex_encode(const uint8_t *p, size_t n, char *out) {
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[p[i] >> 4];
        out[2 * i + 1] = digits[p[i] & 15];
    }
    out[2 * n] = '\0';
}

static bool is_lower_hex(const char *s, size_t n) {
    if (strlen(s) != n) return false;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f'))) return false;
    return true;
}

static void sha256_hex(const void *p, size_t n, char out[SV4_HEX_LEN + 1]) {
    uint8_t md[DG_SHA256_LEN];
    dg_sha256_once(p, p ? n : 0, md);
    hex_encode(md, DG_SHA256_LEN, out);
}

/* kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service),
 * "aws4_request"); -1 only for a secret over CRED_MAX_SECRET. */
static int derive_key(const char *secret, const char *date8, const char *region,
                      const char *service, uint8_t out[32]) {
    size_t sl = strlen(secret);
    uint8_t k0[4 + CRED_MAX_SECRET], k[32];
    if (sl > CRED_MAX_SECRET) return -1;
    memcpy(k0, "AWS4", 4);
    memcpy(k0 + 4, secret, sl);
    dg_hmac_sha256(k0, 4 + sl, date8, 8, k);
    dg_wipe(k0, sizeof k0);
    dg_hmac_sha256(k, 32, region, strlen(region), k);
    dg_hmac_sha256(k, 32, service, strlen(service), k);
    dg_hmac_sha256(k, 32, "aws4_request", 12, out);
    dg_wipe(k, sizeof k);
    return 0;
}

static bool is_unreserved(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_' || c == '.' || c == '~';
}

/* RFC 3986 percent-encoding of every byte but the unreserved ones, with
 * upper-case hex (the SDKs' escapeUri / uri_encode). */
static void uri_encode(tess_buf *b, const char *p, size_t n) {
    static const char digits[] = "0123456789ABCDEF";
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (is_unreserved(c)) {
            tess_buf_putc(b, (char)c);
        } else {
            char e[3] = {'%', digits[c >> 4], digits[c & 15]};
            tess_buf_put(b, e, 3);
        }
    }
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Percent-decode p[0..n) into out (room for n bytes); '+' stays '+'.
 * Returns the decoded length, or -1 on a bad escape. */
static long pct_decode(const char *p, size_t n, char *out) {
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '%') {
            if (n - i < 3) return -1;
            int h = hexval(p[i + 1]), l = hexval(p[i + 2]);
            if (h < 0 || l < 0) return -1;
            out[o++] = (char)(h << 4 | l);
            i += 2;
        } else {
            out[o++] = p[i];
        }
    }
    return (long)o;
}

static bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* ---- dates --------------------------------------------------------------- */

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant). */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? (unsigned)-3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

static unsigned days_in_month(unsigned y, unsigned m) {
    static const unsigned dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return dm[m - 1];
}

static bool digits_at(const char *s, size_t n, unsigned *out) {
    unsigned v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (unsigned)(s[i] - '0');
    }
    *out = v;
    return true;
}

static bool civil_valid(unsigned y, unsigned mo, unsigned d, unsigned h, unsigned mi,
                        unsigned s) {
    return mo >= 1 && mo <= 12 && d >= 1 && d <= days_in_month(y, mo) && h <= 23 && mi <= 59 &&
           s <= 59;
}

/* "YYYYMMDDTHHMMSSZ" -> epoch seconds */
static bool parse_amz_date(const char *s, int64_t *t) {
    unsigned y, mo, d, h, mi, sec;
    if (strlen(s) != SV4_DATE_LEN || s[8] != 'T' || s[15] != 'Z') return false;
    if (!digits_at(s, 4, &y) || !digits_at(s + 4, 2, &mo) || !digits_at(s + 6, 2, &d) ||
        !digits_at(s + 9, 2, &h) || !digits_at(s + 11, 2, &mi) || !digits_at(s + 13, 2, &sec))
        return false;
    if (!civil_valid(y, mo, d, h, mi, sec)) return false;
    *t = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec;
    return true;
}

/* IMF-fixdate (RFC 9110): "Sun, 06 Nov 1994 08:49:37 GMT" -> epoch seconds */
static bool parse_http_date(const char *s, int64_t *t) {
    static const char *const wk[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const mn[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    unsigned y, mo = 0, d, h, mi, sec;
    if (strlen(s) != 29 || s[3] != ',' || s[4] != ' ' || s[7] != ' ' || s[11] != ' ' ||
        s[16] != ' ' || s[19] != ':' || s[22] != ':' || s[25] != ' ' || memcmp(s + 26, "GMT", 3))
        return false;
    bool day_ok = false;
    for (int i = 0; i < 7; i++) day_ok |= memcmp(s, wk[i], 3) == 0;
    for (unsigned i = 0; i < 12; i++)
        if (memcmp(s + 8, mn[i], 3) == 0) mo = i + 1;
    if (!day_ok || !mo) return false;
    if (!digits_at(s + 5, 2, &d) || !digits_at(s + 12, 4, &y) || !digits_at(s + 17, 2, &h) ||
        !digits_at(s + 20, 2, &mi) || !digits_at(s + 23, 2, &sec))
        return false;
    if (!civil_valid(y, mo, d, h, mi, sec)) return false;
    *t = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec;
    return true;
}

int sv4_amz_date(int64_t t, char out[SV4_DATE_LEN + 1]) {
    /* 0000-01-01 .. 9999-12-31 */
    if (t < -62167219200LL || t > 253402300799LL) return -1;
    int64_t days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
    int64_t secs = t - days * 86400;
    /* civil_from_days (H. Hinnant) */
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = (int64_t)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    unsigned d = doy - (153 * mp + 2) / 5 + 1;
    unsigned m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    unsigned f[6] = {(unsigned)y, m, d, (unsigned)(secs / 3600), (unsigned)(secs / 60 % 60),
                     (unsigned)(secs % 60)};
    static const unsigned width[6] = {4, 2, 2, 2, 2, 2};
    char *o = out;
    for (int k = 0; k < 6; k++) {
        for (unsigned w = width[k]; w-- > 0; f[k] /= 10) o[w] = (char)('0' + f[k] % 10);
        o += width[k];
        if (k == 2) *o++ = 'T';
    }
    *o++ = 'Z';
    *o = '\0';
    return 0;
}

/* ---- canonical request --------------------------------------------------- */

/* The canonical URI. Not S3: drop empty and "." segments, apply "..",
 * keep a leading and (with segments left) a trailing '/', and encode each
 * segment again (@smithy/signature-v4 getCanonicalPath). S3: the raw path. */
static int canonical_uri(tess_buf *b, const char *raw, bool s3_path) {
    size_t n = strlen(raw);
    if (n == 0) { tess_buf_putc(b, '/'); return 0; }
    if (s3_path) { tess_buf_put(b, raw, n); return 0; }
    size_t cap = n / 2 + 2, nseg = 0;
    size_t (*seg)[2] = malloc(cap * sizeof *seg);
    if (!seg) return -1;
    for (size_t i = 0; i <= n;) {
        size_t j = i;
        while (j < n && raw[j] != '/') j++;
        size_t len = j - i;
        if (len == 0 || (len == 1 && raw[i] == '.')) {
            /* dropped */
        } else if (len == 2 && raw[i] == '.' && raw[i + 1] == '.') {
            if (nseg) nseg--;
        } else {
            seg[nseg][0] = i;
            seg[nseg][1] = len;
            nseg++;
        }
        i = j + 1;
    }
    if (raw[0] == '/') tess_buf_putc(b, '/');
    for (size_t k = 0; k < nseg; k++) {
        if (k) tess_buf_putc(b, '/');
        uri_encode(b, raw + seg[k][0], seg[k][1]);
    }
    if (nseg && raw[n - 1] == '/') tess_buf_putc(b, '/');
    free(seg);
    return 0;
}

typedef struct qparam {
    char *dk, *dv;              /* decoded (may hold NUL bytes) */
    size_t dkl, dvl;
    char *ek, *ev;              /* encoded, NUL-terminated */
} qparam;

typedef struct qlist {
    qparam *v;
    size_t n;
    char *store;                /* one allocation for all the strings */
} qlist;

static void qlist_free(qlist *q) {
    free(q->v);
    free(q->store);
    memset(q, 0, sizeof *q);
}

/* Parse a raw query: '&'-separated, empty parts skipped, split at the
 * first '=' (none: empty value), percent-decoded ('+' is a plain '+').
 * Returns 0, -1 (malformed, why set) or -2 (out of memory). */
static int qlist_parse(const char *query, qlist *q, char *why, size_t whylen) {
    memset(q, 0, sizeof *q);
    if (!query || !*query) return 0;
    size_t n = strlen(query), count = 1;
    for (size_t i = 0; i < n; i++) count += query[i] == '&';
    if (count > SV4_MAX_QUERY_PARAMS * 4) {
        snprintf(why, whylen, "more than %d query parameters", SV4_MAX_QUERY_PARAMS);
        return -1;
    }
    q->v = calloc(count, sizeof *q->v);
    /* decoded (<= n) + encoded (<= 3n) + NULs */
    q->store = malloc(4 * n + 4 * count + 4);
    if (!q->v || !q->store) { qlist_free(q); return -2; }
    char *w = q->store;
    size_t i = 0;
    while (i <= n) {
        size_t j = i;
        while (j < n && query[j] != '&') j++;
        if (j > i) {
            if (q->n == SV4_MAX_QUERY_PARAMS) {
                snprintf(why, whylen, "more than %d query parameters", SV4_MAX_QUERY_PARAMS);
                qlist_free(q);
                return -1;
            }
            size_t eq = i;
            while (eq < j && query[eq] != '=') eq++;
            qparam *p = &q->v[q->n++];
            long kl = pct_decode(query + i, eq - i, w);
            if (kl < 0) goto bad;
            p->dk = w; p->dkl = (size_t)kl; w += kl; *w++ = '\0';
            size_t vs = eq < j ? eq + 1 : j;
            long vl = pct_decode(query + vs, j - vs, w);
            if (vl < 0) goto bad;
            p->dv = w; p->dvl = (size_t)vl; w += vl; *w++ = '\0';
        }
        i = j + 1;
    }
    /* encode */
    for (size_t k = 0; k < q->n; k++) {
        qparam *p = &q->v[k];
        tess_buf t;
        tess_buf_init(&t, -1);
        uri_encode(&t, p->dk, p->dkl);
        tess_buf_putc(&t, '\0');
        size_t klen = t.len;
        uri_encode(&t, p->dv, p->dvl);
        tess_buf_putc(&t, '\0');
        if (t.failed) { tess_buf_free(&t); qlist_free(q); return -2; }
        /* the encoded forms are at most 3x the decoded ones */
        memcpy(w, t.data, t.len);
        p->ek = w;
        p->ev = w + klen;
        w += t.len;
        tess_buf_free(&t);
    }
    return 0;
bad:
    snprintf(why, whylen, "malformed percent-encoding in the query string");
    qlist_free(q);
    return -1;
}

static int cmp_encoded(const void *a, const void *b) {
    const qparam *x = a, *y = b;
    int c = strcmp(x->ek, y->ek);
    return c ? c : strcmp(x->ev, y->ev);
}

/* Next UTF-16 code unit of a UTF-8 string, for comparing strings the way
 * JavaScript's default sort does. On invalid UTF-8 the raw byte is used. */
typedef struct u16it { const unsigned char *p; size_t n, i; unsigned pending; } u16it;

static long u16_next(u16it *it) {
    if (it->pending) { long u = it->pending; it->pending = 0; return u; }
    if (it->i >= it->n) return -1;
    const unsigned char *p = it->p + it->i;
    size_t left = it->n - it->i;
    unsigned c = p[0], cp, len;
    if (c < 0x80) { it->i++; return c; }
    if (c >= 0xc2 && c <= 0xdf) { len = 2; cp = c & 0x1f; }
    else if (c >= 0xe0 && c <= 0xef) { len = 3; cp = c & 0x0f; }
    else if (c >= 0xf0 && c <= 0xf4) { len = 4; cp = c & 0x07; }
    else { it->i++; return c; }
    if (left < len) { it->i++; return c; }
    for (unsigned k = 1; k < len; k++) {
        if ((p[k] & 0xc0) != 0x80) { it->i++; return c; }
        cp = cp << 6 | (p[k] & 0x3f);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
        (cp >= 0xd800 && cp <= 0xdfff)) {
        it->i++;
        return c;
    }
    it->i += len;
    if (cp < 0x10000) return cp;
    cp -= 0x10000;
    it->pending = 0xdc00 | (cp & 0x3ff);
    return 0xd800 | (cp >> 10);
}

static int cmp_js(const char *a, size_t an, const char *b, size_t bn) {
    u16it x = {(const unsigned char *)a, an, 0, 0}, y = {(const unsigned char *)b, bn, 0, 0};
    for (;;) {
        long u = u16_next(&x), v = u16_next(&y);
        if (u != v) return u < v ? -1 : 1;
        if (u < 0) return 0;
    }
}

static int cmp_decoded_js(const void *a, const void *b) {
    const qparam *x = a, *y = b;
    int c = cmp_js(x->dk, x->dkl, y->dk, y->dkl);
    return c ? c : cmp_js(x->dv, x->dvl, y->dv, y->dvl);
}

static void query_join(tess_buf *b, const qlist *q) {
    for (size_t k = 0; k < q->n; k++) {
        if (k) tess_buf_putc(b, '&');
        tess_buf_puts(b, q->v[k].ek);
        tess_buf_putc(b, '=');
        tess_buf_puts(b, q->v[k].ev);
    }
    tess_buf_putc(b, '\0');
}

/* The canonical query string in AWS's order (by encoded name, then
 * value) into *spec, and in the JS SDK v3's order (by decoded name, then
 * value, as JavaScript sorts strings) into *js; both malloc'd. */
static int canonical_query(const char *query, char **spec, char **js, char *why, size_t whylen) {
    qlist q;
    *spec = *js = NULL;
    int rc = qlist_parse(query, &q, why, whylen);
    if (rc != 0) return rc;
    tess_buf a, b;
    tess_buf_init(&a, -1);
    tess_buf_init(&b, -1);
    if (q.n) qsort(q.v, q.n, sizeof *q.v, cmp_encoded);
    query_join(&a, &q);
    if (q.n) qsort(q.v, q.n, sizeof *q.v, cmp_decoded_js);
    query_join(&b, &q);
    qlist_free(&q);
    if (a.failed || b.failed) { tess_buf_free(&a); tess_buf_free(&b); return -2; }
    *spec = (char *)a.data;
    *js = (char *)b.data;
    return 0;
}

static bool name_eq(const char *a, const char *lower) { return strcasecmp(a, lower) == 0; }

static size_t header_count(const http_header *h, size_t nh, const char *lower) {
    size_t c = 0;
    for (size_t i = 0; i < nh; i++) c += h[i].name && name_eq(h[i].name, lower);
    return c;
}

static const char *header_first(const http_header *h, size_t nh, const char *lower) {
    for (size_t i = 0; i < nh; i++)
        if (h[i].name && name_eq(h[i].name, lower)) return h[i].value ? h[i].value : "";
    return NULL;
}

/* A header value trimmed, inner runs of blanks collapsed to one space. */
static void put_trimmed(tess_buf *b, const char *v) {
    while (*v && is_blank(*v)) v++;
    bool gap = false;
    for (; *v; v++) {
        if (is_blank(*v)) { gap = true; continue; }
        if (gap) tess_buf_putc(b, ' ');
        gap = false;
        tess_buf_putc(b, *v);
    }
}

/* Copy a trimmed value into out (cap bytes); false when it does not fit. */
static bool trimmed_copy(const char *v, char *out, size_t cap) {
    tess_buf t;
    tess_buf_init(&t, -1);
    put_trimmed(&t, v);
    bool ok = !t.failed && t.len < cap;
    if (ok) {
        if (t.len) memcpy(out, t.data, t.len);
        out[t.len] = '\0';
    }
    tess_buf_free(&t);
    return ok;
}

/* method \n uri \n query \n headers \n\n signed-list \n payload-hash, into b
 * (NUL-terminated). Returns 0, -1 (a signed header missing: why) or -2. */
static int canonical_request(tess_buf *b, const char *method, const char *raw_path,
                             bool s3_path, const char *cquery, const http_header *h, size_t nh,
                             char *const *names, size_t nnames, const char *payload_hash,
                             char *why, size_t whylen) {
    tess_buf_puts(b, method);
    tess_buf_putc(b, '\n');
    if (canonical_uri(b, raw_path ? raw_path : "", s3_path) != 0) return -2;
    tess_buf_putc(b, '\n');
    tess_buf_puts(b, cquery);
    tess_buf_putc(b, '\n');
    for (size_t k = 0; k < nnames; k++) {
        tess_buf_puts(b, names[k]);
        tess_buf_putc(b, ':');
        bool any = false;
        for (size_t i = 0; i < nh; i++) {
            if (!h[i].name || !name_eq(h[i].name, names[k])) continue;
            if (any) tess_buf_putc(b, ',');
            put_trimmed(b, h[i].value ? h[i].value : "");
            any = true;
        }
        if (!any) {
            snprintf(why, whylen, "signed header %s is not in the request", names[k]);
            return -1;
        }
        tess_buf_putc(b, '\n');
    }
    tess_buf_putc(b, '\n');
    for (size_t k = 0; k < nnames; k++) {
        if (k) tess_buf_putc(b, ';');
        tess_buf_puts(b, names[k]);
    }
    tess_buf_putc(b, '\n');
    tess_buf_puts(b, payload_hash);
    tess_buf_putc(b, '\0');
    return b->failed ? -2 : 0;
}

/* AWS4-HMAC-SHA256 \n date \n scope \n hex(sha256(canonical request)) */
static int string_to_sign(tess_buf *b, const char *amz_date, const char *scope,
                          const char *creq) {
    char h[SV4_HEX_LEN + 1];
    sha256_hex(creq, strlen(creq), h);
    tess_buf_printf(b, "%s\n%s\n%s\n%s", SV4_ALGORITHM, amz_date, scope, h);
    tess_buf_putc(b, '\0');
    return b->failed ? -2 : 0;
}

static void sign_string(const uint8_t key[32], const char *sts, char out[SV4_HEX_LEN + 1]) {
    uint8_t mac[DG_SHA256_LEN];
    dg_hmac_sha256(key, 32, sts, strlen(sts), mac);
    hex_encode(mac, DG_SHA256_LEN, out);
}

/* ---- the Authorization header ------------------------------------------- */

typedef struct sv4_auth {
    char akid[CRED_MAX_KEY_ID + 1];
    char date8[9];
    char region[SV4_MAX_REGION + 1];
    char service[SV4_MAX_SERVICE + 1];
    char *names[SV4_MAX_SIGNED_HEADERS];  /* point into list */
    size_t nnames;
    char list[SV4_MAX_AUTH_HEADER + 1];
    char signature[SV4_HEX_LEN + 1];
} sv4_auth;

static bool scope_part_valid(const char *s, size_t n, size_t max) {
    if (n == 0 || n > max) return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '.'))
            return false;
    }
    return true;
}

static bool tchar_lower(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c && strchr("!#$%&'*+-.^_`|~", c));
}

static int parse_credential(const char *v, size_t n, sv4_auth *a, char *why, size_t whylen) {
    const char *part[5];
    size_t plen[5], np = 0, start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || v[i] == '/') {
            if (np == 5) { np = 6; break; }
            part[np] = v + start;
            plen[np++] = i - start;
            start = i + 1;
        }
    }
    if (np != 5) {
        snprintf(why, whylen, "Credential is not AKID/DATE/REGION/SERVICE/aws4_request");
        return -1;
    }
    if (!scope_part_valid(part[0], plen[0], CRED_MAX_KEY_ID)) {
        snprintf(why, whylen, "Credential has an invalid access key id");
        return -1;
    }
    memcpy(a->akid, part[0], plen[0]);
    a->akid[plen[0]] = '\0';
    unsigned y, m, d;
    if (plen[1] != 8 || !digits_at(part[1], 4, &y) || !digits_at(part[1] + 4, 2, &m) ||
        !digits_at(part[1] + 6, 2, &d) || !civil_valid(y, m, d, 0, 0, 0)) {
        snprintf(why, whylen, "Credential has an invalid date");
        return -1;
    }
    memcpy(a->date8, part[1], 8);
    a->date8[8] = '\0';
    if (!scope_part_valid(part[2], plen[2], SV4_MAX_REGION)) {
        snprintf(why, whylen, "Credential has an invalid region");
        return -1;
    }
    memcpy(a->region, part[2], plen[2]);
    a->region[plen[2]] = '\0';
    if (!scope_part_valid(part[3], plen[3], SV4_MAX_SERVICE)) {
        snprintf(why, whylen, "Credential has an invalid service");
        return -1;
    }
    memcpy(a->service, part[3], plen[3]);
    a->service[plen[3]] = '\0';
    if (plen[4] != 12 || memcmp(part[4], "aws4_request", 12) != 0) {
        snprintf(why, whylen, "Credential does not end in aws4_request");
        return -1;
    }
    return 0;
}

static int parse_signed_headers(const char *v, size_t n, sv4_auth *a, char *why, size_t whylen) {
    memcpy(a->list, v, n);
    a->list[n] = '\0';
    a->nnames = 0;
    char *p = a->list;
    for (;;) {
        char *e = strchr(p, ';');
        if (e) *e = '\0';
        if (!*p) {
            snprintf(why, whylen, "SignedHeaders has an empty name");
            return -1;
        }
        for (char *c = p; *c; c++)
            if (!tchar_lower(*c)) {
                snprintf(why, whylen, "SignedHeaders names must be lower-case header names");
                return -1;
            }
        if (a->nnames == SV4_MAX_SIGNED_HEADERS) {
            snprintf(why, whylen, "more than %d signed headers", SV4_MAX_SIGNED_HEADERS);
            return -1;
        }
        if (a->nnames && strcmp(a->names[a->nnames - 1], p) >= 0) {
            snprintf(why, whylen, "SignedHeaders is not sorted or has duplicates");
            return -1;
        }
        a->names[a->nnames++] = p;
        if (!e) break;
        p = e + 1;
    }
    return 0;
}

/* "AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=..." */
static int parse_authorization(const char *h, sv4_auth *a, char *why, size_t whylen) {
    size_t n = strlen(h);
    if (n > SV4_MAX_AUTH_HEADER) {
        snprintf(why, whylen, "Authorization header longer than %d bytes", SV4_MAX_AUTH_HEADER);
        return -1;
    }
    while (*h && is_blank(*h)) h++;
    size_t al = strlen(SV4_ALGORITHM);
    if (strncmp(h, SV4_ALGORITHM, al) != 0 || (h[al] != ' ' && h[al] != '\t')) {
        snprintf(why, whylen, "Authorization is not %s", SV4_ALGORITHM);
        return -1;
    }
    const char *p = h + al;
    bool have_cred = false, have_sh = false, have_sig = false;
    for (;;) {
        while (*p && is_blank(*p)) p++;
        if (!*p) break;
        const char *end = strchr(p, ',');
        if (!end) end = p + strlen(p);
        const char *q = end;
        while (q > p && is_blank(q[-1])) q--;
        const char *eq = memchr(p, '=', (size_t)(q - p));
        if (!eq) {
            snprintf(why, whylen, "Authorization has a component without '='");
            return -1;
        }
        size_t kl = (size_t)(eq - p), vl = (size_t)(q - eq - 1);
        const char *v = eq + 1;
        if (kl == 10 && memcmp(p, "Credential", 10) == 0) {
            if (have_cred) goto twice;
            have_cred = true;
            if (parse_credential(v, vl, a, why, whylen) != 0) return -1;
        } else if (kl == 13 && memcmp(p, "SignedHeaders", 13) == 0) {
            if (have_sh) goto twice;
            have_sh = true;
            if (parse_signed_headers(v, vl, a, why, whylen) != 0) return -1;
        } else if (kl == 9 && memcmp(p, "Signature", 9) == 0) {
            if (have_sig) goto twice;
            have_sig = true;
            if (vl != SV4_HEX_LEN) {
                snprintf(why, whylen, "Signature is not 64 hex digits");
                return -1;
            }
            memcpy(a->signature, v, vl);
            a->signature[vl] = '\0';
            if (!is_lower_hex(a->signature, SV4_HEX_LEN)) {
                snprintf(why, whylen, "Signature is not 64 lower-case hex digits");
                return -1;
            }
        } else {
            snprintf(why, whylen, "Authorization has an unknown component");
            return -1;
        }
        if (!*end) break;
        p = end + 1;
    }
    if (!have_cred || !have_sh || !have_sig) {
        snprintf(why, whylen, "Authorization lacks %s", !have_cred ? "Credential"
                                                        : !have_sh ? "SignedHeaders"
                                                                   : "Signature");
        return -1;
    }
    return 0;
twice:
    snprintf(why, whylen, "Authorization has a component twice");
    return -1;
}

static bool names_has(const sv4_auth *a, const char *name) {
    for (size_t i = 0; i < a->nnames; i++)
        if (strcmp(a->names[i], name) == 0) return true;
    return false;
}

/* ---- verification -------------------------------------------------------- */

static int deny(sv4_result *res, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int deny(sv4_result *res, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(res->reason, sizeof res->reason, fmt, ap);
    va_end(ap);
    res->ok = false;
    return -1;
}

static int oom(sv4_result *res) {
    res->internal = true;
    return deny(res, "out of memory while verifying the signature");
}

static bool parse_u64(const char *s, uint64_t *out) {
    if (!*s || strlen(s) > 19) return false;
    uint64_t v = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9') return false;
        v = v * 10 + (uint64_t)(*s - '0');
    }
    *out = v;
    return true;
}

typedef struct growbuf { uint8_t *p; size_t len, cap; } growbuf;

static int grow_append(void *ctx, const uint8_t *p, size_t n) {
    growbuf *g = ctx;
    if (n > g->cap - g->len) return -1;   /* cap is the encoded size: never hit */
    memcpy(g->p + g->len, p, n);
    g->len += n;
    return 0;
}

static int verify_chunked_body(const sv4_request *req, sv4_result *res) {
    sv4_chunked d;
    tess_error err;
    if (sv4_chunked_init(&d, &res->chunks, res->decoded_content_length, &err) != 0)
        return oom(res);
    growbuf g = {NULL, 0, req->body_len};
    g.p = malloc(req->body_len ? req->body_len : 1);
    if (!g.p) { sv4_chunked_free(&d); return oom(res); }
    int rc = sv4_chunked_feed(&d, req->body, req->body_len, grow_append, &g, &err);
    if (rc == 0) rc = sv4_chunked_finish(&d, &err);
    sv4_chunked_free(&d);
    if (rc != 0) {
        free(g.p);
        return deny(res, "access key %s: aws-chunked body: %s", res->access_key_id, err.msg);
    }
    res->decoded = g.p;
    res->decoded_len = g.len;
    return 0;
}

int sv4_verify(const sv4_request *in, const sv4_config *cfg, sv4_result *res) {
    memset(res, 0, sizeof *res);
    sv4_request body_checked = *in;       /* a NULL body has no bytes, whatever its length */
    if (!body_checked.body) body_checked.body_len = 0;
    const sv4_request *req = &body_checked;
    char why[160];
    const char *service = cfg->service ? cfg->service : SV4_SERVICE;
    const http_header *h = req->headers;
    size_t nh = req->nheaders;

    /* Authorization */
    size_t nauth = header_count(h, nh, "authorization");
    if (nauth == 0) {
        if (req->query && (strstr(req->query, "X-Amz-Signature=") ||
                           strstr(req->query, "X-Amz-Credential=")))
            return deny(res, "presigned (query-string) requests are not supported");
        return deny(res, "no Authorization header");
    }
    if (nauth > 1) return deny(res, "more than one Authorization header");
    sv4_auth *a = malloc(sizeof *a);
    if (!a) return oom(res);
    char *cq_spec = NULL, *cq_js = NULL;
    tess_buf creq, sts;
    tess_buf_init(&creq, -1);
    tess_buf_init(&sts, -1);
    int rc = -1;

    if (parse_authorization(header_first(h, nh, "authorization"), a, why, sizeof why) != 0) {
        deny(res, "%s", why);
        goto out;
    }
    snprintf(res->access_key_id, sizeof res->access_key_id, "%s", a->akid);
    snprintf(res->region, sizeof res->region, "%s", a->region);
    if (strcmp(a->service, service) != 0) {
        deny(res, "access key %s: credential scope service %s is not %s", a->akid, a->service,
             service);
        goto out;
    }
    if (!names_has(a, "host")) {
        deny(res, "access key %s: host is not a signed header", a->akid);
        goto out;
    }

    /* the request time */
    char amz_date[SV4_DATE_LEN + 1];
    int64_t t;
    size_t nxd = header_count(h, nh, "x-amz-date");
    if (nxd > 1 || (nxd == 0 && header_count(h, nh, "date") > 1)) {
        deny(res, "access key %s: the date header is repeated", a->akid);
        goto out;
    }
    if (nxd == 1) {
        char v[64];
        if (!trimmed_copy(header_first(h, nh, "x-amz-date"), v, sizeof v) ||
            !parse_amz_date(v, &t)) {
            deny(res, "access key %s: malformed x-amz-date", a->akid);
            goto out;
        }
        if (!names_has(a, "x-amz-date")) {
            deny(res, "access key %s: x-amz-date is not a signed header", a->akid);
            goto out;
        }
        memcpy(amz_date, v, sizeof amz_date);
    } else {
        const char *dv = header_first(h, nh, "date");
        char v[64];
        if (!dv) {
            deny(res, "access key %s: neither x-amz-date nor Date", a->akid);
            goto out;
        }
        if (!trimmed_copy(dv, v, sizeof v) || !parse_http_date(v, &t)) {
            deny(res, "access key %s: malformed Date (IMF-fixdate expected)", a->akid);
            goto out;
        }
        if (!names_has(a, "date")) {
            deny(res, "access key %s: Date is not a signed header", a->akid);
            goto out;
        }
        if (sv4_amz_date(t, amz_date) != 0) {
            deny(res, "access key %s: Date out of range", a->akid);
            goto out;
        }
    }
    /* |t - now| in unsigned arithmetic: no overflow whatever `now` is */
    uint64_t skew = t > cfg->now ? (uint64_t)t - (uint64_t)cfg->now
                                 : (uint64_t)cfg->now - (uint64_t)t;
    if (skew > SV4_MAX_SKEW) {
        deny(res, "access key %s: request time %s is more than %d minutes from the server's "
             "time", a->akid, amz_date, SV4_MAX_SKEW / 60);
        goto out;
    }
    if (memcmp(amz_date, a->date8, 8) != 0) {
        deny(res, "access key %s: credential scope date %s is not the request date %.8s",
             a->akid, a->date8, amz_date);
        goto out;
    }

    /* the key, and its session token */
    const cred_entry *ce = cred_find(cfg->creds, a->akid);
    if (!ce) {
        deny(res, "unknown access key id %s", a->akid);
        goto out;
    }
    size_t ntok = header_count(h, nh, "x-amz-security-token");
    if (ntok > 1) {
        deny(res, "access key %s: x-amz-security-token is repeated", a->akid);
        goto out;
    }
    if (ntok == 1 && !names_has(a, "x-amz-security-token")) {
        deny(res, "access key %s: x-amz-security-token is not a signed header", a->akid);
        goto out;
    }
    if (ce->session_token) {
        const char *tok = header_first(h, nh, "x-amz-security-token");
        size_t tl = strlen(ce->session_token);
        if (!tok) {
            deny(res, "access key %s: session token required but absent", a->akid);
            goto out;
        }
        if (strlen(tok) != tl || !dg_equal(tok, ce->session_token, tl)) {
            deny(res, "access key %s: wrong session token", a->akid);
            goto out;
        }
    }

    /* the payload hash (a hex hash, or one of the two mode names) */
    char payload_hash[128];
    size_t nsha = header_count(h, nh, "x-amz-content-sha256");
    if (nsha > 1) {
        deny(res, "access key %s: x-amz-content-sha256 is repeated", a->akid);
        goto out;
    }
    if (nsha == 1) {
        char v[128];
        if (!trimmed_copy(header_first(h, nh, "x-amz-content-sha256"), v, sizeof v)) v[0] = '\0';
        if (strcmp(v, SV4_UNSIGNED_PAYLOAD) == 0) {
            res->payload = SV4_PAYLOAD_UNSIGNED;
        } else if (strcmp(v, SV4_STREAMING_PAYLOAD) == 0) {
            res->payload = SV4_PAYLOAD_STREAMING;
            char dl[32];
            if (header_count(h, nh, "x-amz-decoded-content-length") != 1 ||
                !trimmed_copy(header_first(h, nh, "x-amz-decoded-content-length"), dl,
                              sizeof dl) ||
                !parse_u64(dl, &res->decoded_content_length)) {
                deny(res, "access key %s: streaming payload without a valid "
                     "x-amz-decoded-content-length", a->akid);
                goto out;
            }
        } else if (is_lower_hex(v, SV4_HEX_LEN)) {
            res->payload = SV4_PAYLOAD_HASHED;
            memcpy(res->payload_sha256, v, sizeof res->payload_sha256);
        } else if (strncmp(v, "STREAMING-", 10) == 0) {
            deny(res, "access key %s: unsupported payload mode %.40s", a->akid, v);
            goto out;
        } else {
            deny(res, "access key %s: malformed x-amz-content-sha256", a->akid);
            goto out;
        }
        snprintf(payload_hash, sizeof payload_hash, "%s", v);
    } else {
        if (cfg->body_streamed) {
            deny(res, "access key %s: a streamed body needs x-amz-content-sha256", a->akid);
            goto out;
        }
        res->payload = SV4_PAYLOAD_HASHED;
        sha256_hex(req->body, req->body_len, payload_hash);
        memcpy(res->payload_sha256, payload_hash, sizeof res->payload_sha256);
    }

    /* canonical request, string to sign, signature */
    int qrc = canonical_query(req->query, &cq_spec, &cq_js, why, sizeof why);
    if (qrc == -2) { oom(res); goto out; }
    if (qrc != 0) {
        deny(res, "access key %s: %s", a->akid, why);
        goto out;
    }
    char scope[SV4_SCOPE_MAX + 1];
    snprintf(scope, sizeof scope, "%s/%s/%s/aws4_request", a->date8, a->region, a->service);
    uint8_t key[32];
    if (derive_key(ce->secret, a->date8, a->region, a->service, key) != 0) { oom(res); goto out; }
    bool match = false;
    for (int attempt = 0; attempt < 2 && !match; attempt++) {
        const char *cq = attempt == 0 ? cq_spec : cq_js;
        if (attempt == 1 && strcmp(cq_spec, cq_js) == 0) break;
        creq.len = 0;
        sts.len = 0;
        int crc = canonical_request(&creq, req->method ? req->method : "", req->raw_path,
                                    cfg->s3_path, cq, h, nh, a->names, a->nnames, payload_hash,
                                    why, sizeof why);
        if (crc == -2) { dg_wipe(key, sizeof key); oom(res); goto out; }
        if (crc != 0) {
            dg_wipe(key, sizeof key);
            deny(res, "access key %s: %s", a->akid, why);
            goto out;
        }
        char expect[SV4_HEX_LEN + 1];
        if (string_to_sign(&sts, amz_date, scope, (const char *)creq.data) != 0) {
            dg_wipe(key, sizeof key);
            oom(res);
            goto out;
        }
        sign_string(key, (const char *)sts.data, expect);
        match = dg_equal(expect, a->signature, SV4_HEX_LEN);
        if (match) {
            memcpy(res->chunks.prev, expect, sizeof res->chunks.prev);
        } else if (attempt == 0 && cfg->keep_canonical) {
            /* keep the AWS-order forms for the log */
            res->canonical_request = strdup((const char *)creq.data);
            res->string_to_sign = strdup((const char *)sts.data);
        }
        dg_wipe(expect, sizeof expect);
    }
    if (match && cfg->keep_canonical) {
        free(res->canonical_request);
        free(res->string_to_sign);
        res->canonical_request = strdup((const char *)creq.data);
        res->string_to_sign = strdup((const char *)sts.data);
    }
    if (!match) {
        dg_wipe(key, sizeof key);
        deny(res, "access key %s: signature does not match", a->akid);
        goto out;
    }
    memcpy(res->chunks.key, key, sizeof key);
    dg_wipe(key, sizeof key);
    memcpy(res->chunks.amz_date, amz_date, sizeof amz_date);
    memcpy(res->chunks.scope, scope, sizeof scope);
    if (res->payload != SV4_PAYLOAD_STREAMING) memset(&res->chunks, 0, sizeof res->chunks);

    /* the body against the signed payload */
    if (res->payload == SV4_PAYLOAD_HASHED && nsha == 1 && !cfg->body_streamed) {
        char got[SV4_HEX_LEN + 1];
        sha256_hex(req->body, req->body_len, got);
        if (strcmp(got, payload_hash) != 0) {
            deny(res, "access key %s: the body does not match x-amz-content-sha256", a->akid);
            goto out;
        }
    }
    if (res->payload == SV4_PAYLOAD_STREAMING && !cfg->body_streamed) {
        if (verify_chunked_body(req, res) != 0) goto out;
        dg_wipe(&res->chunks, sizeof res->chunks);
    }
    res->ok = true;
    res->reason[0] = '\0';
    rc = 0;
out:
    if (rc != 0) {
        dg_wipe(&res->chunks, sizeof res->chunks);
        free(res->decoded);
        res->decoded = NULL;
        res->decoded_len = 0;
        res->ok = false;
    }
    free(a);
    free(cq_spec);
    free(cq_js);
    tess_buf_free(&creq);
    tess_buf_free(&sts);
    return rc;
}

void sv4_result_free(sv4_result *res) {
    if (!res) return;
    free(res->decoded);
    free(res->canonical_request);
    free(res->string_to_sign);
    res->decoded = NULL;
    res->canonical_request = res->string_to_sign = NULL;
    dg_wipe(&res->chunks, sizeof res->chunks);
}

/* ---- signing ------------------------------------------------------------- */

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int sv4_sign(const sv4_sign_input *in, sv4_signature *out, tess_error *err) {
    memset(out, 0, sizeof *out);
    const char *service = in->service ? in->service : SV4_SERVICE;
    if (!in->access_key_id || !scope_part_valid(in->access_key_id, strlen(in->access_key_id),
                                                CRED_MAX_KEY_ID))
        return tess_fail(err, "sv4_sign: invalid access key id");
    if (!in->secret || strlen(in->secret) > CRED_MAX_SECRET)
        return tess_fail(err, "sv4_sign: invalid secret");
    if (!in->region || !scope_part_valid(in->region, strlen(in->region), SV4_MAX_REGION))
        return tess_fail(err, "sv4_sign: invalid region");
    if (!scope_part_valid(service, strlen(service), SV4_MAX_SERVICE))
        return tess_fail(err, "sv4_sign: invalid service");
    char amz_date[SV4_DATE_LEN + 1];
    if (sv4_amz_date(in->time, amz_date) != 0) return tess_fail(err, "sv4_sign: time out of range");
    const char *xd = header_first(in->headers, in->nheaders, "x-amz-date");
    const char *dd = header_first(in->headers, in->nheaders, "date");
    char v[64];
    int64_t t;
    if (xd) {
        if (!trimmed_copy(xd, v, sizeof v) || strcmp(v, amz_date) != 0)
            return tess_fail(err, "sv4_sign: x-amz-date header is not %s", amz_date);
    } else if (dd) {
        if (!trimmed_copy(dd, v, sizeof v) || !parse_http_date(v, &t) || t != in->time)
            return tess_fail(err, "sv4_sign: Date header does not match the signing time");
    } else {
        return tess_fail(err, "sv4_sign: the request needs an x-amz-date or Date header");
    }

    /* the names to sign: lower-case, sorted, unique */
    size_t cap = in->sign_only ? in->nsign_only : in->nheaders;
    char **names = calloc(cap ? cap : 1, sizeof *names);
    size_t nn = 0;
    int rc = -1;
    tess_buf creq, sts;
    tess_buf_init(&creq, -1);
    tess_buf_init(&sts, -1);
    char *cq_spec = NULL, *cq_js = NULL;
    if (!names) return tess_fail(err, "sv4_sign: out of memory");
    for (size_t i = 0; i < cap; i++) {
        const char *nm = in->sign_only ? in->sign_only[i] : in->headers[i].name;
        if (!nm || !*nm) { tess_fail(err, "sv4_sign: empty header name"); goto out; }
        if (!in->sign_only && strcasecmp(nm, "authorization") == 0) continue;
        char *lc = strdup(nm);
        if (!lc) { tess_fail(err, "sv4_sign: out of memory"); goto out; }
        for (char *c = lc; *c; c++)
            if (*c >= 'A' && *c <= 'Z') *c = (char)(*c - 'A' + 'a');
        names[nn++] = lc;
    }
    if (nn) qsort(names, nn, sizeof *names, cmp_str);
    size_t u = 0;
    for (size_t i = 0; i < nn; i++) {
        if (u && strcmp(names[u - 1], names[i]) == 0) { free(names[i]); continue; }
        names[u++] = names[i];
    }
    nn = u;
    if (nn > SV4_MAX_SIGNED_HEADERS) {
        tess_fail(err, "sv4_sign: more than %d headers to sign", SV4_MAX_SIGNED_HEADERS);
        goto out;
    }

    char payload_hash[SV4_HEX_LEN + 1];
    if (in->payload_hash) {
        if (strlen(in->payload_hash) > SV4_HEX_LEN) {
            tess_fail(err, "sv4_sign: payload hash too long");
            goto out;
        }
        snprintf(payload_hash, sizeof payload_hash, "%s", in->payload_hash);
    } else {
        sha256_hex(in->payload, in->payload_len, payload_hash);
    }
    char why[160];
    int qrc = canonical_query(in->query, &cq_spec, &cq_js, why, sizeof why);
    if (qrc != 0) {
        tess_fail(err, "sv4_sign: %s", qrc == -2 ? "out of memory" : why);
        goto out;
    }
    int crc = canonical_request(&creq, in->method ? in->method : "", in->raw_path, in->s3_path,
                                cq_spec, in->headers, in->nheaders, names, nn, payload_hash, why,
                                sizeof why);
    if (crc != 0) {
        tess_fail(err, "sv4_sign: %s", crc == -2 ? "out of memory" : why);
        goto out;
    }
    char scope[SV4_SCOPE_MAX + 1];
    snprintf(scope, sizeof scope, "%.8s/%s/%s/aws4_request", amz_date, in->region, service);
    uint8_t key[32];
    if (string_to_sign(&sts, amz_date, scope, (const char *)creq.data) != 0 ||
        derive_key(in->secret, amz_date, in->region, service, key) != 0) {
        tess_fail(err, "sv4_sign: out of memory");
        goto out;
    }
    sign_string(key, (const char *)sts.data, out->signature);
    dg_wipe(key, sizeof key);
    tess_buf auth;
    tess_buf_init(&auth, -1);
    tess_buf_printf(&auth, "%s Credential=%s/%s, SignedHeaders=", SV4_ALGORITHM,
                    in->access_key_id, scope);
    for (size_t i = 0; i < nn; i++) {
        if (i) tess_buf_putc(&auth, ';');
        tess_buf_puts(&auth, names[i]);
    }
    tess_buf_printf(&auth, ", Signature=%s", out->signature);
    if (auth.failed || auth.len > SV4_MAX_AUTH_HEADER) {
        tess_buf_free(&auth);
        rc = tess_fail(err, "sv4_sign: the Authorization header would exceed %d bytes",
                       SV4_MAX_AUTH_HEADER);
        goto out;
    }
    memcpy(out->authorization, auth.data, auth.len);
    out->authorization[auth.len] = '\0';
    tess_buf_free(&auth);
    out->canonical_request = strdup((const char *)creq.data);
    out->string_to_sign = strdup((const char *)sts.data);
    if (!out->canonical_request || !out->string_to_sign) {
        sv4_signature_free(out);
        rc = tess_fail(err, "sv4_sign: out of memory");
        goto out;
    }
    rc = 0;
out:
    for (size_t i = 0; i < nn; i++) free(names[i]);
    free(names);
    free(cq_spec);
    free(cq_js);
    tess_buf_free(&creq);
    tess_buf_free(&sts);
    return rc;
}

void sv4_signature_free(sv4_signature *s) {
    if (!s) return;
    free(s->canonical_request);
    free(s->string_to_sign);
    s->canonical_request = s->string_to_sign = NULL;
}

/* ---- aws-chunked --------------------------------------------------------- */

int sv4_chunk_ctx_init(sv4_chunk_ctx *c, const char *secret, const char *region,
                       const char *service, int64_t time, const char *seed_signature,
                       tess_error *err) {
    memset(c, 0, sizeof *c);
    if (!service) service = SV4_SERVICE;
    if (!secret || strlen(secret) > CRED_MAX_SECRET || !region ||
        !scope_part_valid(region, strlen(region), SV4_MAX_REGION) ||
        !scope_part_valid(service, strlen(service), SV4_MAX_SERVICE))
        return tess_fail(err, "sv4_chunk_ctx_init: invalid secret, region or service");
    if (!seed_signature || !is_lower_hex(seed_signature, SV4_HEX_LEN))
        return tess_fail(err, "sv4_chunk_ctx_init: the seed signature is not 64 hex digits");
    if (sv4_amz_date(time, c->amz_date) != 0)
        return tess_fail(err, "sv4_chunk_ctx_init: time out of range");
    snprintf(c->scope, sizeof c->scope, "%.8s/%s/%s/aws4_request", c->amz_date, region, service);
    memcpy(c->prev, seed_signature, SV4_HEX_LEN + 1);
    if (derive_key(secret, c->amz_date, region, service, c->key) != 0)
        return tess_fail(err, "sv4_chunk_ctx_init: the secret is over %d bytes", CRED_MAX_SECRET);
    return 0;
}

/* The signature of a chunk whose data hashes to data_hash (hex); -1 when
 * the string to sign would not fit (a scope over SV4_SCOPE_MAX). */
static int chunk_signature(const sv4_chunk_ctx *c, const char *data_hash,
                           char out[SV4_HEX_LEN + 1]) {
    char sts[32 + SV4_DATE_LEN + SV4_SCOPE_MAX + 3 * SV4_HEX_LEN + 8];
    int n = snprintf(sts, sizeof sts, "AWS4-HMAC-SHA256-PAYLOAD\n%s\n%s\n%s\n%s\n%s", c->amz_date,
                     c->scope, c->prev, EMPTY_SHA256, data_hash);
    if (n < 0 || (size_t)n >= sizeof sts) return -1;
    sign_string(c->key, sts, out);
    return 0;
}

int sv4_chunk_sign(sv4_chunk_ctx *c, const uint8_t *p, size_t n, char out[SV4_HEX_LEN + 1],
                   tess_error *err) {
    char hash[SV4_HEX_LEN + 1];
    sha256_hex(p, n, hash);
    if (chunk_signature(c, hash, out) != 0)
        return tess_fail(err, "sv4_chunk_sign: the string to sign is too long");
    memcpy(c->prev, out, SV4_HEX_LEN + 1);
    return 0;
}

int sv4_chunked_encode(sv4_chunk_ctx *c, const uint8_t *payload, size_t len, size_t chunk_size,
                       tess_buf *out, tess_error *err) {
    if (chunk_size == 0 || chunk_size > SV4_MAX_CHUNK)
        return tess_fail(err, "sv4_chunked_encode: chunk size must be 1..%u", SV4_MAX_CHUNK);
    char sig[SV4_HEX_LEN + 1];
    size_t off = 0;
    while (off < len) {
        size_t n = len - off < chunk_size ? len - off : chunk_size;
        if (sv4_chunk_sign(c, payload + off, n, sig, err) != 0) return -1;
        tess_buf_printf(out, "%zx;chunk-signature=%s\r\n", n, sig);
        tess_buf_put(out, payload + off, n);
        tess_buf_puts(out, "\r\n");
        off += n;
    }
    if (sv4_chunk_sign(c, NULL, 0, sig, err) != 0) return -1;
    tess_buf_printf(out, "0;chunk-signature=%s\r\n\r\n", sig);
    if (out->failed) return tess_fail(err, "sv4_chunked_encode: %s", out->why);
    return 0;
}

enum { CH_HEADER, CH_DATA, CH_DATA_END, CH_FINAL_END, CH_DONE, CH_FAILED };

int sv4_chunked_init(sv4_chunked *d, const sv4_chunk_ctx *chain, uint64_t expected,
                     tess_error *err) {
    memset(d, 0, sizeof *d);
    d->chain = *chain;
    d->expected = expected;
    d->state = CH_HEADER;
    dg_sha256_init(&d->md);
    return 0;
}

void sv4_chunked_free(sv4_chunked *d) {
    if (!d) return;
    dg_wipe(&d->chain, sizeof d->chain);
}

static int chunked_fail(sv4_chunked *d, tess_error *err, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int chunked_fail(sv4_chunked *d, tess_error *err, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(d->reason, sizeof d->reason, fmt, ap);
    va_end(ap);
    d->state = CH_FAILED;
    return tess_fail(err, "%s", d->reason);
}

/* Check the current chunk's signature against the hash of its data. */
static int chunk_verify(sv4_chunked *d, const char *data_hash, tess_error *err) {
    char sig[SV4_HEX_LEN + 1];
    if (chunk_signature(&d->chain, data_hash, sig) != 0)
        return chunked_fail(d, err, "chunk %u: the string to sign is too long", d->nchunks);
    if (!dg_equal(sig, d->want, SV4_HEX_LEN))
        return chunked_fail(d, err, "chunk %u: signature does not match", d->nchunks);
    memcpy(d->chain.prev, sig, sizeof sig);
    return 0;
}

/* "<hex size>;chunk-signature=<64 hex>" (the CRLF already removed) */
static int chunk_header(sv4_chunked *d, tess_error *err) {
    static const char ext[] = ";chunk-signature=";
    const char *l = d->line;
    size_t n = d->line_len, i = 0;
    uint64_t size = 0;
    while (i < n && hexval(l[i]) >= 0) {
        if (i == 8) return chunked_fail(d, err, "chunk %u: size has too many digits", d->nchunks + 1);
        size = size * 16 + (uint64_t)hexval(l[i]);
        i++;
    }
    if (i == 0) return chunked_fail(d, err, "chunk %u: malformed header", d->nchunks + 1);
    if (n - i != sizeof ext - 1 + SV4_HEX_LEN || memcmp(l + i, ext, sizeof ext - 1) != 0)
        return chunked_fail(d, err, "chunk %u: malformed header", d->nchunks + 1);
    memcpy(d->want, l + i + sizeof ext - 1, SV4_HEX_LEN);
    d->want[SV4_HEX_LEN] = '\0';
    if (!is_lower_hex(d->want, SV4_HEX_LEN))
        return chunked_fail(d, err, "chunk %u: malformed signature", d->nchunks + 1);
    if (size > SV4_MAX_CHUNK)
        return chunked_fail(d, err, "chunk %u: larger than %u bytes", d->nchunks + 1,
                            SV4_MAX_CHUNK);
    if (d->nchunks == SV4_MAX_CHUNKS)
        return chunked_fail(d, err, "more than %u chunks", SV4_MAX_CHUNKS);
    d->nchunks++;
    if (size > d->expected - d->decoded)
        return chunked_fail(d, err, "chunk %u: more data than x-amz-decoded-content-length "
                            "(%llu)", d->nchunks, (unsigned long long)d->expected);
    d->chunk_len = d->remaining = (uint32_t)size;
    if (size == 0) {
        if (chunk_verify(d, EMPTY_SHA256, err) != 0) return -1;
        d->state = CH_FINAL_END;
        d->crlf = 0;
        return 0;
    }
    dg_sha256_init(&d->md);
    d->state = CH_DATA;
    return 0;
}

int sv4_chunked_feed(sv4_chunked *d, const uint8_t *p, size_t n, sv4_data_fn fn, void *ctx,
                     tess_error *err) {
    size_t i = 0;
    while (i < n) {
        switch (d->state) {
        case CH_FAILED:
            return tess_fail(err, "%s", d->reason);
        case CH_DONE:
            return chunked_fail(d, err, "bytes after the final chunk");
        case CH_HEADER: {
            char c = (char)p[i++];
            if (d->line_len && d->line[d->line_len - 1] == '\r') {
                if (c != '\n') return chunked_fail(d, err, "chunk %u: malformed header",
                                                   d->nchunks + 1);
                d->line_len--;
                if (chunk_header(d, err) != 0) return -1;
                d->line_len = 0;
                break;
            }
            if (c == '\n')
                return chunked_fail(d, err, "chunk %u: malformed header", d->nchunks + 1);
            if (d->line_len == sizeof d->line - 1)
                return chunked_fail(d, err, "chunk %u: header too long", d->nchunks + 1);
            d->line[d->line_len++] = c;
            break;
        }
        case CH_DATA: {
            size_t k = n - i < d->remaining ? n - i : d->remaining;
            dg_sha256_update(&d->md, p + i, k);
            if (fn && fn(ctx, p + i, k) != 0)
                return chunked_fail(d, err, "chunk %u: the consumer failed", d->nchunks);
            d->decoded += k;
            d->remaining -= (uint32_t)k;
            i += k;
            if (d->remaining == 0) {
                uint8_t md[DG_SHA256_LEN];
                char hash[SV4_HEX_LEN + 1];
                dg_sha256_final(&d->md, md);
                hex_encode(md, DG_SHA256_LEN, hash);
                if (chunk_verify(d, hash, err) != 0) return -1;
                d->state = CH_DATA_END;
                d->crlf = 0;
            }
            break;
        }
        case CH_DATA_END:
        case CH_FINAL_END: {
            char c = (char)p[i++];
            if (c != (d->crlf == 0 ? '\r' : '\n'))
                return chunked_fail(d, err, "chunk %u: data not followed by CRLF", d->nchunks);
            if (++d->crlf == 2) d->state = d->state == CH_DATA_END ? CH_HEADER : CH_DONE;
            break;
        }
        }
    }
    return d->state == CH_FAILED ? tess_fail(err, "%s", d->reason) : 0;
}

int sv4_chunked_finish(sv4_chunked *d, tess_error *err) {
    if (d->state == CH_FAILED) return tess_fail(err, "%s", d->reason);
    if (d->state != CH_DONE)
        return chunked_fail(d, err, "the body ended before the final chunk");
    if (d->decoded != d->expected)
        return chunked_fail(d, err, "decoded %llu bytes, x-amz-decoded-content-length says %llu",
                            (unsigned long long)d->decoded, (unsigned long long)d->expected);
    return 0;
}
