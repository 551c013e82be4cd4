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
        @NotNull @ReferenceCode @Schema(description = "Permanent code of the site, such as KZ-ZHIBEK-ZHOLY")
        String code,
        @NotBlank @Size(max = 200) @Schema(description = "The site's name as people on the ground know it")
        String name,
        @NotNull @CountryCode @Schema(description = "The country the site is in (ISO 3166-1 alpha-3)")
        String country,
        @Size(max = 200) @Schema(description = "Region or province of that country")
        String region,
        @NotNull @Schema(description = "Border checkpoint, assembly point or shelter")
        SiteKind kind,
        @PositiveOrZero @Schema(description = "How many people the site can hold while they wait; absent when unknown")
        Integer capacity) {
}
