package org.returnops.transport.pool;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.returnops.contracts.events.PersonalDataAnonymised;
import org.returnops.transport.Fixtures;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** When consular announces that a closed case's retention period is over, transport's pool no longer names the person. */
@QuarkusTest
class RetentionFollowsConsularTest {

    @Inject Fixtures fixtures;

    @Test
    void namesAndDocumentLeaveThePoolAndTheRestStays() {
        UUID person = fixtures.eligibleAdult();
        fixtures.awaitProcessed(fixtures.send(new PersonalDataAnonymised(person, "CLOSED",
                Instant.parse("2020-10-24T09:30:00Z"), Instant.now()), person));

        assertThat(fixtures.count("select count(*) from pool_person where migrant_id in (:ids) and family_name is null "
                + "and given_name is null and document_number is null and document_type is null "
                + "and date_of_birth = date '1990-01-01' and cleared", List.of(person))).isEqualTo(1);
    }
}
