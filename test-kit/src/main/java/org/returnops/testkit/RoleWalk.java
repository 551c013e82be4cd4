package org.returnops.testkit;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.assertj.core.api.SoftAssertions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * Walks every operation under {@code /api/v1/} of an OpenAPI document and calls it as the document says who
 * may, so the roles partners read are the roles that are enforced. For each operation it checks that
 * <ul>
 *   <li>the document names its bearer security requirement (the roles; none: any partner) and documents
 *       401 and 403;</li>
 *   <li>without a token the answer is 401 as {@code application/problem+json};</li>
 *   <li>as each role the requirement lists (every role when it lists none) the call gets past security:
 *       neither 401 nor 403, and no 5xx for the made-up ids and the empty body;</li>
 *   <li>as every other role the answer is 403 as {@code application/problem+json}.</li>
 * </ul>
 * Every failure is collected before the walk fails. A service's test calls
 * {@code RoleWalk.ofThisService().atLeast(18).walk()} and may assert more on the operations it returns.
 */
public final class RoleWalk {

    /** Every role of the suite's partners. */
    public static final List<String> ROLES = List.copyOf(new TreeSet<>(TestTokens.ORGANISATIONS.keySet()));
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final String SCHEME = "bearer";

    /** One operation of the document with the roles of its bearer requirement (empty: any partner). */
    public record Operation(String method, String path, List<String> roles, Set<String> responses,
            String mediaType) {

        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }

        boolean allows(String role) {
            return roles.isEmpty() || roles.contains(role);
        }
    }

    private final String document;
    private final Function<String, RequestSpecification> asRole;
    private final BiFunction<String, String, String> pathValue;
    private final int atLeast;

    private RoleWalk(String document, Function<String, RequestSpecification> asRole,
            BiFunction<String, String, String> pathValue, int atLeast) {
        this.document = document;
        this.asRole = asRole;
        this.pathValue = pathValue;
        this.atLeast = atLeast;
    }

    /**
     * The default value of a path parameter for a call as a role: an authority {@code code} is the caller's
     * own organisation (an authority may read its own queue only), anything else a fresh UUID that names
     * nothing (a 404 is past security).
     */
    public static final BiFunction<String, String, String> CALLERS_OWN_CODE = (parameter, role) ->
            parameter.equals("code") ? TestTokens.ORGANISATIONS.get(role) : UUID.randomUUID().toString();

    /** The service under test's own document ({@code /q/openapi}), called with {@link Partners#asRole}. */
    public static RoleWalk ofThisService() {
        return new RoleWalk("/q/openapi", Partners::asRole, CALLERS_OWN_CODE, 1);
    }

    /**
     * Another document (the gateway's merged one), called with the requests {@code asRole} makes; without a
     * token it calls {@code given()}, so no default {@code Authorization} header may be configured.
     */
    public static RoleWalk of(String document, Function<String, RequestSpecification> asRole) {
        return new RoleWalk(document, asRole, CALLERS_OWN_CODE, 1);
    }

    /** The value of a path parameter for a call as a role (parameter name, role → value). */
    public RoleWalk pathValues(BiFunction<String, String, String> values) {
        return new RoleWalk(document, asRole, values, atLeast);
    }

    /** Fails unless the document has at least this many operations (a walk over nothing proves nothing). */
    public RoleWalk atLeast(int operations) {
        return new RoleWalk(document, asRole, pathValue, operations);
    }

    /** The operations of the document under {@code /api/v1/}, after checking how each documents its security. */
    @SuppressWarnings("unchecked")
    public List<Operation> operations() {
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON).queryParam("format", "json")
                .when().get(document).then().statusCode(200).extract().jsonPath().getMap("paths");
        List<Operation> operations = new ArrayList<>();
        SoftAssertions softly = new SoftAssertions();
        paths.forEach((path, item) -> {
            if (!path.startsWith("/api/v1/")) {
                return;
            }
            item.forEach((method, value) -> {
                if (!METHODS.contains(method)) {
                    return;
                }
                Map<String, Object> operation = (Map<String, Object>) value;
                String name = method.toUpperCase(Locale.ROOT) + " " + path;
                List<Map<String, List<String>>> security =
                        (List<Map<String, List<String>>>) operation.getOrDefault("security", List.of());
                List<String> roles = security.stream().filter(requirement -> requirement.containsKey(SCHEME))
                        .map(requirement -> requirement.get(SCHEME)).findFirst().orElse(null);
                softly.assertThat(roles).as(name + " names its roles under the bearer scheme").isNotNull();
                Set<String> responses = ((Map<String, Object>) operation.get("responses")).keySet();
                softly.assertThat(responses).as(name + " documents 401 and 403").contains("401", "403");
                Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
                String mediaType = body == null ? null
                        : ((Map<String, Object>) body.get("content")).keySet().iterator().next();
                operations.add(new Operation(method, path, roles == null ? List.of() : roles, responses, mediaType));
            });
        });
        softly.assertThat(operations).as("operations under /api/v1/ in " + document).hasSizeGreaterThanOrEqualTo(atLeast);
        softly.assertAll();
        return operations;
    }

    /** Calls every operation without a token and as every role; fails listing every call that broke a rule. */
    public List<Operation> walk() {
        List<Operation> operations = operations();
        SoftAssertions softly = new SoftAssertions();
        for (Operation operation : operations) {
            Response anonymous = call(given(), operation, Partners.OPERATOR_CLIENT);
            softly.assertThat(anonymous.statusCode()).as(operation + " without a token").isEqualTo(401);
            softly.assertThat(anonymous.contentType()).as(operation + " without a token")
                    .startsWith("application/problem+json");
            for (String role : ROLES) {
                Response response = call(asRole.apply(role), operation, role);
                if (operation.allows(role)) {
                    softly.assertThat(response.statusCode()).as(operation + " as " + role + " gets past security")
                            .isNotIn(401, 403).isLessThan(500);
                } else {
                    softly.assertThat(response.statusCode()).as(operation + " as " + role).isEqualTo(403);
                    softly.assertThat(response.contentType()).as(operation + " as " + role)
                            .startsWith("application/problem+json");
                }
            }
        }
        softly.assertAll();
        return operations;
    }

    private Response call(RequestSpecification request, Operation operation, String role) {
        Matcher parameters = PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (parameters.find()) {
            parameters.appendReplacement(path, Matcher.quoteReplacement(pathValue.apply(parameters.group(1), role)));
        }
        parameters.appendTail(path);
        if (operation.mediaType() != null) {
            // an empty JSON object for a JSON body, no bytes for an upload (a PDF or an image)
            request = operation.mediaType().contains("json") ? request.contentType(operation.mediaType()).body("{}")
                    : request.config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                            .encodeContentTypeAs(operation.mediaType(), ContentType.BINARY)))
                            .contentType(operation.mediaType()).body(new byte[0]);
        }
        return request.accept("*/*").when().request(operation.method().toUpperCase(Locale.ROOT), path.toString());
    }
}
