#!/usr/bin/env bash
# Load benchmark of the plan grids (issue 9): starts the portal in Release with Production-like settings
# (ASPNETCORE_ENVIRONMENT=Testing: as Production, HSTS and the error page, but with the demo accounts, which Production never
# creates; log level Warning; the SQL query count header on) over its own fresh database with the demo data, opens an amendment draft of the
# Алексин and Кожевниковский programs, then measures in one run the sign-in page, the Алексин indicators grid and the
# Кожевниковский funding grid under N concurrent users, and their saves one at a time; prints a table.
#   benchmarks/load-plan-grids.sh [users] [seconds] [saves]
# Port and database: MP_BENCH_PORT (default 5100), MP_BENCH_DB (default ${MP_TEST_DB:-municipal_programs}_grids).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/lib/postgres.sh
ensure_postgres
users="${1:-16}"; seconds="${2:-20}"; saves="${3:-300}"
db="${MP_BENCH_DB:-${MP_TEST_DB:-municipal_programs}_grids}"
url="http://127.0.0.1:${MP_BENCH_PORT:-5100}"

PGPASSWORD="$MP_PG_PASSWORD" psql -h 127.0.0.1 -p "$MP_PG_PORT" -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" postgres \
  || echo "[load] could not recreate $db with psql; the portal's migrations will create it"

dotnet build src/MunicipalPrograms.Web -c Release -nologo -v quiet
dotnet build benchmarks/MunicipalPrograms.Benchmarks -c Release -nologo -v quiet

ConnectionStrings__Default="$MP_DB_BASE;Database=$db" ASPNETCORE_ENVIRONMENT=Testing DemoData__Load=true \
Diagnostics__CountSqlQueries=true Serilog__MinimumLevel__Default=Warning Logging__Folder="$root/.data/logs" \
  dotnet src/MunicipalPrograms.Web/bin/Release/net10.0/MunicipalPrograms.Web.dll --urls "$url" --contentRoot "$root/src/MunicipalPrograms.Web" >"/tmp/mp-load-grids-$db.log" 2>&1 &
portal=$!
trap 'kill $portal 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "$url/health" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$url/health" >/dev/null || { echo "[load] the portal did not start; see /tmp/mp-load-grids-$db.log" >&2; exit 1; }

echo "[load] $(date -u '+%F %T') UTC, load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet benchmarks/MunicipalPrograms.Benchmarks/bin/Release/net10.0/MunicipalPrograms.Benchmarks.dll grids "$url" "$users" "$seconds" "$saves"
echo "[load] load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
