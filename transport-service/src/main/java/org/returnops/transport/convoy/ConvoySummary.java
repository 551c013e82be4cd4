package org.returnops.transport.convoy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A convoy in a list. */
@Schema(name = "ConvoySummary")
public record ConvoySummary(UUID id, String routeCode, Instant plannedDeparture, ConvoyStatus status, int vehicleCount,
        long version) {

    static ConvoySummary from(Convoy convoy) {
        return new ConvoySummary(convoy.id, convoy.routeCode, convoy.plannedDeparture, convoy.status,
                convoy.vehicles.size(), convoy.version);
    }
}
