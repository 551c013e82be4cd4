package org.returnops.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.returnops.scenario.Population.Person;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The October 2020 return from the Zhibek Zholy checkpoint, played against a running suite through its
 * gateway (and, for the Tajik embassy's decisions, the inbound Kafka topic): registration in two waves
 * with households and one likely duplicate; PCR tests; every authority deciding with its own token, the
 * Uzbek border service denying one person; certificates of return for those without a valid passport;
 * two convoys, each seating only those bound for the regions its route serves: four buses and an accessible
 * minibus to Khujand (Sughd) through Oybek, three buses and a minibus to Dushanbe through Sariosiyo/Tursunzoda
 * with its departure moved once; each boarded, counted at its crossings in order (one recount by seat numbers),
 * counted again at the hand-over, arrived and handed over. Safe to run again on the same data: what exists is
 * found and reused, what is decided stays decided, a convoy already under way is continued.
 */
public final class ZhibekZholyScenario {

    public static final String OPERATOR = "operator";
    public static final String OBSERVER = "observer";
    private static final String SITE = "KZ-ZHIBEK-ZHOLY";
    private static final ConvoyRuns.Plan TO_KHUJAND = new ConvoyRuns.Plan("KZ-UZ-TJ-KHUJAND",
            "IOM escort team, Zhibek Zholy return", List.of("KZ-UZ-ZHIBEK-ZHOLY", "UZ-TJ-OYBEK"), List.of(
                    bus(1), bus(2), bus(3), bus(4),
                    new ConvoyRuns.Bus("KZ 777 ZZ 13", 16, 4, "Aidos Nurlanov", "IOM nurse G. Sadykova")));
    private static final ConvoyRuns.Plan TO_DUSHANBE = new ConvoyRuns.Plan("KZ-UZ-TJ-DUSHANBE",
            "IOM escort team, Zhibek Zholy return via Sariosiyo", List.of("KZ-UZ-ZHIBEK-ZHOLY", "UZ-TJ-SARIOSIYO"),
            List.of(bus(5), bus(6), bus(7),
                    new ConvoyRuns.Bus("KZ 778 ZZ 13", 16, 4, "Marat Seitkali", "IOM nurse L. Rahimova")));
    /** The regions each convoy's route serves (the transport service's seeded corridors). */
    private static final Set<String> SUGHD = Set.of("Sughd");
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

    /**
     * What the run ended with: the convoy to Khujand ({@code convoyId}) took those bound for Sughd, the second
     * convoy, via Sariosiyo/Tursunzoda with its departure moved once, those bound for Dushanbe, Khatlon and the
     * Districts of Republican Subordination.
     */
    public record Outcome(Map<Integer, UUID> people, UUID deniedPerson, UUID mergedAwayRecord, UUID convoyId,
            JsonNode convoy, UUID secondConvoyId, JsonNode secondConvoy, JsonNode statistics,
            Map<String, Duration> stages) {
    }

    private static ConvoyRuns.Bus bus(int number) {
        return new ConvoyRuns.Bus("KZ " + (100 + number) + " ZZ 13", 45, 0, "Serik Abenov " + number,
                "IOM escort " + number);
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
        ConvoyRuns convoys = new ConvoyRuns(gateway, log);
        UUID[] convoy = new UUID[2];
        stage("convoys planned and manifested", () -> {
            convoy[0] = convoys.planAndManifest(TO_KHUJAND, travelling(true));
            convoy[1] = convoys.planAndManifest(TO_DUSHANBE, travelling(false));
        });
        stage("the departure via Sariosiyo moved", () -> convoys.reschedule(convoy[1], Duration.ofHours(2),
                "the Sariosiyo post opens two hours later"));
        stage("journey to Khujand", () -> convoys.journey(convoy[0], TO_KHUJAND.crossings(), "tj-border"));
        stage("journey to Dushanbe", () -> convoys.journey(convoy[1], TO_DUSHANBE.crossings(), "tj-border"));
        JsonNode statistics = gateway.get(OBSERVER, "/api/v1/statistics").expectOk("statistics");
        JsonNode finalConvoy = gateway.get(OPERATOR, "/api/v1/convoys/" + convoy[0]).expectOk("the convoy");
        JsonNode secondConvoy = gateway.get(OPERATOR, "/api/v1/convoys/" + convoy[1]).expectOk("the second convoy");
        return new Outcome(Map.copyOf(ids), denied, mergedAway, convoy[0], finalConvoy, convoy[1], secondConvoy,
                statistics,
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stages)));
    }

    /** The cleared people of the group bound for Sughd (or for anywhere else), as ids. */
    private Set<String> travelling(boolean sughd) {
        return population.people().stream().filter(p -> SUGHD.contains(p.destinationRegion()) == sughd)
                .map(p -> ids.get(p.number())).filter(id -> !id.equals(denied)).map(UUID::toString)
                .collect(Collectors.toSet());
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
            GatewayClient.Reply reply = postAgainOnConcurrentChange("/api/v1/households", household);
            if (reply.status() == 409 && reply.body() != null && reply.body().hasNonNull("existingId")) {
                continue; // formed by an earlier run: its members are in it already
            }
            reply.expectOk("household of " + members.get(0).family());
            formed++;
        }
        log.accept("   " + formed + " households formed");
    }

    /** As the operator; sent again (up to five times in all) while the answer is a concurrent change. */
    private GatewayClient.Reply postAgainOnConcurrentChange(String path, Object body) {
        GatewayClient.Reply reply = gateway.post(OPERATOR, path, body);
        for (int attempt = 1; attempt < 5 && isConcurrentChange(reply); attempt++) {
            reply = gateway.post(OPERATOR, path, body);
        }
        return reply;
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
            postAgainOnConcurrentChange("/api/v1/duplicates/" + flags.get("id").asText() + "/resolution",
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
        AuthorityDecisions authorities = new AuthorityDecisions(gateway, embassyKafka, DECIDERS, log);
        authorities.overRest("KZ-MIGRATION", scenarioPeople, denied);
        authorities.overRest("UZ-BORDER", scenarioPeople, denied);
        authorities.overRest("TJ-BORDER", scenarioPeople, denied);
        authorities.overKafka(scenarioPeople);
        for (UUID migrant : travelling) {
            awaitValue(() -> {
                String status = gateway.get(OPERATOR, "/api/v1/clearance-cases/" + migrant).expectOk("case")
                        .path("status").asText();
                return Set.of("CLEARED", "DENIED", "CLOSED").contains(status) ? status : null;
            }, "a decided case for " + migrant);
        }
    }

    private <T> T awaitValue(Supplier<T> probe, String what) {
        return GatewayClient.awaitValue(probe, what, SETTLE);
    }
}
