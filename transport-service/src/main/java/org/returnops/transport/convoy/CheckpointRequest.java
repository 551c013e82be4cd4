package org.returnops.transport.convoy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

    /**
     * One vehicle's count: a number ({@code counted}), or the people checked one by one, by seat number
     * ({@code seats}) or by document number ({@code documents}); a count per person names who is missing.
     */
    @Schema(name = "HeadcountRequest")
    public record Count(
            @NotNull UUID vehicleId,
            @Min(0) @Max(200) Integer counted,
            @Size(max = 200) List<@NotNull @Min(1) @Max(100) Integer> seats,
            @Size(max = 200) List<@NotBlank @Size(max = 50) String> documents) {

        /** How the count was given: exactly one of a number, seats or documents. */
        public int ways() {
            return (counted != null ? 1 : 0) + (seats != null ? 1 : 0) + (documents != null ? 1 : 0);
        }
    }
}
