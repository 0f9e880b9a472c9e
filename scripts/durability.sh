#!/usr/bin/env bash
# Kill -9 durability: N cycles (default 50) of writing sessions through the real service and killing
# the JVM with SIGKILL at a random moment, then a control run with H2's default write delay that must
# lose acknowledged sessions (proof that the harness can fail). See README, "Durability".
#   scripts/durability.sh [cycles] [control-cycles]
set -euo pipefail
cd "$(dirname "$0")/.."
cycles=${1:-50}
control_cycles=${2:-3}
# package: the writer then starts the application in production mode, as it runs in a clinic.
./mvnw -q -ntp package -DskipTests dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
status=0
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$cp" app.plumbline.durability.DurabilityHarness "$cycles" || status=1
echo
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$cp" app.plumbline.durability.DurabilityHarness "$control_cycles" --control || status=1
exit $status
