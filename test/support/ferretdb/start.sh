#!/usr/bin/env bash
# Builds (once, cached) and starts FerretDB v1.24.2 over the local PostgreSQL, for the store
# contract suite. Prints `MONGODB_URI=...` on success; stop it with stop.sh.
#
#   eval "$(test/support/ferretdb/start.sh)"   # exports MONGODB_URI into the current shell
#
# Environment: CONCIERGE_CACHE (default ~/.cache/concierge), FERRETDB_HOST (127.0.0.1),
# FERRETDB_PORT (27018), PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), FERRETDB_PGDATABASE
# (ferretdb), GO (/usr/local/go/bin/go).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache_root="${CONCIERGE_CACHE:-$HOME/.cache/concierge}"
cache_dir="$cache_root/ferretdb-v1.24.2"
bin="$cache_dir/ferretdb-test"
host="${FERRETDB_HOST:-127.0.0.1}"
port="${FERRETDB_PORT:-27018}"
pg_host="${PGHOST:-127.0.0.1}"
pg_port="${PGPORT:-5432}"
pg_user="${PGUSER:-postgres}"
pg_db="${FERRETDB_PGDATABASE:-ferretdb}"
go_bin="${GO:-/usr/local/go/bin/go}"
pid_file="$cache_dir/ferretdb-$port.pid"
log_file="$cache_dir/ferretdb-$port.log"
uri="mongodb://$host:$port/"

log() { echo "ferretdb: $*" >&2; }

port_answers() { (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; }

mkdir -p "$cache_dir"

# Already running from an earlier start: reuse it.
if [[ -f "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null && port_answers; then
  log "already running (pid $(cat "$pid_file"))"
  echo "MONGODB_URI=$uri"
  exit 0
fi

# Build when the binary is missing or older than its sources.
if [[ ! -x "$bin" || "$here/main.go" -nt "$bin" || "$here/go.mod" -nt "$bin" || "$here/go.sum" -nt "$bin" ]]; then
  log "building $bin (first build downloads modules and takes a few minutes)"
  started=$(date +%s)
  (cd "$here" && "$go_bin" build -buildvcs=false -trimpath -o "$bin.tmp" .)
  mv "$bin.tmp" "$bin"
  log "built in $(( $(date +%s) - started ))s"
fi

# FerretDB keeps its data in one PostgreSQL database; create it on first use.
if ! psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -tAc "SELECT 1 FROM pg_database WHERE datname = '$pg_db'" postgres | grep -q 1; then
  log "creating PostgreSQL database $pg_db"
  psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -qc "CREATE DATABASE \"$pg_db\"" postgres
fi

if port_answers; then
  log "something else already listens on $host:$port"
  exit 1
fi

nohup "$bin" -addr "$host:$port" -handler postgresql \
  -postgresql-url "postgres://$pg_user@$pg_host:$pg_port/$pg_db" >"$log_file" 2>&1 &
echo $! >"$pid_file"

# Wait (at most ~30 s) for the listener; fail fast if the process dies.
for _ in $(seq 1 300); do
  if port_answers; then
    log "listening on $host:$port (pid $(cat "$pid_file"), log $log_file)"
    grep -m1 -o 'ferretdb v[^ ]* listening' "$log_file" >&2 || true
    echo "MONGODB_URI=$uri"
    exit 0
  fi
  if ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then
    log "exited during startup; last log lines:"
    tail -n 20 "$log_file" >&2
    rm -f "$pid_file"
    exit 1
  fi
  sleep 0.1
done
log "did not answer on $host:$port within 30s; see $log_file"
exit 1
