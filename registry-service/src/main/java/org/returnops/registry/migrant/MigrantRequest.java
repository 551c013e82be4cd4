package org.returnops.registry.migrant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.platform.validation.CountryCode;
import org.returnops.platform.validation.ReferenceCode;
import org.returnops.registry.Examples;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A registration as an operator submits it at the staging site. At least one name, in Latin or
 * Cyrillic script; consent may be recorded now or later, but nobody is cleared without it.
 */
@Schema(name = "MigrantRequest", example = Examples.MIGRANT_REQUEST)
public record MigrantRequest(
        @NotNull @ReferenceCode
        String siteCode,
        @Valid
        Name nameLatin,
        @Valid
        Name nameCyrillic,
        @NotNull @Pattern(regexp = "^[FMX]$", message = "must be F, M or X")
        @Schema(enumeration = {"F", "M", "X"}, description = "F (female), M (male) or X (unspecified), as in the MRZ")
        String sex,
        @NotNull @Past
        LocalDate dateOfBirth,
        @NotNull @CountryCode
        String nationality,
        @Size(max = 20)
        @Schema(description = "International number in E.164 form", example = "+992935551234")
        String phone,
        @Size(max = 100)
        String destinationRegion,
        @Size(max = 10)
        List<@NotNull @Valid Document> documents,
        @Size(min = 2, max = 3)
        @Schema(description = "The machine-readable zone of a passport or identity card, line by line, instead of (or "
                + "besides) typed document fields; typed fields that contradict it are refused")
        List<@NotBlank @Size(max = 44) String> mrz,
        @Size(max = 10)
        @Schema(description = "Recorded vulnerabilities; ELDERLY and UNACCOMPANIED_CHILD are derived, not typed in")
        Set<@NotNull Vulnerability> vulnerabilities,
        @Size(max = 4)
        Set<@NotNull SeatNeed> seatNeeds,
        @Valid
        Consent consent) {

    public List<Document> documentsOrEmpty() {
        return documents == null ? List.of() : documents;
    }

    /** A name in one script. */
    @Schema(name = "PersonName")
    public record Name(
            @NotBlank @Size(max = 100) String family,
            @NotBlank @Size(max = 100) String given,
            @Size(max = 100) String patronymic) {
    }

    /** An identity document. */
    @Schema(name = "IdentityDocument")
    public record Document(
            @NotNull DocumentType type,
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9]+", message = "must be upper-case letters and digits")
            String number,
            @NotNull @CountryCode String issuingState,
            LocalDate expiresOn) {
    }

    /** Informed consent to return: when, who took it, and in which language the person was informed. */
    @Schema(name = "Consent")
    public record Consent(
            @NotNull @PastOrPresent Instant givenAt,
            @NotBlank @Size(max = 100) String takenBy,
            @NotBlank @Size(max = 35) @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*",
                    message = "must be a language tag such as tg, ru or uz") String language) {
    }
}
