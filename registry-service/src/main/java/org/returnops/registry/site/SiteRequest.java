package org.returnops.registry.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.registry.Examples;
import org.returnops.platform.validation.CountryCode;
import org.returnops.platform.validation.ReferenceCode;

/** A new staging site, as an operator submits it. */
@Schema(name = "SiteRequest", example = Examples.SITE_REQUEST)
public record SiteRequest(
        @NotNull @ReferenceCode
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
