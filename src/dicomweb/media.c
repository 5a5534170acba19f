/*
 * media.c - Accept parsing, pixel media negotiation and the multipart
 * writer of WADO-RS (see media.h).
 */
#include "dicomweb/media.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "util/id.h"

static const char *skip_ows(const char *p, const char *end) {
    while (p < end && (*p == ' ' || *p == '\t')) p++;
    return p;
}

static bool tchar(char c) {
    return isalnum((unsigned char)c) || strchr("!#$%&'*+-.^_`|~/", c) != NULL;
}

/* Copy [p, p+n) into out (cap), lowercased when lower; false if it does
 * not fit. */
static bool put(char *out, size_t cap, const char *p, size_t n, bool lower) {
    if (n >= cap) return false;
    for (size_t i = 0; i < n; i++) out[i] = lower ? (char)tolower((unsigned char)p[i]) : p[i];
    out[n] = '\0';
    return true;
}

/* q: "0", "1", "0.xyz", "1.000"; -1 when malformed. */
static int parse_q(const char *v) {
    if (v[0] != '0' && v[0] != '1') return -1;
    int q = (v[0] - '0') * 1000;
    if (v[1] == '\0') return q;
    if (v[1] != '.') return -1;
    int scale = 100;
    for (const char *p = v + 2; *p; p++) {
        if (!isdigit((unsigned char)*p) || scale == 0) return -1;
        q += (*p - '0') * scale;
        scale /= 10;
    }
    return q > 1000 ? -1 : q;
}

/* One media range at [p, end) (no top-level commas). 0 or -1. */
static int parse_range(const char *p, const char *end, dw_media_range *r) {
    memset(r, 0, sizeof *r);
    r->q = 1000;
    r->usable = true;
    p = skip_ows(p, end);
    const char *t = p;
    while (p < end && tchar(*p)) p++;
    const char *slash = memchr(t, '/', (size_t)(p - t));
    if (p == t || !slash || slash == t || slash == p - 1) return -1;
    if (!put(r->type, sizeof r->type, t, (size_t)(p - t), true)) r->usable = false;
    for (;;) {
        p = skip_ows(p, end);
        if (p == end) break;
        if (*p != ';') return -1;
        p = skip_ows(p + 1, end);
        if (p == end) break;  /* a trailing ';' is tolerated */
        const char *name = p;
        while (p < end && tchar(*p) && *p != '/') p++;
        size_t nlen = (size_t)(p - name);
        if (nlen == 0) return -1;
        p = skip_ows(p, end);
        if (p == end || *p != '=') return -1;
        p = skip_ows(p + 1, end);
        char val[128];
        size_t vl = 0;
        bool fits = true;
        if (p < end && *p == '"') {
            p++;
            for (;;) {
                if (p == end) return -1;
                char c = *p++;
                if (c == '"') break;
                if (c == '\\') {
                    if (p == end) return -1;
                    c = *p++;
                }
                if (vl + 1 < sizeof val) val[vl++] = c;
                else fits = false;
            }
        } else {
            const char *v = p;
            while (p < end && tchar(*p)) p++;
            if (p == v) return -1;
            if ((size_t)(p - v) < sizeof val) {
                memcpy(val, v, (size_t)(p - v));
                vl = (size_t)(p - v);
            } else {
                fits = false;
            }
        }
        val[vl] = '\0';
        if (nlen == 1 && tolower((unsigned char)name[0]) == 'q') {
            int q = fits ? parse_q(val) : -1;
            if (q < 0) return -1;
            r->q = (unsigned)q;
        } else if (nlen == 4 && strncasecmp(name, "type", 4) == 0) {
            if (!fits || !put(r->part_type, sizeof r->part_type, val, vl, true)) r->usable = false;
        } else if (nlen == 15 && strncasecmp(name, "transfer-syntax", 15) == 0) {
            if (!fits || !put(r->ts, sizeof r->ts, val, vl, false)) r->usable = false;
        }
    }
    if (r->q == 0) r->usable = false;
    return 0;
}

int dw_accept_parse(const char *h, dw_media_range *out, size_t cap, size_t *n) {
    *n = 0;
    if (!h) return 0;
    size_t len = strlen(h);
    if (len > DW_ACCEPT_MAX_LEN) return -1;
    if (cap > DW_ACCEPT_MAX_RANGES) cap = DW_ACCEPT_MAX_RANGES;
    const char *p = h, *end = h + len;
    while (p < end) {
        /* the element ends at a comma outside quotes */
        const char *e = p;
        bool quoted = false;
        while (e < end && (quoted || *e != ',')) {
            if (quoted && *e == '\\' && e + 1 < end) e++;
            else if (*e == '"') quoted = !quoted;
            e++;
        }
        if (quoted) return -1;
        const char *s = skip_ows(p, e);
        if (s < e) {  /* empty elements are allowed (RFC 9110 5.6.1) */
            dw_media_range r;
            if (parse_range(s, e, &r) != 0) return -1;
            if (*n < cap) out[(*n)++] = r;
        }
        p = e < end ? e + 1 : e;
    }
    /* stable sort by q, highest first (insertion: at most 32 entries) */
    for (size_t i = 1; i < *n; i++) {
        dw_media_range r = out[i];
        size_t j = i;
        while (j > 0 && out[j - 1].q < r.q) {
            out[j] = out[j - 1];
            j--;
        }
        out[j] = r;
    }
    return 0;
}

static bool ts_is(const char *ts, const char *prefix, const char *const *suffixes) {
    size_t pl = strlen(prefix);
    if (strncmp(ts, prefix, pl) != 0) return false;
    for (; *suffixes; suffixes++)
        if (strcmp(ts + pl, *suffixes) == 0) return true;
    return false;
}

bool dw_media_fits_ts(const char *media, const char *ts) {
    static const char *const htj2k[] = {"201", "202", "203", NULL};
    static const char *const j2k[] = {"90", "91", "92", "93", NULL};
    static const char *const jpeg[] = {"50", "51", "57", "70", NULL};
    static const char *const jls[] = {"80", "81", NULL};
    static const char *const jxl[] = {"110", "111", "112", NULL};
    const char *p = "1.2.840.10008.1.2.4.";
    if (strcmp(media, "image/*") == 0) return strncmp(ts, p, strlen(p)) == 0 ||
                                              strcmp(ts, "1.2.840.10008.1.2.5") == 0;
    /* image/jhc: what dicomweb-client 0.11.3 asks for HTJ2K (not a
     * registered type; accepted as an alias of image/jphc) */
    if (strcmp(media, "image/jphc") == 0 || strcmp(media, "image/jph") == 0 ||
        strcmp(media, "image/jhc") == 0)
        return ts_is(ts, p, htj2k);
    if (strcmp(media, "image/jp2") == 0 || strcmp(media, "image/j2c") == 0 ||
        strcmp(media, "image/jpx") == 0)
        return ts_is(ts, p, j2k);
    if (strcmp(media, "image/jpeg") == 0) return ts_is(ts, p, jpeg);
    if (strcmp(media, "image/jls") == 0) return ts_is(ts, p, jls);
    if (strcmp(media, "image/jxl") == 0) return ts_is(ts, p, jxl);
    if (strcmp(media, "image/dicom-rle") == 0) return strcmp(ts, "1.2.840.10008.1.2.5") == 0;
    return false;
}

static void choose(dw_choice *out, bool multipart, const char *media, const char *ts) {
    out->multipart = multipart;
    snprintf(out->media, sizeof out->media, "%s", media);
    snprintf(out->ts, sizeof out->ts, "%s", ts);
}

/* The transfer syntax to send for an explicit or absent request `want`
 * when the default (absent) is `dflt`; NULL when not acceptable. */
static const char *pick_ts(const char *want, const char *stored, const char *dflt) {
    if (!want[0]) return dflt;
    if (strcmp(want, "*") == 0) return stored[0] ? stored : DW_TS_ELE;
    if (stored[0] && strcmp(want, stored) == 0) return stored;
    if (strcmp(want, DW_TS_ELE) == 0) return DW_TS_ELE;
    return NULL;
}

bool dw_negotiate(const dw_media_range *r, size_t n, dw_resource res, const char *stored_ts,
                  bool single_ok, dw_choice *out) {
    const char *base = res == DW_RES_INSTANCE ? "application/dicom" : "application/octet-stream";
    if (n == 0) {
        choose(out, true, base, DW_TS_ELE);
        return true;
    }
    for (size_t i = 0; i < n; i++) {
        if (!r[i].usable) continue;
        bool multipart;
        const char *media;
        if (strcmp(r[i].type, "multipart/related") == 0 || strcmp(r[i].type, "multipart/*") == 0) {
            multipart = true;
            media = r[i].part_type[0] ? r[i].part_type : base;
        } else if (strcmp(r[i].type, "*/*") == 0) {
            multipart = true;
            media = "*/*";
        } else {
            if (!single_ok) continue;
            multipart = false;
            media = r[i].type;
        }
        if (strcmp(media, "*/*") == 0) {
            const char *ts = pick_ts(r[i].ts, stored_ts, DW_TS_ELE);
            if (!ts) continue;
            choose(out, multipart, base, ts);
            return true;
        }
        if (strcmp(media, base) == 0) {
            const char *ts = pick_ts(r[i].ts, stored_ts, DW_TS_ELE);
            if (!ts) continue;
            choose(out, multipart, base, ts);
            return true;
        }
        if (res == DW_RES_FRAMES && stored_ts[0] && dw_media_fits_ts(media, stored_ts)) {
            /* image/...: the stored codec only (no transcoding between codecs) */
            const char *ts = pick_ts(r[i].ts, stored_ts, stored_ts);
            if (!ts || strcmp(ts, stored_ts) != 0) continue;
            choose(out, multipart, strcmp(media, "image/*") == 0 ? "" : media, stored_ts);
            return true;
        }
    }
    return false;
}

void dw_boundary_new(char out[DW_BOUNDARY_LEN]) {
    char id[TESS_ID_LEN + 1];
    if (tess_id_new(id) != 0) snprintf(id, sizeof id, "%032x", 0x7e55e4a);
    snprintf(out, DW_BOUNDARY_LEN, "tessera-%s", id);
}

void dw_multipart_content_type(char *out, size_t cap, const char *type, const char *ts,
                               const char *boundary) {
    if (ts && ts[0])
        snprintf(out, cap, "multipart/related; type=\"%s\"; transfer-syntax=%s; boundary=%s", type,
                 ts, boundary);
    else
        snprintf(out, cap, "multipart/related; type=\"%s\"; boundary=%s", type, boundary);
}

void dw_part_begin(tess_buf *b, const char *boundary, const char *content_type,
                   uint64_t length, const char *location) {
    tess_buf_printf(b, "--%s\r\nContent-Type: %s\r\n", boundary, content_type);
    if (length != UINT64_MAX)
        tess_buf_printf(b, "Content-Length: %llu\r\n", (unsigned long long)length);
    if (location) tess_buf_printf(b, "Content-Location: %s\r\n", location);
    tess_buf_puts(b, "\r\n");
}

void dw_part_end(tess_buf *b) { tess_buf_puts(b, "\r\n"); }

void dw_multipart_end(tess_buf *b, const char *boundary) {
    tess_buf_printf(b, "--%s--\r\n", boundary);
}
