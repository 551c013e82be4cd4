package org.returnops.consular.clearance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an authority takes back its decision. */
@Schema(name = "RevocationRequest")
public record RevocationRequest(@NotBlank @Size(max = 500) String reason) {
}
