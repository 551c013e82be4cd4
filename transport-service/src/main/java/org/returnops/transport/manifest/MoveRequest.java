package org.returnops.transport.manifest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** Moves a person, with their whole household, to another vehicle of the convoy. */
@Schema(name = "ManifestMoveRequest")
public record MoveRequest(@NotNull UUID migrantId, @NotNull UUID vehicleId) {
}
