package org.returnops.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./scenario.sh [people]}: plays the Zhibek Zholy return against a running suite and prints a short
 * report. Environment: {@code SCENARIO_GATEWAY} (default http://localhost:8080), {@code SCENARIO_KAFKA}
 * (default localhost:9092), {@code SCENARIO_KAFKA_USERNAME} / {@code SCENARIO_KAFKA_PASSWORD} (the Tajik
 * embassy's Kafka principal; default the dev {@code tj-embassy} / {@code tj-embassy-dev-password}),
 * {@code SCENARIO_KAFKA_SECURITY_PROTOCOL} (default SASL_PLAINTEXT), {@code SCENARIO_SECRET_<CLIENT_ID>} (a
 * partner's secret; default the dev partners' {@code <client id>-dev-secret}).
 */
public final class ScenarioCommand {

    private ScenarioCommand() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 183;
        Map<String, String> env = System.getenv();
        URI gateway = URI.create(env.getOrDefault("SCENARIO_GATEWAY", "http://localhost:8080"));
        String kafka = env.getOrDefault("SCENARIO_KAFKA", "localhost:9092");
        GatewayClient client = new GatewayClient(gateway, partner -> env.getOrDefault(
                "SCENARIO_SECRET_" + partner.toUpperCase(Locale.ROOT).replace('-', '_'), partner + "-dev-secret"));
        System.out.println("Zhibek Zholy return: " + size + " people, through " + gateway + " (Kafka " + kafka + ")");
        Map<String, Object> embassy = Map.of("bootstrap.servers", kafka, "security.protocol",
                env.getOrDefault("SCENARIO_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT"), "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                        + env.getOrDefault("SCENARIO_KAFKA_USERNAME", "tj-embassy") + "\" password=\""
                        + env.getOrDefault("SCENARIO_KAFKA_PASSWORD", "tj-embassy-dev-password") + "\";");
        ZhibekZholyScenario.Outcome outcome = new ZhibekZholyScenario(client, embassy, size, System.out::println).run();
        System.out.println(report(outcome));
    }

    /** Counts per status, each convoy's timeline and the time of each stage. */
    public static String report(ZhibekZholyScenario.Outcome outcome) {
        StringBuilder report = new StringBuilder("\n== Report\nPeople by status (registry, as the observer sees it):\n");
        outcome.statistics().path("byStatus").fields().forEachRemaining(e ->
                report.append(String.format(Locale.ROOT, "  %-18s %4d%n", e.getKey(), e.getValue().asLong())));
        for (JsonNode convoy : java.util.List.of(outcome.convoy(), outcome.secondConvoy())) {
            report.append(String.format(Locale.ROOT, "Convoy %s, %s, %s: %d passengers, %d boarded, received by %s%n",
                    convoy.path("id").asText(), convoy.path("routeCode").asText(), convoy.path("status").asText(),
                    convoy.path("passengerCount").asInt(), convoy.path("boardedCount").asInt(),
                    convoy.path("receivedBy").asText()));
            for (JsonNode entry : convoy.path("timeline")) {
                report.append(String.format(Locale.ROOT, "  %s  %-20s %s%n", entry.path("at").asText(),
                        entry.path("kind").asText(), entry.path("detail").asText()));
            }
        }
        report.append("Time per stage:\n");
        Duration total = Duration.ZERO;
        for (Map.Entry<String, Duration> stage : outcome.stages().entrySet()) {
            report.append(String.format(Locale.ROOT, "  %-38s %7.1f s%n", stage.getKey(), stage.getValue().toMillis() / 1000.0));
            total = total.plus(stage.getValue());
        }
        report.append(String.format(Locale.ROOT, "  %-38s %7.1f s%n", "total", total.toMillis() / 1000.0));
        return report.toString();
    }
}
