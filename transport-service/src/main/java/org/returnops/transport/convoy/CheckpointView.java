package org.returnops.transport.convoy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recorded headcount: at a crossing ({@code kind} CROSSING) or at the hand-over (HAND_OVER, no crossing); each
 * vehicle's count against those who boarded it, and for a count per person who was missing.
 */
@Schema(name = "Checkpoint")
public record CheckpointView(UUID id, UUID convoyId, String kind, String crossingCode, Instant passedAt,
        List<Count> headcounts, int mismatches) {

    @Schema(name = "Headcount")
    public record Count(UUID vehicleId, String plate, int expected, int counted, boolean matches,
            List<Missing> missing) {
    }

    /** A person aboard the vehicle whose seat or document was not found in a count per person. */
    @Schema(name = "MissingPerson")
    public record Missing(UUID migrantId, int seat, String familyName, String givenName, String documentNumber) {
    }
}
