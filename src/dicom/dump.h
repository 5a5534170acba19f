/*
 * dump.h - human-readable listing of a DICOM file, in the spirit of
 * dcmtk's dcmdump: one line per element with tag, VR, value (text decoded
 * to UTF-8, long values shortened), length, value multiplicity and keyword;
 * sequences indented.
 */
#ifndef TESSERA_DICOM_DUMP_H
#define TESSERA_DICOM_DUMP_H

#include "dicom/dataset.h"
#include "util/buf.h"

int dcm_dump(dcm_file *f, tess_buf *out, tess_error *err);

#endif
