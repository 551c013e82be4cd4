package org.returnops.registry.mrz;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.registry.Examples;

import java.util.List;

/**
 * The machine-readable zone as a scanner or an operator gives it. Only the shape is checked here (a 400); what
 * the lines say is the parser's business (a 422), so that a client can tell a broken request from a bad document.
 */
@Schema(name = "MrzRequest", example = Examples.MRZ_REQUEST)
public record MrzRequest(
        @Schema(description = "The MRZ lines, top first: 2 of 44 (passport, TD3), 2 of 36 (TD2) or 3 of 30 (ID card, "
                + "TD1) characters A-Z, 0-9 and <")
        @NotNull @Size(min = 2, max = 3)
        List<@NotBlank @Size(max = 44) String> lines) {
}
