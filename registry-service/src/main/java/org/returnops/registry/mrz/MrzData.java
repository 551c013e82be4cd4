package org.returnops.registry.mrz;

import java.time.LocalDate;

/**
 * What the machine-readable zone of a travel document says, once every check digit has been verified. Kept
 * apart from the registry's own records so that data typed by hand can be compared with the data the
 * document itself carries.
 *
 * @param format       "TD1" (ID card, 3 × 30), "TD2" (2 × 36) or "TD3" (passport, 2 × 44)
 * @param documentCode the document code without fillers: "P", "I", "ID", "AC", ...
 * @param issuingState the issuing state or organisation without fillers: "TJK", "UTO", "D"
 * @param surname      the primary identifier, fillers turned into spaces
 * @param givenNames   the secondary identifiers, fillers turned into spaces; empty when the holder has none
 * @param nationality  the holder's nationality without fillers
 * @param sex          "M", "F" or "X" (unspecified)
 * @param optionalData the optional data (the personal number on a TD3) without leading or trailing fillers,
 *                     inner fillers turned into spaces; the two optional fields of a TD1 are joined by a space;
 *                     null when there is none
 */
public record MrzData(
        String format,
        String documentCode,
        String issuingState,
        String surname,
        String givenNames,
        String documentNumber,
        String nationality,
        LocalDate dateOfBirth,
        String sex,
        LocalDate dateOfExpiry,
        String optionalData) {

    /** The kind of document the code announces: "PASSPORT" (P…), "NATIONAL_ID" (I…, A…, C…) or "OTHER". */
    public String documentType() {
        return switch (documentCode.charAt(0)) {
            case 'P' -> "PASSPORT";
            case 'I', 'A', 'C' -> "NATIONAL_ID";
            default -> "OTHER";
        };
    }
}
