#!/usr/bin/env bash
# The README's first command: install what is missing, build, and run
# Tessera on its embedded default: imports a generated sample study into the
# embedded archive (SQLite catalog + local blob directory in build/sample-data),
# shows what it holds, then serves the AHI API and DICOMweb on 127.0.0.1:8080 in the
# foreground WITHOUT authentication (--auth none: local development only;
# `tessera serve` alone requires SigV4). Ctrl-C stops it. LISTEN=ADDR:PORT to
# change the address, SERVE=0 to stop after the import.
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
DATA=${DATA:-build/sample-data}
echo
echo "== build/release/tessera import --data $DATA $SAMPLE"
build/release/tessera import --data "$DATA" "$SAMPLE" > build/sample-job.json
grep -E '"jobStatus"|"outputS3Uri"' build/sample-job.json
echo
echo "== build/release/tessera imagesets search --data $DATA (image set, version, series)"
build/release/tessera imagesets search --data "$DATA" > build/sample-search.json
/usr/bin/python3 -c 'import json,sys
for s in json.load(open(sys.argv[1]))["imageSetsMetadataSummaries"]:
    t = s["DICOMTags"]
    print(s["imageSetId"], "v%d" % s["version"], t.get("DICOMSeriesModality", ""), t.get("DICOMSeriesInstanceUID", ""))' build/sample-search.json
echo
echo "Tessera is built: build/release/tessera (try 'build/release/tessera help')."
echo "The sample study ($SAMPLE/) is imported into $DATA/ (catalog.db + blobs/)."
[ "${SERVE:-1}" = 0 ] && exit 0
LISTEN=${LISTEN:-127.0.0.1:8080}
ds=$(build/release/tessera datastore list --data "$DATA" |
     /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["datastoreSummaries"][0]["datastoreId"])')
echo
echo "Serving the AHI API and DICOMweb on http://$LISTEN with authentication OFF (--auth none)."
echo "  control and runtime endpoint: http://$LISTEN   (AWS SDK: endpoint + disableHostPrefix)"
echo "  try: curl -s http://$LISTEN/datastore"
echo "       curl -s -X POST http://$LISTEN/datastore/$ds/searchImageSets -d '{}'"
echo "  DICOMweb root (OHIF qidoRoot/wadoRoot, dicomweb-client): http://$LISTEN/dicomweb"
echo "  try: curl -s http://$LISTEN/dicomweb/studies"
echo "Ctrl-C to stop."
exec build/release/tessera serve --data "$DATA" --listen "$LISTEN" --auth none \
    --dicomweb-datastore "$ds"
