#!/usr/bin/env bash
# Load and memory benchmark (issue 9): start-up time, heap per session, 500 concurrent patients.
# Builds the production jar, starts it with the generated clinic in a temporary data directory and
# drives virtual patients at Vaadin's protocol level (src/test/java/app/plumbline/load/).
# Prints a summary table and writes it to target/load/summary.md. See docs/PERFORMANCE.md.
#
#   scripts/load-benchmark.sh            # the full run (about 20 minutes on 2 cores)
#   scripts/load-benchmark.sh --smoke    # a short run that checks the harness (about 3 minutes)
#
# Settings (environment): STEPS=startup,heap,load  USERS=500  RAMP=120  HOLD=300  IDLE=60
# JFR=1: record the server with Java Flight Recorder during the hold (target/load/load.jfr) and add
# its hottest methods to the summary (jfr view hot-methods). PERF=1: record the server's core(s)
# with Linux perf during the hold and add the time by thread and library (the Argon2 library's
# share is a storm's hashing)
# SCENARIO=steady (patients sign in once and come back in their session) or churn (every visit
# signs in anew)  STORM=0 (clients signing in one after the other during the hold, beside the patients;
# the limit they are measured against is the rate of Argon2id checks back to back on the server's
# core(s), before and after)
# HOME_USERS=0 (therapists beside the patients, each opening the home with a page load every THINK s)
# HEARTBEAT=30  THINK_MIN=5  THINK_MAX=15  HEAP_SESSIONS=200 (patients; 0 skips them)
# HEAP_THERAPIST_SESSIONS=$HEAP_SESSIONS  HEAP_WARMUP=50  GENERATED_PATIENTS=600
# JAR=path (default: target/app/plumbline.jar with its AOT cache, as scripts/start.sh)  JVM_EXTRA=...
# PROFILE=generated  PATIENT_ACCOUNTS=...  THERAPIST_ACCOUNTS=...  PASSWORD=...
# SERVER_OPTS="-Xms2g -Xmx2g" (scripts/start.sh's default)  PIN=auto|split|wide|none  SKIP_BUILD=1  PORT=18080  STARTUP_RUNS=3
# SEED_DIR=/path: keep the seeded clinic there and reuse it on the next run (seeding 600 patients
# with a year of logs takes minutes); each run works on a copy.
# DB=postgres: move the seeded clinic into a throwaway PostgreSQL (the Debian packages, fsync on,
# pinned with the server) with the move commands, timed, and run the heap and load steps on it.
# PG_PORT=55433
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

if [[ "${1:-}" == "--smoke" ]]; then
    : "${USERS:=20}" "${RAMP:=10}" "${HOLD:=40}" "${IDLE:=10}" "${HEARTBEAT:=5}" "${THINK_MIN:=1}" "${THINK_MAX:=3}"
    : "${HEAP_SESSIONS:=20}" "${HEAP_WARMUP:=10}" "${GENERATED_PATIENTS:=60}"
fi
STEPS=${STEPS:-startup,heap,load}
SCENARIO=${SCENARIO:-steady}
STORM=${STORM:-0}
HOME_USERS=${HOME_USERS:-0}
USERS=${USERS:-500}
RAMP=${RAMP:-120}
HOLD=${HOLD:-300}
IDLE=${IDLE:-60}
HEARTBEAT=${HEARTBEAT:-30}
THINK_MIN=${THINK_MIN:-5}
THINK_MAX=${THINK_MAX:-15}
HEAP_SESSIONS=${HEAP_SESSIONS:-200}
HEAP_THERAPIST_SESSIONS=${HEAP_THERAPIST_SESSIONS:-$HEAP_SESSIONS}
HEAP_WARMUP=${HEAP_WARMUP:-50}
GENERATED_PATIENTS=${GENERATED_PATIENTS:-600}
PROFILE=${PROFILE:-generated}
SERVER_OPTS=${SERVER_OPTS:--Xms2g -Xmx2g}
PORT=${PORT:-18080}
STARTUP_RUNS=${STARTUP_RUNS:-3}
PIN=${PIN:-auto}
DB=${DB:-h2}
PG_PORT=${PG_PORT:-55433}
if [[ "$PROFILE" == "generated" ]]; then
    # The generated clinic's accounts (README, "The generated clinic"): 25 patients per therapist.
    PATIENT_ACCOUNTS=${PATIENT_ACCOUNTS:-"patient{0001..$(printf %04d "$GENERATED_PATIENTS")}"}
    THERAPIST_ACCOUNTS=${THERAPIST_ACCOUNTS:-"therapist{01..$(printf %02d $(( (GENERATED_PATIENTS + 24) / 25 )))}"}
    PASSWORD=${PASSWORD:-plumbline-load}
else
    PATIENT_ACCOUNTS=${PATIENT_ACCOUNTS:-maria.lopez,james.oconnor,sofia.rossi,david.kim,helen.wright,peter.novak}
    THERAPIST_ACCOUNTS=${THERAPIST_ACCOUNTS:-anna.berg,tom.ruiz}
    PASSWORD=${PASSWORD:-plumbline-demo}
fi

if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    echo "Port $PORT is already in use; set PORT=..." >&2
    exit 1
fi

JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
OUT="$ROOT/target/load"
WORK=$(mktemp -d /tmp/plumbline-load.XXXXXX)
mkdir -p "$OUT"
SUMMARY="$OUT/summary.md"
SERVER_PID=""

cleanup() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# Pinning: the server and the load generator on different cores where the machine has them.
cores=$(nproc)
if [[ "$PIN" == "auto" ]]; then
    if ! command -v taskset >/dev/null; then PIN=none; elif (( cores >= 4 )); then PIN=wide; elif (( cores >= 2 )); then PIN=split; else PIN=none; fi
fi
case "$PIN" in
    wide)  SERVER_CPUS="0-1"; DRIVER_CPUS="2-$((cores - 1))" ;;
    split) SERVER_CPUS="0"; DRIVER_CPUS="1-$((cores - 1))" ;;
    none)  SERVER_CPUS=""; DRIVER_CPUS="" ;;
    *) echo "PIN must be auto, split, wide or none" >&2; exit 2 ;;
esac
pin() { # cpus command...
    local cpus=$1; shift
    if [[ -n "$cpus" ]]; then taskset -c "$cpus" "$@"; else "$@"; fi
}
SERVER_CORE_COUNT=$cores
if [[ -n "$SERVER_CPUS" ]]; then
    SERVER_CORE_COUNT=$(taskset -c "$SERVER_CPUS" nproc)
fi

if [[ -z "${SKIP_BUILD:-}" ]]; then
    echo "== Building the production jar (./mvnw package -DskipTests)"
    ./mvnw -q package -DskipTests
fi
# The server starts as scripts/start.sh starts it for a clinic (the README's first command): the jar
# extracted, with the JDK's AOT cache. JAR=path starts that jar instead (JVM_EXTRA adds JVM options).
if [[ -z "${JAR:-}" ]]; then
    if [[ ! -f target/app/app.aot || target/plumbline.jar -nt target/app/app.aot ]]; then
        echo "== Extracting the jar and preparing its AOT cache (scripts/aot-cache.sh)"
        JAVA_OPTS="$SERVER_OPTS" scripts/aot-cache.sh >/dev/null
    fi
    JAR="$ROOT/target/app/plumbline.jar"
    JVM_EXTRA="-XX:AOTCache=$ROOT/target/app/app.aot ${JVM_EXTRA:-}"
fi
if [[ ! -f "$OUT/classpath.txt" || pom.xml -nt "$OUT/classpath.txt" ]]; then
    ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt"
fi
# A copy of the driver's classes, so a build running meanwhile cannot pull them from under it.
cp -r "$ROOT/target/test-classes" "$WORK/driver-classes"
DRIVER_CP="$WORK/driver-classes:$(cat "$OUT/classpath.txt")"

driver() { # main-class, then -D options
    local main=$1; shift
    pin "$DRIVER_CPUS" "$JAVA" -Xmx1g -cp "$DRIVER_CP" \
        -Dload.url="http://127.0.0.1:$PORT/" -Dload.patients="$PATIENT_ACCOUNTS" \
        -Dload.therapists="$THERAPIST_ACCOUNTS" -Dload.password="$PASSWORD" "$@" "app.plumbline.load.$main"
}

start_server() { # data-dir log gc-log extra-args...
    local data=$1 log=$2 gclog=$3; shift 3
    local cmd=()
    if [[ -n "$SERVER_CPUS" ]]; then cmd=(taskset -c "$SERVER_CPUS"); fi
    # shellcheck disable=SC2206
    cmd+=("$JAVA" $SERVER_OPTS ${JVM_EXTRA:-} -Xlog:gc:file="$gclog" -jar "${JAR:-$ROOT/target/plumbline.jar}")
    # Started directly (not through a shell function), so $! is the JVM itself (taskset execs it).
    "${cmd[@]}" --server.port="$PORT" --plumbline.data-dir="$data" "$@" >"$log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 1200); do
        if grep -q "Started Application" "$log"; then
            # CPU seconds used until ready: less disturbed than wall time on a busy machine.
            SERVER_READY_CPU=$(awk '{printf "%.1f", ($14 + $15) / 100}' "/proc/$SERVER_PID/stat" 2>/dev/null || echo "?")
            return 0
        fi
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then echo "The server stopped; see $log" >&2; tail -30 "$log" >&2; exit 1; fi
        sleep 0.2
    done
    echo "The server did not start in 240 s; see $log" >&2
    exit 1
}

stop_server() {
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}

median() { # numbers -> the middle one ("?" are left out)
    printf '%s\n' "$@" | grep -v '?' | sort -n | awk '{ v[NR] = $1 } END { print NR ? v[int((NR + 1) / 2)] : "?" }'
}

started_in() { # log -> "X.XXX" (JVM start to ready, as Spring reports "process running for")
    local s
    s=$(sed -n 's/.*Started Application in \([0-9.]*\) seconds (process running for \([0-9.]*\)).*/\2/p' "$1" | head -1)
    echo "${s:-?}"
}

{
    echo "# Plumbline load and memory benchmark"
    echo
    echo "- date: $(date -u +%Y-%m-%dT%H:%MZ)"
    echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- java: $("$JAVA" -version 2>&1 | head -1); server options: $SERVER_OPTS"
    echo "- commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with local changes)')"
    echo "- pinning: $PIN (server on cpus '${SERVER_CPUS:-any}', load generator on cpus '${DRIVER_CPUS:-any}')"
    echo "- command: scripts/load-benchmark.sh $* (STEPS=$STEPS SCENARIO=$SCENARIO STORM=$STORM HOME_USERS=$HOME_USERS USERS=$USERS RAMP=$RAMP HOLD=$HOLD IDLE=$IDLE HEAP_SESSIONS=$HEAP_SESSIONS PROFILE=$PROFILE GENERATED_PATIENTS=$GENERATED_PATIENTS DB=$DB)"
} >"$SUMMARY"

if [[ ",$STEPS," == *",startup,"* ]]; then
    echo "== Start-up time ($STARTUP_RUNS runs each)"
    # Unpinned, on all the machine's cores: the target is the jar ready in 6 s on 2 cores.
    pinned_cpus=$SERVER_CPUS
    SERVER_CPUS=""
    results=()
    startup_runs() { # id, label: STARTUP_RUNS times a first start on an empty database, then a restart on it
        local id=$1 label=$2 run first=() first_cpu=() restart=() restart_cpu=()
        for run in $(seq 1 "$STARTUP_RUNS"); do
            start_server "$WORK/startup-$id-$run" "$OUT/startup-$id-$run.log" "$OUT/startup-gc.log"
            first+=("$(started_in "$OUT/startup-$id-$run.log")") first_cpu+=("$SERVER_READY_CPU")
            stop_server
            start_server "$WORK/startup-$id-$run" "$OUT/startup-$id-$run-restart.log" "$OUT/startup-gc.log"
            restart+=("$(started_in "$OUT/startup-$id-$run-restart.log")") restart_cpu+=("$SERVER_READY_CPU")
            stop_server
        done
        results+=("$label, first start (empty database, full catalog import): median $(median "${first[@]}") s, $(median "${first_cpu[@]}") CPU s (runs: ${first[*]} s)")
        results+=("$label, restart (catalog unchanged): median $(median "${restart[@]}") s, $(median "${restart_cpu[@]}") CPU s (runs: ${restart[*]} s)")
    }
    JAR="$ROOT/target/plumbline.jar" JVM_EXTRA="" startup_runs plain "plain jar (java -jar target/plumbline.jar)"
    if JAVA_OPTS="$SERVER_OPTS" scripts/aot-cache.sh >/dev/null 2>&1; then
        JAR="$ROOT/target/app/plumbline.jar" JVM_EXTRA="-XX:AOTCache=$ROOT/target/app/app.aot" \
            startup_runs aot "AOT cache (scripts/start.sh)"
    else
        results+=("AOT cache: scripts/aot-cache.sh failed (see target/app/training.log)")
    fi
    SERVER_CPUS=$pinned_cpus
    {
        echo
        echo "## Start-up (jar ready: JVM start to 'Started', as Spring reports 'process running for'; and the CPU seconds used until then; all cores)"
        echo
        for r in "${results[@]}"; do echo "- $r"; done
    } | tee -a "$SUMMARY"
fi

if [[ ",$STEPS," == *",heap,"* || ",$STEPS," == *",load,"* ]]; then
    if [[ -n "${SEED_DIR:-}" && -f "$SEED_DIR/plumbline.mv.db" ]]; then
        echo "== Using the clinic seeded earlier in $SEED_DIR (a copy; delete it to seed anew)"
        cp -r "$SEED_DIR" "$WORK/data"
    else
        echo "== Seeding the $PROFILE clinic"
        start_server "$WORK/data" "$OUT/server-seed.log" "$OUT/seed-gc.log" \
            --spring.profiles.active="$PROFILE" --plumbline.generated.patients="$GENERATED_PATIENTS"
        seed_start=$(date +%s)
        for _ in $(seq 1 3600); do
            grep -qE "Generated clinic ready|Demo clinic ready" "$OUT/server-seed.log" && break
            kill -0 "$SERVER_PID" 2>/dev/null || { echo "The server stopped while seeding" >&2; exit 1; }
            sleep 1
        done
        driver ReadyCheck
        echo "   seeded in $(( $(date +%s) - seed_start )) s after start"
        stop_server
        # Seeding a year of logs in minutes leaves H2's file mostly dead pages (1.75 GB for 55 MB of
        # live data with 600 patients), which a clinic writing day by day never sees: H2 compacts
        # in the background as it goes. Compact once, so every read is not a disk read.
        "$JAVA" -cp "$(cat "$OUT/classpath.txt")" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/data/plumbline" \
            -user plumbline -password "" -sql "SHUTDOWN COMPACT" >/dev/null 2>&1 || true
        echo "   compacted: $(du -h "$WORK/data/plumbline.mv.db" | cut -f1)"
        if [[ -n "${SEED_DIR:-}" ]]; then
            rm -rf "$SEED_DIR" && cp -r "$WORK/data" "$SEED_DIR"
        fi
    fi
fi

SERVER_PROFILES="$PROFILE"
if [[ "$DB" == "postgres" && ( ",$STEPS," == *",heap,"* || ",$STEPS," == *",load,"* ) ]]; then
    # The clinic as a clinic moving to PostgreSQL moves it (README, "Moving to PostgreSQL and back"): exported
    # from H2, imported into an empty database, each step verifying every table's count and checksum.
    . scripts/postgres-throwaway.sh
    PG_SERVER_OPTS="" pg_start "$PG_PORT" plumbline_load plumbline plumbline
    trap 'cleanup; pg_stop' EXIT
    if [[ -n "$SERVER_CPUS" ]]; then # PostgreSQL's processes share the server's cores (forks inherit it)
        taskset -a -cp "$SERVER_CPUS" "$(head -1 "$PG_DIR/data/postmaster.pid")" >/dev/null
    fi
    export PLUMBLINE_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/plumbline_load" PLUMBLINE_DB_USER=plumbline \
        PLUMBLINE_DB_PASSWORD=plumbline
    echo "== Moving the clinic H2 -> PostgreSQL"
    move_jar=${JAR:-$ROOT/target/plumbline.jar}
    t0=$(date +%s.%N)
    PLUMBLINE_DB_URL="" "$JAVA" -jar "$move_jar" --plumbline.move=export --plumbline.move.file="$WORK/clinic.zip" \
        --plumbline.data-dir="$WORK/data" >"$OUT/move-export.log" 2>&1 || { tail -30 "$OUT/move-export.log" >&2; exit 1; }
    t1=$(date +%s.%N)
    "$JAVA" -jar "$move_jar" --spring.profiles.active=postgres --plumbline.move=import \
        --plumbline.move.file="$WORK/clinic.zip" >"$OUT/move-import.log" 2>&1 || { tail -30 "$OUT/move-import.log" >&2; exit 1; }
    t2=$(date +%s.%N)
    {
        echo
        echo "## The clinic moved H2 -> PostgreSQL ($("$PG_BIN/postgres" --version | awk '{print $3}'), fsync on)"
        echo
        echo "- archive: $(du -h "$WORK/clinic.zip" | cut -f1); $(grep -m1 -oE '[0-9]+ tables, [0-9]+ rows[^.]*' "$OUT/move-import.log")"
        echo "- export from H2: $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}') s wall (JVM start included); $(grep -m1 -o 'in [0-9.]* s' "$OUT/move-export.log") as the command reports it"
        echo "- import into PostgreSQL: $(awk -v a="$t1" -v b="$t2" 'BEGIN {printf "%.1f", b - a}') s wall (JVM start included); $(grep -m1 -o 'in [0-9.]* s' "$OUT/move-import.log") as the command reports it"
    } | tee -a "$SUMMARY"
    SERVER_PROFILES="$PROFILE,postgres"
fi

if [[ ",$STEPS," == *",heap,"* ]]; then
    echo "== Heap per session ($HEAP_SESSIONS sessions)"
    start_server "$WORK/data" "$OUT/server-heap.log" "$OUT/heap-gc.log" --spring.profiles.active="$SERVER_PROFILES" \
        --plumbline.generated.patients="$GENERATED_PATIENTS"
    driver ReadyCheck >/dev/null
    driver HeapPerSession -Dload.pid="$SERVER_PID" -Dload.heapSessions="$HEAP_SESSIONS" \
        -Dload.heapTherapistSessions="$HEAP_THERAPIST_SESSIONS" -Dload.heapWarmup="$HEAP_WARMUP" \
        -Dload.summary="$OUT/heap.md" | tee "$OUT/heap-driver.log"
    stop_server
    cat "$OUT/heap.md" >>"$SUMMARY"
fi

# Argon2id checks on the server's core(s), 400 back to back (about 5 s): "per-check median" in ms.
# A storm's limit is that core's rate: checks per second over the whole run, not the median check.
argon2_check() {
    pin "$SERVER_CPUS" "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$DRIVER_CP" app.plumbline.load.Argon2Check 400
}

storm_limit() { # checks before the run, checks after it ("per-check median" each)
    local served
    served=$(grep -o 'RESULT storm .*signInsPerSecond=[0-9.]*' "$OUT/load.md" | sed 's/.*=//')
    awk -v b="$1" -v a="$2" -v s="${served:-0}" -v c="$SERVER_CORE_COUNT" 'BEGIN {
        split(b, before, " "); split(a, after, " ")
        m = (before[1] + after[1]) / 2; limit = c * 1000 / m
        md = (before[2] + after[2]) / 2; mlimit = c * 1000 / md
        printf "The Argon2id limit of the server\047s %d core(s): %.1f/s (400 checks back to back on that core: %.2f ms a check before the run, %.2f ms after it, their mean %.2f ms); sign-ins served %.1f/s = %.0f %% of it\n", c, limit, before[1], after[1], m, s, 100 * s / limit
        printf "Against the median check instead (%.2f ms before, %.2f ms after): %.1f/s, sign-ins served = %.0f %% of it\n", before[2], after[2], mlimit, 100 * s / mlimit
        printf "RESULT storm-limit checkBefore=%.2fms checkAfter=%.2fms limit=%.1f share=%.0f%% medianLimit=%.1f medianShare=%.0f%%\n", before[1], after[1], limit, 100 * s / limit, mlimit, 100 * s / mlimit }'
}

if [[ ",$STEPS," == *",load,"* ]]; then
    echo "== Load: $USERS virtual patients ($SCENARIO), ramp ${RAMP}s, hold ${HOLD}s, sign-in storm: $STORM clients, therapists opening the home: $HOME_USERS"
    if (( STORM > 0 )); then check_before=$(argon2_check); fi
    start_server "$WORK/data" "$OUT/server-load.log" "$OUT/load-gc.log" --spring.profiles.active="$SERVER_PROFILES" \
        --plumbline.generated.patients="$GENERATED_PATIENTS"
    driver ReadyCheck >/dev/null
    if [[ -n "${JFR:-}" ]]; then
        "$JAVA_HOME/bin/jcmd" "$SERVER_PID" JFR.start name=hold settings=profile delay="${RAMP}s" \
            duration="${HOLD}s" filename="$OUT/load.jfr" >/dev/null
    fi
    if [[ -n "${PERF:-}" ]] && command -v perf >/dev/null; then # the server's core(s) during the hold, by thread and library
        (sleep $((RAMP + 5)) && perf record -q -C "${SERVER_CPUS:-0-$((cores - 1))}" -o "$OUT/perf.data" \
            -- sleep $((HOLD - 10)) >/dev/null 2>&1) &
    fi
    driver LoadDriver -Dload.pid="$SERVER_PID" -Dload.users="$USERS" -Dload.ramp="$RAMP" -Dload.hold="$HOLD" \
        -Dload.idle="$IDLE" -Dload.heartbeat="$HEARTBEAT" -Dload.thinkMin="$THINK_MIN" -Dload.thinkMax="$THINK_MAX" \
        -Dload.scenario="$SCENARIO" -Dload.stormClients="$STORM" -Dload.homeUsers="$HOME_USERS" \
        -Dload.gcLog="$OUT/load-gc.log" -Dload.serverCores="$SERVER_CORE_COUNT" -Dload.summary="$OUT/load.md" \
        | tee "$OUT/load-driver.log"
    stop_server
    if (( STORM > 0 )); then check_after=$(argon2_check); fi
    {
        cat "$OUT/load.md"
        if (( STORM > 0 )); then storm_limit "$check_before" "$check_after"; fi
        echo "GC in use: $(grep -m1 -o 'Using [A-Za-z0-9 ]*' "$OUT/load-gc.log" || echo '?')"
        echo "Server log lines with ERROR or an exception during the load run: $(grep -cE ' ERROR |Exception' "$OUT/server-load.log" || true)"
        if [[ -n "${PERF:-}" && -f "$OUT/perf.data" ]]; then
            echo
            echo "### The server's core(s) during the hold by thread and library (perf, $OUT/perf.data)"
            echo
            echo '```'
            perf report -i "$OUT/perf.data" --sort comm,dso --stdio 2>/dev/null | grep -vE '^#|^$' | sed -n '1,15p'
            echo '```'
        fi
        if [[ -n "${JFR:-}" && -f "$OUT/load.jfr" ]]; then
            echo
            echo "### Where the server's CPU went during the hold (JFR execution samples, $OUT/load.jfr)"
            echo
            echo '```'
            "$JAVA_HOME/bin/jfr" view --width 160 hot-methods "$OUT/load.jfr" 2>&1 | sed -n '1,40p'
            echo '```'
        fi
    } >>"$SUMMARY"
fi

echo
echo "=================================================================="
cat "$SUMMARY"
echo "=================================================================="
echo "Written to $SUMMARY (logs in $OUT)"
