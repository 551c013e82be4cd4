package org.returnops.consular.clearance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.returnops.consular.ConsularFlowSupport;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.EventSchemas;
import org.returnops.contracts.EventType;
import org.returnops.contracts.Topics;
import org.returnops.contracts.events.ClearanceDecision;
import org.returnops.contracts.events.ClearanceRequested;
import org.returnops.contracts.events.MigrantArrived;
import org.returnops.contracts.events.MigrantWithdrawn;
import org.returnops.platform.security.Roles;
import org.returnops.testkit.TestTokens;
import org.returnops.testkit.TopicProbe;
import org.returnops.testkit.Waiting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.returnops.testkit.Partners.asOperator;

/** A person's clearances from registration to cleared or denied, over REST and over Kafka. */
@QuarkusTest
class ClearanceFlowTest extends ConsularFlowSupport {

    @Test
    void aRegistrationRequestsEveryClearanceOfTheRouteFromItsAuthority() throws Exception {
        UUID migrantId = register();
        asOperator().when().get("/api/v1/clearance-cases/" + migrantId)
                .then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("clearances", hasSize(4))
                .body("clearances.status", everyItem(equalTo("PENDING")))
                .body("clearances.authorityCode", org.hamcrest.Matchers.containsInAnyOrder("KZ-MIGRATION", "UZ-BORDER",
                        "TJ-EMBASSY-KZ", "TJ-BORDER"))
                .body("history.what", hasItem("REQUESTED"));
        List<EventEnvelope> requested = events(migrantId, "clearance.requested.v1", 4);
        assertThat(requested).hasSize(4);
        requested.forEach(e -> assertThat(EventSchemas.violations(EventType.CLEARANCE_REQUESTED, e.dataJson())).isEmpty());
        ClearanceRequested uz = requested.stream().map(e -> e.data(ClearanceRequested.class))
                .filter(r -> r.clearanceType().equals("UZ_TRANSIT")).findFirst().orElseThrow();
        assertThat(uz.authorityCode()).isEqualTo("UZ-BORDER");
        assertThat(uz.nameLatin().family()).isEqualTo("Saidov");
        asOperator().when().get("/api/v1/authorities/UZ-BORDER/queue")
                .then().statusCode(200).body("id", hasItem(uz.clearanceId().toString()))
                .body("find { it.id == '" + uz.clearanceId() + "' }.person.nameLatin.family", equalTo("Saidov"))
                .body("find { it.id == '" + uz.clearanceId() + "' }.person.documents[0].type", equalTo("PASSPORT"))
                .body("find { it.id == '" + uz.clearanceId() + "' }", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasKey("vulnerabilities")));
        asOperator().when().get("/api/v1/authorities/XX-NOBODY/queue").then().statusCode(404);
        asOperator().queryParam("authority", "TJ-BORDER").queryParam("migrant", migrantId.toString())
                .when().get("/api/v1/clearance-cases").then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void eachAuthorityDecidesOnlyItsOwnOnceAndAllGrantedClearsThePersonOnceOverRestAndKafka() throws Exception {
        UUID migrantId = register();
        String exit = clearanceOf(migrantId, "KZ_EXIT");
        Map<String, Object> grant = Map.of("outcome", "GRANTED", "referenceNumber", "KZ-1",
                "validUntil", Instant.now().plus(30, ChronoUnit.DAYS).toString());

        decide(exit, "UZ-BORDER", grant).statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:return-ops:problem:forbidden"));
        given().auth().oauth2(TestTokens.token("kz-clerk", null, Roles.KZ_MIGRATION)).contentType(ContentType.JSON)
                .body(grant).when().post("/api/v1/clearances/" + exit + "/decision").then().statusCode(403);
        decide(exit, "KZ-MIGRATION", Map.of("outcome", "DENIED")).statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        decide(exit, "KZ-MIGRATION", Map.of("outcome", "MAYBE")).statusCode(400);
        decide(exit, "KZ-MIGRATION", grant).statusCode(200).body("status", equalTo("GRANTED"))
                .body("referenceNumber", equalTo("KZ-1"));
        decide(exit, "KZ-MIGRATION", grant).statusCode(409);
        decide(UUID.randomUUID().toString(), "KZ-MIGRATION", grant).statusCode(404);

        recordPcr(migrantId, Instant.now().minus(2, ChronoUnit.HOURS), "NEGATIVE");
        decide(clearanceOf(migrantId, "UZ_TRANSIT"), "UZ-BORDER", grant).statusCode(200);
        decide(clearanceOf(migrantId, "TJ_ENTRY"), "TJ-BORDER", grant).statusCode(200);
        UUID nationality = UUID.fromString(clearanceOf(migrantId, "TJ_NATIONALITY"));
        ClearanceDecision overKafka = new ClearanceDecision(UUID.randomUUID(), nationality, "TJ-EMBASSY-KZ", "GRANTED",
                null, "TJ-2020-10-0415", Instant.now().plus(30, ChronoUnit.DAYS), "Consul A. Saidov", Instant.now());
        send(overKafka, nationality.toString());
        send(overKafka, nationality.toString());
        awaitCaseStatus(migrantId, "CLEARED");

        asOperator().when().get("/api/v1/clearance-cases/" + migrantId)
                .then().body("clearances.status", everyItem(equalTo("GRANTED")))
                .body("clearances.find { it.type == 'TJ_NATIONALITY' }.decidedBy", equalTo("Consul A. Saidov"));
        Map<String, List<EventEnvelope>> published = events(migrantId,
                List.of("migrant.cleared.v1", "clearance.decided.v1"), 6).stream()
                .collect(Collectors.groupingBy(EventEnvelope::type));
        List<EventEnvelope> cleared = published.get("migrant.cleared.v1");
        assertThat(cleared).hasSize(1);
        assertThat(EventSchemas.violations(EventType.MIGRANT_CLEARED, cleared.get(0).dataJson())).isEmpty();
        assertThat(published.get("clearance.decided.v1")).hasSize(4);

        send(new MigrantArrived(migrantId, UUID.randomUUID(), "Fotehobod border post", Instant.now()),
                migrantId.toString());
        awaitCaseStatus(migrantId, "CLOSED");
    }

    @Test
    void uzTransitNeedsARecentNegativePcrTest() throws Exception {
        UUID migrantId = register();
        String transit = clearanceOf(migrantId, "UZ_TRANSIT");
        Map<String, Object> grant = Map.of("outcome", "GRANTED");
        decide(transit, "UZ-BORDER", grant).statusCode(409)
                .body("detail", equalTo("UZ transit needs a negative PCR test taken within 72 hours; none is recorded."));
        recordPcr(migrantId, Instant.now().minus(73, ChronoUnit.HOURS), "NEGATIVE");
        decide(transit, "UZ-BORDER", grant).statusCode(409);
        recordPcr(migrantId, Instant.now().minus(1, ChronoUnit.HOURS), "NEGATIVE");
        recordPcr(migrantId, Instant.now().minus(30, ChronoUnit.MINUTES), "POSITIVE");
        decide(transit, "UZ-BORDER", grant).statusCode(409);
        recordPcr(migrantId, Instant.now().minus(5, ChronoUnit.MINUTES), "NEGATIVE");
        decide(transit, "UZ-BORDER", grant).statusCode(200);
        asOperator().contentType(ContentType.JSON).body(Map.of("takenAt", Instant.now().plus(1, ChronoUnit.DAYS).toString(),
                        "result", "NEGATIVE"))
                .when().post("/api/v1/clearance-cases/" + migrantId + "/pcr-tests")
                .then().statusCode(400).body("violations[0].field", equalTo("takenAt"));
    }

    @Test
    void withoutAValidPassportNationalityNeedsACertificateOfReturnFromTheEmbassy() throws Exception {
        UUID migrantId = register(LocalDate.now().minusYears(1));
        String nationality = clearanceOf(migrantId, "TJ_NATIONALITY");
        decide(nationality, "TJ-EMBASSY-KZ", Map.of("outcome", "GRANTED")).statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("certificate of return"));

        Map<String, Object> certificate = Map.of("number", "TJ-COR-" + migrantId.toString().substring(0, 8).toUpperCase(),
                "issuedBy", "Consul A. Saidov");
        asAuthority("KZ-MIGRATION").contentType(ContentType.JSON).body(certificate)
                .when().post("/api/v1/clearance-cases/" + migrantId + "/travel-documents")
                .then().statusCode(403);
        asAuthority("TJ-EMBASSY-KZ").contentType(ContentType.JSON).body(certificate)
                .when().post("/api/v1/clearance-cases/" + migrantId + "/travel-documents")
                .then().statusCode(201)
                .body("type", equalTo("CERTIFICATE_OF_RETURN"))
                .body("issuedOn", equalTo(LocalDate.now().toString()))
                .body("validUntil", equalTo(LocalDate.now().plusDays(30).toString()));
        asAuthority("TJ-EMBASSY-KZ").contentType(ContentType.JSON).body(certificate)
                .when().post("/api/v1/clearance-cases/" + migrantId + "/travel-documents")
                .then().statusCode(409);
        asAuthority("TJ-EMBASSY-KZ").contentType(ContentType.JSON)
                .body(Map.of("number", "bad number", "issuedBy", ""))
                .when().post("/api/v1/clearance-cases/" + UUID.randomUUID() + "/travel-documents")
                .then().statusCode(400).body("violations.field",
                        org.hamcrest.Matchers.containsInAnyOrder("issuedBy", "number"));
        EventEnvelope issued = events(migrantId, "travel-document.issued.v1", 1).get(0);
        assertThat(EventSchemas.violations(EventType.TRAVEL_DOCUMENT_ISSUED, issued.dataJson())).isEmpty();

        decide(nationality, "TJ-EMBASSY-KZ", Map.of("outcome", "GRANTED")).statusCode(200);
    }

    @Test
    void aDenialDeniesThePersonWithTheAuthorityAndReason() throws Exception {
        UUID migrantId = register();
        decide(clearanceOf(migrantId, "UZ_TRANSIT"), "UZ-BORDER",
                Map.of("outcome", "DENIED", "reason", "no negative PCR test within 72 hours")).statusCode(200);
        awaitCaseStatus(migrantId, "DENIED");
        EventEnvelope denied = events(migrantId, "clearance.denied.v1", 1).get(0);
        assertThat(EventSchemas.violations(EventType.CLEARANCE_DENIED, denied.dataJson())).isEmpty();
        assertThat(denied.dataJson()).contains("UZ-BORDER").contains("no negative PCR test within 72 hours");
        decide(clearanceOf(migrantId, "KZ_EXIT"), "KZ-MIGRATION", Map.of("outcome", "GRANTED")).statusCode(409);
    }

    @Test
    void aBadInboundDecisionGoesToTheDeadLetterTopicWithItsReason() throws Exception {
        UUID migrantId = register();
        UUID unknown = UUID.randomUUID();
        send(new ClearanceDecision(UUID.randomUUID(), unknown, "TJ-EMBASSY-KZ", "GRANTED", null, null, null, "x",
                Instant.now()), unknown.toString());
        UUID exit = UUID.fromString(clearanceOf(migrantId, "KZ_EXIT"));
        send(new ClearanceDecision(UUID.randomUUID(), exit, "TJ-EMBASSY-KZ", "GRANTED", null, null, null, "x",
                Instant.now()), exit.toString());

        ConsumerRecord<String, byte[]> first = topics.await(Topics.deadLetter(Topics.decisions("TJ-EMBASSY-KZ")),
                r -> unknown.toString().equals(r.key()), WAIT).orElseThrow();
        assertThat(TopicProbe.header(first, "dlq-reason")).isEqualTo("There is no clearance with id " + unknown + ".");
        ConsumerRecord<String, byte[]> second = topics.await(Topics.deadLetter(Topics.decisions("TJ-EMBASSY-KZ")),
                r -> exit.toString().equals(r.key()), WAIT).orElseThrow();
        assertThat(TopicProbe.header(second, "dlq-reason")).contains("is decided by KZ-MIGRATION, not by TJ-EMBASSY-KZ");
        asOperator().when().get("/api/v1/clearance-cases/" + migrantId)
                .then().body("clearances.find { it.type == 'KZ_EXIT' }.status", equalTo("PENDING"));
    }

    @Test
    void aWithdrawalCancelsTheCaseAndItsPendingClearances() throws Exception {
        UUID migrantId = register();
        String exit = clearanceOf(migrantId, "KZ_EXIT");
        send(new MigrantWithdrawn(migrantId, "stays in Almaty", "iom", Instant.now()), migrantId.toString());
        awaitCaseStatus(migrantId, "CANCELLED");
        asOperator().when().get("/api/v1/clearance-cases/" + migrantId)
                .then().body("clearances.status", everyItem(equalTo("CANCELLED")))
                .body("history.what", hasItem("CANCELLED"));
        decide(exit, "KZ-MIGRATION", Map.of("outcome", "GRANTED")).statusCode(409);
    }

    @Test
    void anExpiredGrantReopensTheClearanceAndRequestsItAgain() throws Exception {
        UUID migrantId = register();
        String exit = clearanceOf(migrantId, "KZ_EXIT");
        decide(exit, "KZ-MIGRATION", Map.of("outcome", "GRANTED",
                "validUntil", Instant.now().plusSeconds(2).toString())).statusCode(200);
        Waiting.until("the expired grant is pending again", WAIT).untilAsserted(() -> assertThat(
                asOperator().when().get("/api/v1/clearance-cases/" + migrantId).then().extract()
                        .<String>path("clearances.find { it.type == 'KZ_EXIT' }.status")).isEqualTo("PENDING"));
        asOperator().when().get("/api/v1/clearance-cases/" + migrantId).then().body("history.what", hasItem("EXPIRED"));
        assertThat(events(migrantId, "clearance.requested.v1", 5).stream()
                .filter(e -> e.dataJson().contains(exit)).count()).isEqualTo(2);
    }

    @Test
    void anAuthorityRevokesItsDecisionWithAReasonAndTheCaseReopens() throws Exception {
        UUID migrantId = register();
        String transit = clearanceOf(migrantId, "UZ_TRANSIT");
        decide(transit, "UZ-BORDER", Map.of("outcome", "DENIED", "reason", "papers incomplete")).statusCode(200);
        awaitCaseStatus(migrantId, "DENIED");
        asAuthority("KZ-MIGRATION").contentType(ContentType.JSON)
                .body(Map.of("reason", "x")).when().post("/api/v1/clearances/" + transit + "/revocation")
                .then().statusCode(403);
        asAuthority("UZ-BORDER").contentType(ContentType.JSON)
                .body(Map.of("reason", "")).when().post("/api/v1/clearances/" + transit + "/revocation")
                .then().statusCode(400);
        given().auth().oauth2(TestTokens.token("uz-officer", "UZ-BORDER", Roles.UZ_BORDER)).contentType(ContentType.JSON)
                .body(Map.of("reason", "the embassy produced the missing papers"))
                .when().post("/api/v1/clearances/" + transit + "/revocation")
                .then().statusCode(200).body("status", equalTo("PENDING"));
        asOperator().when().get("/api/v1/clearance-cases/" + migrantId)
                .then().body("status", equalTo("OPEN"))
                .body("history.find { it.what == 'REVOKED' }.cause", equalTo("user:uz-officer"))
                .body("history.what", hasItem("REOPENED"));
        asAuthority("UZ-BORDER").contentType(ContentType.JSON)
                .body(Map.of("reason", "again")).when().post("/api/v1/clearances/" + transit + "/revocation")
                .then().statusCode(409);
    }
}
