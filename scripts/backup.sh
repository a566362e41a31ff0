#!/usr/bin/env bash
# A backup of the portal's database as one pg_dump file (custom format: compressed, restorable table by table).
#   scripts/backup.sh [database] [file]      defaults: municipal_programs, backups/<database>-<UTC time>.dump
# The server is MP_DB_BASE or this checkout's local cluster (docs/operations.md, "Backup and restore").
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/lib/pgtools.sh"
database="${1:-${MP_DATABASE:-municipal_programs}}"
file="${2:-$root/backups/$database-$(date -u +%Y%m%dT%H%M%SZ).dump}"
mkdir -p "$(dirname "$file")"
pg_server_args
"$(pg_tool pg_dump)" "${PG_ARGS[@]}" --format=custom --file="$file" "$database"
echo "[backup] $database → $file ($(du -h "$file" | cut -f1))"
