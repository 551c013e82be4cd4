package org.returnops.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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

    /** Java's own client speaks HTTP/2 (h2c) by default: it gets the same answer, at once, for a GET and a POST. */
    @Test
    void overHttp2TheAnswerIsTheSame503Problem() {
        Http2Client client = Http2Client.toGateway();
        for (HttpResponse<String> response : List.of(client.get("/api/v1/sites"),
                client.post("/api/v1/crossings", "{\"code\":\"X\"}"), client.get("/api/v1/authorities"))) {
            assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(response.body()).contains("\"type\":\"urn:return-ops:problem:service-unavailable\"");
        }
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
