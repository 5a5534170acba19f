/*
 * multipart.c - the streaming multipart body parser (see multipart.h).
 *
 * The delimiter is D = CRLF "--" boundary. Body bytes are scanned with
 * memchr for CR; from a CR on, bytes that may be the start of D are held
 * back (p->match bytes, always equal to D's prefix, so they need no
 * buffer) until D is complete or a byte differs. Because a boundary holds
 * no CR, D's only CR is its first byte, so on a mismatch every held byte
 * is part data and the scan goes on at the byte that differed. The
 * preamble is scanned the same way with its bytes dropped, starting with
 * CRLF already "held", which makes "--boundary" at the very start of the
 * body a delimiter.
 */
#include "http/multipart.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef enum mp_state {
    ST_PREAMBLE,
    ST_AFTER_DELIM,     /* just after a delimiter: "--", padding, or CRLF */
    ST_AFTER_DASH,      /* saw one '-' after a delimiter */
    ST_PADDING,         /* transport padding (spaces, tabs) */
    ST_PAD_CR,          /* CR of the delimiter line seen, LF expected */
    ST_HEADERS,
    ST_BODY,
    ST_EPILOGUE,
    ST_FAILED,
} mp_state;

struct mp_parser {
    mp_limits lim;
    mp_callbacks cb;
    void *ctx;
    mp_state state;
    mp_error_kind error;
    uint8_t delim[4 + MP_BOUNDARY_MAX];
    size_t dlen;
    size_t match;               /* bytes of delim matched and held back */
    uint64_t total;
    uint64_t parts;             /* parts begun */
    uint64_t part_bytes;        /* body bytes of the current part */
    mp_part part;
    size_t hblock;              /* header block bytes of the current part */
    size_t llen;                /* bytes of the current header line */
    char *line;                 /* max_header_block + 1 */
};

void mp_limits_default(mp_limits *l) {
    l->max_boundary = MP_BOUNDARY_MAX;
    l->max_header_block = 16384;
    l->max_parts = 100000;
    l->max_part_bytes = 1000ull * 1000 * 1000;
    l->max_total = 1000ull * 1000 * 1000;
}

/* ------------------------------------------------------------ media type */

static bool is_ws(int c) { return c == ' ' || c == '\t'; }

static bool boundary_ok(const char *b, size_t n) {
    if (n == 0 || b[n - 1] == ' ') return false;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)b[i] < 0x20 || (unsigned char)b[i] > 0x7e) return false;
    return true;
}

int mp_media_parse(const char *value, mp_media *out, tess_error *err) {
    memset(out, 0, sizeof *out);
    const char *s = value ? value : "";
    while (is_ws(*s)) s++;
    size_t n = 0;
    while (s[n] && s[n] != ';' && !is_ws(s[n])) n++;
    if (n == 0 || !memchr(s, '/', n) || s[0] == '/' || s[n - 1] == '/')
        return tess_fail(err, "Content-Type '%.100s' has no type/subtype", s);
    if (n >= sizeof out->type)
        return tess_fail(err, "Content-Type media type of %zu bytes is too long", n);
    for (size_t i = 0; i < n; i++) out->type[i] = (char)tolower((unsigned char)s[i]);
    s += n;
    for (;;) {
        while (is_ws(*s)) s++;
        if (!*s) break;
        if (*s != ';') return tess_fail(err, "Content-Type: ';' expected before '%.40s'", s);
        s++;
        while (is_ws(*s)) s++;
        if (!*s) break;
        const char *name = s;
        while (*s && *s != '=' && *s != ';' && !is_ws(*s)) s++;
        size_t nlen = (size_t)(s - name);
        while (is_ws(*s)) s++;
        if (*s != '=' || nlen == 0)
            return tess_fail(err, "Content-Type: parameter '%.*s' has no value",
                             (int)(nlen > 40 ? 40 : nlen), name);
        s++;
        while (is_ws(*s)) s++;
        char val[1024];
        size_t vlen = 0;
        bool too_long = false;
        if (*s == '"') {
            s++;
            while (*s && *s != '"') {
                if (*s == '\\' && s[1]) s++;
                if (vlen + 1 < sizeof val) val[vlen++] = *s;
                else too_long = true;
                s++;
            }
            if (*s != '"')
                return tess_fail(err, "Content-Type: unterminated quoted value of '%.*s'",
                                 (int)(nlen > 40 ? 40 : nlen), name);
            s++;
        } else {
            while (*s && *s != ';' && !is_ws(*s)) {
                if (vlen + 1 < sizeof val) val[vlen++] = *s;
                else too_long = true;
                s++;
            }
        }
        val[vlen] = '\0';
        if (nlen == 8 && strncasecmp(name, "boundary", 8) == 0) {
            if (too_long || vlen > MP_BOUNDARY_MAX)
                return tess_fail(err, "Content-Type: the boundary is over %d bytes",
                                 MP_BOUNDARY_MAX);
            if (!boundary_ok(val, vlen))
                return tess_fail(err, "Content-Type: the boundary '%.200s' is empty, ends in a "
                                      "space or holds a byte RFC 2046 does not allow", val);
            memcpy(out->boundary, val, vlen + 1);
        } else if (nlen == 4 && strncasecmp(name, "type", 4) == 0) {
            if (too_long || vlen >= sizeof out->param_type)
                return tess_fail(err, "Content-Type: the type parameter is too long");
            for (size_t i = 0; i <= vlen; i++)
                out->param_type[i] = (char)tolower((unsigned char)val[i]);
        } else if (nlen == 15 && strncasecmp(name, "transfer-syntax", 15) == 0) {
            if (too_long || vlen >= sizeof out->transfer_syntax)
                return tess_fail(err, "Content-Type: the transfer-syntax parameter is too long");
            memcpy(out->transfer_syntax, val, vlen + 1);
        }
    }
    return 0;
}

/* ---------------------------------------------------------------- parser */

int mp_new(const char *boundary, const mp_limits *limits, const mp_callbacks *cb, void *ctx,
           mp_parser **out, tess_error *err) {
    *out = NULL;
    mp_limits lim;
    if (limits) lim = *limits;
    else mp_limits_default(&lim);
    if (lim.max_boundary > MP_BOUNDARY_MAX) lim.max_boundary = MP_BOUNDARY_MAX;
    if (lim.max_header_block < 16) lim.max_header_block = 16;
    size_t bl = boundary ? strlen(boundary) : 0;
    if (bl == 0) return tess_fail(err, "multipart: no boundary");
    if (bl > lim.max_boundary)
        return tess_fail(err, "multipart: the boundary of %zu bytes is over the limit of %zu",
                         bl, lim.max_boundary);
    if (strpbrk(boundary, "\r\n"))
        return tess_fail(err, "multipart: the boundary holds CR or LF");
    mp_parser *p = calloc(1, sizeof *p);
    if (!p) return tess_fail(err, "multipart: out of memory");
    p->line = malloc(lim.max_header_block + 1);
    if (!p->line) {
        free(p);
        return tess_fail(err, "multipart: out of memory");
    }
    p->lim = lim;
    p->cb = *cb;
    p->ctx = ctx;
    memcpy(p->delim, "\r\n--", 4);
    memcpy(p->delim + 4, boundary, bl);
    p->dlen = 4 + bl;
    p->state = ST_PREAMBLE;
    p->match = 2;       /* the body reads as if it began with CRLF */
    *out = p;
    return 0;
}

void mp_free(mp_parser *p) {
    if (!p) return;
    free(p->line);
    free(p);
}

mp_error_kind mp_error(const mp_parser *p) { return p->error; }

uint64_t mp_parts(const mp_parser *p) { return p->parts; }

static int fail_as(mp_parser *p, mp_error_kind k, tess_error *err, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static int fail_as(mp_parser *p, mp_error_kind k, tess_error *err, const char *fmt, ...) {
    p->state = ST_FAILED;
    p->error = k;
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
    }
    return -1;
}

static int callback_failed(mp_parser *p, tess_error *err) {
    p->state = ST_FAILED;
    p->error = MP_ERR_CALLBACK;
    if (err && !err->msg[0]) snprintf(err->msg, sizeof err->msg, "multipart: a callback failed");
    return -1;
}

/* Bytes that are certainly not the delimiter: part data, or dropped.
 * Going past a Content-Length is checked before the per-part limit: a
 * declared length is never over that limit (header_line refuses it), so a
 * part past both is reported as past its Content-Length however the bytes
 * were cut into pieces (fuzz_multipart found the two orders disagreeing). */
static int emit(mp_parser *p, const uint8_t *d, size_t n, tess_error *err) {
    if (p->state != ST_BODY || n == 0) return 0;
    if (p->part.content_length >= 0 && n > (uint64_t)p->part.content_length - p->part_bytes)
        return fail_as(p, MP_ERR_SYNTAX, err,
                       "multipart: part %llu holds more than its Content-Length of %lld bytes",
                       (unsigned long long)p->part.index + 1,
                       (long long)p->part.content_length);
    if (n > p->lim.max_part_bytes - p->part_bytes)
        return fail_as(p, MP_ERR_LIMIT, err,
                       "multipart: part %llu is over the limit of %llu bytes per part",
                       (unsigned long long)p->part.index + 1,
                       (unsigned long long)p->lim.max_part_bytes);
    p->part_bytes += n;
    if (p->cb.part_data && p->cb.part_data(p->ctx, d, n, err) != 0)
        return callback_failed(p, err);
    return 0;
}

/* Scan d[*pi..n) for the delimiter. Returns 1 when it ended at *pi, 0 when
 * the data ran out (*pi = n), -1 on an error. */
static int scan(mp_parser *p, const uint8_t *d, size_t n, size_t *pi, tess_error *err) {
    size_t i = *pi;
    while (i < n) {
        if (p->match > 0) {
            size_t k = p->dlen - p->match;
            if (k > n - i) k = n - i;
            if (memcmp(d + i, p->delim + p->match, k) == 0) {
                p->match += k;
                i += k;
                if (p->match == p->dlen) {
                    p->match = 0;
                    *pi = i;
                    return 1;
                }
                continue;
            }
            size_t held = p->match;
            p->match = 0;
            if (emit(p, p->delim, held, err) != 0) return -1;
            continue;
        }
        const uint8_t *q = memchr(d + i, '\r', n - i);
        size_t end = q ? (size_t)(q - d) : n;
        if (end > i && emit(p, d + i, end - i, err) != 0) return -1;
        i = end;
        if (!q) break;
        p->match = 1;
        i++;
    }
    *pi = i;
    return 0;
}

static void trim_copy(char *dst, size_t cap, const char *s, size_t n) {
    while (n && is_ws(*s)) s++, n--;
    while (n && is_ws(s[n - 1])) n--;
    if (n >= cap) n = cap - 1;
    memcpy(dst, s, n);
    dst[n] = '\0';
}

/* One complete header line (without its line end). */
static int header_line(mp_parser *p, const char *l, size_t n, tess_error *err) {
    unsigned long long part = (unsigned long long)p->part.index + 1;
    if (is_ws(l[0]))
        return fail_as(p, MP_ERR_SYNTAX, err,
                       "multipart: part %llu: folded header lines are not supported", part);
    const char *colon = memchr(l, ':', n);
    if (!colon || colon == l)
        return fail_as(p, MP_ERR_SYNTAX, err, "multipart: part %llu: header line '%.60s' has "
                                              "no name: value", part, l);
    size_t nl = (size_t)(colon - l);
    const char *v = colon + 1;
    size_t vl = n - nl - 1;
    if (nl == 12 && strncasecmp(l, "Content-Type", 12) == 0) {
        if (vl >= MP_HEADER_VALUE_MAX)
            return fail_as(p, MP_ERR_LIMIT, err, "multipart: part %llu: Content-Type is over "
                                                 "%d bytes", part, MP_HEADER_VALUE_MAX - 1);
        trim_copy(p->part.content_type, sizeof p->part.content_type, v, vl);
    } else if (nl == 16 && strncasecmp(l, "Content-Location", 16) == 0) {
        if (vl >= MP_HEADER_VALUE_MAX)
            return fail_as(p, MP_ERR_LIMIT, err, "multipart: part %llu: Content-Location is "
                                                 "over %d bytes", part, MP_HEADER_VALUE_MAX - 1);
        trim_copy(p->part.content_location, sizeof p->part.content_location, v, vl);
    } else if (nl == 25 && strncasecmp(l, "Content-Transfer-Encoding", 25) == 0) {
        char te[64];
        trim_copy(te, sizeof te, v, vl);
        for (char *c = te; *c; c++) *c = (char)tolower((unsigned char)*c);
        if (strcmp(te, "binary") != 0 && strcmp(te, "8bit") != 0 && strcmp(te, "7bit") != 0)
            return fail_as(p, MP_ERR_SYNTAX, err, "multipart: part %llu: Content-Transfer-"
                                                  "Encoding '%.30s' is not supported (binary "
                                                  "only)", part, te);
        memcpy(p->part.transfer_encoding, te, strlen(te) + 1);   /* one of the three above */
    } else if (nl == 14 && strncasecmp(l, "Content-Length", 14) == 0) {
        char num[32];
        trim_copy(num, sizeof num, v, vl);
        size_t dn = strspn(num, "0123456789");
        if (dn == 0 || num[dn] || dn > 18)
            return fail_as(p, MP_ERR_SYNTAX, err, "multipart: part %llu: Content-Length "
                                                  "'%.30s' is not a number", part, num);
        unsigned long long cl = strtoull(num, NULL, 10);
        if (cl > p->lim.max_part_bytes)
            return fail_as(p, MP_ERR_LIMIT, err, "multipart: part %llu: Content-Length %llu "
                                                 "is over the limit of %llu bytes per part",
                           part, cl, (unsigned long long)p->lim.max_part_bytes);
        p->part.content_length = (int64_t)cl;
    }
    return 0;
}

static int begin_headers(mp_parser *p, tess_error *err) {
    if (p->parts >= p->lim.max_parts)
        return fail_as(p, MP_ERR_LIMIT, err, "multipart: more than %llu parts",
                       (unsigned long long)p->lim.max_parts);
    memset(&p->part, 0, sizeof p->part);
    p->part.index = p->parts++;
    p->part.content_length = -1;
    p->llen = 0;
    p->state = ST_HEADERS;
    return 0;
}

static int end_part(mp_parser *p, tess_error *err) {
    if (p->part.content_length >= 0 && p->part_bytes != (uint64_t)p->part.content_length)
        return fail_as(p, MP_ERR_SYNTAX, err, "multipart: part %llu holds %llu bytes, not its "
                                              "Content-Length of %lld",
                       (unsigned long long)p->part.index + 1,
                       (unsigned long long)p->part_bytes, (long long)p->part.content_length);
    if (p->cb.part_end && p->cb.part_end(p->ctx, err) != 0) return callback_failed(p, err);
    return 0;
}

int mp_feed(mp_parser *p, const uint8_t *d, size_t n, tess_error *err) {
    if (p->state == ST_FAILED) return tess_fail(err, "multipart: the parser failed before");
    /* past the total limit, the bytes up to it are parsed first, so that an
     * error in them wins whatever the piece sizes */
    bool over = n > p->lim.max_total - p->total;
    if (over) n = (size_t)(p->lim.max_total - p->total);
    p->total += n;
    size_t i = 0;
    while (i < n) {
        switch (p->state) {
        case ST_PREAMBLE:
        case ST_BODY: {
            int rc = scan(p, d, n, &i, err);
            if (rc < 0) return -1;
            if (rc == 1) {
                if (p->state == ST_BODY && end_part(p, err) != 0) return -1;
                p->state = ST_AFTER_DELIM;
                p->hblock = 0;
            }
            break;
        }
        case ST_AFTER_DELIM:
        case ST_AFTER_DASH:
        case ST_PADDING:
        case ST_PAD_CR: {
            uint8_t c = d[i++];
            if (++p->hblock > p->lim.max_header_block)
                return fail_as(p, MP_ERR_LIMIT, err, "multipart: transport padding after "
                                                     "delimiter %llu is over %zu bytes",
                               (unsigned long long)p->parts + 1, p->lim.max_header_block);
            if (p->state == ST_AFTER_DASH) {
                if (c != '-')
                    return fail_as(p, MP_ERR_SYNTAX, err, "multipart: '-%c' after a delimiter "
                                                          "(\"--\" or a line end expected)",
                                   isprint(c) ? c : '?');
                p->state = ST_EPILOGUE;
            } else if (p->state == ST_PAD_CR) {
                if (c != '\n')
                    return fail_as(p, MP_ERR_SYNTAX, err,
                                   "multipart: CR without LF after a delimiter");
                if (begin_headers(p, err) != 0) return -1;
            } else if (c == '-' && p->state == ST_AFTER_DELIM) {
                p->state = ST_AFTER_DASH;
            } else if (is_ws(c)) {
                p->state = ST_PADDING;
            } else if (c == '\r') {
                p->state = ST_PAD_CR;
            } else if (c == '\n') {
                if (begin_headers(p, err) != 0) return -1;
            } else {
                return fail_as(p, MP_ERR_SYNTAX, err, "multipart: the delimiter is followed by "
                                                      "'%c' (a line end or \"--\" expected)",
                               isprint(c) ? c : '?');
            }
            break;
        }
        case ST_HEADERS: {
            const uint8_t *nlp = memchr(d + i, '\n', n - i);
            size_t end = nlp ? (size_t)(nlp - d) + 1 : n;
            size_t k = end - i;
            if (k > p->lim.max_header_block - p->hblock)
                return fail_as(p, MP_ERR_LIMIT, err, "multipart: the headers of part %llu are "
                                                     "over %zu bytes",
                               (unsigned long long)p->part.index + 1, p->lim.max_header_block);
            p->hblock += k;
            memcpy(p->line + p->llen, d + i, k);
            p->llen += k;
            i = end;
            if (!nlp) break;
            size_t ll = p->llen - 1;                  /* without LF */
            if (ll && p->line[ll - 1] == '\r') ll--;
            p->line[ll] = '\0';
            p->llen = 0;
            if (ll == 0) {
                p->state = ST_BODY;
                p->part_bytes = 0;
                p->match = 0;
                if (p->cb.part_begin && p->cb.part_begin(p->ctx, &p->part, err) != 0)
                    return callback_failed(p, err);
                break;
            }
            if (memchr(p->line, '\0', ll))
                return fail_as(p, MP_ERR_SYNTAX, err, "multipart: part %llu: NUL in a header",
                               (unsigned long long)p->part.index + 1);
            if (header_line(p, p->line, ll, err) != 0) return -1;
            break;
        }
        case ST_EPILOGUE:
            i = n;
            break;
        case ST_FAILED:
            return -1;
        }
    }
    if (over)
        return fail_as(p, MP_ERR_LIMIT, err, "multipart: the body is over the limit of %llu "
                                             "bytes", (unsigned long long)p->lim.max_total);
    return 0;
}

int mp_finish(mp_parser *p, tess_error *err) {
    switch (p->state) {
    case ST_EPILOGUE: return 0;
    case ST_FAILED: return tess_fail(err, "multipart: the parser failed before");
    case ST_PREAMBLE:
        return fail_as(p, MP_ERR_SYNTAX, err, "multipart: the body holds no delimiter "
                                              "(\"--\" + the boundary of the Content-Type)");
    case ST_BODY:
        return fail_as(p, MP_ERR_SYNTAX, err, "multipart: the body ended inside part %llu "
                                              "(no close delimiter)",
                       (unsigned long long)p->part.index + 1);
    case ST_HEADERS:
        return fail_as(p, MP_ERR_SYNTAX, err, "multipart: the body ended inside the headers "
                                              "of part %llu", (unsigned long long)p->part.index + 1);
    default:
        return fail_as(p, MP_ERR_SYNTAX, err, "multipart: the body ended after a delimiter "
                                              "without the close delimiter");
    }
}
