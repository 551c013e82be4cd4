package org.returnops.consular.pcr;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.returnops.consular.ConsularFlowSupport;
import org.returnops.contracts.events.MigrantAssigned;
import org.returnops.platform.security.Roles;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import static org.returnops.testkit.Partners.asOperator;
import static org.returnops.testkit.Partners.asRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The paper behind a PCR test: recorded, its scan checked and stored, read by border services for passengers only. */
@QuarkusTest
class PcrEvidenceTest extends ConsularFlowSupport {

    @Test
    void aScanUploadsAndABorderServiceReadsItForAPassengerButNotForAnyoneElse() throws Exception {
        UUID passenger = register();
        UUID other = register();
        UUID convoyId = UUID.randomUUID();
        send(new MigrantAssigned(passenger, convoyId, UUID.randomUUID(), 4, Instant.now()), passenger.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> convoyId.toString().equals(asOperator()
                .when().get("/api/v1/clearance-cases/" + passenger).then().extract().path("convoyId")));

        Instant sample = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String base = "/api/v1/clearance-cases/" + passenger + "/pcr-evidence";
        String id = asOperator().contentType("application/json").body(certificate("SHY-2020-" + passenger, sample))
                .when().post(base).then().statusCode(201)
                .body("laboratory", equalTo("Shymkent City Laboratory No. 2"))
                .body("scanType", equalTo(null))
                .extract().path("id");
        asOperator().contentType("application/json").body(certificate("SHY-2020-" + passenger, sample))
                .when().post(base).then().statusCode(409).body("existingId", equalTo(id));
        asOperator().when().get("/api/v1/clearance-cases/" + passenger).then()
                .body("history.what", org.hamcrest.Matchers.hasItem("PCR_NEGATIVE"));

        asOperator().contentType("application/pdf").body("not a pdf at all".getBytes())
                .when().put(base + "/" + id + "/scan").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("scan"))
                .body("violations[0].message", containsString("PDF, PNG or JPEG"));
        asOperator().contentType("application/pdf").body(PNG).when().put(base + "/" + id + "/scan").then()
                .statusCode(400).body("violations[0].field", equalTo("Content-Type"));
        byte[] huge = Arrays.copyOf(PNG, PcrEvidenceService.MAX_SCAN_BYTES + 1);
        asOperator().contentType("image/png").body(huge).when().put(base + "/" + id + "/scan").then()
                .statusCode(400).body("violations[0].message", containsString("at most"));
        asOperator().contentType("image/png").body(PNG).when().put(base + "/" + id + "/scan").then()
                .statusCode(200).body("scanType", equalTo("image/png"));

        asRole(Roles.UZ_BORDER).when().get(base).then().statusCode(200)
                .body("[0].certificateNumber", equalTo("SHY-2020-" + passenger))
                .body("[0].sampleTakenAt", equalTo(sample.toString()))
                .body("[0].result", equalTo("NEGATIVE"));
        byte[] read = asRole(Roles.UZ_BORDER).when().get(base + "/" + id + "/scan").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertThat(read).isEqualTo(PNG);

        String otherBase = "/api/v1/clearance-cases/" + other + "/pcr-evidence";
        String otherId = asOperator().contentType("application/json").body(certificate("SHY-2020-" + other, sample))
                .when().post(otherBase).then().statusCode(201).extract().path("id");
        asRole(Roles.UZ_BORDER).when().get(otherBase).then().statusCode(403)
                .contentType("application/problem+json");
        asRole(Roles.TJ_BORDER).when().get(otherBase + "/" + otherId + "/scan").then().statusCode(403);
        asRole(Roles.TJ_EMBASSY).when().get(base).then().statusCode(403);
    }

    private static Map<String, Object> certificate(String number, Instant sample) {
        return Map.of("laboratory", "Shymkent City Laboratory No. 2", "certificateNumber", number,
                "sampleTakenAt", sample.toString(), "result", "NEGATIVE");
    }
}
