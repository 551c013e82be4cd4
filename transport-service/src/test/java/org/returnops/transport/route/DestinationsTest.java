package org.returnops.transport.route;

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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.returnops.transport.Fixtures.DEPARTURE;
import static org.returnops.testkit.Partners.asOperator;
import static org.returnops.testkit.Partners.asRole;
import static org.returnops.transport.Fixtures.convoy;
import static org.returnops.transport.Fixtures.post;
import static org.returnops.transport.Fixtures.vehicle;

/** People ride the route that serves their destination region; routes and their regions are managed via the API. */
@QuarkusTest
class DestinationsTest {

    @Inject Fixtures fixtures;

    @BeforeEach
    void emptyPool() {
        fixtures.emptyPool();
    }

    @Test
    void aDushanbeBoundPersonIsNeverSeatedOnAKhujandConvoyAndIsListedWithTheReason() {
        UUID sughd = fixtures.eligibleBoundFor("Sughd");
        UUID dushanbe = fixtures.eligibleBoundFor("Dushanbe");
        UUID khatlon = fixtures.eligibleBoundFor("khatlon");
        UUID nowhere = fixtures.eligibleBoundFor(null);
        String khujand = convoy("KZ-UZ-TJ-KHUJAND", DEPARTURE, List.<String[]>of(new String[] {vehicle(45, 0)}));

        JsonPath built = post("/api/v1/convoys/" + khujand + "/manifest", null, 201);

        assertThat(built.getList("manifest.vehicles[0].passengers.migrantId", String.class))
                .containsExactly(sughd.toString());
        assertThat(built.getList("leftOver.migrantId", String.class))
                .containsExactly(nowhere.toString(), dushanbe.toString(), khatlon.toString());
        assertThat(built.getList("leftOver.reason", String.class))
                .containsExactly("NO_DESTINATION", "DESTINATION_NOT_SERVED", "DESTINATION_NOT_SERVED");
        assertThat(built.getList("leftOver.destinationRegion")).containsExactly(null, "Dushanbe", "khatlon");
        assertThat(built.getList("leftOver.position")).containsExactly(1, 2, 3);

        String toDushanbe = convoy("KZ-UZ-TJ-DUSHANBE", DEPARTURE, List.<String[]>of(new String[] {vehicle(45, 0)}));
        JsonPath second = post("/api/v1/convoys/" + toDushanbe + "/manifest", null, 201);
        assertThat(second.getList("manifest.vehicles[0].passengers.migrantId", String.class))
                .containsExactlyInAnyOrder(dushanbe.toString(), khatlon.toString());
        assertThat(second.getList("leftOver.migrantId", String.class)).containsExactly(nowhere.toString());
    }

    @Test
    void anOperatorAddsARouteForARegionAndTheChangeIsAudited() {
        Map<String, Object> kulob = route("Tursunzoda", "Kulob", List.of("Khatlon"));
        asOperator().contentType(ContentType.JSON).body(kulob).when().put("/api/v1/routes/KZ-UZ-TJ-KULOB")
                .then().statusCode(201)
                .body("crossings", contains("KZ-UZ-ZHIBEK-ZHOLY", "UZ-TJ-SARIOSIYO"))
                .body("regions", contains("Khatlon"))
                .body("legs.position", contains(1, 2, 3, 4));
        asOperator().queryParam("region", "KHATLON").when().get("/api/v1/routes")
                .then().statusCode(200).body("code", contains("KZ-UZ-TJ-DUSHANBE", "KZ-UZ-TJ-KULOB"));
        asRole(Roles.AUDITOR).when().get("/api/v1/audit/transport")
                .then().statusCode(200).body("items.operation", hasItem("route.add"));

        asOperator().contentType(ContentType.JSON).body(route("Tursunzoda", "Kulob", List.of("Khatlon", "GBAO")))
                .when().put("/api/v1/routes/KZ-UZ-TJ-KULOB")
                .then().statusCode(200).body("regions", contains("GBAO", "Khatlon"));
        asOperator().when().post("/api/v1/routes/KZ-UZ-TJ-KULOB/retirement")
                .then().statusCode(200).body("retiredAt", not(equalTo(null)));
        asOperator().contentType(ContentType.JSON).body(Map.of("routeCode", "KZ-UZ-TJ-KULOB", "plannedDeparture",
                        DEPARTURE.toString(), "vehicles", List.of(Map.of("vehicleId", vehicle(10, 0)))))
                .when().post("/api/v1/convoys")
                .then().statusCode(400).body("violations[0].field", equalTo("routeCode"))
                .body("violations[0].message", equalTo("must not be a retired route"));
    }

    @Test
    void aRouteWhoseLegsDoNotJoinUpOrNameAnUnknownCrossingIsRefused() {
        asOperator().contentType(ContentType.JSON).body(route("Termez", "Kulob", List.of("Khatlon", "khatlon")))
                .when().put("/api/v1/routes/KZ-UZ-TJ-BROKEN")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("legs[3].from", "regions[1]"))
                .body("violations.message", contains("must be where the previous leg ends (Tursunzoda)",
                        "must not repeat a region"));
        asOperator().when().get("/api/v1/routes/KZ-UZ-TJ-BROKEN").then().statusCode(404);
    }

    private static Map<String, Object> route(String lastFrom, String destination, List<String> regions) {
        return Map.of("name", "Zhibek Zholy - Sariosiyo - " + destination, "origin", "Zhibek Zholy",
                "destination", destination, "regions", regions, "legs", List.of(
                        Map.of("from", "Zhibek Zholy", "to", "Gisht Kuprik", "crossingCode", "KZ-UZ-ZHIBEK-ZHOLY",
                                "distanceKm", 1),
                        Map.of("from", "Gisht Kuprik", "to", "Sariosiyo", "distanceKm", 720),
                        Map.of("from", "Sariosiyo", "to", "Tursunzoda", "crossingCode", "UZ-TJ-SARIOSIYO",
                                "distanceKm", 1),
                        Map.of("from", lastFrom, "to", destination, "distanceKm", 260)));
    }
}
