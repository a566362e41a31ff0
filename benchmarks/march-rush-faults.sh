#!/usr/bin/env bash
# The March rush with faults (issue 13): a throwaway PostgreSQL cluster of its own (never the shared one), the portal
# in Release and Production with the demo data on loopback, a mixed workload for N seconds (executors reading and
# saving their report, finance on the review queue and evaluation, XLSX and PDF exports), and in the middle the
# database stopped for 10 s and the portal's Chromium killed. Prints throughput, p50/p95/p99, errors by kind, the
# recovery time and the portal's peak RSS; fails on an HTTP 500 or an accepted save missing from the database.
#   benchmarks/march-rush-faults.sh [seconds]          (MP_FAULT_PORT=5194, MP_FAULT_PG_PORT=55494)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
seconds="${1:-60}"
if [ -n "${MP_DB_BASE:-}" ] || [ -n "${ConnectionStrings__Default:-}" ]; then
  echo "[faults] MP_DB_BASE / ConnectionStrings__Default point to a server this script did not start:" >&2
  echo "[faults] it cannot stop that database to inject the fault. Unset them; the script starts a cluster of its own." >&2
  exit 2
fi
source scripts/lib/postgres.sh
source scripts/lib/chromium.sh
source scripts/lib/portal.sh
pg_port="${MP_FAULT_PG_PORT:-55494}"
url="http://127.0.0.1:${MP_FAULT_PORT:-5194}"
if [ "$pg_port" = 55432 ] || pg_isready -h 127.0.0.1 -p "$pg_port" -q 2>/dev/null; then
  echo "[faults] port $pg_port is the shared cluster's or already taken: choose MP_FAULT_PG_PORT" >&2; exit 2
fi

work="$(mktemp -d /tmp/mp-faults.XXXXXX)"; chmod 755 "$work"
data="$work/pg"; signals="$work/signals"; mkdir -p "$signals"
bin="$(pg_bin_dir)"
as_pg=(); [ "$(id -u)" -eq 0 ] && as_pg=(runuser -u postgres --) && chown postgres "$work"
# Every pg_ctl call names this cluster's own data directory: the shared cluster is never touched.
pg() { "${as_pg[@]}" "$bin/pg_ctl" -D "$data" -l "$work/pg.log" -w -t 60 "$@" >/dev/null; }
portal=""
cleanup() {
  [ -n "$portal" ] && kill "$portal" 2>/dev/null || true
  [ -f "$data/postmaster.pid" ] && pg -m immediate stop || true
  # The portal's logs stay for a look at any error; the cluster goes.
  rm -rf /tmp/mp-faults-last && mkdir -p /tmp/mp-faults-last && cp -r "$work/portal.log" "$work/logs" /tmp/mp-faults-last/ 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

export MP_PG_PASSWORD; MP_PG_PASSWORD="$(new_password)"
echo "$MP_PG_PASSWORD" > "$work/pw"; chmod 644 "$work/pw"
"${as_pg[@]}" "$bin/initdb" -D "$data" -U postgres --pwfile="$work/pw" --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 >/dev/null
pg -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $work -c max_connections=200" start
wait_for_port "$pg_port"
echo "[faults] own cluster on 127.0.0.1:$pg_port in $data"
export MP_DB_BASE="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$MP_PG_PASSWORD"
export MP_SECRETS_FILE="$work/secrets.env" MP_DATABASE=municipal_programs_faults
portal_connection_strings
ensure_chromium
portal_build
dotnet build benchmarks/MunicipalPrograms.Benchmarks -c Release -nologo -v quiet

AllowedHosts="127.0.0.1;localhost" ASPNETCORE_ENVIRONMENT=Production DemoData__Load=true Logging__Folder="$work/logs" \
  Serilog__MinimumLevel__Default=Warning dotnet "$PORTAL_DLL" --contentRoot "$PORTAL_CONTENT_ROOT" --urls "$url" >"$work/portal.log" 2>&1 &
portal=$!
for _ in $(seq 1 240); do curl -fs "$url/health" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$url/health" >/dev/null || { echo "[faults] the portal did not start"; tail -30 "$work/portal.log"; exit 1; }

# The portal's browser: a process carrying the printer's marker switch, not a child (--type=) process, whose ancestors
# include the portal (other checkouts' portals and tests have browsers of their own).
kill_portal_chromium() {
  local p a args
  for p in $(pgrep -f -- '--mp-pdf-printer=' || true); do
    args="$(tr '\0' ' ' < "/proc/$p/cmdline" 2>/dev/null)" || continue
    case "$args" in *--type=*) continue ;; esac
    a="$p"
    while [ "$a" -gt 1 ] && [ "$a" != "$portal" ]; do a="$(awk '{print $4}' "/proc/$a/stat" 2>/dev/null || echo 1)"; done
    if [ "$a" = "$portal" ]; then kill -9 "$p" && echo "[faults] killed the portal's Chromium (pid $p)"; return 0; fi
  done
  echo "[faults] no Chromium of the portal found to kill"
}

dotnet benchmarks/MunicipalPrograms.Benchmarks/bin/Release/net10.0/MunicipalPrograms.Benchmarks.dll faults \
  "$url" "$seconds" "$signals" "$portal" "$MP_DB_BASE;Database=$MP_DATABASE" &
load=$!
third=$((seconds / 3))
sleep "$third"
echo "[faults] stopping the database for 10 s"; touch "$signals/db-down"; pg -m fast stop
sleep 10
pg -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $work -c max_connections=200" start; touch "$signals/db-up"
echo "[faults] the database is back"
sleep $((third / 2))
kill_portal_chromium; touch "$signals/chromium-killed"
status=0; wait "$load" || status=$?
echo "[faults] portal log: $(grep -c '"Level":"Error"\|\[ERR\]\| fail:' "$work/portal.log" || true) error lines; unhandled exceptions: $(grep -c 'An unhandled exception' "$work/portal.log" "$work"/logs/* 2>/dev/null | awk -F: '{s+=$NF} END {print s+0}')"
exit "$status"
