#!/usr/bin/env bash
# Runs every benchmark of issue 7 and prints one table (scenario, figure, target, pass/MISS, ratio).
# Like scripts/test.sh it starts a throw-away PostgreSQL on 127.0.0.1 and a free port (installed from
# Debian's packages when missing), but with durable commits (fsync on), and stops it afterwards.
# Not part of the test command. usage: bash bench/run.sh [--only 1,3] [--quick]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

log() { printf '\n== %s\n' "$*" >&2; }

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free port found" >&2; exit 1
}

as_pg_owner() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

start_postgres() {
  if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    log "installing postgresql"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PGDATA_DIR=$(mktemp -d /tmp/orchestrator-bench-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres "$PGDATA_DIR"
  local port; port=$(free_port)
  log "starting PostgreSQL ($bin) on 127.0.0.1:$port"
  as_pg_owner "'$bin/initdb' -D '$PGDATA_DIR/data' -A trust -U postgres -E UTF8 >'$PGDATA_DIR/initdb.log'"
  as_pg_owner "'$bin/pg_ctl' -D '$PGDATA_DIR/data' -l '$PGDATA_DIR/server.log' -w -t 60 \
    -o \"-p $port -k '$PGDATA_DIR' -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c work_mem=16MB\" start >/dev/null"
  PG_BIN=$bin
  export ORCHESTRATOR_BENCH_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres"
}

stop_postgres() {
  if [ -n "${PGDATA_DIR:-}" ] && [ -d "$PGDATA_DIR/data" ]; then
    as_pg_owner "'$PG_BIN/pg_ctl' -D '$PGDATA_DIR/data' -m fast stop >/dev/null" || true
    rm -rf "$PGDATA_DIR"
  fi
}

trap stop_postgres EXIT
start_postgres

log "installing the peer engine (bench/peer: bpmn-engine, pinned by package-lock.json)"
(cd bench/peer && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

log "building the Host and the benchmarks (Release)"
dotnet build src/Host -c Release -nologo -v q >/dev/null
dotnet build bench/Orchestrator.Bench -c Release -nologo -v q >/dev/null

mkdir -p artifacts/bench
log "running (progress below, the table at the end; by-products in artifacts/bench/)"
dotnet bench/Orchestrator.Bench/bin/Release/net10.0/Orchestrator.Bench.dll --repo "$root" "$@" | tee artifacts/bench/results.md
