package org.returnops.transport.vehicle;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A vehicle, as an operator adds it. */
@Schema(name = "VehicleRequest", example = VehicleExamples.VEHICLE_REQUEST)
public record VehicleRequest(
        @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9 -]{1,18}[A-Z0-9]",
                message = "must be 3 to 20 upper-case letters, digits, spaces or dashes")
        String plate,
        @NotBlank @Size(max = 200)
        String carrier,
        @NotNull @Min(1) @Max(100)
        Integer seats,
        @NotNull @Min(0) @Max(100)
        Integer accessibleSeats,
        @NotBlank @Size(max = 200)
        String driverName,
        @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an E.164 number such as +77012345678")
        String driverPhone) {
}
