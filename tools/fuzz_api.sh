#!/usr/bin/env bash
# Schemathesis (--checks all) against the whole API on a throwaway local server: once as a doctor, once as a
# moderator, once without a token. Usage: tools/fuzz_api.sh [port] [max-examples]   (needs `pip install schemathesis`)
set -euo pipefail
PORT=${1:-8171}
EXAMPLES=${2:-30}
VENV=${VENV:-.venv}
export ASKDOC_DATA_DIR=${FUZZ_DATA_DIR:-$(mktemp -d /tmp/askdoc-fuzz.XXXXXX)}
export SITE_URL="http://127.0.0.1:${PORT}" HF_HUB_OFFLINE=1 ASKDOC_TORCH_THREADS=1 DATABASE_URL=${FUZZ_DATABASE_URL:-}
[ -n "$DATABASE_URL" ] || unset DATABASE_URL
"$VENV/bin/askdoc" migrate --noinput >/dev/null
"$VENV/bin/askdoc" load_demo >/dev/null
"$VENV/bin/askdoc" reindex >/dev/null 2>&1
DOCTOR=$("$VENV/bin/askdoc" create_api_token dr-chen --name fuzz 2>/dev/null)
MODERATOR=$("$VENV/bin/askdoc" create_api_token moderator --name fuzz 2>/dev/null)
"$VENV/bin/askdoc" runserver --noreload "127.0.0.1:${PORT}" > "$ASKDOC_DATA_DIR/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER' EXIT
for _ in $(seq 60); do curl -sf "http://127.0.0.1:${PORT}/api/openapi.json" >/dev/null && break; sleep 1; done
# The first search loads the sentence encoder; do it before the clock of the first test starts.
curl -sf "http://127.0.0.1:${PORT}/api/search?q=headache" >/dev/null || true
status=0
for who in doctor moderator anonymous; do
  case $who in doctor) header=(-H "Authorization: Bearer $DOCTOR");; moderator) header=(-H "Authorization: Bearer $MODERATOR");; *) header=();; esac
  echo "== schemathesis as $who"
  "$VENV/bin/st" --config-file tools/schemathesis.toml run "http://127.0.0.1:${PORT}/api/openapi.json" \
    --checks all --max-examples "$EXAMPLES" --request-timeout 30 --workers 1 "${header[@]}" || status=1
done
echo "server errors in the log: $(grep -c ' 500 ' "$ASKDOC_DATA_DIR/server.log" || true)"
exit $status
