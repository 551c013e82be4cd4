package org.returnops.gateway.proxy;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.returnops.gateway.StandInServices;
import org.returnops.gateway.auth.PartnerTokens;

import java.util.List;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A service with two instances behind the gateway: requests take turns between them, and once one instance
 * is stopped every request, a POST included, is answered by the other (the refused connection is tried on
 * the next instance before anything is sent); the gateway's health shows each instance.
 */
@QuarkusTest
@TestProfile(StandInServices.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BalancingTest {

    @Inject PartnerTokens tokens;

    @Inject GatewayConfig config;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private String bearer() {
        return "Bearer " + tokens.issue("operator", config.partners().get("operator")).token();
    }

    private List<String> answeredBy(int requests, boolean post) {
        String bearer = bearer();
        return IntStream.range(0, requests).mapToObj(i -> {
            var request = given().header("Authorization", bearer).contentType("application/json");
            var response = post ? request.body("{}").post("/api/v1/migrants") : request.get("/api/v1/sites");
            return response.then().statusCode(200).extract().jsonPath().getString("instance");
        }).toList();
    }

    @Test
    @Order(1)
    void requestsTakeTurnsBetweenTheInstances() {
        List<String> instances = answeredBy(10, false);

        assertThat(instances).containsOnly("first", "second");
        assertThat(instances.stream().filter("first"::equals).count()).isEqualTo(5);
    }

    @Test
    @Order(2)
    void whenOneInstanceIsDownTheOtherAnswersEveryRequestAndHealthShowsEach() {
        TwoInstances.stop(1);

        assertThat(answeredBy(6, true)).as("POSTs while the second instance is down").containsOnly("first");
        assertThat(answeredBy(6, false)).as("GETs while the second instance is down").containsOnly("first");
        given().get("/q/health").then()
                .body("checks.find { it.name == 'Suite services' }.data.registry-service",
                        equalTo("UP (1 of 2 instances)"))
                .body("checks.find { it.name == 'Suite services' }.data.'registry-service " + TwoInstances.url(0) + "'",
                        equalTo("UP"))
                .body("checks.find { it.name == 'Suite services' }.data.'registry-service " + TwoInstances.url(1) + "'",
                        equalTo("DOWN (unreachable)"));
    }
}
