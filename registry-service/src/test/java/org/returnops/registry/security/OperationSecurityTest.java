package org.returnops.registry.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.returnops.platform.security.Roles;
import org.returnops.registry.Partners;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every operation of the service's own OpenAPI document and calls it as the document says who may:
 * without a token it is 401, as an observer it is 403 unless the observer is named, and as a role named
 * in its security requirement it gets past security. The roles come from the document, so this proves
 * both the enforcement and that the document tells partners the truth.
 */
@QuarkusTest
class OperationSecurityTest {

    private static final String SCHEME = "bearer";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** One operation of the document, with the roles its security requirement names (none: any partner). */
    record Operation(String method, String path, List<String> roles, Set<String> responses, String mediaType) {

        String call() {
            return method.toUpperCase() + " " + path;
        }

        /** The path with a fresh id for each parameter: whatever it names does not exist, which is fine here. */
        String concretePath() {
            return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }

        int statusFor(RequestSpecification request) {
            if (mediaType != null) {
                request = request.contentType(mediaType).body("{}");
            }
            return request.accept("*/*").when().request(method.toUpperCase(), concretePath())
                    .then().extract().statusCode();
        }
    }

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @SuppressWarnings("unchecked")
    private static List<Operation> operations() {
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON).queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> {
            if (!path.startsWith("/api/v1/")) {
                return;
            }
            item.forEach((method, value) -> {
                if (!METHODS.contains(method)) {
                    return;
                }
                Map<String, Object> operation = (Map<String, Object>) value;
                List<Map<String, List<String>>> security =
                        (List<Map<String, List<String>>>) operation.getOrDefault("security", List.of());
                assertThat(security).as("%s %s names the bearer scheme", method, path)
                        .anySatisfy(requirement -> assertThat(requirement).containsKey(SCHEME));
                List<String> roles = security.stream().filter(requirement -> requirement.containsKey(SCHEME))
                        .findFirst().orElseThrow().get(SCHEME);
                Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
                String mediaType = body == null ? null
                        : ((Map<String, Object>) body.get("content")).keySet().iterator().next();
                Set<String> responses = ((Map<String, Object>) operation.get("responses")).keySet();
                operations.add(new Operation(method, path, roles, responses, mediaType));
            });
        });
        return operations;
    }

    /** Personal data is the operator's; the audit trail of who read it is the data-protection officer's alone. */
    @Test
    void everyOperationDocumentsItsRolesAndItsSecurityResponses() {
        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThanOrEqualTo(18);
        for (Operation operation : operations) {
            assertThat(operation.responses()).as(operation.call()).contains("401", "403");
        }
        assertThat(operations.stream().filter(operation -> operation.roles().isEmpty()).map(Operation::call))
                .as("open to every partner: sites and counts, no personal data")
                .containsExactlyInAnyOrder("GET /api/v1/sites", "GET /api/v1/sites/{code}", "GET /api/v1/statistics");
        assertThat(operations.stream().filter(operation -> !operation.roles().isEmpty()))
                .allSatisfy(operation -> assertThat(operation.roles()).as(operation.call())
                        .containsExactly(operation.path().startsWith("/api/v1/audit/") ? Roles.AUDITOR
                                : Roles.OPERATOR));
    }

    @Test
    void everyOperationIsRefusedWithoutATokenAndAllowsExactlyTheRolesItDocuments() {
        for (Operation operation : operations()) {
            assertThat(operation.statusFor(given())).as("%s without a token", operation.call()).isEqualTo(401);

            int asObserver = operation.statusFor(Partners.as(Roles.OBSERVER));
            if (operation.roles().isEmpty() || operation.roles().contains(Roles.OBSERVER)) {
                assertThat(asObserver).as("%s as observer", operation.call()).isNotIn(401, 403);
            } else {
                assertThat(asObserver).as("%s as observer", operation.call()).isEqualTo(403);
            }
            for (String role : operation.roles()) {
                assertThat(operation.statusFor(Partners.as(role))).as("%s as %s", operation.call(), role)
                        .isNotIn(401, 403);
            }
        }
    }
}
