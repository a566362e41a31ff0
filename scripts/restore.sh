#!/usr/bin/env bash
# Restores a backup made by backup.sh into a NEW database (it refuses to overwrite one that exists: restore beside the
# old one, check it, then point the portal at it — docs/operations.md). Roles (mp_owner, mp_app) must exist on the
# server, as on the one the backup came from; scripts/sql/portal-roles.sql creates them.
#   scripts/restore.sh <file> <new database>
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/lib/pgtools.sh"
file="${1:?usage: scripts/restore.sh <file> <new database>}"
database="${2:?usage: scripts/restore.sh <file> <new database>}"
[ -s "$file" ] || { echo "[restore] no backup at $file" >&2; exit 1; }
pg_server_args
exists="$("$(pg_tool psql)" "${PG_ARGS[@]}" -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '${database//\'/}'")"
if [ "$exists" = "1" ]; then echo "[restore] database $database exists: choose a new name (nothing was changed)" >&2; exit 1; fi
"$(pg_tool createdb)" "${PG_ARGS[@]}" "$database"
if ! "$(pg_tool pg_restore)" "${PG_ARGS[@]}" --dbname="$database" --exit-on-error "$file"; then
  "$(pg_tool dropdb)" "${PG_ARGS[@]}" "$database" || true
  echo "[restore] the restore failed; the new database was removed" >&2
  exit 1
fi
echo "[restore] $file → $database"
