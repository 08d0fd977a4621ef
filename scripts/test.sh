#!/usr/bin/env bash
# Runs every test. On a fresh Debian machine (as root) it installs what the tests need,
# starts a throw-away PostgreSQL on 127.0.0.1 and a free port, runs the suites and stops it again.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

log() { printf '\n== %s\n' "$*"; }

install_system_packages() {
  local need=()
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
  command -v python3 >/dev/null || need+=(python3)
  /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || need+=(python3-aiosmtpd)   # a real SMTP server for mail tests
  [ -f /usr/share/zoneinfo/Asia/Shanghai ] || need+=(tzdata)   # Quartz triggers run in China time
  [ -x /usr/bin/chromium ] || need+=(chromium)        # browser tests (Playwright drives Debian's Chromium)
  [ -d /usr/share/fonts/opentype/noto ] || need+=(fonts-noto-cjk)   # Chinese text in the browser tests' screenshots
  [ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)   # the font embedded in printed PDFs (Documents:FontPath)
  if ((${#need[@]})); then
    log "installing ${need[*]}"
    if [ "$(id -u)" -ne 0 ]; then echo "missing ${need[*]}: run as root or install them" >&2; exit 1; fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
}

. scripts/lib/postgres.sh

start_smtp() {
  SMTP_DIR=$(mktemp -d /tmp/orchestrator-smtp.XXXXXX)
  SMTP_PORT=$(free_port)
  log "starting an SMTP server (aiosmtpd) on 127.0.0.1:$SMTP_PORT, mail in $SMTP_DIR/maildir"
  /usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" -c aiosmtpd.handlers.Mailbox "$SMTP_DIR/maildir" >"$SMTP_DIR/server.log" 2>&1 &
  SMTP_PID=$!
  for _ in $(seq 1 50); do (exec 3<>/dev/tcp/127.0.0.1/$SMTP_PORT) 2>/dev/null && break; sleep 0.2; done
  export ORCHESTRATOR_TEST_SMTP="127.0.0.1:$SMTP_PORT"
  export ORCHESTRATOR_TEST_MAILDIR="$SMTP_DIR/maildir"
}

stop_smtp() {
  [ -n "${SMTP_PID:-}" ] && kill "$SMTP_PID" 2>/dev/null || true
  [ -n "${SMTP_DIR:-}" ] && rm -rf "$SMTP_DIR"
}

summarize() {
  # One closing line over every test assembly, from the TRX files the run wrote.
  python3 - "$1" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {'t': 'http://microsoft.com/schemas/VisualStudio/TeamTest/2010'}
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + '/**/*.trx', recursive=True):
    c = ET.parse(f).getroot().find('t:ResultSummary/t:Counters', ns)
    passed += int(c.get('passed')); failed += int(c.get('failed')) + int(c.get('error')) + int(c.get('timeout'))
    skipped += int(c.get('notExecuted'))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
}

install_system_packages
trap 'stop_postgres; stop_smtp' EXIT
# fsync off: the tests' databases are thrown away; the benchmarks keep durable commits.
start_postgres "-c max_connections=400 -c fsync=off -c synchronous_commit=off"
export ORCHESTRATOR_TEST_POSTGRES="$PG_CONNECTION;Include Error Detail=true"
start_smtp

results="$root/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"
log "building"
started=$SECONDS
dotnet build Orchestrator.sln -c Release -nologo -v q
log "built in $((SECONDS - started)) s; testing"
started=$SECONDS
status=0
dotnet test Orchestrator.sln -c Release --no-build -nologo -v q \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" "$@" || status=$?
log "tests took $((SECONDS - started)) s"
summarize "$results"
exit $status
