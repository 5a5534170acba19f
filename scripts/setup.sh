#!/usr/bin/env bash
# The README's first command: install what is missing, build, and run
# Tessera on its embedded default. Until the server exists (issue 5) this
# runs the CLI on a sample study: dump of one file, JSON of one file.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/fetch-testdata.sh
make -j"$(nproc)" release
SAMPLE=${SAMPLE:-build/sample-study}
if [ ! -d "$SAMPLE" ]; then
    /usr/bin/python3 scripts/gen_study.py --n 20 --out "$SAMPLE"
fi
first=$(find "$SAMPLE" -name '*.dcm' | sort | head -1)
echo
echo "== build/release/tessera dump $first (first 25 lines)"
build/release/tessera dump "$first" > build/sample-dump.txt
head -25 build/sample-dump.txt
echo
echo "== build/release/tessera json $first (first 400 bytes)"
build/release/tessera json "$first" > build/sample.json
head -c 400 build/sample.json; echo ...
echo
echo "Tessera is built: build/release/tessera (try 'build/release/tessera help')."
echo "A sample study is in $SAMPLE/. The HTTP server arrives with the AHI API; see README.md."
