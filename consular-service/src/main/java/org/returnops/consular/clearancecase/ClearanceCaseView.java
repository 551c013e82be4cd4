package org.returnops.consular.clearancecase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.consular.clearance.ClearanceView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A clearance case with its clearances and history. */
@Schema(name = "ClearanceCase")
public record ClearanceCaseView(UUID id, UUID migrantId, CaseStatus status, String siteCode, String nationality,
        Instant openedAt, Instant closedAt, List<ClearanceView> clearances, List<CaseHistoryView> history) {
}
