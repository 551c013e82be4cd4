package org.returnops.transport.pool;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventType;
import org.returnops.contracts.events.ClearanceCaseReopened;
import org.returnops.contracts.events.ClearanceDenied;
import org.returnops.contracts.events.MigrantCleared;
import org.returnops.contracts.events.MigrantRegistered;
import org.returnops.contracts.events.MigrantUpdated;
import org.returnops.contracts.events.MigrantWithdrawn;
import org.returnops.messaging.inbox.EventHandlerTable;
import org.returnops.messaging.inbox.EventHandlers;

/**
 * The events that keep the pool: from the registry, who the person is (registered, updated, withdrawn);
 * from consular, whether they may travel (cleared, denied, a clearance pending again).
 */
@ApplicationScoped
public class PoolEvents implements EventHandlerTable {

    private final PoolService pool;

    public PoolEvents(PoolService pool) {
        this.pool = pool;
    }

    @Override
    public void declare(EventHandlers handlers) {
        handlers.on(EventType.MIGRANT_REGISTERED, MigrantRegistered.class, (data, event) -> pool.registered(data))
                .on(EventType.MIGRANT_UPDATED, MigrantUpdated.class, (data, event) -> pool.updated(data))
                .on(EventType.MIGRANT_WITHDRAWN, MigrantWithdrawn.class, (data, event) -> pool.withdrawn(data))
                .on(EventType.MIGRANT_CLEARED, MigrantCleared.class, (data, event) -> pool.cleared(data))
                .on(EventType.CLEARANCE_DENIED, ClearanceDenied.class, (data, event) -> pool.denied(data))
                .on(EventType.CLEARANCE_CASE_REOPENED, ClearanceCaseReopened.class,
                        (data, event) -> pool.reopened(data));
    }
}
