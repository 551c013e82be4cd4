package org.returnops.consular.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.returnops.consular.ConsularFlowSupport;
import org.returnops.platform.security.Roles;
import org.returnops.testkit.TestTokens;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.returnops.testkit.Partners.asOperator;
import static org.returnops.testkit.Partners.asRole;

/** Who may call what: a token is needed, roles are held to the matrix, an authority to its own objects. */
@QuarkusTest
class SecurityTest extends ConsularFlowSupport {



    @Test
    void anAuthorityReadsOnlyItsOwnQueueAndTheOperatorReadsEvery() {
        asAuthority("UZ-BORDER").when().get("/api/v1/authorities/KZ-MIGRATION/queue")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:return-ops:problem:forbidden"))
                .body("detail", equalTo("The queue of KZ-MIGRATION is not yours: you act for UZ-BORDER."));
        asAuthority("UZ-BORDER").when().get("/api/v1/authorities/UZ-BORDER/queue").then().statusCode(200);
        asOperator().when().get("/api/v1/authorities/KZ-MIGRATION/queue").then().statusCode(200);
        asRole(Roles.OBSERVER).when().get("/api/v1/authorities/KZ-MIGRATION/queue").then().statusCode(403);
    }

    @Test
    void anotherAuthorityCannotDecideAClearanceAndNothingChanges() throws Exception {
        UUID migrantId = register();
        String exit = clearanceOf(migrantId, "KZ_EXIT");
        Map<String, Object> grant = Map.of("outcome", "GRANTED",
                "validUntil", Instant.now().plus(30, ChronoUnit.DAYS).toString());

        decide(exit, "UZ-BORDER", grant).statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("is decided by KZ-MIGRATION, not by UZ-BORDER"));
        asOperator().contentType(ContentType.JSON).body(grant)
                .when().post("/api/v1/clearances/" + exit + "/decision").then().statusCode(403);
        asOperator().when().get("/api/v1/clearance-cases/" + migrantId)
                .then().body("clearances.find { it.type == 'KZ_EXIT' }.status", equalTo("PENDING"))
                .body("history.what", not(hasItem("GRANTED")));

        decide(exit, "KZ-MIGRATION", grant).statusCode(200).body("decidedBy", equalTo("user:kz-migration"));
    }

    @Test
    void anObserverCannotListCases() {
        asRole(Roles.OBSERVER).when().get("/api/v1/clearance-cases")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:return-ops:problem:forbidden"));
    }

    @Test
    void onlyTheEmbassyOfTheRouteIssuesCertificatesOfReturn() throws Exception {
        UUID migrantId = register();
        Map<String, Object> certificate = Map.of("number", "TJ-COR-" + migrantId.toString().substring(0, 8).toUpperCase(),
                "issuedBy", "Consul A. Saidov");
        asAuthority("TJ-BORDER").contentType(ContentType.JSON).body(certificate)
                .when().post("/api/v1/clearance-cases/" + migrantId + "/travel-documents")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("tj-embassy-uz", "TJ-EMBASSY-UZ", Roles.TJ_EMBASSY))
                .contentType(ContentType.JSON).body(certificate)
                .when().post("/api/v1/clearance-cases/" + migrantId + "/travel-documents")
                .then().statusCode(403)
                .body("detail", equalTo("Certificates of return are issued by TJ-EMBASSY-KZ, not by TJ-EMBASSY-UZ."));
        asOperator().when().get("/api/v1/clearance-cases/" + migrantId)
                .then().body("history.what", not(hasItem("CERTIFICATE_ISSUED")));

        asAuthority("TJ-EMBASSY-KZ").contentType(ContentType.JSON).body(certificate)
                .when().post("/api/v1/clearance-cases/" + migrantId + "/travel-documents")
                .then().statusCode(201);
        asOperator().when().get("/api/v1/clearance-cases/" + migrantId)
                .then().body("history.find { it.what == 'CERTIFICATE_ISSUED' }.cause", equalTo("user:tj-embassy"));
    }
}
