package org.returnops.transport.convoy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.returnops.contracts.events.CheckpointPassed;
import org.returnops.contracts.events.ConvoyArrived;
import org.returnops.contracts.events.ConvoyDeparted;
import org.returnops.contracts.events.ConvoyPlanned;
import org.returnops.contracts.events.HeadcountMismatch;
import org.returnops.contracts.events.ManifestConfirmed;
import org.returnops.contracts.events.MigrantArrived;
import org.returnops.contracts.events.MigrantAssigned;
import org.returnops.contracts.events.MigrantNoShow;
import org.returnops.transport.Fixtures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.returnops.transport.Fixtures.DEPARTURE;
import static org.returnops.testkit.Partners.asOperator;
import static org.returnops.transport.Fixtures.convoy;
import static org.returnops.transport.Fixtures.post;
import static org.returnops.transport.Fixtures.vehicle;

/** A convoy from plan to hand-over, through the API, on real PostgreSQL and Kafka. */
@QuarkusTest
class ConvoyResourceTest {

    private static final String KHUJAND = "KZ-UZ-TJ-KHUJAND";

    @Inject Fixtures fixtures;

    @BeforeEach
    void emptyPool() {
        fixtures.emptyPool();
    }

    private static JsonPath getJson(String path) {
        return asOperator().when().get(path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aPlannedConvoyIsAnnouncedAndHoldsItsVehicles() {
        String bus = vehicle(45, 2);
        String minibus = vehicle(16, 4);
        String id = asOperator().contentType(ContentType.JSON)
                .body(Map.of("routeCode", KHUJAND, "plannedDeparture", DEPARTURE.toString(), "escortLead", "D. Karimova",
                        "vehicles", List.of(Map.of("vehicleId", bus, "escort", "A. Nurlanova"), Map.of("vehicleId", minibus))))
                .when().post("/api/v1/convoys")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/convoys/"))
                .body("status", equalTo("PLANNED"))
                .body("destination", equalTo("Khujand"))
                .body("vehicles.escort", contains("A. Nurlanova", null))
                .body("timeline.kind", contains("PLANNED"))
                .extract().path("id");

        List<ConvoyPlanned> planned = fixtures.events(ConvoyPlanned.class, e -> e.convoyId().toString().equals(id), 1);
        assertThat(planned).hasSize(1);
        assertThat(planned.get(0).routeCode()).isEqualTo(KHUJAND);
        assertThat(planned.get(0).vehicles()).extracting(v -> v.seats()).containsExactly(45, 16);
        asOperator().when().get("/api/v1/vehicles/" + bus).then().body("activeConvoyId", equalTo(id));
        asOperator().when().get("/api/v1/convoys").then().statusCode(200).body("id", hasItems(id));
        asOperator().queryParam("status", "PLANNED").when().get("/api/v1/convoys").then().body("id", hasItems(id));

        asOperator().contentType(ContentType.JSON)
                .body(Map.of("routeCode", "KZ-UZ-TJ-DUSHANBE", "plannedDeparture", DEPARTURE.toString(),
                        "vehicles", List.of(Map.of("vehicleId", minibus))))
                .when().post("/api/v1/convoys")
                .then().statusCode(409)
                .body("existingId", equalTo(id))
                .body("detail", containsString("is already in convoy " + id + ", which is PLANNED"));
    }

    @Test
    void aPlanNamesEveryBrokenField() {
        asOperator().contentType(ContentType.JSON).body(Map.of("plannedDeparture", "tomorrow", "vehicles", List.of()))
                .when().post("/api/v1/convoys")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("plannedDeparture"));
        asOperator().contentType(ContentType.JSON).body(Map.of("vehicles", List.of()))
                .when().post("/api/v1/convoys")
                .then().statusCode(400)
                .body("violations.field", contains("plannedDeparture", "routeCode", "vehicles"));
        asOperator().contentType(ContentType.JSON).body(Map.of("routeCode", "KZ-NOWHERE", "plannedDeparture",
                        DEPARTURE.toString(), "vehicles", List.of(Map.of("vehicleId", vehicle(10, 0)))))
                .when().post("/api/v1/convoys")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("routeCode"));
        asOperator().contentType(ContentType.JSON).body(Map.of("routeCode", KHUJAND, "plannedDeparture",
                        DEPARTURE.toString(), "vehicles", List.of(Map.of("vehicleId", vehicle(10, 0)),
                                Map.of("vehicleId", UUID.randomUUID().toString()))))
                .when().post("/api/v1/convoys")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("vehicles[1].vehicleId"))
                .body("violations[0].message", equalTo("must be the id of a vehicle"));
    }

    @Test
    void illegalStepsAre409AndUnknownConvoysAre404() {
        String id = convoy(KHUJAND, DEPARTURE, List.<String[]>of(new String[] {vehicle(10, 0)}));
        String base = "/api/v1/convoys/" + id;

        asOperator().when().post(base + "/manifest/confirmation").then().statusCode(409)
                .body("type", equalTo("urn:return-ops:problem:illegal-transition"))
                .body("detail", equalTo("A convoy cannot go from PLANNED to CONFIRMED; from PLANNED the next status "
                        + "can be [MANIFESTED, CANCELLED]."));
        post(base + "/boarding", Map.of("boarded", List.of(UUID.randomUUID())), 409);
        post(base + "/departure", Map.of(), 409);
        post(base + "/checkpoints", Map.of("crossingCode", "UZ-TJ-OYBEK", "passedAt", DEPARTURE.toString(),
                "headcounts", List.of(Map.of("vehicleId", UUID.randomUUID(), "counted", 1))), 409);
        post(base + "/arrival", Map.of("receivedBy", "TJ-BORDER"), 409);
        post(base + "/closure", null, 409);
        asOperator().when().delete(base + "/manifest/passengers/" + UUID.randomUUID()).then().statusCode(409);
        post(base + "/cancellation", Map.of(), 400);
        assertThat(post(base + "/cancellation", Map.of("reason", "border closed"), 200).getString("status"))
                .isEqualTo("CANCELLED");
        post(base + "/cancellation", Map.of("reason", "again"), 409);
        post(base + "/manifest", null, 409);

        String unknown = "/api/v1/convoys/" + UUID.randomUUID();
        asOperator().when().get(unknown).then().statusCode(404).contentType("application/problem+json");
        asOperator().when().get(unknown + "/manifest").then().statusCode(404);
        asOperator().when().get(unknown + "/manifest.csv").then().statusCode(404);
        post(unknown + "/manifest", null, 404);
        post(unknown + "/departure", Map.of(), 404);
    }

    @Test
    void aConvoyGoesFromManifestToHandOverAndEveryStepIsAnnounced() {
        UUID household = UUID.randomUUID();
        UUID wheelchair = fixtures.eligiblePerson(household, LocalDate.of(1950, 1, 1), List.of("ELDERLY", "DISABILITY"),
                List.of("WHEELCHAIR"));
        UUID daughter = fixtures.eligiblePerson(household, LocalDate.of(1985, 1, 1), List.of(), List.of());
        UUID child = fixtures.eligiblePerson(null, LocalDate.now().minusYears(12), List.of("UNACCOMPANIED_CHILD"),
                List.of());
        UUID adult = fixtures.eligibleAdult();
        UUID late = fixtures.eligibleAdult();
        String minibus = vehicle(6, 2);
        String bus = vehicle(4, 0);
        String id = convoy(KHUJAND, DEPARTURE, List.of(new String[] {minibus, "A. Nurlanova"}, new String[] {bus}));
        String base = "/api/v1/convoys/" + id;

        JsonPath built = asOperator().when().post(base + "/manifest")
                .then().statusCode(201)
                .header("Location", endsWith(base + "/manifest"))
                .body("assigned", equalTo(5))
                .body("leftOver", hasSize(0))
                .body("manifest.status", equalTo("MANIFESTED"))
                .extract().jsonPath();
        assertThat(built.getList("manifest.vehicles[0].passengers.migrantId")).contains(wheelchair.toString(),
                daughter.toString(), child.toString());
        assertThat(built.getInt("manifest.vehicles[0].passengers.find { it.migrantId == '" + wheelchair + "' }.seat"))
                .isEqualTo(1);
        assertThat(fixtures.events(MigrantAssigned.class, e -> e.convoyId().toString().equals(id), 5)).hasSize(5);

        String csv = asOperator().when().get(base + "/manifest.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertThat(csv.split("\r\n")).hasSize(6);
        assertThat(csv).startsWith("\uFEFFconvoy_id,route_code,planned_departure,vehicle_plate,seat,migrant_id,family_name,");
        assertThat(csv).contains(wheelchair + ",RAKHIMOV,FARRUKH,,M,1950-01-01,TJK,PASSPORT,")
                .contains(",WHEELCHAIR,ASSIGNED").doesNotContain("DISABILITY");

        assertThat(post(base + "/manifest/confirmation", null, 200).getString("status")).isEqualTo("CONFIRMED");
        assertThat(fixtures.events(ManifestConfirmed.class, e -> e.convoyId().toString().equals(id), 1).get(0)
                .passengerCount()).isEqualTo(5);
        asOperator().when().delete(base + "/manifest/passengers/" + adult).then().statusCode(409)
                .body("detail", containsString("cannot change its manifest"));

        UUID stranger = UUID.randomUUID();
        asOperator().contentType(ContentType.JSON).body(Map.of("boarded", List.of(wheelchair, stranger)))
                .when().post(base + "/boarding").then().statusCode(400)
                .body("violations[0].field", equalTo("boarded[1]"));
        post(base + "/boarding", Map.of("boarded", List.of(wheelchair, daughter)), 200);
        JsonPath boarding = post(base + "/boarding", Map.of("boarded", List.of(child, adult)), 200);
        assertThat(boarding.getString("status")).isEqualTo("BOARDING");
        assertThat(boarding.getInt("boardedCount")).isEqualTo(4);

        JsonPath departed = post(base + "/departure", Map.of(), 200);
        assertThat(departed.getString("status")).isEqualTo("DEPARTED");
        assertThat(fixtures.events(MigrantNoShow.class, e -> e.migrantId().equals(late), 1).get(0).stage())
                .isEqualTo("BOARDING");
        ConvoyDeparted departure = fixtures.events(ConvoyDeparted.class, e -> e.convoyId().toString().equals(id), 1)
                .get(0);
        assertThat(departure.boardedMigrantIds()).containsExactlyInAnyOrder(wheelchair, daughter, child, adult);

        asOperator().contentType(ContentType.JSON).body(Map.of("crossingCode", "UZ-TJ-SARIOSIYO", "passedAt",
                        DEPARTURE.toString(), "headcounts", List.of(Map.of("vehicleId", minibus, "counted", 3),
                                Map.of("vehicleId", bus, "counted", 1))))
                .when().post(base + "/checkpoints").then().statusCode(400)
                .body("violations[0].field", equalTo("crossingCode"))
                .body("violations[0].message", equalTo("must be a crossing of route KZ-UZ-TJ-KHUJAND: "
                        + "KZ-UZ-ZHIBEK-ZHOLY, UZ-TJ-OYBEK"));
        asOperator().contentType(ContentType.JSON).body(Map.of("crossingCode", "KZ-UZ-ZHIBEK-ZHOLY", "passedAt",
                        DEPARTURE.toString(), "headcounts", List.of(Map.of("vehicleId", minibus, "counted", 3))))
                .when().post(base + "/checkpoints").then().statusCode(400)
                .body("violations[0].field", equalTo("headcounts"));

        String minibusPlate = departed.getString("vehicles[0].plate");
        asOperator().contentType(ContentType.JSON).body(Map.of("crossingCode", "KZ-UZ-ZHIBEK-ZHOLY", "passedAt",
                        DEPARTURE.plusSeconds(3600).toString(), "headcounts", List.of(
                                Map.of("vehicleId", minibus, "counted", 3), Map.of("vehicleId", bus, "counted", 0))))
                .when().post(base + "/checkpoints").then().statusCode(201)
                .body("mismatches", equalTo(1))
                .body("headcounts.find { it.vehicleId == '" + minibus + "' }.expected", equalTo(4))
                .body("headcounts.find { it.vehicleId == '" + minibus + "' }.matches", equalTo(false));
        HeadcountMismatch mismatch = fixtures.events(HeadcountMismatch.class, e -> e.convoyId().toString().equals(id),
                1).get(0);
        assertThat(mismatch.vehicleId().toString()).isEqualTo(minibus);
        assertThat(mismatch.expected()).isEqualTo(4);
        assertThat(mismatch.counted()).isEqualTo(3);
        assertThat(fixtures.events(CheckpointPassed.class, e -> e.convoyId().toString().equals(id)
                && e.crossingCode().equals("KZ-UZ-ZHIBEK-ZHOLY"), 1)).hasSize(1);
        asOperator().when().get(base).then().body("openMismatches", hasSize(1))
                .body("openMismatches[0].plate", equalTo(minibusPlate));

        post(base + "/checkpoints", Map.of("crossingCode", "UZ-TJ-OYBEK", "passedAt",
                DEPARTURE.plusSeconds(7200).toString(), "headcounts", List.of(
                        Map.of("vehicleId", minibus, "counted", 3), Map.of("vehicleId", bus, "counted", 0))), 201);
        asOperator().contentType(ContentType.JSON).body(Map.of("receivedBy", "TJ-BORDER"))
                .when().post(base + "/arrival").then().statusCode(409)
                .body("detail", containsString(minibusPlate + " (counted 3 at UZ-TJ-OYBEK, expected 4)"));
        asOperator().contentType(ContentType.JSON).body(Map.of("receivedBy", "TJ-BORDER", "noShows",
                        List.of(Map.of("migrantId", late))))
                .when().post(base + "/arrival").then().statusCode(400)
                .body("violations[0].field", equalTo("noShows[0].migrantId"));

        JsonPath arrived = post(base + "/arrival", Map.of("receivedBy", "TJ-BORDER", "noShows",
                List.of(Map.of("migrantId", daughter, "reason", "left at the Gisht Kuprik rest stop"))), 200);
        assertThat(arrived.getString("status")).isEqualTo("ARRIVED");
        assertThat(arrived.getString("receivedBy")).isEqualTo("TJ-BORDER");
        assertThat(fixtures.events(MigrantArrived.class, e -> e.convoyId().toString().equals(id), 3))
                .extracting(MigrantArrived::migrantId).containsExactlyInAnyOrder(wheelchair, child, adult);
        MigrantNoShow missing = fixtures.events(MigrantNoShow.class, e -> e.migrantId().equals(daughter), 1).get(0);
        assertThat(missing.stage()).isEqualTo("ARRIVAL");
        assertThat(missing.reason()).isEqualTo("left at the Gisht Kuprik rest stop");
        ConvoyArrived handOver = fixtures.events(ConvoyArrived.class, e -> e.convoyId().toString().equals(id), 1).get(0);
        assertThat(handOver.arrivedCount()).isEqualTo(3);
        assertThat(handOver.noShowCount()).isEqualTo(1);
        assertThat(handOver.destination()).isEqualTo("Khujand");
        asOperator().when().get("/api/v1/vehicles/" + minibus).then().body("activeConvoyId", nullValue());
        asOperator().when().get(base + "/manifest").then().statusCode(200)
                .body("vehicles[0].passengers.find { it.migrantId == '" + daughter + "' }.status", equalTo("NO_SHOW"));

        assertThat(post(base + "/closure", null, 200).getString("status")).isEqualTo("CLOSED");
        post(base + "/closure", null, 409);
        asOperator().when().get(base).then().body("timeline.kind", hasItems("PLANNED", "MANIFEST_BUILT", "CONFIRMED",
                "BOARDING", "DEPARTED", "HEADCOUNT_MISMATCH", "CHECKPOINT", "ARRIVED", "CLOSED"));
    }

    @Test
    void aPersonTheConvoyLeftWithoutIsSeatedOnTheNextConvoyButNobodyOnTheRoadIs() {
        UUID late = fixtures.eligibleAdult();
        UUID aboard = fixtures.eligibleAdult();
        String first = "/api/v1/convoys/" + convoy(KHUJAND, DEPARTURE, List.<String[]>of(new String[] {vehicle(4, 0)}));
        asOperator().when().post(first + "/manifest").then().statusCode(201).body("assigned", equalTo(2));
        post(first + "/manifest/confirmation", null, 200);
        post(first + "/boarding", Map.of("boarded", List.of(aboard)), 200);
        post(first + "/departure", Map.of(), 200);
        assertThat(fixtures.events(MigrantNoShow.class, e -> e.migrantId().equals(late), 1).get(0).stage())
                .isEqualTo("BOARDING");

        String next = convoy(KHUJAND, DEPARTURE.plusSeconds(86_400), List.<String[]>of(new String[] {vehicle(4, 0)}));
        JsonPath built = asOperator().when().post("/api/v1/convoys/" + next + "/manifest").then().statusCode(201)
                .body("assigned", equalTo(1)).extract().jsonPath();
        assertThat(built.getList("manifest.vehicles[0].passengers.migrantId")).containsExactly(late.toString());
        assertThat(fixtures.events(MigrantAssigned.class, e -> e.migrantId().equals(late)
                && e.convoyId().toString().equals(next), 1)).hasSize(1);
        asOperator().when().get(first + "/manifest").then().statusCode(200)
                .body("vehicles[0].passengers.find { it.migrantId == '" + late + "' }.status", equalTo("NO_SHOW"))
                .body("vehicles[0].passengers.find { it.migrantId == '" + aboard + "' }.status", equalTo("BOARDED"));
    }

    @Test
    void aRecountThatMatchesResolvesAMismatch() {
        UUID first = fixtures.eligibleAdult();
        UUID second = fixtures.eligibleAdult();
        String bus = vehicle(10, 0);
        String id = convoy(KHUJAND, DEPARTURE, List.<String[]>of(new String[] {bus}));
        String base = "/api/v1/convoys/" + id;
        post(base + "/manifest", null, 201);
        post(base + "/manifest/confirmation", null, 200);
        post(base + "/boarding", Map.of("boarded", List.of(first, second)), 200);
        post(base + "/departure", Map.of("departedAt", DEPARTURE.toString()), 200);

        post(base + "/checkpoints", Map.of("crossingCode", "KZ-UZ-ZHIBEK-ZHOLY", "passedAt", DEPARTURE.toString(),
                "headcounts", List.of(Map.of("vehicleId", bus, "counted", 3))), 201);
        post(base + "/arrival", Map.of("receivedBy", "TJ-BORDER"), 409);
        post(base + "/checkpoints", Map.of("crossingCode", "KZ-UZ-ZHIBEK-ZHOLY", "passedAt",
                DEPARTURE.plusSeconds(600).toString(), "headcounts", List.of(Map.of("vehicleId", bus, "counted", 2))),
                201);
        assertThat(getJson(base).getList("openMismatches")).isEmpty();
        post(base + "/checkpoints", Map.of("crossingCode", "UZ-TJ-OYBEK", "passedAt",
                DEPARTURE.plusSeconds(7200).toString(), "headcounts", List.of(Map.of("vehicleId", bus, "counted", 2))),
                201);

        assertThat(post(base + "/arrival", Map.of("receivedBy", "TJ-BORDER"), 200).getString("status"))
                .isEqualTo("ARRIVED");
    }
}
