#!/usr/bin/env bash
# The benchmark of a running suite (not a test): one table, printed and written to bench/target/.
# Needs a built tree (./mvnw package -DskipTests) and a suite started with ./start-suite.sh, with a gateway
# rate limit high enough not to be what is measured. Settings are environment variables (docs/performance.md).
#   GATEWAY_RATE_LIMIT_PER_SECOND=100000 GATEWAY_RATE_LIMIT_BURST=100000 ./start-suite.sh   # in one terminal
#   bench/run.sh                                                                           # in another
set -euo pipefail
cd "$(dirname "$0")/.."
classes=bench/runner/target/classes
classpath=bench/runner/target/bench.classpath
if [ ! -f "$classpath" ] || [ ! -f bench/peer/target/quarkus-app/quarkus-run.jar ]; then
    echo "the bench is not built: run ./mvnw package -DskipTests first" >&2
    exit 1
fi
exec java -Xmx1g -cp "$classes:transport-service/target/classes:$(cat "$classpath")" org.returnops.bench.Bench "$PWD"
