/*
 * encaps.h - mapping the fragments of encapsulated pixel data to frames.
 *
 * PS3.5 A.4: a frame is one or more consecutive fragments. Which fragments
 * belong to which frame is told, in order of preference, by the Extended
 * Offset Table (7FE0,0001/0002), by the Basic Offset Table (the first
 * item), by the counts (one frame: every fragment; as many fragments as
 * frames: one each), and failing all of these by the codestream start
 * markers found at the head of each fragment (JPEG SOI FFD8, JPEG 2000 SOC
 * FF4F). Every offset is checked against the fragment boundaries; a table
 * that does not fit is an error that says which entry is wrong.
 */
#ifndef TESSERA_DICOM_ENCAPS_H
#define TESSERA_DICOM_ENCAPS_H

#include <stdint.h>

#include "dicom/dataset.h"

typedef struct dcm_frame_ref {
    uint32_t first;         /* index into element->frags (>= 1) */
    uint32_t count;         /* fragments in this frame */
    uint64_t length;        /* sum of their lengths */
} dcm_frame_ref;

/* Hard limit on frames per instance. */
#define DCM_MAX_FRAMES 1000000u

/* Map the fragments of px (an encapsulated element of f's top-level data
 * set) to nframes frames. On success *out is an array of nframes entries
 * owned by f's arena, to be read, not changed.
 *
 * The map is built once and kept in f (f->frame_cache): later calls for the
 * same element, fragment array, fragment count, frame count, offset table
 * items and Extended Offset Table element return the same array without
 * looking at the fragments again, so decoding every frame of an instance
 * costs one map, not one per frame. A call with any of these different
 * builds a new map (and keeps that one). Whoever changes fragment bytes or
 * offset-table bytes in place, without replacing those, calls
 * dcm_encaps_forget first. A failed mapping is kept the same way: later
 * calls with the same key give the same error without looking again. Not
 * thread-safe (it writes to f), like every other use of a dcm_file. */
int dcm_encaps_frames(dcm_file *f, const dcm_element *px, uint32_t nframes,
                      const dcm_frame_ref **out, tess_error *err);

/* Drop f's cached fragment-to-frame map (its memory stays in the arena
 * until the file is freed); the next dcm_encaps_frames builds it anew. */
void dcm_encaps_forget(dcm_file *f);

/* NumberOfFrames of the data set (1 when absent or invalid). */
uint32_t dcm_number_of_frames(const dcm_dataset *ds);

#endif
