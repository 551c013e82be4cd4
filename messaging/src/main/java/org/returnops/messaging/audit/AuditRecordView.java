package org.returnops.messaging.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One row of the audit trail as the auditor reads it. */
@Schema(name = "AuditRecord")
public record AuditRecordView(
        long id,
        @Schema(description = "When the data was read or changed") Instant at,
        @Schema(description = "The partner's client id (the token's subject)") String partner,
        @Schema(description = "The organisation the partner acts for (the token's org claim)") String organisation,
        @Schema(enumeration = {"READ", "SEARCH", "EXPORT", "CHANGE"}) String action,
        @Schema(description = "What was called, e.g. migrant.read, clearance-case.list, manifest.csv") String operation,
        @Schema(description = "The people whose data was read or changed") List<UUID> people,
        @Schema(description = "Filters of a search or export, or the fields a change touched") String detail,
        @Schema(description = "The request's X-Request-Id, as in the services' logs") String requestId) {
}
