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
 *
 * Documents are stored in the canonical layout of docstream.h (one line per
 * instance), written through its streaming writer, so that a version of
 * any size is written in bounded memory by isv_write_stream (assembly) and
 * read back one instance at a time by dst_read. A document whose shape the
 * layout cannot hold (no series or several: legacy image sets) is stored as
 * one compact JSON line, with its DICOM JSON made in memory as before.
 */
#ifndef TESSERA_IMAGESET_VERSION_H
#define TESSERA_IMAGESET_VERSION_H

#include <jansson.h>

#include "catalog/catalog.h"
#include "imageset/archive.h"
#include "imageset/docstream.h"

/* Write version expect_version+1 of set (set->id, datastore_id, is_primary,
 * state, workflow_status, created_at, forced, message are taken from *set;
 * latest_version, updated_at and tags are filled here). cm carries the
 * instance, frame and job-file changes of this version (its set, version
 * and expect_version fields are filled here). doc is modified (IDs).
 * Returns 0, CAT_CONFLICT when the set moved on, or -1. */
int isv_write(archive *a, cat_image_set *set, int64_t expect_version, json_t *doc,
              cat_commit *cm, tess_error *err);

/* The producer of a streamed version: it adds every instance of the new
 * version to w (dst_writer_add, each SOP once), in document order. cm is
 * the commit isv_write_stream will make once emit returns, so emit may
 * still complete it (e.g. the SOPs it found replaced while streaming).
 * Returns 0 or what isv_write_stream should return (-1, CAT_CONFLICT). */
typedef int (*isv_emit_fn)(void *ctx, dst_writer *w, cat_commit *cm, tess_error *err);

/* isv_write without a document in memory: the levels come from h (its
 * datastore_id and image_set_id are ignored: the set's are written) and the
 * instances from emit, streamed into the document and DICOM JSON blobs as
 * they come. Same blob keys, search keys, quota (metadata_bytes), commit,
 * CAT_CONFLICT and cleanup as isv_write. */
int isv_write_stream(archive *a, cat_image_set *set, int64_t expect_version,
                     const dst_header *h, isv_emit_fn emit, void *emit_ctx, cat_commit *cm,
                     tess_error *err);

/* The document blob key of a version (0 = latest) of an image set, into
 * key (CAT_KEY bytes). CAT_NOT_FOUND for an unknown set or version, or a
 * version without metadata (deleted). */
int isv_doc_key(archive *a, const char *datastore_id, const char *image_set_id,
                int64_t version, char *key, tess_error *err);

/* The limit on the text of a stored document (for dst_read): what the
 * quota allows, with room for documents written under a larger one. */
uint64_t isv_doc_text_limit(const archive *a);

/* Load the AHI document of a version (0 = latest) of an image set. The
 * caller owns *doc. CAT_NOT_FOUND for an unknown set or version. */
int isv_load_doc(archive *a, const char *datastore_id, const char *image_set_id,
                 int64_t version, json_t **doc, tess_error *err);

/* The raw gzip bytes of a version's document (GetImageSetMetadata). */
int isv_doc_gzip(archive *a, const char *datastore_id, const char *image_set_id,
                 int64_t version, tess_buf *out, tess_error *err);

/* Fill the SearchImageSets keys from a document, or from its levels. */
void isv_tags_from_doc(const json_t *doc, cat_dicom_tags *t);
void isv_tags_from_header(const dst_header *h, cat_dicom_tags *t);

/* The QIDO-RS fields of a set (catalog.h cat_qido_fields) from the levels
 * of its document: the raw keys, and the DICOM JSON of Patient+Study and of
 * Series written into study_json / series_json (the caller's buffers, which
 * q->study_json / q->series_json then point into: keep them alive). */
int isv_qido_from_levels(const json_t *patient, const json_t *study, const json_t *series,
                         cat_qido_fields *q, tess_buf *study_json, tess_buf *series_json,
                         tess_error *err);

/* Fill the QIDO fields of every set that lacks them (catalogs made before
 * schema version 4) from its latest document. A set that cannot be read is
 * reported in err but does not stop the others; returns how many failed
 * (0: all filled), or -1 when the listing failed. */
int isv_qido_backfill(archive *a, tess_error *err);

/* The only SeriesInstanceUID key of a document ("" when none). */
const char *isv_doc_series_uid(const json_t *doc);

/* A new empty document: SchemaVersion, IDs, empty levels. */
json_t *isv_doc_new(const char *datastore_id, const char *image_set_id);

#endif
