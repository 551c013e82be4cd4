#!/usr/bin/env bash
# Starts the whole Return Operation Suite on this machine: PostgreSQL, Kafka and the four services,
# builds what is missing first, prints the Swagger UI address, and stops everything on Ctrl-C.
# Settings are environment variables (see README.md, "Configuration").
#   ./start-suite.sh                everything
#   ./start-suite.sh --stack-only   PostgreSQL and Kafka alone, to run one service with quarkus:dev
set -euo pipefail
cd "$(dirname "$0")"

launcher_jar=local-stack/servers/target/local-stack-1.0.0-SNAPSHOT.jar
launcher_cp=local-stack/servers/target/launcher.classpath

needs_build() {
    [ -f "$launcher_jar" ] && [ -f "$launcher_cp" ] || return 0
    for module in registry-service consular-service transport-service gateway; do
        local app="$module/target/quarkus-app/quarkus-run.jar"
        [ -f "$app" ] || return 0
        [ -z "$(find "$module/src/main" "$module/pom.xml" platform/src/main contracts/src/main messaging/src/main -newer "$app" -print -quit)" ] || return 0
    done
    [ -z "$(find local-stack -path '*/src/main/*' -newer "$launcher_jar" -print -quit)" ] || return 0
    return 1
}

if [ "${SUITE_SKIP_BUILD:-false}" != "true" ] && needs_build; then
    echo "Building the suite (./mvnw package -DskipTests) ..."
    ./mvnw -q -B package -DskipTests
fi

# the launcher only supervises: a small heap, quick start
exec java -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$(cat "$launcher_cp"):$launcher_jar" org.returnops.localstack.SuiteLauncher "$PWD" "$@"
