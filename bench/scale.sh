#!/usr/bin/env bash
# List and search of the registry with 1,000,000 people (not a test): on a suite this command starts itself in
# bench/target/scale-suite (kept, so the load is paid once), one table, printed and written to bench/target/.
# Needs a built tree (./mvnw package -DskipTests); settings: BENCH_SCALE_PEOPLE, BENCH_SCALE_SEEDS,
# BENCH_SCALE_REQUESTS, BENCH_SCALE_CHUNK (docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
classes=bench/runner/target/classes
classpath=bench/runner/target/bench.classpath
if [ ! -f "$classpath" ]; then
    echo "the bench is not built: run ./mvnw package -DskipTests first" >&2
    exit 1
fi
export GATEWAY_RATE_LIMIT_PER_SECOND="${GATEWAY_RATE_LIMIT_PER_SECOND:-100000}"
export GATEWAY_RATE_LIMIT_BURST="${GATEWAY_RATE_LIMIT_BURST:-100000}"
exec java -Xmx512m -cp "$classes:$(cat "$classpath")" org.returnops.bench.RegistryAtScale "$PWD"
