package org.returnops.registry;

import io.restassured.specification.RequestSpecification;
import org.returnops.testkit.TestTokens;
import org.returnops.platform.security.Roles;

import static io.restassured.RestAssured.given;

/** Requests that carry a partner's token, signed with the key the test service trusts. */
public final class Partners {

    /** The operator dev partner's client id: its token's subject, as the audit trail and status causes name it. */
    public static final String OPERATOR_CLIENT = Roles.OPERATOR;

    private Partners() {
    }

    /** As the operator dev partner (client id {@link #OPERATOR_CLIENT}). */
    public static RequestSpecification asOperator() {
        return as(Roles.OPERATOR);
    }

    /** As the dev partner of the role. */
    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole(role));
    }

    /** As an operator with its own client id, for a test that looks for its own entries in the audit trail. */
    public static RequestSpecification asOperatorClient(String clientId) {
        return given().auth().oauth2(TestTokens.token(clientId, TestTokens.ORGANISATIONS.get(Roles.OPERATOR),
                Roles.OPERATOR));
    }
}
