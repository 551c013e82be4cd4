package org.returnops.consular.clearancecase;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.returnops.consular.ConsularFlowSupport;
import org.returnops.contracts.events.IdentityDocument;
import org.returnops.contracts.events.MigrantRegistered;
import org.returnops.contracts.events.MigrantUpdated;
import org.returnops.contracts.events.PersonName;
import org.returnops.testkit.Waiting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.returnops.testkit.Partners.asOperator;

/** Listing cases by how long they wait, and cases following a changed registration. */
@QuarkusTest
class ClearanceCaseResourceTest extends ConsularFlowSupport {

    private static final PersonName NAME = new PersonName("Nazarova", "Gulnora", null);
    private static final LocalDate BORN = LocalDate.of(1987, 2, 14);

    private MigrantUpdated updated(UUID migrantId, List<IdentityDocument> documents, boolean consent,
            List<String> changed) {
        return new MigrantUpdated(migrantId, null, "KZ-ZHIBEK-ZHOLY", NAME, null, "F", BORN, "TJK", documents, List.of(),
                List.of(), "Sughd", consent, changed, Instant.now());
    }

    @Test
    void pendingSinceListsOnlyCasesWaitingAtLeastSinceThen() throws Exception {
        UUID waiting = register();
        Instant between = Instant.now();
        Thread.sleep(5);
        UUID fresh = register();

        asOperator().queryParam("pending-since", between.toString()).when().get("/api/v1/clearance-cases")
                .then().statusCode(200)
                .body("migrantId", hasItem(waiting.toString()))
                .body("migrantId", not(hasItem(fresh.toString())));
    }

    @Test
    void anUnreadablePendingSinceIsRefusedNamingTheFilter() {
        asOperator().queryParam("pending-since", "yesterday").when().get("/api/v1/clearance-cases")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("pending-since"))
                .body("violations[0].message", equalTo("must be an ISO-8601 instant such as 2020-10-20T08:00:00Z"));
    }

    @Test
    void consentRecordedAfterRegistrationOpensTheCase() throws Exception {
        UUID migrantId = UUID.randomUUID();
        List<IdentityDocument> passport = List.of(new IdentityDocument("PASSPORT", "401234567", "TJK",
                LocalDate.now().plusYears(3)));
        send(new MigrantRegistered(migrantId, null, "KZ-ZHIBEK-ZHOLY", NAME, null, "F", BORN, "TJK", passport, List.of(),
                List.of(), "Sughd", false, Instant.now()), migrantId.toString());
        send(updated(migrantId, passport, true, List.of("consentGiven")), migrantId.toString());

        awaitCaseStatus(migrantId, "OPEN");
        asOperator().when().get("/api/v1/clearance-cases/" + migrantId).then()
                .body("clearances.size()", equalTo(4))
                .body("history[0].detail", equalTo("from migrant.updated.v1"));
    }

    @Test
    void aPassportAddedLaterIsWhatNationalityIsCheckedAgainst() throws Exception {
        UUID migrantId = register(LocalDate.now().minusYears(1));
        String nationality = clearanceOf(migrantId, "TJ_NATIONALITY");
        decide(nationality, "TJ-EMBASSY-KZ", Map.of("outcome", "GRANTED")).statusCode(409);

        send(updated(migrantId, List.of(new IdentityDocument("PASSPORT", "409876543", "TJK",
                LocalDate.now().plusYears(5))), true, List.of("documents")), migrantId.toString());
        Waiting.until("the new passport is on the case", WAIT).untilAsserted(() -> assertThat(
                asOperator().when().get("/api/v1/clearance-cases/" + migrantId)
                        .then().extract().jsonPath().getList("history.what", String.class))
                .contains("IDENTITY_UPDATED"));

        decide(nationality, "TJ-EMBASSY-KZ", Map.of("outcome", "GRANTED")).statusCode(200);
    }
}
