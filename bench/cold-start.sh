#!/usr/bin/env bash
# Registrations right after a start, with the connection pools opened at start and on demand (not a test):
# one table, printed. Needs a built tree (./mvnw package -DskipTests); settings BENCH_COLD_RATE (20 a second),
# BENCH_COLD_SECONDS (20) (docs/performance.md).
exec "$(dirname "$0")/own-suite.sh" ColdStart
