# A throw-away PostgreSQL on 127.0.0.1 and a free port, for the tests (scripts/test.sh) and the
# benchmarks (bench/run.sh). Source it; the caller defines log(). As root the server runs as the
# postgres user. start_postgres "<server options>" sets PG_CONNECTION; stop_postgres removes it all.

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
  local options=$1
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PGDATA_DIR=$(mktemp -d /tmp/orchestrator-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres "$PGDATA_DIR"
  local port; port=$(free_port)
  log "starting PostgreSQL ($PG_BIN) on 127.0.0.1:$port"
  as_pg_owner "'$PG_BIN/initdb' -D '$PGDATA_DIR/data' -A trust -U postgres -E UTF8 >'$PGDATA_DIR/initdb.log'"
  as_pg_owner "'$PG_BIN/pg_ctl' -D '$PGDATA_DIR/data' -l '$PGDATA_DIR/server.log' -w -t 60 \
    -o \"-p $port -k '$PGDATA_DIR' -c listen_addresses=127.0.0.1 $options\" start >/dev/null"
  PG_CONNECTION="Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres"
}

stop_postgres() {
  if [ -n "${PGDATA_DIR:-}" ] && [ -d "$PGDATA_DIR/data" ]; then
    as_pg_owner "'$PG_BIN/pg_ctl' -D '$PGDATA_DIR/data' -m fast stop >/dev/null" || true
    rm -rf "$PGDATA_DIR"
  fi
}
