/*
 * route.c - route patterns: compiling them once at server start and
 * matching request paths against them.
 *
 * A pattern is a '/'-separated list of segments: a literal, "{name}" (one
 * non-empty segment; the name is documentation only) or, last, "{*}" (the
 * rest of the path after the preceding '/', possibly empty). Matching is
 * done on the raw path split at '/', each segment percent-decoded on its
 * own, so "/a%2Fb/c" has two segments, "a/b" and "c", and matches
 * "/{x}/c". Literal segments compare with the decoded segment. Routes are
 * tried in order; the first whose pattern and method match wins.
 */
#include "http/http_internal.h"

#include <stdio.h>
#include <string.h>

int http_route_compile(arena *a, const http_route *in, http_route_c *out, tess_error *err) {
    const char *pat = in->pattern;
    if (!pat || pat[0] != '/')
        return tess_fail(err, "route pattern must start with '/': %s", pat ? pat : "(null)");
    if (!in->method || !in->method[0])
        return tess_fail(err, "route without a method: %s", pat);
    if (!in->handler) return tess_fail(err, "route without a handler: %s %s", in->method, pat);
    memset(out, 0, sizeof *out);
    out->r = *in;
    out->r.method = arena_memdup(a, in->method, strlen(in->method));
    out->r.pattern = arena_memdup(a, pat, strlen(pat));
    size_t nsegs = 1;
    for (const char *p = pat + 1; *p; p++) nsegs += *p == '/';
    out->segs = arena_calloc(a, nsegs * sizeof *out->segs);
    if (!out->r.method || !out->r.pattern || !out->segs)
        return tess_fail(err, "out of memory compiling route %s", pat);
    const char *p = out->r.pattern + 1;
    for (size_t i = 0; i < nsegs; i++) {
        const char *slash = strchr(p, '/');
        size_t len = slash ? (size_t)(slash - p) : strlen(p);
        http_seg *s = &out->segs[i];
        if (len >= 2 && p[0] == '{' && p[len - 1] == '}') {
            if (len == 3 && p[1] == '*') {
                if (i != nsegs - 1)
                    return tess_fail(err, "route pattern %s: {*} must be the last segment", pat);
                s->kind = HTTP_SEG_REST;
            } else {
                if (len == 2 || memchr(p + 1, '{', len - 2) || memchr(p + 1, '}', len - 2))
                    return tess_fail(err, "route pattern %s: bad parameter segment", pat);
                s->kind = HTTP_SEG_PARAM;
            }
        } else {
            if (memchr(p, '{', len) || memchr(p, '}', len))
                return tess_fail(err, "route pattern %s: a parameter must be a whole segment",
                                 pat);
            s->kind = HTTP_SEG_LIT;
            s->lit = p;
            s->len = len;
        }
        p += len + 1;
    }
    size_t nparams = 0;
    for (size_t i = 0; i < nsegs; i++) nparams += out->segs[i].kind != HTTP_SEG_LIT;
    if (nparams > HTTP_MAX_PATH_PARAMS)
        return tess_fail(err, "route pattern %s: more than %d parameters", pat,
                         HTTP_MAX_PATH_PARAMS);
    out->nsegs = nsegs;
    return 0;
}

int http_path_split(arena *a, const char *raw, http_path *out, tess_error *err) {
    memset(out, 0, sizeof *out);
    out->raw = raw;
    size_t nsegs = 1;
    for (const char *p = raw + 1; *p; p++) nsegs += *p == '/';
    out->seg_raw = arena_alloc(a, nsegs * sizeof *out->seg_raw);
    out->seg_raw_len = arena_alloc(a, nsegs * sizeof *out->seg_raw_len);
    out->seg = arena_alloc(a, nsegs * sizeof *out->seg);
    if (!out->seg_raw || !out->seg_raw_len || !out->seg)
        return tess_fail(err, "out of memory splitting the path");
    const char *p = raw + 1;
    for (size_t i = 0; i < nsegs; i++) {
        const char *slash = strchr(p, '/');
        size_t len = slash ? (size_t)(slash - p) : strlen(p);
        out->seg_raw[i] = p;
        out->seg_raw_len[i] = len;
        out->seg[i] = arena_alloc(a, len + 1);
        if (!out->seg[i]) return tess_fail(err, "out of memory splitting the path");
        if (http_pct_decode(out->seg[i], p, len, false) < 0)
            return tess_fail(err, "malformed percent-encoding in path segment %zu", i + 1);
        p += len + 1;
    }
    out->nsegs = nsegs;
    return 0;
}

static bool method_ok(const char *route_method, const char *method) {
    return strcmp(route_method, "*") == 0 || strcmp(route_method, method) == 0 ||
           (strcmp(method, "HEAD") == 0 && strcmp(route_method, "GET") == 0);
}

/* Does path match r's pattern? Fills params (decoded, in a) when it does. */
static int pattern_match(arena *a, const http_route_c *r, const http_path *path,
                         char **params, unsigned *nparams) {
    unsigned np = 0;
    for (size_t i = 0; i < r->nsegs; i++) {
        const http_seg *s = &r->segs[i];
        if (s->kind == HTTP_SEG_REST) {
            /* The rest: raw from segment i on (or "" when the path ends
             * right at the '/' before it), decoded as a whole. */
            if (i >= path->nsegs) return 0;
            const char *start = path->seg_raw[i];
            size_t len = strlen(start);
            char *d = arena_alloc(a, len + 1);
            if (!d || http_pct_decode(d, start, len, false) < 0) return -1;
            params[np++] = d;
            *nparams = np;
            return 1;
        }
        if (i >= path->nsegs) return 0;
        if (s->kind == HTTP_SEG_PARAM) {
            if (!path->seg[i][0]) return 0;
            params[np++] = path->seg[i];
        } else if (strlen(path->seg[i]) != s->len || memcmp(path->seg[i], s->lit, s->len) != 0) {
            return 0;
        }
    }
    if (path->nsegs != r->nsegs) return 0;
    *nparams = np;
    return 1;
}

http_match_result http_route_match(arena *a, const http_route_c *routes, size_t nroutes,
                                   const char *method, const http_path *path, size_t *which,
                                   char **params, unsigned *nparams, char *allow,
                                   size_t allow_cap) {
    bool path_seen = false;
    size_t allow_len = 0;
    if (allow_cap) allow[0] = '\0';
    for (size_t i = 0; i < nroutes; i++) {
        int m = pattern_match(a, &routes[i], path, params, nparams);
        if (m < 0) return HTTP_MATCH_ERROR;
        if (!m) continue;
        if (method_ok(routes[i].r.method, method)) {
            *which = i;
            return HTTP_MATCH_OK;
        }
        path_seen = true;
        /* Collect the methods for the Allow header (no duplicates). */
        const char *rm = routes[i].r.method;
        size_t rl = strlen(rm);
        bool dup = false;
        for (const char *p = allow; p && *p;) {
            const char *e = strstr(p, ", ");
            size_t l = e ? (size_t)(e - p) : strlen(p);
            if (l == rl && memcmp(p, rm, l) == 0) dup = true;
            p = e ? e + 2 : NULL;
        }
        if (!dup && allow_len + rl + 3 <= allow_cap) {
            allow_len += (size_t)snprintf(allow + allow_len, allow_cap - allow_len, "%s%s",
                                          allow_len ? ", " : "", rm);
        }
    }
    return path_seen ? HTTP_MATCH_NO_METHOD : HTTP_MATCH_NO_PATH;
}
