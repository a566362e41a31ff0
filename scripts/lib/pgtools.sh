#!/usr/bin/env bash
# What backup.sh and restore.sh share: the server (MP_DB_BASE, or this checkout's local cluster) as libpq arguments.
# shellcheck source=postgres.sh
source "$(dirname "${BASH_SOURCE[0]}")/postgres.sh"

# MP_DB_BASE is an Npgsql string ("Host=…;Port=…;Username=…;Password=…"): libpq gets host, port and user as options
# and the password through PGPASSWORD (never on a command line, where ps would show it).
pg_server_args() {
  [ -n "${MP_DB_BASE:-}" ] || ensure_postgres >&2
  local part key value host="127.0.0.1" port="5432" user="postgres"
  IFS=';' read -ra parts <<< "$MP_DB_BASE"
  for part in "${parts[@]}"; do
    key="${part%%=*}"; value="${part#*=}"
    case "${key,,}" in
      host|server) host="$value" ;;
      port) port="$value" ;;
      username|user\ id|user) user="$value" ;;
      password) export PGPASSWORD="$value" ;;
    esac
  done
  PG_ARGS=(-h "$host" -p "$port" -U "$user")
}

pg_tool() { local bin; bin="$(pg_bin_dir)" || { echo "[db] PostgreSQL client tools not found" >&2; return 1; }; echo "$bin/$1"; }
