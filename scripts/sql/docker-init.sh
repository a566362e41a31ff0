#!/usr/bin/env bash
# Mounted into the postgres image's /docker-entrypoint-initdb.d: creates the portal's roles on a new volume.
# The passwords come from the environment (docker-compose.yml, which reads .data/secrets/postgres.env).
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username postgres --dbname postgres \
  -v db=municipal_programs -v owner=mp_owner -v app=mp_app \
  -v owner_password="$MP_OWNER_PASSWORD" -v app_password="$MP_APP_PASSWORD" \
  -f /portal-roles.sql
