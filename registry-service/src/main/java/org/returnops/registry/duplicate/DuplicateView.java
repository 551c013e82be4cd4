package org.returnops.registry.duplicate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.registry.migrant.MigrantSummary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A flagged pair as the API shows it. */
@Schema(name = "DuplicateFlag")
public record DuplicateView(UUID id, MigrantSummary migrant, MigrantSummary candidate, BigDecimal score,
        DuplicateFlag.Status status, Instant flaggedAt, Instant resolvedAt, String resolvedBy, UUID keptId) {
}
