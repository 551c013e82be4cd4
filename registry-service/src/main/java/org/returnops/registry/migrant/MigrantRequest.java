package org.returnops.registry.migrant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.platform.validation.CountryCode;
import org.returnops.platform.validation.ReferenceCode;
import org.returnops.registry.Examples;

import java.time.LocalDate;

/** A registration as an operator submits it at the staging site. */
@Schema(name = "MigrantRequest", example = Examples.MIGRANT_REQUEST)
public record MigrantRequest(
        @NotNull @ReferenceCode
        String siteCode,
        @NotNull @Valid
        Name nameLatin,
        @Valid
        Name nameCyrillic,
        @NotNull @Pattern(regexp = "F|M|X", message = "must be F, M or X")
        String sex,
        @NotNull @Past
        LocalDate dateOfBirth,
        @NotNull @CountryCode
        String nationality,
        @Size(max = 100)
        String destinationRegion,
        @NotNull
        Boolean consentGiven) {

    /** A name in one script. */
    @Schema(name = "PersonName")
    public record Name(
            @NotBlank @Size(max = 100) String family,
            @NotBlank @Size(max = 100) String given,
            @Size(max = 100) String patronymic) {
    }
}
