#!/usr/bin/env bash
# Runs the repository, service and browserless UI tests (./mvnw -Ppostgres test) against a throwaway
# PostgreSQL on 127.0.0.1:55432 (the Debian packages, installed if missing), removed afterwards.
# Then moves the demo clinic H2 -> PostgreSQL -> H2 with the packaged jar (README, "PostgreSQL"),
# failing on any refused import or any count or checksum that differs (MOVE_CHECK=0 skips it).
# Extra arguments go to Maven, e.g. -Dtest=PatientServiceTest. PLUMBLINE_PG_PORT picks another port.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/postgres-throwaway.sh
PORT=${PLUMBLINE_PG_PORT:-55432}
MOVE_DIR=""
cleanup() { pg_stop; if [ -n "$MOVE_DIR" ]; then rm -rf "$MOVE_DIR"; fi; }
trap cleanup EXIT
pg_start "$PORT" plumbline_test plumbline plumbline
./mvnw -B -ntp -Ppostgres test -Dplumbline.test.db.url="jdbc:postgresql://127.0.0.1:$PORT/plumbline_test" "$@"

[ "${MOVE_CHECK:-1}" = 0 ] && exit 0
echo "Moving the demo clinic H2 -> PostgreSQL -> H2"
[ -f target/plumbline.jar ] || ./mvnw -B -ntp -q package -DskipTests
MOVE_DIR=$(mktemp -d /tmp/plumbline-move.XXXXXX)
jar=target/plumbline.jar
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"   # the JDK CI chose (the machine's default java may be older)
pg="jdbc:postgresql://127.0.0.1:$PORT/plumbline_move"

# 1. An H2 database holding the demo clinic: Plumbline started once with the demo, then stopped once
#    ready. "Started Application" comes before the demo's seeding (application runners); the VAPID
#    key pair is made on a new database when the application is ready, after all of them.
"$java" -jar "$jar" --spring.profiles.active=demo --plumbline.data-dir="$MOVE_DIR/h2" --server.port=0 \
  --plumbline.backup.cron=- --plumbline.reminders.cron=- >"$MOVE_DIR/demo.log" 2>&1 &
app=$!
for _ in $(seq 1 300); do
  grep -q "VAPID key pair" "$MOVE_DIR/demo.log" && break
  kill -0 "$app" 2>/dev/null || { cat "$MOVE_DIR/demo.log"; echo "Plumbline with the demo did not start"; exit 1; }
  sleep 1
done
grep -q "VAPID key pair" "$MOVE_DIR/demo.log" || { echo "Plumbline with the demo was not ready in 5 minutes"; exit 1; }
grep -q "Demo clinic ready" "$MOVE_DIR/demo.log" || { cat "$MOVE_DIR/demo.log"; echo "The demo clinic was not seeded"; exit 1; }
kill "$app"; wait "$app" || true

# 2. Export from H2, import into a new PostgreSQL database (each step verifies itself and exits 1 on a mismatch).
"$java" -jar "$jar" --plumbline.move=export --plumbline.move.file="$MOVE_DIR/demo.zip" --plumbline.data-dir="$MOVE_DIR/h2"
"$PG_BIN/psql" -q -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -c "create database plumbline_move owner plumbline"
PLUMBLINE_DB_URL=$pg PLUMBLINE_DB_USER=plumbline PLUMBLINE_DB_PASSWORD=plumbline \
  "$java" -jar "$jar" --spring.profiles.active=postgres --plumbline.move=import --plumbline.move.file="$MOVE_DIR/demo.zip"
# A second import into the same database must be refused.
if PLUMBLINE_DB_URL=$pg PLUMBLINE_DB_USER=plumbline PLUMBLINE_DB_PASSWORD=plumbline \
  "$java" -jar "$jar" --spring.profiles.active=postgres --plumbline.move=import --plumbline.move.file="$MOVE_DIR/demo.zip" \
  >"$MOVE_DIR/again.log" 2>&1; then
  echo "A second import into a non-empty database was not refused"; exit 1
fi
grep -q "not empty" "$MOVE_DIR/again.log" || { cat "$MOVE_DIR/again.log"; echo "Refused for the wrong reason"; exit 1; }
# New rows continue after the imported ids (the identity sequences were moved on).
PGPASSWORD=plumbline "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PORT" -U plumbline -d plumbline_move -v ON_ERROR_STOP=1 \
  -c "begin; insert into clinic (name, demo, created_at) values ('after the move', false, now()); rollback;"

# 3. And back: export from PostgreSQL, import into a new H2 database.
PLUMBLINE_DB_URL=$pg PLUMBLINE_DB_USER=plumbline PLUMBLINE_DB_PASSWORD=plumbline \
  "$java" -jar "$jar" --spring.profiles.active=postgres --plumbline.move=export --plumbline.move.file="$MOVE_DIR/back.zip"
"$java" -jar "$jar" --plumbline.move=import --plumbline.move.file="$MOVE_DIR/back.zip" --plumbline.data-dir="$MOVE_DIR/h2-back"

# 4. The two archives hold the same tables, counts and checksums.
tables() { unzip -p "$1" manifest.json | jq -c '.tables[] | [.name, .rows, .sha256]'; }
if ! diff <(tables "$MOVE_DIR/demo.zip") <(tables "$MOVE_DIR/back.zip"); then
  echo "The demo clinic came back from PostgreSQL different"; exit 1
fi
echo "The demo clinic moved H2 -> PostgreSQL -> H2 with every table's count and checksum intact"
