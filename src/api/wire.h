/*
 * wire.h - the JSON shapes of AHI's API members, built from catalog rows.
 *
 * One place for member names, timestamps (epoch seconds) and the quirks
 * (an integer `version` in search summaries, `ImageSetWorkflowStatus` with a
 * capital I in ImageSetProperties), shared by the HTTP handlers (ahi.c) and
 * the CLI (cli/archive_cmds.c) so both print the same shapes.
 * Every function returns a new reference the caller owns.
 */
#ifndef TESSERA_API_WIRE_H
#define TESSERA_API_WIRE_H

#include <jansson.h>
#include <stdbool.h>

#include "catalog/catalog.h"
#include "imageset/archive.h"

/* DatastoreProperties, or DatastoreSummary when summary. */
json_t *wire_datastore(const archive *a, const cat_datastore *d, bool summary);

/* DICOMImportJobProperties, or DICOMImportJobSummary when summary. */
json_t *wire_job(const cat_job *j, bool summary);

/* DICOMTags of SearchImageSets. */
json_t *wire_dicom_tags(const cat_dicom_tags *g);

/* ImageSetsMetadataSummary (integer `version`). */
json_t *wire_image_set_summary(const cat_image_set *s);

/* ImageSetProperties of ListImageSetVersions (`ImageSetWorkflowStatus`). */
json_t *wire_version(const cat_version *v);

/* GetImageSet's answer: the image set row, or with v (not NULL) the state,
 * workflow status, times, message, overrides and isPrimary of that version. */
json_t *wire_image_set(const archive *a, const cat_image_set *s, const cat_version *v);

#endif
