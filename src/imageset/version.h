/*
 * version.h - writing and reading image-set versions.
 *
 * Every change to an image set (import, update, copy, revert) ends here:
 * isv_write stamps the document with its IDs, stores the AHI document and
 * the series' DICOM JSON as immutable gzip blobs (durable before anything
 * points at them), derives the search keys from the document, and commits
 * the new version to the catalog in one transaction. If the commit fails
 * the blobs are removed again (anything left by a crash is unreferenced and
 * swept). Readers use isv_load_doc to get a version's document back.
 */
#ifndef TESSERA_IMAGESET_VERSION_H
#define TESSERA_IMAGESET_VERSION_H

#include <jansson.h>

#include "catalog/catalog.h"
#include "imageset/archive.h"

/* Write version expect_version+1 of set (set->id, datastore_id, is_primary,
 * state, workflow_status, created_at, forced, message are taken from *set;
 * latest_version, updated_at and tags are filled here). cm carries the
 * instance, frame and job-file changes of this version (its set, version
 * and expect_version fields are filled here). doc is modified (IDs).
 * Returns 0, CAT_CONFLICT when the set moved on, or -1. */
int isv_write(archive *a, cat_image_set *set, int64_t expect_version, json_t *doc,
              cat_commit *cm, tess_error *err);

/* Load the AHI document of a version (0 = latest) of an image set. The
 * caller owns *doc. CAT_NOT_FOUND for an unknown set or version. */
int isv_load_doc(archive *a, const char *datastore_id, const char *image_set_id,
                 int64_t version, json_t **doc, tess_error *err);

/* The raw gzip bytes of a version's document (GetImageSetMetadata). */
int isv_doc_gzip(archive *a, const char *datastore_id, const char *image_set_id,
                 int64_t version, tess_buf *out, tess_error *err);

/* Fill the SearchImageSets keys from a document. */
void isv_tags_from_doc(const json_t *doc, cat_dicom_tags *t);

/* The only SeriesInstanceUID key of a document ("" when none). */
const char *isv_doc_series_uid(const json_t *doc);

/* A new empty document: SchemaVersion, IDs, empty levels. */
json_t *isv_doc_new(const char *datastore_id, const char *image_set_id);

#endif
