package org.returnops.platform.problem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Problem titles and details in the caller's language; type, status and field names the same in all. */
@QuarkusTest
class LocalizedProblemsIT {

    @Test
    void aValidationProblemIsInRussianWhenRussianIsAccepted() {
        given().header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5").queryParam("size", 500)
                .when().get("/checks")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:return-ops:problem:validation"))
                .body("title", equalTo("Запрос содержит ошибки"))
                .body("detail", equalTo("Поле size: must be at most 100."))
                .body("violations.field", contains("size"));
    }

    @Test
    void withoutAnAcceptedLanguageTheProblemIsInEnglish() {
        given().header("Accept-Language", "de").queryParam("size", 500)
                .when().get("/checks")
                .then().statusCode(400)
                .body("title", equalTo("Request is not valid"))
                .body("detail", equalTo("Field size must be at most 100."));
    }

    @Test
    void theMissingTokenIsExplainedInUzbekAndKazakh() {
        given().header("Accept-Language", "uz-Latn").when().get("/api/v1/things/1")
                .then().statusCode(401)
                .body("type", equalTo("urn:return-ops:problem:unauthenticated"))
                .body("title", equalTo("Autentifikatsiya talab qilinadi"));
        given().header("Accept-Language", "kk").when().get("/api/v1/things/1")
                .then().statusCode(401)
                .body("title", equalTo("Аутентификация қажет"));
    }

    @Test
    void aServicesProblemKeepsItsTypeAndDetailAndGetsATajikTitle() {
        given().header("Accept-Language", "tg").when().get("/checks/x1")
                .then().statusCode(404)
                .body("type", equalTo("urn:return-ops:problem:not-found"))
                .body("title", equalTo("Ёфт нашуд"))
                .body("detail", equalTo("There is no check x1."));
        given().when().get("/checks/x1")
                .then().statusCode(404)
                .body("title", equalTo("Not found"));
    }
}
