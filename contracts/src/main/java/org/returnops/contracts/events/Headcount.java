package org.returnops.contracts.events;

import java.util.UUID;

/** The people counted in one vehicle at a checkpoint against those expected on board. */
public record Headcount(UUID vehicleId, int expected, int counted) {
}
