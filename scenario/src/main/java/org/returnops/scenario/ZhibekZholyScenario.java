package org.returnops.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.returnops.contracts.CloudEventCodec;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.Topics;
import org.returnops.contracts.events.ClearanceDecision;
import org.returnops.scenario.Population.Person;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The October 2020 return from the Zhibek Zholy checkpoint, played against a running suite through its
 * gateway (and, for the Tajik embassy's decisions, the inbound Kafka topic): registration in two waves
 * with households and one likely duplicate; PCR tests; every authority deciding with its own token, the
 * Uzbek border service denying one person; certificates of return for those without a valid passport;
 * a convoy of four buses and an accessible minibus manifested, boarded, counted at both crossings (one
 * recount), arrived in Khujand and handed over. Safe to run again on the same data: what exists is
 * found and reused, what is decided stays decided, a convoy already under way is continued.
 */
public final class ZhibekZholyScenario {

    public static final String OPERATOR = "operator";
    public static final String OBSERVER = "observer";
    private static final String SITE = "KZ-ZHIBEK-ZHOLY";
    private static final String ROUTE = "KZ-UZ-TJ-KHUJAND";
    private static final String ESCORT_LEAD = "IOM escort team, Zhibek Zholy return";
    private static final Duration SETTLE = Duration.ofSeconds(120);
    /** Which partner decides each authority's clearances (the dev partners; production ones by secret). */
    private static final Map<String, String> DECIDERS = Map.of("KZ-MIGRATION", "kz-migration",
            "UZ-BORDER", "uz-border", "TJ-EMBASSY-KZ", "tj-embassy", "TJ-BORDER", "tj-border");

    private final GatewayClient gateway;
    private final Map<String, Object> embassyKafka;
    private final Population population;
    private final Consumer<String> log;
    private final LocalDate today = LocalDate.now();
    private final Map<Integer, UUID> ids = new ConcurrentHashMap<>();
    private final Map<String, Duration> stages = new LinkedHashMap<>();
    private UUID denied;
    private UUID mergedAway;

    /**
     * @param embassyKafka the Kafka client settings of the Tajik embassy's own system: the bootstrap servers
     *                     and its SASL SCRAM-SHA-512 login
     */
    public ZhibekZholyScenario(GatewayClient gateway, Map<String, Object> embassyKafka, int size, Consumer<String> log) {
        this.gateway = gateway;
        this.embassyKafka = Map.copyOf(embassyKafka);
        this.population = Population.of(size, today);
        this.log = log;
    }

    /** What the run ended with. */
    public record Outcome(Map<Integer, UUID> people, UUID deniedPerson, UUID mergedAwayRecord, UUID convoyId,
            JsonNode convoy, JsonNode statistics, Map<String, Duration> stages) {
    }

    public Outcome run() {
        stage("registration, first wave", () -> register(population.people().subList(0, population.firstWave())));
        stage("registration, the group grows", () -> register(population.people()
                .subList(population.firstWave(), population.people().size())));
        stage("households and the likely duplicate", () -> {
            households();
            duplicate();
        });
        stage("clearances", this::clearances);
        UUID[] convoy = new UUID[1];
        stage("convoy planned and manifested", () -> convoy[0] = planAndManifest());
        stage("journey to Khujand", () -> journey(convoy[0]));
        JsonNode statistics = gateway.get(OBSERVER, "/api/v1/statistics").expectOk("statistics");
        JsonNode finalConvoy = gateway.get(OPERATOR, "/api/v1/convoys/" + convoy[0]).expectOk("the convoy");
        return new Outcome(Map.copyOf(ids), denied, mergedAway, convoy[0], finalConvoy, statistics,
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stages)));
    }

    private void stage(String name, Runnable step) {
        log.accept("== " + name);
        long started = System.nanoTime();
        step.run();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        stages.put(name, took);
        log.accept(String.format(java.util.Locale.ROOT, "   %s: %.1f s", name, took.toMillis() / 1000.0));
    }

    // ---------------------------------------------------------------- registry

    private void register(List<Person> people) {
        people.parallelStream().forEach(person -> ids.put(person.number(), registerOne(registration(person))));
        log.accept("   " + people.size() + " registered (" + ids.size() + " so far)");
    }

    private Map<String, Object> registration(Person person) {
        Map<String, Object> body = new HashMap<>();
        body.put("siteCode", SITE);
        body.put("nameLatin", Map.of("family", person.family(), "given", person.given()));
        body.put("nameCyrillic", Map.of("family", person.familyCyrillic(), "given", person.givenCyrillic()));
        body.put("sex", person.sex());
        body.put("dateOfBirth", person.born().toString());
        body.put("nationality", "TJK");
        body.put("destinationRegion", person.destinationRegion());
        body.put("documents", List.of(person.document(today)));
        body.put("vulnerabilities", person.vulnerabilities());
        body.put("seatNeeds", person.seatNeeds());
        body.put("consent", Map.of("givenAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                "takenBy", "IOM caseworker D. Omarova", "language", "tg"));
        return body;
    }

    /** The person's id: new, or the one already holding the document (a rerun). */
    private UUID registerOne(Map<String, Object> body) {
        GatewayClient.Reply reply = gateway.post(OPERATOR, "/api/v1/migrants", body);
        if (reply.status() == 409 && reply.body() != null && reply.body().hasNonNull("existingId")) {
            return UUID.fromString(reply.body().get("existingId").asText());
        }
        return UUID.fromString(reply.expectOk("registering " + body.get("nameLatin")).get("id").asText());
    }

    private void households() {
        Map<Integer, List<Person>> byHousehold = population.people().stream()
                .collect(Collectors.groupingBy(Person::household, LinkedHashMap::new, Collectors.toList()));
        int formed = 0;
        for (List<Person> members : byHousehold.values()) {
            if (members.size() < 2) {
                continue;
            }
            UUID head = ids.get(members.get(0).number());
            Map<String, Object> household = Map.of("headId", head,
                    "memberIds", members.subList(1, members.size()).stream().map(p -> ids.get(p.number())).toList());
            GatewayClient.Reply reply = gateway.post(OPERATOR, "/api/v1/households", household);
            for (int attempt = 1; attempt < 5 && isConcurrentChange(reply); attempt++) {
                reply = gateway.post(OPERATOR, "/api/v1/households", household);
            }
            if (reply.status() == 409 && reply.body() != null && reply.body().hasNonNull("existingId")) {
                continue; // formed by an earlier run: its members are in it already
            }
            reply.expectOk("household of " + members.get(0).family());
            formed++;
        }
        log.accept("   " + formed + " households formed");
    }

    /** A 409 because the record changed meanwhile (the registry following an event): safe to send again. */
    private static boolean isConcurrentChange(GatewayClient.Reply reply) {
        return reply.status() == 409 && reply.body() != null
                && reply.body().path("type").asText().endsWith(":concurrent-change");
    }

    /** The same man registered again under the Cyrillic spelling with his national id: flagged, then merged. */
    private void duplicate() {
        Person person = population.duplicated();
        UUID original = ids.get(person.number());
        Map<String, Object> body = registration(person);
        body.remove("nameLatin");
        body.put("documents", List.of(Map.of("type", "NATIONAL_ID", "number", "A" + (5550000 + person.number()),
                "issuingState", "TJK")));
        UUID registered = registerOne(body);
        if (registered.equals(original)) {
            log.accept("   likely duplicate merged by an earlier run (its national id is on the kept record)");
            return;
        }
        mergedAway = registered;
        JsonNode flags = awaitValue(() -> {
            JsonNode open = gateway.get(OPERATOR, "/api/v1/duplicates?status=OPEN").expectOk("duplicates");
            for (JsonNode flag : open) {
                if (Set.of(flag.path("migrant").path("id").asText(), flag.path("candidate").path("id").asText())
                        .equals(Set.of(original.toString(), mergedAway.toString()))) {
                    return flag;
                }
            }
            String status = gateway.get(OPERATOR, "/api/v1/migrants/" + mergedAway).expectOk("the duplicate")
                    .path("status").asText();
            return "WITHDRAWN".equals(status) ? GatewayClient.JSON.nullNode() : null;
        }, "the likely duplicate of " + person.family() + " flagged");
        if (!flags.isNull()) {
            gateway.post(OPERATOR, "/api/v1/duplicates/" + flags.get("id").asText() + "/resolution",
                    Map.of("decision", "MERGE", "keep", original)).expectOk("merging the duplicate");
            log.accept("   likely duplicate " + person.familyCyrillic() + " " + person.givenCyrillic()
                    + " merged into " + person.family() + " " + person.given());
        }
    }

    // ---------------------------------------------------------------- consular

    private void clearances() {
        List<UUID> travelling = population.people().stream().map(p -> ids.get(p.number())).toList();
        Person deniedPerson = population.people().stream()
                .filter(p -> population.people().stream().filter(o -> o.household() == p.household()).count() == 1)
                .filter(p -> p.adult(today) && p.passportValid() && p != population.duplicated())
                .reduce((first, second) -> second).orElseThrow();
        denied = ids.get(deniedPerson.number());
        for (UUID migrant : travelling) {
            awaitValue(() -> {
                GatewayClient.Reply reply = gateway.get(OPERATOR, "/api/v1/clearance-cases/" + migrant);
                return reply.ok() ? reply.body() : null;
            }, "the clearance case of " + migrant);
        }
        Instant tested = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        travelling.parallelStream().forEach(migrant -> {
            JsonNode clearanceCase = gateway.get(OPERATOR, "/api/v1/clearance-cases/" + migrant).expectOk("case");
            if ("OPEN".equals(clearanceCase.path("status").asText())) {
                gateway.post(OPERATOR, "/api/v1/clearance-cases/" + migrant + "/pcr-tests",
                        Map.of("takenAt", tested.toString(), "result", "NEGATIVE")).expectOk("PCR test of " + migrant);
            }
        });
        int certificates = 0;
        for (Person person : population.people()) {
            if (!person.passportValid() || !person.adult(today)) {
                UUID migrant = ids.get(person.number());
                GatewayClient.Reply reply = gateway.post(DECIDERS.get("TJ-EMBASSY-KZ"), "/api/v1/clearance-cases/"
                        + migrant + "/travel-documents", Map.of("number", "TJ-COR-2020-" + (1000 + person.number()),
                        "issuedBy", "Consul of Tajikistan in Almaty"));
                if (reply.ok()) {
                    certificates++;
                } else if (reply.status() != 409) {
                    reply.expectOk("certificate of return for " + migrant);
                }
            }
        }
        log.accept("   " + certificates + " certificates of return issued");
        Set<String> scenarioPeople = travelling.stream().map(UUID::toString).collect(Collectors.toSet());
        decideOverRest("KZ-MIGRATION", scenarioPeople);
        decideOverRest("UZ-BORDER", scenarioPeople);
        decideOverRest("TJ-BORDER", scenarioPeople);
        decideOverKafka(scenarioPeople);
        for (UUID migrant : travelling) {
            awaitValue(() -> {
                String status = gateway.get(OPERATOR, "/api/v1/clearance-cases/" + migrant).expectOk("case")
                        .path("status").asText();
                return Set.of("CLEARED", "DENIED", "CLOSED").contains(status) ? status : null;
            }, "a decided case for " + migrant);
        }
    }

    private List<JsonNode> queue(String authority, Set<String> scenarioPeople) {
        List<JsonNode> entries = new ArrayList<>();
        gateway.get(DECIDERS.get(authority), "/api/v1/authorities/" + authority + "/queue")
                .expectOk(authority + "'s queue")
                .forEach(entry -> {
                    if (scenarioPeople.contains(entry.path("migrantId").asText())) {
                        entries.add(entry);
                    }
                });
        return entries;
    }

    private void decideOverRest(String authority, Set<String> scenarioPeople) {
        List<JsonNode> entries = queue(authority, scenarioPeople);
        entries.parallelStream().forEach(entry -> {
            boolean deny = "UZ-BORDER".equals(authority) && entry.path("migrantId").asText().equals(denied.toString());
            Map<String, Object> decision = deny
                    ? Map.of("outcome", "DENIED", "reason", "entry ban on record at the Gisht Kuprik post")
                    : Map.of("outcome", "GRANTED", "referenceNumber", authority + "-" + entry.get("id").asText()
                            .substring(0, 8).toUpperCase(java.util.Locale.ROOT));
            GatewayClient.Reply reply = gateway.post(DECIDERS.get(authority), "/api/v1/clearances/"
                    + entry.get("id").asText() + "/decision", decision);
            if (reply.status() != 409) {
                reply.expectOk(authority + " deciding " + entry.get("id").asText());
            }
        });
        log.accept("   " + authority + " decided " + entries.size() + " over the API");
    }

    /**
     * The Tajik embassy's own system answers on its own decisions topic, logged in as itself, one decision id
     * per clearance.
     */
    private void decideOverKafka(Set<String> scenarioPeople) {
        List<JsonNode> entries = queue("TJ-EMBASSY-KZ", scenarioPeople);
        Properties config = new Properties();
        config.putAll(embassyKafka);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            for (JsonNode entry : entries) {
                UUID clearanceId = UUID.fromString(entry.get("id").asText());
                ClearanceDecision decision = new ClearanceDecision(
                        UUID.nameUUIDFromBytes(("tj-embassy:" + clearanceId).getBytes(StandardCharsets.UTF_8)),
                        clearanceId, "TJ-EMBASSY-KZ", "GRANTED", null,
                        "TJ-NAT-" + clearanceId.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT), null,
                        "Embassy of Tajikistan, consular section", Instant.now());
                EventEnvelope envelope = CloudEventCodec.envelope(decision, "urn:return-ops:tj-embassy-kz",
                        entry.get("migrantId").asText(), null);
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.decisions("TJ-EMBASSY-KZ"),
                        clearanceId.toString(), CloudEventCodec.encode(envelope));
                record.headers().add("content-type", CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
            producer.flush();
        }
        log.accept("   TJ-EMBASSY-KZ decided " + entries.size() + " over Kafka (" + Topics.decisions("TJ-EMBASSY-KZ")
                + ")");
    }

    // ---------------------------------------------------------------- transport

    private UUID planAndManifest() {
        JsonNode existing = null;
        for (JsonNode summary : gateway.get(OPERATOR, "/api/v1/convoys").expectOk("convoys")) {
            if (!"CANCELLED".equals(summary.path("status").asText())) {
                JsonNode convoy = gateway.get(OPERATOR, "/api/v1/convoys/" + summary.get("id").asText())
                        .expectOk("a convoy");
                if (ESCORT_LEAD.equals(convoy.path("escortLead").asText())) {
                    existing = convoy;
                }
            }
        }
        if (existing != null) {
            log.accept("   continuing convoy " + existing.get("id").asText() + " (" + existing.get("status").asText() + ")");
            return UUID.fromString(existing.get("id").asText());
        }
        List<Map<String, Object>> vehicles = new ArrayList<>();
        IntStream.rangeClosed(1, 4).forEach(bus -> vehicles.add(Map.of("vehicleId",
                vehicle("KZ " + (100 + bus) + " ZZ 13", "Shymkent Avtotrans", 45, 0, "Serik Abenov " + bus),
                "escort", "IOM escort " + bus)));
        vehicles.add(Map.of("vehicleId", vehicle("KZ 777 ZZ 13", "Shymkent Avtotrans", 16, 4, "Aidos Nurlanov"),
                "escort", "IOM nurse G. Sadykova"));
        Set<String> travelling = ids.values().stream().filter(id -> !id.equals(denied)).map(UUID::toString)
                .collect(Collectors.toSet());
        UUID convoyId = UUID.fromString(gateway.post(OPERATOR, "/api/v1/convoys", Map.of("routeCode", ROUTE,
                "plannedDeparture", Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "vehicles", vehicles, "escortLead", ESCORT_LEAD)).expectOk("planning the convoy").get("id").asText());
        // transport learns who is cleared from events: build, then top up until everyone of the group is seated
        JsonNode built = awaitValue(() -> {
            JsonNode manifest = gateway.post(OPERATOR, "/api/v1/convoys/" + convoyId + "/manifest", Map.of())
                    .expectOk("building the manifest");
            Set<String> seated = new java.util.HashSet<>();
            manifest.path("manifest").path("vehicles").forEach(v -> v.path("passengers")
                    .forEach(p -> seated.add(p.path("migrantId").asText())));
            return seated.containsAll(travelling) ? manifest : null;
        }, "a manifest seating all " + travelling.size() + " cleared people of the group");
        log.accept("   convoy " + convoyId + ": " + built.path("manifest").path("passengerCount").asInt()
                + " seated, " + built.path("leftOver").size() + " left in the pool");
        return convoyId;
    }

    private UUID vehicle(String plate, String carrier, int seats, int accessible, String driver) {
        GatewayClient.Reply reply = gateway.post(OPERATOR, "/api/v1/vehicles", Map.of("plate", plate, "carrier", carrier,
                "seats", seats, "accessibleSeats", accessible, "driverName", driver));
        if (reply.ok()) {
            return UUID.fromString(reply.body().get("id").asText());
        }
        for (JsonNode known : gateway.get(OPERATOR, "/api/v1/vehicles").expectOk("vehicles")) {
            if (plate.equals(known.path("plate").asText())) {
                return UUID.fromString(known.get("id").asText());
            }
        }
        throw new IllegalStateException("vehicle " + plate + ": " + reply.status() + " " + reply.raw().body());
    }

    private void journey(UUID convoyId) {
        String path = "/api/v1/convoys/" + convoyId;
        String status = gateway.get(OPERATOR, path).expectOk("the convoy").path("status").asText();
        if ("MANIFESTED".equals(status)) {
            gateway.post(OPERATOR, path + "/manifest/confirmation", Map.of()).expectOk("confirming the manifest");
            status = "CONFIRMED";
        }
        JsonNode manifest = gateway.get(OPERATOR, path + "/manifest").expectOk("the manifest");
        if ("CONFIRMED".equals(status) || "BOARDING".equals(status)) {
            List<String> aboard = new ArrayList<>();
            manifest.path("vehicles").forEach(v -> v.path("passengers").forEach(p -> aboard.add(p.get("migrantId").asText())));
            gateway.post(OPERATOR, path + "/boarding", Map.of("boarded", aboard)).expectOk("boarding");
            gateway.post(OPERATOR, path + "/departure", Map.of()).expectOk("departure");
            status = "DEPARTED";
            log.accept("   departed with " + aboard.size() + " aboard");
        }
        if ("DEPARTED".equals(status)) {
            JsonNode convoy = gateway.get(OPERATOR, path).expectOk("the convoy");
            List<Map<String, Object>> counts = new ArrayList<>();
            convoy.path("vehicles").forEach(v -> counts.add(Map.of("vehicleId", v.get("vehicleId").asText(),
                    "counted", v.path("boarded").asInt())));
            checkpoint(path, "KZ-UZ-ZHIBEK-ZHOLY", counts);
            List<Map<String, Object>> miscounted = new ArrayList<>(counts);
            int busiest = IntStream.range(0, counts.size()).boxed()
                    .max(java.util.Comparator.comparingInt(i -> (int) counts.get(i).get("counted"))).orElseThrow();
            Map<String, Object> recounted = miscounted.get(busiest);
            miscounted.set(busiest, Map.of("vehicleId", recounted.get("vehicleId"),
                    "counted", (int) recounted.get("counted") - 1));
            JsonNode mismatch = checkpoint(path, "UZ-TJ-OYBEK", miscounted);
            log.accept("   Oybek/Fotehobod: " + mismatch.path("mismatches").asInt() + " vehicle miscounted, recounted");
            checkpoint(path, "UZ-TJ-OYBEK", counts);
            gateway.post(OPERATOR, path + "/arrival", Map.of("receivedBy", "TJ-BORDER")).expectOk("arrival");
            status = "ARRIVED";
        }
        if ("ARRIVED".equals(status)) {
            gateway.post(OPERATOR, path + "/closure", Map.of()).expectOk("closing the convoy");
        }
        Set<UUID> aboard = new java.util.HashSet<>();
        gateway.get(OPERATOR, path + "/manifest").expectOk("the manifest").path("vehicles")
                .forEach(v -> v.path("passengers").forEach(p -> aboard.add(UUID.fromString(p.get("migrantId").asText()))));
        for (UUID migrant : aboard) {
            awaitValue(() -> "ARRIVED".equals(gateway.get(OPERATOR, "/api/v1/migrants/" + migrant)
                    .expectOk("a passenger").path("status").asText()) ? migrant : null, migrant + " ARRIVED in the registry");
        }
    }

    private JsonNode checkpoint(String path, String crossing, List<Map<String, Object>> counts) {
        return gateway.post(OPERATOR, path + "/checkpoints", Map.of("crossingCode", crossing,
                "passedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), "headcounts", counts))
                .expectOk("checkpoint " + crossing);
    }

    private <T> T awaitValue(Supplier<T> probe, String what) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (System.nanoTime() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            GatewayClient.pause(Duration.ofMillis(250));
        }
        throw new IllegalStateException("waited " + SETTLE.toSeconds() + " s for " + what);
    }
}
