package org.returnops.consular;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.returnops.contracts.CloudEventCodec;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.EventType;
import org.returnops.contracts.Topics;
import org.returnops.contracts.events.IdentityDocument;
import org.returnops.contracts.events.MigrantRegistered;
import org.returnops.contracts.events.PersonName;
import org.returnops.localstack.TopicProbe;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** What the consular flow tests do over and over: announce events, wait for cases, decide clearances. */
public abstract class ConsularFlowSupport {

    protected static final Duration WAIT = Duration.ofSeconds(30);
    protected final TopicProbe topics = TopicProbe.ofTestStack();

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    protected void send(Object data, String key) {
        EventEnvelope envelope = CloudEventCodec.envelope(data, "urn:return-ops:test", key, null);
        topics.send(EventType.of(data.getClass()).topic(), key, CloudEventCodec.encode(envelope),
                Map.of("content-type", CloudEventCodec.CONTENT_TYPE));
    }

    protected UUID register() throws InterruptedException {
        return register(LocalDate.now().plusYears(4));
    }

    protected UUID register(LocalDate passportExpiry) throws InterruptedException {
        UUID migrantId = UUID.randomUUID();
        send(new MigrantRegistered(migrantId, null, "KZ-ZHIBEK-ZHOLY", new PersonName("Saidov", "Umed", null), null, "M",
                LocalDate.of(1991, 4, 9), "TJK", List.of(new IdentityDocument("PASSPORT", "40" + migrantId.toString()
                        .replaceAll("[^0-9]", "").substring(0, 7), "TJK", passportExpiry)),
                List.of(), List.of(), "Sughd", true, Instant.now()), migrantId.toString());
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (given().when().get("/api/v1/clearance-cases/" + migrantId).statusCode() == 200) {
                return migrantId;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no case for " + migrantId);
    }

    protected String clearanceOf(UUID migrantId, String type) {
        List<Map<String, Object>> clearances = given().when().get("/api/v1/clearance-cases/" + migrantId)
                .then().extract().jsonPath().getList("clearances");
        return clearances.stream().filter(c -> type.equals(c.get("type"))).map(c -> (String) c.get("id"))
                .findFirst().orElseThrow();
    }

    protected io.restassured.response.ValidatableResponse decide(String clearanceId, String organisation,
            Map<String, Object> decision) {
        var request = given().contentType(ContentType.JSON).body(decision);
        if (organisation != null) {
            request.header("X-Caller-Organisation", organisation);
        }
        return request.when().post("/api/v1/clearances/" + clearanceId + "/decision").then();
    }

    protected void awaitCaseStatus(UUID migrantId, String status) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Object last = null;
        while (System.nanoTime() < deadline) {
            last = given().when().get("/api/v1/clearance-cases/" + migrantId).then().extract().path("status");
            if (status.equals(String.valueOf(last))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("case of " + migrantId + " is " + last + ", not " + status);
    }

    protected List<EventEnvelope> events(UUID migrantId, String type, int enough) {
        return topics.all(Topics.CONSULAR_CLEARANCES, r -> migrantId.toString().equals(r.key())
                        && CloudEventCodec.decode(r.value()).type().equals(type), enough, Duration.ofSeconds(enough > 1 ? 8 : 5))
                .stream().map(r -> CloudEventCodec.decode(r.value())).toList();
    }

    protected void recordPcr(UUID migrantId, Instant takenAt, String result) {
        given().contentType(ContentType.JSON).body(Map.of("takenAt", takenAt.toString(), "result", result))
                .when().post("/api/v1/clearance-cases/" + migrantId + "/pcr-tests")
                .then().statusCode(200);
    }

}
