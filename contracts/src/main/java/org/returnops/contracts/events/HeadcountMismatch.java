package org.returnops.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** Raises the alarm when a vehicle's count at a checkpoint differs from those who boarded it. */
public record HeadcountMismatch(
        UUID convoyId,
        String crossingCode,
        UUID vehicleId,
        int expected,
        int counted,
        Instant detectedAt) {
}
