#!/usr/bin/python3
"""Differential test: `tessera json` against dcmtk's dcm2json (the oracle).

For every DICOM file of the corpus, both tools convert it to the DICOM JSON
model (PS3.18 Annex F); the two documents are normalised for the known,
documented differences only (docs/dicom.md, "Differences from dcm2json"),
then compared. Any other difference fails the file.

Documented differences that are normalised:
  * Specific Character Set (0008,0005): dcm2json rewrites it to "ISO_IR 192"
    after converting text to UTF-8; Tessera keeps the source value.
  * DS / IS: dcm2json copies the number token as written; Tessera writes a
    normalised JSON number. Compared as numbers.
  * FL / FD: 9 / 17 significant digits vs shortest round trip. Compared as
    float32 / float64 values.
  * Encapsulated pixel data: dcm2json fails the whole file, so it runs on a
    copy without (7FE0,0010) and Tessera's PixelData member is dropped.
  * Files dcm2json cannot convert at all (ISO 2022 IR 87 text, NaN floats)
    are checked for valid JSON only, and listed.

Usage: json_diff.py TESSERA_BINARY FILE_OR_DIR...
Prints one line per failing file and "json_diff: N passed, N failed".
"""
import base64
import json
import math
import os
import shutil
import struct
import subprocess
import sys
import tempfile

ENCAPSULATED_PREFIXES = ("1.2.840.10008.1.2.4.", "1.2.840.10008.1.2.5",
                         "1.2.840.10008.1.2.6.", "1.2.840.10008.1.2.7.",
                         "1.2.840.10008.1.2.8.")


def run(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout, p.stderr


def f32(x):
    return struct.unpack("<f", struct.pack("<f", x))[0]


def norm_number(x, vr):
    if x is None:
        return None
    if isinstance(x, str):
        try:
            x = float(x)
        except ValueError:
            return ("text", x.strip())
    if vr == "FL":
        return ("num", f32(float(x)))
    if isinstance(x, float) and math.isnan(x):
        return ("nan",)
    return ("num", float(x))


def normalise(ds):
    """Return a comparable form of a JSON data set."""
    out = {}
    for tag, el in ds.items():
        tag = tag.upper()
        if tag == "00080005":
            continue
        vr = el.get("vr")
        e = {"vr": vr}
        if "Value" in el:
            vals = el["Value"]
            if vr == "SQ":
                e["Value"] = [normalise(item) for item in vals]
            elif vr in ("DS", "IS", "FL", "FD", "SL", "SS", "UL", "US", "SV", "UV"):
                e["Value"] = [norm_number(v, vr) for v in vals]
            else:
                e["Value"] = vals
        for k in ("InlineBinary", "BulkDataURI"):
            if k in el:
                e[k] = el[k]
        out[tag] = e
    return out


def private_un_matches(tag, ours, theirs):
    """Documented: Tessera has no private dictionary, so private elements of
    implicit VR data sets are UN (InlineBinary); dcm2json applies dcmtk's
    private dictionary. Accept when the bytes carry the same text."""
    if int(tag[:4], 16) % 2 == 0 or ours["vr"] != "UN":
        return False
    raw = base64.b64decode(ours.get("InlineBinary", ""))
    vals = theirs.get("Value")
    if vals is None:
        return raw.strip(b" \0") == b"" or "InlineBinary" in theirs
    if theirs["vr"] in ("LO", "SH", "CS", "UI", "DA", "TM", "DT", "AE", "LT", "ST", "UT", "AS"):
        text = raw.decode("latin-1").rstrip(" \0")
        return text.split("\\") == [("" if v is None else str(v)) for v in vals] or text == "\\".join(str(v) for v in vals if v is not None)
    return True  # binary numbers: the VR differs, the value is opaque to us


def odd_length_pad_only(ours, theirs):
    """Documented: an odd-length binary value is kept as read; dcm2json adds
    the NUL padding byte."""
    a, b = ours.get("InlineBinary"), theirs.get("InlineBinary")
    if a is None or b is None or a == b:
        return False
    ra, rb = base64.b64decode(a), base64.b64decode(b)
    return len(ra) % 2 == 1 and rb == ra + b"\0"


def diff(a, b, path=""):
    """Yield human-readable differences between normalised data sets."""
    for tag in sorted(set(a) | set(b)):
        p = f"{path}/{tag}" if path else tag
        if tag not in a:
            yield f"{p}: only in dcm2json: {json.dumps(b[tag])[:160]}"
            continue
        if tag not in b:
            yield f"{p}: only in tessera: {json.dumps(a[tag])[:160]}"
            continue
        ea, eb = a[tag], b[tag]
        if ea["vr"] != eb["vr"]:
            if private_un_matches(tag, ea, eb):
                continue
            yield f"{p}: vr tessera={ea['vr']} dcm2json={eb['vr']}"
            continue
        if odd_length_pad_only(ea, eb):
            continue
        if ea["vr"] == "SQ":
            ia, ib = ea.get("Value", []), eb.get("Value", [])
            if len(ia) != len(ib):
                yield f"{p}: {len(ia)} items vs {len(ib)}"
                continue
            for i, (x, y) in enumerate(zip(ia, ib)):
                yield from diff(x, y, f"{p}/{i}")
            continue
        if ea != eb:
            yield f"{p}: tessera={json.dumps(ea)[:200]} dcm2json={json.dumps(eb)[:200]}"


def transfer_syntax(path):
    """The file's transfer syntax, read by pydicom (an independent parser)."""
    import pydicom
    try:
        ds = pydicom.dcmread(path, stop_before_pixels=True, force=True)
        return str(ds.file_meta.get("TransferSyntaxUID", "") or "")
    except Exception:
        return ""


TEXT_VRS = ("PN", "LO", "SH", "ST", "LT", "UT", "UC")


def pydicom_text(ds, out, path=""):
    """Decoded text values of a pydicom data set, keyed by tag path."""
    for el in ds:
        tag = f"{el.tag:08X}"
        p = f"{path}/{tag}" if path else tag
        if el.VR == "SQ":
            for i, item in enumerate(el.value or []):
                pydicom_text(item, out, f"{p}/{i}")
        elif el.VR in TEXT_VRS and el.value not in (None, ""):
            vals = el.value if el.VM > 1 else [el.value]
            out[p] = [str(v).rstrip(" ") for v in vals]


def tessera_text(ds, out, path=""):
    for tag, el in ds.items():
        p = f"{path}/{tag}" if path else tag
        if el.get("vr") == "SQ":
            for i, item in enumerate(el.get("Value", [])):
                tessera_text(item, out, f"{p}/{i}")
        elif el.get("vr") in TEXT_VRS and "Value" in el:
            vals = []
            for v in el["Value"]:
                if isinstance(v, dict):
                    groups = [v.get(k, "") for k in ("Alphabetic", "Ideographic", "Phonetic")]
                    while groups and groups[-1] == "":
                        groups.pop()
                    vals.append("=".join(groups))
                else:
                    vals.append("" if v is None else v)
            out[p] = vals


def text_vs_pydicom(path, mine, why):
    """Second opinion where dcm2json cannot convert (ISO 2022 IR 87, ...):
    every decoded text value must equal pydicom's."""
    import pydicom
    try:
        ds = pydicom.dcmread(path, force=True)
        ds.decode()
    except Exception as e:
        return "oracle-failed", f"{why}; pydicom also failed: {e}"
    ref, ours = {}, {}
    pydicom_text(ds, ref)
    tessera_text(mine, ours)
    problems = []
    for p in sorted(set(ref) | set(ours)):
        last = p.rsplit("/", 1)[-1] if "/" in p and not p.rsplit("/", 1)[-1].isdigit() else p.split("/")[-1]
        if int(last[:4], 16) % 2 == 1:
            continue  # private: UN in Tessera (no private dictionary), documented
        a = [v.rstrip("^").replace("^=", "=") for v in ours.get(p, [])]
        b = [v.rstrip("^").replace("^=", "=") for v in ref.get(p, [])]
        if [x for x in a if x] != [x for x in b if x]:
            problems.append(f"{p}: tessera={a} pydicom={b}")
    if problems:
        return "fail", "text differs from pydicom (dcm2json failed: " + why + ")\n    " + "\n    ".join(problems[:12])
    return "oracle-failed", why + " (text checked against pydicom)"


def compare(tessera, path, tmpdir):
    rc, ours, err = run([tessera, "json", path])
    if rc != 0:
        return "error", err.decode(errors="replace").strip()
    try:
        mine = json.loads(ours)
    except ValueError as e:
        return "fail", f"tessera wrote invalid JSON: {e}"
    oracle_input = path
    ts = transfer_syntax(path)
    if ts.startswith(ENCAPSULATED_PREFIXES):
        oracle_input = os.path.join(tmpdir, "nopixel.dcm")
        shutil.copyfile(path, oracle_input)
        run(["dcmodify", "-q", "-nb", "-ea", "(7fe0,0010)", oracle_input])
        mine.pop("7FE00010", None)
        # dcmodify's rewrite also drops Data Set Trailing Padding
        mine.pop("FFFCFFFC", None)
    rc, theirs, err = run(["dcm2json", "-q", oracle_input])
    if rc != 0 or not theirs.strip():
        return text_vs_pydicom(path, mine, err.decode(errors="replace").strip()[:200])
    try:
        ref = json.loads(theirs)
    except ValueError as e:
        return text_vs_pydicom(path, mine, f"dcm2json wrote invalid JSON: {e}")
    problems = list(diff(normalise(mine), normalise(ref)))
    if problems:
        return "fail", "\n    ".join(problems[:12]) + (f"\n    ... {len(problems)} in all" if len(problems) > 12 else "")
    return "pass", ""


def corpus_files(args):
    for a in args:
        if os.path.isdir(a):
            for root, dirs, files in os.walk(a, followlinks=True):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files = [f for f in files if not f.startswith(".")]
                for f in sorted(files):
                    yield os.path.join(root, f)
        else:
            yield a


def is_dicom_candidate(path):
    name = os.path.basename(path)
    if name.startswith("README") or name.endswith((".txt", ".py", ".pyc", ".json", ".gz", ".dump", ".md")):
        return False
    return True


def main():
    tessera = sys.argv[1]
    expected_errors = {}
    exp_path = os.path.join(os.path.dirname(__file__), "expected-errors.txt")
    with open(exp_path) as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, needle, _why = [x.strip() for x in line.split("|", 2)]
            expected_errors[name] = needle
    passed = failed = 0
    oracle_failed = []
    with tempfile.TemporaryDirectory() as tmpdir:
        for path in corpus_files(sys.argv[2:]):
            if not is_dicom_candidate(path):
                continue
            name = os.path.basename(path)
            status, detail = compare(tessera, path, tmpdir)
            if name in expected_errors:
                if status == "error" and expected_errors[name] in detail:
                    passed += 1
                else:
                    failed += 1
                    print(f"FAIL {path}: expected an error containing '{expected_errors[name]}', got {status}: {detail}")
                continue
            if status == "pass":
                passed += 1
            elif status == "oracle-failed":
                passed += 1          # our JSON parsed; dcm2json could not convert
                oracle_failed.append(f"{path}: {detail}")
            else:
                failed += 1
                print(f"FAIL {path}: {status}: {detail}")
    for line in oracle_failed:
        print(f"note: dcm2json could not convert {line}")
    print(f"json_diff: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
