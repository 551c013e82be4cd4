package org.returnops.testkit;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

/**
 * What every domain service promises operators, written once: readiness that checks its database and
 * reports the outbox relay's way to the broker (no admin client: a service has no admin rights on Kafka),
 * Prometheus metrics, an OpenAPI document with title, version and contact, a problem+json answer for an unknown
 * path, and a 401 problem asking for a bearer token to a caller without a valid one. Each service's tests extend
 * it as a {@code @QuarkusTest}.
 */
public abstract class ServiceBasicsTest {

    /** The OpenAPI title the service must carry. */
    protected abstract String expectedTitle();

    /** One path of the service's public API that must appear in its OpenAPI document. */
    protected abstract String expectedPath();

    @Test
    void readinessChecksTheDatabaseAndTheBroker() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Outbox relay"));
    }

    @Test
    void metricsAreServedForPrometheus() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiDocumentDescribesTheService() {
        given().accept(ContentType.JSON).when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo(expectedTitle()))
                .body("info.version", equalTo("1.0.0"))
                .body("info.contact.name", notNullValue())
                .body("paths", org.hamcrest.Matchers.hasKey(expectedPath()))
                .body("components.schemas.Problem.properties.violations", notNullValue());
    }

    @Test
    void withoutATokenTheAnswerIsA401ProblemNamingTheBearerScheme() {
        given().when().get(expectedPath())
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:return-ops:problem:unauthenticated"))
                .body("status", equalTo(401))
                .body("instance", equalTo(expectedPath()));
    }

    /** Signed with another key, unsigned, expired, of another issuer or for another audience: each a 401. */
    @Test
    void everyTokenThatDoesNotVerifyIsA401() {
        TestTokens.badTokens(Partners.OPERATOR_CLIENT).forEach((kind, token) -> assertThat(given().auth().oauth2(token)
                .when().get(expectedPath())
                .then().contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .extract().statusCode()).as(kind).isEqualTo(401));
    }

    /** Without a token, the caller learns nothing about the API (401); with one, an unknown path is a 404. */
    @Test
    void anUnknownPathIsAProblemNotAStackTrace() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(401)
                .contentType("application/problem+json");
        Partners.asRole("observer").when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("urn:return-ops:problem:not-found"))
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }
}
