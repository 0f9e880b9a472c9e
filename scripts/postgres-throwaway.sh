# Sourced by scripts/test-postgres.sh and deploy/try-sticky-sessions.sh: a throwaway PostgreSQL from
# the Debian packages (installed if missing) in a temp directory on 127.0.0.1.
#   pg_start PORT DATABASE USER PASSWORD   starts it and creates the role and database
#   pg_stop                                stops it and deletes the directory
# PG_SERVER_OPTS: options for the server, "-F" (no fsync: a throwaway for tests) unless set.
# PostgreSQL refuses to run as root: as root, it runs as the 'postgres' user the package created.

pg_as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_start() {
  local port=$1 db=$2 user=$3 password=$4
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "Installing PostgreSQL from Debian packages"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PG_DIR=$(mktemp -d /tmp/plumbline-pg.XXXXXX)
  chmod 755 "$PG_DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres "$PG_DIR"; fi
  # A UTF-8 locale, as the README asks of a clinic's database: with the C locale PostgreSQL's
  # lower() changes A-Z only, and the name searches would miss "Østergård" typed in any case.
  pg_as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-h 127.0.0.1 -p $port -k $PG_DIR ${PG_SERVER_OPTS--F}" start >/dev/null
  "$PG_BIN/psql" -q -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 \
    -c "create role $user login password '$password'" \
    -c "create database $db owner $user"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($PG_DIR)"
}

pg_stop() {
  if [ -n "${PG_DIR:-}" ]; then
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
