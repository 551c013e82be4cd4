package org.returnops.registry.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.returnops.platform.security.Roles;
import org.returnops.testkit.Partners;
import org.returnops.registry.Registrations;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.returnops.testkit.Partners.asOperator;

/**
 * Every read or change of a person's record leaves one append-only audit row naming the partner, its
 * organisation, the operation, the person and the request id; only the auditor reads the trail.
 */
@QuarkusTest
class AuditTrailTest {

    private static final String TRAIL = "/api/v1/audit/registry";

    @Inject EntityManager entityManager;

    private static String register() {
        return asOperator().contentType(ContentType.JSON).body(Registrations.farrukh())
                .when().post("/api/v1/migrants").then().statusCode(201).extract().path("id");
    }

    @Test
    void aReadAndAPatchAreOneRowEachThatTheAuditorFindsByPerson() {
        String id = register();
        String readRequest = "audit-read-" + UUID.randomUUID();
        String etag = asOperator().header("X-Request-Id", readRequest)
                .when().get("/api/v1/migrants/" + id).then().statusCode(200).extract().header("ETag");
        String patchRequest = "audit-patch-" + UUID.randomUUID();
        asOperator().header("X-Request-Id", patchRequest).header("If-Match", etag)
                .contentType("application/merge-patch+json").body(Map.of("destinationRegion", "Khatlon"))
                .when().patch("/api/v1/migrants/" + id).then().statusCode(200);

        Partners.asRole(Roles.AUDITOR).queryParam("person", id)
                .when().get(TRAIL)
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("total", equalTo(2))
                .body("items.operation", contains("migrant.patch", "migrant.read"))
                .body("items.action", contains("CHANGE", "READ"))
                .body("items.requestId", contains(patchRequest, readRequest))
                .body("items[1].partner", equalTo(Roles.OPERATOR))
                .body("items[1].organisation", equalTo("IOM"))
                .body("items[1].people", contains(id))
                .body("items[0].detail", equalTo("changed [destinationRegion]"));
        Partners.asRole(Roles.AUDITOR).queryParam("person", id).queryParam("partner", "uz-border")
                .when().get(TRAIL).then().statusCode(200).body("total", equalTo(0));
        Partners.asRole(Roles.AUDITOR).queryParam("person", id).queryParam("from", Instant.now().plusSeconds(60).toString())
                .when().get(TRAIL).then().statusCode(200).body("total", equalTo(0));
        Partners.asRole(Roles.AUDITOR).queryParam("person", id).queryParam("size", 1).queryParam("page", 1)
                .when().get(TRAIL).then().statusCode(200)
                .body("items.requestId", contains(readRequest));
    }

    @Test
    void noOtherRoleReadsTheTrailAndBadFiltersAreNamed() {
        for (String role : List.of(Roles.OPERATOR, Roles.OBSERVER, Roles.TJ_EMBASSY, Roles.UZ_BORDER)) {
            Partners.asRole(role).when().get(TRAIL).then().statusCode(403).contentType("application/problem+json");
        }
        RestAssured.given().when().get(TRAIL).then().statusCode(401);
        Partners.asRole(Roles.AUDITOR).queryParam("person", "nobody")
                .when().get(TRAIL).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("person"));
        Partners.asRole(Roles.AUDITOR).queryParam("from", "yesterday")
                .when().get(TRAIL).then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
        Partners.asRole(Roles.AUDITOR).queryParam("size", "all")
                .when().get(TRAIL).then().statusCode(400)
                .body("violations[0].field", equalTo("size"))
                .body("violations[0].message", equalTo("must be a whole number from 1 to 500"));
    }

    @Test
    void theServiceItselfCanNeitherChangeNorDeleteARow() {
        String id = register();
        asOperator().when().get("/api/v1/migrants/" + id).then().statusCode(200);
        String concerning = "'" + id + "'::uuid = any(people)";
        for (String statement : List.of(
                "update audit_record set partner = 'nobody' where " + concerning,
                "delete from audit_record where " + concerning,
                "truncate audit_record")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery(statement).executeUpdate()))
                    .as(statement)
                    .hasStackTraceContaining("audit_record is append-only");
        }
        Number rows = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager.createNativeQuery(
                "select count(*) from audit_record where partner = 'operator' and action = 'READ' and " + concerning)
                .getSingleResult());
        assertThat(rows.longValue()).isEqualTo(1);
    }
}
