package org.returnops.transport.route;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.returnops.testkit.Partners.asOperator;

@QuarkusTest
class RouteResourceTest {

    @Test
    void bothRoutesAreSeededWithTheirLegsInOrder() {
        asOperator().when().get("/api/v1/routes")
                .then().statusCode(200)
                .body("code", hasItems("KZ-UZ-TJ-DUSHANBE", "KZ-UZ-TJ-KHUJAND"));
        asOperator().when().get("/api/v1/routes/KZ-UZ-TJ-KHUJAND")
                .then().statusCode(200)
                .body("destination", equalTo("Khujand"))
                .body("legs.position", contains(1, 2, 3, 4))
                .body("legs.from", contains("Zhibek Zholy", "Gisht Kuprik", "Oybek", "Fotehobod"))
                .body("crossings", contains("KZ-UZ-ZHIBEK-ZHOLY", "UZ-TJ-OYBEK"));
        asOperator().when().get("/api/v1/routes/KZ-UZ-TJ-DUSHANBE")
                .then().statusCode(200)
                .body("destination", equalTo("Dushanbe"))
                .body("crossings", contains("KZ-UZ-ZHIBEK-ZHOLY", "UZ-TJ-SARIOSIYO"))
                .body("legs[2].crossingCode", equalTo("UZ-TJ-SARIOSIYO"));
    }

    @Test
    void anUnknownRouteIsNotFound() {
        asOperator().when().get("/api/v1/routes/KZ-NOWHERE")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("There is no route with code KZ-NOWHERE."));
    }
}
