#!/usr/bin/env bash
# Runs the portal with demo data: ensures PostgreSQL, applies migrations, loads the demo
# programs (both done by the portal at start) and serves on http://127.0.0.1:5080
# (override with MP_URL). Stop with Ctrl+C.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/lib/postgres.sh
source scripts/lib/chromium.sh
ensure_postgres
ensure_chromium || echo "[run] PDF export is off until Chromium is installed (HTML and Excel work)"

url="${MP_URL:-http://127.0.0.1:5080}"
# The portal connects as mp_app (rows only) and migrates as mp_owner; a caller's own connection strings win.
if [ -z "${ConnectionStrings__Default:-}" ]; then
  ensure_portal_database municipal_programs
  export ConnectionStrings__Default="$MP_DB_APP;Database=municipal_programs"
  export ConnectionStrings__Migrations="$MP_DB_OWNER;Database=municipal_programs"
fi
export AllowedHosts="${AllowedHosts:-127.0.0.1;localhost}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export DemoData__Load=true
export Logging__Folder="$root/.data/logs"

echo "[run] building the portal"
dotnet build src/MunicipalPrograms.Web -c Release -nologo -v quiet
echo "[run] the portal will be at $url (Ctrl+C stops it)"
exec dotnet run --project src/MunicipalPrograms.Web -c Release --no-build --no-launch-profile --urls "$url"
