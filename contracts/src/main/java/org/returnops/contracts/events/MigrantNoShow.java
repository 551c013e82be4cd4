package org.returnops.contracts.events;

import org.returnops.contracts.Nullable;

import java.time.Instant;
import java.util.UUID;

/** Records that a manifested person was missing at boarding or on arrival, so they are traced, not forgotten. */
public record MigrantNoShow(UUID migrantId, UUID convoyId, String stage, @Nullable String reason, Instant recordedAt) {
}
