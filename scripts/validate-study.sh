#!/usr/bin/env bash
# Validate a study made by scripts/gen_study.py with dicom3tools' dciodvfy.
#
#   scripts/validate-study.sh DIR
#
# Checks the first, middle and last file of every DIR/series-*/ directory and fails if any
# dciodvfy output line starts with "Error". Warnings are printed (once per distinct message)
# but do not fail.
set -euo pipefail

die() { echo "validate-study: error: $*" >&2; exit 2; }

[ $# -eq 1 ] || die "usage: $0 STUDY_DIR"
dir=$1
[ -d "$dir" ] || die "$dir is not a directory"
command -v dciodvfy >/dev/null 2>&1 || die "dciodvfy not found: install dicom3tools (scripts/install-deps.sh)"

shopt -s nullglob
series=("$dir"/series-*/)
[ ${#series[@]} -gt 0 ] || die "no series-*/ directories in $dir"

out=$(mktemp)
trap 'rm -f "$out" "$out.warn"' EXIT

checked=0 errors=0
for s in "${series[@]}"; do
    files=("$s"*.dcm)
    [ ${#files[@]} -gt 0 ] || die "$s holds no .dcm files"
    n=${#files[@]}
    # first, middle and last (deduplicated for tiny series)
    picks=$(printf '%s\n' "${files[0]}" "${files[$((n / 2))]}" "${files[$((n - 1))]}" | sort -u)
    while IFS= read -r f; do
        dciodvfy "$f" >"$out" 2>&1 || true   # its exit status is not meaningful; read the lines
        checked=$((checked + 1))
        if grep -q '^Error' "$out"; then
            errors=$((errors + 1))
            echo "FAIL $f"
            grep '^Error' "$out" | sed 's/^/    /'
        else
            echo "ok   $f ($(grep -c '^Warning' "$out" || true) warnings)"
        fi
        grep '^Warning' "$out" >>"$out.warn" || true
    done <<<"$picks"
done

if [ -s "$out.warn" ]; then
    echo "distinct warnings:"
    sort "$out.warn" | uniq -c | sort -rn | sed 's/^/  /'
fi
rm -f "$out.warn"

echo "validate-study: $checked files in ${#series[@]} series, $errors with errors"
[ "$errors" -eq 0 ]
