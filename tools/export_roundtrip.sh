#!/usr/bin/env bash
# The open export's floor with the real commands on two fresh databases: load the demo content into one, export,
# import the file into a second, empty one (only migrated), export again, and compare the two files byte for byte.
# Usage: tools/export_roundtrip.sh   (SQLite files in a throwaway folder; prints the record counts and "same file")
set -euo pipefail
VENV=${VENV:-.venv}
WORK=$(mktemp -d /tmp/askdoc-roundtrip.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export HF_HUB_OFFLINE=1 ASKDOC_TORCH_THREADS=1
unset DATABASE_URL
run() { ASKDOC_DATA_DIR="$WORK/$1" "$VENV/bin/askdoc" "${@:2}"; }
mkdir -p "$WORK/a" "$WORK/b"
run a migrate --noinput >/dev/null
run a load_demo >/dev/null
run a export -o "$WORK/first.jsonl" >/dev/null
run b migrate --noinput >/dev/null
run b import_qa "$WORK/first.jsonl"
run b export -o "$WORK/second.jsonl" >/dev/null
python3 - "$WORK/first.jsonl" <<'PY'
import collections, json, sys
kinds = collections.Counter(json.loads(line).get("type", "?") for line in open(sys.argv[1], encoding="utf-8"))
print("records:", dict(kinds))
PY
cmp "$WORK/first.jsonl" "$WORK/second.jsonl" && echo "same file ($(wc -c < "$WORK/first.jsonl") bytes)"
