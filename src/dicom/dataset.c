/*
 * dataset.c - object-model helpers: lookup, insertion, value access (see
 * dataset.h).
 */
#include "dicom/dataset.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

dcm_element *dcm_dataset_find(const dcm_dataset *ds, uint32_t tag) {
    uint32_t lo = 0, hi = ds->n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        uint32_t t = ds->el[mid].tag;
        if (t == tag) return &ds->el[mid];
        if (t < tag) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

dcm_element *dcm_dataset_add(dcm_dataset *ds, arena *a, const dcm_element *e,
                             bool *dup, tess_error *err) {
    *dup = false;
    if (ds->n == ds->cap) {
        uint32_t cap = ds->cap ? ds->cap * 2 : 16;
        dcm_element *el = arena_alloc(a, (size_t)cap * sizeof *el);
        if (!el) { tess_fail(err, "out of memory (element table of %u)", cap); return NULL; }
        if (ds->n) memcpy(el, ds->el, ds->n * sizeof *el);
        ds->el = el;
        ds->cap = cap;
    }
    uint32_t at = ds->n;
    if (at && ds->el[at - 1].tag >= e->tag) {
        /* out of order: find the insertion point */
        uint32_t lo = 0, hi = ds->n;
        while (lo < hi) {
            uint32_t mid = lo + (hi - lo) / 2;
            if (ds->el[mid].tag < e->tag) lo = mid + 1;
            else hi = mid;
        }
        if (lo < ds->n && ds->el[lo].tag == e->tag) {
            *dup = true;
            return &ds->el[lo];
        }
        memmove(&ds->el[lo + 1], &ds->el[lo], (ds->n - lo) * sizeof *ds->el);
        at = lo;
    }
    ds->el[at] = *e;
    ds->n++;
    return &ds->el[at];
}

int dcm_file_read_range(const dcm_file *f, uint64_t offset, void *dst, size_t n,
                        tess_error *err) {
    if (f->fd < 0) return tess_fail(err, "value at offset %llu was not loaded and the source is gone",
                                    (unsigned long long)offset);
    uint8_t *d = dst;
    while (n) {
        ssize_t r = pread(f->fd, d, n, (off_t)offset);
        if (r < 0) {
            if (errno == EINTR) continue;
            return tess_fail(err, "read at offset %llu: %s", (unsigned long long)offset, strerror(errno));
        }
        if (r == 0) return tess_fail(err, "file shrank: offset %llu is past its end", (unsigned long long)offset);
        d += r;
        offset += (uint64_t)r;
        n -= (size_t)r;
    }
    return 0;
}

int dcm_file_value(dcm_file *f, dcm_element *e, const uint8_t **out, tess_error *err) {
    if (e->flags & DCM_EL_LOADED) { *out = e->value; return 0; }
    if (e->vr == DCM_VR_SQ || (e->flags & DCM_EL_ENCAPSULATED))
        return tess_fail(err, "(%04X,%04X) has no flat value", DCM_GROUP(e->tag), DCM_ELEM(e->tag));
    uint8_t *p = arena_alloc(&f->arena, (size_t)e->length + 1);
    if (!p) return tess_fail(err, "out of memory loading (%04X,%04X) of %u bytes",
                             DCM_GROUP(e->tag), DCM_ELEM(e->tag), e->length);
    if (dcm_file_read_range(f, e->offset, p, e->length, err) != 0) return -1;
    p[e->length] = 0;
    if (e->flags & DCM_EL_SWAP) dcm_swap_values((dcm_vr)e->vr, p, e->length);
    e->value = p;
    e->flags = (uint8_t)((e->flags | DCM_EL_LOADED) & ~DCM_EL_SWAP);
    *out = p;
    return 0;
}

static bool is_pad(dcm_vr vr, char c) {
    if (c == ' ') return true;
    if (c == '\0') return true;   /* UI pads with NUL; tolerate it anywhere */
    (void)vr;
    return false;
}

const char *dcm_string_value(const dcm_element *e, unsigned i, size_t *len) {
    if (!(e->flags & DCM_EL_LOADED) || !e->value) return NULL;
    const char *p = (const char *)e->value, *end = p + e->length;
    bool single = e->vr == DCM_VR_LT || e->vr == DCM_VR_ST || e->vr == DCM_VR_UT ||
                  e->vr == DCM_VR_UR;
    const char *start = p;
    unsigned k = 0;
    for (;;) {
        const char *sep = single ? NULL : memchr(start, '\\', (size_t)(end - start));
        const char *stop = sep ? sep : end;
        if (k == i) {
            const char *a = start, *b = stop;
            while (b > a && is_pad((dcm_vr)e->vr, b[-1])) b--;
            /* leading spaces are insignificant except in text VRs */
            if (!single) while (a < b && *a == ' ') a++;
            *len = (size_t)(b - a);
            return a;
        }
        if (!sep) return NULL;
        start = sep + 1;
        k++;
    }
}

unsigned dcm_string_count(const dcm_element *e) {
    if (!(e->flags & DCM_EL_LOADED) || !e->value || e->length == 0) return 0;
    bool single = e->vr == DCM_VR_LT || e->vr == DCM_VR_ST || e->vr == DCM_VR_UT ||
                  e->vr == DCM_VR_UR;
    /* a value of only padding counts as empty */
    uint32_t k = 0;
    while (k < e->length && is_pad((dcm_vr)e->vr, (char)e->value[k])) k++;
    if (k == e->length) return 0;
    if (single) return 1;
    unsigned n = 1;
    for (uint32_t j = 0; j < e->length; j++) n += e->value[j] == '\\';
    return n;
}

bool dcm_element_int(const dcm_element *e, long *out) {
    if (!(e->flags & DCM_EL_LOADED) || !e->value) return false;
    const uint8_t *p = e->value;
    switch (e->vr) {
    case DCM_VR_US: if (e->length < 2) return false; *out = p[0] | p[1] << 8; return true;
    case DCM_VR_SS: if (e->length < 2) return false; *out = (int16_t)(p[0] | p[1] << 8); return true;
    case DCM_VR_UL: if (e->length < 4) return false;
        *out = (long)((uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24);
        return true;
    case DCM_VR_SL: if (e->length < 4) return false;
        *out = (int32_t)((uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24);
        return true;
    case DCM_VR_IS: {
        size_t n;
        const char *s = dcm_string_value(e, 0, &n);
        if (!s || !n || n > 15) return false;
        char tmp[16];
        memcpy(tmp, s, n);
        tmp[n] = 0;
        char *endp;
        errno = 0;
        long v = strtol(tmp, &endp, 10);
        if (errno || *endp) return false;
        *out = v;
        return true;
    }
    default:
        return false;
    }
}

void dcm_swap_values(dcm_vr vr, uint8_t *p, size_t n) {
    dcm_swap_units(p, n, vr == DCM_VR_AT ? 2 : dcm_vr_unit_size(vr));
}

void dcm_swap_units(uint8_t *p, size_t n, unsigned u) {
    if (u < 2) return;
    for (size_t i = 0; i + u <= n; i += u)
        for (unsigned a = 0, b = u - 1; a < b; a++, b--) {
            uint8_t t = p[i + a];
            p[i + a] = p[i + b];
            p[i + b] = t;
        }
}

void dcm_file_warn(dcm_file *f, const char *fmt, ...) {
    if (f->warnings++ == 0) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(f->warning, sizeof f->warning, fmt, ap);
        va_end(ap);
    }
}

void dcm_file_free(dcm_file *f) {
    if (!f) return;
    if (f->own_fd && f->fd >= 0) close(f->fd);
    arena a = f->arena;
    arena_destroy(&a);   /* f itself lives in its arena */
}
