#!/usr/bin/env bash
# Runs the portal with demo data: ensures PostgreSQL, applies migrations, loads the demo programs and creates the
# demo accounts (both done by the portal at start, because DemoData__Load=true is set here explicitly) and serves on
# http://127.0.0.1:5080 (override with MP_URL). Stop with Ctrl+C.
# E-mail: a local mail catcher (smtp4dev, scripts/lib/mailcatcher.sh) receives every letter; its page is
# http://127.0.0.1:5081 (MP_MAIL_UI); MP_MAIL=false for none. It stops with the portal.
# The environment is Production, as on a server: friendly error pages, no developer exception page. Without demo data
# (a real municipality, README): MP_DATABASE=<name> DemoData__Load=false bash scripts/run.sh, after create-admin.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/lib/postgres.sh
source scripts/lib/chromium.sh
source scripts/lib/portal.sh
source scripts/lib/mailcatcher.sh
ensure_postgres
ensure_chromium || echo "[run] PDF export is off until Chromium is installed (HTML and Excel work)"

url="${MP_URL:-http://127.0.0.1:5080}"
portal_connection_strings
export AllowedHosts="${AllowedHosts:-127.0.0.1;localhost}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
export DemoData__Load="${DemoData__Load:-true}"
export Logging__Folder="${Logging__Folder:-$root/.data/logs}"

echo "[run] building the portal"
portal_build
trap stop_mail_catcher EXIT
trap "exit 143" TERM
start_mail_catcher
echo "[run] the portal will be at $url ($ASPNETCORE_ENVIRONMENT, demo data and demo accounts: $DemoData__Load; Ctrl+C stops it)"
dotnet "$PORTAL_DLL" --contentRoot "$PORTAL_CONTENT_ROOT" --urls "$url"
