#!/usr/bin/env bash
# Runs every test of the solution against a real PostgreSQL (the same bootstrap as run.sh)
# and ends with the line "N passed, N failed". .ci/run calls exactly this script.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/lib/postgres.sh
source scripts/lib/chromium.sh
ensure_postgres
export MP_DB_BASE
ensure_chromium # the browser tests drive it

# Each in-memory portal would watch its appsettings files for changes; dozens of test hosts (and other test runs
# of the same user) exhaust the inotify instances (limit 128) and a host then fails to start. Tests never reload.
export DOTNET_hostBuilder__reloadConfigOnChange=false

dotnet tool restore >/dev/null
results="$root/.test-results"
rm -rf "$results"

status=0
dotnet test MunicipalPrograms.sln -c Release --nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" "$@" || status=$?

passed=0; failed=0; skipped=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  p="$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")"
  f="$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")"
  t="$(sed -E 's/.* total="([0-9]+)".*/\1/' <<<"$counters")"
  e="$(sed -E 's/.* executed="([0-9]+)".*/\1/' <<<"$counters")"
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + t - e))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "[test] dotnet test failed before running every test (build error?)"; fi
echo "[test] $skipped skipped"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
