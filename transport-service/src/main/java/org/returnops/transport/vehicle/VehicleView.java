package org.returnops.transport.vehicle;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A vehicle as the API shows it, with the active convoy it is in, if any, and when it was retired. */
@Schema(name = "Vehicle", example = VehicleExamples.VEHICLE)
public record VehicleView(UUID id, String plate, String carrier, int seats, int accessibleSeats, String driverName,
        String driverPhone, UUID activeConvoyId, Instant createdAt, Instant retiredAt) {

    public static VehicleView from(Vehicle vehicle, UUID activeConvoyId) {
        return new VehicleView(vehicle.id, vehicle.plate, vehicle.carrier, vehicle.seats, vehicle.accessibleSeats,
                vehicle.driverName, vehicle.driverPhone, activeConvoyId, vehicle.createdAt, vehicle.retiredAt);
    }
}
