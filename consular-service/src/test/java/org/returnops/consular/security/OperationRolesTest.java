package org.returnops.consular.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.returnops.consular.ConsularFlowSupport;
import org.returnops.testkit.TestTokens;
import org.returnops.platform.security.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every operation of the service's own OpenAPI document and calls it: without a token (401), as
 * the observer when its roles leave the observer out (403), and with a role its security requirement
 * lists (past security: neither 401 nor 403). The roles are read from the document, so this also proves
 * that the document tells partners the truth.
 */
@QuarkusTest
class OperationRolesTest {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    record Operation(String method, String path, List<String> roles) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    @Test
    void everyOperationNeedsATokenAndOnlyItsRoles() {
        List<Operation> operations = operations();
        assertThat(operations).extracting(Operation::toString).contains(
                "GET /api/v1/authorities", "POST /api/v1/clearances/{id}/decision",
                "POST /api/v1/clearance-cases/{migrantId}/travel-documents");
        for (Operation operation : operations) {
            assertThat(call(given(), operation, Roles.OPERATOR)).as(operation + " without a token").isEqualTo(401);
            if (!operation.roles().isEmpty() && !operation.roles().contains(Roles.OBSERVER)) {
                assertThat(call(ConsularFlowSupport.asRole(Roles.OBSERVER), operation, Roles.OBSERVER))
                        .as(operation + " as observer").isEqualTo(403);
            }
            List<String> allowed = operation.roles().isEmpty() ? List.of(Roles.OBSERVER) : operation.roles();
            for (String role : allowed) {
                assertThat(call(ConsularFlowSupport.asRole(role), operation, role))
                        .as(operation + " as " + role).isNotIn(401, 403);
            }
        }
    }

    @Test
    void everyOperationNamesTheBearerSchemeAndItsRoles() {
        Map<String, Object> document = document();
        assertThat(document).extractingByKey("components").asString().contains("bearer");
        Map<String, String> expected = Map.of(
                "POST /api/v1/authorities", "[operator]",
                "GET /api/v1/clearance-cases", "[operator]",
                "GET /api/v1/authorities/{code}/queue", "[operator, kz-migration, uz-border, tj-embassy, tj-border]",
                "POST /api/v1/clearances/{id}/decision", "[kz-migration, uz-border, tj-embassy, tj-border]",
                "POST /api/v1/clearance-cases/{migrantId}/travel-documents", "[tj-embassy]",
                "GET /api/v1/authorities/{code}", "[]");
        List<Operation> operations = operations();
        expected.forEach((operation, roles) -> assertThat(operations)
                .filteredOn(o -> o.toString().equals(operation)).singleElement()
                .extracting(o -> o.roles().toString()).as(operation).isEqualTo(roles));
    }

    /** Every operation under /api/v1 with the roles of its bearer security requirement (none: any partner). */
    @SuppressWarnings("unchecked")
    private static List<Operation> operations() {
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document().get("paths");
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
                List<Map<String, List<String>>> security = (List<Map<String, List<String>>>) operation.get("security");
                assertThat(security).as(method + " " + path + " security").isNotNull().hasSize(1);
                assertThat(security.get(0)).as(method + " " + path + " security").containsOnlyKeys("bearer");
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                assertThat(responses).as(method + " " + path + " responses").containsKeys("401", "403");
                operations.add(new Operation(method, path, security.get(0).get("bearer")));
            });
        });
        return operations;
    }

    private static Map<String, Object> document() {
        return given().accept(ContentType.JSON).when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("");
    }

    /**
     * Calls the operation with dummy values: an authority code path parameter is the caller's own
     * organisation (an authority reads its own queue), any other is a new UUID, a body is empty JSON.
     */
    private static int call(RequestSpecification request, Operation operation, String role) {
        Matcher parameters = PATH_PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (parameters.find()) {
            String value = parameters.group(1).equals("code") ? TestTokens.ORGANISATIONS.get(role)
                    : UUID.randomUUID().toString();
            parameters.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        parameters.appendTail(path);
        if (!operation.method().equals("get") && !operation.method().equals("delete")) {
            request.contentType(ContentType.JSON).body("{}");
        }
        return request.when().request(Method.valueOf(operation.method().toUpperCase()), path.toString()).statusCode();
    }
}
