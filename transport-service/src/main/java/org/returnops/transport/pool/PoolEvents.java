package org.returnops.transport.pool;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.returnops.contracts.EventType;
import org.returnops.contracts.events.ClearanceCaseReopened;
import org.returnops.contracts.events.ClearanceDenied;
import org.returnops.contracts.events.MigrantCleared;
import org.returnops.contracts.events.MigrantRegistered;
import org.returnops.contracts.events.MigrantUpdated;
import org.returnops.contracts.events.MigrantWithdrawn;
import org.returnops.contracts.events.PersonalDataAnonymised;
import org.returnops.messaging.inbox.EventHandlerTable;
import org.returnops.messaging.inbox.EventHandlers;

/**
 * The events that keep the pool: from the registry, who the person is (registered, updated, withdrawn);
 * from consular, whether they may travel (cleared, denied, a clearance pending again), and when what
 * identifies them must go (the retention period ended).
 */
@ApplicationScoped
public class PoolEvents implements EventHandlerTable {

    @Inject PoolService pool;
    @Inject PoolAnonymisation anonymisation;

    @Override
    public void declare(EventHandlers handlers) {
        handlers.on(EventType.MIGRANT_REGISTERED, MigrantRegistered.class, (data, event) -> pool.registered(data))
                .on(EventType.MIGRANT_UPDATED, MigrantUpdated.class, (data, event) -> pool.updated(data))
                .on(EventType.MIGRANT_WITHDRAWN, MigrantWithdrawn.class, (data, event) -> pool.withdrawn(data))
                .on(EventType.MIGRANT_CLEARED, MigrantCleared.class, (data, event) -> pool.cleared(data))
                .on(EventType.CLEARANCE_DENIED, ClearanceDenied.class, (data, event) -> pool.denied(data))
                .on(EventType.CLEARANCE_CASE_REOPENED, ClearanceCaseReopened.class,
                        (data, event) -> pool.reopened(data))
                .on(EventType.PERSONAL_DATA_ANONYMISED, PersonalDataAnonymised.class,
                        (data, event) -> anonymisation.anonymised(data));
    }
}
