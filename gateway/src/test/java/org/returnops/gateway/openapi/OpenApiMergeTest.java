package org.returnops.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenApiMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String GATEWAY = """
            {"openapi": "3.1.0", "info": {"title": "Return Operation Suite API", "version": "1.0.0"},
             "servers": [{"url": "http://gateway"}],
             "tags": [{"name": "Authentication"}],
             "paths": {"/auth/token": {"post": {"tags": ["Authentication"], "security": [],
                                               "responses": {"200": {"description": "token"}}}}},
             "components": {"schemas": {"TokenResponse": {"type": "object"}}}}""";

    private static final String REGISTRY = """
            {"openapi": "3.1.0", "info": {"title": "Registry service", "version": "1.0.0"},
             "servers": [{"url": "http://registry:8081"}],
             "tags": [{"name": "Sites", "description": "Staging sites"}, {"name": "Unused"}],
             "paths": {
               "/api/v1/sites": {"get": {"tags": ["Sites"], "responses": {
                   "200": {"description": "sites", "content": {"application/json": {
                       "schema": {"$ref": "#/components/schemas/Page"},
                       "examples": {"one": {"value": {"items": [{"code": "KZ-ZHIBEK-ZHOLY"}]}}}}}},
                   "404": {"description": "none", "content": {"application/problem+json": {
                       "schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
               "/q/health": {"get": {"responses": {"200": {"description": "up"}}}}},
             "components": {"schemas": {
               "Problem": {"type": "object", "properties": {"type": {"type": "string"}}},
               "Page": {"type": "object", "properties": {"items": {"type": "array"}}}}}}""";

    private static final String TRANSPORT = """
            {"openapi": "3.1.0", "info": {"title": "Transport service", "version": "1.0.0"},
             "paths": {
               "/api/v1/crossings": {"get": {"security": [{"bearer": ["operator", "observer"]}],
                   "responses": {"200": {"description": "crossings",
                   "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}}}},
             "components": {"schemas": {
               "Problem": {"type": "object", "properties": {"type": {"type": "string"}}},
               "Page": {"type": "object", "properties": {"content": {"type": "array"}}}}}}""";

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static ObjectNode merged(List<String> missing) {
        Map<String, JsonNode> services = new LinkedHashMap<>();
        services.put("registry", read(REGISTRY));
        services.put("transport", read(TRANSPORT));
        return OpenApiMerge.merge(read(GATEWAY), services, missing);
    }

    @Test
    void onlyThePublicPathsOfTheServicesJoinTheGatewaysOwn() {
        ObjectNode merged = merged(List.of());
        assertThat(merged.get("paths").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("/auth/token", "/api/v1/sites", "/api/v1/crossings");
        assertThat(OpenApiMerge.publicPaths(merged)).containsExactlyInAnyOrder("/api/v1/sites", "/api/v1/crossings");
        assertThat(merged.at("/info/title").asText()).isEqualTo("Return Operation Suite API");
        assertThat(merged.has("servers")).as("servers of the gateway or a service do not apply").isFalse();
    }

    @Test
    void identicalComponentsAppearOnceAndConflictingOnesArePrefixedWithTheirReferences() {
        ObjectNode merged = merged(List.of());
        JsonNode schemas = merged.at("/components/schemas");
        assertThat(schemas.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("TokenResponse", "Problem", "registry.Page", "transport.Page");
        assertThat(merged.at("/paths/~1api~1v1~1sites/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/registry.Page");
        assertThat(merged.at("/paths/~1api~1v1~1crossings/get/responses/200/content/application~1json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/transport.Page");
        assertThat(merged.at("/paths/~1api~1v1~1sites/get/responses/404/content/application~1problem+json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void examplesAreKept() {
        assertThat(merged(List.of()).at("/paths/~1api~1v1~1sites/get/responses/200/content/application~1json"
                + "/examples/one/value/items/0/code").asText()).isEqualTo("KZ-ZHIBEK-ZHOLY");
    }

    @Test
    void tagsAreDeclaredOnceAndGroupedPerService() {
        ObjectNode merged = merged(List.of());
        assertThat(merged.get("tags").findValuesAsText("name"))
                .containsExactly("Authentication", "Sites", "Transport");
        assertThat(merged.at("/tags/1/description").asText()).isEqualTo("Staging sites");
        assertThat(merged.at("/paths/~1api~1v1~1crossings/get/tags/0").asText())
                .as("an untagged operation is tagged with its service").isEqualTo("Transport");
        assertThat(merged.get("x-tagGroups").toString()).isEqualTo(
                "[{\"name\":\"Gateway\",\"tags\":[\"Authentication\"]},{\"name\":\"Registry\",\"tags\":[\"Sites\"]},"
                        + "{\"name\":\"Transport\",\"tags\":[\"Transport\"]}]");
    }

    @Test
    void everyOperationNeedsATokenExceptTheTokenEndpoint() {
        ObjectNode merged = merged(List.of());
        assertThat(merged.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(merged.at("/components/securitySchemes/bearer/bearerFormat").asText()).isEqualTo("JWT");
        assertThat(merged.at("/components/securitySchemes/oauth2/flows/clientCredentials/tokenUrl").asText())
                .isEqualTo("/auth/token");
        assertThat(merged.get("security").toString()).isEqualTo("[{\"bearer\":[]},{\"oauth2\":[]}]");
        assertThat(merged.at("/paths/~1auth~1token/post/security").toString()).isEqualTo("[]");
        assertThat(merged.at("/paths/~1api~1v1~1crossings/get/security").toString())
                .as("an operation's roles are kept, and Swagger UI's Authorize (oauth2) serves it too")
                .isEqualTo("[{\"bearer\":[\"operator\",\"observer\"]},{\"oauth2\":[]}]");
    }

    @Test
    void aServiceWhoseDocumentIsMissingIsNamed() {
        ObjectNode merged = merged(List.of("consular-service"));
        assertThat(merged.at("/info/x-services-unavailable/0").asText()).isEqualTo("consular-service");
        assertThat(merged(List.of()).at("/info").has("x-services-unavailable")).isFalse();
    }

    @Test
    void aPathDeclaredByTwoServicesIsAnError() {
        Map<String, JsonNode> services = new LinkedHashMap<>();
        services.put("registry", read(REGISTRY));
        services.put("copy", read(REGISTRY));
        assertThatThrownBy(() -> OpenApiMerge.merge(read(GATEWAY), services, List.of()))
                .hasMessageContaining("/api/v1/sites is declared by two services");
    }
}
