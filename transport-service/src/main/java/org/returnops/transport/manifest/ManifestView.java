package org.returnops.transport.manifest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.transport.Examples;
import org.returnops.transport.convoy.ConvoyStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A convoy's manifest, per vehicle and per seat. */
@Schema(name = "Manifest", example = Examples.MANIFEST)
public record ManifestView(UUID convoyId, ConvoyStatus status, long version, int passengerCount,
        List<VehicleSeats> vehicles) {

    @Schema(name = "ManifestVehicle")
    public record VehicleSeats(UUID vehicleId, String plate, int seats, int accessibleSeats, String escort,
            int freeSeats, List<Seat> passengers) {
    }

    /** One person's seat; {@code status} is ASSIGNED, BOARDED, NO_SHOW or ARRIVED. */
    @Schema(name = "ManifestSeat")
    public record Seat(int seat, boolean accessible, UUID migrantId, UUID householdId, String familyName,
            String givenName, LocalDate dateOfBirth, List<String> vulnerabilities, List<String> seatNeeds,
            String destinationRegion, ManifestEntry.Status status) {
    }
}
