#!/usr/bin/env bash
# Generates .data/secrets/postgres.env (mode 600, git-ignored) if it is missing, keeping any value already there:
# the PostgreSQL superuser's and the portal roles' passwords. docker compose reads it with --env-file.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/lib/postgres.sh
load_secrets
MP_PG_PASSWORD="${MP_PG_PASSWORD:-$(new_password)}"
save_secrets
echo "[secrets] $MP_SECRETS_FILE"
