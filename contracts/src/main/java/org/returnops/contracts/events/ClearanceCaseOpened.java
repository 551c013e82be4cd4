package org.returnops.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Tells registry and transport, once per person, that the person's clearances are being asked for. The
 * requests themselves ({@code clearance.requested.v1}) are for the authorities alone.
 */
public record ClearanceCaseOpened(UUID migrantId, UUID caseId, List<RequestedClearance> clearances, Instant openedAt) {

    public ClearanceCaseOpened {
        clearances = Lists.copy(clearances);
    }

    /** One clearance the case asks for, and the authority asked. */
    public record RequestedClearance(String clearanceType, String authorityCode) {
    }
}
