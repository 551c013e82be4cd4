package org.returnops.registry.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.registry.Examples;
import org.returnops.platform.validation.CountryCode;

/** A new staging site, as an operator submits it. */
@Schema(name = "SiteRequest", example = Examples.SITE_REQUEST)
public record SiteRequest(
        @NotNull @Pattern(regexp = "[A-Z0-9-]{2,32}", message = "must be 2 to 32 upper-case letters, digits or dashes")
        String code,
        @NotBlank @Size(max = 200)
        String name,
        @NotNull @CountryCode
        String country,
        @Size(max = 200)
        String region,
        @NotNull
        SiteKind kind,
        @PositiveOrZero
        Integer capacity) {
}
