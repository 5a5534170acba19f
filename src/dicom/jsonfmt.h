/*
 * jsonfmt.h - value formatting rules of the DICOM JSON model (PS3.18 Annex
 * F) shared by its two writers.
 *
 * json.c writes DICOM JSON from a parsed data set; imageset/metadoc.c
 * derives it from an AHI metadata document. Both must format numbers,
 * trim values and split person names the same way, so that the WADO-RS
 * metadata of an instance does not depend on which path produced it. The
 * rules are described in docs/dicom.md ("The JSON model").
 *
 * Pure functions, no state: safe from any thread.
 */
#ifndef TESSERA_DICOM_JSONFMT_H
#define TESSERA_DICOM_JSONFMT_H

#include <stdbool.h>
#include <stddef.h>

#include "dicom/vr.h"
#include "util/buf.h"

/* Normalise a decimal string (DS, IS) into a JSON number token appended to
 * out ("+1.50" -> "1.50", ".5" -> "0.5", "007" -> "7"). Returns false, and
 * appends nothing, when the text is not a number. */
bool dcm_json_number(const char *s, size_t n, tess_buf *out);

/* Append the shortest text that reads back to v (as a float when single);
 * NaN and infinities are written as null. */
void dcm_json_put_double(tess_buf *out, double v, bool single);

/* Trim one value: trailing spaces and NULs, and leading spaces when
 * `leading` (every VR but LT, ST, UT and UR). */
void dcm_json_trim(const char **s, size_t *n, bool leading);

/* Is the whole decoded text of a string element empty of values, so that
 * it gets no "Value"? (Only spaces, NULs and, unless single-valued, '\\';
 * for PN also '^' and '='.) */
bool dcm_json_text_empty(const char *text, size_t n, dcm_vr vr);

/* Split one trimmed PN value into its Alphabetic, Ideographic and Phonetic
 * groups (on '='), each trimmed of trailing spaces, NULs and '^' (empty
 * trailing components carry nothing, PS3.5 6.2). g[k] points into s;
 * gl[k] is 0 for an empty or absent group. Returns whether any group is
 * left (otherwise the value is null). */
bool dcm_json_pn_groups(const char *s, size_t n, const char *g[3], size_t gl[3]);

/* The VRs whose value is one string that '\\' does not split. */
bool dcm_json_single_text(dcm_vr vr);

#endif
