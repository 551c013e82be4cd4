package org.returnops.gateway.proxy;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.returnops.gateway.Http2Client;
import org.returnops.gateway.StandInServices;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * An instance that drops the connection with the request in hand (killed mid-request): the caller gets a 503
 * problem at once, whether it speaks HTTP/1.1 or HTTP/2, and is not left waiting for an answer that never comes.
 * The request is not sent again: the instance may have carried it out.
 */
@QuarkusTest
@TestProfile(StandInServices.class)
class DroppedConnectionTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void overHttp11TheCallerGetsA503ProblemNamingTheService() {
        given().contentType("application/json").body("{}").when().post("/api/v1/convoys")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:return-ops:problem:service-unavailable"))
                .body("detail", startsWith("The transport-service is unavailable"));
        given().when().get("/api/v1/vehicles").then().statusCode(503).contentType("application/problem+json");
    }

    @Test
    void overHttp2TheCallerGetsTheSame503Problem() {
        Http2Client client = Http2Client.toGateway();
        for (HttpResponse<String> response : List.of(client.get("/api/v1/vehicles"), client.post("/api/v1/convoys", "{}"),
                client.get("/api/v1/convoys"))) {
            assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("\"detail\":\"The transport-service is unavailable");
        }
    }
}
