package org.returnops.contracts.events;

import org.returnops.contracts.Nullable;

import java.time.LocalDate;

/**
 * A document a person holds; type, number and issuing state identify it, so authorities can check it and
 * duplicates can be refused.
 */
public record IdentityDocument(String type, String number, String issuingState, @Nullable LocalDate expiresOn) {
}
