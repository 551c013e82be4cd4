package org.returnops.contracts.events;

import org.returnops.contracts.Nullable;

import java.time.Instant;
import java.util.UUID;

/** Records one authority's decision on one clearance, whichever way it arrived (API or inbound topic). */
public record ClearanceDecided(
        UUID clearanceId,
        UUID caseId,
        UUID migrantId,
        String clearanceType,
        String authorityCode,
        String outcome,
        @Nullable String reason,
        @Nullable String referenceNumber,
        @Nullable Instant validUntil,
        String decidedBy,
        Instant decidedAt) {
}
