package org.returnops.consular.authority;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.consular.Examples;
import org.returnops.platform.validation.CountryCode;
import org.returnops.platform.validation.ReferenceCode;

/** A deciding authority, as an operator adds it. */
@Schema(name = "AuthorityRequest", example = Examples.AUTHORITY_REQUEST)
public record AuthorityRequest(
        @NotNull @ReferenceCode @Schema(description = "Permanent code of the authority, such as KZ-MIGRATION")
        String code,
        @NotBlank @Size(max = 200) @Schema(description = "The authority's name as its partners write it")
        String name,
        @NotNull @CountryCode @Schema(description = "The state the authority acts for (ISO 3166-1 alpha-3)")
        String country,
        @NotNull @Schema(description = "The one kind of clearance this authority decides")
        ClearanceType clearance,
        @Schema(description = "The partner role that decides for this authority")
        @NotNull @Pattern(regexp = "kz-migration|uz-border|tj-embassy|tj-border",
                message = "must be one of kz-migration, uz-border, tj-embassy, tj-border")
        String partnerRole) {
}
