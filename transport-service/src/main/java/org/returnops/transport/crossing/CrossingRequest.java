package org.returnops.transport.crossing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.platform.validation.CountryCode;
import org.returnops.platform.validation.ReferenceCode;
import org.returnops.transport.Examples;

/** A border crossing, as an operator adds it. */
@Schema(name = "CrossingRequest", example = Examples.CROSSING_REQUEST)
public record CrossingRequest(
        @NotNull @ReferenceCode @Schema(description = "Permanent code of the crossing, such as KZ-UZ-ZHIBEK-ZHOLY")
        String code,
        @NotBlank @Size(max = 200) @Schema(description = "The crossing's name, both posts as travellers know them")
        String name,
        @NotNull @CountryCode @Schema(description = "The country a convoy leaves here (ISO 3166-1 alpha-3)")
        String exitCountry,
        @NotBlank @Size(max = 100) @Schema(description = "The border post of the country left")
        String exitPost,
        @NotNull @CountryCode @Schema(description = "The country a convoy enters here (ISO 3166-1 alpha-3)")
        String entryCountry,
        @NotBlank @Size(max = 100) @Schema(description = "The border post of the country entered")
        String entryPost,
        @Size(max = 200) @Schema(description = "The road the crossing is on")
        String road) {
}
