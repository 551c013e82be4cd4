package org.returnops.transport.vehicle;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.returnops.transport.Fixtures.DEPARTURE;
import static org.returnops.testkit.Partners.asOperator;
import static org.returnops.transport.Fixtures.convoy;
import static org.returnops.transport.Fixtures.post;
import static org.returnops.transport.Fixtures.vehicle;

/** Vehicles and crossings are corrected and retired, never deleted while used; retired ones take no new convoy. */
@QuarkusTest
class ReferenceLifecycleTest {

    @Test
    void aVehicleIsCorrectedAndRetiredAndARetiredVehicleCannotJoinANewConvoy() {
        String bus = vehicle(40, 2);
        String plate = asOperator().when().get("/api/v1/vehicles/" + bus).then().extract().path("plate");
        String convoyId = convoy("KZ-UZ-TJ-KHUJAND", DEPARTURE, List.<String[]>of(new String[] {bus}));

        put(bus, corrected(plate, 30, "Timur Bekov")).statusCode(409)
                .body("existingId", equalTo(convoyId))
                .body("detail", containsString("seats cannot change"));
        put(bus, corrected(plate, 40, "Timur Bekov")).statusCode(200)
                .body("driverName", equalTo("Timur Bekov"))
                .body("activeConvoyId", equalTo(convoyId));
        asOperator().when().post("/api/v1/vehicles/" + bus + "/retirement").then().statusCode(409)
                .body("existingId", equalTo(convoyId));

        post("/api/v1/convoys/" + convoyId + "/cancellation", Map.of("reason", "bus needs repair"), 200);
        asOperator().when().post("/api/v1/vehicles/" + bus + "/retirement").then().statusCode(200)
                .body("retiredAt", not(nullValue()));
        asOperator().when().get("/api/v1/vehicles/" + bus).then().statusCode(200).body("retiredAt", not(nullValue()));

        asOperator().contentType(ContentType.JSON).body(Map.of("routeCode", "KZ-UZ-TJ-KHUJAND", "plannedDeparture",
                        DEPARTURE.toString(), "vehicles", List.of(Map.of("vehicleId", bus))))
                .when().post("/api/v1/convoys").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("vehicles[0].vehicleId"))
                .body("violations[0].message", containsString("must not be a retired vehicle"));
        put(bus, corrected(plate, 40, "Timur Bekov")).statusCode(409);
    }

    @Test
    void aCrossingOnARouteInUseIsNotRetiredAndARetiredCrossingTakesNoNewRoute() {
        asOperator().when().post("/api/v1/crossings/KZ-UZ-ZHIBEK-ZHOLY/retirement").then().statusCode(409)
                .body("detail", containsString("KZ-UZ-TJ-DUSHANBE"));

        Map<String, Object> crossing = new HashMap<>(Map.of("code", "UZ-TJ-PATAR", "name", "Patar - Bekobod",
                "exitCountry", "UZB", "exitPost", "Patar", "entryCountry", "TJK", "entryPost", "Bekobod"));
        post("/api/v1/crossings", crossing, 201);
        crossing.put("entryPost", "Bekobod-1");
        asOperator().contentType(ContentType.JSON).body(crossing).when().put("/api/v1/crossings/UZ-TJ-PATAR")
                .then().statusCode(200).body("entryPost", equalTo("Bekobod-1"));
        crossing.put("code", "UZ-TJ-OTHER");
        asOperator().contentType(ContentType.JSON).body(crossing).when().put("/api/v1/crossings/UZ-TJ-PATAR")
                .then().statusCode(400).body("violations[0].field", equalTo("code"));
        asOperator().when().post("/api/v1/crossings/UZ-TJ-PATAR/retirement").then().statusCode(200)
                .body("retiredAt", not(nullValue()));

        asOperator().contentType(ContentType.JSON).body(Map.of("name", "via Patar", "origin", "Patar",
                        "destination", "Bekobod", "regions", List.of("Sughd"), "legs", List.of(Map.of("from", "Patar",
                                "to", "Bekobod", "crossingCode", "UZ-TJ-PATAR"))))
                .when().put("/api/v1/routes/UZ-TJ-PATAR-ROUTE").then().statusCode(400)
                .body("violations[0].field", equalTo("legs[0].crossingCode"))
                .body("violations[0].message", equalTo("must not be a retired border crossing"));
    }

    private static Map<String, Object> corrected(String plate, int seats, String driver) {
        return Map.of("plate", plate, "carrier", "Shymkent Avtobus LLP", "seats", seats, "accessibleSeats", 2,
                "driverName", driver);
    }

    private static io.restassured.response.ValidatableResponse put(String id, Map<String, Object> body) {
        return asOperator().contentType(ContentType.JSON).body(body).when().put("/api/v1/vehicles/" + id).then();
    }
}
