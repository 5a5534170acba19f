/*
 * tlm.c - the HTJ2K tile-part splitter and its checker (see tlm.h).
 *
 * References: ITU-T T.800 (JPEG 2000 Part 1) A.4-A.7 (markers), B.5-B.7
 * (subband and code-block geometry), B.10 (packet headers: tag trees,
 * pass-count codewords, Lblock, bit stuffing); ITU-T T.814 (Part 15, HTJ2K)
 * for the HT segment lengths: the cleanup pass is its own codeword segment
 * (Lblock bits) and the optional SigProp/MagRef passes form a second one
 * (Lblock + floor(log2(passes - 1)) bits).
 *
 * With one tile, one layer and one precinct per resolution, RPCL writes the
 * packets as r = 0..N, then c = 0..C-1, and each packet's tag trees start
 * fresh, so each packet is parsed on its own.
 */
#include "pixel/tlm.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_COMPONENTS 16u
#define MAX_LEVELS 32u
#define MAX_TLM_ENTRIES 256u
#define MAX_CBLKS_PER_BAND (1u << 20)
#define MAX_CBLKS_TOTAL (1u << 22)  /* bounds the parsing work of a hostile header */
#define MAX_DIM 65535u              /* PX_MAX_DIM */
#define MAX_MISSING_MSBS 74      /* T.800 Table A.11: at most 38 bits + guard bits */
#define TT_UNKNOWN 0x7FFFFFFF

#define M_SOC 0xFF4F
#define M_CAP 0xFF50
#define M_SIZ 0xFF51
#define M_COD 0xFF52
#define M_COC 0xFF53
#define M_TLM 0xFF55
#define M_PLM 0xFF57
#define M_CPF 0xFF59
#define M_QCD 0xFF5C
#define M_QCC 0xFF5D
#define M_RGN 0xFF5E
#define M_POC 0xFF5F
#define M_PPM 0xFF60
#define M_CRG 0xFF63
#define M_COM 0xFF64
#define M_NLT 0xFF76
#define M_SOT 0xFF90
#define M_SOD 0xFF93
#define M_EOC 0xFFD9

typedef struct cs_info {
    uint32_t w, h;
    unsigned comps;
    unsigned levels;            /* decomposition levels N; N+1 resolutions */
    unsigned xcb, ycb;          /* log2 of the nominal code-block size */
    size_t sot;                 /* offset of the first SOT (end of the main header) */
    bool has_tlm;
    unsigned ntlm;
    uint32_t tlm[MAX_TLM_ENTRIES];
} cs_info;

typedef struct band {
    uint32_t ncbx, ncby;        /* code-blocks across and down (0 when empty) */
} band;

/* Tag tree storage for the two trees of one subband, reused across packets. */
typedef struct work {
    int32_t *mem;
    size_t cap;                 /* int32 elements */
} work;

typedef struct tagtree {
    unsigned nlev;
    uint32_t w[34], off[34];
    int32_t *val, *low;
} tagtree;

typedef struct bitrd {
    const uint8_t *p;
    size_t pos, end;
    unsigned cur;
    int left;
    bool last_ff;
} bitrd;

__attribute__((format(printf, 3, 4)))
static int fail_at(tess_error *err, size_t off, const char *fmt, ...) {
    char msg[TESS_ERROR_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return tess_fail(err, "J2K codestream offset %zu: %s", off, msg);
}

static uint16_t rd16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }

static uint32_t rd32(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void wr16(uint8_t *p, unsigned v) {
    p[0] = (uint8_t)(v >> 8);
    p[1] = (uint8_t)v;
}

static void wr32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}

static uint64_t ceil_div_pow2(uint64_t v, unsigned s) { return (v + ((uint64_t)1 << s) - 1) >> s; }

/* ---- main header ---------------------------------------------------- */

static int parse_siz(const uint8_t *s, size_t len, size_t off, cs_info *ci, tess_error *err) {
    if (len < 36 + 3) return fail_at(err, off, "SIZ segment too short (%zu bytes)", len);
    uint16_t rsiz = rd16(s);
    uint32_t x = rd32(s + 2), y = rd32(s + 6), xo = rd32(s + 10), yo = rd32(s + 14);
    uint32_t xt = rd32(s + 18), yt = rd32(s + 22), xto = rd32(s + 26), yto = rd32(s + 30);
    unsigned c = rd16(s + 34);
    if (!(rsiz & 0x4000))
        return fail_at(err, off, "SIZ Rsiz 0x%04X has no HTJ2K capability bit: not an HTJ2K codestream",
                       rsiz);
    if (c < 1 || c > MAX_COMPONENTS)
        return fail_at(err, off, "SIZ declares %u components (1..%u supported)", c, MAX_COMPONENTS);
    if (len != 36 + 3 * (size_t)c)
        return fail_at(err, off, "SIZ segment is %zu bytes, %zu expected for %u components", len,
                       36 + 3 * (size_t)c, c);
    if (xo || yo)
        return fail_at(err, off, "image offset (XOsiz %u, YOsiz %u) not supported", xo, yo);
    if (xto || yto)
        return fail_at(err, off, "tile offset (XTOsiz %u, YTOsiz %u) not supported", xto, yto);
    if (!x || !y) return fail_at(err, off, "empty image (%ux%u)", x, y);
    if (x > MAX_DIM || y > MAX_DIM)
        return fail_at(err, off, "image of %ux%u: larger than %u pixels across", x, y, MAX_DIM);
    if (xt < x || yt < y)
        return fail_at(err, off, "multiple tiles (tiles %ux%u, image %ux%u) not supported", xt, yt, x, y);
    for (unsigned i = 0; i < c; i++) {
        const uint8_t *q = s + 36 + 3 * i;
        if ((q[0] & 0x7F) + 1 > 38)
            return fail_at(err, off, "component %u: bit depth %u out of range", i, (q[0] & 0x7F) + 1);
        if (q[1] != 1 || q[2] != 1)
            return fail_at(err, off, "component %u is subsampled (%ux%u): not supported", i, q[1], q[2]);
    }
    ci->w = x;
    ci->h = y;
    ci->comps = c;
    return 0;
}

static int parse_cod(const uint8_t *s, size_t len, size_t off, cs_info *ci, tess_error *err) {
    static const char *const orders[] = { "LRCP", "RLCP", "RPCL", "PCRL", "CPRL" };
    if (len < 10) return fail_at(err, off, "COD segment too short (%zu bytes)", len);
    unsigned scod = s[0], prog = s[1], layers = rd16(s + 2), mct = s[4], nl = s[5];
    unsigned xcb = s[6], ycb = s[7], style = s[8], xform = s[9];
    if (scod & 0x01)
        return fail_at(err, off, "COD defines precinct sizes (Scod 0x%02X): not supported", scod);
    if (scod & 0x06)
        return fail_at(err, off, "COD enables SOP/EPH markers (Scod 0x%02X): not supported", scod);
    if (scod & ~0x07u) return fail_at(err, off, "COD Scod 0x%02X not supported", scod);
    if (len != 10) return fail_at(err, off, "COD segment is %zu bytes, 10 expected", len);
    if (prog != 2)
        return fail_at(err, off, "progression order %s, only RPCL supported",
                       prog < 5 ? orders[prog] : "(invalid)");
    if (layers != 1) return fail_at(err, off, "%u quality layers, only 1 supported", layers);
    if (mct > 1 || (mct && ci->comps < 3))
        return fail_at(err, off, "COD multiple component transform %u invalid for %u components", mct,
                       ci->comps);
    if (nl > MAX_LEVELS) return fail_at(err, off, "%u decomposition levels (at most %u)", nl, MAX_LEVELS);
    if (xcb > 8 || ycb > 8 || xcb + ycb > 8)
        return fail_at(err, off, "code-block size exponents %u,%u invalid", xcb + 2, ycb + 2);
    if (!(style & 0x40))
        return fail_at(err, off, "code-block style 0x%02X is not HT (Part 1 code-blocks not supported)",
                       style);
    if (style & ~0x48u)
        return fail_at(err, off, "code-block style 0x%02X not supported (HT, optionally vertically causal)",
                       style);
    if (xform > 1) return fail_at(err, off, "wavelet transform %u invalid", xform);
    ci->levels = nl;
    ci->xcb = xcb + 2;
    ci->ycb = ycb + 2;
    return 0;
}

static int parse_tlm(const uint8_t *s, size_t len, size_t off, cs_info *ci, unsigned *next_z,
                     tess_error *err) {
    if (len < 2) return fail_at(err, off, "TLM segment too short");
    unsigned z = s[0], st = s[1];
    if (z != *next_z) return fail_at(err, off, "TLM Ztlm %u out of sequence (expected %u)", z, *next_z);
    if (st & 0x8F) return fail_at(err, off, "TLM Stlm 0x%02X has reserved bits set", st);
    unsigned tsz = (st >> 4) & 3, psz = (st & 0x40) ? 4 : 2;
    if (tsz == 3) return fail_at(err, off, "TLM Stlm 0x%02X: invalid Ttlm size", st);
    if (tsz == 0)
        return fail_at(err, off,
                       "TLM Stlm 0x%02X has no tile indices: invalid with several tile-parts", st);
    size_t esz = tsz + psz, body = len - 2;
    if (body % esz) return fail_at(err, off, "TLM length %zu is not a whole number of entries", len + 2);
    size_t count = body / esz;
    if (ci->ntlm + count > MAX_TLM_ENTRIES)
        return fail_at(err, off, "TLM lists more than %u tile-parts", MAX_TLM_ENTRIES);
    for (size_t i = 0; i < count; i++) {
        const uint8_t *e = s + 2 + i * esz;
        unsigned t = tsz == 1 ? e[0] : rd16(e);
        if (t != 0) return fail_at(err, off, "TLM entry %zu names tile %u (single tile expected)", i, t);
        ci->tlm[ci->ntlm++] = psz == 4 ? rd32(e + tsz) : rd16(e + tsz);
    }
    ci->has_tlm = true;
    (*next_z)++;
    return 0;
}

/* check: a split stream is expected (TLM required, PLM skipped);
 * otherwise the single tile-part input of the splitter (TLM/PLM refused). */
static int parse_main(const uint8_t *p, size_t n, cs_info *ci, bool check, tess_error *err) {
    memset(ci, 0, sizeof *ci);
    if (n < 4) return fail_at(err, 0, "%zu bytes: too short for a codestream", n);
    if (rd16(p) != M_SOC) return fail_at(err, 0, "no SOC marker (found %02X %02X)", p[0], p[1]);
    size_t pos = 2;
    bool siz = false, cod = false, qcd = false;
    unsigned next_z = 0;
    for (;;) {
        if (pos + 2 > n) return fail_at(err, pos, "main header ends without a SOT marker");
        unsigned m = rd16(p + pos);
        if (m == M_SOT) break;
        if ((m >> 8) != 0xFF || m < 0xFF30)
            return fail_at(err, pos, "expected a marker in the main header, found %02X %02X", p[pos],
                           p[pos + 1]);
        if (pos + 4 > n) return fail_at(err, pos, "marker %04X truncated", m);
        size_t L = rd16(p + pos + 2);
        if (L < 2 || L > n - pos - 2)
            return fail_at(err, pos, "marker %04X: segment length %zu runs past the end (%zu bytes)", m,
                           L, n);
        const uint8_t *s = p + pos + 4;
        size_t len = L - 2;
        if (!siz && m != M_SIZ) return fail_at(err, pos, "SIZ must follow SOC, found %04X", m);
        switch (m) {
        case M_SIZ:
            if (siz) return fail_at(err, pos, "second SIZ marker");
            if (parse_siz(s, len, pos, ci, err) != 0) return -1;
            siz = true;
            break;
        case M_COD:
            if (cod) return fail_at(err, pos, "second COD marker");
            if (parse_cod(s, len, pos, ci, err) != 0) return -1;
            cod = true;
            break;
        case M_QCD:
            qcd = true;
            break;
        case M_QCC: case M_RGN: case M_CAP: case M_CPF: case M_CRG: case M_COM: case M_NLT:
            break;
        case M_COC:
            return fail_at(err, pos, "COC (per-component coding style) not supported");
        case M_POC:
            return fail_at(err, pos, "POC (progression order change) not supported");
        case M_PPM:
            return fail_at(err, pos, "PPM (packed packet headers) not supported");
        case M_PLM:
            if (!check) return fail_at(err, pos, "PLM (packet lengths) not supported");
            break;
        case M_TLM:
            if (!check) return fail_at(err, pos, "the codestream already has a TLM marker (already split?)");
            if (parse_tlm(s, len, pos, ci, &next_z, err) != 0) return -1;
            break;
        default:
            return fail_at(err, pos, "unexpected marker %04X in the main header", m);
        }
        pos += 2 + L;
    }
    if (!siz) return fail_at(err, pos, "no SIZ marker");
    if (!cod) return fail_at(err, pos, "no COD marker in the main header");
    if (!qcd) return fail_at(err, pos, "no QCD marker in the main header");
    if (check && !ci->has_tlm) return fail_at(err, pos, "no TLM marker in the main header");
    ci->sot = pos;
    return 0;
}

/* ---- geometry ------------------------------------------------------- */

/* Extent of a subband along one axis (T.800 B-15 with origin 0):
 * ceil((size - 2^(nb-1)*o) / 2^nb), or 0 when that is not positive. */
static uint64_t band_extent(uint32_t size, unsigned nb, unsigned o) {
    if (!o) return ceil_div_pow2(size, nb);
    uint64_t half = (uint64_t)1 << (nb - 1);
    if (size <= half) return 0;
    return ceil_div_pow2(size - half, nb);
}

/* The subbands of resolution r (LL for r = 0; HL, LH, HH otherwise). */
static unsigned res_bands(const cs_info *ci, unsigned r, band *b, size_t off, tess_error *err) {
    static const unsigned ob[4][2] = { { 0, 0 }, { 1, 0 }, { 0, 1 }, { 1, 1 } };
    unsigned first = r == 0 ? 0 : 1, last = r == 0 ? 0 : 3;
    unsigned nb = r == 0 ? ci->levels : ci->levels - r + 1;
    unsigned k = 0;
    for (unsigned i = first; i <= last; i++, k++) {
        uint64_t bw = band_extent(ci->w, nb, ob[i][0]), bh = band_extent(ci->h, nb, ob[i][1]);
        uint64_t cx = bw ? ceil_div_pow2(bw, ci->xcb) : 0, cy = bh ? ceil_div_pow2(bh, ci->ycb) : 0;
        if (cx * cy > MAX_CBLKS_PER_BAND) {
            fail_at(err, off, "resolution %u: %llu code-blocks in one subband (at most %u)", r,
                    (unsigned long long)(cx * cy), MAX_CBLKS_PER_BAND);
            return 0;
        }
        b[k].ncbx = (uint32_t)cx;
        b[k].ncby = (uint32_t)cy;
    }
    return k;
}

/* Geometry limits: one precinct (2^15 x 2^15 by default) per resolution,
 * and a bounded number of code-blocks in all. */
static int check_geometry(const cs_info *ci, tess_error *err) {
    uint64_t total = 0;
    for (unsigned r = 0; r <= ci->levels; r++) {
        uint64_t rw = ceil_div_pow2(ci->w, ci->levels - r), rh = ceil_div_pow2(ci->h, ci->levels - r);
        if (rw > 32768 || rh > 32768)
            return fail_at(err, ci->sot, "resolution %u is %llux%llu: several precincts, not supported", r,
                           (unsigned long long)rw, (unsigned long long)rh);
        band b[3];
        unsigned nb = res_bands(ci, r, b, ci->sot, err);
        if (!nb) return -1;
        for (unsigned i = 0; i < nb; i++) total += (uint64_t)b[i].ncbx * b[i].ncby * ci->comps;
    }
    if (total > MAX_CBLKS_TOTAL)
        return fail_at(err, ci->sot, "%llu code-blocks in all (at most %u)", (unsigned long long)total,
                       MAX_CBLKS_TOTAL);
    return 0;
}

/* ---- packet headers ------------------------------------------------- */

static int br_bit(bitrd *br) {
    if (br->left == 0) {
        if (br->pos >= br->end) return -1;
        br->cur = br->p[br->pos++];
        br->left = br->last_ff ? 7 : 8;   /* a stuffed 0 bit follows 0xFF */
        br->last_ff = br->cur == 0xFF;
    }
    br->left--;
    return (int)((br->cur >> br->left) & 1);
}

static int64_t br_bits(bitrd *br, unsigned n) {
    int64_t v = 0;
    for (unsigned i = 0; i < n; i++) {
        int b = br_bit(br);
        if (b < 0) return -1;
        v = v << 1 | b;
    }
    return v;
}

static int work_reserve(work *ws, size_t n) {
    if (n <= ws->cap) return 0;
    size_t cap = ws->cap ? ws->cap : 1024;
    while (cap < n) cap *= 2;
    int32_t *m = realloc(ws->mem, cap * sizeof *m);
    if (!m) return -1;
    ws->mem = m;
    ws->cap = cap;
    return 0;
}

static size_t tt_layout(tagtree *t, uint32_t w, uint32_t h) {
    size_t total = 0;
    t->nlev = 0;
    for (;;) {
        t->w[t->nlev] = w;
        t->off[t->nlev] = (uint32_t)total;
        total += (size_t)w * h;
        t->nlev++;
        if (w == 1 && h == 1) break;
        w = (w + 1) / 2;
        h = (h + 1) / 2;
    }
    return total;
}

static void tt_reset(tagtree *t, size_t nodes) {
    for (size_t i = 0; i < nodes; i++) {
        t->val[i] = TT_UNKNOWN;
        t->low[i] = 0;
    }
}

/* T.800 B.10.2: decode leaf (x, y) up to `threshold`. 1 when the leaf's
 * value is below the threshold, 0 when not, -1 when the data runs out. */
static int tt_decode(tagtree *t, bitrd *br, uint32_t x, uint32_t y, int32_t threshold) {
    int32_t low = 0;
    for (int lev = (int)t->nlev - 1; lev >= 0; lev--) {
        size_t i = t->off[lev] + (size_t)(y >> lev) * t->w[lev] + (x >> lev);
        if (low > t->low[i]) t->low[i] = low;
        else low = t->low[i];
        while (low < threshold && low < t->val[i]) {
            int b = br_bit(br);
            if (b < 0) return -1;
            if (b) t->val[i] = low;
            else low++;
        }
        t->low[i] = low;
    }
    return t->val[t->off[0] + (size_t)y * t->w[0] + x] < threshold;
}

/* T.800 Table B.4. */
static int read_passes(bitrd *br) {
    int b = br_bit(br);
    if (b <= 0) return b < 0 ? -1 : 1;
    if ((b = br_bit(br)) <= 0) return b < 0 ? -1 : 2;
    int64_t v = br_bits(br, 2);
    if (v < 0) return -1;
    if (v < 3) return (int)(3 + v);
    if ((v = br_bits(br, 5)) < 0) return -1;
    if (v < 31) return (int)(6 + v);
    if ((v = br_bits(br, 7)) < 0) return -1;
    return (int)(37 + v);
}

static unsigned floor_log2(unsigned v) {
    unsigned r = 0;
    while (v >>= 1) r++;
    return r;
}

/* Parse the packet starting at pos (data ends at end); *next receives the
 * offset just past its body. */
static int parse_packet(const uint8_t *p, size_t pos, size_t end, const band *bands, unsigned nbands,
                        unsigned r, unsigned c, work *ws, size_t *next, tess_error *err) {
    bitrd br = { p, pos, end, 0, 0, false };
    uint64_t body = 0;
#define TRUNC() fail_at(err, pos, "packet header of resolution %u component %u runs past the tile-part end (%zu)", r, c, end)
    int nonempty = br_bit(&br);
    if (nonempty < 0) return TRUNC();
    if (nonempty) {
        for (unsigned b = 0; b < nbands; b++) {
            uint32_t nx = bands[b].ncbx, ny = bands[b].ncby;
            if (!nx || !ny) continue;
            tagtree incl, msb;
            size_t nodes = tt_layout(&incl, nx, ny);
            tt_layout(&msb, nx, ny);
            if (work_reserve(ws, 4 * nodes) != 0)
                return fail_at(err, pos, "out of memory for %zu tag tree nodes", nodes);
            incl.val = ws->mem;
            incl.low = ws->mem + nodes;
            msb.val = ws->mem + 2 * nodes;
            msb.low = ws->mem + 3 * nodes;
            tt_reset(&incl, nodes);
            tt_reset(&msb, nodes);
            for (uint32_t y = 0; y < ny; y++) {
                for (uint32_t x = 0; x < nx; x++) {
                    int inc = tt_decode(&incl, &br, x, y, 1);
                    if (inc < 0) return TRUNC();
                    if (!inc) continue;
                    int known = tt_decode(&msb, &br, x, y, MAX_MISSING_MSBS + 1);
                    if (known < 0) return TRUNC();
                    if (!known)
                        return fail_at(err, pos,
                                       "resolution %u component %u: code-block (%u,%u) of subband %u "
                                       "has more than %d missing MSBs",
                                       r, c, x, y, b, MAX_MISSING_MSBS);
                    int passes = read_passes(&br);
                    if (passes < 0) return TRUNC();
                    if (passes > 3)
                        return fail_at(err, pos,
                                       "resolution %u component %u: code-block (%u,%u) has %d coding "
                                       "passes (HT placeholder passes not supported)",
                                       r, c, x, y, passes);
                    unsigned lblock = 3;
                    for (;;) {
                        int bit = br_bit(&br);
                        if (bit < 0) return TRUNC();
                        if (!bit) break;
                        if (++lblock > 31)
                            return fail_at(err, pos, "resolution %u component %u: Lblock above 31", r, c);
                    }
                    int64_t len = br_bits(&br, lblock);
                    if (len < 0) return TRUNC();
                    body += (uint64_t)len;
                    if (passes > 1) {
                        unsigned bits = lblock + floor_log2((unsigned)passes - 1);
                        if (bits > 32)
                            return fail_at(err, pos, "resolution %u component %u: segment length of %u bits",
                                           r, c, bits);
                        if ((len = br_bits(&br, bits)) < 0) return TRUNC();
                        body += (uint64_t)len;
                    }
                }
            }
        }
    }
#undef TRUNC
    size_t hend = br.pos;
    if (br.last_ff) {
        /* the header may not end with 0xFF: the stuffed byte belongs to it */
        if (hend >= end)
            return fail_at(err, pos, "packet header of resolution %u component %u ends with 0xFF at the tile-part end",
                           r, c);
        hend++;
    }
    if (body > end - hend)
        return fail_at(err, pos,
                       "packet of resolution %u component %u: body of %llu bytes at %zu runs past the "
                       "tile-part end (%zu)",
                       r, c, (unsigned long long)body, hend, end);
    *next = hend + (size_t)body;
    return 0;
}

/* Parse the packets of resolution r (all components) from pos. */
static int parse_resolution(const uint8_t *p, size_t pos, size_t end, const cs_info *ci, unsigned r,
                            work *ws, size_t *next, tess_error *err) {
    band bands[3];
    unsigned nb = res_bands(ci, r, bands, pos, err);
    if (!nb) return -1;
    for (unsigned c = 0; c < ci->comps; c++) {
        if (parse_packet(p, pos, end, bands, nb, r, c, ws, &pos, err) != 0) return -1;
    }
    *next = pos;
    return 0;
}

/* ---- split and check ------------------------------------------------ */

/* Where the single tile-part's pieces are: what both ways of splitting
 * need. */
typedef struct split_plan {
    size_t sot;                 /* main header length (offset of the SOT) */
    unsigned nr;                /* resolutions */
    size_t rs[MAX_LEVELS + 2];  /* rs[r]..rs[r+1]: the packets of resolution r */
    size_t total;               /* length of the split codestream */
} split_plan;

static int plan_split(const uint8_t *in, size_t n, unsigned max_res, split_plan *pl, tess_error *err) {
    if (!in || !n) return tess_fail(err, "TLM split: empty codestream");
    if (n > PX_TLM_MAX_INPUT) return tess_fail(err, "TLM split: codestream of %zu bytes too large", n);
    cs_info ci;
    if (parse_main(in, n, &ci, false, err) != 0 || check_geometry(&ci, err) != 0) return -1;
    const unsigned nr = ci.levels + 1;
    if (nr > max_res)
        return tess_fail(err, "TLM split: %u resolutions, room for %u offsets", nr, max_res);

    size_t sot = ci.sot;
    if (sot + 14 > n) return fail_at(err, sot, "SOT marker segment truncated");
    unsigned lsot = rd16(in + sot + 2), isot = rd16(in + sot + 4);
    uint32_t psot = rd32(in + sot + 6);
    unsigned tpsot = in[sot + 10], tnsot = in[sot + 11];
    if (lsot != 10) return fail_at(err, sot, "SOT length %u, 10 expected", lsot);
    if (isot != 0) return fail_at(err, sot, "tile-part of tile %u (single tile expected)", isot);
    if (tpsot != 0 || tnsot > 1)
        return fail_at(err, sot, "tile-part %u of %u: the input must be a single tile-part", tpsot, tnsot);
    size_t tp_end;
    if (psot == 0) {
        tp_end = n - 2;   /* up to EOC */
    } else {
        if (psot < 14 || psot > n - sot)
            return fail_at(err, sot, "SOT Psot %u runs past the end (%zu bytes)", psot, n);
        tp_end = sot + psot;
    }
    if (tp_end + 2 > n || rd16(in + tp_end) != M_EOC) {
        if (tp_end + 2 <= n && rd16(in + tp_end) == M_SOT)
            return fail_at(err, tp_end, "a second tile-part follows: the input must be a single tile-part");
        return fail_at(err, tp_end, "no EOC marker after the tile-part");
    }
    if (tp_end + 2 != n) return fail_at(err, tp_end + 2, "%zu bytes after EOC", n - tp_end - 2);
    if (rd16(in + sot + 12) != M_SOD)
        return fail_at(err, sot + 12, "tile-part header markers not supported (found %04X, SOD expected)",
                       rd16(in + sot + 12));

    const size_t data = sot + 14;
    pl->rs[0] = data;
    work ws = { NULL, 0 };
    size_t pos = data;
    for (unsigned r = 0; r < nr; r++) {
        if (parse_resolution(in, pos, tp_end, &ci, r, &ws, &pos, err) != 0) {
            free(ws.mem);
            return -1;
        }
        pl->rs[r + 1] = pos;
    }
    free(ws.mem);
    if (pos != tp_end)
        return fail_at(err, pos, "the packets end at %zu but the tile-part ends at %zu", pos, tp_end);

    const uint64_t total = (uint64_t)sot + 6 + 5 * (uint64_t)nr + 14 * (uint64_t)nr + (tp_end - data) + 2;
    if (total > UINT32_MAX) return tess_fail(err, "TLM split: output of %llu bytes too large",
                                             (unsigned long long)total);
    pl->sot = sot;
    pl->nr = nr;
    pl->total = (size_t)total;
    return 0;
}

/* Offset of resolution r's packets in the split codestream. */
static size_t split_data_at(const split_plan *pl, unsigned r) {
    return pl->sot + 6 + 5 * (size_t)pl->nr + 14 * ((size_t)r + 1) + (pl->rs[r] - pl->rs[0]);
}

/* Write the TLM, the tile-part headers and EOC around packets already at
 * their places (split_data_at) in o; the main header is in o[0, sot). */
static void write_split_markers(const split_plan *pl, uint8_t *o, uint32_t *res_end) {
    size_t w = pl->sot;
    const unsigned nr = pl->nr;
    wr16(o + w, M_TLM);
    wr16(o + w + 2, (unsigned)(4 + 5 * nr));
    o[w + 4] = 0;        /* Ztlm */
    o[w + 5] = 0x50;     /* Stlm: 8-bit Ttlm, 32-bit Ptlm */
    w += 6;
    for (unsigned r = 0; r < nr; r++) {
        o[w] = 0;
        wr32(o + w + 1, (uint32_t)(14 + pl->rs[r + 1] - pl->rs[r]));
        w += 5;
    }
    for (unsigned r = 0; r < nr; r++) {
        size_t len = pl->rs[r + 1] - pl->rs[r];
        wr16(o + w, M_SOT);
        wr16(o + w + 2, 10);
        wr16(o + w + 4, 0);
        wr32(o + w + 6, (uint32_t)(14 + len));
        o[w + 10] = (uint8_t)r;
        o[w + 11] = (uint8_t)nr;
        wr16(o + w + 12, M_SOD);
        w += 14 + len;
        res_end[r] = (uint32_t)w;
    }
    wr16(o + w, M_EOC);
}

int px_tlm_split(const uint8_t *in, size_t n, uint8_t **out, size_t *out_len, uint32_t *res_end,
                 unsigned max_res, unsigned *nres, tess_error *err) {
    *out = NULL;
    *out_len = 0;
    *nres = 0;
    split_plan pl;
    if (plan_split(in, n, max_res, &pl, err) != 0) return -1;
    uint8_t *o = malloc(pl.total);
    if (!o) return tess_fail(err, "TLM split: out of memory for %zu bytes", pl.total);
    memcpy(o, in, pl.sot);
    for (unsigned r = 0; r < pl.nr; r++)
        memcpy(o + split_data_at(&pl, r), in + pl.rs[r], pl.rs[r + 1] - pl.rs[r]);
    write_split_markers(&pl, o, res_end);
    *out = o;
    *out_len = pl.total;
    *nres = pl.nr;
    return 0;
}

size_t px_tlm_split_growth(unsigned levels) {
    size_t nr = (size_t)levels + 1;
    return 6 + 5 * nr + 14 * nr - 14;
}

int px_tlm_split_in_place(uint8_t *buf, size_t n, size_t cap, size_t *out_len, uint32_t *res_end,
                          unsigned max_res, unsigned *nres, tess_error *err) {
    *out_len = 0;
    *nres = 0;
    split_plan pl;
    if (plan_split(buf, n, max_res, &pl, err) != 0) return -1;
    if (pl.total > cap)
        return tess_fail(err, "TLM split: %zu bytes needed in place, the buffer holds %zu", pl.total, cap);
    /* every resolution moves towards the end, the later ones further
     * (by the TLM plus 14 bytes per tile-part before them): moving the
     * last one first never overwrites packets not yet moved */
    for (unsigned r = pl.nr; r-- > 0;)
        memmove(buf + split_data_at(&pl, r), buf + pl.rs[r], pl.rs[r + 1] - pl.rs[r]);
    write_split_markers(&pl, buf, res_end);
    *out_len = pl.total;
    *nres = pl.nr;
    return 0;
}

int px_tlm_check(const uint8_t *p, size_t n, uint32_t *res_end, unsigned max_res, unsigned *nres,
                 tess_error *err) {
    *nres = 0;
    if (!p || !n) return tess_fail(err, "TLM check: empty codestream");
    if (n > PX_TLM_MAX_INPUT) return tess_fail(err, "TLM check: codestream of %zu bytes too large", n);
    cs_info ci;
    if (parse_main(p, n, &ci, true, err) != 0 || check_geometry(&ci, err) != 0) return -1;
    const unsigned nr = ci.levels + 1;
    if (nr > max_res) return tess_fail(err, "TLM check: %u resolutions, room for %u offsets", nr, max_res);

    uint32_t ends[MAX_LEVELS + 1], psots[MAX_LEVELS + 1];
    work ws = { NULL, 0 };
    size_t pos = ci.sot;
    unsigned k = 0;
    int rc = -1;
    for (;;) {
        if (pos + 2 > n) { fail_at(err, pos, "codestream ends without EOC"); goto out; }
        unsigned m = rd16(p + pos);
        if (m == M_EOC) {
            if (pos + 2 != n) { fail_at(err, pos + 2, "%zu bytes after EOC", n - pos - 2); goto out; }
            break;
        }
        if (m != M_SOT) { fail_at(err, pos, "expected SOT or EOC, found %02X %02X", p[pos], p[pos + 1]); goto out; }
        if (k >= nr) { fail_at(err, pos, "more tile-parts than the %u resolutions", nr); goto out; }
        if (pos + 14 > n) { fail_at(err, pos, "SOT marker segment truncated"); goto out; }
        unsigned lsot = rd16(p + pos + 2), isot = rd16(p + pos + 4);
        uint32_t psot = rd32(p + pos + 6);
        unsigned tpsot = p[pos + 10], tnsot = p[pos + 11];
        if (lsot != 10) { fail_at(err, pos, "SOT length %u, 10 expected", lsot); goto out; }
        if (isot != 0) { fail_at(err, pos, "tile-part of tile %u (single tile expected)", isot); goto out; }
        if (tpsot != k) { fail_at(err, pos, "TPsot %u, %u expected", tpsot, k); goto out; }
        if (tnsot != nr) { fail_at(err, pos, "TNsot %u, %u expected (one tile-part per resolution)", tnsot, nr); goto out; }
        if (psot < 14 || psot > n - pos) {
            fail_at(err, pos, "SOT Psot %u out of range (%zu bytes left)", psot, n - pos);
            goto out;
        }
        if (rd16(p + pos + 12) != M_SOD) {
            fail_at(err, pos + 12, "SOD expected after SOT, found %02X %02X", p[pos + 12], p[pos + 13]);
            goto out;
        }
        size_t end = pos + psot, next;
        if (parse_resolution(p, pos + 14, end, &ci, k, &ws, &next, err) != 0) goto out;
        if (next != end) {
            fail_at(err, next, "the packets of resolution %u end at %zu but its tile-part ends at %zu", k,
                    next, end);
            goto out;
        }
        ends[k] = (uint32_t)end;
        psots[k] = psot;
        k++;
        pos = end;
    }
    if (k != nr) { fail_at(err, pos, "%u tile-parts for %u resolutions", k, nr); goto out; }
    if (ci.ntlm != k) {
        fail_at(err, ci.sot, "the TLM lists %u tile-parts, the codestream has %u", ci.ntlm, k);
        goto out;
    }
    for (unsigned i = 0; i < k; i++) {
        if (ci.tlm[i] != psots[i]) {
            fail_at(err, ci.sot, "TLM entry %u is %u bytes, tile-part %u is %u", i, ci.tlm[i], i, psots[i]);
            goto out;
        }
    }
    memcpy(res_end, ends, k * sizeof *ends);
    *nres = k;
    rc = 0;
out:
    free(ws.mem);
    return rc;
}
