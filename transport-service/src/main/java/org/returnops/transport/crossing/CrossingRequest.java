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
        @NotNull @ReferenceCode
        String code,
        @NotBlank @Size(max = 200)
        String name,
        @NotNull @CountryCode
        String exitCountry,
        @NotBlank @Size(max = 100)
        String exitPost,
        @NotNull @CountryCode
        String entryCountry,
        @NotBlank @Size(max = 100)
        String entryPost,
        @Size(max = 200)
        String road) {
}
