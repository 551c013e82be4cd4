#!/usr/bin/env bash
# Registry benchmark (not a test): registrations/s at a fixed concurrency, then list/search latency.
# Needs a running suite (./start-suite.sh) and a built tree.
# Usage: bench/registry.sh [people] [in flight] [warm-up s] [queries]; see RegistryBenchmark.java for the environment.
set -euo pipefail
cd "$(dirname "$0")/.."
exec java -cp "$(cat local-stack/servers/target/launcher.classpath)" bench/RegistryBenchmark.java "$@"
