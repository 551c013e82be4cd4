package org.returnops.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Gives a seat back before departure (a manifest edit, a withdrawal, a clearance no longer valid, a cancelled
 * convoy), so registry moves the person back to CLEARED and nobody counts them on that bus any more.
 */
public record MigrantUnassigned(UUID migrantId, UUID convoyId, UUID vehicleId, String reason, Instant unassignedAt) {
}
