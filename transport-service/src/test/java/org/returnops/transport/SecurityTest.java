package org.returnops.transport;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.returnops.platform.security.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.returnops.transport.Fixtures.DEPARTURE;
import static org.returnops.testkit.Partners.asOperator;
import static org.returnops.testkit.Partners.asRole;
import static org.returnops.transport.Fixtures.convoy;
import static org.returnops.transport.Fixtures.vehicle;

/**
 * Who may do what: a partner needs a valid token, observers see convoys but never names, border authorities see the
 * manifest they receive in advance but not why a person needs help. Every operation's roles are checked against the
 * OpenAPI document in {@link OpenApiSecurityTest}.
 */
@QuarkusTest
class SecurityTest {

    private static final String KHUJAND = "KZ-UZ-TJ-KHUJAND";

    @Inject Fixtures fixtures;

    @BeforeEach
    void emptyPool() {
        fixtures.emptyPool();
    }



    @Test
    void anObserverCannotBuildAManifestAndNothingIsStored() {
        UUID person = fixtures.eligibleAdult();
        String id = convoy(KHUJAND, DEPARTURE, List.<String[]>of(new String[] {vehicle(10, 0)}));

        asRole(Roles.OBSERVER).when().post("/api/v1/convoys/" + id + "/manifest")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:return-ops:problem:forbidden"));

        asOperator().when().get("/api/v1/convoys/" + id)
                .then().statusCode(200)
                .body("status", equalTo("PLANNED"))
                .body("passengerCount", equalTo(0))
                .body("timeline.kind", contains("PLANNED"));
        assertThat(fixtures.count("select count(*) from manifest_entry where migrant_id in (:ids)", List.of(person)))
                .isZero();
    }

    @Test
    void anObserverSeesTheConvoyButNotItsManifest() {
        fixtures.eligibleAdult();
        String id = convoy(KHUJAND, DEPARTURE, List.<String[]>of(new String[] {vehicle(10, 0)}));
        asOperator().when().post("/api/v1/convoys/" + id + "/manifest").then().statusCode(201);

        asRole(Roles.OBSERVER).when().get("/api/v1/convoys/" + id)
                .then().statusCode(200)
                .body("status", equalTo("MANIFESTED"))
                .body("passengerCount", equalTo(1));
        asRole(Roles.OBSERVER).when().get("/api/v1/convoys/" + id + "/manifest")
                .then().statusCode(403)
                .contentType("application/problem+json");
        asRole(Roles.OBSERVER).when().get("/api/v1/convoys/" + id + "/manifest.csv")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aBorderAuthorityReadsTheManifestWithoutVulnerabilities() {
        UUID person = fixtures.eligiblePerson(null, LocalDate.of(1950, 3, 1), List.of("ELDERLY"), List.of("NEAR_TOILET"));
        String id = convoy(KHUJAND, DEPARTURE, List.<String[]>of(new String[] {vehicle(10, 0)}));
        asOperator().when().post("/api/v1/convoys/" + id + "/manifest").then().statusCode(201);
        String manifest = "/api/v1/convoys/" + id + "/manifest";

        asOperator().when().get(manifest)
                .then().statusCode(200)
                .body("vehicles[0].passengers[0].migrantId", equalTo(person.toString()))
                .body("vehicles[0].passengers[0].vulnerabilities", contains("ELDERLY"));
        for (String border : List.of(Roles.KZ_MIGRATION, Roles.UZ_BORDER, Roles.TJ_BORDER)) {
            asRole(border).when().get(manifest)
                    .then().statusCode(200)
                    .body("passengerCount", equalTo(1))
                    .body("vehicles[0].passengers[0].migrantId", equalTo(person.toString()))
                    .body("vehicles[0].passengers[0].familyName", equalTo("RAKHIMOV"))
                    .body("vehicles[0].passengers[0].seatNeeds", contains("NEAR_TOILET"))
                    .body("vehicles[0].passengers[0]", not(hasKey("vulnerabilities")));
            String csv = asRole(border).when().get(manifest + ".csv")
                    .then().statusCode(200).extract().asString();
            assertThat(csv).contains(person.toString(), "NEAR_TOILET").doesNotContain("ELDERLY");
        }
    }
}
