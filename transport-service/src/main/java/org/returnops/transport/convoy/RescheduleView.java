package org.returnops.transport.convoy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The convoy with its new departure, and the people taken off its manifest because of it, with the reason. */
@Schema(name = "Reschedule")
public record RescheduleView(ConvoyView convoy, List<TakenOff> takenOff) {

    /**
     * A person whose clearance ends at or before the new departure ({@code CLEARANCE_ENDS_BEFORE_DEPARTURE}), or a
     * member of their household ({@code HOUSEHOLD_NOT_ALL_ELIGIBLE}): households travel together.
     */
    @Schema(name = "TakenOff")
    public record TakenOff(UUID migrantId, UUID householdId, String reason, Instant validUntil) {
    }
}
