package org.returnops.consular.clearance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.consular.authority.ClearanceType;

import java.time.Instant;
import java.util.UUID;

/** A clearance as the API shows it. */
@Schema(name = "Clearance")
public record ClearanceView(UUID id, UUID caseId, UUID migrantId, ClearanceType type, String authorityCode,
        ClearanceStatus status, Instant requestedAt, String reason, String referenceNumber, Instant validUntil,
        String decidedBy, Instant decidedAt) {

    public static ClearanceView of(Clearance c) {
        return new ClearanceView(c.id, c.caseId, c.migrantId, c.type, c.authorityCode, c.status, c.requestedAt,
                c.reason, c.referenceNumber, c.validUntil, c.decidedBy, c.decidedAt);
    }
}
