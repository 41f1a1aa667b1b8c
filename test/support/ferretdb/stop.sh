#!/usr/bin/env bash
# Stops the FerretDB started by start.sh (same CONCIERGE_CACHE and FERRETDB_PORT).
set -euo pipefail

cache_dir="${CONCIERGE_CACHE:-$HOME/.cache/concierge}/ferretdb-v1.24.2"
port="${FERRETDB_PORT:-27018}"
pid_file="$cache_dir/ferretdb-$port.pid"

if [[ ! -f "$pid_file" ]]; then
  echo "ferretdb: not running (no $pid_file)" >&2
  exit 0
fi
pid="$(cat "$pid_file")"
if kill -0 "$pid" 2>/dev/null; then
  kill -TERM "$pid"
  # Give it up to 10 s to close its listener and PostgreSQL pool, then insist.
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "ferretdb: pid $pid ignored SIGTERM; sending SIGKILL" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
fi
rm -f "$pid_file"
echo "ferretdb: stopped" >&2
