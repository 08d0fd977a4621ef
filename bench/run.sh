#!/usr/bin/env bash
# Runs every benchmark of issue 7 and prints one table (scenario, figure, target, pass/MISS, ratio).
# Like scripts/test.sh it starts a throw-away PostgreSQL on 127.0.0.1 and a free port (installed from
# Debian's packages when missing), but with durable commits (fsync on), and stops it afterwards.
# Not part of the test command. usage: bash bench/run.sh [--only 1,3] [--quick]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

log() { printf '\n== %s\n' "$*" >&2; }

. scripts/lib/postgres.sh

if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  log "installing postgresql"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
trap stop_postgres EXIT
start_postgres "-c shared_buffers=512MB -c work_mem=16MB"
export ORCHESTRATOR_BENCH_POSTGRES="$PG_CONNECTION"

log "installing the peer engine (bench/peer: bpmn-engine, pinned by package-lock.json)"
(cd bench/peer && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

log "building the Host and the benchmarks (Release)"
dotnet build src/Host -c Release -nologo -v q >/dev/null
dotnet build bench/Orchestrator.Bench -c Release -nologo -v q >/dev/null

mkdir -p artifacts/bench
log "running (progress below, the table at the end; by-products in artifacts/bench/)"
dotnet bench/Orchestrator.Bench/bin/Release/net10.0/Orchestrator.Bench.dll --repo "$root" "$@" | tee artifacts/bench/results.md
