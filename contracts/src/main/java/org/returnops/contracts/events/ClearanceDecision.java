package org.returnops.contracts.events;

import org.returnops.contracts.Addressed;
import org.returnops.contracts.Nullable;

import java.time.Instant;
import java.util.UUID;

/** Lets an authority's own system answer a clearance request without using the suite's API. */
public record ClearanceDecision(
        UUID decisionId,
        UUID clearanceId,
        String authorityCode,
        String outcome,
        @Nullable String reason,
        @Nullable String referenceNumber,
        @Nullable Instant validUntil,
        String decidedBy,
        Instant decidedAt) implements Addressed {
}
