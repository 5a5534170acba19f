/*
 * metadoc.h - the AHI metadata document (ahi-api.md section 3) and the
 * DICOM JSON (PS3.18 Annex F) derived from it.
 *
 * At ingest, md_instance_build turns one parsed instance into the pieces of
 * the document: its Patient-, Study- and Series-level attributes (hoisted
 * by the lists of levels.h) and its instance object ("DICOM" with every
 * other attribute, "DICOMVRs" for private, unknown and ambiguous-VR tags).
 * Values follow AHI's encoding, not the DICOM JSON model: keyword keys,
 * strings for text, IS and DS, numbers for binary numeric VRs, arrays for
 * multi-valued attributes, null for empty values, base64 for binary, arrays
 * of objects for sequences, "PixelData": null.
 *
 * The image-set assembler (imageset/assemble.c) merges these pieces into one
 * document per version. md_series_to_dicomjson derives the WADO-RS series
 * metadata from a document, so both stay consistent through updates.
 *
 * Documents are jansson objects; the caller owns what these functions
 * return (json_decref).
 */
#ifndef TESSERA_IMAGESET_METADOC_H
#define TESSERA_IMAGESET_METADOC_H

#include <jansson.h>

#include "dicom/dataset.h"
#include "util/buf.h"
#include "util/error.h"

/* Hard limit on one value in the document (binary values are base64):
 * a larger value fails md_instance_build with an error naming it. The top
 * level PixelData, FloatPixelData and DoubleFloatPixelData are always null
 * and never read. */
#define MD_MAX_VALUE_BYTES (16u * 1024 * 1024)

/* Binary values larger than this (decoded) are offered to the bulk hook of
 * md_series_to_dicomjson, as AHI serves private values over 1 MB. */
#define MD_BULK_MIN_BYTES (1u * 1024 * 1024)

typedef struct md_instance {
    json_t *patient;    /* keyword -> value, Patient-level attributes present */
    json_t *study;      /* Study-level */
    json_t *series;     /* Series-level */
    json_t *instance;   /* {"DICOM": {...}, "DICOMVRs": {...}} */
    char study_uid[65], series_uid[65], sop_uid[65], sop_class_uid[65];
} md_instance;

/* Build the pieces of f (owned by the caller; free with md_instance_free).
 * Text is decoded to UTF-8 through the Specific Character Set. The file
 * meta elements go to the instance object. Fails (ValidationException
 * material) when StudyInstanceUID, SeriesInstanceUID or SOPInstanceUID is
 * missing; the message names the attribute.
 *
 * Keys: the keyword (of an exact dictionary entry, or of the base tag of a
 * repeating group such as 6000,3000), else "GGGGEEEE". "DICOMVRs" records,
 * by "GGGGEEEE", the VR of every element whose VR the key does not imply:
 * hex-keyed, ambiguous in the dictionary ("US or SS"...), or read with a
 * VR other than the dictionary's (e.g. explicit UN), sequence items
 * included; a nested element whose VR differs from its tag's entry is
 * recorded under its path ("00540016/0/00181072"). Values are written from
 * the element's VR as read. Group lengths are left out. f's values not
 * loaded are read (and cached in f) on the way. On failure *out is empty. */
int md_instance_build(dcm_file *f, md_instance *out, tess_error *err);

void md_instance_free(md_instance *m);

/* The BulkDataURI hook for the DICOM JSON: return the URI (written into
 * uri, cap bytes) for the element at `path` ("7FE00010" or
 * "00540016/0/00181072") of an instance, or NULL to omit the value. */
typedef const char *(*md_bulk_fn)(void *ctx, const char *sop_uid, const char *path,
                                  char *uri, size_t cap);

/* Append to out the DICOM JSON array of the instances of one series of an
 * AHI document (each instance object merges the Patient, Study, Series and
 * instance attributes; the file meta group is left out). PixelData (and
 * binary values the hook claims) become BulkDataURI. Returns 0, or -1 with
 * err set (unknown series, malformed document).
 *
 * Instances come in InstanceNumber order (as a number; those without one
 * last), then by SOPInstanceUID; attributes in tag order. The hook is
 * asked for the null top-level PixelData / FloatPixelData /
 * DoubleFloatPixelData (NULL: the element has only its "vr") and for
 * binary values over MD_BULK_MIN_BYTES (NULL: InlineBinary). On failure
 * nothing is appended (unless out had already flushed to its sink). The
 * document is only read. */
int md_series_to_dicomjson(const json_t *doc, const char *series_uid, md_bulk_fn bulk,
                           void *bulk_ctx, tess_buf *out, tess_error *err);

/* Append to out one DICOM JSON object (keyed by tag, sorted) of the union
 * of document levels (keyword -> value objects such as Patient.DICOM and
 * Study.DICOM; of a tag in several, the last level's value wins), with the
 * same value conversion as md_series_to_dicomjson (binary values inline).
 * QIDO-RS answers are built from these. Returns 0, or -1 with err set (a
 * malformed level); on failure nothing is appended. */
int md_levels_to_dicomjson(const json_t *const levels[], size_t n, tess_buf *out,
                           tess_error *err);

#endif
