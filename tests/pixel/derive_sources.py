#!/usr/bin/python3
"""Uncompressed sources for tests/pixel/test_variants.sh that the corpus lacks.

Run with Debian's Python (pydicom + numpy from apt):

    /usr/bin/python3 tests/pixel/derive_sources.py TESTDATA OUTDIR

The corpus has no uncompressed 16-bit unsigned image, no 12-bit image stored in 16 bits
with pixel data, and its "signed" 16-bit images hold only positive values. So from
pydicom's CT_small.dcm (128x128, signed 16-bit, values 128..2191) this writes, into OUTDIR,
explicit VR little endian files with the same geometry whose samples span each range:

  s16.dcm   signed 16-bit,   v' = (v - 1100) * 29         (-28188..31639)
  u16.dcm   unsigned 16-bit, v' = (v - 128) * 31          (0..63953)
  u12.dcm   unsigned 12 stored in 16 (HighBit 11), v' = (v - 128) * 63 // 32   (0..4061)
  s12.dcm   signed 12 stored in 16 (HighBit 11), v' = u12 - 2048, sign-extended to 16 bits

Odd multipliers keep every low bit busy; no value is random, so the files are the same on
every run. Prints one line per file written; exits non-zero when pydicom is missing or the
source cannot be read.
"""

import os
import sys

try:
    import numpy as np
    import pydicom
    from pydicom.uid import ExplicitVRLittleEndian, generate_uid
except ImportError as e:  # pragma: no cover
    sys.exit(f"derive_sources: {e}: run with /usr/bin/python3 (python3-pydicom, python3-numpy)")


def derive(src, out, name, values, bits_stored, signed):
    ds = pydicom.dcmread(src)
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    # deterministic UIDs of our own: the derived image is not the source image
    ds.SOPInstanceUID = generate_uid(entropy_srcs=["tessera.test_variants", name])
    ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    ds.BitsAllocated = 16
    ds.BitsStored = bits_stored
    ds.HighBit = bits_stored - 1
    ds.PixelRepresentation = 1 if signed else 0
    for kw in ("SmallestImagePixelValue", "LargestImagePixelValue", "WindowCenter", "WindowWidth",
               "PixelPaddingValue"):
        if kw in ds:
            delattr(ds, kw)
    lo, hi = (-(1 << (bits_stored - 1)), (1 << (bits_stored - 1)) - 1) if signed else (0, (1 << bits_stored) - 1)
    if values.min() < lo or values.max() > hi:
        sys.exit(f"derive_sources: {name}: values {values.min()}..{values.max()} outside {lo}..{hi}")
    ds.PixelData = values.astype("<i2" if signed else "<u2").tobytes()
    ds["PixelData"].VR = "OW"
    path = os.path.join(out, name + ".dcm")
    ds.save_as(path, write_like_original=False)
    print(f"{path}: {bits_stored} bits {'signed' if signed else 'unsigned'}, {values.min()}..{values.max()}")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: derive_sources.py TESTDATA OUTDIR")
    src = os.path.join(sys.argv[1], "pydicom", "test_files", "CT_small.dcm")
    out = sys.argv[2]
    os.makedirs(out, exist_ok=True)
    v = pydicom.dcmread(src).pixel_array.astype(np.int32)
    if v.shape != (128, 128) or v.min() != 128 or v.max() != 2191:
        sys.exit(f"derive_sources: {src} is not the expected CT_small.dcm ({v.shape}, {v.min()}..{v.max()})")
    u12 = (v - 128) * 63 // 32
    derive(src, out, "s16", (v - 1100) * 29, 16, True)
    derive(src, out, "u16", (v - 128) * 31, 16, False)
    derive(src, out, "u12", u12, 12, False)
    derive(src, out, "s12", u12 - 2048, 12, True)


if __name__ == "__main__":
    main()
