#!/usr/bin/env bash
# Starts Plumbline the two ways the README documents and checks that each serves its sign-in page:
#   1. the run command, scripts/start.sh with the demo clinic, in Vaadin's production mode (needs
#      target/plumbline.jar: run after ./mvnw verify); no development tools reach the page;
#   2. the development command, ./mvnw spring-boot:run with the demo clinic (Vaadin's development mode).
# A stale development bundle makes the first rebuild src/main/bundles/dev.bundle (which needs Node),
# and .ci/run's bundle check then fails. Each start gets a throwaway data directory and port.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/plumbline-smoke.XXXXXX)
pid=""

stop() {
    if [[ -n "$pid" ]]; then
        kill -- -"$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        pid=""
    fi
}
trap 'stop; rm -rf "$work"' EXIT

# name, port, command...: starts it in its own process group, waits for the sign-in page, stops it
check() {
    local name=$1 port=$2 log=$work/$1.log
    shift 2
    echo "Starting: $name"
    PORT=$port PLUMBLINE_DATA_DIR=$work/$name-data setsid "$@" >"$log" 2>&1 &
    pid=$!
    local deadline=$(( $(date +%s) + ${SMOKE_TIMEOUT:-600} ))
    until curl -fs "http://127.0.0.1:$port/login" 2>/dev/null | grep -q '<title>'; do
        if ! kill -0 "$pid" 2>/dev/null || (( $(date +%s) > deadline )); then
            echo "$name did not serve its sign-in page; the end of its log:" >&2
            tail -40 "$log" >&2
            exit 1
        fi
        sleep 2
    done
    # A stale development bundle is rebuilt after the app is up; wait until it is written.
    if grep -q 'A development mode bundle build is needed' "$log"; then
        echo "  the development bundle is stale; waiting for Vaadin to rebuild it"
        until grep -q 'Development frontend bundle built' "$log"; do
            if ! kill -0 "$pid" 2>/dev/null || (( $(date +%s) > deadline )); then
                echo "$name did not finish rebuilding its development bundle; the end of its log:" >&2
                tail -40 "$log" >&2
                exit 1
            fi
            sleep 2
        done
    fi
    echo "  ready: $(grep -o 'Started Application in [0-9.]* seconds (process running for [0-9.]*)' "$log" | head -1)"
    if [[ "$name" == run-command ]] && curl -fs "http://127.0.0.1:$port/login" | grep -qi 'dev-tools\|devmode'; then
        echo "$name serves Vaadin's development tools: it must run in production mode" >&2
        exit 1
    fi
    # The demo clinic is seeded after start-up (an ApplicationRunner), while /login already answers.
    if [[ "$name" == run-command ]]; then
        until grep -q 'Demo clinic ready' "$log"; do
            if ! kill -0 "$pid" 2>/dev/null || (( $(date +%s) > deadline )); then
                echo "$name started without seeding the demo clinic; the end of its log:" >&2
                tail -40 "$log" >&2
                exit 1
            fi
            sleep 1
        done
        echo "  $(grep -o 'Demo clinic ready' "$log" | head -1)"
    fi
    stop
}

check run-command 18601 scripts/start.sh --spring.profiles.active=demo
check development 18602 ./mvnw -B -ntp spring-boot:run -Dspring-boot.run.profiles=demo
