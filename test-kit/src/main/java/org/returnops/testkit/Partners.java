package org.returnops.testkit;

import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/**
 * Requests as a partner, carrying a token signed with the key the service under test trusts
 * ({@link TestTokens}): the one way a test calls a service as a role.
 */
public final class Partners {

    /** The operator dev partner's client id: its token's subject, as audit entries and status causes name it. */
    public static final String OPERATOR_CLIENT = "operator";

    private Partners() {
    }

    /** A request with the token of the role's dev partner (client id = role, its organisation). */
    public static RequestSpecification asRole(String role) {
        return given().auth().oauth2(TestTokens.forRole(role));
    }

    /** As the operator: what a test does unless it is about who may. */
    public static RequestSpecification asOperator() {
        return asRole(OPERATOR_CLIENT);
    }

    /** As an operator with a client id of its own, for a test that looks for its own audit entries. */
    public static RequestSpecification asOperatorClient(String clientId) {
        return given().auth().oauth2(TestTokens.token(clientId, TestTokens.ORGANISATIONS.get(OPERATOR_CLIENT),
                OPERATOR_CLIENT));
    }
}
