package org.returnops.registry.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.returnops.localstack.TestTokens;

import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The service verifies partners' tokens itself (shared wiring of the platform module): a valid token is
 * accepted, and a token with a wrong signature, {@code alg: none}, expired, or for another issuer or
 * audience is refused with 401, whatever the gateway did. Roles are not enforced yet (no
 * {@code @RolesAllowed} on the resources), so a call without a token still passes.
 */
@QuarkusTest
class PartnerTokenTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aValidTokenIsAccepted() {
        given().header("Authorization", TestTokens.bearer("operator"))
                .when().get("/api/v1/sites")
                .then().statusCode(200);
    }

    @Test
    void everyBadTokenIsRefusedWith401() {
        for (Map.Entry<String, String> bad : TestTokens.badTokens("operator").entrySet()) {
            given().header("Authorization", "Bearer " + bad.getValue())
                    .when().get("/api/v1/sites")
                    .then().statusCode(401);
        }
    }

    @Test
    void withoutATokenTheCallStillPassesUntilRolesAreEnforced() {
        given().when().get("/api/v1/sites").then().statusCode(200);
    }
}
