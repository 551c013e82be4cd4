package org.returnops.scenario.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.returnops.scenario.GatewayClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * What the pages are tested on, made through the API as the partners would: people registered, tested,
 * cleared by every authority, seated on a convoy that has departed; and one more person still waiting
 * in every authority's queue.
 */
final class DepartedConvoy {

    static final String ROUTE = "KZ-UZ-TJ-KHUJAND";
    static final Map<String, String> DECIDERS = Map.of("KZ-MIGRATION", "kz-migration",
            "UZ-BORDER", "uz-border", "TJ-EMBASSY-KZ", "tj-embassy", "TJ-BORDER", "tj-border");
    private static final Duration SETTLE = Duration.ofSeconds(90);
    private static final String[][] PEOPLE = {{"Rakhimov", "Farrukh", "M"}, {"Saidova", "Malika", "F"},
            {"Nazarov", "Jamshed", "M"}, {"Karimova", "Zarina", "F"}, {"Sharipov", "Davron", "M"}};

    final UUID convoyId;
    final UUID waiting;

    private DepartedConvoy(UUID convoyId, UUID waiting) {
        this.convoyId = convoyId;
        this.waiting = waiting;
    }

    static DepartedConvoy make(GatewayClient api) {
        List<UUID> travelling = new ArrayList<>();
        for (int i = 0; i < PEOPLE.length; i++) {
            travelling.add(register(api, PEOPLE[i], i));
        }
        UUID waiting = register(api, new String[] {"Boboev", "Sino", "M"}, PEOPLE.length);
        Instant tested = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        for (UUID migrant : travelling) {
            await().atMost(SETTLE).until(() -> api.get("operator", "/api/v1/clearance-cases/" + migrant).ok());
            api.post("operator", "/api/v1/clearance-cases/" + migrant + "/pcr-tests",
                    Map.of("takenAt", tested.toString(), "result", "NEGATIVE")).expectOk("PCR test");
        }
        Set<String> ours = new HashSet<>();
        travelling.forEach(id -> ours.add(id.toString()));
        DECIDERS.forEach((authority, partner) -> {
            List<JsonNode> entries = new ArrayList<>();
            await().atMost(SETTLE).until(() -> {
                entries.clear();
                api.get(partner, "/api/v1/authorities/" + authority + "/queue").expectOk("queue")
                        .forEach(e -> {
                            if (ours.contains(e.path("migrantId").asText())) {
                                entries.add(e);
                            }
                        });
                return entries.size() >= travelling.size();
            });
            entries.forEach(e -> api.post(partner, "/api/v1/clearances/" + e.get("id").asText() + "/decision",
                    Map.of("outcome", "GRANTED", "referenceNumber", authority + "-" + e.get("id").asText()
                            .substring(0, 8))).expectOk(authority + " granting"));
        });
        for (UUID migrant : travelling) {
            await().atMost(SETTLE).until(() -> "CLEARED".equals(api.get("operator", "/api/v1/clearance-cases/" + migrant)
                    .expectOk("case").path("status").asText()));
        }
        UUID bus = vehicle(api, "KZ 501 WB 13", 3);
        UUID minibus = vehicle(api, "KZ 502 WB 13", 16);
        String path = "/api/v1/convoys/";
        UUID convoy = UUID.fromString(api.post("operator", "/api/v1/convoys", Map.of("routeCode", ROUTE,
                "plannedDeparture", Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "vehicles", List.of(Map.of("vehicleId", bus, "escort", "IOM escort 1"),
                        Map.of("vehicleId", minibus, "escort", "IOM escort 2")),
                "escortLead", "IOM escort team, browser tests")).expectOk("planning").get("id").asText());
        await().atMost(SETTLE).until(() -> {
            JsonNode built = api.post("operator", path + convoy + "/manifest", Map.of()).expectOk("manifest");
            return built.path("manifest").path("passengerCount").asInt() >= travelling.size();
        });
        api.post("operator", path + convoy + "/manifest/confirmation", Map.of()).expectOk("confirmation");
        List<String> aboard = travelling.stream().map(UUID::toString).toList();
        api.post("operator", path + convoy + "/boarding", Map.of("boarded", aboard)).expectOk("boarding");
        api.post("operator", path + convoy + "/departure", Map.of()).expectOk("departure");
        return new DepartedConvoy(convoy, waiting);
    }

    private static UUID register(GatewayClient api, String[] person, int n) {
        return UUID.fromString(api.post("operator", "/api/v1/migrants", Map.of(
                "siteCode", "KZ-ZHIBEK-ZHOLY",
                "nameLatin", Map.of("family", person[0], "given", person[1]),
                "sex", person[2], "dateOfBirth", LocalDate.of(1980 + n, 3, 1 + n).toString(), "nationality", "TJK",
                "destinationRegion", "Sughd",
                "documents", List.of(Map.of("type", "PASSPORT", "number", "40" + (3030000 + n), "issuingState", "TJK",
                        "expiresOn", LocalDate.now().plusYears(3).toString())),
                "consent", Map.of("givenAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                        "takenBy", "IOM caseworker", "language", "tg")))
                .expectOk("registering " + person[0]).get("id").asText());
    }

    private static UUID vehicle(GatewayClient api, String plate, int seats) {
        return UUID.fromString(api.post("operator", "/api/v1/vehicles", Map.of("plate", plate, "carrier",
                "Shymkent Avtotrans", "seats", seats, "accessibleSeats", 0, "driverName", "Serik Abenov"))
                .expectOk("vehicle " + plate).get("id").asText());
    }
}
