/*
 * levels.h - AHI's metadata normalization levels (ahi-api.md 3.3).
 *
 * The metadata document hoists Patient-, Study- and Series-level attributes
 * out of the instances, by fixed tag lists from AHI's developer guide
 * (PS3.6 2022b modules: Patient, Clinical Trial Subject, General Study,
 * Patient Study, Clinical Trial Study, General Series, Clinical Trial
 * Series, General Equipment, Frame of Reference). Every other attribute is
 * instance level. The same lists decide which level an update may touch.
 */
#ifndef TESSERA_IMAGESET_LEVELS_H
#define TESSERA_IMAGESET_LEVELS_H

#include <stdint.h>

typedef enum md_level {
    MD_LEVEL_INSTANCE = 0,
    MD_LEVEL_PATIENT = 1,
    MD_LEVEL_STUDY = 2,
    MD_LEVEL_SERIES = 3,
} md_level;

/* The level of a top-level tag (private and unknown tags: instance). */
md_level md_level_of(uint32_t tag);

/* "Patient", "Study", "Series", "Instance". */
const char *md_level_name(md_level l);

#endif
