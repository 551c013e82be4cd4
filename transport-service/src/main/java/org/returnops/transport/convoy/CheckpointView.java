package org.returnops.transport.convoy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A recorded checkpoint: each vehicle's count against those who boarded it. */
@Schema(name = "Checkpoint")
public record CheckpointView(UUID id, UUID convoyId, String crossingCode, Instant passedAt, List<Count> headcounts,
        int mismatches) {

    @Schema(name = "Headcount")
    public record Count(UUID vehicleId, String plate, int expected, int counted, boolean matches) {
    }
}
