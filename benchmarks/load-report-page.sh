#!/usr/bin/env bash
# Load benchmark of the report page and its save (issue 4): starts the portal in Release on a fresh
# database with the demo data, runs 16 concurrent users for 20 s per phase, prints the results.
#   benchmarks/load-report-page.sh [users] [seconds]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/lib/postgres.sh
ensure_postgres
users="${1:-16}"; seconds="${2:-20}"
db=municipal_programs_bench
url="http://127.0.0.1:5091"

PGPASSWORD="${MP_PG_PASSWORD:-}" psql -h 127.0.0.1 -p "$MP_PG_PORT" -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" postgres \
  || echo "[load] could not recreate $db with psql; the portal's migrations will create it"

dotnet build src/MunicipalPrograms.Web -c Release -nologo -v quiet
dotnet build benchmarks/MunicipalPrograms.Benchmarks -c Release -nologo -v quiet

# 17 sign-ins of one account in a second: the sign-in limits (issue 13) are lifted for the benchmark.
ConnectionStrings__Default="$MP_DB_BASE;Database=$db" ASPNETCORE_ENVIRONMENT=Testing DemoData__Load=true SignIn__PerIpPerMinute=100000 SignIn__PerUserNamePerMinute=100000 \
Diagnostics__CountSqlQueries=true Serilog__MinimumLevel__Default=Warning Logging__Folder="$root/.data/logs" \
  dotnet src/MunicipalPrograms.Web/bin/Release/net10.0/MunicipalPrograms.Web.dll --urls "$url" --contentRoot "$root/src/MunicipalPrograms.Web" >/tmp/mp-load-portal.log 2>&1 &
portal=$!
trap 'kill $portal 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "$url/health" >/dev/null 2>&1 && break; sleep 0.5; done

dotnet benchmarks/MunicipalPrograms.Benchmarks/bin/Release/net10.0/MunicipalPrograms.Benchmarks.dll load "$url" "$users" "$seconds"
