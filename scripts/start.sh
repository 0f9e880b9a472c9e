#!/usr/bin/env bash
# Starts Plumbline from target/plumbline.jar the fast way: extracted, with a JDK 25 ahead-of-time
# cache (README, "Production"), ready in about half the time of java -jar. After a new jar or JDK
# the cache is made first (scripts/aot-cache.sh, about half a minute). Arguments and JAVA_OPTS are
# passed on as with java -jar; the working directory stays the caller's (./data is beside it).
# Without JAVA_OPTS the heap is a fixed 2 GB (README, "Production").
#   scripts/start.sh [--spring.profiles.active=demo] [--server.port=8080] ...
set -euo pipefail
# Fixed rather than growing: the JVM sizes its young generation from the starting heap (1/64 of the
# RAM), and a young generation that small is collected several times a second under load (GC 3.4 %
# of the time beside a sign-in storm, 1.4 % with the heap fixed: docs/PERFORMANCE.md).
export JAVA_OPTS=${JAVA_OPTS:--Xms2g -Xmx2g}
root=$(cd "$(dirname "$0")/.." && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=$root/target/plumbline.jar
app=$root/target/app

if [[ ! -f "$jar" ]]; then
    echo "No $jar; build it first: ./mvnw package -DskipTests" >&2
    exit 1
fi
version=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
major=${version%%.*}
if (( ${major:-0} < 25 )); then
    echo "Java $version has no AOT cache (JDK 25 or newer); starting the plain jar." >&2
    exec "$java" ${JAVA_OPTS:-} -jar "$jar" "$@"
fi
if [[ ! -f "$app/app.aot" || "$jar" -nt "$app/app.aot" ]] \
        || [[ "$("$java" -version 2>&1 | head -1)" != "$(cat "$app/jdk.txt" 2>/dev/null)" ]]; then
    echo "Preparing the AOT cache for this jar and JDK (once, about half a minute)..." >&2
    "$root/scripts/aot-cache.sh" >&2
fi
exec "$java" ${JAVA_OPTS:-} -XX:AOTCache="$app/app.aot" -jar "$app/plumbline.jar" "$@"
