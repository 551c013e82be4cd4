package org.returnops.consular.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.returnops.consular.ConsularFlowSupport;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.MigrantWithdrawn;
import org.returnops.contracts.events.PersonalDataAnonymised;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.returnops.testkit.Partners.asOperator;

/**
 * Once its retention period is over (here: a check with the cut-off at the present moment), a cancelled
 * case loses what identifies the person (names, documents, certificate numbers, PCR scans, history text), keeps its
 * status, and the others are told with personal-data.anonymised.v1; a case still in its period is kept.
 */
@QuarkusTest
class RetentionTest extends ConsularFlowSupport {

    @Inject EntityManager entityManager;

    @Inject Retention retention;

    @Test
    void theScheduledCheckKeepsACaseWithinTheConfiguredPeriod() {
        UUID migrantId = register();
        send(new MigrantWithdrawn(migrantId, "Found work in Almaty", "operator", Instant.now()), migrantId.toString());
        awaitCaseStatus(migrantId, "CANCELLED");

        retention.anonymiseDue();

        Object[] row = storedPerson(migrantId);
        assertThat(row[0]).isNotNull();
        assertThat(row[3]).as("anonymised at").isNull();
    }

    /** The family name, given name, documents and time of anonymisation stored for the person's case. */
    private Object[] storedPerson(UUID migrantId) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                        "select family_name, given_name, documents_json, anonymised_at from clearance_case "
                                + "where migrant_id = :id").setParameter("id", migrantId).getSingleResult());
    }

    @Test
    void aClosedCaseIsAnonymisedAfterTheRetentionPeriodAndTheOthersAreTold() throws InterruptedException {
        UUID migrantId = register();
        String certificate = "TJ-COR-" + migrantId.toString().substring(0, 8).toUpperCase();
        asAuthority("TJ-EMBASSY-KZ").contentType(ContentType.JSON)
                .body(Map.of("number", certificate, "issuedBy", "Consul A. Saidov"))
                .when().post("/api/v1/clearance-cases/" + migrantId + "/travel-documents").then().statusCode(201);
        String pcr = "SHY-2020-" + migrantId;
        String evidence = "/api/v1/clearance-cases/" + migrantId + "/pcr-evidence";
        String evidenceId = asOperator().contentType(ContentType.JSON).body(Map.of("laboratory",
                        "Shymkent City Laboratory No. 2", "certificateNumber", pcr, "sampleTakenAt",
                        Instant.now().minusSeconds(3600).toString(), "result", "NEGATIVE"))
                .when().post(evidence).then().statusCode(201).extract().path("id");
        asOperator().contentType("image/png").body(PNG).when().put(evidence + "/" + evidenceId + "/scan")
                .then().statusCode(200);
        send(new MigrantWithdrawn(migrantId, "Found work in Shymkent", "operator", Instant.now()), migrantId.toString());
        awaitCaseStatus(migrantId, "CANCELLED");

        assertThat(retention.anonymiseEndedBefore(Instant.now())).isPositive();

        Object[] row = storedPerson(migrantId);
        assertThat(row[0]).isNull();
        assertThat(row[1]).isNull();
        assertThat(row[2]).isEqualTo("[]");
        assertThat(row[3]).isNotNull();
        long identifying = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                        select (select count(*) from travel_document where number = :number)
                             + (select count(*) from case_history h join clearance_case c on c.id = h.case_id
                                where c.migrant_id = :id and h.detail is not null)
                             + (select count(*) from pcr_evidence where migrant_id = :id
                                and (scan is not null or certificate_number = :pcr))""")
                .setParameter("number", certificate).setParameter("id", migrantId).setParameter("pcr", pcr)
                .getSingleResult()).longValue());
        assertThat(identifying).isZero();
        EventEnvelope announced = events(migrantId, "personal-data.anonymised.v1", 1).get(0);
        assertThat(announced.data(PersonalDataAnonymised.class).caseStatus()).isEqualTo("CANCELLED");
        asOperator().when().get("/api/v1/clearance-cases/" + migrantId)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        asOperator().when().get(evidence + "/" + evidenceId + "/scan").then().statusCode(404);
    }
}
