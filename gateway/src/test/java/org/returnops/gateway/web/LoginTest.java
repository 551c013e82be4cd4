package org.returnops.gateway.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** People log in to the pages with a name and password, get a session cookie, and log out. */
@QuarkusTest
class LoginTest {

    private static final String COOKIE = "returnops-session";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Response login(String user, String password) {
        return given().redirects().follow(false).formParam("username", user).formParam("password", password)
                .when().post("/login");
    }

    static String session(String user) {
        return login(user, user + "-dev-password").then().statusCode(303).extract().cookie(COOKIE);
    }

    static String csrf(String session) {
        String html = given().cookie(COOKIE, session).when().get("/").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF field on the page").isTrue();
        return m.group(1);
    }

    @Test
    void theLoginPageHasLabelledFields() {
        given().when().get("/login").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<label for=\"username\">User name</label>"))
                .body(containsString("<label for=\"password\">Password</label>"));
    }

    @Test
    void aRightPasswordOpensASessionWithAStrictHttpOnlyCookie() {
        Response response = login("operator", "operator-dev-password");
        response.then().statusCode(303).header("Location", containsString("/"));
        Cookie cookie = response.detailedCookie(COOKIE);
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualToIgnoringCase("Strict");
        assertThat(cookie.isSecured()).as("not Secure over plain HTTP").isFalse();
        given().cookie(COOKIE, cookie.getValue()).when().get("/").then().statusCode(200)
                .body(containsString("<strong id=\"who\">operator</strong> (IOM)"))
                .body(containsString("href=\"/board\""))
                .body(containsString("href=\"/register\""));
    }

    @Test
    void aWrongPasswordIsRefusedWithTheSameMessageAsAnUnknownName() {
        String wrong = login("observer", "guess").then().statusCode(401).extract().asString();
        String unknown = login("nobody", "guess").then().statusCode(401).extract().asString();
        assertThat(wrong).contains("Wrong user name or password.").doesNotContain(COOKIE);
        assertThat(unknown).contains("Wrong user name or password.");
    }

    @Test
    void fiveWrongPasswordsLockTheNameEvenForTheRightOneUntilTheLockoutEnds() {
        for (int i = 0; i < 4; i++) {
            login("auditor", "wrong").then().statusCode(401);
        }
        login("auditor", "wrong").then().statusCode(429).body(containsString("Too many failed attempts"));
        login("auditor", "auditor-dev-password").then().statusCode(429);
        // the test profile locks for 2 s
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> login("auditor", "auditor-dev-password").statusCode() == 303);
    }

    @Test
    void pagesWithoutASessionGoToTheLoginPage() {
        for (String path : new String[] {"/", "/board", "/convoys", "/register", "/queue"}) {
            given().redirects().follow(false).when().get(path).then().statusCode(303)
                    .header("Location", containsString("/login"));
        }
        given().redirects().follow(false).cookie(COOKIE, "forged").when().get("/").then().statusCode(303);
    }

    @Test
    void logoutNeedsTheSessionsCsrfTokenAndEndsTheSession() {
        String session = session("tj-border");
        given().redirects().follow(false).cookie(COOKIE, session).formParam("csrf", "not-the-token")
                .when().post("/logout").then().statusCode(403);
        given().cookie(COOKIE, session).when().get("/").then().statusCode(200);
        given().redirects().follow(false).cookie(COOKIE, session).formParam("csrf", csrf(session))
                .when().post("/logout").then().statusCode(303).header("Location", containsString("/login"));
        given().redirects().follow(false).cookie(COOKIE, session).when().get("/").then().statusCode(303);
    }

    @Test
    void eachRoleSeesOnlyThePagesItMayOpen() {
        String embassy = session("tj-embassy");
        given().cookie(COOKIE, embassy).when().get("/").then().statusCode(200)
                .body(containsString("href=\"/queue\"")).body(not(containsString("href=\"/board\"")))
                .body(not(containsString("href=\"/register\"")));
        given().cookie(COOKIE, embassy).when().get("/board").then().statusCode(403);
        given().cookie(COOKIE, session("auditor")).when().get("/").then().statusCode(200)
                .body(containsString("id=\"nothing\""));
    }

    @Test
    void theObserversBoardShowsCountsAndSaysWhenAServiceIsDown() {
        // no service runs in this test: the board says so instead of failing
        given().cookie(COOKIE, session("observer")).when().get("/board").then().statusCode(200)
                .body(containsString("a service is not answering"))
                .body(containsString("id=\"convoy-counts\""))
                .body(not(containsString("id=\"clearances\"")));
    }

    @Test
    void theLanguageComesFromTheSwitcherElseFromAcceptLanguage() {
        given().header("Accept-Language", "tg-TJ, ru;q=0.8").when().get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"tg\">")).body(containsString("Номи корбар"));
        given().header("Accept-Language", "fr").when().get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"));
        String cookie = given().redirects().follow(false).queryParam("lang", "uz").queryParam("back", "/login")
                .when().get("/language").then().statusCode(303).header("Location", containsString("/login"))
                .extract().cookie("returnops-lang");
        assertThat(cookie).isEqualTo("uz");
        given().cookie("returnops-lang", "uz").header("Accept-Language", "ru").when().get("/login").then()
                .body(containsString("Foydalanuvchi nomi"));
        given().redirects().follow(false).queryParam("lang", "uz").queryParam("back", "//evil.example")
                .when().get("/language").then().header("Location", not(containsString("evil")));
    }

    @Test
    void htmxIsServedByTheGatewayItself() {
        given().when().get("/webjars/htmx.org/2.0.4/dist/htmx.min.js").then().statusCode(200);
        given().when().get("/css/app.css").then().statusCode(200).body(containsString("@media print"));
        given().when().get("/login").then().body(not(containsString("https://")));
        given().when().get("/js/board.js").then().statusCode(equalTo(200));
    }
}
