package org.returnops.transport.vehicle;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.returnops.testkit.Partners.asOperator;

@QuarkusTest
class VehicleResourceTest {

    @Inject VehicleRepository vehicles;

    private static Map<String, Object> bus(String plate) {
        Map<String, Object> body = new HashMap<>(Map.of("plate", plate, "carrier", "Shymkent Avtobus LLP", "seats", 45,
                "accessibleSeats", 2, "driverName", "Yerlan Abenov", "driverPhone", "+77012345678"));
        return body;
    }

    @Test
    void aVehicleIsStoredAndListed() {
        String id = asOperator().contentType(ContentType.JSON).body(bus("867 ATA 13"))
                .when().post("/api/v1/vehicles")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/vehicles/" + asOperator().when().get("/api/v1/vehicles")
                        .then().extract().path("find { it.plate == '867 ATA 13' }.id")))
                .body("seats", equalTo(45))
                .body("accessibleSeats", equalTo(2))
                .body("activeConvoyId", nullValue())
                .extract().path("id");
        asOperator().when().get("/api/v1/vehicles/" + id)
                .then().statusCode(200)
                .body("plate", equalTo("867 ATA 13"))
                .body("driverName", equalTo("Yerlan Abenov"));
        asOperator().when().get("/api/v1/vehicles").then().statusCode(200).body("plate", hasItem("867 ATA 13"));
        assertThat(vehicles.findById(UUID.fromString(id)).carrier).isEqualTo("Shymkent Avtobus LLP");
    }

    @Test
    void everyBrokenFieldIsNamed() {
        Map<String, Object> body = bus("x");
        body.put("seats", 0);
        body.remove("driverName");
        body.put("driverPhone", "12345");
        long before = vehicles.count();
        asOperator().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/vehicles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("driverName", "driverPhone", "plate", "seats"));
        assertThat(vehicles.count()).isEqualTo(before);
    }

    @Test
    void moreAccessibleSeatsThanSeatsIsRefused() {
        Map<String, Object> body = bus("111 AAA 01");
        body.put("seats", 12);
        body.put("accessibleSeats", 13);
        asOperator().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/vehicles")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("accessibleSeats"))
                .body("violations[0].message", equalTo("must not be more than seats"));
    }

    @Test
    void aPlateIsUsedOnce() {
        String id = asOperator().contentType(ContentType.JSON).body(bus("222 BBB 02"))
                .when().post("/api/v1/vehicles").then().statusCode(201).extract().path("id");
        asOperator().contentType(ContentType.JSON).body(bus("222 BBB 02"))
                .when().post("/api/v1/vehicles")
                .then().statusCode(409)
                .body("existingId", equalTo(id))
                .body("detail", equalTo("A vehicle with plate 222 BBB 02 already exists."));
    }

    @Test
    void anUnknownVehicleIsNotFound() {
        UUID id = UUID.randomUUID();
        asOperator().when().get("/api/v1/vehicles/" + id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("There is no vehicle with id " + id + "."));
    }
}
