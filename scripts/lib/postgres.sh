#!/usr/bin/env bash
# Makes a PostgreSQL server available and exports MP_DB_BASE (a connection string without
# a database name). Order of preference:
#   1. MP_DB_BASE already set by the caller  -> an existing server, used as is;
#   2. a Docker engine is running            -> the `db` service of docker-compose.yml;
#   3. otherwise                             -> a private cluster started from the installed
#      PostgreSQL 15 binaries, data in .data/pg (git-ignored), port 55432, loopback only.
set -euo pipefail

MP_PG_PORT="${MP_PG_PORT:-55432}"
MP_PG_PASSWORD="${MP_PG_PASSWORD:-mp_dev_password}"

pg_bin_dir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  done
  return 1
}

install_postgres_if_missing() {
  pg_bin_dir >/dev/null && return 0
  echo "[db] PostgreSQL server binaries not found; installing postgresql-15 from Debian packages"
  if [ "$(id -u)" -ne 0 ]; then echo "[db] need root to apt-get install postgresql-15" >&2; return 1; fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
}

wait_for_port() {
  local i
  for i in $(seq 1 60); do
    if pg_isready -h 127.0.0.1 -p "$1" -q 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "[db] PostgreSQL on port $1 did not become ready" >&2
  return 1
}

start_local_cluster() {
  install_postgres_if_missing
  local bin root data log
  bin="$(pg_bin_dir)"
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  data="${MP_PG_DATA:-$root/.data/pg}"
  log="$root/.data/pg.log"
  mkdir -p "$(dirname "$data")"
  local as_pg=()
  if [ "$(id -u)" -eq 0 ]; then
    # initdb refuses to run as root: the cluster belongs to the postgres user.
    as_pg=(runuser -u postgres --)
    chown postgres "$(dirname "$data")"
    if ! runuser -u postgres -- test -x "$(dirname "$data")"; then
      data="/var/tmp/municipal-programs-pg"; log="/var/tmp/municipal-programs-pg.log"
    fi
  fi
  if [ ! -s "$data/PG_VERSION" ]; then
    echo "[db] creating a local PostgreSQL cluster in $data"
    mkdir -p "$data"; [ ${#as_pg[@]} -gt 0 ] && chown postgres "$data"
    chmod 700 "$data"
    local pwfile; pwfile="$(mktemp)"; echo "$MP_PG_PASSWORD" > "$pwfile"; chmod 644 "$pwfile"
    "${as_pg[@]}" "$bin/initdb" -D "$data" -U postgres --pwfile="$pwfile" \
      --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pwfile"
  fi
  if pg_isready -h 127.0.0.1 -p "$MP_PG_PORT" -q 2>/dev/null && [ ! -f "$data/postmaster.pid" ]; then
    # Someone else's server (another checkout's cluster, a system one) answers on our port: using it
    # would mix data with theirs, or fail oddly if its data directory is gone.
    echo "[db] port $MP_PG_PORT is taken by a server that is not this checkout's cluster ($data)." >&2
    echo "[db] stop it, or choose another port (MP_PG_PORT=...) or server (MP_DB_BASE=...)." >&2
    return 1
  fi
  if ! pg_isready -h 127.0.0.1 -p "$MP_PG_PORT" -q 2>/dev/null; then
    echo "[db] starting PostgreSQL on 127.0.0.1:$MP_PG_PORT"
    touch "$log"; [ ${#as_pg[@]} -gt 0 ] && chown postgres "$log"
    "${as_pg[@]}" "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
      -o "-p $MP_PG_PORT -c listen_addresses=127.0.0.1 -k /tmp -c max_connections=200 -c synchronous_commit=off" start >/dev/null
  fi
  wait_for_port "$MP_PG_PORT"
  export MP_DB_BASE="Host=127.0.0.1;Port=$MP_PG_PORT;Username=postgres;Password=$MP_PG_PASSWORD"
}

start_compose_db() {
  local root; root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  echo "[db] starting the docker compose db service"
  (cd "$root" && docker compose up -d db >/dev/null)
  wait_for_port 5432
  export MP_DB_BASE="Host=127.0.0.1;Port=5432;Username=postgres;Password=${POSTGRES_PASSWORD:-mp_dev_password}"
}

ensure_postgres() {
  if [ -n "${MP_DB_BASE:-}" ]; then echo "[db] using the server given by MP_DB_BASE"; return 0; fi
  if [ "${MP_USE_DOCKER:-auto}" != "no" ] && command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
    start_compose_db
  else
    start_local_cluster
  fi
}
