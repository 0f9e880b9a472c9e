#!/usr/bin/env bash
# Runs the date-sensitive tests with "today" pinned to other days, times and time zones (the tests
# read TestClock, never the real clock: plumbline.test.today, plumbline.test.time, user.timezone).
#   scripts/test-dates.sh          the set CI runs: a Monday, a Sunday, a year end, 29 February and
#                                  the EU and US clock changes, across Berlin, Los Angeles, Auckland
#   scripts/test-dates.sh all      every day below in each of the three zones (about 30 runs)
#   scripts/test-dates.sh 2027-03-28 Europe/Berlin 02:30    one day, zone and time
# Needs compiled test classes (./mvnw test-compile, or after ./mvnw verify). Prints one line per
# run and a summary; exits non-zero if any run failed. Results also go to target/test-dates.txt.
set -uo pipefail
cd "$(dirname "$0")/.."

TESTS='AdherenceServiceTest,AlertServiceTest,SuggestionServiceTest,SessionLogServiceTest,PaperLogTest,'\
'DueTodayTest,AdherenceCalculatorTest,SuggestionRulesTest,SheetServiceTest,BackupServiceTest,'\
'ClinicTimeZoneTest,PatientServiceTest,TodayViewTest,HistoryViewTest,MyProgressViewTest,PatientOverviewTest,'\
'AccessMatrixTest,LogSummariesTest'

# day, zone, time of day; each line says what it is for.
CI_SET=(
  "2026-11-23 Europe/Berlin 10:00"          # a Monday
  "2026-11-29 America/Los_Angeles 21:30"    # a Sunday, late evening
  "2026-12-31 Pacific/Auckland 23:30"       # the year's last half hour
  "2027-01-01 Europe/Berlin 00:30"          # just after midnight on New Year's Day
  "2027-03-28 Europe/Berlin 10:00"          # EU clocks go forward (a 23-hour day)
  "2027-11-07 America/Los_Angeles 10:00"    # US clocks go back (a 25-hour day)
  "2028-02-29 Pacific/Auckland 10:00"       # a leap day
)
ALL_DAYS="2026-11-23 2026-11-25 2026-11-29 2028-02-29 2026-12-31 2027-01-01 2027-03-28 2027-10-31 2027-03-14 2027-11-07"
ZONES="Europe/Berlin America/Los_Angeles Pacific/Auckland"

runs=()
case "${1:-ci}" in
  ci) runs=("${CI_SET[@]}") ;;
  all) for d in $ALL_DAYS; do for z in $ZONES; do runs+=("$d $z 10:00"); done; done ;;
  *) runs=("$1 ${2:-Europe/Berlin} ${3:-10:00}") ;;
esac

export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mkdir -p target
out=target/test-dates.txt
: > "$out"
failed=0
for run in "${runs[@]}"; do
  read -r day zone time <<< "$run"
  log="target/test-dates-$day-${zone//\//_}.log"
  started=$(date +%s)
  rm -f target/surefire-reports/TEST-*.xml
  ./mvnw -B -ntp -q surefire:test -Dtest="$TESTS" -Dsurefire.failIfNoSpecifiedTests=false \
      -DargLine="-Duser.timezone=$zone -Dplumbline.test.today=$day -Dplumbline.test.time=$time" > "$log" 2>&1
  rc=$?
  counts=$(grep -h -o 'tests="[0-9]*"\|failures="[0-9]*"\|errors="[0-9]*"' target/surefire-reports/TEST-*.xml \
      | awk -F'"' '{s[$1]+=$2} END {printf "%d tests, %d failures, %d errors", s["tests="], s["failures="], s["errors="]}')
  line="$day $(date -d "$day" +%a) $time $zone: $([ $rc -eq 0 ] && echo passed || echo FAILED) ($counts, $(( $(date +%s) - started )) s)"
  echo "$line" | tee -a "$out"
  if [ $rc -ne 0 ]; then
    failed=$((failed + 1))
    grep -h -A3 '<<< FAIL\|<<< ERR' "$log" | head -20
  fi
done
echo "$(( ${#runs[@]} - failed )) passed, $failed failed" | tee -a "$out"
[ "$failed" -eq 0 ]
