package org.returnops.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The retention period of a closed case is over: the consular service removed what identifies the person
 * and every other service must do the same (names, documents, phone, contacts); statuses and counts stay.
 */
public record PersonalDataAnonymised(UUID migrantId, String caseStatus, Instant caseClosedAt, Instant anonymisedAt) {
}
