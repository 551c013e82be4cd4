package org.returnops.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** Closes a convoy with the hand-over to the receiving authority and its final counts. */
public record ConvoyArrived(
        UUID convoyId,
        String destination,
        String receivedBy,
        int arrivedCount,
        int noShowCount,
        Instant arrivedAt) {
}
