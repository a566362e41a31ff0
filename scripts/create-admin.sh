#!/usr/bin/env bash
# Creates the first server administrator of the portal's database (the same database run.sh uses: MP_DATABASE,
# default municipal_programs, or your own ConnectionStrings__Default/__Migrations), migrating it first if needed:
#   bash scripts/create-admin.sh --user NAME [--name "Фамилия Имя Отчество"] [--reset-password]
# The password is read from standard input: typed twice at a terminal, or piped (printf '%s\n' "$PW" | …).
# It is never an argument (visible in ps) nor a file in the repository. Exit code 0: created; 1: refused (message);
# 2: the database cannot be reached. An existing NAME is refused unless --reset-password is given.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/lib/postgres.sh
source scripts/lib/portal.sh
# The helpers report on stdout; here stdout is the command's answer, so they go to stderr.
ensure_postgres >&2
portal_connection_strings >&2
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
export Logging__Folder="${Logging__Folder:-$root/.data/logs}"
# Only the command's own messages on the console: start-up information goes to the log file.
export Serilog__MinimumLevel__Default="${Serilog__MinimumLevel__Default:-Warning}"
portal_build
exec dotnet "$PORTAL_DLL" create-admin "$@"
