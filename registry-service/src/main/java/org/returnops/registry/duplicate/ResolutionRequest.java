package org.returnops.registry.duplicate;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * The decision on a flagged pair: two different people, or one person registered twice (then which
 * record to keep).
 */
@Schema(name = "DuplicateResolution")
public record ResolutionRequest(
        @NotNull Decision decision,
        @Schema(description = "With MERGE: the id of the record to keep, one of the pair") UUID keep) {

    public enum Decision { DISTINCT, MERGE }
}
