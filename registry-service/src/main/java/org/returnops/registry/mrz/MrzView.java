package org.returnops.registry.mrz;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.registry.Examples;

import java.time.LocalDate;

/**
 * The data of a machine-readable zone as the API shows it, with the document type spelled out so that a client
 * need not know ICAO document codes.
 */
@Schema(name = "Mrz", example = Examples.MRZ)
public record MrzView(
        @Schema(description = "TD1 (ID card, 3 × 30), TD2 (2 × 36) or TD3 (passport, 2 × 44)", example = "TD3")
        String format,
        @Schema(description = "Document code without fillers", example = "P")
        String documentCode,
        @Schema(description = "PASSPORT, NATIONAL_ID or OTHER, from the document code", example = "PASSPORT")
        String documentType,
        @Schema(description = "Issuing state or organisation without fillers", example = "TJK")
        String issuingState,
        @Schema(description = "Primary identifier", example = "RAKHIMOV")
        String surname,
        @Schema(description = "Secondary identifiers; empty when the holder has none", example = "FARRUKH")
        String givenNames,
        @Schema(description = "Document number without fillers", example = "401234567")
        String documentNumber,
        @Schema(description = "Nationality without fillers", example = "TJK")
        String nationality,
        LocalDate dateOfBirth,
        @Schema(description = "M, F or X (unspecified)", example = "M")
        String sex,
        LocalDate dateOfExpiry,
        @Schema(description = "Optional data (the personal number of a passport); null when there is none")
        String optionalData) {

    static MrzView from(MrzData mrz) {
        return new MrzView(mrz.format(), mrz.documentCode(), mrz.documentType(), mrz.issuingState(), mrz.surname(),
                mrz.givenNames(), mrz.documentNumber(), mrz.nationality(), mrz.dateOfBirth(), mrz.sex(),
                mrz.dateOfExpiry(), mrz.optionalData());
    }
}
