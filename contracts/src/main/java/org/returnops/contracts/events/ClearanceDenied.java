package org.returnops.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** Ends a case: one denial is enough to keep a person off this route, and the reason must be told to them. */
public record ClearanceDenied(
        UUID migrantId,
        UUID caseId,
        UUID clearanceId,
        String clearanceType,
        String authorityCode,
        String reason,
        Instant deniedAt) {
}
