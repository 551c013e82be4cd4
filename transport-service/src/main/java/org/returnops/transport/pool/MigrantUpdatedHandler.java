package org.returnops.transport.pool;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.MigrantUpdated;
import org.returnops.messaging.inbox.EventHandler;

/** A corrected record replaces what the pool knows; consent withdrawn takes the person off a manifest before departure. */
@ApplicationScoped
public class MigrantUpdatedHandler implements EventHandler<MigrantUpdated> {

    private final PoolService pool;

    public MigrantUpdatedHandler(PoolService pool) {
        this.pool = pool;
    }

    @Override
    public Class<MigrantUpdated> dataClass() {
        return MigrantUpdated.class;
    }

    @Override
    public void handle(MigrantUpdated data, EventEnvelope envelope) {
        pool.updated(data);
    }
}
