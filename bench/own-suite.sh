#!/usr/bin/env bash
# Runs one of the benches that start a suite of their own (ReplicaBench, TracingCost, RegistryAtScale) from a
# built tree; bench/replicas.sh, bench/tracing.sh and bench/scale.sh name the class. Not a test.
set -euo pipefail
cd "$(dirname "$0")/.."
classes=bench/runner/target/classes
classpath=bench/runner/target/bench.classpath
if [ ! -f "$classpath" ] || [ ! -f gateway/target/quarkus-app/quarkus-run.jar ]; then
    echo "the bench is not built: run ./mvnw package -DskipTests first" >&2
    exit 1
fi
# the gateway's rate limit (20 requests/s per partner) would otherwise be what is measured
export GATEWAY_RATE_LIMIT_PER_SECOND="${GATEWAY_RATE_LIMIT_PER_SECOND:-100000}"
export GATEWAY_RATE_LIMIT_BURST="${GATEWAY_RATE_LIMIT_BURST:-100000}"
exec java -Xmx512m -cp "$classes:$(cat "$classpath")" "org.returnops.bench.$1" "$PWD"
