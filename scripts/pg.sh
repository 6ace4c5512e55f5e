#!/usr/bin/env bash
# Starts a throwaway PostgreSQL (15 or newer, from Debian's packages) for the
# test suite: initdb in a temporary directory as an unprivileged user, a
# free port on 127.0.0.1, no password (trust on loopback only). Source it,
# then call pg_start; it sets SCHAKEL_TEST_POSTGRES and registers pg_stop
# to stop and remove the cluster on exit.
set -euo pipefail

pg_bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$d" ] || [ ! -x "$d/initdb" ]; then
    echo "== installing PostgreSQL from Debian's packages" >&2
    if [ "$(id -u)" != 0 ]; then echo "PostgreSQL is missing and this is not root: apt-get install postgresql" >&2; return 1; fi
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) >&2
    d=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  local v
  v=$(basename "$(dirname "$d")")
  if [ "${v%%.*}" -lt 15 ]; then echo "PostgreSQL $v is older than 15" >&2; return 1; fi
  echo "$d"
}

pg_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || echo $((20000 + RANDOM % 20000))
}

pg_start() {
  local bin user
  bin=$(pg_bindir)
  PG_TMP=$(mktemp -d /tmp/schakel-pg.XXXXXX)
  chmod 755 "$PG_TMP"
  user=$(id -un)
  if [ "$(id -u)" = 0 ]; then
    # PostgreSQL refuses to run as root.
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    user=postgres
    chown "$user" "$PG_TMP"
  fi
  PG_PORT=$(pg_free_port)
  PG_RUN() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  PG_RUN "$bin/initdb" -D "$PG_TMP/data" -U schakel --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  PG_RUN "$bin/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories=$PG_TMP -c max_connections=300 -c fsync=on" start >/dev/null
  PG_BIN=$bin
  export SCHAKEL_TEST_POSTGRES="postgres://schakel@127.0.0.1:$PG_PORT/postgres?sslmode=disable"
  # The raw-file search for plaintext (sqlstore TestNoPlaintextAtRest) reads the cluster's files.
  export SCHAKEL_TEST_PGDATA="$PG_TMP/data"
  trap pg_stop EXIT
  echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT" >&2
}

pg_stop() {
  if [ -n "${PG_TMP:-}" ] && [ -d "$PG_TMP" ]; then
    PG_RUN "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_TMP"
    PG_TMP=
  fi
}
