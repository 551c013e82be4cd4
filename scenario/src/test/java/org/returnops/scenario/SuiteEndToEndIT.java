package org.returnops.scenario;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.returnops.contracts.CloudEventCodec;
import org.returnops.contracts.Topics;
import org.returnops.contracts.events.ClearanceDecision;
import org.returnops.contracts.events.ClearanceRequested;
import org.returnops.localstack.KafkaAccess;
import org.returnops.localstack.LocalStack;
import org.returnops.localstack.Ports;
import org.returnops.localstack.ServiceSpec;
import org.returnops.localstack.StackSettings;
import org.returnops.localstack.Suite;
import org.returnops.testkit.PackagedSuite;
import org.returnops.testkit.RoleWalk;
import org.returnops.testkit.TestTokens;
import org.returnops.testkit.TopicProbe;
import org.returnops.testkit.Waiting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * The four packaged services as separate processes on real PostgreSQL and Kafka, started by the same
 * code as the run command, and driven only through the gateway.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// longer than the default time-out: the scenario on 40 people through the gateway
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class SuiteEndToEndIT {

    private static final Path DATA = Path.of("target", "suite").toAbsolutePath();

    private static PackagedSuite packaged;
    private static StackSettings settings;
    private static Suite suite;
    private static SpanReceiver spans;

    @BeforeAll
    static void startTheSuite() {
        // tracing on, as configured for a collector: every service exports its spans to this receiver
        spans = SpanReceiver.start();
        packaged = PackagedSuite.in(DATA, 1, Map.of("quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.exporter.otlp.protocol", "http/protobuf",
                "quarkus.otel.exporter.otlp.endpoint", spans.endpoint()));
        settings = packaged.settings();
        suite = packaged.start();
        RestAssured.baseURI = suite.url(ServiceSpec.GATEWAY);
        RestAssured.port = -1;
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        partners = new GatewayClient(java.net.URI.create(suite.url(ServiceSpec.GATEWAY)), partner -> partner + "-dev-secret");
        // as the operator unless a test says otherwise (its own Authorization header replaces this one)
        RestAssured.requestSpecification = new io.restassured.builder.RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + partners.token("operator")).build();
        RestAssured.config = RestAssured.config().headerConfig(
                io.restassured.config.HeaderConfig.headerConfig().overwriteHeadersWithName("Authorization"));
    }

    /** The dev partner deciding for each authority. */
    private static final Map<String, String> DECIDERS = Map.of("KZ-MIGRATION", "kz-migration",
            "UZ-BORDER", "uz-border", "TJ-EMBASSY-KZ", "tj-embassy", "TJ-BORDER", "tj-border");

    private static GatewayClient partners;

    private static String bearer(String partner) {
        return "Bearer " + partners.token(partner);
    }

    @AfterAll
    static void stopTheSuite() {
        if (suite != null) {
            suite.close();
        }
        if (spans != null) {
            spans.close();
        }
        RestAssured.reset();
    }

    @Test
    @Order(1)
    void theGatewayReportsTheWholeSuiteHealthy() {
        given().when().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Suite services' }.data.registry-service", equalTo("UP"))
                .body("checks.find { it.name == 'Suite services' }.data.consular-service", equalTo("UP"))
                .body("checks.find { it.name == 'Suite services' }.data.transport-service", equalTo("UP"));
    }

    @Test
    @Order(2)
    void referenceDataOfEveryServiceIsServedThroughTheGateway() {
        given().when().get("/api/v1/sites").then().statusCode(200).body("code", hasItem("KZ-ZHIBEK-ZHOLY"));
        given().when().get("/api/v1/crossings").then().statusCode(200).body("code", hasItem("UZ-TJ-OYBEK"));
        given().when().get("/api/v1/authorities").then().statusCode(200).body("code", hasItem("TJ-EMBASSY-KZ"));
    }

    @Test
    @Order(2)
    void aTokenFromTheGatewayIsVerifiedByEveryServiceAndAForgedOneIsRefused() {
        String token = given().auth().preemptive().basic("operator", "operator-dev-secret")
                .formParam("grant_type", "client_credentials")
                .when().post("/auth/token")
                .then().statusCode(200)
                .body("token_type", equalTo("Bearer"))
                .extract().path("access_token");
        String forged = TestTokens.forRole("operator");
        for (String path : List.of("/api/v1/sites", "/api/v1/crossings", "/api/v1/authorities")) {
            given().header("Authorization", "Bearer " + token).when().get(path).then().statusCode(200);
            given().header("Authorization", "Bearer " + forged).when().get(path).then().statusCode(401);
        }
    }

    @Test
    @Order(3)
    void swaggerUiShowsOneDocumentWithExactlyTheRoutesOfTheGateway() throws Exception {
        given().when().get("/q/swagger-ui/index.html").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/openapi?format=json"));
        given().when().get("/openapi/registry").then().statusCode(200).body("info.title", equalTo("Registry service"));

        io.restassured.path.json.JsonPath merged = given().queryParam("format", "json").when().get("/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Return Operation Suite API"))
                .body("components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl", equalTo("/auth/token"))
                .extract().jsonPath();
        Set<String> documented = new TreeSet<>();
        merged.getMap("paths").keySet().forEach(path -> {
            if (path.toString().startsWith("/api/v1/")) {
                documented.add(path.toString());
            }
        });
        assertThat(merged.getMap("paths")).containsKey("/auth/token");

        Set<String> served = new TreeSet<>();
        for (ServiceSpec spec : ServiceSpec.DOMAIN_SERVICES) {
            given().baseUri(suite.url(spec)).queryParam("format", "json").when().get("/q/openapi")
                    .then().extract().jsonPath().getMap("paths").keySet().forEach(path -> {
                        if (path.toString().startsWith("/api/v1/")) {
                            served.add(path.toString());
                        }
                    });
        }
        assertThat(documented).as("the merged document has every service's public paths, and no others")
                .isEqualTo(served);

        Properties gateway = new Properties();
        try (var reader = Files.newBufferedReader(PackagedSuite.ROOT.resolve("gateway/src/main/resources/application.properties"))) {
            gateway.load(reader);
        }
        List<String> routes = gateway.stringPropertyNames().stream()
                .filter(key -> key.matches("gateway\\.services\\.[a-z]+\\.paths"))
                .flatMap(key -> java.util.Arrays.stream(gateway.getProperty(key).split(",")))
                .map(String::trim).toList();
        assertThat(routes).isNotEmpty();
        assertThat(documented).as("every documented path has a route in the gateway").allSatisfy(path ->
                assertThat(routes).anySatisfy(route -> assertThat(path.equals(route) || path.startsWith(route + "/"))
                        .isTrue()));
        assertThat(routes).as("every route of the gateway is documented").allSatisfy(route ->
                assertThat(documented).anySatisfy(path -> assertThat(path.equals(route) || path.startsWith(route + "/"))
                        .isTrue()));
    }

    /**
     * Through the gateway, with the tokens it issues, every operation of the merged document is refused
     * without a token and allows exactly the roles it names (see {@link RoleWalk}).
     */
    @Test
    @Order(3)
    void everyOperationOfTheMergedDocumentAllowsExactlyTheRolesItNames() {
        var asOperator = RestAssured.requestSpecification;
        RestAssured.requestSpecification = null;
        try {
            RoleWalk.of("/openapi", role -> given().header("Authorization", bearer(role))).atLeast(52).walk();
        } finally {
            RestAssured.requestSpecification = asOperator;
        }
    }

    /**
     * Bad input, for every operation of the merged document that takes a body: the documented example (or
     * an empty object) with one field at a time made wrong — another type, null, a huge string, unicode edge
     * cases, negative and enormous numbers — plus an empty object, an array and broken JSON. Sent through the
     * gateway as a partner the operation admits. Never a 5xx; every refusal is a problem naming what is
     * wrong; nothing refused is stored (the registry's count grows by exactly the registrations accepted).
     */
    @Test
    @Order(3)
    void badInputOfEveryKindIsAlwaysAProblemNeverA5xxAndNothingRefusedIsStored() {
        com.fasterxml.jackson.databind.ObjectMapper json = GatewayClient.JSON;
        com.fasterxml.jackson.databind.JsonNode document = partners.get(ZhibekZholyScenario.OBSERVER,
                "/openapi?format=json").expectOk("the merged document");
        long before = partners.get(ZhibekZholyScenario.OPERATOR, "/api/v1/statistics").expectOk("statistics")
                .path("total").asLong();
        int registered = 0;
        int sent = 0;
        List<String> wrong = new java.util.ArrayList<>();
        String huge = "A".repeat(100_000);
        List<String> badValues = List.of("12345", "\"text\"", "null", "true", "[]", "{}", "-1", "1e308",
                "99999999999999999999999999", json.valueToTree(huge).toString(),
                "\"\\u0000\\u202e\\ud835\\udd4f\\u0301\"", "\"\\ud800\"");
        for (var path : (Iterable<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>)
                () -> document.path("paths").fields()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            String concrete = path.getKey().replaceAll("\\{code}", "XX-NONE")
                    .replaceAll("\\{[^}]+}", java.util.UUID.randomUUID().toString());
            for (var operation : (Iterable<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>)
                    () -> path.getValue().fields()) {
                com.fasterxml.jackson.databind.JsonNode content = operation.getValue().path("requestBody").path("content");
                if (!content.fieldNames().hasNext()) {
                    continue;
                }
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                String contentType = content.fieldNames().next();
                com.fasterxml.jackson.databind.JsonNode media = content.get(contentType);
                com.fasterxml.jackson.databind.JsonNode example = media.has("example") ? media.get("example")
                        : media.path("examples").elements().hasNext()
                                ? media.path("examples").elements().next().path("value") : null;
                com.fasterxml.jackson.databind.node.ObjectNode base = example != null && example.isObject()
                        ? (com.fasterxml.jackson.databind.node.ObjectNode) example.deepCopy() : json.createObjectNode();
                java.util.Set<String> fields = new java.util.LinkedHashSet<>();
                base.fieldNames().forEachRemaining(fields::add);
                com.fasterxml.jackson.databind.JsonNode schema = media.path("schema");
                if (schema.has("$ref")) {
                    schema = document.at(schema.get("$ref").asText().substring(1));
                }
                schema.path("properties").fieldNames().forEachRemaining(fields::add);
                List<String> bodies = new java.util.ArrayList<>(List.of("{}", "[]", "{\"broken\": ", "\"\""));
                for (String field : fields) {
                    for (String value : badValues) {
                        String mutated = base.deepCopy().put(field, "§").toString()
                                .replace("\"" + field + "\":\"§\"", json.valueToTree(field) + ":" + value);
                        bodies.add(mutated);
                    }
                }
                List<String> roles = new java.util.ArrayList<>();
                operation.getValue().path("security").forEach(requirement -> requirement.fields()
                        .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
                String token = partners.token(roles.isEmpty() ? "operator" : roles.get(0));
                for (String body : bodies) {
                    io.restassured.response.Response answer = given().header("Authorization", "Bearer " + token)
                            .contentType(contentType).body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                            .when().request(method, concrete);
                    sent++;
                    int status = answer.statusCode();
                    if (status >= 200 && status < 300) {
                        if (method.equals("POST") && path.getKey().equals("/api/v1/migrants")) {
                            registered++;
                        }
                    } else if (status >= 500 || status < 400
                            || !answer.contentType().startsWith("application/problem+json")
                            || answer.jsonPath().getString("detail") == null) {
                        wrong.add(method + " " + path.getKey() + " " + status + " " + answer.contentType() + " for "
                                + (body.length() > 200 ? body.substring(0, 200) + "…" : body) + " → "
                                + answer.asString().substring(0, Math.min(300, answer.asString().length())));
                    }
                }
            }
        }
        assertThat(wrong).as("answers to bad input that are not a 4xx problem (of " + sent + " sent)").isEmpty();
        assertThat(sent).isGreaterThan(500);
        long after = partners.get(ZhibekZholyScenario.OPERATOR, "/api/v1/statistics").expectOk("statistics")
                .path("total").asLong();
        assertThat(after - before).as("people stored = registrations accepted").isEqualTo(registered);
    }

    @Test
    @Order(4)
    void statusHeadersAndBodiesPassThroughUnchanged() {
        String direct = given().baseUri(suite.url(ServiceSpec.REGISTRY)).contentType(ContentType.JSON)
                .body(Map.of("code", "bad code", "country", "XXX"))
                .when().post("/api/v1/sites")
                .then().statusCode(400).contentType("application/problem+json").extract().asString();
        String proxied = given().contentType(ContentType.JSON)
                .body(Map.of("code", "bad code", "country", "XXX"))
                .when().post("/api/v1/sites")
                .then().statusCode(400).contentType("application/problem+json").extract().asString();
        assertThat(proxied).isEqualTo(direct);

        given().contentType(ContentType.JSON)
                .body(Map.of("code", "KZ-E2E", "name", "End-to-end shelter", "country", "KAZ", "kind", "SHELTER"))
                .when().post("/api/v1/sites")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/sites/KZ-E2E"))
                .body("code", equalTo("KZ-E2E"));
        given().when().get("/api/v1/sites/KZ-NOWHERE")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("There is no staging site with code KZ-NOWHERE."));
    }

    @Test
    @Order(5)
    void aRegistrationThroughTheGatewayOpensOneClearanceCaseInTheConsularService() {
        String id = register();
        awaitCase(id);
        given().when().get("/api/v1/clearance-cases/" + id)
                .then().statusCode(200)
                .body("migrantId", equalTo(id))
                .body("status", equalTo("OPEN"));
    }

    @Test
    @Order(5)
    void eachAuthorityGrantsThroughTheGatewayAndTheRegistryShowsThePersonCleared() {
        String id = register();
        awaitCase(id);
        List<Map<String, Object>> clearances = awaitClearances(id);
        assertThat(clearances).hasSize(4);
        given().contentType(ContentType.JSON)
                .body(Map.of("takenAt", java.time.Instant.now().minusSeconds(3600).toString(), "result", "NEGATIVE"))
                .when().post("/api/v1/clearance-cases/" + id + "/pcr-tests")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).header("Authorization", bearer("tj-embassy"))
                .body(Map.of("number", "TJ-COR-E2E-" + id.substring(0, 8).toUpperCase(), "issuedBy", "Consul"))
                .when().post("/api/v1/clearance-cases/" + id + "/travel-documents")
                .then().statusCode(201);
        for (Map<String, Object> clearance : clearances) {
            given().contentType(ContentType.JSON)
                    .header("Authorization", bearer(DECIDERS.get((String) clearance.get("authorityCode"))))
                    .body(Map.of("outcome", "GRANTED"))
                    .when().post("/api/v1/clearances/" + clearance.get("id") + "/decision")
                    .then().statusCode(200);
        }
        Waiting.until(id + " is cleared", Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                given().when().get("/api/v1/migrants/" + id).then().extract().<String>path("status"))
                .isEqualTo("CLEARED"));
        given().when().get("/api/v1/migrants/" + id + "/history")
                .then().body("findAll { it.from != it.to }.to",
                        org.hamcrest.Matchers.contains("REGISTERED", "CLEARANCE_PENDING", "CLEARED"))
                .body("findAll { it.from == it.to }.reason", org.hamcrest.Matchers.contains(
                        org.hamcrest.Matchers.startsWith("certificate of return TJ-COR-E2E-")));
    }

    private static List<Map<String, Object>> awaitClearances(String migrantId) {
        return Waiting.until("four clearances for " + migrantId).until(() -> given().when()
                .get("/api/v1/clearance-cases/" + migrantId).then().extract().jsonPath()
                .<Map<String, Object>>getList("clearances"), clearances -> clearances.size() >= 4);
    }

    @Test
    @Order(5)
    void theRequestIdOfARegistrationIsOnItsEventAndOnTheEventsItCausesInTheConsularService() {
        String requestId = "e2e-" + java.util.UUID.randomUUID();
        String id = given().contentType(ContentType.JSON).header("X-Request-Id", requestId)
                .body(Map.of("siteCode", "KZ-ZHIBEK-ZHOLY",
                        "nameLatin", Map.of("family", "Saidova", "given", "Malika"),
                        "sex", "F", "dateOfBirth", "1991-02-11", "nationality", "TJK",
                        "consent", Map.of("givenAt", "2020-10-12T08:00:00Z", "takenBy", "IOM", "language", "tg")))
                .when().post("/api/v1/migrants")
                .then().statusCode(201)
                .header("X-Request-Id", requestId)
                .extract().path("id");
        TopicProbe topics = new TopicProbe(suite.stack().kafka(), KafkaAccess.ADMIN);
        var registered = topics.await(Topics.REGISTRY_MIGRANTS, r -> id.equals(r.key()), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no migrant.registered.v1 for " + id));
        assertThat(CloudEventCodec.decode(registered.value()).correlationId()).isEqualTo(requestId);
        assertThat(TopicProbe.header(registered, "correlation-id")).isEqualTo(requestId);
        var requested = topics.all(Topics.AUTHORITIES.stream().map(Topics::requests).toList(),
                r -> id.equals(r.key()), 4, Duration.ofSeconds(30));
        assertThat(requested).hasSize(4).allSatisfy(record ->
                assertThat(CloudEventCodec.decode(record.value()).correlationId()).isEqualTo(requestId));
    }

    /**
     * A registration through the gateway, the case it opens and the authority's answer over Kafka are one trace:
     * its id is on the record of every topic on the way, and the gateway, the registry, consular and transport
     * each exported spans of it. The KZ migration service's system continues the trace of the request it read,
     * as a partner may; consular's denial then reaches transport on {@code consular.clearances.v1}.
     */
    @Test
    @Order(5)
    void oneTraceRunsFromTheGatewayThroughTheRegistryAndConsularToTransport() {
        String id = register();
        TopicProbe topics = new TopicProbe(suite.stack().kafka(), KafkaAccess.ADMIN);
        Duration wait = Duration.ofSeconds(30);
        var registered = topics.await(Topics.REGISTRY_MIGRANTS, r -> id.equals(r.key()), wait)
                .orElseThrow(() -> new AssertionError("no migrant.registered.v1 for " + id));
        String traceId = traceId(registered);
        var requested = topics.await(Topics.requests("KZ-MIGRATION"), r -> id.equals(r.key()), wait)
                .orElseThrow(() -> new AssertionError("no clearance.requested.v1 to KZ-MIGRATION for " + id));
        assertThat(traceId(requested)).isEqualTo(traceId);

        ClearanceRequested asked = CloudEventCodec.decode(requested.value()).data(ClearanceRequested.class);
        ClearanceDecision denial = new ClearanceDecision(UUID.randomUUID(), asked.clearanceId(), "KZ-MIGRATION",
                "DENIED", "entry ban on record", null, null, "Migration Service of Kazakhstan", Instant.now());
        new TopicProbe(suite.stack().kafka(), KafkaAccess.KZ_MIGRATION).send(Topics.decisions("KZ-MIGRATION"),
                asked.clearanceId().toString(), CloudEventCodec.encode(CloudEventCodec.envelope(denial,
                        "urn:return-ops:kz-migration", id, null)),
                Map.of("content-type", CloudEventCodec.CONTENT_TYPE,
                        "traceparent", TopicProbe.header(requested, "traceparent")));
        var denied = topics.await(Topics.CONSULAR_CLEARANCES, r -> id.equals(r.key())
                        && "clearance.denied.v1".equals(CloudEventCodec.decode(r.value()).type()), wait)
                .orElseThrow(() -> new AssertionError("no clearance.denied.v1 for " + id));
        assertThat(traceId(denied)).isEqualTo(traceId);

        // exported in batches: each service's spans arrive within seconds of their end
        Waiting.until("spans of trace " + traceId + " from the gateway and the three services").untilAsserted(() -> {
            List<SpanReceiver.ReceivedSpan> trace = spans.trace(traceId);
            assertThat(trace).extracting(SpanReceiver.ReceivedSpan::service).contains("gateway", "registry-service",
                    "consular-service", "transport-service");
            assertThat(trace).extracting(SpanReceiver.ReceivedSpan::service, SpanReceiver.ReceivedSpan::name).contains(
                    tuple("consular-service", "migrant.registered.v1 process"),
                    tuple("transport-service", "clearance.denied.v1 process"));
        });
    }

    private static String traceId(ConsumerRecord<String, byte[]> record) {
        String traceparent = TopicProbe.header(record, "traceparent");
        assertThat(traceparent).as("traceparent of %s", record.topic()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        return traceparent.substring(3, 35);
    }

    /**
     * The Zhibek Zholy return of the scenario command, on a smaller group (whole households, the likely
     * duplicate, certificates of return, one Uzbek denial, the embassy over Kafka, one recount), then the
     * final state of every person in every service.
     */
    @Test
    @Order(6)
    void theZhibekZholyReturnEndsWithEveryPersonWhereTheyShouldBeInEveryService() {
        GatewayClient client = partners;
        ZhibekZholyScenario.Outcome outcome = new ZhibekZholyScenario(client,
                suite.stack().kafka().clientConfig(KafkaAccess.TJ_EMBASSY), 40, line -> { }).run();

        assertThat(outcome.convoy().path("status").asText()).isEqualTo("CLOSED");
        int travelled = 0;
        for (java.util.UUID person : outcome.people().values()) {
            String registry = client.get(ZhibekZholyScenario.OPERATOR, "/api/v1/migrants/" + person)
                    .expectOk("person").path("status").asText();
            String consular = client.get(ZhibekZholyScenario.OPERATOR, "/api/v1/clearance-cases/" + person)
                    .expectOk("case").path("status").asText();
            if (person.equals(outcome.deniedPerson())) {
                assertThat(registry).as("denied person in the registry").isEqualTo("CLEARANCE_DENIED");
                assertThat(consular).as("denied person's case").isEqualTo("DENIED");
            } else {
                assertThat(registry).as("registry status of " + person).isEqualTo("ARRIVED");
                assertThat(consular).as("case of " + person).isEqualTo("CLOSED");
                travelled++;
            }
        }
        assertThat(client.get(ZhibekZholyScenario.OPERATOR, "/api/v1/migrants/" + outcome.mergedAwayRecord())
                .expectOk("merged record").path("status").asText()).isEqualTo("WITHDRAWN");
        java.util.Set<String> arrived = new java.util.HashSet<>();
        for (java.util.UUID convoy : java.util.List.of(outcome.convoyId(), outcome.secondConvoyId())) {
            com.fasterxml.jackson.databind.JsonNode manifest = client.get(ZhibekZholyScenario.OPERATOR,
                    "/api/v1/convoys/" + convoy + "/manifest").expectOk("manifest");
            java.util.Set<String> regions = new java.util.HashSet<>();
            manifest.path("vehicles").forEach(v -> v.path("passengers").forEach(p -> {
                assertThat(p.path("status").asText()).isEqualTo("ARRIVED");
                arrived.add(p.path("migrantId").asText());
                regions.add(p.path("destinationRegion").asText());
            }));
            if (convoy.equals(outcome.convoyId())) {
                assertThat(regions).as("bound for the regions the Khujand route serves").containsOnly("Sughd");
            } else {
                assertThat(regions).as("bound for the regions the Dushanbe route serves").isNotEmpty()
                        .isSubsetOf("Dushanbe", "Khatlon", "Districts of Republican Subordination");
            }
        }
        assertThat(arrived).hasSizeGreaterThanOrEqualTo(travelled).doesNotContain(outcome.deniedPerson().toString());
        assertThat(outcome.convoy().path("timeline").toString()).contains("UZ-TJ-OYBEK");
        assertThat(outcome.secondConvoy().path("routeCode").asText()).isEqualTo("KZ-UZ-TJ-DUSHANBE");
        assertThat(outcome.secondConvoy().path("timeline").toString()).contains("UZ-TJ-SARIOSIYO")
                .contains("RESCHEDULED").contains("HAND_OVER_COUNT");
        assertThat(outcome.secondConvoy().path("status").asText()).isEqualTo("CLOSED");

        ZhibekZholyScenario.Outcome again = new ZhibekZholyScenario(client,
                suite.stack().kafka().clientConfig(KafkaAccess.TJ_EMBASSY), 40, line -> { }).run();
        assertThat(again.convoyId()).as("a rerun continues the same convoy").isEqualTo(outcome.convoyId());
        assertThat(again.secondConvoyId()).as("and the same second convoy").isEqualTo(outcome.secondConvoyId());
        assertThat(again.people()).isEqualTo(outcome.people());
    }

    @Test
    @Order(7)
    void aRegistrationWhileTheBrokerIsDownIsAcceptedAndBecomesExactlyOneCaseWhenItReturns() {
        suite.stack().stopKafka();
        String id;
        try {
            id = register();
            given().when().get("/api/v1/clearance-cases/" + id).then().statusCode(404);
        } finally {
            suite.stack().startKafka();
        }
        awaitCase(id);
        given().when().get("/api/v1/clearance-cases/" + id).then().statusCode(200).body("migrantId", equalTo(id));
    }

    private static String register() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("siteCode", "KZ-ZHIBEK-ZHOLY",
                        "nameLatin", Map.of("family", "Nazarova", "given", "Gulnora"),
                        "sex", "F", "dateOfBirth", "1979-06-02", "nationality", "TJK",
                        "consent", Map.of("givenAt", "2020-10-12T08:00:00Z", "takenBy", "IOM", "language", "tg")))
                .when().post("/api/v1/migrants")
                .then().statusCode(201)
                .extract().path("id");
    }

    private static void awaitCase(String migrantId) {
        Waiting.until("a clearance case for " + migrantId, Duration.ofSeconds(60))
                .until(() -> given().when().get("/api/v1/clearance-cases/" + migrantId).statusCode() == 200);
    }

    @Test
    @Order(8)
    void aServiceThatStopsIsA503NamingItWhileTheOthersAnswer() {
        suite.stop(ServiceSpec.TRANSPORT);
        given().when().get("/api/v1/crossings")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("detail", startsWith("The transport-service is unavailable"));
        given().when().get("/api/v1/sites").then().statusCode(200);
        given().when().get("/q/health")
                .then().statusCode(503)
                .body("checks.find { it.name == 'Suite services' }.data.transport-service",
                        equalTo("DOWN (unreachable)"));
    }

    @Test
    @Order(9)
    void stoppingLeavesNoProcessAndDataSurvivesARestart() throws Exception {
        List<ProcessHandle> children = ProcessHandle.current().descendants().toList();
        long postgresPid = Long.parseLong(
                Files.readAllLines(DATA.resolve("postgres").resolve("postmaster.pid")).get(0).trim());
        suite.close();
        suite = null;

        assertThat(children).allSatisfy(child -> assertThat(child.isAlive()).as(child.info().toString()).isFalse());
        Optional<ProcessHandle> postgres = ProcessHandle.of(postgresPid);
        if (postgres.isPresent()) {
            postgres.get().onExit().get(10, TimeUnit.SECONDS);
        }
        assertThat(Ports.accepting(settings.postgresPort())).isFalse();
        assertThat(Ports.accepting(settings.kafkaPort())).isFalse();
        assertThat(DATA.resolve("pids")).isEmptyDirectory();

        suite = packaged.start();
        given().when().get("/api/v1/sites/KZ-E2E")
                .then().statusCode(200)
                .body("name", equalTo("End-to-end shelter"));
        assertThat(LocalStack.marker(DATA)).isEqualTo(DATA.toString());
    }
}
