package org.returnops.gateway.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class TokenResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aPartnerGetsASignedTokenWithItsOrganisationAndRolesUsingHttpBasic() throws Exception {
        Response response = given().auth().preemptive().basic("tj-embassy", "tj-embassy-dev-secret")
                .formParam("grant_type", "client_credentials")
                .when().post("/auth/token")
                .then().statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900))
                .body("access_token", notNullValue())
                .extract().response();
        String token = response.path("access_token");

        String jwks = given().when().get("/auth/jwks").then().statusCode(200).extract().asString();
        JsonWebKeySet keys = new JsonWebKeySet(jwks);
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.getJsonWebKeys()))
                .setExpectedIssuer("urn:return-ops:gateway")
                .setExpectedAudience("return-ops")
                .setRequireExpirationTime()
                .setRequireJwtId()
                .build()
                .processToClaims(token);
        assertThat(claims.getSubject()).isEqualTo("tj-embassy");
        assertThat(claims.getStringClaimValue("org")).isEqualTo("TJ-EMBASSY-KZ");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("tj-embassy");
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(900);

        JsonWebSignature header = new JsonWebSignature();
        header.setCompactSerialization(token);
        assertThat(header.getAlgorithmHeaderValue()).isEqualTo("RS256");
        assertThat(header.getKeyIdHeaderValue()).isEqualTo(keys.getJsonWebKeys().get(0).getKeyId());
        assertThat(jwks).doesNotContain("\"d\"").doesNotContain("\"p\"");
    }

    @Test
    void theCredentialsMayComeAsFormFields() {
        given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "operator").formParam("client_secret", "operator-dev-secret")
                .when().post("/auth/token")
                .then().statusCode(200)
                .body("token_type", equalTo("Bearer"));
    }

    @Test
    void aWrongSecretOrAnUnknownClientIsInvalidClient() {
        for (List<String> credentials : List.of(List.of("operator", "wrong"), List.of("nobody", "operator-dev-secret"))) {
            given().auth().preemptive().basic(credentials.get(0), credentials.get(1))
                    .formParam("grant_type", "client_credentials")
                    .when().post("/auth/token")
                    .then().statusCode(401)
                    .header("WWW-Authenticate", "Basic realm=\"return-ops\"")
                    .body("error", equalTo("invalid_client"))
                    .body("access_token", equalTo(null));
        }
        given().formParam("grant_type", "client_credentials")
                .when().post("/auth/token")
                .then().statusCode(401)
                .body("error", equalTo("invalid_client"));
    }

    @Test
    void onlyTheClientCredentialsGrantIsSupported() {
        given().auth().preemptive().basic("operator", "operator-dev-secret")
                .formParam("grant_type", "password")
                .when().post("/auth/token")
                .then().statusCode(400)
                .body("error", equalTo("unsupported_grant_type"));
        given().auth().preemptive().basic("operator", "operator-dev-secret")
                .formParam("scope", "anything")
                .when().post("/auth/token")
                .then().statusCode(400)
                .body("error", equalTo("invalid_request"));
    }

    @Test
    void credentialsSentTwiceAreAnInvalidRequest() {
        given().auth().preemptive().basic("operator", "operator-dev-secret")
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "operator").formParam("client_secret", "operator-dev-secret")
                .when().post("/auth/token")
                .then().statusCode(400)
                .body("error", equalTo("invalid_request"));
    }
}
