package org.returnops.registry.status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.Topics;
import org.returnops.contracts.events.ClearanceCaseOpened;
import org.returnops.contracts.events.ClearanceCaseReopened;
import org.returnops.contracts.events.ClearanceDenied;
import org.returnops.contracts.events.ConvoyDeparted;
import org.returnops.contracts.events.MigrantAssigned;
import org.returnops.contracts.events.MigrantCleared;
import org.returnops.contracts.events.MigrantNoShow;
import org.returnops.contracts.events.MigrantUnassigned;
import org.returnops.registry.Registrations;
import org.returnops.testkit.EventSender;
import org.returnops.testkit.TopicProbe;
import org.returnops.testkit.Waiting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.returnops.testkit.Partners.asOperator;

/** A person's status follows what the consular and transport services announce, once per event. */
@QuarkusTest
class StatusFollowsEventsTest {

    private final TopicProbe topics = TopicProbe.ofTestStack();

    @Inject EntityManager entityManager;

    private String register() {
        return asOperator().contentType(ContentType.JSON).body(Registrations.farrukh())
                .when().post("/api/v1/migrants").then().statusCode(201).extract().path("id");
    }

    private EventEnvelope send(Object data, String migrantId) {
        return EventSender.asTest().send(data, migrantId);
    }

    private void awaitStatus(String id, String status) {
        Waiting.until(id + " is " + status).untilAsserted(() -> assertThat(
                asOperator().when().get("/api/v1/migrants/" + id).then().extract().<String>path("status"))
                .isEqualTo(status));
    }

    private void awaitProcessed(String eventId) {
        Waiting.until("event " + eventId + " is processed").until(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from processed_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue() == 1);
    }

    private static ClearanceCaseOpened requested(UUID migrantId) {
        return new ClearanceCaseOpened(migrantId, UUID.randomUUID(),
                List.of(new ClearanceCaseOpened.RequestedClearance("KZ_EXIT", "KZ-MIGRATION")), Instant.now());
    }

    /** A registered person whose clearance case has opened: CLEARANCE_PENDING. */
    private String pendingPerson() {
        String id = register();
        send(requested(UUID.fromString(id)), id);
        awaitStatus(id, "CLEARANCE_PENDING");
        return id;
    }

    /** A person every clearance was granted to: CLEARED. */
    private String clearedPerson() {
        String id = pendingPerson();
        send(new MigrantCleared(UUID.fromString(id), UUID.randomUUID(), Instant.now(), null), id);
        awaitStatus(id, "CLEARED");
        return id;
    }

    /** A pending person an authority denied a clearance (of the given case and id): CLEARANCE_DENIED. */
    private String deniedPerson(UUID caseId, UUID clearanceId) {
        String id = pendingPerson();
        send(new ClearanceDenied(UUID.fromString(id), caseId, clearanceId, "UZ_TRANSIT", "UZ-BORDER",
                "papers incomplete", Instant.now()), id);
        awaitStatus(id, "CLEARANCE_DENIED");
        return id;
    }

    @Test
    void clearanceAssignmentAndDepartureMoveTheStatusWithTheEventAsCause() throws Exception {
        String id = register();
        UUID migrantId = UUID.fromString(id);
        EventEnvelope requested = send(requested(migrantId), id);
        awaitStatus(id, "CLEARANCE_PENDING");
        EventEnvelope cleared = send(new MigrantCleared(migrantId, UUID.randomUUID(), Instant.now(), null), id);
        send(new MigrantCleared(migrantId, UUID.randomUUID(), Instant.now(), null), id);
        awaitStatus(id, "CLEARED");
        UUID convoy = UUID.randomUUID();
        send(new MigrantAssigned(migrantId, convoy, UUID.randomUUID(), 7, Instant.now()), id);
        awaitStatus(id, "ASSIGNED");
        send(new ConvoyDeparted(convoy, List.of(migrantId), 1, Instant.now()), convoy.toString());
        awaitStatus(id, "IN_TRANSIT");

        asOperator().when().get("/api/v1/migrants/" + id + "/history")
                .then().statusCode(200)
                .body("", hasSize(5))
                .body("[1].to", equalTo("CLEARANCE_PENDING"))
                .body("[1].cause", equalTo("event:" + requested.id()))
                .body("[2].to", equalTo("CLEARED"))
                .body("[2].cause", equalTo("event:" + cleared.id()))
                .body("[4].to", equalTo("IN_TRANSIT"));
        asOperator().contentType(ContentType.JSON).body(Map.of("reason", "changed mind"))
                .when().post("/api/v1/migrants/" + id + "/withdrawal")
                .then().statusCode(409);
    }

    @Test
    void aDenialTakenBackMakesTheDeniedPersonPendingAgainAndClearable() throws Exception {
        UUID caseId = UUID.randomUUID();
        UUID transit = UUID.randomUUID();
        String id = deniedPerson(caseId, transit);
        UUID migrantId = UUID.fromString(id);

        EventEnvelope reopened = send(new ClearanceCaseReopened(migrantId, caseId, transit, "UZ_TRANSIT", "UZ-BORDER",
                "REVOKED", "the embassy produced the missing papers", Instant.now()), id);
        awaitStatus(id, "CLEARANCE_PENDING");
        send(new MigrantCleared(migrantId, caseId, Instant.now(), null), id);
        awaitStatus(id, "CLEARED");

        asOperator().when().get("/api/v1/migrants/" + id + "/history")
                .then().body("to", equalTo(List.of("REGISTERED", "CLEARANCE_PENDING", "CLEARANCE_DENIED",
                        "CLEARANCE_PENDING", "CLEARED")))
                .body("[3].cause", equalTo("event:" + reopened.id()));
    }

    @Test
    void aPersonWhoMissedADepartureIsSeatedOnTheNextConvoy() throws Exception {
        String id = clearedPerson();
        UUID migrantId = UUID.fromString(id);
        UUID missed = UUID.randomUUID();
        send(new MigrantAssigned(migrantId, missed, UUID.randomUUID(), 3, Instant.now()), id);
        awaitStatus(id, "ASSIGNED");
        send(new MigrantNoShow(migrantId, missed, "BOARDING", "did not board", Instant.now()), id);
        awaitStatus(id, "NO_SHOW");

        EventEnvelope seatedAgain = send(new MigrantAssigned(migrantId, UUID.randomUUID(), UUID.randomUUID(), 11,
                Instant.now()), id);
        awaitStatus(id, "ASSIGNED");
        asOperator().when().get("/api/v1/migrants/" + id + "/history")
                .then().body("to", equalTo(List.of("REGISTERED", "CLEARANCE_PENDING", "CLEARED", "ASSIGNED", "NO_SHOW",
                        "ASSIGNED")))
                .body("[5].cause", equalTo("event:" + seatedAgain.id()));
    }

    @Test
    void aDeniedPersonMayLeaveTheReturn() throws Exception {
        String id = deniedPerson(UUID.randomUUID(), UUID.randomUUID());

        asOperator().contentType(ContentType.JSON).body(Map.of("reason", "goes home by air on his own"))
                .when().post("/api/v1/migrants/" + id + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void nobodyIsClearedWithoutRecordedConsent() throws Exception {
        Map<String, Object> body = Registrations.farrukh();
        body.remove("consent");
        String id = asOperator().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/migrants").then().statusCode(201).extract().path("id");
        UUID migrantId = UUID.fromString(id);
        send(requested(migrantId), id);
        awaitStatus(id, "CLEARANCE_PENDING");
        send(new MigrantCleared(migrantId, UUID.randomUUID(), Instant.now(), null), id);
        String marker = register();
        send(requested(UUID.fromString(marker)), id);
        awaitStatus(marker, "CLEARANCE_PENDING");
        asOperator().when().get("/api/v1/migrants/" + id).then().body("status", equalTo("CLEARANCE_PENDING"));
    }

    @Test
    void aLateEventAfterWithdrawalChangesNothingAndAnUnknownPersonIsDeadLettered() throws Exception {
        String id = register();
        asOperator().contentType(ContentType.JSON).body(Map.of("reason", "found work in Almaty"))
                .when().post("/api/v1/migrants/" + id + "/withdrawal").then().statusCode(200);
        send(requested(UUID.fromString(id)), id);

        String stranger = UUID.randomUUID().toString();
        send(requested(UUID.fromString(stranger)), stranger);
        assertThat(topics.await(Topics.deadLetter(Topics.CONSULAR_CLEARANCES), r -> stranger.equals(r.key()),
                Duration.ofSeconds(30))).isPresent()
                .hasValueSatisfying(letter -> assertThat(TopicProbe.header(letter, "dlq-reason"))
                        .isEqualTo("clearance-case.opened.v1 names person " + stranger + ", who is not registered"));
        asOperator().when().get("/api/v1/migrants/" + id + "/history")
                .then().body("", hasSize(2)).body("[1].to", equalTo("WITHDRAWN"));
    }

    @Test
    void aSeatGivenUpBeforeDepartureMakesTheAssignedPersonClearedAgainButNotAWithdrawnOne() throws Exception {
        String id = clearedPerson();
        UUID migrantId = UUID.fromString(id);
        UUID convoy = UUID.randomUUID();
        UUID bus = UUID.randomUUID();
        send(new MigrantAssigned(migrantId, convoy, bus, 4, Instant.now()), id);
        awaitStatus(id, "ASSIGNED");
        EventEnvelope unassigned = send(new MigrantUnassigned(migrantId, convoy, bus, "MANIFEST_CHANGED", Instant.now()),
                id);
        awaitStatus(id, "CLEARED");
        asOperator().when().get("/api/v1/migrants/" + id + "/history")
                .then().statusCode(200)
                .body("", hasSize(5))
                .body("[4].from", equalTo("ASSIGNED"))
                .body("[4].to", equalTo("CLEARED"))
                .body("[4].cause", equalTo("event:" + unassigned.id()))
                .body("[4].reason", equalTo("seat in vehicle " + bus + " of convoy " + convoy
                        + " given up: MANIFEST_CHANGED"));

        send(new MigrantAssigned(migrantId, convoy, bus, 4, Instant.now()), id);
        awaitStatus(id, "ASSIGNED");
        asOperator().contentType(ContentType.JSON).body(Map.of("reason", "found work in Almaty"))
                .when().post("/api/v1/migrants/" + id + "/withdrawal").then().statusCode(200);
        EventEnvelope late = send(new MigrantUnassigned(migrantId, convoy, bus, "WITHDRAWN", Instant.now()), id);
        awaitProcessed(late.id());
        asOperator().when().get("/api/v1/migrants/" + id).then().body("status", equalTo("WITHDRAWN"));
    }
}
