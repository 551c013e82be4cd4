package org.returnops.transport.manifest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.returnops.contracts.events.IdentityDocument;
import org.returnops.contracts.events.MigrantUpdated;
import org.returnops.contracts.events.PersonName;
import org.returnops.platform.security.Roles;
import org.returnops.transport.Fixtures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.returnops.transport.Fixtures.DEPARTURE;
import static org.returnops.testkit.Partners.asOperator;
import static org.returnops.testkit.Partners.asRole;
import static org.returnops.transport.Fixtures.convoy;
import static org.returnops.transport.Fixtures.vehicle;

/**
 * A certificate of return, once the registry announces it in migrant.updated.v1, is the document the
 * manifest and its CSV show for the person, to the border roles too.
 */
@QuarkusTest
class CertificateOfReturnManifestTest {

    @Inject Fixtures fixtures;

    @BeforeEach
    void emptyPool() {
        fixtures.emptyPool();
    }

    @Test
    void theCertificateReplacesTheBirthCertificateOnTheManifestAndInTheCsv() {
        UUID child = fixtures.eligiblePerson(null, LocalDate.now().minusYears(12), List.of("UNACCOMPANIED_CHILD"),
                List.of());
        String number = "CR-" + child.toString().substring(0, 8);
        LocalDate validUntil = LocalDate.now().plusDays(30);
        fixtures.awaitProcessed(fixtures.send(new MigrantUpdated(child, null, "KZ-ZHIBEK-ZHOLY",
                new PersonName("RAKHIMOV", "FARRUKH", null), null, "M", LocalDate.now().minusYears(12), "TJK",
                List.of(new IdentityDocument("BIRTH_CERTIFICATE", "B" + number, "TJK", null),
                        new IdentityDocument("CERTIFICATE_OF_RETURN", number, "TJK", validUntil)),
                List.of("UNACCOMPANIED_CHILD"), List.of(), "Sughd", true, List.of("documents"), Instant.now()), child));

        String id = convoy("KZ-UZ-TJ-KHUJAND", DEPARTURE, List.<String[]>of(new String[] {vehicle(4, 0), "A. Nurlanova"}));
        String base = "/api/v1/convoys/" + id;
        asOperator().when().post(base + "/manifest").then().statusCode(201);

        String csv = asRole(Roles.UZ_BORDER).when().get(base + "/manifest.csv").then().statusCode(200)
                .extract().asString();
        assertThat(csv).contains(child + ",RAKHIMOV,FARRUKH,,M," + LocalDate.now().minusYears(12) + ",TJK,"
                + "CERTIFICATE_OF_RETURN," + number + ",");
        asRole(Roles.TJ_BORDER).when().get(base + "/manifest").then().statusCode(200)
                .body("vehicles[0].passengers[0].documentType", equalTo("CERTIFICATE_OF_RETURN"))
                .body("vehicles[0].passengers[0].documentNumber", equalTo(number));
    }
}
