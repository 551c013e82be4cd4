package org.returnops.transport.convoy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.transport.Examples;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A convoy as the API shows it: status, vehicles with their counts, open headcount mismatches and timeline. */
@Schema(name = "Convoy", example = Examples.CONVOY)
public record ConvoyView(
        UUID id,
        String routeCode,
        String destination,
        Instant plannedDeparture,
        ConvoyStatus status,
        String escortLead,
        List<VehicleView> vehicles,
        int passengerCount,
        int boardedCount,
        List<Mismatch> openMismatches,
        Instant departedAt,
        Instant arrivedAt,
        String receivedBy,
        long version,
        List<Event> timeline,
        Instant createdAt) {

    @Schema(name = "ConvoyVehicle")
    public record VehicleView(UUID vehicleId, String plate, int seats, int accessibleSeats, String escort,
            int assigned, int boarded) {
    }

    /** A vehicle whose last count differs from those expected aboard; arrival waits until it is resolved. */
    @Schema(name = "HeadcountMismatch")
    public record Mismatch(UUID vehicleId, String plate, String crossingCode, int expected, int counted) {
    }

    @Schema(name = "ConvoyTimelineEntry")
    public record Event(Instant at, String kind, String detail) {
    }
}
