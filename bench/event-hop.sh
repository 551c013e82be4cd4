#!/usr/bin/env bash
# Event hop latency benchmark (not a test): registry commit -> consular case, at a fixed rate.
# Needs a running suite (./start-suite.sh) and a built tree. Usage: bench/event-hop.sh [rate/s] [seconds] [warm-up s]
set -euo pipefail
cd "$(dirname "$0")/.."
exec java -cp "$(cat local-stack/servers/target/launcher.classpath)" bench/EventHopBenchmark.java "$@"
