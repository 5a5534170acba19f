/*
 * reader.c - DICOM Part 10 parsing (see reader.h).
 *
 * Structure: read_file() handles the preamble, the file meta group and the
 * choice of transfer syntax, then read_dataset() parses elements until the
 * end of the data set or item; sequences recurse through read_sequence(),
 * encapsulated pixel data goes through read_fragments(). Every length is
 * checked against what remains (of the file, and of the enclosing item)
 * before anything is allocated or skipped.
 */
#include "dicom/reader.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dicom/dict.h"
#include "dicom/stream.h"

#define NO_END UINT64_MAX

typedef struct reader {
    dcm_stream s;
    dcm_file *f;
    const dcm_read_opts *o;
    tess_error *err;
    bool copy_all;          /* memory source: load everything */
} reader;

typedef struct coding {
    bool explicit_vr;
    bool big_endian;
} coding;

void dcm_read_opts_default(dcm_read_opts *o) {
    o->max_depth = 64;
    o->max_elements = 4000000;
    o->max_total_size = (uint64_t)64 << 30;
    o->bulk_threshold = 64 * 1024;
    o->max_memory = (uint64_t)1 << 30;
    o->stop_at_pixel_data = false;
    o->load_all = false;
}

static const struct { const char *uid; dcm_transfer_syntax ts; } known_ts[] = {
    { "1.2.840.10008.1.2",       { false, false, false, false } },
    { "1.2.840.10008.1.2.1",     { true,  false, false, false } },
    { "1.2.840.10008.1.2.2",     { true,  true,  false, false } },
    { "1.2.840.10008.1.2.1.99",  { true,  false, true,  false } },
};

bool dcm_transfer_syntax_lookup(const char *uid, dcm_transfer_syntax *ts) {
    for (size_t i = 0; i < sizeof known_ts / sizeof known_ts[0]; i++)
        if (strcmp(uid, known_ts[i].uid) == 0) { *ts = known_ts[i].ts; return true; }
    /* JPEG family (.4.x), RLE (.5), JPIP (.4.94/95 are referenced, still
     * explicit LE), MPEG/HEVC, HTJ2K (.4.201-.4.205), deflated image frame
     * compression (.8.1), SMPTE 2110 (.7.x): all explicit VR LE with
     * encapsulated pixel data. */
    static const char *const prefixes[] = {
        "1.2.840.10008.1.2.4.", "1.2.840.10008.1.2.5", "1.2.840.10008.1.2.6.",
        "1.2.840.10008.1.2.7.", "1.2.840.10008.1.2.8.",
    };
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
        if (strncmp(uid, prefixes[i], strlen(prefixes[i])) == 0) {
            *ts = (dcm_transfer_syntax){ true, false, false, true };
            /* JPIP referenced syntaxes carry no pixel data at all */
            return true;
        }
    return false;
}

static uint16_t rd16(const uint8_t *p, bool be) {
    return be ? (uint16_t)(p[0] << 8 | p[1]) : (uint16_t)(p[1] << 8 | p[0]);
}

static uint32_t rd32(const uint8_t *p, bool be) {
    return be ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]
              : (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

#define TAGF "(%04X,%04X)"
#define TAGA(t) DCM_GROUP(t), DCM_ELEM(t)

static int fail_at(reader *r, uint64_t off, uint32_t tag, const char *what) {
    return tess_fail(r->err, "offset %llu, tag " TAGF ": %s", (unsigned long long)off, TAGA(tag), what);
}

/* Peek n header bytes. On a short stream returns NULL with *got. */
static const uint8_t *peek(reader *r, size_t n, size_t *got) {
    return dcm_stream_need(&r->s, n, got, r->err);
}

static bool is_private(uint32_t tag) { return DCM_GROUP(tag) & 1; }

/* VR for implicit encoding (and for resolving UN): the dictionary, with
 * the rules for group lengths and private creators. */
static dcm_vr implicit_vr(uint32_t tag) {
    if (DCM_ELEM(tag) == 0x0000) return DCM_VR_UL;
    if (is_private(tag)) {
        if (DCM_ELEM(tag) >= 0x0010 && DCM_ELEM(tag) <= 0x00FF) return DCM_VR_LO;
        return DCM_VR_UN;
    }
    const dcm_dict_entry *d = dcm_dict_lookup(tag);
    if (!d || d->vr == DCM_VR_NONE) return DCM_VR_UN;
    return (dcm_vr)d->vr;
}

/* Resolve "US or SS", "OB or OW", ... from the data set being read and the
 * top-level data set (PS3.5 Annex A rules for implicit VR). */
static dcm_vr resolve_ambiguous(reader *r, dcm_vr vr, uint32_t tag, const dcm_dataset *ds) {
    if (vr < DCM_VR_AMBIG_US_SS || vr == DCM_VR_NONE) return vr;
    long pixrep = 0;
    const dcm_element *e = dcm_dataset_find(ds, DCM_TAG_PIXEL_REPRESENTATION);
    if (!e) e = dcm_dataset_find(&r->f->ds, DCM_TAG_PIXEL_REPRESENTATION);
    if (e) dcm_element_int(e, &pixrep);
    switch (vr) {
    case DCM_VR_AMBIG_US_SS: return pixrep == 1 ? DCM_VR_SS : DCM_VR_US;
    case DCM_VR_AMBIG_OB_OW: {
        (void)tag;
        return DCM_VR_OW; /* implicit VR pixel and overlay data are OW */
    }
    case DCM_VR_AMBIG_US_OW: return DCM_VR_OW;
    case DCM_VR_AMBIG_US_SS_OW: return DCM_VR_OW;
    default: return DCM_VR_UN;
    }
}

static int count_element(reader *r, uint64_t off, uint32_t tag) {
    if (++r->f->elements > r->o->max_elements)
        return fail_at(r, off, tag, "too many elements (limit reached)");
    return 0;
}

/* Check a defined length against the enclosing item and the stream. */
static int check_length(reader *r, uint64_t off, uint32_t tag, uint64_t len, uint64_t end) {
    uint64_t pos = dcm_stream_pos(&r->s);
    if (end != NO_END && len > end - pos) {
        char m[160];
        snprintf(m, sizeof m, "value length %llu exceeds the %llu bytes left in its item or sequence",
                 (unsigned long long)len, (unsigned long long)(end - pos));
        return fail_at(r, off, tag, m);
    }
    uint64_t rem = dcm_stream_remaining(&r->s);
    if (rem != UINT64_MAX && len > rem) {
        char m[160];
        snprintf(m, sizeof m, "value length %llu exceeds the %llu bytes left in the file",
                 (unsigned long long)len, (unsigned long long)rem);
        return fail_at(r, off, tag, m);
    }
    if (pos + len > r->o->max_total_size)
        return fail_at(r, off, tag, "value extends past the total size limit");
    return 0;
}

/* Load or skip a value of `len` bytes at the current position; `off` is
 * where its element (or item) starts, for messages. */
static int take_value(reader *r, uint64_t off, uint32_t tag, dcm_vr vr, uint32_t len, bool be,
                      uint8_t **value, uint8_t *flags) {
    /* what the reader and the writers interpret is always loaded, whatever
     * the threshold: the character set, and the pixel representation that
     * decides ambiguous VRs */
    bool needed = tag == DCM_TAG_SPECIFIC_CHARSET || tag == DCM_TAG_PIXEL_REPRESENTATION;
    bool load = needed || r->copy_all || r->o->load_all || len <= r->o->bulk_threshold ||
                !r->s.seekable;
    if (!load) {
        *value = NULL;
        if (be && dcm_vr_unit_size(vr) > 1) *flags |= DCM_EL_SWAP;
        if (dcm_stream_skip(&r->s, len, r->err) != 0)
            return tess_fail_prefix(r->err, "tag " TAGF, TAGA(tag));
        return 0;
    }
    uint8_t *p = arena_alloc(&r->f->arena, (size_t)len + 1);
    if (!p) return fail_at(r, off, tag, "value does not fit in the memory limit");
    if (dcm_stream_read(&r->s, p, len, r->err) != 0)
        return tess_fail_prefix(r->err, "tag " TAGF, TAGA(tag));
    p[len] = 0;
    if (be) dcm_swap_values(vr, p, len);
    *value = p;
    *flags |= DCM_EL_LOADED;
    return 0;
}

static int read_dataset(reader *r, dcm_dataset *ds, uint64_t end, bool undefined_item,
                        unsigned depth, coding c, uint32_t seq_tag);

/* Items of a sequence, up to `end` or the sequence delimiter; `el_off` is
 * where the sequence element starts. */
static int read_sequence(reader *r, dcm_element *e, uint64_t el_off, uint64_t end, unsigned depth,
                         coding c) {
    if (depth + 1 > r->o->max_depth)
        return fail_at(r, el_off, e->tag, "sequences nested too deeply (depth limit reached)");
    uint32_t cap = 0;
    dcm_dataset *items = NULL;
    for (;;) {
        uint64_t off = dcm_stream_pos(&r->s);
        if (end != NO_END && off >= end) break;
        if (end != NO_END && end - off < 8)
            return fail_at(r, off, e->tag, "item header crosses the end of the sequence");
        size_t got;
        const uint8_t *p = peek(r, 8, &got);
        if (!p) {
            if (got == SIZE_MAX) return -1;
            if (end == NO_END && got == 0)
                return fail_at(r, off, e->tag, "sequence of undefined length not closed before the end of data");
            return fail_at(r, off, e->tag, "truncated item header in sequence");
        }
        uint32_t tag = (uint32_t)rd16(p, c.big_endian) << 16 | rd16(p + 2, c.big_endian);
        uint32_t len = rd32(p + 4, c.big_endian);
        if (tag == DCM_TAG_SEQ_DELIM) {
            dcm_stream_consume(&r->s, 8);
            if (end == NO_END) break;
            return fail_at(r, off, e->tag, "sequence delimiter inside a sequence of defined length");
        }
        if (tag != DCM_TAG_ITEM) {
            char m[96];
            snprintf(m, sizeof m, "expected an item, found " TAGF, TAGA(tag));
            return fail_at(r, off, e->tag, m);
        }
        dcm_stream_consume(&r->s, 8);
        if (count_element(r, off, tag) != 0) return -1;
        if (e->count == cap) {
            uint32_t ncap = cap ? cap * 2 : 4;
            dcm_dataset *n = arena_alloc(&r->f->arena, ncap * sizeof *n);
            if (!n) return fail_at(r, off, e->tag, "out of memory for sequence items");
            if (e->count) memcpy(n, items, e->count * sizeof *n);
            items = n;
            cap = ncap;
        }
        dcm_dataset *item = &items[e->count++];
        memset(item, 0, sizeof *item);
        item->offset = off;
        if (len == DCM_UNDEFINED_LENGTH) {
            if (read_dataset(r, item, NO_END, true, depth + 1, c, e->tag) != 0) return -1;
        } else {
            uint64_t start = dcm_stream_pos(&r->s);
            if (end != NO_END && len > end - start) {
                /* An item longer than what its sequence declares: dcmtk
                 * and pydicom read the item by its own length; so do we,
                 * as long as it fits in the file. */
                dcm_file_warn(r->f, "offset %llu: item of %u bytes overruns its sequence " TAGF
                              " (%llu bytes left)", (unsigned long long)off, len, TAGA(e->tag),
                              (unsigned long long)(end - start));
            } else if (check_length(r, off, DCM_TAG_ITEM, len, end) != 0) {
                return -1;
            }
            uint64_t item_end = start + len;
            uint64_t rem = dcm_stream_remaining(&r->s);
            if (rem != UINT64_MAX && len > rem) {
                /* An item declared longer than the file: read its elements
                 * to the end of the file; any element cut short still
                 * fails. (DICOMDIR-nooffset in pydicom's corpus.) */
                dcm_file_warn(r->f, "offset %llu: item of %u bytes runs %llu bytes past the end of the file",
                              (unsigned long long)off, len, (unsigned long long)(len - rem));
                item_end = start + rem;
            }
            if (read_dataset(r, item, item_end, false, depth + 1, c, e->tag) != 0) return -1;
        }
    }
    e->items = items;
    return 0;
}

/* Fragments of encapsulated pixel data, up to the sequence delimiter. */
static int read_fragments(reader *r, dcm_element *e, coding c) {
    uint32_t cap = 0;
    dcm_fragment *frags = NULL;
    for (;;) {
        uint64_t off = dcm_stream_pos(&r->s);
        size_t got;
        const uint8_t *p = peek(r, 8, &got);
        if (!p) {
            if (got == SIZE_MAX) return -1;
            return fail_at(r, off, e->tag, "encapsulated pixel data not closed by a sequence delimiter");
        }
        uint32_t tag = (uint32_t)rd16(p, c.big_endian) << 16 | rd16(p + 2, c.big_endian);
        uint32_t len = rd32(p + 4, c.big_endian);
        dcm_stream_consume(&r->s, 8);
        if (tag == DCM_TAG_SEQ_DELIM) break;
        if (tag != DCM_TAG_ITEM) {
            char m[96];
            snprintf(m, sizeof m, "expected a fragment item, found " TAGF, TAGA(tag));
            return fail_at(r, off, e->tag, m);
        }
        if (len == DCM_UNDEFINED_LENGTH)
            return fail_at(r, off, e->tag, "fragment of undefined length");
        if (count_element(r, off, tag) != 0) return -1;
        if (check_length(r, off, e->tag, len, NO_END) != 0) return -1;
        if (e->count == cap) {
            uint32_t ncap = cap ? cap * 2 : 8;
            dcm_fragment *n = arena_alloc(&r->f->arena, ncap * sizeof *n);
            if (!n) return fail_at(r, off, e->tag, "out of memory for fragments");
            if (e->count) memcpy(n, frags, e->count * sizeof *n);
            frags = n;
            cap = ncap;
        }
        dcm_fragment *fr = &frags[e->count++];
        fr->offset = dcm_stream_pos(&r->s);
        fr->length = len;
        uint8_t flags = 0;
        /* The Basic Offset Table is always loaded (frames need it). */
        uint8_t *data = NULL;
        if (e->count == 1 && len <= (64u << 20)) {
            bool save = r->copy_all;
            r->copy_all = true;
            int rc = take_value(r, off, e->tag, DCM_VR_OB, len, false, &data, &flags);
            r->copy_all = save;
            if (rc) return -1;
        } else if (take_value(r, off, e->tag, DCM_VR_OB, len, false, &data, &flags) != 0) {
            return -1;
        }
        fr->data = data;
    }
    e->frags = frags;
    return 0;
}

/* 1 when every byte from here to the end of the stream is zero (they are
 * consumed and counted in *count), 0 when a non-zero byte comes within the
 * next 64 KiB (nothing is consumed: the caller parses on), -1 on error,
 * which includes a longer run of zeros followed by data. */
static int rest_is_zero(reader *r, uint64_t *count) {
    enum { CHUNK = 64 * 1024 };
    uint64_t start = dcm_stream_pos(&r->s), n = 0;
    for (;;) {
        size_t got;
        const uint8_t *p = peek(r, CHUNK, &got);
        if (!p && got == SIZE_MAX) return -1;
        size_t avail = p ? CHUNK : got;
        if (!p) p = r->s.win + r->s.off;
        for (size_t i = 0; i < avail; i++) {
            if (!p[i]) continue;
            if (n == 0) return 0;
            char m[160];
            snprintf(m, sizeof m, "%llu zero bytes followed by data at offset %llu",
                     (unsigned long long)(n + i), (unsigned long long)(start + n + i));
            return fail_at(r, start, 0, m);
        }
        n += avail;
        dcm_stream_consume(&r->s, avail);
        if (avail < CHUNK) { *count = n; return 1; }
    }
}

static int read_dataset(reader *r, dcm_dataset *ds, uint64_t end, bool undefined_item,
                        unsigned depth, coding c, uint32_t seq_tag) {
    bool top = depth == 0;
    for (;;) {
        uint64_t off = dcm_stream_pos(&r->s);
        if (end != NO_END) {
            if (off == end) return 0;
            if (off > end) return fail_at(r, off, seq_tag, "element overran the end of its item");
        }
        size_t got;
        const uint8_t *p = peek(r, 12, &got);
        if (!p) {
            if (got == SIZE_MAX) return -1;
            if (got == 0) {
                if (top) return 0;
                return fail_at(r, off, seq_tag, "item of undefined length not closed before the end of data");
            }
            if (got < 8) {
                if (top) {
                    uint64_t z = 0;
                    int rc = rest_is_zero(r, &z);
                    if (rc < 0) return -1;
                    if (rc) { r->f->trailing_zero_bytes += z; return 0; }
                }
                /* name the element when its tag is there, else the sequence */
                const uint8_t *q = r->s.win + r->s.off;
                uint32_t t = got >= 4 ? (uint32_t)rd16(q, c.big_endian) << 16 | rd16(q + 2, c.big_endian)
                                      : seq_tag;
                return fail_at(r, off, t, "truncated element header");
            }
            p = r->s.win + r->s.off;   /* 8..11 bytes: enough for most headers */
        }
        uint32_t tag = (uint32_t)rd16(p, c.big_endian) << 16 | rd16(p + 2, c.big_endian);

        if (DCM_GROUP(tag) == 0xFFFE) {
            if (tag == DCM_TAG_ITEM_DELIM && undefined_item) {
                dcm_stream_consume(&r->s, 8);
                return 0;
            }
            if (tag == DCM_TAG_SEQ_DELIM && top && end == NO_END) {
                /* a stray sequence delimiter at the top level: seen in
                 * files written by broken tools; skip it */
                dcm_stream_consume(&r->s, 8);
                continue;
            }
            return fail_at(r, off, tag, "unexpected item or delimiter tag in a data set");
        }
        if (tag == 0 && top && end == NO_END) {
            uint64_t z = 0;
            int rc = rest_is_zero(r, &z);
            if (rc < 0) return -1;
            if (rc) { r->f->trailing_zero_bytes += z; return 0; }
            p = r->s.win + r->s.off;   /* its look-ahead may have moved the window */
        }
        if (count_element(r, off, tag) != 0) return -1;
        if (r->o->stop_at_pixel_data && top && tag >= DCM_TAG_PIXEL_DATA) return 0;

        dcm_vr vr;
        uint32_t len;
        size_t hdr;
        if (c.explicit_vr) {
            vr = dcm_vr_from_bytes(p[4], p[5]);
            if (vr == DCM_VR_UNKNOWN) {
                if (p[4] == 0 && p[5] == 0) {
                    /* seen in the wild: implicit-encoded element in an
                     * explicit data set is undecidable; report it */
                }
                char m[96];
                snprintf(m, sizeof m, "invalid VR bytes 0x%02X 0x%02X", p[4], p[5]);
                return fail_at(r, off, tag, m);
            }
            if (dcm_vr_has_long_length(vr)) {
                if (got < 12 && !r->s.win) return fail_at(r, off, tag, "truncated element header");
                if (dcm_stream_avail(&r->s) < 12) return fail_at(r, off, tag, "truncated element header");
                len = rd32(p + 8, c.big_endian);
                hdr = 12;
            } else {
                len = rd16(p + 6, c.big_endian);
                hdr = 8;
            }
        } else {
            vr = implicit_vr(tag);
            len = rd32(p + 4, c.big_endian);
            hdr = 8;
        }
        if (end != NO_END && end - off < hdr)
            return fail_at(r, off, tag, "element header crosses the end of its item");
        dcm_stream_consume(&r->s, hdr);
        if (vr >= DCM_VR_AMBIG_US_SS) vr = resolve_ambiguous(r, vr, tag, ds);

        dcm_element e;
        memset(&e, 0, sizeof e);
        e.tag = tag;
        e.vr = (uint8_t)vr;
        e.length = len;
        e.offset = dcm_stream_pos(&r->s);

        if (len == DCM_UNDEFINED_LENGTH) {
            e.flags |= DCM_EL_UNDEF_LENGTH;
            if (vr == DCM_VR_SQ) {
                if (read_sequence(r, &e, off, NO_END, depth, c) != 0) return -1;
            } else if (vr == DCM_VR_UN || (!c.explicit_vr && vr != DCM_VR_OB && vr != DCM_VR_OW)) {
                /* PS3.5 6.2.2: UN of undefined length is a sequence in
                 * implicit VR little endian */
                e.vr = DCM_VR_SQ;
                e.flags |= DCM_EL_FROM_UN;
                coding ic = { false, false };
                if (read_sequence(r, &e, off, NO_END, depth, ic) != 0) return -1;
            } else if (vr == DCM_VR_OB || vr == DCM_VR_OW) {
                e.flags |= DCM_EL_ENCAPSULATED;
                if (read_fragments(r, &e, c) != 0) return -1;
            } else {
                char m[96];
                snprintf(m, sizeof m, "undefined length is not allowed for VR %s", dcm_vr_name(vr));
                return fail_at(r, off, tag, m);
            }
        } else {
            if (check_length(r, off, tag, len, end) != 0) return -1;
            if (vr == DCM_VR_SQ) {
                if (read_sequence(r, &e, off, dcm_stream_pos(&r->s) + len, depth, c) != 0) return -1;
            } else {
                if (take_value(r, off, tag, vr, len, c.big_endian, &e.value, &e.flags) != 0) return -1;
            }
        }
        if (end != NO_END && dcm_stream_pos(&r->s) > end) {
            char m[128];
            snprintf(m, sizeof m, "element ends %llu bytes past the end of its item",
                     (unsigned long long)(dcm_stream_pos(&r->s) - end));
            return fail_at(r, off, tag, m);
        }
        bool dup;
        if (!dcm_dataset_add(ds, &r->f->arena, &e, &dup, r->err))
            return fail_at(r, off, tag, "out of memory for the element table");
        if (dup)
            dcm_file_warn(r->f, "offset %llu: element " TAGF " appears twice; the second is ignored",
                          (unsigned long long)off, TAGA(tag));
    }
}

/* Trim trailing NUL and spaces of a UI value into dst. The value ends at
 * its first NUL (what follows is not part of the C string anyway). */
static void copy_uid(char *dst, size_t cap, const dcm_element *e) {
    size_t n = 0;
    if ((e->flags & DCM_EL_LOADED) && e->value) {
        n = e->length < cap - 1 ? e->length : cap - 1;
        memcpy(dst, e->value, n);
        n = strnlen(dst, n);
    }
    while (n && dst[n - 1] == ' ') n--;
    dst[n] = 0;
}

/* Guess the coding of a data set from its first element. */
static coding detect_coding(const uint8_t *p, size_t n) {
    coding c = { false, false };
    if (n < 8) return c;
    bool vr_ok = dcm_vr_from_bytes(p[4], p[5]) != DCM_VR_UNKNOWN;
    uint16_t g_le = (uint16_t)(p[0] | p[1] << 8), g_be = (uint16_t)(p[0] << 8 | p[1]);
    if (vr_ok) {
        c.explicit_vr = true;
        c.big_endian = g_le > 0x00FF && g_be <= 0x00FF;
        return c;
    }
    c.big_endian = g_le > 0x00FF && g_be <= 0x00FF;
    return c;
}

static int read_file(reader *r) {
    dcm_file *f = r->f;
    size_t got;
    const uint8_t *p = peek(r, 132, &got);
    if (!p && got == SIZE_MAX) return -1;
    if (p && memcmp(p + 128, "DICM", 4) == 0) {
        f->has_preamble = true;
        dcm_stream_consume(&r->s, 132);
    } else if ((p || got >= 4) && memcmp(r->s.win + r->s.off, "DICM", 4) == 0) {
        dcm_stream_consume(&r->s, 4);
    }

    /* File meta: group 0002, explicit VR LE (tolerating implicit). */
    p = peek(r, 8, &got);
    if (!p) {
        if (got == SIZE_MAX) return -1;
        return tess_fail(r->err, "offset %llu: no DICOM data set (only %zu bytes)",
                         (unsigned long long)dcm_stream_pos(&r->s), got);
    }
    if (p[0] == 0x02 && p[1] == 0x00) {
        f->has_meta = true;
        coding mc = detect_coding(p, 8);
        mc.big_endian = false;
        /* read group 0002 elements one by one */
        for (;;) {
            const uint8_t *q = peek(r, 8, &got);
            if (!q) { if (got == SIZE_MAX) return -1; break; }
            if (!(q[0] == 0x02 && q[1] == 0x00)) break;
            dcm_dataset tmp = { 0 };
            /* parse exactly one element by bounding a data set read */
            uint64_t off = dcm_stream_pos(&r->s);
            uint32_t tag = DCM_TAG(0x0002, (uint16_t)(q[2] | q[3] << 8));
            dcm_vr vr;
            uint32_t len;
            size_t hdr;
            if (mc.explicit_vr && dcm_vr_from_bytes(q[4], q[5]) != DCM_VR_UNKNOWN) {
                vr = dcm_vr_from_bytes(q[4], q[5]);
                if (dcm_vr_has_long_length(vr)) {
                    q = peek(r, 12, &got);
                    if (!q) return fail_at(r, off, tag, "truncated file meta element");
                    len = rd32(q + 8, false);
                    hdr = 12;
                } else {
                    len = rd16(q + 6, false);
                    hdr = 8;
                }
            } else {
                vr = implicit_vr(tag);
                len = rd32(q + 4, false);
                hdr = 8;
            }
            (void)tmp;
            /* no sequences in the file meta: keep such a value as bytes */
            if (vr == DCM_VR_SQ) vr = DCM_VR_UN;
            dcm_stream_consume(&r->s, hdr);
            if (len == DCM_UNDEFINED_LENGTH)
                return fail_at(r, off, tag, "undefined length in the file meta group");
            if (count_element(r, off, tag) != 0) return -1;
            if (check_length(r, off, tag, len, NO_END) != 0) return -1;
            if (len > (1u << 20)) return fail_at(r, off, tag, "file meta element larger than 1 MiB");
            dcm_element e;
            memset(&e, 0, sizeof e);
            e.tag = tag;
            e.vr = (uint8_t)vr;
            e.length = len;
            e.offset = dcm_stream_pos(&r->s);
            bool save = r->copy_all;
            r->copy_all = true;
            int rc = take_value(r, off, tag, vr, len, false, &e.value, &e.flags);
            r->copy_all = save;
            if (rc) return -1;
            bool dup;
            if (!dcm_dataset_add(&f->meta, &f->arena, &e, &dup, r->err))
                return fail_at(r, off, tag, "out of memory for the element table");
            if (dup) dcm_file_warn(f, "offset %llu: element " TAGF " appears twice; the second is ignored",
                                   (unsigned long long)off, TAGA(tag));
        }
    }

    coding c;
    const dcm_element *tse = dcm_dataset_find(&f->meta, DCM_TAG_TRANSFER_SYNTAX);
    if (tse) copy_uid(f->transfer_syntax, sizeof f->transfer_syntax, tse);
    p = peek(r, 8, &got);
    const uint8_t *first = p ? p : r->s.win + r->s.off;
    size_t first_n = p ? 8 : (got == SIZE_MAX ? 0 : got);
    if (f->transfer_syntax[0] && dcm_transfer_syntax_lookup(f->transfer_syntax, &f->ts)) {
        c.explicit_vr = f->ts.explicit_vr;
        c.big_endian = f->ts.big_endian;
        if (f->ts.deflated) {
            if (dcm_stream_inflate(&r->s, r->err) != 0) return -1;
        } else if (first_n >= 8) {
            /* Trust but verify: a meta that says explicit VR over
             * implicit data (or the reverse) is common in the wild. The
             * byte order as declared is kept: group numbers alone cannot
             * tell it reliably. */
            coding d = detect_coding(first, first_n);
            if (d.explicit_vr != c.explicit_vr) {
                c.explicit_vr = d.explicit_vr;
                f->ts_detected = true;
            }
        }
    } else {
        c = detect_coding(first, first_n);
        f->ts_detected = true;
        f->ts = (dcm_transfer_syntax){ c.explicit_vr, c.big_endian, false, false };
        if (!f->transfer_syntax[0])
            snprintf(f->transfer_syntax, sizeof f->transfer_syntax, "%s",
                     !c.explicit_vr ? "1.2.840.10008.1.2"
                     : c.big_endian ? "1.2.840.10008.1.2.2" : "1.2.840.10008.1.2.1");
    }
    f->ts.explicit_vr = c.explicit_vr;
    f->ts.big_endian = c.big_endian;
    if (read_dataset(r, &f->ds, NO_END, false, 0, c, 0) != 0) return -1;
    f->size = dcm_stream_pos(&r->s);
    return 0;
}

static dcm_file *new_file(const dcm_read_opts *o) {
    arena a;
    arena_init(&a, o->max_memory);
    dcm_file *f = arena_calloc(&a, sizeof *f);
    if (!f) { arena_destroy(&a); return NULL; }
    f->arena = a;
    f->fd = -1;
    return f;
}

int dcm_read_path(const char *path, const dcm_read_opts *o, dcm_file **out, tess_error *err) {
    dcm_read_opts def;
    if (!o) { dcm_read_opts_default(&def); o = &def; }
    *out = NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return tess_fail(err, "%s: %s", path, strerror(errno));
    dcm_file *f = new_file(o);
    if (!f) { close(fd); return tess_fail(err, "%s: out of memory", path); }
    f->fd = fd;
    f->own_fd = true;
    reader r = { .f = f, .o = o, .err = err };
    if (dcm_stream_open_fd(&r.s, fd, err) != 0) {
        dcm_stream_close(&r.s);
        dcm_file_free(f);
        return tess_fail_prefix(err, "%s", path);
    }
    int rc = read_file(&r);
    /* a deflated stream cannot serve values later: they were all loaded */
    dcm_stream_close(&r.s);
    if (rc != 0) {
        /* the arena may have been freed with f: copy the path prefix last */
        dcm_file_free(f);
        return tess_fail_prefix(err, "%s", path);
    }
    *out = f;
    return 0;
}

int dcm_read_mem(const uint8_t *p, size_t n, const dcm_read_opts *o, dcm_file **out,
                 tess_error *err) {
    dcm_read_opts def;
    if (!o) { dcm_read_opts_default(&def); o = &def; }
    *out = NULL;
    dcm_file *f = new_file(o);
    if (!f) return tess_fail(err, "out of memory");
    reader r = { .f = f, .o = o, .err = err, .copy_all = true };
    dcm_stream_open_mem(&r.s, p, n);
    int rc = read_file(&r);
    dcm_stream_close(&r.s);
    if (rc != 0) { dcm_file_free(f); return -1; }
    *out = f;
    return 0;
}
