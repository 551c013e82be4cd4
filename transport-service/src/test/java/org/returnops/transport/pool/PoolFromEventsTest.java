package org.returnops.transport.pool;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.ClearanceDenied;
import org.returnops.contracts.events.ClearanceCaseReopened;
import org.returnops.contracts.events.MigrantUpdated;
import org.returnops.contracts.events.MigrantWithdrawn;
import org.returnops.contracts.events.PersonName;
import org.returnops.transport.Fixtures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnops.transport.Fixtures.cleared;
import static org.returnops.transport.Fixtures.registered;

/** The pool of eligible people follows the registry's and consular's events, in any order, once per event. */
@QuarkusTest
class PoolFromEventsTest {

    @Inject Fixtures fixtures;

    @Inject PoolRepository pool;

    @BeforeEach
    void emptyPool() {
        fixtures.emptyPool();
    }

    private PoolPerson person(UUID id) {
        pool.getEntityManager().clear();
        return pool.findById(id);
    }

    private static ClearanceCaseReopened requested(UUID migrantId) {
        return new ClearanceCaseReopened(migrantId, UUID.randomUUID(), UUID.randomUUID(), "UZ_TRANSIT", "UZ-BORDER",
                "EXPIRED", "UZ_TRANSIT (GRANTED by UZ-BORDER): granted until yesterday", Instant.now());
    }

    @Test
    void aRegisteredAndClearedPersonIsEligibleWithWhatTheManifestNeeds() {
        UUID household = UUID.randomUUID();
        UUID id = fixtures.eligiblePerson(household, LocalDate.of(1950, 2, 3), List.of("ELDERLY", "DISABILITY"),
                List.of("WHEELCHAIR"));

        PoolPerson person = person(id);
        assertThat(person.eligible()).isTrue();
        assertThat(person.householdId).isEqualTo(household);
        assertThat(person.vulnerabilitySet()).containsExactlyInAnyOrder("ELDERLY", "DISABILITY");
        assertThat(person.seatNeedSet()).containsExactly("WHEELCHAIR");
        assertThat(person.destinationRegion).isEqualTo("Sughd");
        assertThat(person.documentType).isEqualTo("PASSPORT");
        assertThat(person.dateOfBirth).isEqualTo(LocalDate.of(1950, 2, 3));
    }

    @Test
    void aClearanceBeforeTheRegistrationIsKeptAndTheRegistrationMakesThePersonEligible() {
        UUID id = UUID.randomUUID();
        Instant validUntil = Instant.parse("2030-01-01T00:00:00Z");
        EventEnvelope clearance = fixtures.send(cleared(id, validUntil), id);
        fixtures.awaitProcessed(clearance);
        assertThat(person(id).eligible()).isFalse();
        assertThat(person(id).cleared).isTrue();

        fixtures.send(registered(id, null, LocalDate.of(1990, 1, 1), List.of(), List.of()), id);
        fixtures.awaitEligible(List.of(id));
        assertThat(person(id).validUntil).isEqualTo(validUntil);
    }

    @Test
    void theSameEventTwiceHasOneEffect() {
        UUID id = fixtures.eligibleAdult();
        EventEnvelope update = fixtures.send(new MigrantUpdated(id, null, "KZ-ZHIBEK-ZHOLY",
                new PersonName("RAKHIMOV", "FARRUKH", null), null, "M", LocalDate.of(1990, 1, 1), "TJK", List.of(),
                List.of("PREGNANT"), List.of(), "Khatlon", true, List.of("vulnerabilities"), Instant.now()), id);
        fixtures.awaitProcessed(update);
        EventEnvelope again = fixtures.send(new MigrantUpdated(id, null, "KZ-ZHIBEK-ZHOLY",
                new PersonName("RAKHIMOV", "FARRUKH", null), null, "M", LocalDate.of(1990, 1, 1), "TJK", List.of(),
                List.of("PREGNANT"), List.of(), "Khatlon", true, List.of("vulnerabilities"), Instant.now()), id);
        fixtures.awaitProcessed(again);

        assertThat(person(id).vulnerabilitySet()).containsExactly("PREGNANT");
        assertThat(person(id).destinationRegion).isEqualTo("Khatlon");
        assertThat(person(id).eligible()).isTrue();
    }

    @Test
    void aWithdrawalADenialOrAClearanceRequestedAgainEndEligibility() {
        UUID withdrawn = fixtures.eligibleAdult();
        UUID denied = fixtures.eligibleAdult();
        UUID expired = fixtures.eligibleAdult();

        fixtures.awaitProcessed(fixtures.send(new MigrantWithdrawn(withdrawn, "stays in Kazakhstan", "operator",
                Instant.now()), withdrawn));
        fixtures.awaitProcessed(fixtures.send(new ClearanceDenied(denied, UUID.randomUUID(), UUID.randomUUID(),
                "UZ_TRANSIT", "UZ-BORDER", "no PCR test", Instant.now()), denied));
        fixtures.awaitProcessed(fixtures.send(requested(expired), expired));

        assertThat(person(withdrawn).eligible()).isFalse();
        assertThat(person(withdrawn).withdrawn).isTrue();
        assertThat(person(denied).eligible()).isFalse();
        assertThat(person(denied).denied).isTrue();
        assertThat(person(expired).eligible()).isFalse();

        fixtures.send(cleared(expired, null), expired);
        fixtures.awaitEligible(List.of(expired));
    }

    @Test
    void aClearanceRequestForSomeoneNotYetClearedChangesNothing() {
        UUID id = UUID.randomUUID();
        fixtures.awaitProcessed(fixtures.send(registered(id, null, LocalDate.of(1990, 1, 1), List.of(), List.of()),
                id));
        fixtures.awaitProcessed(fixtures.send(requested(id), id));

        assertThat(person(id).registered).isTrue();
        assertThat(person(id).cleared).isFalse();
    }
}
