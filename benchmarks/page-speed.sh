#!/usr/bin/env bash
# Speed of the signed-in pages against the bare sign-in page (issue 14), all in one run, since this machine's speed drifts:
# the portal in Release, Production, demo data and demo accounts on its own database (mp_bench_speed), and wrk with 16
# connections on /Account/Login (start and end), /health, the report page (executor: Кожевниковский 2025; finance:
# Алексин 2024, 37 indicators), the lists and queues, each between two runs of the sign-in page; each page's share of the
# mean of those two (requests/s), its p95, its
# SQL query count and HTML size.
#   benchmarks/page-speed.sh [seconds]            (8 s per page by default)
# MP_DB_BASE: the cluster (Host=…;Port=…;Username=postgres;Password=…); MP_BENCH_PORT: the portal's port (5293).
# MP_SPEED_PAGES="report-finance programs" measures only those labels (and the sign-in page around them).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
seconds="${1:-8}"
: "${MP_DB_BASE:?export MP_DB_BASE (docs/operations.md)}"
db=mp_bench_speed
url="http://127.0.0.1:${MP_BENCH_PORT:-5293}"
out="${MP_BENCH_OUT:-/tmp/mp-page-speed}"; mkdir -p "$out"
field() { tr ';' '\n' <<<"$MP_DB_BASE" | sed -n "s/^$1=//Ip" | head -1; }
export PGHOST="$(field Host)" PGPORT="$(field Port)" PGUSER="$(field Username)" PGPASSWORD="$(field Password)"
export ConnectionStrings__Default="$MP_DB_BASE;Database=$db"
export ASPNETCORE_ENVIRONMENT=Production DemoData__Load=true Logging__Folder="$out/logs" Serilog__MinimumLevel__Default=Warning
export AllowedHosts="127.0.0.1;localhost"

dotnet build src/MunicipalPrograms.Web -c Release -nologo -v quiet
dll="$root/src/MunicipalPrograms.Web/bin/Release/net10.0/MunicipalPrograms.Web.dll"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
Diagnostics__CountSqlQueries=true dotnet "$dll" --urls "$url" --contentRoot "$root/src/MunicipalPrograms.Web" >"$out/portal.log" 2>&1 &
portal=$!
cleanup() { kill "$portal" 2>/dev/null && wait "$portal" 2>/dev/null; psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"; }
trap cleanup EXIT
for _ in $(seq 1 240); do curl -fs "$url/health" >/dev/null 2>&1 && break; sleep 0.5; done

sign_in() { # user → the cookie header's value
  local jar="$out/cookies-$1" token; rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$url/Account/Login" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "UserName=$1" --data-urlencode "Password=Demo-2025" \
    --data-urlencode "__RequestVerificationToken=$token" "$url/Account/Login"
  awk '!/^#/ || /^#HttpOnly_/ {sub(/^#HttpOnly_/, ""); if (NF == 7) printf "%s=%s; ", $6, $7}' "$jar"
}
program_id() { psql -X -d "$db" -Atc "SELECT id FROM programs WHERE name LIKE '%$1%' ORDER BY id LIMIT 1"; }
executor=$(sign_in kozh.admin); finance=$(sign_in finance)
kozh=$(program_id Кожевниковск); aleksin=$(program_id 'Алексин')
[ -n "$kozh" ] && [ -n "$aleksin" ] || { echo "[speed] demo programs not found"; exit 1; }

# label | path | who
pages="health|/health|
report-executor|/Reports/Edit/$kozh?year=2025|executor
report-finance|/Reports/Edit/$aleksin?year=2024|finance
my-reports|/Reports|executor
programs-executor|/Programs|executor
programs-finance|/Programs|finance
review-queue|/Review|finance
notifications|/Notifications|executor
dashboard|/Dashboard?year=2024&period=Year|finance"

cookie_of() { case "$1" in executor) echo "$executor" ;; finance) echo "$finance" ;; *) echo "" ;; esac; }
run_wrk() { # label path cookie
  # 2 s of warm-up first: the page's code is compiled again by the tiered JIT after its first calls, and a page measured
  # right after one request would count that compilation (the first page measured lost a quarter of its rate so).
  wrk -t2 -c16 -d2s -H "Cookie: $3" "$url$2" >/dev/null 2>&1
  wrk -t2 -c16 -d"${seconds}s" --timeout 30s -s benchmarks/dashboard-scale/percentiles.lua -H "Cookie: $3" "$url$2" >"$out/wrk-$1.txt" 2>&1
  sed -n 's/.*rps=\([0-9.]*\).*/\1/p' "$out/wrk-$1.txt"
}
queries() { curl -s -o /dev/null -D "$out/headers" -w "%{http_code} %{size_download}" -H "Cookie: $2" "$url$1"; echo " $(grep -i '^x-sql-queries' "$out/headers" | tr -d '\r' | awk '{print $2}')"; }
echo "[speed] single requests: status, bytes, SQL queries of the first request and of the next one"
while IFS='|' read -r label path who; do
  read -r status bytes first <<<"$(queries "$path" "$(cookie_of "$who")")"
  read -r _ _ next <<<"$(queries "$path" "$(cookie_of "$who")")"
  printf '  %s %7s B  %2s → %2s queries  %s %s\n' "$status" "$bytes" "$first" "$next" "$label" "$path"
done <<<"$pages"

echo "[speed] 16 connections (wrk, 2 threads), ${seconds}s per page, warm (a warm-up run of the sign-in page first):"
run_wrk warm-up /Account/Login "" >/dev/null
# Each page is measured between two runs of the sign-in page, and compared with their mean (the machine's speed drifts
# by half within minutes: one base for the whole run would flatter or punish the pages measured last).
sign_in_rps=$(run_wrk sign-in-0 /Account/Login "")
echo "  sign-in:           $(grep '^requests=' "$out/wrk-sign-in-0.txt")"
while IFS='|' read -r label path who; do
  if [ -n "${MP_SPEED_PAGES:-}" ] && ! grep -qw "$label" <<<"$MP_SPEED_PAGES"; then continue; fi
  rps=$(run_wrk "$label" "$path" "$(cookie_of "$who")")
  after=$(run_wrk "sign-in-after-$label" /Account/Login "")
  printf '  %-18s %s  → %s %% of sign-in (%s / %s req/s before / after)\n' "$label:" "$(grep '^requests=' "$out/wrk-$label.txt")" \
    "$(echo "200 * $rps / ($sign_in_rps + $after)" | bc)" "$sign_in_rps" "$after"
  sign_in_rps=$after
done <<<"$pages"
grep -o 'VmHWM.*' "/proc/$portal/status" | sed 's/^/[speed] portal peak RSS /'
