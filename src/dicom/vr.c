/*
 * vr.c - properties of the DICOM Value Representations (see vr.h).
 */
#include "dicom/vr.h"

static const char *const vr_names[DCM_VR_COUNT] = {
    [DCM_VR_UNKNOWN] = "??",
    [DCM_VR_AE] = "AE", [DCM_VR_AS] = "AS", [DCM_VR_AT] = "AT", [DCM_VR_CS] = "CS",
    [DCM_VR_DA] = "DA", [DCM_VR_DS] = "DS", [DCM_VR_DT] = "DT", [DCM_VR_FD] = "FD",
    [DCM_VR_FL] = "FL", [DCM_VR_IS] = "IS", [DCM_VR_LO] = "LO", [DCM_VR_LT] = "LT",
    [DCM_VR_OB] = "OB", [DCM_VR_OD] = "OD", [DCM_VR_OF] = "OF", [DCM_VR_OL] = "OL",
    [DCM_VR_OV] = "OV", [DCM_VR_OW] = "OW", [DCM_VR_PN] = "PN", [DCM_VR_SH] = "SH",
    [DCM_VR_SL] = "SL", [DCM_VR_SQ] = "SQ", [DCM_VR_SS] = "SS", [DCM_VR_ST] = "ST",
    [DCM_VR_SV] = "SV", [DCM_VR_TM] = "TM", [DCM_VR_UC] = "UC", [DCM_VR_UI] = "UI",
    [DCM_VR_UL] = "UL", [DCM_VR_UN] = "UN", [DCM_VR_UR] = "UR", [DCM_VR_US] = "US",
    [DCM_VR_UT] = "UT", [DCM_VR_UV] = "UV",
    [DCM_VR_AMBIG_US_SS] = "xs", [DCM_VR_AMBIG_OB_OW] = "ox",
    [DCM_VR_AMBIG_US_OW] = "lt", [DCM_VR_AMBIG_US_SS_OW] = "px",
    [DCM_VR_NONE] = "na",
};

const char *dcm_vr_name(dcm_vr vr) {
    if ((unsigned)vr >= DCM_VR_COUNT) return "??";
    return vr_names[vr];
}

dcm_vr dcm_vr_from_bytes(uint8_t a, uint8_t b) {
    /* Real VRs are two upper-case letters; a 26x26 switch on the first
     * letter keeps this branch-light without a global lookup table. */
    if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z') return DCM_VR_UNKNOWN;
    for (int v = DCM_VR_AE; v < DCM_VR_COUNT_REAL; v++)
        if (vr_names[v][0] == a && vr_names[v][1] == b) return (dcm_vr)v;
    return DCM_VR_UNKNOWN;
}

bool dcm_vr_has_long_length(dcm_vr vr) {
    switch (vr) {
    case DCM_VR_OB: case DCM_VR_OD: case DCM_VR_OF: case DCM_VR_OL:
    case DCM_VR_OV: case DCM_VR_OW: case DCM_VR_SQ: case DCM_VR_SV:
    case DCM_VR_UC: case DCM_VR_UN: case DCM_VR_UR: case DCM_VR_UT:
    case DCM_VR_UV:
        return true;
    default:
        return false;
    }
}

bool dcm_vr_is_charset_text(dcm_vr vr) {
    switch (vr) {
    case DCM_VR_SH: case DCM_VR_LO: case DCM_VR_ST: case DCM_VR_LT:
    case DCM_VR_UT: case DCM_VR_PN: case DCM_VR_UC:
        return true;
    default:
        return false;
    }
}

bool dcm_vr_is_string(dcm_vr vr) {
    switch (vr) {
    case DCM_VR_AE: case DCM_VR_AS: case DCM_VR_CS: case DCM_VR_DA:
    case DCM_VR_DS: case DCM_VR_DT: case DCM_VR_IS: case DCM_VR_LO:
    case DCM_VR_LT: case DCM_VR_PN: case DCM_VR_SH: case DCM_VR_ST:
    case DCM_VR_TM: case DCM_VR_UC: case DCM_VR_UI: case DCM_VR_UR:
    case DCM_VR_UT:
        return true;
    default:
        return false;
    }
}

bool dcm_vr_is_binary(dcm_vr vr) {
    switch (vr) {
    case DCM_VR_OB: case DCM_VR_OD: case DCM_VR_OF: case DCM_VR_OL:
    case DCM_VR_OV: case DCM_VR_OW: case DCM_VR_UN:
        return true;
    default:
        return false;
    }
}

unsigned dcm_vr_unit_size(dcm_vr vr) {
    switch (vr) {
    case DCM_VR_OB: case DCM_VR_UN: return 1;
    case DCM_VR_SS: case DCM_VR_US: case DCM_VR_OW: return 2;
    case DCM_VR_AT: case DCM_VR_FL: case DCM_VR_SL: case DCM_VR_UL:
    case DCM_VR_OF: case DCM_VR_OL: return 4;
    case DCM_VR_FD: case DCM_VR_SV: case DCM_VR_UV: case DCM_VR_OD:
    case DCM_VR_OV: return 8;
    default: return 0;
    }
}
