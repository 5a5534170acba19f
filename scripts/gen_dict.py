#!/usr/bin/python3
"""gen_dict.py - generate src/dicom/dict_table.c, the DICOM data dictionary.

Usage (what `make dict` runs):

    /usr/bin/python3 scripts/gen_dict.py > src/dicom/dict_table.c

The data comes from the standard dictionary that Debian's python3-pydicom
ships (pydicom._dicom_dict: DicomDictionary for exact tags, including the
group 0000 command elements and the group 0002 file meta elements, and
RepeatersDictionary for repeating groups such as 60xx). Only that data is
read; no pydicom code is used or copied.

The output holds three arrays that src/dicom/dict.c searches (declared in
src/dicom/dict_table.h):

  dcm_dict_table[]          exact entries, sorted by tag (binary search);
  dcm_dict_repeaters[]      masked entries: each 'x' nibble of a key such as
                            '60xx3000' is 0 in both `tag` and `mask`;
  dcm_dict_keyword_index[]  indices of every entry with a keyword, sorted by
                            keyword in strcmp order (binary search). An index
                            i < dcm_dict_table_count refers to dcm_dict_table[i],
                            otherwise to dcm_dict_repeaters[i - count].

The output is deterministic (same pydicom, same bytes) and must never be
edited by hand: change this script and rerun it instead. Any VR string or
key this script does not understand is a hard error (exit status 1), so a
newer pydicom cannot silently produce a wrong table.
"""

import sys

try:
    import pydicom
    from pydicom._dicom_dict import DicomDictionary, RepeatersDictionary
except ImportError as exc:
    sys.exit(f"gen_dict.py: cannot import pydicom's dictionary: {exc}")

# Real VRs: each becomes DCM_VR_<code>; they must match the enum in vr.h.
REAL_VRS = {
    "AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD", "FL", "IS", "LO", "LT",
    "OB", "OD", "OF", "OL", "OV", "OW", "PN", "SH", "SL", "SQ", "SS", "ST",
    "SV", "TM", "UC", "UI", "UL", "UN", "UR", "US", "UT", "UV",
}

# pydicom's dictionary-only VR strings and their dcm_vr pseudo VRs.
PSEUDO_VRS = {
    "US or SS": "DCM_VR_AMBIG_US_SS",
    "OB or OW": "DCM_VR_AMBIG_OB_OW",
    "US or OW": "DCM_VR_AMBIG_US_OW",
    "US or SS or OW": "DCM_VR_AMBIG_US_SS_OW",
    "": "DCM_VR_NONE",       # items and delimiters (FFFE,E000 ...)
    "NONE": "DCM_VR_NONE",
}

# dict.c answers (gggg,0000) group length tags itself under this keyword,
# so the standard dictionary must not use it for anything else.
RESERVED_KEYWORDS = {"GroupLength"}

EXACT_MASK = 0xFFFFFFFF


def fail(message):
    sys.stderr.write(f"gen_dict.py: {message}\n")
    sys.exit(1)


def vr_constant(vr, where):
    if vr in REAL_VRS:
        return "DCM_VR_" + vr
    if vr in PSEUDO_VRS:
        return PSEUDO_VRS[vr]
    fail(f"unknown VR {vr!r} for {where}")


def c_string(text):
    """Return text as a C string literal of its UTF-8 bytes.

    Printable ASCII is kept as is; '"', '\\' and '?' (trigraphs) are
    escaped; any other byte becomes \\xNN. A hex escape would swallow a
    following hex digit, so the literal is split ("\\xC2" "B") there.
    """
    out = ['"']
    after_hex_escape = False
    for byte in text.encode("utf-8"):
        ch = chr(byte)
        if after_hex_escape and ch in "0123456789abcdefABCDEF":
            out.append('" "')
        after_hex_escape = False
        if ch in '"\\?':
            out.append("\\" + ch)
        elif 0x20 <= byte < 0x7F:
            out.append(ch)
        else:
            out.append(f"\\x{byte:02X}")
            after_hex_escape = True
    out.append('"')
    return "".join(out)


def make_entry(tag, mask, value, where):
    """Check one pydicom (VR, VM, Name, Retired, Keyword) tuple."""
    if not isinstance(value, tuple) or len(value) != 5:
        fail(f"unexpected dictionary value {value!r} for {where}")
    vr, vm, name, retired, keyword = value
    if retired not in ("", "Retired"):
        fail(f"unknown retired flag {retired!r} for {where}")
    if keyword and not (keyword.isascii() and keyword.isidentifier()):
        fail(f"keyword {keyword!r} for {where} is not an identifier")
    if keyword in RESERVED_KEYWORDS:
        fail(f"keyword {keyword!r} for {where} is reserved by dict.c")
    if not vm:
        fail(f"empty VM for {where}")
    return {
        "tag": tag,
        "mask": mask,
        "vr": vr_constant(vr, where),
        "retired": 1 if retired == "Retired" else 0,
        "keyword": keyword,
        "vm": vm,
        "name": name,
    }


def parse_repeater_key(key):
    """'60xx3000' -> (0x60003000, 0xFF00FFFF)."""
    if len(key) != 8:
        fail(f"repeater key {key!r} is not 8 characters")
    tag = mask = 0
    for ch in key:
        tag <<= 4
        mask <<= 4
        if ch in "xX":
            continue
        try:
            tag |= int(ch, 16)
        except ValueError:
            fail(f"repeater key {key!r} has a bad character {ch!r}")
        mask |= 0xF
    return tag, mask


def load_exact():
    entries = []
    for tag, value in DicomDictionary.items():
        if not isinstance(tag, int) or not 0 <= tag <= 0xFFFFFFFF:
            fail(f"bad tag {tag!r} in DicomDictionary")
        if (tag >> 16) & 1:
            fail(f"odd (private) group in DicomDictionary: {tag:08X}")
        entries.append(make_entry(tag, EXACT_MASK, value, f"{tag:08X}"))
    entries.sort(key=lambda e: e["tag"])
    return entries


def load_repeaters():
    entries = []
    for key, value in RepeatersDictionary.items():
        tag, mask = parse_repeater_key(key)
        entries.append(make_entry(tag, mask, value, key))
    entries.sort(key=lambda e: (e["tag"], e["mask"]))
    # dict.c returns the first repeater that matches; make sure at most one
    # can, so the order of this table never matters.
    for i, a in enumerate(entries):
        for b in entries[i + 1:]:
            if (a["tag"] ^ b["tag"]) & a["mask"] & b["mask"] == 0:
                fail(f"repeaters {a['tag']:08X}/{a['mask']:08X} and "
                     f"{b['tag']:08X}/{b['mask']:08X} overlap")
    return entries


def keyword_index(exact, repeaters):
    """Indices of all keyworded entries, sorted by keyword bytes (strcmp)."""
    combined = exact + repeaters
    if len(combined) > 0xFFFF:
        fail("too many entries for a uint16_t keyword index")
    seen = {}
    for i, entry in enumerate(combined):
        keyword = entry["keyword"]
        if not keyword:
            continue
        if keyword in seen:
            fail(f"keyword {keyword!r} is used twice")
        seen[keyword] = i
    return [seen[k] for k in sorted(seen, key=lambda k: k.encode("utf-8"))]


def entry_line(e):
    return (f"    {{ 0x{e['tag']:08X}, 0x{e['mask']:08X}, {e['vr']}, "
            f"{e['retired']}, {c_string(e['keyword'])}, {c_string(e['vm'])}, "
            f"{c_string(e['name'])} }},")


def emit(out, exact, repeaters, index):
    w = out.write
    w("/*\n")
    w(" * dict_table.c - the DICOM data dictionary as C data.\n")
    w(" *\n")
    w(" * GENERATED FILE - DO NOT EDIT. Produced by scripts/gen_dict.py\n")
    w(f" * (`make dict`) from pydicom {pydicom.__version__}'s _dicom_dict.py.\n")
    w(" * To change it, change the script and regenerate.\n")
    w(" *\n")
    w(f" * {len(exact)} exact entries sorted by tag, {len(repeaters)} "
      "repeating-group entries,\n")
    w(f" * {len(index)} keywords indexed. dict.c searches these tables; "
      "see dict_table.h.\n")
    w(" */\n\n")
    w('#include "dict_table.h"\n\n')

    w("const dcm_dict_entry dcm_dict_table[] = {\n")
    for e in exact:
        w(entry_line(e) + "\n")
    w("};\n\n")
    w("const size_t dcm_dict_table_count =\n"
      "    sizeof(dcm_dict_table) / sizeof(dcm_dict_table[0]);\n\n")

    w("const dcm_dict_entry dcm_dict_repeaters[] = {\n")
    for e in repeaters:
        w(entry_line(e) + "\n")
    w("};\n\n")
    w("const size_t dcm_dict_repeaters_count =\n"
      "    sizeof(dcm_dict_repeaters) / sizeof(dcm_dict_repeaters[0]);\n\n")

    combined = exact + repeaters
    w("const uint16_t dcm_dict_keyword_index[] = {\n")
    for i in index:
        w(f"    {i},  /* {combined[i]['keyword']} */\n")
    w("};\n\n")
    w("const size_t dcm_dict_keyword_index_count =\n"
      "    sizeof(dcm_dict_keyword_index) / sizeof(dcm_dict_keyword_index[0]);\n")


def main():
    exact = load_exact()
    repeaters = load_repeaters()
    index = keyword_index(exact, repeaters)
    emit(sys.stdout, exact, repeaters, index)
    return 0


if __name__ == "__main__":
    sys.exit(main())
