package org.returnops.registry.migrant;

/** What a person needs from their seat on the bus. */
public enum SeatNeed {
    WHEELCHAIR,
    LYING_POSITION,
    ESCORT,
    NEAR_TOILET
}
