package org.returnops.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/** Gives registry the new document of a person who had no valid passport, so border posts can check it. */
public record TravelDocumentIssued(
        UUID migrantId,
        UUID documentId,
        String documentType,
        String number,
        String issuingState,
        LocalDate issuedOn,
        LocalDate validUntil,
        String issuedBy) {
}
