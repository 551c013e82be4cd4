package org.returnops.testkit;

import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

/**
 * What every domain service promises operators, written once: readiness that checks its database and
 * reports the outbox relay's way to the broker (no admin client: a service has no admin rights on Kafka),
 * a connection pool open before the first request, Prometheus metrics, an OpenAPI document with title, version and contact, a problem+json answer for an unknown
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

    /**
     * The pool opens its connections when the service starts, not while the first requests wait for them: a service
     * that took registrations right after a start refused some (no connection within the acquisition timeout).
     */
    @Test
    void theDatabaseConnectionsAreOpenBeforeTheFirstRequestsNeedThem() {
        Config config = ConfigProvider.getConfig();
        int minimum = config.getValue("quarkus.datasource.jdbc.min-size", Integer.class);
        assertThat(minimum).isGreaterThanOrEqualTo(10)
                .isLessThanOrEqualTo(config.getValue("quarkus.datasource.jdbc.max-size", Integer.class));
        assertThat(config.getValue("quarkus.datasource.jdbc.initial-size", Integer.class)).isEqualTo(minimum);
        Waiting.until("the pool holds its connections").untilAsserted(() -> assertThat(openConnections(config))
                .isGreaterThanOrEqualTo(minimum));
    }

    /** The service's connections to its database, this one left out. */
    private static long openConnections(Config config) throws SQLException {
        try (Connection connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url",
                        String.class), config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             ResultSet count = connection.createStatement().executeQuery("select count(*) from pg_stat_activity "
                     + "where datname = current_database() and usename = current_user and pid <> pg_backend_pid()")) {
            count.next();
            return count.getLong(1);
        }
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
