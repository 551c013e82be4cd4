package org.returnops.transport.audit;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.returnops.platform.security.Roles;
import org.returnops.transport.Fixtures;

import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.returnops.transport.Fixtures.DEPARTURE;
import static org.returnops.testkit.Partners.asOperator;
import static org.returnops.testkit.Partners.asRole;
import static org.returnops.transport.Fixtures.convoy;
import static org.returnops.transport.Fixtures.vehicle;

/** Every read of a manifest and of its CSV leaves an audit row with the people on it; the auditor alone reads them. */
@QuarkusTest
class ManifestAuditTest {

    private static final String TRAIL = "/api/v1/audit/transport";

    @Inject Fixtures fixtures;

    @BeforeEach
    void emptyPool() {
        fixtures.emptyPool();
    }

    @Test
    void manifestAndCsvReadsAreAuditedPerPartner() {
        UUID person = fixtures.eligibleAdult();
        String id = convoy("KZ-UZ-TJ-KHUJAND", DEPARTURE, List.<String[]>of(new String[] {vehicle(4, 0)}));
        String base = "/api/v1/convoys/" + id;
        asOperator().when().post(base + "/manifest").then().statusCode(201);
        String csvRequest = "csv-" + UUID.randomUUID();
        asRole(Roles.UZ_BORDER).header("X-Request-Id", csvRequest)
                .when().get(base + "/manifest.csv").then().statusCode(200);
        asRole(Roles.TJ_BORDER).when().get(base + "/manifest").then().statusCode(200);

        asRole(Roles.AUDITOR).queryParam("person", person.toString())
                .when().get(TRAIL)
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.operation", contains("manifest.read", "manifest.csv"))
                .body("items.action", contains("READ", "EXPORT"))
                .body("items.partner", contains("tj-border", "uz-border"))
                .body("items.organisation", contains("TJ-BORDER", "UZ-BORDER"))
                .body("items[1].requestId", equalTo(csvRequest))
                .body("items[1].people", contains(person.toString()))
                .body("items[1].detail", equalTo("convoy " + id));
        for (String role : List.of(Roles.OPERATOR, Roles.OBSERVER, Roles.UZ_BORDER)) {
            asRole(role).when().get(TRAIL).then().statusCode(403).contentType("application/problem+json");
        }
    }
}
