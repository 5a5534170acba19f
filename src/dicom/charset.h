/*
 * charset.h - Specific Character Set (0008,0005) decoding to UTF-8.
 *
 * DICOM text (SH, LO, ST, LT, UT, PN, UC) is encoded in the character sets
 * named by Specific Character Set: one single-byte set (ISO_IR 100 ...),
 * UTF-8 (ISO_IR 192), GB18030 / GBK, or ISO 2022 code extensions where
 * escape sequences switch the G0 and G1 sets inside a value (Japanese
 * IR 13 / IR 87 / IR 159, Korean IR 149, Chinese IR 58, and single-byte
 * sets). PS3.5 section 6.1 and PS3.3 C.12.1.1.2 describe the rules.
 *
 * A dcm_charset describes the sets in force for a data set (items inherit
 * their parent's unless they carry their own). dcm_charset_decode appends
 * the UTF-8 form of a value to a buffer. Bytes that are not valid in the
 * declared set become U+FFFD, so the output is always valid UTF-8.
 *
 * Conversion tables come from glibc's iconv, opened per call with a small
 * per-thread-free design: a dcm_charset is immutable once parsed and can be
 * shared between threads.
 */
#ifndef TESSERA_DICOM_CHARSET_H
#define TESSERA_DICOM_CHARSET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dicom/dataset.h"
#include "util/buf.h"

/* Character sets the decoder knows. */
typedef enum dcm_cs {
    DCM_CS_ASCII = 0,   /* ISO_IR 6 / ISO 2022 IR 6 (default repertoire) */
    DCM_CS_LATIN1,      /* ISO_IR 100 */
    DCM_CS_LATIN2,      /* ISO_IR 101 */
    DCM_CS_LATIN3,      /* ISO_IR 109 */
    DCM_CS_LATIN4,      /* ISO_IR 110 */
    DCM_CS_CYRILLIC,    /* ISO_IR 144 */
    DCM_CS_ARABIC,      /* ISO_IR 127 */
    DCM_CS_GREEK,       /* ISO_IR 126 */
    DCM_CS_HEBREW,      /* ISO_IR 138 */
    DCM_CS_LATIN5,      /* ISO_IR 148 */
    DCM_CS_LATIN9,      /* ISO_IR 203 */
    DCM_CS_THAI,        /* ISO_IR 166 */
    DCM_CS_JIS_X0201,   /* ISO_IR 13: katakana in G1, romaji in G0 */
    DCM_CS_JIS_X0208,   /* ISO 2022 IR 87 (G0, two bytes) */
    DCM_CS_JIS_X0212,   /* ISO 2022 IR 159 (G0, two bytes) */
    DCM_CS_KSX1001,     /* ISO 2022 IR 149 (G1, two bytes) */
    DCM_CS_GB2312,      /* ISO 2022 IR 58 (G1, two bytes) */
    DCM_CS_UTF8,        /* ISO_IR 192 */
    DCM_CS_GB18030,     /* GB18030 */
    DCM_CS_GBK,         /* GBK */
    DCM_CS_COUNT
} dcm_cs;

#define DCM_CHARSET_MAX 8

typedef struct dcm_charset {
    uint8_t n;                      /* number of values of (0008,0005) */
    uint8_t sets[DCM_CHARSET_MAX];  /* dcm_cs of each value */
    bool iso2022;                   /* code extensions in use */
} dcm_charset;

/* The default (ASCII) character set. */
void dcm_charset_default(dcm_charset *cs);

/* Parse (0008,0005) of a data set into *cs. Without the element, *cs is
 * left as it is (inherited). Unknown terms are reported in err and the
 * default repertoire is used for that value; returns -1 then, and *cs is
 * still usable. */
int dcm_charset_from_dataset(dcm_charset *cs, const dcm_dataset *ds, tess_error *err);

/* Append the UTF-8 form of raw text to out. `is_pn` enables the '^' and
 * '=' delimiters that reset ISO 2022 state inside person names. */
void dcm_charset_decode(const dcm_charset *cs, const uint8_t *p, size_t n, bool is_pn,
                        tess_buf *out);

#endif
