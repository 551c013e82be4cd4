package org.returnops.registry.migrant;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.returnops.registry.Registrations;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.returnops.testkit.Partners.asOperator;
import static org.returnops.testkit.Partners.asOperatorClient;
import static org.assertj.core.api.Assertions.assertThat;

/** The CSV export: the search's filters, a header line, one line per person, quoting, and an audit entry. */
@QuarkusTest
class MigrantExportTest {

    @Inject EntityManager entityManager;

    @Test
    void theExportHasOneLinePerMatchingPersonAndIsAudited() {
        String region = "E" + UUID.randomUUID().toString().substring(0, 6);
        for (String given : List.of("Anvar", "Bahrom", "Dilshod")) {
            Map<String, Object> body = Registrations.farrukh();
            body.put("nameLatin", Map.of("family", "Oʻrinboyeva", "given", given));
            body.put("nameCyrillic", Map.of("family", "Ҳакимова", "given", "Анвар"));
            body.put("destinationRegion", region);
            asOperator().contentType(ContentType.JSON).body(body).when().post("/api/v1/migrants")
                    .then().statusCode(201);
        }
        String caller = "mfa-kz-" + UUID.randomUUID();
        String csv = asOperatorClient(caller).queryParam("destinationRegion", region)
                .queryParam("sort", "registeredAt,asc")
                .when().get("/api/v1/migrants/export.csv")
                .then().statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"migrants.csv\"")
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("\uFEFFmigrant_id,family_name_latin,given_name_latin,family_name_cyrillic,"
                + "given_name_cyrillic,sex,date_of_birth,nationality,site_code,destination_region,household_id,status,"
                + "registered_at");
        assertThat(lines.get(1)).contains(",Oʻrinboyeva,Anvar,Ҳакимова,Анвар,").contains(region).contains("REGISTERED");
        assertThat(lines.get(3)).contains("Dilshod");
        long audits = ((Number) entityManager.createNativeQuery(
                        "select count(*) from audit_record where partner = :actor and action = 'EXPORT'")
                .setParameter("actor", caller).getSingleResult()).longValue();
        assertThat(audits).isEqualTo(1);

        asOperator().queryParam("sort", "nonsense").when().get("/api/v1/migrants/export.csv")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
