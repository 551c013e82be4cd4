package org.returnops.gateway.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** Every form that changes something needs the session's CSRF token and the right role. */
@QuarkusTest
class FormProtectionTest {

    private static final String COOKIE = "returnops-session";

    @Test
    void aPostWithoutTheSessionsCsrfTokenIsRefused() {
        String operator = LoginTest.session("operator");
        String uzBorder = LoginTest.session("uz-border");
        UUID any = UUID.randomUUID();
        given().cookie(COOKIE, operator).formParam("nameLatin.family", "Umarov").when().post("/register")
                .then().statusCode(403);
        given().cookie(COOKIE, uzBorder).formParam("crossing", "UZ-TJ-OYBEK").formParam("csrf", "forged")
                .when().post("/convoys/" + any + "/headcount").then().statusCode(403);
        given().cookie(COOKIE, uzBorder).formParam("outcome", "GRANTED")
                .when().post("/queue/" + any + "/decision").then().statusCode(403);
    }

    @Test
    void eachFormIsForItsRolesOnly() {
        String observer = LoginTest.session("observer");
        String csrf = LoginTest.csrf(observer);
        given().cookie(COOKIE, observer).when().get("/register").then().statusCode(403);
        given().cookie(COOKIE, observer).formParam("csrf", csrf).when().post("/register").then().statusCode(403);
        given().cookie(COOKIE, observer).when().get("/convoys").then().statusCode(403);
        given().cookie(COOKIE, LoginTest.session("tj-embassy")).when().get("/convoys").then().statusCode(403);
    }

    @Test
    void theRegistrationFormHasALabelForEveryInput() {
        String html = given().cookie(COOKIE, LoginTest.session("operator")).when().get("/register")
                .then().statusCode(200).body(containsString("name=\"csrf\"")).extract().asString();
        java.util.regex.Matcher inputs = java.util.regex.Pattern.compile("<(?:input|select) id=\"([^\"]+)\"").matcher(html);
        int count = 0;
        while (inputs.find()) {
            org.assertj.core.api.Assertions.assertThat(html).contains("<label for=\"" + inputs.group(1) + "\"");
            count++;
        }
        org.assertj.core.api.Assertions.assertThat(count).isGreaterThanOrEqualTo(10);
    }
}
