#!/usr/bin/env bash
# The scale model's bench (not a test): the full flow through the gateway with 1 and then with 2 instances of
# each service, each suite started by this script on free ports in bench/target/replicas-<n> and stopped after;
# prints people per second and people per second per core for each. Needs a built tree
# (./mvnw package -DskipTests) and no suite of its own running. Settings: BENCH_CONCURRENCY (8),
# BENCH_WARMUP_SECONDS (30), BENCH_SECONDS (30); docs/performance.md.
exec "$(dirname "$0")/own-suite.sh" ReplicaBench
