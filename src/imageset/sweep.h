/*
 * sweep.h - reclaiming blobs no catalog row points at.
 *
 * Blobs are written before the catalog rows that reference them (design.md
 * principle 3), so a crash or a lost race leaves unreferenced blobs
 * behind, and deleted image sets leave their documents and segments. The
 * sweeper lists the blob store and removes every blob that
 *   - no frame row or version row references (catalog blob_referenced),
 *   - is older than `grace` seconds (a writer may be about to commit it),
 *   - and does not belong to an unfinished import job (seg/{jobId}/...:
 *     its PENDING files point into those segments).
 */
#ifndef TESSERA_IMAGESET_SWEEP_H
#define TESSERA_IMAGESET_SWEEP_H

#include <stdint.h>

#include "imageset/archive.h"

typedef struct sweep_report {
    uint64_t scanned, removed, bytes;
} sweep_report;

int sweep_run(archive *a, double grace, sweep_report *r, tess_error *err);

#endif
