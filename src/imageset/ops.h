/*
 * ops.h - the image-set write operations of AHI (ahi-api.md 2.3):
 * UpdateImageSetMetadata, CopyImageSet, DeleteImageSet.
 *
 * Each checks the image set's state and the caller's latestVersion
 * (optimistic concurrency: a stale version is a ConflictException), derives
 * the new document with the pure rules of docedit.h, and writes the new
 * version through isv_write, whose catalog commit re-checks the version so
 * that two racing writers cannot both win. They complete synchronously; the
 * HTTP layer presents AHI's intermediate states (LOCKED / UPDATING, ...) in
 * its immediate answers.
 *
 * Errors carry the AHI exception name as a message prefix
 * ("ValidationException: ", "ConflictException: ",
 * "ResourceNotFoundException: ", "ServiceQuotaExceededException: ").
 */
#ifndef TESSERA_IMAGESET_OPS_H
#define TESSERA_IMAGESET_OPS_H

#include <jansson.h>
#include <stdbool.h>

#include "imageset/archive.h"

/* Exactly one of (updatable_b64 / removable_b64) or revert_to is given
 * (NULL otherwise). On success *out is the image set after the change. */
int iso_update(archive *a, const char *datastore_id, const char *image_set_id,
               const char *latest_version, bool force, const char *updatable_b64,
               const char *removable_b64, const char *revert_to, cat_image_set *out,
               tess_error *err);

/* includeStudyImageSets=true: after updating image set `image_set_id`
 * (exactly as iso_update), apply the Patient- and Study-level part of the
 * same DICOMUpdates to every other primary image set of its study, each at
 * its own latest version (Series and Instances parts are specific to the
 * target and are not carried over). Not atomic across image sets: the
 * first failure is returned, the sets updated before it stay updated.
 * *nsiblings receives how many other image sets were updated. */
int iso_update_study(archive *a, const char *datastore_id, const char *image_set_id,
                     const char *latest_version, bool force, const char *updatable_b64,
                     const char *removable_b64, cat_image_set *out, int *nsiblings,
                     tess_error *err);

/* copiable_json: the copiableAttributes JSON string, or NULL for all.
 * dst_id NULL: copy to a new image set (non-primary unless promote).
 * promote without dst_id: merged into the series' primary image set, or a
 * new primary one when the series has none. */
int iso_copy(archive *a, const char *datastore_id, const char *src_id, const char *src_latest,
             const char *dst_id, const char *dst_latest, const char *copiable_json, bool force,
             bool promote, cat_image_set *src_out, cat_image_set *dst_out, tess_error *err);

int iso_delete(archive *a, const char *datastore_id, const char *image_set_id,
               cat_image_set *out, tess_error *err);

/* The catalog instance rows of every instance of a document. The caller
 * frees *rows. */
int iso_rows_from_doc(const json_t *doc, cat_instance **rows, size_t *n, tess_error *err);

#endif
