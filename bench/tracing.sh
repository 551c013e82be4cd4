#!/usr/bin/env bash
# What tracing costs (not a test): registrations through the gateway with tracing off, then on, each on a suite
# this command starts itself in bench/target/tracing-suite on free ports; one table, printed and written to
# bench/target/. Needs a built tree (./mvnw package -DskipTests); settings are environment variables
# (docs/performance.md), e.g. BENCH_WARMUP_SECONDS, BENCH_SECONDS, BENCH_TRACING_ROUNDS.
set -euo pipefail
cd "$(dirname "$0")/.."
classes=bench/runner/target/classes
classpath=bench/runner/target/bench.classpath
if [ ! -f "$classpath" ]; then
    echo "the bench is not built: run ./mvnw package -DskipTests first" >&2
    exit 1
fi
# the gateway's rate limit (20 requests/s per partner) would otherwise be what is measured
export GATEWAY_RATE_LIMIT_PER_SECOND="${GATEWAY_RATE_LIMIT_PER_SECOND:-100000}"
export GATEWAY_RATE_LIMIT_BURST="${GATEWAY_RATE_LIMIT_BURST:-100000}"
exec java -Xmx512m -cp "$classes:$(cat "$classpath")" org.returnops.bench.TracingCost "$PWD"
