package org.returnops.consular.authority;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.returnops.testkit.Partners.asOperator;

@QuarkusTest
class AuthorityResourceTest {

    @Inject AuthorityRepository authorities;

    @Test
    void theDecidingAuthoritiesOfTheThreeStatesAreSeeded() {
        asOperator().when().get("/api/v1/authorities")
                .then().statusCode(200)
                .body("code", hasItems("KZ-MIGRATION", "UZ-BORDER", "TJ-EMBASSY-KZ", "TJ-BORDER"))
                .body("clearance", hasItems("KZ_EXIT", "UZ_TRANSIT", "TJ_NATIONALITY", "TJ_ENTRY"));
        asOperator().queryParam("country", "TJK").when().get("/api/v1/authorities")
                .then().statusCode(200)
                .body("country", everyItem(equalTo("TJK")))
                .body("partnerRole", hasItems("tj-embassy", "tj-border"));
        asOperator().when().get("/api/v1/authorities/UZ-BORDER")
                .then().statusCode(200)
                .body("clearance", equalTo("UZ_TRANSIT"))
                .body("partnerRole", equalTo("uz-border"));
    }

    @Test
    void aNewAuthorityIsStoredAndCanBeReadBack() {
        asOperator().contentType(ContentType.JSON)
                .body(Map.of("code", "TJ-EMBASSY-UZ", "name", "Embassy of the Republic of Tajikistan in Uzbekistan",
                        "country", "TJK", "clearance", "TJ_NATIONALITY", "partnerRole", "tj-embassy"))
                .when().post("/api/v1/authorities")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/authorities/TJ-EMBASSY-UZ"))
                .body("code", equalTo("TJ-EMBASSY-UZ"));

        asOperator().when().get("/api/v1/authorities/TJ-EMBASSY-UZ")
                .then().statusCode(200)
                .body("name", equalTo("Embassy of the Republic of Tajikistan in Uzbekistan"));
        Authority stored = authorities.findById("TJ-EMBASSY-UZ");
        assertThat(stored.clearance).isEqualTo(ClearanceType.TJ_NATIONALITY);
        assertThat(stored.partnerRole).isEqualTo("tj-embassy");

        asOperator().contentType(ContentType.JSON)
                .body(Map.of("code", "TJ-EMBASSY-UZ", "name", "Again", "country", "TJK",
                        "clearance", "TJ_NATIONALITY", "partnerRole", "tj-embassy"))
                .when().post("/api/v1/authorities")
                .then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void everyInvalidFieldIsNamedAndNothingIsStored() {
        long before = authorities.count();
        asOperator().contentType(ContentType.JSON)
                .body(Map.of("code", "x", "country", "Tajikistan", "partnerRole", "president"))
                .when().post("/api/v1/authorities")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("clearance", "code", "country", "name", "partnerRole"));
        assertThat(authorities.count()).isEqualTo(before);
    }

    @Test
    void anUnknownAuthorityIsNotFound() {
        asOperator().when().get("/api/v1/authorities/XX-NOBODY")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("There is no authority with code XX-NOBODY."));
    }
}
