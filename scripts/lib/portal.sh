#!/usr/bin/env bash
# What run.sh and create-admin.sh share: the portal's database and how the portal reaches it.
# Source after scripts/lib/postgres.sh and ensure_postgres.

# Exports ConnectionStrings__Default (mp_app, rows only) and ConnectionStrings__Migrations (mp_owner) for the
# database MP_DATABASE (default municipal_programs), creating it and its roles when missing. Connection strings the
# caller set already win (a server of your own, docs/operations.md).
portal_connection_strings() {
  if [ -n "${ConnectionStrings__Default:-}" ]; then return 0; fi
  local db="${MP_DATABASE:-municipal_programs}"
  ensure_portal_database "$db"
  export ConnectionStrings__Default="$MP_DB_APP;Database=$db"
  export ConnectionStrings__Migrations="$MP_DB_OWNER;Database=$db"
}

# The portal's build output, built in Release when the sources are newer (dotnet build decides; quiet).
portal_build() {
  local root; root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  dotnet build "$root/src/MunicipalPrograms.Web" -c Release -nologo -v quiet >&2
  PORTAL_DLL="$(ls "$root"/src/MunicipalPrograms.Web/bin/Release/net*/MunicipalPrograms.Web.dll | head -n 1)"
  # Views, wwwroot and appsettings.json are found from the project folder, as in the published image's /app.
  PORTAL_CONTENT_ROOT="$root/src/MunicipalPrograms.Web"
}
