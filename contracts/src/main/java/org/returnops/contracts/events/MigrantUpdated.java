package org.returnops.contracts.events;

import org.returnops.contracts.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Carries the whole corrected record, so a consumer that missed earlier changes still ends up right. */
public record MigrantUpdated(
        UUID migrantId,
        @Nullable UUID householdId,
        String siteCode,
        PersonName nameLatin,
        @Nullable PersonName nameCyrillic,
        String sex,
        LocalDate dateOfBirth,
        String nationality,
        List<IdentityDocument> documents,
        List<String> vulnerabilities,
        List<String> seatNeeds,
        @Nullable String destinationRegion,
        boolean consentGiven,
        List<String> changed,
        Instant updatedAt) {

    public MigrantUpdated {
        documents = Lists.copy(documents);
        vulnerabilities = Lists.copy(vulnerabilities);
        seatNeeds = Lists.copy(seatNeeds);
        changed = Lists.copy(changed);
    }
}
