#!/usr/bin/env bash
# Runs the repository, service and browserless UI tests (./mvnw -Ppostgres test) against a throwaway
# PostgreSQL on 127.0.0.1:55432, started from the Debian packages (installed if missing) in a temp
# directory and removed afterwards. Extra arguments go to Maven, e.g. -Dtest=PatientServiceTest.
set -euo pipefail
cd "$(dirname "$0")/.."
port=55432

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing PostgreSQL from Debian packages"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

# PostgreSQL refuses to run as root: as root, run it as the 'postgres' user the package created.
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

dir=$(mktemp -d /tmp/plumbline-pg.XXXXXX)
chmod 755 "$dir"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
stop() {
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-h 127.0.0.1 -p $port -k $dir -F" start >/dev/null
"$bin/psql" -q -h 127.0.0.1 -p $port -U postgres -v ON_ERROR_STOP=1 \
  -c "create role plumbline login password 'plumbline'" \
  -c "create database plumbline_test owner plumbline"
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"

./mvnw -B -ntp -Ppostgres test "$@"
