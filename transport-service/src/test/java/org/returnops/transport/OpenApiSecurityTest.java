package org.returnops.transport;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.returnops.platform.security.Roles;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.returnops.transport.Fixtures.asRole;

/**
 * Walks every operation of the service's own OpenAPI document and calls it as the document says: without a token it
 * is 401; with a role its security requirement lists it gets past security (a 400, 404 or 409 for the dummy ids and
 * bodies counts); with any other role it is 403. An operation listing no roles is open to every partner with a token.
 * So the roles the document shows are the roles the service enforces.
 */
@QuarkusTest
class OpenApiSecurityTest {

    private static final List<String> ALL_ROLES = List.of(Roles.OPERATOR, Roles.KZ_MIGRATION, Roles.UZ_BORDER,
            Roles.TJ_EMBASSY, Roles.TJ_BORDER, Roles.OBSERVER);
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationEnforcesTheRolesItsDocumentLists() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept(ContentType.JSON)
                .queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> api = paths.keySet().stream().filter(p -> p.startsWith("/api/v1/")).sorted().toList();
        assertThat(api).contains("/api/v1/convoys/{id}/manifest", "/api/v1/vehicles", "/api/v1/routes/{code}");

        SoftAssertions softly = new SoftAssertions();
        int operations = 0;
        for (String path : api) {
            for (Map.Entry<String, Map<String, Object>> entry : paths.get(path).entrySet()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                operations++;
                String method = entry.getKey().toUpperCase(Locale.ROOT);
                Map<String, Object> operation = entry.getValue();
                String name = method + " " + path;
                String url = path.replace("{id}", UUID.randomUUID().toString())
                        .replace("{migrantId}", UUID.randomUUID().toString())
                        .replace("{code}", "NO-SUCH-CODE");
                boolean body = operation.containsKey("requestBody");

                softly.assertThat((Map<String, Object>) operation.get("responses")).as(name + " documents 401 and 403")
                        .containsKeys("401", "403");
                Response anonymous = call(given(), method, url, body);
                softly.assertThat(anonymous.statusCode()).as(name + " without a token").isEqualTo(401);
                softly.assertThat(anonymous.contentType()).as(name + " without a token")
                        .startsWith("application/problem+json");

                List<String> allowed = roles(operation);
                softly.assertThat(allowed).as(name + " lists its roles").isNotNull();
                if (allowed == null) {
                    continue;
                }
                for (String role : ALL_ROLES) {
                    Response response = call(asRole(role), method, url, body);
                    int status = response.statusCode();
                    if (allowed.isEmpty() || allowed.contains(role)) {
                        softly.assertThat(status).as(name + " as " + role + " gets past security")
                                .isNotIn(401, 403).isLessThan(500);
                    } else {
                        softly.assertThat(status).as(name + " as " + role).isEqualTo(403);
                        softly.assertThat(response.contentType()).as(name + " as " + role)
                                .startsWith("application/problem+json");
                    }
                }
            }
        }
        softly.assertThat(operations).as("operations under /api/v1").isGreaterThanOrEqualTo(23);
        softly.assertAll();
    }

    /** The roles of the operation's bearer requirement: empty for any partner, null when it has none. */
    @SuppressWarnings("unchecked")
    private static List<String> roles(Map<String, Object> operation) {
        List<Map<String, List<String>>> security = (List<Map<String, List<String>>>) operation.get("security");
        if (security == null || security.size() != 1) {
            return null;
        }
        return security.get(0).get("bearer");
    }

    private static Response call(RequestSpecification request, String method, String url, boolean body) {
        if (body) {
            request = request.contentType(ContentType.JSON).body("{}");
        }
        return request.when().request(method, url);
    }
}
