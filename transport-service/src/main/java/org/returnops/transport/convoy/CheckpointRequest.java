package org.returnops.transport.convoy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.platform.validation.ReferenceCode;
import org.returnops.transport.Examples;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A crossing of the convoy's route passed, with the people counted in every vehicle. */
@Schema(name = "CheckpointRequest", example = Examples.CHECKPOINT_REQUEST)
public record CheckpointRequest(
        @NotNull @ReferenceCode
        String crossingCode,
        @NotNull
        Instant passedAt,
        @NotEmpty
        List<@Valid @NotNull Count> headcounts) {

    @Schema(name = "HeadcountRequest")
    public record Count(@NotNull UUID vehicleId, @NotNull @Min(0) @Max(200) Integer counted) {
    }
}
