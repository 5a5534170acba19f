/*
 * assemble.h - image-set assembly as AHI does it (ahi-api.md 4.1).
 *
 * Input: the PENDING files of an import job (or a STOW request), each an
 * instance payload (ingest/instance.h) whose frames are already durable.
 * Output: new image-set versions, committed together with the files'
 * final outcomes, so that a file is reported SUCCESS exactly when its
 * instance is in a committed version.
 *
 * Rules:
 *   - one primary image set per (StudyInstanceUID, SeriesInstanceUID) of a
 *     data store; an instance joins it while its grouping keys agree with
 *     the set's: PatientID, StudyDate, AccessionNumber, StudyID (study
 *     level) and SeriesNumber (series level), compared exactly (an absent
 *     value equals only an absent value);
 *   - a series without a primary set yet creates one, unless its study
 *     keys disagree with the study's other primary sets;
 *   - a conflicting instance goes to a non-primary image set, one per
 *     distinct set of conflicting keys per assembly;
 *   - an instance whose SOPInstanceUID is already in the target set
 *     replaces the older copy (the older stays in older versions);
 *   - each target set gets one new version per batch of at most
 *     quotas.instances_per_version instances (5,000 by default: one
 *     version per series per job, as AHI makes); a batch also ends once
 *     it holds quotas.frames_per_version frame rows (50,000; the instance
 *     that passes it stays in the batch), which bounds its memory.
 *
 * Memory: documents and payloads are streamed (docstream.h), so assembly
 * holds one instance at a time plus the batch's catalog rows, whatever the
 * size of the series.
 */
#ifndef TESSERA_IMAGESET_ASSEMBLE_H
#define TESSERA_IMAGESET_ASSEMBLE_H

#include "imageset/archive.h"

/* Assemble every PENDING file of a job of a data store. Returns 0, or -1
 * (the job can be assembled again: nothing half-committed). */
int asm_job(archive *a, const char *datastore_id, const char *job_id, tess_error *err);

#endif
