package org.returnops.contracts.events;

import org.returnops.contracts.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Starts a person's return: everything the other services need to clear, seat and receive them. */
public record MigrantRegistered(
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
        Instant registeredAt) {

    public MigrantRegistered {
        documents = Lists.copy(documents);
        vulnerabilities = Lists.copy(vulnerabilities);
        seatNeeds = Lists.copy(seatNeeds);
    }
}
