package org.returnops.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A convoy's departure was moved before it left: every grant of its passengers must now outlast the new time
 * (consular re-checks them), and partners preparing crossings and reception learn the new date.
 */
public record ConvoyRescheduled(
        UUID convoyId,
        Instant previousDeparture,
        Instant plannedDeparture,
        String reason,
        Instant rescheduledAt) {
}
