package org.returnops.transport.convoy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.returnops.platform.security.Roles;
import org.returnops.transport.Fixtures;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.returnops.transport.Fixtures.DEPARTURE;
import static org.returnops.testkit.Partners.asRole;
import static org.returnops.transport.Fixtures.convoy;
import static org.returnops.transport.Fixtures.post;
import static org.returnops.transport.Fixtures.vehicle;

/**
 * The road as it is: crossings in route order, every one before arrival, counts per person that name who is
 * missing, a count at the hand-over, and border services recording only their own country's crossings.
 */
@QuarkusTest
class CheckpointOrderTest {

    @Inject Fixtures fixtures;

    @BeforeEach
    void emptyPool() {
        fixtures.emptyPool();
    }

    @Test
    void crossingsArePassedInRouteOrderAndCountsPerPersonNameWhoIsMissing() {
        UUID first = fixtures.eligibleAdult();
        UUID second = fixtures.eligibleAdult();
        String bus = vehicle(10, 0);
        String id = convoy("KZ-UZ-TJ-KHUJAND", DEPARTURE, List.<String[]>of(new String[] {bus}));
        String base = "/api/v1/convoys/" + id;
        JsonPath built = post(base + "/manifest", null, 201);
        int secondSeat = built.getInt("manifest.vehicles[0].passengers.find { it.migrantId == '" + second + "' }.seat");
        int firstSeat = built.getInt("manifest.vehicles[0].passengers.find { it.migrantId == '" + first + "' }.seat");
        post(base + "/manifest/confirmation", null, 200);
        post(base + "/boarding", Map.of("boarded", List.of(first, second)), 200);
        post(base + "/departure", Map.of("departedAt", DEPARTURE.toString()), 200);

        checkpoint(Roles.OPERATOR, base, "UZ-TJ-OYBEK", Map.of("vehicleId", bus, "counted", 2)).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("the next is KZ-UZ-ZHIBEK-ZHOLY"));
        asRole(Roles.OPERATOR).contentType(ContentType.JSON).body(Map.of("receivedBy", "TJ-BORDER"))
                .when().post(base + "/arrival").then().statusCode(409)
                .body("detail", containsString("KZ-UZ-ZHIBEK-ZHOLY, UZ-TJ-OYBEK not yet recorded"));

        checkpoint(Roles.TJ_BORDER, base, "KZ-UZ-ZHIBEK-ZHOLY", Map.of("vehicleId", bus, "counted", 2))
                .statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("only the crossings of its own country (TJK)"));
        checkpoint(Roles.UZ_BORDER, base, "KZ-UZ-ZHIBEK-ZHOLY", Map.of("vehicleId", bus, "seats", List.of(firstSeat)))
                .statusCode(201)
                .body("headcounts[0].expected", equalTo(2))
                .body("headcounts[0].counted", equalTo(1))
                .body("headcounts[0].missing[0].migrantId", equalTo(second.toString()))
                .body("headcounts[0].missing[0].seat", equalTo(secondSeat))
                .body("headcounts[0].missing[0].familyName", equalTo("RAKHIMOV"));
        asRole(Roles.OPERATOR).contentType(ContentType.JSON).body(Map.of("receivedBy", "TJ-BORDER"))
                .when().post(base + "/arrival").then().statusCode(409)
                .body("detail", containsString("UZ-TJ-OYBEK not yet recorded"));

        String documents = "P" + first.toString().substring(0, 8);
        checkpoint(Roles.TJ_BORDER, base, "UZ-TJ-OYBEK", Map.of("vehicleId", bus, "documents",
                List.of(documents.toLowerCase(), "P" + second.toString().substring(0, 8)))).statusCode(201)
                .body("kind", equalTo("CROSSING"))
                .body("mismatches", equalTo(0));
        checkpoint(Roles.OPERATOR, base, "KZ-UZ-ZHIBEK-ZHOLY", Map.of("vehicleId", bus, "counted", 2))
                .statusCode(409).body("detail", containsString("every crossing is passed"));
        checkpoint(Roles.OPERATOR, base, "UZ-TJ-OYBEK", Map.of("vehicleId", bus, "seats", List.of(99)))
                .statusCode(400).body("violations[0].field", equalTo("headcounts[0].seats[0]"));

        asRole(Roles.OPERATOR).contentType(ContentType.JSON).body(Map.of("receivedBy", "TJ-BORDER",
                        "headcounts", List.of(Map.of("vehicleId", bus, "seats", List.of(secondSeat)))))
                .when().post(base + "/arrival").then().statusCode(409)
                .body("detail", containsString("missing at the hand-over: " + first + " (seat " + firstSeat
                        + ", RAKHIMOV)"));
        JsonPath arrived = post(base + "/arrival", Map.of("receivedBy", "TJ-BORDER",
                "noShows", List.of(Map.of("migrantId", first, "reason", "stayed in Khujand hospital")),
                "headcounts", List.of(Map.of("vehicleId", bus, "seats", List.of(secondSeat)))), 200);
        assertThat(arrived.getString("status")).isEqualTo("ARRIVED");
        assertThat(arrived.getList("timeline.kind", String.class)).contains("HAND_OVER_COUNT");

        String mine = "find { it.convoyId == '" + id + "' }";
        JsonPath figures = asRole(Roles.OPERATOR).when().get("/api/v1/convoys/statistics").then().statusCode(200)
                .extract().jsonPath();
        assertThat(figures.getMap(mine)).containsEntry("seated", 2).containsEntry("boarded", 2)
                .containsEntry("arrived", 1).containsEntry("noShows", 1).containsEntry("status", "ARRIVED");
        JsonPath observed = asRole(Roles.OBSERVER).when().get("/api/v1/convoys/statistics").then().statusCode(200)
                .extract().jsonPath();
        assertThat(observed.getMap(mine)).containsEntry("seated", null).containsEntry("boarded", null)
                .containsEntry("arrived", null).containsEntry("noShows", null);
        asRole(Roles.UZ_BORDER).when().get("/api/v1/convoys/statistics").then().statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse checkpoint(String role, String base, String crossing,
            Map<String, Object> count) {
        return asRole(role).contentType(ContentType.JSON).body(Map.of("crossingCode", crossing, "passedAt",
                DEPARTURE.toString(), "headcounts", List.of(count))).when().post(base + "/checkpoints").then();
    }
}
