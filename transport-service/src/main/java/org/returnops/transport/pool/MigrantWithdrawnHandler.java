package org.returnops.transport.pool;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.MigrantWithdrawn;
import org.returnops.messaging.inbox.EventHandler;

/** A withdrawal takes the person out of the pool, and off a manifest before departure. */
@ApplicationScoped
public class MigrantWithdrawnHandler implements EventHandler<MigrantWithdrawn> {

    private final PoolService pool;

    public MigrantWithdrawnHandler(PoolService pool) {
        this.pool = pool;
    }

    @Override
    public Class<MigrantWithdrawn> dataClass() {
        return MigrantWithdrawn.class;
    }

    @Override
    public void handle(MigrantWithdrawn data, EventEnvelope envelope) {
        pool.withdrawn(data);
    }
}
