package org.returnops.contracts.events;

import java.util.UUID;

/** A vehicle of a planned convoy with its capacity, so seats can be assigned without overbooking. */
public record VehicleSeats(UUID vehicleId, String plate, int seats, int accessibleSeats) {
}
