package org.returnops.gateway.front;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.returnops.gateway.Http2Client;
import org.returnops.gateway.auth.PartnerTokens;
import org.returnops.gateway.proxy.GatewayConfig;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

/**
 * The gateway in front of a stand-in registry that echoes what it receives, with small limits (burst 5,
 * hardly any refill, 1 KiB bodies). Each test calls as a partner of its own, so the buckets of one test
 * do not touch another's.
 */
@QuarkusTest
@TestProfile(FrontDoorTest.SmallLimits.class)
class FrontDoorTest {

    public static class SmallLimits implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.burst", "5", "gateway.rate-limit.per-second", "0.001",
                    "gateway.max-body-size", "1K");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EchoService.class));
        }
    }

    @Inject PartnerTokens tokens;

    @Inject GatewayConfig config;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private String bearer(String clientId) {
        return "Bearer " + tokens.issue(clientId, config.partners().get(clientId)).token();
    }

    @Test
    void theCallersRequestIdAndTraceAreForwardedAndTheRequestIdComesBackOnce() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        var response = given().header("Authorization", bearer("kz-migration"))
                .header("X-Request-Id", "abc-123")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .when().get("/api/v1/sites")
                .then().statusCode(200)
                .header("X-Request-Id", "abc-123")
                .body("headers.x-request-id", equalTo("abc-123"))
                .body("headers.traceparent", matchesPattern("00-" + traceId + "-[0-9a-f]{16}-01"))
                .extract().response();
        assertThat(response.headers().getValues("X-Request-Id")).containsExactly("abc-123");
        assertThat(response.<String>path("headers.traceparent")).doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void withoutOrWithABrokenRequestIdTheGatewayMakesOne() {
        String made = given().header("Authorization", bearer("uz-border"))
                .header("X-Request-Id", "no spaces or \"quotes\" please")
                .header("traceparent", "garbage")
                .when().get("/api/v1/sites")
                .then().statusCode(200)
                .body("headers.traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-01"))
                .extract().header("X-Request-Id");
        assertThat(made).matches("[0-9a-f-]{36}");
        given().when().get("/q/health/live").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        var own = given().header("X-Request-Id", "own-1").when().get("/auth/jwks").then().statusCode(200)
                .extract().response();
        assertThat(own.headers().getValues("X-Request-Id")).as("the gateway's own endpoints answer it once")
                .containsExactly("own-1");
    }

    @Test
    void theServiceLearnsTheCallerFromTheVerifiedTokenNotFromWhatTheCallerClaims() {
        given().header("Authorization", bearer("tj-embassy"))
                .header("X-Caller", "someone-else").header("X-Caller-Organisation", "KZ-MIGRATION")
                .when().get("/api/v1/sites")
                .then().statusCode(200)
                .body("headers.x-caller", equalTo("tj-embassy"))
                .body("headers.x-caller-organisation", equalTo("TJ-EMBASSY-KZ"))
                .body("headers.authorization", startsWith("Bearer "));
    }

    @Test
    void callerHeadersSentWithoutAValidTokenNeverReachTheService() {
        given().header("X-Caller", "someone-else").header("X-Caller-Organisation", "KZ-MIGRATION")
                .when().get("/api/v1/sites")
                .then().statusCode(200)
                .body("headers", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("x-caller")))
                .body("headers", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("x-caller-organisation")));
    }

    @Test
    void aPartnerOverItsRateGets429WithRetryAfterWhileOthersGoOn() {
        String observer = bearer("observer");
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", observer).when().get("/api/v1/statistics").then().statusCode(200);
        }
        given().header("Authorization", observer).when().get("/api/v1/statistics")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("urn:return-ops:problem:rate-limited"))
                .body("status", equalTo(429))
                .body("detail", startsWith("More than 5 requests at once"));
        given().header("Authorization", bearer("tj-border")).when().get("/api/v1/statistics").then().statusCode(200);
    }

    @Test
    void aBodyOverTheLimitIs413WhetherDeclaredOrStreamed() throws Exception {
        String operator = bearer("operator");
        given().header("Authorization", operator).contentType(ContentType.JSON).body("x".repeat(1024))
                .when().post("/api/v1/sites")
                .then().statusCode(200)
                .body("bodySize", equalTo(1024));
        given().header("Authorization", operator).contentType(ContentType.JSON).body("x".repeat(1025))
                .when().post("/api/v1/sites")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:return-ops:problem:payload-too-large"))
                .body("detail", equalTo("The request body is larger than the limit of 1024 bytes."));

        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sites"))
                .header("Authorization", operator).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[64 * 1024])))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("urn:return-ops:problem:payload-too-large");
    }

    /** Java's own client speaks HTTP/2 (h2c) by default: the body limit answers it the same problem. */
    @Test
    void overHttp2ABodyOverTheLimitIsThe413ProblemToo() {
        Http2Client client = Http2Client.toGateway("Authorization", bearer("auditor"));
        HttpResponse<String> first = client.get("/api/v1/sites");
        assertThat(first.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(first.statusCode()).isEqualTo(200);

        HttpResponse<String> tooLarge = client.post("/api/v1/sites", "x".repeat(1025));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(tooLarge.body()).contains("The request body is larger than the limit of 1024 bytes.");
        assertThat(client.post("/api/v1/sites", "x".repeat(1024)).statusCode()).isEqualTo(200);
    }
}
