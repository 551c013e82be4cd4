package org.returnops.transport.manifest;

import java.util.UUID;

/** One person's seat. */
public record SeatAssignment(UUID migrantId, UUID vehicleId, int seat) {
}
