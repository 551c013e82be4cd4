package org.returnops.consular.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.returnops.consular.ConsularFlowSupport;
import org.returnops.platform.security.Roles;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.returnops.testkit.Partners.asOperator;
import static org.returnops.testkit.Partners.asRole;

/** Reads of queues and cases and the issue of a certificate each leave an audit row the auditor alone reads. */
@QuarkusTest
class ConsularAuditTest extends ConsularFlowSupport {

    private static final String TRAIL = "/api/v1/audit/consular";

    @Test
    void queueCaseListAndCertificateAreAuditedWithPartnerOrganisationAndRequestId() throws InterruptedException {
        UUID migrantId = register();
        String queueRequest = "queue-" + UUID.randomUUID();
        asAuthority("TJ-EMBASSY-KZ").header("X-Request-Id", queueRequest)
                .when().get("/api/v1/authorities/TJ-EMBASSY-KZ/queue").then().statusCode(200);
        asAuthority("TJ-EMBASSY-KZ").contentType(ContentType.JSON)
                .body(Map.of("number", "TJ-COR-" + migrantId.toString().substring(0, 8).toUpperCase(),
                        "issuedBy", "Consul A. Saidov"))
                .when().post("/api/v1/clearance-cases/" + migrantId + "/travel-documents").then().statusCode(201);
        asOperator().queryParam("migrant", migrantId.toString())
                .when().get("/api/v1/clearance-cases").then().statusCode(200);

        asRole(Roles.AUDITOR).queryParam("person", migrantId.toString())
                .when().get(TRAIL)
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.operation", contains("clearance-case.list", "travel-document.issue", "authority.queue",
                        "clearance-case.read"))
                .body("items.action", contains("SEARCH", "CHANGE", "SEARCH", "READ"))
                .body("items.partner", contains("operator", "tj-embassy", "tj-embassy", "operator"))
                .body("items.organisation", contains("IOM", "TJ-EMBASSY-KZ", "TJ-EMBASSY-KZ", "IOM"))
                .body("items[2].requestId", equalTo(queueRequest))
                .body("items[2].people", hasItem(migrantId.toString()));
        asRole(Roles.AUDITOR).queryParam("person", migrantId.toString()).queryParam("partner", "tj-embassy")
                .when().get(TRAIL).then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void onlyTheAuditorReadsTheTrail() {
        for (String role : List.of(Roles.OPERATOR, Roles.OBSERVER, Roles.TJ_EMBASSY, Roles.KZ_MIGRATION)) {
            asRole(role).when().get(TRAIL).then().statusCode(403).contentType("application/problem+json");
        }
        asRole(Roles.AUDITOR).when().get(TRAIL).then().statusCode(200);
    }
}
