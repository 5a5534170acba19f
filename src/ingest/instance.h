/*
 * instance.h - one DICOM instance through the ingest pipeline, up to the
 * point where it waits for image-set assembly.
 *
 *   parsed file -> validation (AHI's per-file rules)
 *               -> every frame through the storage policy (pixel/transcode.h):
 *                  HTJ2K .202 with per-resolution checksums, or retained
 *               -> frame bytes appended to the worker's segment, synced
 *               -> the instance payload: the metadata document pieces
 *                  (imageset/metadoc.h) with ImageFrames, the catalog row
 *                  keys, the frame locations and the warnings, as JSON text
 *
 * The payload is what the catalog keeps for a PENDING job file
 * (catalog.h); assembly (imageset/assemble.h) turns payloads into image-set
 * versions. Nothing here touches the catalog, so import jobs and STOW-RS
 * share it.
 */
#ifndef TESSERA_INGEST_INSTANCE_H
#define TESSERA_INGEST_INSTANCE_H

#include <stdbool.h>
#include <stdint.h>

#include "dicom/dataset.h"
#include "store/segment.h"
#include "util/error.h"

/* What a file that cannot be imported failed with: AHI's exceptionType
 * (ValidationException for bad input, InternalServerException for ours). */
typedef struct ing_failure {
    char type[40];
    char message[TESS_ERROR_MAX];
} ing_failure;

typedef struct ing_result {
    char *payload;              /* owned (malloc): JSON text; free with ing_result_free */
    char group_key[140];        /* "StudyInstanceUID/SeriesInstanceUID" */
    char sop_uid[65];
    uint32_t frames;
    uint64_t stored_bytes;      /* frame bytes appended to segments */
    bool warned;                /* payload carries warnings */
} ing_result;

/* Run f through the pipeline, appending its frames to seg. The payload's
 * locations may be published (written to the catalog) only after a later
 * seg_sync returned 0 (segment.h's rule), so callers can sync once for a
 * batch of instances.
 * Returns 0 with *res filled; 1 when the file is rejected (bad input:
 * *fail says why; nothing of it is referenced); -1 on an internal failure
 * (I/O, memory: err says what; the file may be retried). */
int ing_instance(dcm_file *f, seg_writer *seg, ing_result *res, ing_failure *fail,
                 tess_error *err);

void ing_result_free(ing_result *r);

#endif
