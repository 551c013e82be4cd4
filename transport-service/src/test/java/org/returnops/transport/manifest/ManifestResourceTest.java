package org.returnops.transport.manifest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.returnops.contracts.events.ClearanceDenied;
import org.returnops.contracts.events.ClearanceCaseReopened;
import org.returnops.contracts.events.MigrantAssigned;
import org.returnops.contracts.events.MigrantUnassigned;
import org.returnops.contracts.events.MigrantUpdated;
import org.returnops.contracts.events.MigrantWithdrawn;
import org.returnops.contracts.events.PersonName;
import org.returnops.platform.problem.DomainProblem;
import org.returnops.transport.Fixtures;
import org.returnops.transport.convoy.Convoy;
import org.returnops.transport.convoy.ConvoyRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.returnops.transport.Fixtures.DEPARTURE;
import static org.returnops.testkit.Partners.asOperator;
import static org.returnops.transport.Fixtures.cleared;
import static org.returnops.transport.Fixtures.convoy;
import static org.returnops.transport.Fixtures.post;
import static org.returnops.transport.Fixtures.registered;
import static org.returnops.transport.Fixtures.vehicle;

/** Changes to a manifest: by operators before confirmation, by withdrawals and clearances until departure. */
@QuarkusTest
class ManifestResourceTest {

    private static final String KHUJAND = "KZ-UZ-TJ-KHUJAND";

    @Inject Fixtures fixtures;

    @Inject ConvoyRepository convoys;

    @BeforeEach
    void emptyPool() {
        fixtures.emptyPool();
    }

    private List<MigrantUnassigned> unassigned(UUID migrantId) {
        return fixtures.events(MigrantUnassigned.class, e -> e.migrantId().equals(migrantId), 1);
    }

    private static String manifestOf(String convoyId) {
        return asOperator().when().get("/api/v1/convoys/" + convoyId + "/manifest").then().statusCode(200).extract()
                .asString();
    }

    @Test
    void whoDoesNotFitStaysInThePoolInOrderWithTheReason() {
        UUID child = fixtures.eligiblePerson(null, LocalDate.now().minusYears(10), List.of("UNACCOMPANIED_CHILD"),
                List.of());
        UUID adult = fixtures.eligibleAdult();
        UUID expiring = UUID.randomUUID();
        fixtures.send(registered(expiring, null, LocalDate.of(1990, 1, 1), List.of(), List.of()), expiring);
        fixtures.send(cleared(expiring, DEPARTURE.minusSeconds(3600)), expiring);
        fixtures.awaitEligible(List.of(expiring));
        String id = convoy(KHUJAND, DEPARTURE, List.<String[]>of(new String[] {vehicle(45, 0)}));

        JsonPath built = post("/api/v1/convoys/" + id + "/manifest", null, 201);

        assertThat(built.getInt("assigned")).isEqualTo(1);
        assertThat(built.getList("leftOver.migrantId")).containsExactly(child.toString(), expiring.toString());
        assertThat(built.getList("leftOver.reason")).containsExactly("NO_ESCORT_WITH_ROOM",
                "CLEARANCE_ENDS_BEFORE_DEPARTURE");
        assertThat(built.getList("leftOver.position")).containsExactly(1, 2);
        assertThat(built.getString("manifest.vehicles[0].passengers[0].migrantId")).isEqualTo(adult.toString());
    }

    @Test
    void anOperatorTakesAPersonOffAndTheTopUpSeatsSomeoneElse() {
        UUID first = fixtures.eligibleAdult();
        UUID second = fixtures.eligibleAdult();
        String id = convoy(KHUJAND, DEPARTURE, List.<String[]>of(new String[] {vehicle(2, 0)}));
        String base = "/api/v1/convoys/" + id;
        post(base + "/manifest", null, 201);
        UUID third = fixtures.eligibleAdult();

        asOperator().when().delete(base + "/manifest/passengers/" + first)
                .then().statusCode(200)
                .body("passengerCount", equalTo(1))
                .body("vehicles[0].passengers.migrantId", not(hasItem(first.toString())));
        MigrantUnassigned off = unassigned(first).get(0);
        assertThat(off.reason()).isEqualTo("MANIFEST_CHANGED");
        assertThat(off.convoyId().toString()).isEqualTo(id);
        asOperator().when().delete(base + "/manifest/passengers/" + first).then().statusCode(404);

        JsonPath topUp = asOperator().when().post(base + "/manifest").then().statusCode(200).extract().jsonPath();
        assertThat(topUp.getInt("assigned")).isEqualTo(1);
        assertThat(topUp.getList("manifest.vehicles[0].passengers.migrantId")).containsExactlyInAnyOrder(
                second.toString(), topUp.getString("manifest.vehicles[0].passengers.find { it.migrantId != '" + second
                        + "' }.migrantId"));
        assertThat(topUp.getList("leftOver")).hasSize(1);
        assertThat(List.of(first.toString(), third.toString()))
                .contains(topUp.getString("leftOver[0].migrantId"));
    }

    @Test
    void aHouseholdMovesWholeAndOnlyWhereItFits() {
        UUID household = UUID.randomUUID();
        UUID mother = fixtures.eligiblePerson(household, LocalDate.of(1985, 1, 1), List.of("SINGLE_PARENT"), List.of());
        UUID son = fixtures.eligiblePerson(household, LocalDate.now().minusYears(8), List.of(), List.of());
        String small = vehicle(2, 0);
        String large = vehicle(10, 0);
        String tiny = vehicle(1, 0);
        String id = convoy(KHUJAND, DEPARTURE, List.of(new String[] {small}, new String[] {large},
                new String[] {tiny}));
        String base = "/api/v1/convoys/" + id;
        JsonPath built = post(base + "/manifest", null, 201);
        assertThat(built.getList("manifest.vehicles[0].passengers")).hasSize(2);

        post(base + "/manifest/moves", Map.of("migrantId", son, "vehicleId", tiny), 409);
        asOperator().contentType(ContentType.JSON).body(Map.of("migrantId", son, "vehicleId", UUID.randomUUID()))
                .when().post(base + "/manifest/moves").then().statusCode(400)
                .body("violations[0].field", equalTo("vehicleId"));
        asOperator().contentType(ContentType.JSON).body(Map.of("migrantId", son))
                .when().post(base + "/manifest/moves").then().statusCode(400)
                .body("violations[0].field", equalTo("vehicleId"));
        JsonPath moved = post(base + "/manifest/moves", Map.of("migrantId", son, "vehicleId", large), 200);

        assertThat(moved.getList("vehicles[0].passengers")).isEmpty();
        assertThat(moved.getList("vehicles[1].passengers.migrantId")).containsExactlyInAnyOrder(mother.toString(),
                son.toString());
        assertThat(fixtures.events(MigrantAssigned.class, e -> e.migrantId().equals(mother)
                && e.vehicleId().toString().equals(large), 1)).hasSize(1);
    }

    @Test
    void aWithdrawalADenialConsentTakenBackOrAClearanceNoLongerValidTakesThePersonOffBeforeDeparture() {
        UUID withdrawing = fixtures.eligibleAdult();
        UUID expiring = fixtures.eligibleAdult();
        UUID denied = fixtures.eligibleAdult();
        UUID withoutConsent = fixtures.eligibleAdult();
        UUID staying = fixtures.eligibleAdult();
        String id = convoy(KHUJAND, DEPARTURE, List.<String[]>of(new String[] {vehicle(10, 0)}));
        String base = "/api/v1/convoys/" + id;
        post(base + "/manifest", null, 201);
        post(base + "/manifest/confirmation", null, 200);
        post(base + "/boarding", Map.of("boarded", List.of(denied)), 200);

        fixtures.awaitProcessed(fixtures.send(new MigrantWithdrawn(withdrawing, "found work in Shymkent", "operator",
                Instant.now()), withdrawing));
        fixtures.awaitProcessed(fixtures.send(new ClearanceCaseReopened(expiring, UUID.randomUUID(), UUID.randomUUID(),
                "UZ_TRANSIT", "UZ-BORDER", "EXPIRED", "UZ_TRANSIT (GRANTED by UZ-BORDER): granted until yesterday",
                Instant.now()), expiring));

        fixtures.awaitProcessed(fixtures.send(new ClearanceDenied(denied, UUID.randomUUID(), UUID.randomUUID(),
                "UZ_TRANSIT", "UZ-BORDER", "PCR test older than 72 hours", Instant.now()), denied));
        fixtures.awaitProcessed(fixtures.send(new MigrantUpdated(withoutConsent, null, "KZ-ZHIBEK-ZHOLY",
                new PersonName("RAKHIMOV", "FARRUKH", null), null, "M", LocalDate.of(1990, 1, 1), "TJK", List.of(),
                List.of(), List.of(), "Sughd", false, List.of("consentGiven"), Instant.now()), withoutConsent));

        assertThat(unassigned(withdrawing).get(0).reason()).isEqualTo("WITHDRAWN");
        assertThat(unassigned(withoutConsent).get(0).reason()).isEqualTo("WITHDRAWN");
        assertThat(unassigned(denied).get(0).reason()).isEqualTo("CLEARANCE_NOT_VALID");
        assertThat(unassigned(expiring).get(0).reason()).isEqualTo("CLEARANCE_NOT_VALID");
        asOperator().when().get(base + "/manifest").then()
                .body("passengerCount", equalTo(1))
                .body("vehicles[0].passengers.migrantId", equalTo(List.of(staying.toString())));
        asOperator().when().get(base).then().body("timeline.detail", hasItem(containsString(
                "person " + withdrawing + " taken off")));
    }

    @Test
    void aWithdrawalAfterDepartureIsRecordedNotApplied() {
        UUID traveller = fixtures.eligibleAdult();
        String id = convoy(KHUJAND, DEPARTURE, List.<String[]>of(new String[] {vehicle(10, 0)}));
        String base = "/api/v1/convoys/" + id;
        post(base + "/manifest", null, 201);
        post(base + "/manifest/confirmation", null, 200);
        post(base + "/boarding", Map.of("boarded", List.of(traveller)), 200);
        post(base + "/departure", Map.of(), 200);

        fixtures.awaitProcessed(fixtures.send(new MigrantWithdrawn(traveller, "wants to go back", "operator",
                Instant.now()), traveller));

        asOperator().when().get(base + "/manifest").then()
                .body("vehicles[0].passengers", hasSize(1))
                .body("vehicles[0].passengers[0].status", equalTo("BOARDED"));
        asOperator().when().get(base).then().body("timeline.kind", hasItem("RECORDED_AFTER_DEPARTURE"))
                .body("timeline.detail", hasItem(containsString("recorded, not applied: the convoy is DEPARTED")));
    }

    @Test
    void aChangeMadeOnAStaleReadOfTheConvoyIsAConflictAndChangesNothing() {
        UUID first = fixtures.eligibleAdult();
        UUID second = fixtures.eligibleAdult();
        String id = convoy(KHUJAND, DEPARTURE, List.<String[]>of(new String[] {vehicle(10, 0)}));
        post("/api/v1/convoys/" + id + "/manifest", null, 201);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            Convoy stale = convoys.get(UUID.fromString(id));
            asOperator().when().delete("/api/v1/convoys/" + id + "/manifest/passengers/" + first)
                    .then().statusCode(200);
            stale.escortLead = "changed on a stale read";
            convoys.touch(stale);
        })).isInstanceOf(DomainProblem.Conflict.class)
                .hasMessage("Convoy " + id + " was changed by someone else at the same time; read it again and retry.");

        asOperator().when().get("/api/v1/convoys/" + id).then()
                .body("escortLead", equalTo(null))
                .body("passengerCount", equalTo(1));
        asOperator().when().get("/api/v1/convoys/" + id + "/manifest").then()
                .body("vehicles[0].passengers.migrantId", equalTo(List.of(second.toString())));
    }

    @Test
    void cancellingGivesEverySeatBackAndFreesTheVehicles() {
        UUID traveller = fixtures.eligibleAdult();
        String bus = vehicle(10, 0);
        String id = convoy(KHUJAND, DEPARTURE, List.<String[]>of(new String[] {bus}));
        post("/api/v1/convoys/" + id + "/manifest", null, 201);

        assertThat(post("/api/v1/convoys/" + id + "/cancellation", Map.of("reason", "border closed"), 200)
                .getString("status")).isEqualTo("CANCELLED");

        assertThat(unassigned(traveller).get(0).reason()).isEqualTo("CONVOY_CANCELLED");
        assertThat(manifestOf(id)).contains("\"passengerCount\":0");
        asOperator().when().get("/api/v1/vehicles/" + bus).then().body("activeConvoyId", equalTo(null));
        convoy(KHUJAND, DEPARTURE, List.<String[]>of(new String[] {bus}));
    }
}
