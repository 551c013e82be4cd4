package org.returnops.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Tracks a convoy across borders, with a headcount per vehicle so nobody is lost between crossings. */
public record CheckpointPassed(UUID convoyId, String crossingCode, List<Headcount> headcounts, Instant passedAt) {

    public CheckpointPassed {
        headcounts = Lists.copy(headcounts);
    }
}
