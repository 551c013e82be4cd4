package org.returnops.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** Lets consular cancel open cases and transport free the seat when a person leaves the return. */
public record MigrantWithdrawn(UUID migrantId, String reason, String withdrawnBy, Instant withdrawnAt) {
}
