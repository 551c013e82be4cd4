package org.returnops.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** Completes one person's return: registry marks them ARRIVED and consular closes their case. */
public record MigrantArrived(UUID migrantId, UUID convoyId, String receivedBy, Instant arrivedAt) {
}
