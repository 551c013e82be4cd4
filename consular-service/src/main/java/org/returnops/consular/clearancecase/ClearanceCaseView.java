package org.returnops.consular.clearancecase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A clearance case as the API shows it. */
@Schema(name = "ClearanceCase")
public record ClearanceCaseView(UUID id, UUID migrantId, CaseStatus status, String siteCode, String nationality,
        Instant openedAt) {

    static ClearanceCaseView from(ClearanceCase clearanceCase) {
        return new ClearanceCaseView(clearanceCase.id, clearanceCase.migrantId, clearanceCase.status,
                clearanceCase.siteCode, clearanceCase.nationality, clearanceCase.openedAt);
    }
}
