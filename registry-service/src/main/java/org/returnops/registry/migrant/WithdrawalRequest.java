package org.returnops.registry.migrant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a person leaves the return (including withdrawal of consent). */
@Schema(name = "WithdrawalRequest")
public record WithdrawalRequest(@NotBlank @Size(max = 500) String reason) {
}
