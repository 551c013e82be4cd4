package org.returnops.gateway.openapi;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

/**
 * The merged document with every service down: the gateway's own operations and security, and the
 * services named as unavailable. With the services running it is tested in the scenario module.
 */
@QuarkusTest
class MergedOpenApiResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theDocumentIsJsonOnRequestAndYamlByDefault() {
        given().queryParam("format", "json").when().get("/openapi")
                .then().statusCode(200)
                .contentType("application/json")
                .body("info.title", equalTo("Return Operation Suite API"))
                .body("paths.'/auth/token'.post.security.size()", equalTo(0))
                .body("paths.'/auth/jwks'.get.security.size()", equalTo(0))
                .body("paths.'/asyncapi.yaml'.get.security.size()", equalTo(0))
                .body("components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl", equalTo("/auth/token"))
                .body("components.securitySchemes.bearer.bearerFormat", equalTo("JWT"))
                .body("info.x-services-unavailable", hasItems("registry-service", "consular-service",
                        "transport-service"));
        given().when().get("/openapi")
                .then().statusCode(200)
                .contentType("application/yaml")
                .body(startsWith("openapi: 3.1"))
                .body(containsString("/auth/token:"));
    }

    @Test
    void quarkusOwnAddressServesTheMergedDocument() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .contentType("application/json")
                .body("info.title", equalTo("Return Operation Suite API"))
                .body("info.x-services-unavailable", hasItems("registry-service", "consular-service",
                        "transport-service"))
                .body("'x-tagGroups'.name", hasItems("Gateway"));
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .contentType("application/json")
                .body("info.x-services-unavailable.size()", equalTo(3));
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .contentType("application/yaml")
                .body(containsString("x-services-unavailable"));
    }

    @Test
    void swaggerUiShowsTheMergedDocument() {
        given().when().get("/q/swagger-ui/index.html")
                .then().statusCode(200)
                .body(containsString("/openapi?format=json"));
    }
}
