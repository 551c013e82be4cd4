package org.returnops.contracts.events;

import org.returnops.contracts.Nullable;

import java.time.Instant;
import java.util.UUID;

/** Tells registry and transport that a person may now be put on a manifest, and until when. */
public record MigrantCleared(UUID migrantId, UUID caseId, Instant clearedAt, @Nullable Instant validUntil) {
}
