#!/usr/bin/env bash
# Two clones of this repository side by side, in a folder only its owner may enter (as a clone under /root is), each
# starting its local PostgreSQL cluster at the same time: each must get a cluster of its own — its own data folder and
# port — and see only its own data. Prints one line per clone and "two clones: OK"; exits non-zero otherwise.
# Run by Operations/TwoClonesTests (part of the test command); takes about 20 s.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/lib/postgres.sh" # fallback_cluster_folder: where a clone's cluster lives when postgres cannot enter it
work="$(mktemp -d /tmp/mp-two-clones-XXXXXX)"; chmod 700 "$work"
pids=()
cleanup() {
  local c bin data
  bin="$(ls -d /usr/lib/postgresql/*/bin | head -n 1)"
  for c in a b; do
    # The clone's cluster is in its .data/pg, or (the postgres user cannot enter $work) in the folder keyed by its path.
    for data in "$work/$c/.data/pg" "$(fallback_cluster_folder "$work/$c")"; do
      [ -f "$data/postmaster.pid" ] || continue
      if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$data" stop -m immediate >/dev/null 2>&1 || true
      else "$bin/pg_ctl" -D "$data" stop -m immediate >/dev/null 2>&1 || true; fi
    done
    data="$(fallback_cluster_folder "$work/$c")"
    rm -rf "$data" "$data.log"
  done
  rm -rf "$work"
}
trap cleanup EXIT

# The committed tree, with this checkout's scripts as they are now (what is being tested, committed or not).
for c in a b; do git clone -q "$root" "$work/$c"; cp -r "$root/scripts/." "$work/$c/scripts/"; done

# Both at once, as two CI jobs on one machine would; each writes a marker only it may see.
for c in a b; do
  (
    cd "$work/$c"
    env -u MP_DB_BASE -u MP_PG_PORT -u MP_PG_PASSWORD -u MP_PG_DATA MP_USE_DOCKER=no bash -c '
      source scripts/lib/postgres.sh
      ensure_postgres >/dev/null
      printf "%s\n" "$MP_PG_PORT" > ../'"$c"'.port
      PGPASSWORD="$MP_PG_PASSWORD" psql -h 127.0.0.1 -p "$MP_PG_PORT" -U postgres -d postgres -qAt \
        -c "CREATE TABLE clone_marker(name text); INSERT INTO clone_marker VALUES ('"'"$c"'"');" \
        -c "SHOW data_directory" | tail -n 1 > ../'"$c"'.data
    '
  ) > "$work/$c.log" 2>&1 &
  pids+=($!)
done
# On a failure: what the clones printed, and the end of each cluster's own log (why pg_ctl could not start it).
failed() {
  cat "$work"/*.log >&2
  for c in a b; do tail -n 20 "$(fallback_cluster_folder "$work/$c").log" "$work/$c/.data/pg.log" 2>/dev/null >&2 || true; done
  echo "two clones: a clone could not start its cluster" >&2
  exit 1
}
for p in "${pids[@]}"; do wait "$p" || failed; done

port_a="$(cat "$work/a.port")"; port_b="$(cat "$work/b.port")"
data_a="$(cat "$work/a.data")"; data_b="$(cat "$work/b.data")"
echo "clone a: port $port_a, data $data_a"
echo "clone b: port $port_b, data $data_b"
[ "$port_a" != "$port_b" ] || { echo "two clones: both on port $port_a" >&2; exit 1; }
[ "$data_a" != "$data_b" ] || { echo "two clones: both in $data_a" >&2; exit 1; }
for c in a b; do
  port="$(cat "$work/$c.port")"
  pw="$(sed -n 's/^MP_PG_PASSWORD=//p' "$work/$c/.data/secrets/postgres.env")"
  seen="$(PGPASSWORD="$pw" psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -qAt -c "SELECT string_agg(name, ',') FROM clone_marker")"
  [ "$seen" = "$c" ] || { echo "two clones: clone $c sees markers '$seen'" >&2; exit 1; }
done
echo "two clones: OK"
