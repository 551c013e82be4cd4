package org.returnops.consular.clearance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.consular.Examples;

import java.time.Instant;

/** An authority's decision on one clearance; a denial needs a reason. */
@Schema(name = "DecisionRequest", example = Examples.DECISION_REQUEST)
public record DecisionRequest(
        @NotNull Outcome outcome,
        @Size(max = 500) String reason,
        @Size(max = 100) String referenceNumber,
        @Schema(description = "Until when a grant holds") Instant validUntil,
        @Size(max = 200) String decidedBy) {

    public enum Outcome { GRANTED, DENIED }
}
