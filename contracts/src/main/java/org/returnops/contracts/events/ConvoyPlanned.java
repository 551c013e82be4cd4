package org.returnops.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Announces a convoy and its capacity, so partners can prepare crossings and reception. */
public record ConvoyPlanned(
        UUID convoyId,
        String routeCode,
        Instant plannedDeparture,
        List<VehicleSeats> vehicles,
        Instant plannedAt) {

    public ConvoyPlanned {
        vehicles = Lists.copy(vehicles);
    }
}
