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
        @NotNull @ReferenceCode
        String code,
        @NotBlank @Size(max = 200)
        String name,
        @NotNull @CountryCode
        String country,
        @NotNull
        ClearanceType clearance,
        @NotNull @Pattern(regexp = "kz-migration|uz-border|tj-embassy|tj-border",
                message = "must be one of kz-migration, uz-border, tj-embassy, tj-border")
        String partnerRole) {
}
