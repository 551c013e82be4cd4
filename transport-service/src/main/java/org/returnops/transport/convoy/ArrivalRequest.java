package org.returnops.transport.convoy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.platform.validation.ReferenceCode;
import org.returnops.transport.Examples;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The hand-over: the receiving authority, the boarded people who were not there on arrival (everyone else
 * who boarded arrived), and optionally the headcount taken at the hand-over (as at a checkpoint; a count per person
 * names who is missing).
 */
@Schema(name = "ArrivalRequest", example = Examples.ARRIVAL_REQUEST)
public record ArrivalRequest(
        @NotNull @ReferenceCode
        String receivedBy,
        Instant arrivedAt,
        List<@Valid @NotNull NoShow> noShows,
        @Size(max = 100)
        List<CheckpointRequest.@Valid @NotNull Count> headcounts) {

    public ArrivalRequest {
        noShows = noShows == null ? List.of() : noShows;
    }

    @Schema(name = "NoShowRequest")
    public record NoShow(@NotNull UUID migrantId, @Size(min = 1, max = 500) String reason) {
    }
}
