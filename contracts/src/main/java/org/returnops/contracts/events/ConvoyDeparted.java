package org.returnops.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Moves those who boarded to IN_TRANSIT and sets the count every checkpoint is compared with. */
public record ConvoyDeparted(UUID convoyId, List<UUID> boardedMigrantIds, int boardedCount, Instant departedAt) {

    public ConvoyDeparted {
        boardedMigrantIds = Lists.copy(boardedMigrantIds);
    }
}
