#!/usr/bin/env bash
# Tries deploy/haproxy.cfg: a throwaway PostgreSQL, two Plumbline instances on it (profiles postgres
# and demo) and HAProxy in front (Debian packages, installed if missing), all on 127.0.0.1. A user
# signs in through HAProxy; every later request of the session must reach the same instance and
# stay signed in. The control drops HAProxy's cookie: the other instance does not know the session.
#   deploy/try-sticky-sessions.sh      (builds target/plumbline.jar first; SKIP_BUILD=1 uses the one there)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/postgres-throwaway.sh
lb=127.0.0.1:28480 app1=127.0.0.1:28481 app2=127.0.0.1:28482 pg_port=28432
work=$(mktemp -d /tmp/plumbline-sticky.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  pg_stop
  rm -rf "$work"
}
trap cleanup EXIT

if ! command -v haproxy >/dev/null 2>&1; then
  echo "Installing HAProxy from Debian packages"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
fi
[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -q -ntp package -DskipTests
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

for port in ${lb#*:} ${app1#*:} ${app2#*:} $pg_port; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "Port $port is taken; free it first." >&2; exit 1; fi
done
pg_start $pg_port plumbline plumbline plumbline
export PLUMBLINE_DB_URL=jdbc:postgresql://127.0.0.1:$pg_port/plumbline PLUMBLINE_DB_USER=plumbline \
  PLUMBLINE_DB_PASSWORD=plumbline

wait_for() { # url, log
  for _ in $(seq 1 400); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = 200 ] && return 0
    sleep 1
  done
  echo "No answer from $1; see $2" >&2; tail -20 "$2" >&2; return 1
}
# One after the other: the first migrates the database and seeds the demo clinic.
for name in app1 app2; do
  addr=${!name}
  "$java" -jar target/plumbline.jar --spring.profiles.active=postgres,demo --server.port="${addr#*:}" \
    --plumbline.data-dir="$work/$name" --plumbline.backup.cron=- >"$work/$name.log" 2>&1 &
  pids+=($!)
  wait_for "http://$addr/login" "$work/$name.log"
  echo "$name started on $addr"
done

PLUMBLINE_LB_BIND=$lb PLUMBLINE_APP1=$app1 PLUMBLINE_APP2=$app2 haproxy -f deploy/haproxy.cfg -db >"$work/haproxy.log" 2>&1 &
pids+=($!)
wait_for "http://$lb/login" "$work/haproxy.log"
echo "HAProxy $(haproxy -v | head -1 | awk '{print $3}') on $lb in front of app1 and app2"

request() { # cookie jar, path -> "node status"
  curl -s -o /dev/null -D "$work/headers" -w '%{http_code}' -b "$1" -c "$1" "http://$lb$2" >"$work/status"
  echo "$(tr -d '\r' <"$work/headers" | awk -F': ' 'tolower($1)=="x-plumbline-node" {print $2}') $(cat "$work/status")"
}

echo
echo "New visitors are spread over the instances:"
for i in 1 2 3 4; do echo "  visitor $i: GET /login -> $(request "$work/visitor$i" /login)"; done

echo
echo "anna.berg signs in through HAProxy, then opens Patients ten times:"
jar=$work/anna
token=$(curl -s -b "$jar" -c "$jar" "http://$lb/login" | sed -n 's/.*name="_csrf" content="\([^"]*\)".*/\1/p')
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode username=anna.berg \
  --data-urlencode password=plumbline-demo --data-urlencode "_csrf=$token" "http://$lb/login"
home=$(awk '$6=="PLUMBLINE_NODE" {print $7}' "$jar")
sticky=0
for i in $(seq 1 10); do
  answer=$(request "$jar" /patients)
  echo "  GET /patients -> $answer"
  [ "$answer" = "$home 200" ] && sticky=$((sticky + 1))
done

echo
echo "Control: the same session without HAProxy's PLUMBLINE_NODE cookie:"
grep -v PLUMBLINE_NODE "$jar" >"$work/control"
lost=0
for i in 1 2 3 4; do
  cp "$work/control" "$work/control-$i"
  answer=$(request "$work/control-$i" /patients)
  if [ "${answer#* }" = 302 ]; then
    echo "  GET /patients -> $answer: sent to sign in, that instance does not know the session"
    lost=$((lost + 1))
  else
    echo "  GET /patients -> $answer"
  fi
done

echo
if [ "$sticky" = 10 ] && [ "$lost" -gt 0 ]; then
  echo "PASS: 10 of 10 requests of the session reached $home and stayed signed in; without the cookie $lost of 4 lost the session."
else
  echo "FAIL: $sticky of 10 sticky requests stayed on $home signed in; $lost of 4 control requests lost the session." >&2
  exit 1
fi
