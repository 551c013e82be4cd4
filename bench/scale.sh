#!/usr/bin/env bash
# List and search of the registry with 1,000,000 people (not a test): on a suite this command starts itself in
# bench/target/scale-suite (kept, so the load is paid once), one table, printed and written to bench/target/.
# Needs a built tree (./mvnw package -DskipTests); settings: BENCH_SCALE_PEOPLE, BENCH_SCALE_SEEDS,
# BENCH_SCALE_REQUESTS, BENCH_SCALE_CHUNK (docs/performance.md).
exec "$(dirname "$0")/own-suite.sh" RegistryAtScale
