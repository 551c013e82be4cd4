package org.returnops.transport.manifest;

import java.util.Set;
import java.util.UUID;

/**
 * A vehicle of the convoy as the packer sees it. Seats are passenger seats numbered from 1 at the front;
 * seats 1 to {@code accessibleSeats} are the accessible ones by the door, and the escort (when aboard) sits at
 * the front, so low numbers are near them. Driver and escort have crew seats, not counted here.
 *
 * @param takenSeats seats already given on this manifest (a top-up keeps them)
 */
public record Vehicle(UUID id, int seats, int accessibleSeats, boolean escortAboard, Set<Integer> takenSeats) {

    public Vehicle {
        if (seats < 1 || accessibleSeats < 0 || accessibleSeats > seats) {
            throw new IllegalArgumentException("a vehicle has at least one seat and at most as many accessible seats");
        }
        takenSeats = Set.copyOf(takenSeats);
    }

    public Vehicle(UUID id, int seats, int accessibleSeats, boolean escortAboard) {
        this(id, seats, accessibleSeats, escortAboard, Set.of());
    }
}
