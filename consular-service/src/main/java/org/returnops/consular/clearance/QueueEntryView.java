package org.returnops.consular.clearance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.consular.authority.ClearanceType;
import org.returnops.contracts.events.IdentityDocument;
import org.returnops.contracts.events.PersonName;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One clearance an authority has to decide, with only what it needs to decide it (the same as
 * {@code clearance.requested.v1}): no vulnerabilities, contacts or household, which stay in the registry.
 */
@Schema(name = "QueueEntry")
public record QueueEntryView(UUID id, UUID caseId, UUID migrantId, ClearanceType type, Instant requestedAt,
        Person person) {

    /** Who the clearance is for. */
    @Schema(name = "QueuePerson")
    public record Person(PersonName nameLatin, LocalDate dateOfBirth, String nationality,
            List<IdentityDocument> documents) {
    }
}
