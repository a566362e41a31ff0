#!/usr/bin/env bash
# The campaign dashboard at 15 000 programs (issue 12): its own database (mp_bench_scale) on the shared cluster, migrated
# by the portal's create-admin command (which also makes the benchmark's account, then turned into a Finance user),
# filled by benchmarks/dashboard-scale/data.sql (500 municipalities × 30 programs × 40 indicators × 10 years); then the
# portal in Release, Production, no demo data, and wrk with 16 connections on the sign-in page and the dashboard (all
# municipalities, one municipality) in the same run; the SQL count per page; EXPLAIN (ANALYZE, BUFFERS) of the
# dashboard's SQL as the portal logged it; the open-data exports' time and size; the database size.
#   benchmarks/dashboard-scale.sh [--keep] [--reuse] [seconds]
#     --keep   leave the database for the next run;  --reuse   use the database a --keep run left (no generation)
# MP_SCALE_EXPORTS="funding programs" times only those open-data sets; MP_SCALE_EXPORT_TIMEOUT (300 s) bounds each download.
# MP_DB_BASE: the cluster (Host=…;Port=…;Username=postgres;Password=…); MP_BENCH_PORT: the portal's port (5292).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
keep=false; reuse=false; seconds=20
for a in "$@"; do case "$a" in --keep) keep=true ;; --reuse) reuse=true; keep=true ;; *) seconds="$a" ;; esac; done
: "${MP_DB_BASE:?export MP_DB_BASE (docs/operations.md)}"
db=mp_bench_scale
url="http://127.0.0.1:${MP_BENCH_PORT:-5292}"
user=bench.finance
password="Bench-Scale-$RANDOM-Pw1!"
out="${MP_BENCH_OUT:-/tmp/mp-dashboard-scale}"; mkdir -p "$out"
# psql's connection from the same connection string the portal gets.
field() { tr ';' '\n' <<<"$MP_DB_BASE" | sed -n "s/^$1=//Ip" | head -1; }
export PGHOST="$(field Host)" PGPORT="$(field Port)" PGUSER="$(field Username)" PGPASSWORD="$(field Password)"
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
export ConnectionStrings__Default="$MP_DB_BASE;Database=$db"
export ASPNETCORE_ENVIRONMENT=Production DemoData__Load=false Logging__Folder="$out/logs" Serilog__MinimumLevel__Default=Warning

dotnet build src/MunicipalPrograms.Web -c Release -nologo -v quiet
dll="$root/src/MunicipalPrograms.Web/bin/Release/net10.0/MunicipalPrograms.Web.dll"

if ! $reuse; then
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
  # create-admin runs the migrations first, as the portal does at start.
  printf '%s\n' "$password" | dotnet "$dll" create-admin --user "$user" --name "Финансовое управление (бенчмарк)"
  start=$(date +%s.%N)
  psql_db -f benchmarks/dashboard-scale/data.sql >/dev/null
  echo "[scale] data generated in $(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f') s"
else
  printf '%s\n' "$password" | dotnet "$dll" create-admin --user "$user" --reset-password >/dev/null
fi
# create-admin makes an administrator; the dashboard's user is the finance department's (one role per user).
psql_db -c "UPDATE asp_net_user_roles SET role_id = (SELECT id FROM asp_net_roles WHERE name = 'Finance')
            WHERE user_id = (SELECT id FROM asp_net_users WHERE user_name = '$user')"
cleanup() {
  [ -n "${portal:-}" ] && kill "$portal" 2>/dev/null && wait "$portal" 2>/dev/null
  if $keep; then echo "[scale] kept database $db"; else psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"; echo "[scale] dropped $db"; fi
}
trap cleanup EXIT

echo "[scale] database size: $(psql_db -Atc "SELECT pg_size_pretty(pg_database_size('$db'))")"
psql_db -c "SELECT relname AS table, n_live_tup AS rows, pg_size_pretty(pg_total_relation_size(relid)) AS total_with_indexes
            FROM pg_stat_user_tables ORDER BY pg_total_relation_size(relid) DESC LIMIT 8"

# The portal, with the query count in a header. PostgreSQL logs every statement of this database only (the SQL to EXPLAIN).
psql -X -q -d postgres -c "ALTER DATABASE $db SET log_min_duration_statement = 0"
Diagnostics__CountSqlQueries=true dotnet "$dll" --urls "$url" --contentRoot "$root/src/MunicipalPrograms.Web" >"$out/portal.log" 2>&1 &
portal=$!
for _ in $(seq 1 120); do curl -fs "$url/health" >/dev/null 2>&1 && break; sleep 0.5; done

jar="$out/cookies"; rm -f "$jar"
token=$(curl -s -c "$jar" -b "$jar" "$url/Account/Login" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "UserName=$user" --data-urlencode "Password=$password" \
  --data-urlencode "__RequestVerificationToken=$token" "$url/Account/Login"
cookie=$(awk '!/^#/ || /^#HttpOnly_/ {sub(/^#HttpOnly_/, ""); if (NF == 7) printf "%s=%s; ", $6, $7}' "$jar")

all="/Dashboard?year=2025&period=Year"
one="/Dashboard?year=2025&period=Year&m=BM250"
low="$all&grade=Low"
echo "[scale] single requests (cold, then warm): status, seconds, bytes, SQL queries"
for page in "$one" "$one" "$all" "$all" "$all" "$low" "$low"; do
  curl -s -o "$out/page.html" -D "$out/headers" -w '%{http_code} %{time_total} %{size_download}' -H "Cookie: $cookie" "$url$page"
  echo " $(grep -i '^x-sql-queries' "$out/headers" | tr -d '\r' | awk '{print $2}')  $page"
done
rows=$(grep -c '<tr' "$out/page.html" || true)
echo "[scale] table rows on the all-municipalities page: $rows"

# The dashboard's SQL as the portal ran it for one municipality (the server log after a mark), EXPLAIN (ANALYZE, BUFFERS).
pglog="${MP_PG_LOG:-$(psql -X -Atc 'SHOW data_directory' postgres)/../pg.log}"
if [ -r "$pglog" ]; then
  mark=$(wc -c <"$pglog")
  curl -s -o /dev/null -H "Cookie: $cookie" "$url$one"; sleep 1
  tail -c +$((mark + 1)) "$pglog" >"$out/pg-window.log"
  python3 benchmarks/dashboard-scale/explain.py "$out/pg-window.log" >"$out/explain.sql"
  psql_db -f "$out/explain.sql" >"$out/explain.txt" 2>&1 || true
  echo "[scale] EXPLAIN of $(grep -c '^EXPLAIN' "$out/explain.sql") statements: $out/explain.txt; sequential scans of the big tables:"
  grep -E 'Seq Scan on (indicator_values|funding_lines|progress_reports|programs|activities|indicators) ' "$out/explain.txt" || echo "  none"
  grep -E '^========|Execution Time' "$out/explain.txt" | paste - - | awk -F'Execution Time: ' '{printf "  %10s  %s\n", $2, substr($1, 10, 110)}'
else
  echo "[scale] no readable server log at $pglog (MP_PG_LOG): EXPLAIN skipped"
fi
psql -X -q -d postgres -c "ALTER DATABASE $db RESET log_min_duration_statement"

run_wrk() { # label path [cookie]
  wrk -t2 -c16 -d"${seconds}s" --timeout 120s -s benchmarks/dashboard-scale/percentiles.lua -H "Cookie: ${3:-}" "$url$2" >"$out/wrk-$1.txt" 2>&1
  echo "  $1: $(grep '^requests=' "$out/wrk-$1.txt")"
}
echo "[scale] 16 connections (wrk), ${seconds}s per page, no think time, after one warm request each:"
run_wrk sign-in-start /Account/Login
run_wrk dashboard-one "$one" "$cookie"
run_wrk dashboard-all "$all" "$cookie"
run_wrk sign-in-end /Account/Login

grep -o "VmHWM.*" "/proc/$portal/status" | sed "s/^/[scale] portal peak RSS before the exports /"
echo "[scale] open data: dataset, format, HTTP status, seconds, bytes"
# MP_SCALE_EXPORTS narrows the datasets (the indicators' export holds 6 million rows in memory: 14 GB, see performance.md).
for ds in ${MP_SCALE_EXPORTS:-$(curl -s "$url/open-data" | grep -o 'href="/open-data/[a-z0-9-]*\.csv"' | sed 's/.*open-data\/\(.*\)\.csv"/\1/' | sort -u)}; do
  for f in csv json; do
    curl -s -o /dev/null --max-time "${MP_SCALE_EXPORT_TIMEOUT:-300}" -w "$ds $f %{http_code} %{time_total} %{size_download}\n" "$url/open-data/$ds.$f" || echo "$ds $f: no answer within ${MP_SCALE_EXPORT_TIMEOUT:-300} s"
  done
done
grep -o 'VmHWM.*' "/proc/$portal/status" | sed 's/^/[scale] portal peak RSS /'
