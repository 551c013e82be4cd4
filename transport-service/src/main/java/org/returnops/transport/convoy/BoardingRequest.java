package org.returnops.transport.convoy;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.transport.Examples;

import java.util.List;
import java.util.UUID;

/** Who actually boarded (people on the manifest); may be sent again as more board. */
@Schema(name = "BoardingRequest", example = Examples.BOARDING_REQUEST)
public record BoardingRequest(@NotEmpty List<@NotNull UUID> boarded) {
}
