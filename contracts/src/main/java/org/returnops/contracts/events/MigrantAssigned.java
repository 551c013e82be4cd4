package org.returnops.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** Moves a person to ASSIGNED and tells them where they sit. */
public record MigrantAssigned(UUID migrantId, UUID convoyId, UUID vehicleId, int seat, Instant assignedAt) {
}
