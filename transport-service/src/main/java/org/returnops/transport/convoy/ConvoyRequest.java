package org.returnops.transport.convoy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.platform.validation.ReferenceCode;
import org.returnops.transport.Examples;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A convoy as an operator plans it: route, planned departure, vehicles in order and the escorts aboard. */
@Schema(name = "ConvoyRequest", example = Examples.CONVOY_REQUEST)
public record ConvoyRequest(
        @NotNull @ReferenceCode
        String routeCode,
        @NotNull
        Instant plannedDeparture,
        @NotEmpty @Size(max = 300)
        List<@Valid @NotNull VehicleAssignment> vehicles,
        @Size(max = 200)
        String escortLead) {

    /** A vehicle of the convoy; {@code escort} names the escort aboard it, if there is one. */
    @Schema(name = "ConvoyVehicleRequest")
    public record VehicleAssignment(
            @NotNull
            UUID vehicleId,
            @Size(min = 1, max = 200)
            String escort) {
    }
}
