/*
 * dataset.h - the in-memory DICOM object model.
 *
 * A dcm_file is what the reader (reader.h) produces: the file meta group, the
 * data set, what was learned about the encoding, and one arena that owns
 * every element, value and item. Elements of a data set are kept sorted by
 * tag. Values are normalised to little-endian byte order when loaded.
 *
 * Large values (above the reader's bulk threshold) of a seekable file are
 * not loaded: the element keeps the value's file offset and length, and
 * dcm_file_read_value fetches the bytes (with pread) when a writer needs
 * them. That keeps memory bounded for multi-gigabyte pixel data.
 *
 * Encapsulated pixel data keeps its fragments (index 0 is the Basic Offset
 * Table item) with the same loaded-or-offset rule.
 *
 * Sequences hold their items as an array of nested dcm_dataset.
 */
#ifndef TESSERA_DICOM_DATASET_H
#define TESSERA_DICOM_DATASET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dicom/vr.h"
#include "util/arena.h"
#include "util/error.h"

#define DCM_TAG(g, e) (((uint32_t)(g) << 16) | (uint32_t)(e))
#define DCM_GROUP(t) ((uint16_t)((t) >> 16))
#define DCM_ELEM(t) ((uint16_t)((t) & 0xFFFF))
#define DCM_UNDEFINED_LENGTH 0xFFFFFFFFu

/* Tags used by the parser itself. */
#define DCM_TAG_ITEM           DCM_TAG(0xFFFE, 0xE000)
#define DCM_TAG_ITEM_DELIM     DCM_TAG(0xFFFE, 0xE00D)
#define DCM_TAG_SEQ_DELIM      DCM_TAG(0xFFFE, 0xE0DD)
#define DCM_TAG_TRANSFER_SYNTAX DCM_TAG(0x0002, 0x0010)
#define DCM_TAG_SPECIFIC_CHARSET DCM_TAG(0x0008, 0x0005)
#define DCM_TAG_PIXEL_REPRESENTATION DCM_TAG(0x0028, 0x0103)
#define DCM_TAG_BITS_ALLOCATED DCM_TAG(0x0028, 0x0100)
#define DCM_TAG_NUMBER_OF_FRAMES DCM_TAG(0x0028, 0x0008)
#define DCM_TAG_EXTENDED_OFFSET_TABLE DCM_TAG(0x7FE0, 0x0001)
#define DCM_TAG_EXTENDED_OFFSET_TABLE_LENGTHS DCM_TAG(0x7FE0, 0x0002)
#define DCM_TAG_PIXEL_DATA     DCM_TAG(0x7FE0, 0x0010)
#define DCM_TAG_TRAILING_PADDING DCM_TAG(0xFFFC, 0xFFFC)

enum {
    DCM_EL_LOADED       = 1 << 0,  /* value bytes are in memory */
    DCM_EL_UNDEF_LENGTH = 1 << 1,  /* encoded with undefined length */
    DCM_EL_ENCAPSULATED = 1 << 2,  /* fragments (pixel data) */
    DCM_EL_SWAP         = 1 << 3,  /* not loaded and big-endian on disk */
    DCM_EL_FROM_UN      = 1 << 4,  /* UN of undefined length read as SQ */
};

typedef struct dcm_dataset dcm_dataset;

typedef struct dcm_fragment {
    uint64_t offset;        /* logical stream offset of the fragment bytes */
    uint32_t length;
    uint8_t *data;          /* loaded bytes, or NULL */
} dcm_fragment;

typedef struct dcm_element {
    uint32_t tag;
    uint8_t vr;             /* dcm_vr */
    uint8_t flags;          /* DCM_EL_* */
    uint32_t length;        /* value length in bytes; for SQ and fragments
                               the encoded length (maybe undefined) */
    uint64_t offset;        /* logical stream offset of the value */
    uint8_t *value;         /* loaded value, NUL-terminated; NULL if not */
    uint32_t count;         /* SQ items or fragments */
    dcm_dataset *items;     /* SQ: `count` items */
    dcm_fragment *frags;    /* encapsulated: `count` fragments, [0] = BOT */
} dcm_element;

struct dcm_dataset {
    dcm_element *el;
    uint32_t n, cap;
    uint64_t offset;        /* offset of the item (or data set) start */
};

typedef struct dcm_transfer_syntax {
    bool explicit_vr;
    bool big_endian;
    bool deflated;
    bool encapsulated;      /* pixel data is expected in fragments */
} dcm_transfer_syntax;

struct dcm_frame_cache;     /* private to encaps.c */

typedef struct dcm_file {
    arena arena;            /* owns everything below */
    dcm_dataset meta;       /* group 0002 */
    dcm_dataset ds;         /* the data set */
    char transfer_syntax[65];   /* as found (or detected), trimmed */
    dcm_transfer_syntax ts;
    bool has_preamble;
    bool has_meta;
    bool ts_detected;       /* not given by the meta; guessed from data */
    uint64_t trailing_zero_bytes;  /* zero bytes after the data set */
    uint64_t size;          /* bytes consumed (logical) */
    uint64_t elements;      /* elements parsed, all levels */
    uint32_t warnings;      /* problems tolerated (see docs/dicom.md) */
    char warning[256];      /* the first of them */
    int fd;                 /* source for values not loaded, or -1 */
    bool own_fd;
    struct dcm_frame_cache *frame_cache;  /* encaps.c's fragment-to-frame map of the
                                             pixel data, built on first use (in the
                                             arena); NULL until then */
} dcm_file;

/* Find an element of a data set by tag (binary search). NULL if absent. */
dcm_element *dcm_dataset_find(const dcm_dataset *ds, uint32_t tag);

/* Append an element keeping the set sorted (insertion when out of order).
 * A duplicate tag replaces nothing: the first one stays, *dup is set, and
 * the existing element is returned. NULL on allocation failure. */
dcm_element *dcm_dataset_add(dcm_dataset *ds, arena *a, const dcm_element *e,
                             bool *dup, tess_error *err);

/* Record a tolerated problem (the first message is kept). */
void dcm_file_warn(dcm_file *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Get the value bytes of an element, loading them if needed. Fragments of
 * encapsulated data are not joined: use dcm_file_read_range per fragment.
 * On success *out points to `e->length` bytes owned by the file's arena
 * (cached in the element when loaded here). */
int dcm_file_value(dcm_file *f, dcm_element *e, const uint8_t **out, tess_error *err);

/* Read [offset, offset+n) of the source into dst (values not loaded). */
int dcm_file_read_range(const dcm_file *f, uint64_t offset, void *dst, size_t n,
                        tess_error *err);

/* The i-th value of a string element, trimmed of padding (no charset
 * decoding); *len receives its length. NULL when i is past the end. */
const char *dcm_string_value(const dcm_element *e, unsigned i, size_t *len);

/* Number of values of a string element ('\\'-separated), 0 when empty. */
unsigned dcm_string_count(const dcm_element *e);

/* First value of an integer element (US, SS, UL, SL, IS) as long. */
bool dcm_element_int(const dcm_element *e, long *out);

/* Byte-swap n bytes of values of a VR from big to little endian. */
void dcm_swap_values(dcm_vr vr, uint8_t *p, size_t n);

/* Reverse the byte order of each u-byte unit of p[0..n) (u < 2: no-op). */
void dcm_swap_units(uint8_t *p, size_t n, unsigned u);

void dcm_file_free(dcm_file *f);

#endif
