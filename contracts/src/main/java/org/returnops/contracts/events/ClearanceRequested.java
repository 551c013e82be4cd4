package org.returnops.contracts.events;

import org.returnops.contracts.Addressed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What an authority acts on; it carries only the identity that authority needs (data minimisation). */
public record ClearanceRequested(
        UUID clearanceId,
        UUID caseId,
        UUID migrantId,
        String clearanceType,
        String authorityCode,
        PersonName nameLatin,
        LocalDate dateOfBirth,
        String nationality,
        List<IdentityDocument> documents,
        Instant requestedAt) implements Addressed {

    public ClearanceRequested {
        documents = Lists.copy(documents);
    }
}
