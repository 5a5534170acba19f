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
 * allocated in f's arena. */
int dcm_encaps_frames(dcm_file *f, const dcm_element *px, uint32_t nframes,
                      dcm_frame_ref **out, tess_error *err);

/* NumberOfFrames of the data set (1 when absent or invalid). */
uint32_t dcm_number_of_frames(const dcm_dataset *ds);

#endif
