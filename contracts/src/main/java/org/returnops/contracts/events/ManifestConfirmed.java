package org.returnops.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Freezes who travels, so border posts receive the passenger list before the convoy reaches them. */
public record ManifestConfirmed(UUID convoyId, List<UUID> migrantIds, int passengerCount, Instant confirmedAt) {

    public ManifestConfirmed {
        migrantIds = Lists.copy(migrantIds);
    }
}
