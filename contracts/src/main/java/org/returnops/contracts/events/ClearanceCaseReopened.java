package org.returnops.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Tells registry and transport that a decided clearance of the person's case is pending again (revoked,
 * expired, or lapsing before the planned departure): the person is not cleared until it is decided anew.
 */
public record ClearanceCaseReopened(UUID migrantId, UUID caseId, UUID clearanceId, String clearanceType,
        String authorityCode, String cause, String reason, Instant reopenedAt) {
}
