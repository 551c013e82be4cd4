package org.returnops.transport.manifest;

import com.fasterxml.jackson.annotation.JsonInclude;
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

    /** The same manifest for a border authority: who crosses and what help they need, not why (no vulnerabilities). */
    public ManifestView withoutVulnerabilities() {
        return new ManifestView(convoyId, status, version, passengerCount, vehicles.stream()
                .map(v -> new VehicleSeats(v.vehicleId(), v.plate(), v.seats(), v.accessibleSeats(), v.escort(),
                        v.freeSeats(), v.passengers().stream().map(Seat::withoutVulnerabilities).toList()))
                .toList());
    }

    @Schema(name = "ManifestVehicle")
    public record VehicleSeats(UUID vehicleId, String plate, int seats, int accessibleSeats, String escort,
            int freeSeats, List<Seat> passengers) {
    }

    /** One person's seat; {@code status} is ASSIGNED, BOARDED, NO_SHOW or ARRIVED. */
    @Schema(name = "ManifestSeat")
    public record Seat(int seat, boolean accessible, UUID migrantId, UUID householdId, String familyName,
            String givenName, LocalDate dateOfBirth,
            @Schema(description = "The document the person travels on: a certificate of return when the embassy "
                    + "issued one, else a passport, a national id, a birth certificate",
                    enumeration = {"CERTIFICATE_OF_RETURN", "PASSPORT", "NATIONAL_ID", "BIRTH_CERTIFICATE"})
            String documentType,
            String documentNumber,
            @Schema(description = "Only for the operator; left out for a border authority")
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> vulnerabilities,
            List<String> seatNeeds, String destinationRegion, ManifestEntry.Status status) {

        Seat withoutVulnerabilities() {
            return new Seat(seat, accessible, migrantId, householdId, familyName, givenName, dateOfBirth, documentType,
                    documentNumber, null,
                    seatNeeds, destinationRegion, status);
        }
    }
}
