package org.returnops.consular.traveldocument;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The embassy issues a certificate of return: its number, the issue date (today when omitted), who issued it. */
@Schema(name = "TravelDocumentRequest")
public record TravelDocumentRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9-]+", message = "must be upper-case letters, digits or dashes")
        @Schema(example = "TJ-COR-2020-0415") String number,
        @PastOrPresent LocalDate issuedOn,
        @NotBlank @Size(max = 200) @Schema(example = "Consul A. Saidov") String issuedBy) {
}
