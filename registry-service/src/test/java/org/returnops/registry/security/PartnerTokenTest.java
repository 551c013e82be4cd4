package org.returnops.registry.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.returnops.platform.security.Roles;
import org.returnops.testkit.Partners;
import org.returnops.registry.Registrations;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.returnops.testkit.Partners.asOperator;

/**
 * The service verifies partners' tokens itself and enforces their roles, whatever the gateway did: no token is a
 * 401 before content negotiation (a bad token is a 401 in every service: {@code ServiceBasicsTest}), a partner
 * whose role does not allow the operation is 403, both as problem+json; observers see counts, never names.
 */
@QuarkusTest
class PartnerTokenTest {

    /** Every role but the operator's: none of them may read people. */
    private static final List<String> NOT_OPERATOR =
            List.of(Roles.KZ_MIGRATION, Roles.UZ_BORDER, Roles.TJ_EMBASSY, Roles.TJ_BORDER, Roles.OBSERVER);

    @Test
    void aValidTokenIsAccepted() {
        Partners.asRole(Roles.TJ_BORDER).when().get("/api/v1/sites").then().statusCode(200);
    }


    @Test
    void withoutATokenAnyMediaTypeOrUnknownPathIsA401BeforeContentNegotiation() {
        given().contentType("text/plain").body("hello")
                .when().patch("/api/v1/migrants/" + UUID.randomUUID())
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .header("X-Request-Id", org.hamcrest.Matchers.notNullValue());
        given().when().delete("/api/v1/no-such-thing")
                .then().statusCode(401);
        Partners.asRole(Roles.OPERATOR).contentType("text/plain").body("hello")
                .when().patch("/api/v1/migrants/" + UUID.randomUUID())
                .then().statusCode(415);
    }


    @Test
    void anObserverMayNeitherRegisterNorSearchPeople() {
        String region = "O" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> body = Registrations.farrukh();
        body.put("destinationRegion", region);
        Partners.asRole(Roles.OBSERVER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/migrants")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:return-ops:problem:forbidden"))
                .body("status", equalTo(403));
        Partners.asRole(Roles.OBSERVER).when().get("/api/v1/migrants")
                .then().statusCode(403).contentType("application/problem+json");

        asOperator().queryParam("destinationRegion", region).when().get("/api/v1/migrants")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anObserverSeesTheStatistics() {
        Partners.asRole(Roles.OBSERVER).when().get("/api/v1/statistics")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(0));
    }

    @Test
    void aPartnerWhoseRoleIsNotTheOperatorsNeverSeesNames() {
        String family = "Unseen" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        Map<String, Object> body = Registrations.farrukh();
        body.put("nameLatin", Map.of("family", family, "given", "Person"));
        body.remove("nameCyrillic");
        String id = asOperator().contentType(ContentType.JSON).body(body).when().post("/api/v1/migrants")
                .then().statusCode(201).extract().path("id");
        String household = asOperator().contentType(ContentType.JSON)
                .body(Map.of("headId", id, "memberIds", List.of()))
                .when().post("/api/v1/households")
                .then().statusCode(201).extract().path("id");

        for (String role : NOT_OPERATOR) {
            for (String path : List.of("/api/v1/migrants/" + id, "/api/v1/migrants?q=" + family,
                    "/api/v1/migrants/export.csv?q=" + family, "/api/v1/migrants/" + id + "/history",
                    "/api/v1/households/" + household, "/api/v1/duplicates")) {
                String answer = Partners.asRole(role).accept("*/*").when().get(path)
                        .then().statusCode(403).contentType("application/problem+json").extract().asString();
                assertThat(answer).as(role + " " + path).doesNotContain(family);
            }
            String statistics = Partners.asRole(role).when().get("/api/v1/statistics")
                    .then().statusCode(200).extract().asString();
            assertThat(statistics).as(role).doesNotContain(family).doesNotContain(id);
        }
    }
}
