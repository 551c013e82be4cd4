package org.returnops.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The gateway on its own, every service unreachable: what a partner sees when a service is down.
 * Proxying to running services is proven end to end in the scenario module.
 */
@QuarkusTest
class GatewayWithServicesDownTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aServiceThatIsDownIsA503ProblemNamingIt() {
        given().when().get("/api/v1/sites")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:return-ops:problem:service-unavailable"))
                .body("status", equalTo(503))
                .body("detail", startsWith("The registry-service is unavailable"))
                .body("instance", equalTo("/api/v1/sites"));
        given().contentType(ContentType.JSON).body("{\"code\":\"X\"}")
                .when().post("/api/v1/crossings")
                .then().statusCode(503)
                .body("detail", startsWith("The transport-service is unavailable"));
        given().when().get("/api/v1/authorities/KZ-MIGRATION")
                .then().statusCode(503)
                .body("detail", startsWith("The consular-service is unavailable"));
    }

    @Test
    void aPathNoServiceOwnsIsNotFound() {
        given().when().get("/api/v1/unknown")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theGatewayStaysReadyWhileItsHealthNamesTheServicesThatAreDown() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Suite services' }.data.registry-service",
                        equalTo("DOWN (unreachable)"));
    }

    @Test
    void eachServicesOwnDocumentIsProxiedAndA503WhenTheServiceIsDown() {
        given().when().get("/openapi/registry")
                .then().statusCode(503)
                .contentType("application/problem+json");
    }
}
