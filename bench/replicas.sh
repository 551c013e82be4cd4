#!/usr/bin/env bash
# The scale model's bench (not a test): the full flow through the gateway with 1 and then with 2 instances of
# each service, each suite started by this script on free ports in bench/target/replicas-<n> and stopped after;
# prints people per second and people per second per core for each. Needs a built tree
# (./mvnw package -DskipTests) and no suite of its own running. Settings: BENCH_CONCURRENCY (8),
# BENCH_WARMUP_SECONDS (30), BENCH_SECONDS (30); docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
classes=bench/runner/target/classes
classpath=bench/runner/target/bench.classpath
if [ ! -f "$classpath" ] || [ ! -f gateway/target/quarkus-app/quarkus-run.jar ]; then
    echo "the bench is not built: run ./mvnw package -DskipTests first" >&2
    exit 1
fi
# the gateway's rate limit is not what is measured
export GATEWAY_RATE_LIMIT_PER_SECOND="${GATEWAY_RATE_LIMIT_PER_SECOND:-100000}"
export GATEWAY_RATE_LIMIT_BURST="${GATEWAY_RATE_LIMIT_BURST:-100000}"
exec java -Xmx512m -cp "$classes:$(cat "$classpath")" org.returnops.bench.ReplicaBench "$PWD"
