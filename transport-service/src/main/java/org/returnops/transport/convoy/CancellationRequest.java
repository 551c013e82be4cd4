package org.returnops.transport.convoy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a convoy is called off before departure. */
@Schema(name = "CancellationRequest", example = "{\"reason\": \"Border closed by the Uzbek side until further notice.\"}")
public record CancellationRequest(@NotBlank @Size(max = 500) String reason) {
}
