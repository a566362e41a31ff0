#!/usr/bin/env bash
# Makes a PostgreSQL server available and exports MP_DB_BASE (a connection string without
# a database name). Order of preference:
#   1. MP_DB_BASE already set by the caller  -> an existing server, used as is;
#   2. a Docker engine is running            -> the `db` service of docker-compose.yml;
#   3. otherwise                             -> a private cluster started from the installed
#      PostgreSQL 15 binaries, data in .data/pg (git-ignored), port 55432, loopback only.
# No password is in git: the superuser's and the portal roles' passwords are generated on first start into
# .data/secrets/postgres.env (mode 600, git-ignored) and read from there (docs/operations.md).
# ensure_portal_database then creates the portal's owner and app roles (scripts/sql/portal-roles.sql).
set -euo pipefail

MP_PG_PORT_GIVEN="${MP_PG_PORT:+yes}" # an explicit port is never changed
MP_PG_PORT="${MP_PG_PORT:-55432}"
MP_SECRETS_FILE="${MP_SECRETS_FILE:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/.data/secrets/postgres.env}"

new_password() { local p; p="$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"; echo "${p:0:24}"; }

# Reads the secrets file; a value the caller set in the environment wins over the file.
load_secrets() {
  [ -f "$MP_SECRETS_FILE" ] || return 0
  local key value
  while IFS='=' read -r key value; do
    case "$key" in
      MP_PG_PASSWORD|MP_OWNER_PASSWORD|MP_APP_PASSWORD) [ -n "${!key:-}" ] || printf -v "$key" '%s' "$value" ;;
    esac
  done < "$MP_SECRETS_FILE"
}

# Writes the passwords known so far, generating the missing role passwords (mode 600, only the owner reads it).
save_secrets() {
  MP_OWNER_PASSWORD="${MP_OWNER_PASSWORD:-$(new_password)}"
  MP_APP_PASSWORD="${MP_APP_PASSWORD:-$(new_password)}"
  mkdir -p "$(dirname "$MP_SECRETS_FILE")"; chmod 700 "$(dirname "$MP_SECRETS_FILE")"
  (umask 077; {
    [ -n "${MP_PG_PASSWORD:-}" ] && echo "MP_PG_PASSWORD=$MP_PG_PASSWORD"
    echo "MP_OWNER_PASSWORD=$MP_OWNER_PASSWORD"
    echo "MP_APP_PASSWORD=$MP_APP_PASSWORD"
  } > "$MP_SECRETS_FILE.tmp")
  mv "$MP_SECRETS_FILE.tmp" "$MP_SECRETS_FILE"
}

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

# A checkout's own key (its path hashed): the fallback folder of its cluster and its fallback port are keyed by it, so two
# checkouts never share either. checkout_key PATH -> 12 hex digits.
checkout_key() { printf '%s' "$1" | sha1sum | cut -c1-12; }

# The cluster folder of a checkout the postgres user cannot enter.
fallback_cluster_folder() { echo "/var/tmp/municipal-programs-pg-$(checkout_key "$1")"; }

# True when a server answers on the port and it is not the cluster of this data folder (its postmaster.pid names the
# port on its fourth line).
port_used_by_another() {
  pg_isready -h 127.0.0.1 -p "$1" -q 2>/dev/null || return 1
  [ -f "$2/postmaster.pid" ] && [ "$(sed -n 4p "$2/postmaster.pid")" = "$1" ] && return 1
  return 0
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
      # The postgres user cannot enter this checkout (a clone under /root, mode 700): a folder of its own under
      # /var/tmp, keyed by the checkout's path, so two checkouts never share (or lock each other out of) one cluster.
      data="$(fallback_cluster_folder "$root")"; log="$data.log"
      echo "[db] the postgres user cannot enter $root: this checkout's cluster lives in $data"
    fi
  fi
  load_secrets
  if [ ! -s "$data/PG_VERSION" ]; then
    echo "[db] creating a local PostgreSQL cluster in $data (passwords in $MP_SECRETS_FILE)"
    MP_PG_PASSWORD="${MP_PG_PASSWORD:-$(new_password)}"
    save_secrets # before initdb: a cluster must never exist without its password on file
    mkdir -p "$data"; [ ${#as_pg[@]} -gt 0 ] && chown postgres "$data"
    chmod 700 "$data"
    local pwfile; pwfile="$(mktemp)"; echo "$MP_PG_PASSWORD" > "$pwfile"; chmod 644 "$pwfile"
    "${as_pg[@]}" "$bin/initdb" -D "$data" -U postgres --pwfile="$pwfile" \
      --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pwfile"
  elif [ -z "${MP_PG_PASSWORD:-}" ]; then
    # A cluster made before the passwords were generated (docs/operations.md, "An older cluster").
    echo "[db] the cluster in $data has no password on file ($MP_SECRETS_FILE)." >&2
    echo "[db] run once with MP_PG_PASSWORD=<its superuser password>; it is then saved there." >&2
    return 1
  else
    save_secrets
  fi
  if [ -z "$MP_PG_PORT_GIVEN" ] && [ -f "$data/postmaster.pid" ] && pg_isready -h 127.0.0.1 -p "$(sed -n 4p "$data/postmaster.pid")" -q 2>/dev/null; then
    MP_PG_PORT="$(sed -n 4p "$data/postmaster.pid")" # this checkout's cluster is already running: on the port it has
  elif [ -z "$MP_PG_PORT_GIVEN" ] && port_used_by_another "$MP_PG_PORT" "$data"; then
    # Another checkout's cluster (or a system server) has the default port: this checkout takes a port of its own,
    # keyed by its path like its data folder, so two checkouts run side by side (scripts/check-two-clones.sh).
    local key; key="$(checkout_key "$root")"
    MP_PG_PORT=$((56000 + 0x${key:0:6} % 1000))
    echo "[db] port 55432 is used by another server: this checkout's cluster uses port $MP_PG_PORT"
  fi
  if port_used_by_another "$MP_PG_PORT" "$data"; then
    # Someone else's server (another checkout's cluster, a system one) answers on our port: using it
    # would mix data with theirs, or fail oddly if its data directory is gone.
    echo "[db] port $MP_PG_PORT is taken by a server that is not this checkout's cluster ($data)." >&2
    echo "[db] stop it, or choose another port (MP_PG_PORT=...) or server (MP_DB_BASE=...)." >&2
    return 1
  fi
  if ! pg_isready -h 127.0.0.1 -p "$MP_PG_PORT" -q 2>/dev/null; then
    echo "[db] starting PostgreSQL on 127.0.0.1:$MP_PG_PORT"
    touch "$log"; [ ${#as_pg[@]} -gt 0 ] && chown postgres "$log"
    # synchronous_commit stays on: a committed save survives a crash. The tests' throwaway databases turn it off in
    # their own connections (TestDatabase), never the cluster.
    "${as_pg[@]}" "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
      -o "-p $MP_PG_PORT -c listen_addresses=127.0.0.1 -k /tmp -c max_connections=200" start >/dev/null
  fi
  wait_for_port "$MP_PG_PORT"
  export MP_DB_BASE="Host=127.0.0.1;Port=$MP_PG_PORT;Username=postgres;Password=$MP_PG_PASSWORD"
}

start_compose_db() {
  local root; root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  load_secrets
  MP_PG_PASSWORD="${MP_PG_PASSWORD:-$(new_password)}"
  save_secrets
  echo "[db] starting the docker compose db service"
  (cd "$root" && docker compose --env-file "$MP_SECRETS_FILE" up -d db >/dev/null)
  wait_for_port 5432
  export MP_DB_BASE="Host=127.0.0.1;Port=5432;Username=postgres;Password=$MP_PG_PASSWORD"
}

ensure_postgres() {
  if [ -n "${MP_DB_BASE:-}" ]; then echo "[db] using the server given by MP_DB_BASE"; return 0; fi
  if [ "${MP_USE_DOCKER:-auto}" != "no" ] && command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
    start_compose_db
  else
    start_local_cluster
  fi
}

# Creates (or repairs) the portal's database with its owner role mp_owner and app role mp_app on the server of
# MP_DB_BASE (which must be allowed to create roles) and exports MP_DB_OWNER and MP_DB_APP, connection strings
# without a database name. Role passwords come from the secrets file (generated there when missing).
ensure_portal_database() {
  local db="$1" root; root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  load_secrets
  save_secrets
  local host=127.0.0.1 port=5432 user=postgres password="" part key value
  local IFS=';'
  for part in $MP_DB_BASE; do
    key="${part%%=*}"; value="${part#*=}"
    case "${key,,}" in
      host|server) host="$value" ;;
      port) port="$value" ;;
      username|user\ id|userid|user) user="$value" ;;
      password) password="$value" ;;
    esac
  done
  unset IFS
  echo "[db] ensuring database $db with roles mp_owner and mp_app"
  local psql_bin; psql_bin="$(command -v psql || echo "$(pg_bin_dir)/psql")"
  PGPASSWORD="$password" "$psql_bin" -q -X -h "$host" -p "$port" -U "$user" -d postgres \
    -v db="$db" -v owner=mp_owner -v app=mp_app \
    -v owner_password="$MP_OWNER_PASSWORD" -v app_password="$MP_APP_PASSWORD" \
    -f "$root/scripts/sql/portal-roles.sql" >/dev/null
  export MP_DB_OWNER="Host=$host;Port=$port;Username=mp_owner;Password=$MP_OWNER_PASSWORD"
  export MP_DB_APP="Host=$host;Port=$port;Username=mp_app;Password=$MP_APP_PASSWORD"
}
