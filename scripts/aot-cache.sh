#!/usr/bin/env bash
# Prepares target/app/: the jar extracted plus a JDK 25 ahead-of-time cache from a training start,
# Spring Boot's documented way to start faster (an AOT cache only works with the extracted jar).
# Run after ./mvnw package; scripts/start.sh runs it by itself when the jar or the JDK changed.
#   scripts/aot-cache.sh      then: java -XX:AOTCache=target/app/app.aot -jar target/app/plumbline.jar
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
app=$root/target/app
training=$(mktemp -d /tmp/plumbline-aot.XXXXXX)
trap 'rm -rf "$training"' EXIT

rm -rf "$app"
"$java" -Djarmode=tools -jar "$root/target/plumbline.jar" extract --destination "$app" >/dev/null
# The training start runs on a throwaway database, in an empty directory and with a clean
# environment, so a clinic's own settings (an application.properties beside the jar, a PostgreSQL
# URL, a profile) never reach it. It stops once the application context is ready. The jar is given
# with its absolute path, which the cache records: the app may then be started from any directory,
# and a relative plumbline.data-dir stays relative to where it is started.
if ! (cd "$training" && env -i PATH="$PATH" HOME="$HOME" "$java" ${JAVA_OPTS:-} \
        -XX:AOTCacheOutput="$app/app.aot" -Dspring.context.exit=onRefresh \
        -Dplumbline.data-dir="$training/data" -Dserver.port=0 \
        -jar "$app/plumbline.jar" >"$app/training.log" 2>&1) || [[ ! -s "$app/app.aot" ]]; then
    echo "The training start failed; see $app/training.log" >&2
    exit 1
fi
# What the cache was made for; scripts/start.sh makes a new one when this changes.
"$java" -version 2>&1 | head -1 >"$app/jdk.txt"
echo "Ready. Start with: java -XX:AOTCache=$app/app.aot -jar $app/plumbline.jar (or scripts/start.sh)"
