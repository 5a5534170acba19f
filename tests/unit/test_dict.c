/*
 * test_dict.c - unit tests for the DICOM data dictionary (src/dicom/dict.c
 * over the generated src/dicom/dict_table.c).
 *
 * Spot checks of well-known tags, ambiguous VRs, repeating groups, group
 * lengths and private tags, then a full walk of the generated tables:
 * every entry must be found again by its tag and by its keyword, the exact
 * table must be strictly sorted and the keyword index sorted by strcmp.
 */

#include "harness.h"

#include "dicom/dict.h"
#include "dicom/dict_table.h"

static void test_patient_name(void) {
    const dcm_dict_entry *e = dcm_dict_lookup(0x00100010);
    CHECK(e != NULL);
    if (!e) return;
    CHECK_INT(e->tag, 0x00100010);
    CHECK_INT(e->mask, 0xFFFFFFFFu);
    CHECK_INT(e->vr, DCM_VR_PN);
    CHECK_INT(e->retired, 0);
    CHECK_STR(e->keyword, "PatientName");
    CHECK_STR(e->vm, "1");
    CHECK_STR(e->name, "Patient's Name");
}

static void test_pixel_data(void) {
    const dcm_dict_entry *e = dcm_dict_lookup(0x7FE00010);
    CHECK(e != NULL);
    if (!e) return;
    /* the exact entry wins over the 7Fxx,0010 VariablePixelData repeater */
    CHECK_INT(e->mask, 0xFFFFFFFFu);
    CHECK_INT(e->vr, DCM_VR_AMBIG_OB_OW);
    CHECK_STR(e->keyword, "PixelData");
    CHECK_INT(e->retired, 0);
}

static void test_ambiguous_vrs(void) {
    const dcm_dict_entry *e = dcm_dict_lookup(0x00280106);
    CHECK(e && e->vr == DCM_VR_AMBIG_US_SS);
    CHECK(e && strcmp(e->keyword, "SmallestImagePixelValue") == 0);
    e = dcm_dict_lookup(0x00281101);
    CHECK(e && e->vr == DCM_VR_AMBIG_US_SS);
    e = dcm_dict_lookup(0x00283006);
    CHECK(e && e->vr == DCM_VR_AMBIG_US_OW);
    CHECK(e && strcmp(e->keyword, "LUTData") == 0);
    e = dcm_dict_lookup(0x00281200);
    CHECK(e && e->vr == DCM_VR_AMBIG_US_SS_OW);
    CHECK(e && e->retired == 1);
}

static void test_newer_vrs(void) {
    const dcm_dict_entry *e = dcm_dict_lookup(0x00720082);
    CHECK(e && e->vr == DCM_VR_SV);
    e = dcm_dict_lookup(0x00720083);
    CHECK(e && e->vr == DCM_VR_UV);
    e = dcm_dict_lookup(0x0072006D);
    CHECK(e && e->vr == DCM_VR_UN);
    e = dcm_dict_lookup(0x7FE00001);
    CHECK(e && e->vr == DCM_VR_OV);
}

static void test_overlay_repeater(void) {
    const dcm_dict_entry *e = dcm_dict_lookup(0x60023000);
    CHECK(e != NULL);
    if (!e) return;
    CHECK_STR(e->keyword, "OverlayData");
    CHECK_INT(e->vr, DCM_VR_AMBIG_OB_OW);
    CHECK_INT(e->tag, 0x60003000);
    CHECK_INT(e->mask, 0xFF00FFFFu);
    CHECK_INT(e->retired, 0);
    CHECK(dcm_dict_lookup(0x60003000) == e);
    CHECK(dcm_dict_lookup(0x601E3000) == e);
    /* odd groups are private even when a mask would match */
    CHECK(dcm_dict_lookup(0x60013000) == NULL);
    e = dcm_dict_lookup(0x60020010);
    CHECK(e && strcmp(e->keyword, "OverlayRows") == 0 && e->vr == DCM_VR_US);
}

static void test_curve_repeater(void) {
    const dcm_dict_entry *e = dcm_dict_lookup(0x50123000);
    CHECK(e != NULL);
    if (!e) return;
    CHECK_STR(e->keyword, "CurveData");
    CHECK_INT(e->vr, DCM_VR_AMBIG_OB_OW);
    CHECK_INT(e->retired, 1);
    CHECK_INT(e->tag, 0x50003000);
    CHECK_INT(e->mask, 0xFF00FFFFu);
    e = dcm_dict_lookup(0x50122000);
    CHECK(e && strcmp(e->keyword, "AudioType") == 0);
    CHECK(e && e->retired == 1 && e->vr == DCM_VR_US);
    /* element-nibble masks: 1000,xxx3 and 0020,31xx */
    e = dcm_dict_lookup(0x10000123);
    CHECK(e && strcmp(e->keyword, "HuffmanTableTriplet") == 0);
    CHECK(e && e->tag == 0x10000003 && e->mask == 0xFFFF000Fu);
    e = dcm_dict_lookup(0x002031AB);
    CHECK(e && strcmp(e->keyword, "SourceImageIDs") == 0);
}

static void test_retired(void) {
    const dcm_dict_entry *e = dcm_dict_lookup(0x00080010);
    CHECK(e && strcmp(e->keyword, "RecognitionCode") == 0);
    CHECK(e && e->retired == 1);
    e = dcm_dict_lookup(0x00000001);
    CHECK(e && strcmp(e->keyword, "CommandLengthToEnd") == 0);
    CHECK(e && e->retired == 1);
    e = dcm_dict_lookup(0x0020000D);
    CHECK(e && e->retired == 0);
}

static void test_command_and_meta_groups(void) {
    const dcm_dict_entry *e = dcm_dict_lookup(0x00000100);
    CHECK(e && strcmp(e->keyword, "CommandField") == 0 && e->vr == DCM_VR_US);
    e = dcm_dict_lookup(0x00020010);
    CHECK(e && strcmp(e->keyword, "TransferSyntaxUID") == 0 && e->vr == DCM_VR_UI);
    e = dcm_dict_lookup(0x00020001);
    CHECK(e && e->vr == DCM_VR_OB);
}

static void test_group_length(void) {
    const dcm_dict_entry *e = dcm_dict_lookup(0x00000000);
    CHECK(e && strcmp(e->keyword, "CommandGroupLength") == 0);
    CHECK(e && e->vr == DCM_VR_UL && e->retired == 0);
    e = dcm_dict_lookup(0x00020000);
    CHECK(e && strcmp(e->keyword, "FileMetaInformationGroupLength") == 0);
    CHECK(e && e->vr == DCM_VR_UL && e->retired == 0);

    const dcm_dict_entry *g = dcm_dict_lookup(0x00080000);
    CHECK(g != NULL);
    if (!g) return;
    CHECK_STR(g->keyword, "GroupLength");
    CHECK_INT(g->vr, DCM_VR_UL);
    CHECK_STR(g->vm, "1");
    CHECK_INT(g->retired, 1);
    CHECK_INT(g->tag, 0);
    CHECK_INT(g->mask, 0x0000FFFFu);
    CHECK(dcm_dict_lookup(0x00100000) == g);
    CHECK(dcm_dict_lookup(0x7FE00000) == g);
    /* element 0000 is a group length even where a repeater's mask fits */
    CHECK(dcm_dict_lookup(0x10000000) == g);
    CHECK(dcm_dict_lookup(0x10100000) == g);
    CHECK(dcm_dict_lookup(0x60000000) == g);
    CHECK(dcm_dict_by_keyword("GroupLength") == g);
    /* private group lengths are not in the dictionary */
    CHECK(dcm_dict_lookup(0x00090000) == NULL);
}

static void test_private_and_unknown(void) {
    CHECK(dcm_dict_lookup(0x00090010) == NULL);
    CHECK(dcm_dict_lookup(0x00111001) == NULL);
    CHECK(dcm_dict_lookup(0x00291010) == NULL);
    CHECK(dcm_dict_lookup(0xFFFFFFFF) == NULL);
    CHECK(dcm_dict_lookup(0x0008FFFE) == NULL);  /* even group, unassigned */
    CHECK(dcm_dict_lookup(0x12340002) == NULL);
}

static void test_items_and_delimiters(void) {
    static const uint32_t tags[] = { 0xFFFEE000, 0xFFFEE00D, 0xFFFEE0DD };
    static const char *const keywords[] = {
        "Item", "ItemDelimitationItem", "SequenceDelimitationItem"
    };
    for (size_t i = 0; i < 3; i++) {
        const dcm_dict_entry *e = dcm_dict_lookup(tags[i]);
        CHECK(e != NULL);
        if (!e) continue;
        CHECK_INT(e->vr, DCM_VR_NONE);
        CHECK_STR(e->keyword, keywords[i]);
    }
}

static void test_by_keyword(void) {
    static const struct { const char *keyword; uint32_t tag; uint32_t mask; } cases[] = {
        { "PatientName", 0x00100010, 0xFFFFFFFF },
        { "StudyInstanceUID", 0x0020000D, 0xFFFFFFFF },
        { "SOPInstanceUID", 0x00080018, 0xFFFFFFFF },
        { "PixelData", 0x7FE00010, 0xFFFFFFFF },
        { "TransferSyntaxUID", 0x00020010, 0xFFFFFFFF },
        { "CommandField", 0x00000100, 0xFFFFFFFF },
        { "Item", 0xFFFEE000, 0xFFFFFFFF },
        { "DataSetTrailingPadding", 0xFFFCFFFC, 0xFFFFFFFF },
        { "OverlayData", 0x60003000, 0xFF00FFFF },
        { "CurveData", 0x50003000, 0xFF00FFFF },
        { "EscapeTriplet", 0x10000000, 0xFFFF000F },
        { "ZonalMap", 0x10100000, 0xFFFF0000 },
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const dcm_dict_entry *e = dcm_dict_by_keyword(cases[i].keyword);
        CHECK(e != NULL);
        if (!e) { fprintf(stderr, "  keyword %s\n", cases[i].keyword); continue; }
        CHECK_INT(e->tag, cases[i].tag);
        CHECK_INT(e->mask, cases[i].mask);
        CHECK_STR(e->keyword, cases[i].keyword);
    }
    /* and back: tag -> keyword -> same entry */
    CHECK(dcm_dict_by_keyword(dcm_dict_lookup(0x0020000D)->keyword) ==
          dcm_dict_lookup(0x0020000D));
    CHECK(dcm_dict_by_keyword(dcm_dict_lookup(0x60043000)->keyword) ==
          dcm_dict_lookup(0x60043000));

    CHECK(dcm_dict_by_keyword("NoSuchKeyword") == NULL);
    CHECK(dcm_dict_by_keyword("patientname") == NULL);    /* case-sensitive */
    CHECK(dcm_dict_by_keyword("PatientNam") == NULL);
    CHECK(dcm_dict_by_keyword("PatientNameX") == NULL);
    CHECK(dcm_dict_by_keyword("") == NULL);
    CHECK(dcm_dict_by_keyword(NULL) == NULL);
    CHECK(dcm_dict_by_keyword("AAAA") == NULL);            /* before the first */
    CHECK(dcm_dict_by_keyword("zzzz") == NULL);            /* after the last */
}

static void test_size(void) {
    CHECK(dcm_dict_size() > 4000);
    CHECK_INT(dcm_dict_size(), dcm_dict_table_count + dcm_dict_repeaters_count);
}

/* Common sanity for any entry. */
static int entry_ok(const dcm_dict_entry *e) {
    return e->vr != DCM_VR_UNKNOWN && e->vr < DCM_VR_COUNT &&
           e->retired <= 1 && e->keyword && e->vm && e->vm[0] && e->name &&
           ((e->tag >> 16) & 1) == 0 && (e->tag & ~e->mask) == 0;
}

static void test_exact_table_round_trip(void) {
    size_t keyworded = 0;
    for (size_t i = 0; i < dcm_dict_table_count; i++) {
        const dcm_dict_entry *e = &dcm_dict_table[i];
        if (!entry_ok(e)) { CHECK(!"bad exact entry"); fprintf(stderr, "  %08X\n", e->tag); }
        CHECK_INT(e->mask, 0xFFFFFFFFu);
        if (i > 0 && dcm_dict_table[i - 1].tag >= e->tag) {
            CHECK(!"exact table not strictly sorted");
            fprintf(stderr, "  at %zu: %08X\n", i, e->tag);
        }
        if (dcm_dict_lookup(e->tag) != e) {
            CHECK(!"lookup by tag does not return the entry");
            fprintf(stderr, "  %08X\n", e->tag);
        }
        if (e->keyword[0]) {
            keyworded++;
            if (dcm_dict_by_keyword(e->keyword) != e) {
                CHECK(!"lookup by keyword does not return the entry");
                fprintf(stderr, "  %s\n", e->keyword);
            }
        }
    }
    CHECK(keyworded > 4000);
}

static void test_repeater_table_round_trip(void) {
    for (size_t i = 0; i < dcm_dict_repeaters_count; i++) {
        const dcm_dict_entry *e = &dcm_dict_repeaters[i];
        if (!entry_ok(e)) { CHECK(!"bad repeater entry"); fprintf(stderr, "  %08X\n", e->tag); }
        CHECK(e->mask != 0xFFFFFFFFu);
        CHECK(e->keyword[0] != '\0');
        /* fill every masked nibble with 2: even group, non-zero element */
        uint32_t probe = e->tag | (~e->mask & 0x22222222u);
        if (dcm_dict_lookup(probe) != e) {
            CHECK(!"lookup by masked tag does not return the repeater");
            fprintf(stderr, "  %08X -> %s\n", probe, e->keyword);
        }
        if (dcm_dict_by_keyword(e->keyword) != e) {
            CHECK(!"lookup by keyword does not return the repeater");
            fprintf(stderr, "  %s\n", e->keyword);
        }
    }
}

static void test_keyword_index(void) {
    size_t expected = 0;
    for (size_t i = 0; i < dcm_dict_table_count; i++)
        if (dcm_dict_table[i].keyword[0]) expected++;
    for (size_t i = 0; i < dcm_dict_repeaters_count; i++)
        if (dcm_dict_repeaters[i].keyword[0]) expected++;
    CHECK_INT(dcm_dict_keyword_index_count, expected);

    const size_t total = dcm_dict_table_count + dcm_dict_repeaters_count;
    const char *prev = NULL;
    for (size_t i = 0; i < dcm_dict_keyword_index_count; i++) {
        size_t j = dcm_dict_keyword_index[i];
        CHECK(j < total);
        if (j >= total) return;
        const dcm_dict_entry *e = j < dcm_dict_table_count
            ? &dcm_dict_table[j] : &dcm_dict_repeaters[j - dcm_dict_table_count];
        CHECK(e->keyword[0] != '\0');
        if (prev && strcmp(prev, e->keyword) >= 0) {
            CHECK(!"keyword index not strictly sorted");
            fprintf(stderr, "  %s >= %s\n", prev, e->keyword);
        }
        prev = e->keyword;
    }
}

int main(void) {
    RUN(test_patient_name);
    RUN(test_pixel_data);
    RUN(test_ambiguous_vrs);
    RUN(test_newer_vrs);
    RUN(test_overlay_repeater);
    RUN(test_curve_repeater);
    RUN(test_retired);
    RUN(test_command_and_meta_groups);
    RUN(test_group_length);
    RUN(test_private_and_unknown);
    RUN(test_items_and_delimiters);
    RUN(test_by_keyword);
    RUN(test_size);
    RUN(test_exact_table_round_trip);
    RUN(test_repeater_table_round_trip);
    RUN(test_keyword_index);
    return harness_done("dict");
}
