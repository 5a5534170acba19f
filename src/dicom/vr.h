/*
 * vr.h - DICOM Value Representations (PS3.5 section 6.2).
 *
 * Every element carries one VR. The enum is ordered alphabetically and
 * DCM_VR_UNKNOWN (0) means "not decided yet" (implicit VR before the
 * dictionary is consulted). The two-letter code of each VR is packed into
 * a uint16_t as ('A' << 8 | 'E') so that parsing an explicit VR is one
 * table lookup.
 *
 * Ambiguous dictionary VRs ("US or SS", "OB or OW", ...) are represented by
 * the DCM_VR_AMBIG_* values; the reader resolves them from the data set
 * (PixelRepresentation, BitsAllocated) as PS3.5 Annex A prescribes.
 */
#ifndef TESSERA_DICOM_VR_H
#define TESSERA_DICOM_VR_H

#include <stdbool.h>
#include <stdint.h>

typedef enum dcm_vr {
    DCM_VR_UNKNOWN = 0,
    DCM_VR_AE, DCM_VR_AS, DCM_VR_AT, DCM_VR_CS, DCM_VR_DA, DCM_VR_DS,
    DCM_VR_DT, DCM_VR_FD, DCM_VR_FL, DCM_VR_IS, DCM_VR_LO, DCM_VR_LT,
    DCM_VR_OB, DCM_VR_OD, DCM_VR_OF, DCM_VR_OL, DCM_VR_OV, DCM_VR_OW,
    DCM_VR_PN, DCM_VR_SH, DCM_VR_SL, DCM_VR_SQ, DCM_VR_SS, DCM_VR_ST,
    DCM_VR_SV, DCM_VR_TM, DCM_VR_UC, DCM_VR_UI, DCM_VR_UL, DCM_VR_UN,
    DCM_VR_UR, DCM_VR_US, DCM_VR_UT, DCM_VR_UV,
    DCM_VR_COUNT_REAL,          /* number of real VRs + 1 */
    /* dictionary-only pseudo VRs, never seen on the wire */
    DCM_VR_AMBIG_US_SS = DCM_VR_COUNT_REAL,  /* "US or SS" */
    DCM_VR_AMBIG_OB_OW,                      /* "OB or OW" */
    DCM_VR_AMBIG_US_OW,                      /* "US or OW" */
    DCM_VR_AMBIG_US_SS_OW,                   /* "US or SS or OW" */
    DCM_VR_NONE,                             /* items and delimiters */
    DCM_VR_COUNT
} dcm_vr;

/* "AE".. for real VRs, "xs"/"ox"/"px"/"lt"/"na" for pseudo VRs. */
const char *dcm_vr_name(dcm_vr vr);

/* Parse two bytes as a VR code; DCM_VR_UNKNOWN when not a known code. */
dcm_vr dcm_vr_from_bytes(uint8_t a, uint8_t b);

/* Explicit VR encoding uses a 2-byte reserved field + 4-byte length. */
bool dcm_vr_has_long_length(dcm_vr vr);

/* Character-string VRs that Specific Character Set applies to. */
bool dcm_vr_is_charset_text(dcm_vr vr);

/* VRs whose value is a string (padded with spaces, '\\' multi-valued). */
bool dcm_vr_is_string(dcm_vr vr);

/* VRs holding opaque bytes that JSON renders as InlineBinary. */
bool dcm_vr_is_binary(dcm_vr vr);

/* Size of one value for fixed-size numeric VRs (AT, FL, FD, SL, SS, SV,
 * UL, US, UV, OD, OF, OL, OV, OW), 1 for OB/UN, 0 for strings and SQ. */
unsigned dcm_vr_unit_size(dcm_vr vr);

#endif
