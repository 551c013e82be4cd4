package org.returnops.platform.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served OpenAPI document of an application built on the platform: every 4xx and 5xx response, those the
 * security scan adds included, is documented as {@code application/problem+json} with the Problem schema.
 */
@QuarkusTest
class ProblemResponsesIT {

    @Test
    @SuppressWarnings("unchecked")
    void everyErrorResponseIsAProblem() {
        JsonPath document = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<String> errors = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    errors.add(method + " " + path + " " + status);
                    assertThat((Map<String, Object>) response.get("content")).as(method + " " + path + " " + status)
                            .containsOnlyKeys(Problem.MEDIA_TYPE);
                    assertThat(document.getString("paths.'" + path + "'." + method + ".responses.'" + status
                            + "'.content.'application/problem+json'.schema.$ref"))
                            .as(method + " " + path + " " + status).isEqualTo("#/components/schemas/Problem");
                }
            });
        }));

        assertThat(errors).contains("get /api/v1/things/{id} 401", "get /api/v1/things/{id} 403",
                "get /api/v1/things/{id} 404", "post /api/v1/things 400", "post /api/v1/things 503");
        assertThat(document.getString("paths.'/api/v1/things/{id}'.get.responses.'404'.content."
                + "'application/problem+json'.examples.'not found'.value.type"))
                .isEqualTo("urn:return-ops:problem:not-found");
        assertThat(document.getMap("components.schemas.Problem.properties")).containsKeys("type", "title", "status",
                "detail", "instance", "violations");
        assertThat(document.getMap("components.schemas")).containsKey("Violation");
    }
}
