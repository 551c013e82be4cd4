package org.returnops.consular.traveldocument;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A certificate of return as the API shows it. */
@Schema(name = "TravelDocument")
public record TravelDocumentView(UUID id, UUID migrantId, String type, String number, String issuingState,
        LocalDate issuedOn, LocalDate validUntil, String issuedBy, boolean used) {

    static TravelDocumentView of(TravelDocument document) {
        return new TravelDocumentView(document.id, document.migrantId, "CERTIFICATE_OF_RETURN", document.number, "TJK",
                document.issuedOn, document.validUntil, document.issuedBy, document.used);
    }
}
