package org.returnops.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The road part of the scenario against transport: a convoy per route planned with its vehicles, its manifest
 * built until every cleared person bound for the route's regions is seated, a departure moved, and the journey
 * through the route's crossings in order to the hand-over. A convoy already under way (found by its escort lead)
 * is continued.
 */
final class ConvoyRuns {

    /** A convoy to plan: its route, escort lead (how a rerun finds it) and vehicles. */
    record Plan(String route, String escortLead, List<String> crossings, List<Bus> buses) {
    }

    /** A vehicle: plate, seats, accessible seats, driver and the escort aboard. */
    record Bus(String plate, int seats, int accessible, String driver, String escort) {
    }

    private static final String OPERATOR = ZhibekZholyScenario.OPERATOR;
    private static final Duration SETTLE = Duration.ofSeconds(120);

    private final GatewayClient gateway;
    private final Consumer<String> log;

    ConvoyRuns(GatewayClient gateway, Consumer<String> log) {
        this.gateway = gateway;
        this.log = log;
    }

    UUID planAndManifest(Plan plan, Set<String> travelling) {
        for (JsonNode summary : gateway.get(OPERATOR, "/api/v1/convoys").expectOk("convoys")) {
            if (!"CANCELLED".equals(summary.path("status").asText())) {
                JsonNode convoy = gateway.get(OPERATOR, "/api/v1/convoys/" + summary.get("id").asText())
                        .expectOk("a convoy");
                if (plan.escortLead().equals(convoy.path("escortLead").asText())) {
                    log.accept("   continuing convoy " + convoy.get("id").asText() + " ("
                            + convoy.get("status").asText() + ")");
                    return UUID.fromString(convoy.get("id").asText());
                }
            }
        }
        List<Map<String, Object>> vehicles = new ArrayList<>();
        plan.buses().forEach(bus -> vehicles.add(Map.of("vehicleId", vehicle(bus), "escort", bus.escort())));
        UUID convoyId = UUID.fromString(gateway.post(OPERATOR, "/api/v1/convoys", Map.of("routeCode", plan.route(),
                "plannedDeparture", Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "vehicles", vehicles, "escortLead", plan.escortLead())).expectOk("planning the convoy")
                .get("id").asText());
        // transport learns who is cleared from events: build, then top up until everyone bound this way is seated
        JsonNode built = await(() -> {
            JsonNode manifest = gateway.post(OPERATOR, "/api/v1/convoys/" + convoyId + "/manifest", Map.of())
                    .expectOk("building the manifest");
            Set<String> seated = new HashSet<>();
            manifest.path("manifest").path("vehicles").forEach(v -> v.path("passengers")
                    .forEach(p -> seated.add(p.path("migrantId").asText())));
            return seated.containsAll(travelling) ? manifest : null;
        }, "a manifest seating all " + travelling.size() + " cleared people bound for " + plan.route());
        long elsewhere = 0;
        for (JsonNode left : built.path("leftOver")) {
            if ("DESTINATION_NOT_SERVED".equals(left.path("reason").asText())) {
                elsewhere++;
            }
        }
        log.accept("   convoy " + convoyId + " on " + plan.route() + ": "
                + built.path("manifest").path("passengerCount").asInt() + " seated, " + elsewhere
                + " bound for a region the route does not serve");
        return convoyId;
    }

    /** Moves the departure of a convoy not yet confirmed (once: a rerun finds it moved). */
    void reschedule(UUID convoyId, Duration later, String reason) {
        JsonNode convoy = gateway.get(OPERATOR, "/api/v1/convoys/" + convoyId).expectOk("the convoy");
        if (convoy.path("timeline").toString().contains("RESCHEDULED")
                || !Set.of("PLANNED", "MANIFESTED").contains(convoy.path("status").asText())) {
            return;
        }
        Instant moved = Instant.parse(convoy.path("plannedDeparture").asText()).plus(later);
        JsonNode result = gateway.post(OPERATOR, "/api/v1/convoys/" + convoyId + "/rescheduling",
                Map.of("plannedDeparture", moved.toString(), "reason", reason)).expectOk("moving the departure");
        log.accept("   departure moved to " + moved + ": " + result.path("takenOff").size() + " taken off");
    }

    /**
     * Confirms, boards everyone on the manifest, departs, passes each crossing of the route in order (the last one
     * with a miscount and a recount, by seat numbers, recorded by the border service of the country entered),
     * hands over with a count per person, and closes.
     */
    void journey(UUID convoyId, List<String> crossings, String lastPost) {
        String path = "/api/v1/convoys/" + convoyId;
        String status = gateway.get(OPERATOR, path).expectOk("the convoy").path("status").asText();
        if ("MANIFESTED".equals(status)) {
            gateway.post(OPERATOR, path + "/manifest/confirmation", Map.of()).expectOk("confirming the manifest");
            status = "CONFIRMED";
        }
        if ("CONFIRMED".equals(status) || "BOARDING".equals(status)) {
            List<String> aboard = new ArrayList<>();
            manifest(path).path("vehicles").forEach(v -> v.path("passengers")
                    .forEach(p -> aboard.add(p.get("migrantId").asText())));
            gateway.post(OPERATOR, path + "/boarding", Map.of("boarded", aboard)).expectOk("boarding");
            gateway.post(OPERATOR, path + "/departure", Map.of()).expectOk("departure");
            status = "DEPARTED";
            log.accept("   departed with " + aboard.size() + " aboard");
        }
        if ("DEPARTED".equals(status)) {
            List<Map<String, Object>> bySeat = new ArrayList<>();
            manifest(path).path("vehicles").forEach(v -> {
                List<Integer> seats = new ArrayList<>();
                v.path("passengers").forEach(p -> {
                    if ("BOARDED".equals(p.path("status").asText())) {
                        seats.add(p.path("seat").asInt());
                    }
                });
                bySeat.add(Map.of("vehicleId", v.get("vehicleId").asText(), "seats", seats));
            });
            List<String> passed = new ArrayList<>();
            gateway.get(OPERATOR, path).expectOk("the convoy").path("timeline").forEach(e -> {
                if ("CHECKPOINT".equals(e.path("kind").asText())) {
                    passed.add(e.path("detail").asText());
                }
            });
            for (String crossing : crossings.subList(0, crossings.size() - 1)) {
                if (passed.stream().noneMatch(d -> d.startsWith("passed " + crossing + " "))) {
                    checkpoint(OPERATOR, path, crossing, bySeat);
                }
            }
            String last = crossings.get(crossings.size() - 1);
            int busiest = IntStream.range(0, bySeat.size()).boxed().max(java.util.Comparator.comparingInt(
                    i -> ((List<?>) bySeat.get(i).get("seats")).size())).orElseThrow();
            List<Map<String, Object>> oneShort = new ArrayList<>(bySeat);
            List<?> seats = (List<?>) bySeat.get(busiest).get("seats");
            oneShort.set(busiest, Map.of("vehicleId", bySeat.get(busiest).get("vehicleId"),
                    "seats", seats.subList(1, seats.size())));
            JsonNode mismatch = checkpoint(lastPost, path, last, oneShort);
            log.accept("   " + last + ": " + mismatch.path("mismatches").asInt() + " vehicle one short, "
                    + "missing " + mismatch.path("headcounts").findValues("missing").stream()
                            .mapToInt(JsonNode::size).sum() + " named; recounted");
            checkpoint(lastPost, path, last, bySeat);
            gateway.post(OPERATOR, path + "/arrival", Map.of("receivedBy", "TJ-BORDER", "headcounts", bySeat))
                    .expectOk("arrival");
            status = "ARRIVED";
        }
        if ("ARRIVED".equals(status)) {
            gateway.post(OPERATOR, path + "/closure", Map.of()).expectOk("closing the convoy");
        }
        Set<UUID> aboard = new HashSet<>();
        manifest(path).path("vehicles").forEach(v -> v.path("passengers")
                .forEach(p -> aboard.add(UUID.fromString(p.get("migrantId").asText()))));
        for (UUID migrant : aboard) {
            await(() -> "ARRIVED".equals(gateway.get(OPERATOR, "/api/v1/migrants/" + migrant)
                    .expectOk("a passenger").path("status").asText()) ? migrant : null,
                    migrant + " ARRIVED in the registry");
        }
    }

    private JsonNode manifest(String path) {
        return gateway.get(OPERATOR, path + "/manifest").expectOk("the manifest");
    }

    private UUID vehicle(Bus bus) {
        GatewayClient.Reply reply = gateway.post(OPERATOR, "/api/v1/vehicles", Map.of("plate", bus.plate(),
                "carrier", "Shymkent Avtotrans", "seats", bus.seats(), "accessibleSeats", bus.accessible(),
                "driverName", bus.driver()));
        if (reply.ok()) {
            return UUID.fromString(reply.body().get("id").asText());
        }
        for (JsonNode known : gateway.get(OPERATOR, "/api/v1/vehicles").expectOk("vehicles")) {
            if (bus.plate().equals(known.path("plate").asText())) {
                return UUID.fromString(known.get("id").asText());
            }
        }
        throw new IllegalStateException("vehicle " + bus.plate() + ": " + reply.status() + " " + reply.raw().body());
    }

    private JsonNode checkpoint(String partner, String path, String crossing, List<Map<String, Object>> counts) {
        return gateway.post(partner, path + "/checkpoints", Map.of("crossingCode", crossing,
                "passedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), "headcounts", counts))
                .expectOk("checkpoint " + crossing);
    }

    private <T> T await(Supplier<T> probe, String what) {
        return GatewayClient.awaitValue(probe, what, SETTLE);
    }
}
