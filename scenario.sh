#!/usr/bin/env bash
# The Zhibek Zholy return, played against a running suite (./start-suite.sh) through its gateway.
# Usage: ./scenario.sh [people, default 183]
# Environment: SCENARIO_GATEWAY (http://localhost:8080), SCENARIO_KAFKA (localhost:9092),
#              SCENARIO_KAFKA_USERNAME / SCENARIO_KAFKA_PASSWORD (the embassy's Kafka login; dev one by default),
#              SCENARIO_SECRET_<CLIENT_ID> (a partner's secret; the dev partners' by default).
set -euo pipefail
cd "$(dirname "$0")"
if [[ ! -f scenario/target/scenario.classpath || ! -d scenario/target/classes ]]; then
    echo "Building the scenario (./mvnw -pl scenario -am package -DskipTests) ..."
    ./mvnw -q -B -pl scenario -am package -DskipTests
fi
exec java -cp "scenario/target/classes:$(cat scenario/target/scenario.classpath)" \
    org.returnops.scenario.ScenarioCommand "$@"
