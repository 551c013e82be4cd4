package org.returnops.consular.clearancecase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.consular.clearance.ClearanceView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A clearance case with its clearances and history. */
@Schema(name = "ClearanceCase")
public record ClearanceCaseView(UUID id, UUID migrantId, CaseStatus status, String siteCode, String nationality,
        Instant openedAt, Instant closedAt,
        @Schema(description = "The convoy the person has a seat in, once transport has assigned one") UUID convoyId,
        @Schema(description = "When that convoy is planned to leave: every grant must last until then")
        Instant plannedDeparture,
        @Schema(description = "When the person left on that convoy; from then on the clearances stand as they were")
        Instant departedAt,
        List<ClearanceView> clearances, List<CaseHistoryView> history) {
}
