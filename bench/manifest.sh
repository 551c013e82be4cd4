#!/usr/bin/env bash
# Manifest benchmark (not a test): packs P eligible people into V vehicles with the transport service's
# ManifestPacker, R times after W warm-up runs, and prints p50/max. Needs only a built transport-service
# (./mvnw -pl transport-service -am package -DskipTests, or any build that compiled it); no suite running.
# Usage: bench/manifest.sh [people] [vehicles] [runs] [warm-up]   (defaults 10000 250 20 5)
set -euo pipefail
cd "$(dirname "$0")/.."
classes=transport-service/target/classes
if [ ! -f "$classes/org/returnops/transport/manifest/ManifestPacker.class" ]; then
    echo "transport-service is not built: run ./mvnw -pl transport-service -am package -DskipTests first" >&2
    exit 1
fi
exec java -Xmx512m -cp "$classes" bench/ManifestBenchmark.java "$@"
