/*
 * p10_writer.h - write a dcm_file as a DICOM Part 10 file.
 *
 * Output is explicit VR little endian (1.2.840.10008.1.2.1), or the source
 * transfer syntax when the pixel data is encapsulated (its fragments are
 * copied unchanged). The file meta group is rebuilt: group length,
 * version, SOP class and instance from the source, our implementation UID.
 *
 * Normalisations (a re-read yields the same data set apart from these,
 * documented in docs/dicom.md): group length elements (gggg,0000) outside
 * group 0002 are dropped; odd-length values get one padding byte (space
 * for text, NUL for UI and binary); sequences and items are written with
 * undefined lengths; a UN read as an implicit sequence is written as SQ;
 * a value too long for a 16-bit length field is written as UN.
 */
#ifndef TESSERA_DICOM_P10_WRITER_H
#define TESSERA_DICOM_P10_WRITER_H

#include "dicom/dataset.h"
#include "util/buf.h"

#define TESSERA_IMPLEMENTATION_UID "2.25.260147381237195584532370215693485410231"
#define TESSERA_IMPLEMENTATION_VERSION "TESSERA_0_1"

int dcm_p10_write(dcm_file *f, tess_buf *out, tess_error *err);

#endif
