#!/usr/bin/env bash
# Orthanc 1.10 with its DICOMweb and GDCM plugins (Debian packages), as the reference server of
# the DICOMweb tests (tests/dicomweb) and the peer of the benchmarks (bench/), on loopback.
#
#   scripts/orthanc.sh start DIR HTTP_PORT [DICOM_PORT] [EXTRA_JSON]
#       writes DIR/orthanc.json (storage and index under DIR), starts Orthanc in the background,
#       waits until its REST API answers, writes DIR/orthanc.pid and prints the settings that
#       change its speed (test-material.md asks for them with every figure).
#       EXTRA_JSON: a JSON object merged over the defaults (e.g. '{"DicomWeb":{"Servers":
#       {"tessera":["http://127.0.0.1:8080/dicomweb/"]}}}' to let Orthanc push/pull to Tessera).
#   scripts/orthanc.sh stop DIR
#
# No systemd: the package's service is not used. Authentication is off and remote access is
# refused (loopback only). The DICOMweb root is http://127.0.0.1:HTTP_PORT/dicom-web/.
set -euo pipefail

die() { echo "orthanc.sh: error: $*" >&2; exit 1; }

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || die "usage: $0 start DIR HTTP_PORT [DICOM_PORT] [EXTRA_JSON] | stop DIR"

case "$cmd" in
start)
    port=${3:?HTTP port}
    dport=${4:-0}
    extra=${5:-"{}"}
    command -v Orthanc >/dev/null || die "Orthanc is not installed (scripts/install-deps.sh)"
    mkdir -p "$dir/storage" "$dir/index"
    dir=$(cd "$dir" && pwd)
    [ "$dport" = 0 ] && dport=$((port + 1))
    /usr/bin/python3 - "$dir" "$port" "$dport" "$extra" <<'PY'
import json, sys
d, port, dport, extra = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), json.loads(sys.argv[4])
cfg = {
    "Name": "tessera-peer",
    "StorageDirectory": d + "/storage",
    "IndexDirectory": d + "/index",
    "HttpPort": port,
    "DicomPort": dport,
    "RemoteAccessAllowed": False,
    "AuthenticationEnabled": False,
    "HttpServerEnabled": True,
    "DicomServerEnabled": True,
    "StableAge": 1,
    "SaveJobs": False,
    "Plugins": ["/usr/share/orthanc/plugins/libOrthancDicomWeb.so",
                "/usr/share/orthanc/plugins/libOrthancGdcm.so"],
    # the settings that change its speed, explicit so they are reported with every figure
    "SyncStorageArea": True,
    "StorageAccessOnFind": "Always",
    "MaximumStorageCacheSize": 128,
    "HttpCompressionEnabled": True,
    "HttpThreadsCount": 50,
    "DicomWeb": {"Enable": True, "Root": "/dicom-web/", "EnableWado": True,
                 "StudiesMetadata": "Full", "SeriesMetadata": "Full"},
}
def merge(a, b):
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(a.get(k), dict):
            merge(a[k], v)
        else:
            a[k] = v
merge(cfg, extra)
json.dump(cfg, open(d + "/orthanc.json", "w"), indent=2)
PY
    if [ -f "$dir/orthanc.pid" ] && kill -0 "$(cat "$dir/orthanc.pid")" 2>/dev/null; then
        die "an Orthanc already runs for $dir (pid $(cat "$dir/orthanc.pid"))"
    fi
    nohup /usr/sbin/Orthanc "$dir/orthanc.json" >"$dir/orthanc.log" 2>&1 &
    echo $! >"$dir/orthanc.pid"
    for _ in $(seq 1 150); do
        if curl -sf "http://127.0.0.1:$port/system" >/dev/null 2>&1; then
            /usr/bin/python3 -c '
import json, sys
c = json.load(open(sys.argv[1]))
keys = ["SyncStorageArea", "StorageAccessOnFind", "MaximumStorageCacheSize",
        "HttpCompressionEnabled", "HttpThreadsCount"]
s = {k: c[k] for k in keys}
s["DicomWeb.StudiesMetadata"] = c["DicomWeb"]["StudiesMetadata"]
s["DicomWeb.SeriesMetadata"] = c["DicomWeb"]["SeriesMetadata"]
print("orthanc.sh: Orthanc up on http://127.0.0.1:%s/ settings %s" % (sys.argv[2], json.dumps(s)))
' "$dir/orthanc.json" "$port"
            exit 0
        fi
        kill -0 "$(cat "$dir/orthanc.pid")" 2>/dev/null || { tail -20 "$dir/orthanc.log" >&2; die "Orthanc exited"; }
        sleep 0.2
    done
    tail -20 "$dir/orthanc.log" >&2
    die "Orthanc did not answer on port $port within 30 s"
    ;;
stop)
    [ -f "$dir/orthanc.pid" ] || exit 0
    pid=$(cat "$dir/orthanc.pid")
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$dir/orthanc.pid"
    ;;
*) die "unknown command $cmd" ;;
esac
