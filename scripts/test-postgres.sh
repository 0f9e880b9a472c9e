#!/usr/bin/env bash
# Runs the repository, service and browserless UI tests (./mvnw -Ppostgres test) against a throwaway
# PostgreSQL on 127.0.0.1:55432 (the Debian packages, installed if missing), removed afterwards.
# Extra arguments go to Maven, e.g. -Dtest=PatientServiceTest.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/postgres-throwaway.sh
trap pg_stop EXIT
pg_start 55432 plumbline_test plumbline plumbline
./mvnw -B -ntp -Ppostgres test "$@"
