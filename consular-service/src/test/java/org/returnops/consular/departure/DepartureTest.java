package org.returnops.consular.departure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.returnops.consular.ConsularFlowSupport;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.ClearanceRequested;
import org.returnops.contracts.events.ConvoyDeparted;
import org.returnops.contracts.events.ConvoyPlanned;
import org.returnops.contracts.events.ConvoyRescheduled;
import org.returnops.contracts.events.MigrantArrived;
import org.returnops.contracts.events.MigrantAssigned;
import org.returnops.contracts.events.MigrantNoShow;
import org.returnops.contracts.events.MigrantUnassigned;
import org.returnops.contracts.events.VehicleSeats;
import org.returnops.testkit.Waiting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.returnops.testkit.Partners.asOperator;

/** Grants are checked against the planned departure, and departure spends the certificate of return. */
@QuarkusTest
class DepartureTest extends ConsularFlowSupport {

    private static final Map<String, String> AUTHORITY_OF = Map.of("KZ_EXIT", "KZ-MIGRATION",
            "UZ_TRANSIT", "UZ-BORDER", "TJ_NATIONALITY", "TJ-EMBASSY-KZ", "TJ_ENTRY", "TJ-BORDER");
    private static final VehicleSeats BUS = new VehicleSeats(UUID.randomUUID(), "KZ 123 ABC 02", 45, 0);

    private void planConvoy(UUID convoyId, Instant departure) {
        send(new ConvoyPlanned(convoyId, "KZ-UZ-TJ-KHUJAND", departure, List.of(BUS), Instant.now()),
                convoyId.toString());
    }

    /** A seat for the person on a new convoy leaving at that time, once the case knows of it; the convoy's id. */
    private UUID seatOnConvoyLeaving(UUID migrantId, Instant departure) {
        UUID convoyId = UUID.randomUUID();
        planConvoy(convoyId, departure);
        assign(migrantId, convoyId);
        awaitHistory(migrantId, "DEPARTURE_PLANNED");
        return convoyId;
    }

    private void assign(UUID migrantId, UUID convoyId) {
        send(new MigrantAssigned(migrantId, convoyId, BUS.vehicleId(), 7, Instant.now()), migrantId.toString());
    }

    private void awaitHistory(UUID migrantId, String what) {
        Waiting.until(what + " in the history of " + migrantId, WAIT).untilAsserted(() -> assertThat(
                asOperator().when().get("/api/v1/clearance-cases/" + migrantId)
                        .then().extract().jsonPath().getList("history.what", String.class)).contains(what));
    }

    @Test
    void aUzTransitGrantLastsOnlyAsLongAsItsPcrTest() throws Exception {
        UUID migrantId = register();
        Instant takenAt = Instant.now().minus(10, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        recordPcr(migrantId, takenAt, "NEGATIVE");

        decide(clearanceOf(migrantId, "UZ_TRANSIT"), "UZ-BORDER", Map.of("outcome", "GRANTED",
                "validUntil", Instant.now().plus(30, ChronoUnit.DAYS).toString()))
                .statusCode(200)
                .body("validUntil", equalTo(takenAt.plus(72, ChronoUnit.HOURS).toString()));
    }

    @Test
    void aGrantThatWouldLapseBeforeThePlannedDepartureIsRefused() throws Exception {
        UUID migrantId = register();
        Instant departure = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        UUID convoyId = seatOnConvoyLeaving(migrantId, departure);
        asOperator().when().get("/api/v1/clearance-cases/" + migrantId).then()
                .body("convoyId", equalTo(convoyId.toString()))
                .body("plannedDeparture", equalTo(departure.toString()));
        recordPcr(migrantId, Instant.now().minus(1, ChronoUnit.HOURS), "NEGATIVE");

        decide(clearanceOf(migrantId, "UZ_TRANSIT"), "UZ-BORDER", Map.of("outcome", "GRANTED"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("before the planned departure at " + departure))
                .body("detail", containsString("record a newer negative test first"));
        asOperator().when().get("/api/v1/clearance-cases/" + migrantId).then()
                .body("clearances.find { it.type == 'UZ_TRANSIT' }.status", equalTo("PENDING"));
    }

    @Test
    void aSeatOnAConvoyLeavingAfterTheGrantLapsesReopensTheClearance() throws Exception {
        UUID migrantId = register();
        recordPcr(migrantId, Instant.now().minus(1, ChronoUnit.HOURS), "NEGATIVE");
        String uzTransit = clearanceOf(migrantId, "UZ_TRANSIT");
        decide(uzTransit, "UZ-BORDER", Map.of("outcome", "GRANTED")).statusCode(200);

        UUID convoyId = UUID.randomUUID();
        assign(migrantId, convoyId);
        planConvoy(convoyId, Instant.now().plus(4, ChronoUnit.DAYS));
        awaitHistory(migrantId, "LAPSES_BEFORE_DEPARTURE");

        asOperator().when().get("/api/v1/clearance-cases/" + migrantId).then()
                .body("clearances.find { it.type == 'UZ_TRANSIT' }.status", equalTo("PENDING"))
                .body("history.detail", hasItem(containsString("the convoy is planned to leave at")));
        List<EventEnvelope> requested = events(migrantId, "clearance.requested.v1", 5);
        assertThat(requested).filteredOn(e -> e.data(ClearanceRequested.class).clearanceId().toString().equals(uzTransit))
                .hasSize(2);
    }

    @Test
    void aDepartureMovedBeyondTheGrantReopensTheClearance() throws Exception {
        UUID migrantId = register();
        recordPcr(migrantId, Instant.now().minus(1, ChronoUnit.HOURS), "NEGATIVE");
        decide(clearanceOf(migrantId, "UZ_TRANSIT"), "UZ-BORDER", Map.of("outcome", "GRANTED")).statusCode(200);
        Instant planned = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        UUID convoyId = seatOnConvoyLeaving(migrantId, planned);

        Instant moved = Instant.now().plus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        send(new ConvoyRescheduled(convoyId, planned, moved, "Gisht Kuprik closed", Instant.now()),
                convoyId.toString());
        awaitHistory(migrantId, "LAPSES_BEFORE_DEPARTURE");

        asOperator().when().get("/api/v1/clearance-cases/" + migrantId).then()
                .body("plannedDeparture", equalTo(moved.toString()))
                .body("clearances.find { it.type == 'UZ_TRANSIT' }.status", equalTo("PENDING"));
    }

    @Test
    void aGrantLastingBeyondThePlannedDepartureStands() throws Exception {
        UUID migrantId = register();
        recordPcr(migrantId, Instant.now().minus(1, ChronoUnit.HOURS), "NEGATIVE");
        decide(clearanceOf(migrantId, "UZ_TRANSIT"), "UZ-BORDER", Map.of("outcome", "GRANTED")).statusCode(200);

        UUID convoyId = seatOnConvoyLeaving(migrantId, Instant.now().plus(1, ChronoUnit.DAYS));

        asOperator().when().get("/api/v1/clearance-cases/" + migrantId).then()
                .body("clearances.find { it.type == 'UZ_TRANSIT' }.status", equalTo("GRANTED"))
                .body("history.what", org.hamcrest.Matchers.not(hasItem("LAPSES_BEFORE_DEPARTURE")));
    }

    @Test
    void aSeatGivenUpReleasesTheCaseFromThatDeparture() throws Exception {
        UUID migrantId = register();
        UUID convoyId = seatOnConvoyLeaving(migrantId, Instant.now().plus(5, ChronoUnit.DAYS));

        send(new MigrantUnassigned(migrantId, convoyId, BUS.vehicleId(), "MANIFEST_CHANGED", Instant.now()),
                migrantId.toString());
        awaitHistory(migrantId, "DEPARTURE_CANCELLED");

        asOperator().when().get("/api/v1/clearance-cases/" + migrantId).then()
                .body("convoyId", org.hamcrest.Matchers.nullValue())
                .body("plannedDeparture", org.hamcrest.Matchers.nullValue());
        recordPcr(migrantId, Instant.now().minus(1, ChronoUnit.HOURS), "NEGATIVE");
        decide(clearanceOf(migrantId, "UZ_TRANSIT"), "UZ-BORDER", Map.of("outcome", "GRANTED")).statusCode(200);
    }

    @Test
    void aPersonLeftBehindAtBoardingNoLongerWaitsForThatConvoyAndIsHeldToTheNextOne() throws Exception {
        UUID migrantId = register();
        UUID missed = seatOnConvoyLeaving(migrantId, Instant.now().plus(2, ChronoUnit.DAYS));

        send(new MigrantNoShow(migrantId, missed, "BOARDING", "did not board", Instant.now()), migrantId.toString());
        awaitHistory(migrantId, "MISSED_DEPARTURE");
        asOperator().when().get("/api/v1/clearance-cases/" + migrantId).then()
                .body("convoyId", org.hamcrest.Matchers.nullValue())
                .body("plannedDeparture", org.hamcrest.Matchers.nullValue())
                .body("departedAt", org.hamcrest.Matchers.nullValue());

        UUID next = UUID.randomUUID();
        Instant leaves = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        planConvoy(next, leaves);
        assign(migrantId, next);
        Waiting.until("the case to wait for the next convoy", WAIT).untilAsserted(() -> asOperator()
                .when().get("/api/v1/clearance-cases/" + migrantId).then()
                .body("convoyId", equalTo(next.toString()))
                .body("plannedDeparture", equalTo(leaves.toString())));
    }

    @Test
    void departureSpendsTheCertificateOfReturn() throws Exception {
        UUID migrantId = register(LocalDate.now().minusYears(1));
        asAuthority("TJ-EMBASSY-KZ").contentType(ContentType.JSON)
                .body(Map.of("number", "CR-" + migrantId.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT), "issuedBy", "Consul A. Rahimov"))
                .when().post("/api/v1/clearance-cases/" + migrantId + "/travel-documents")
                .then().statusCode(201).body("used", equalTo(false));

        UUID convoyId = UUID.randomUUID();
        send(new ConvoyDeparted(convoyId, List.of(migrantId), 1, Instant.now()), convoyId.toString());
        awaitHistory(migrantId, "CERTIFICATE_USED");

        String nationality = clearanceOf(migrantId, "TJ_NATIONALITY");
        decide(nationality, "TJ-EMBASSY-KZ", Map.of("outcome", "GRANTED"))
                .statusCode(409)
                .body("detail", containsString("has no valid passport"));
    }

    @Test
    void onTheRoadTheClearancesStandAGrantLapsingOnTheWayIsNotRequestedAgainAndArrivalClosesTheCase()
            throws Exception {
        UUID migrantId = register();
        // the UZ transit grant lasts only as long as the PCR test: 72 hours from taking it, here 10 seconds from now
        recordPcr(migrantId, Instant.now().minus(72, ChronoUnit.HOURS).plusSeconds(10), "NEGATIVE");
        String transit = clearanceOf(migrantId, "UZ_TRANSIT");
        Instant lapses = Instant.parse(decide(transit, "UZ-BORDER", Map.of("outcome", "GRANTED"))
                .statusCode(200).extract().path("validUntil"));
        for (String type : List.of("KZ_EXIT", "TJ_NATIONALITY", "TJ_ENTRY")) {
            decide(clearanceOf(migrantId, type), AUTHORITY_OF.get(type), Map.of("outcome", "GRANTED")).statusCode(200);
        }
        awaitCaseStatus(migrantId, "CLEARED");
        UUID convoyId = UUID.randomUUID();
        Instant departedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        send(new ConvoyDeparted(convoyId, List.of(migrantId), 1, departedAt), convoyId.toString());
        awaitHistory(migrantId, "DEPARTED");
        assertThat(Instant.now()).as("departed before the grant lapses").isBefore(lapses);

        // the grant lapses on the road; the expiry check (every second in the tests) runs past it several times
        Duration untilChecked = Duration.between(Instant.now(), lapses.plusSeconds(3));
        Waiting.until("the case to stand while the grant lapses on the road", untilChecked.plus(WAIT))
                .during(untilChecked)
                .untilAsserted(() -> asOperator().when().get("/api/v1/clearance-cases/" + migrantId).then()
                        .body("status", equalTo("CLEARED"))
                        .body("clearances.find { it.type == 'UZ_TRANSIT' }.status", equalTo("GRANTED")));
        asOperator().when().get("/api/v1/clearance-cases/" + migrantId).then()
                .body("departedAt", equalTo(departedAt.toString()))
                .body("history.what", org.hamcrest.Matchers.not(hasItem("EXPIRED")));
        assertThat(events(migrantId, "clearance.requested.v1", 5))
                .filteredOn(e -> e.data(ClearanceRequested.class).clearanceId().toString().equals(transit)).hasSize(1);

        asAuthority("UZ-BORDER").contentType(ContentType.JSON).body(Map.of("reason", "the PCR test is too old"))
                .when().post("/api/v1/clearances/" + transit + "/revocation")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("left on convoy " + convoyId));

        send(new MigrantArrived(migrantId, convoyId, "Fotehobod border post", Instant.now()), migrantId.toString());
        awaitCaseStatus(migrantId, "CLOSED");
    }
}
