#!/usr/bin/env bash
# What tracing costs (not a test): registrations through the gateway with tracing off, then on, each on a suite
# this command starts itself in bench/target/tracing-suite on free ports; one table, printed and written to
# bench/target/. Needs a built tree (./mvnw package -DskipTests); settings are environment variables
# (docs/performance.md), e.g. BENCH_WARMUP_SECONDS, BENCH_SECONDS, BENCH_TRACING_ROUNDS.
exec "$(dirname "$0")/own-suite.sh" TracingCost
