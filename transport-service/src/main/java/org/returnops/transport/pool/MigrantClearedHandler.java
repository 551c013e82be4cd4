package org.returnops.transport.pool;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.MigrantCleared;
import org.returnops.messaging.inbox.EventHandler;

/** Every clearance granted: the person becomes eligible (once registered with consent) until the clearance's validUntil. */
@ApplicationScoped
public class MigrantClearedHandler implements EventHandler<MigrantCleared> {

    private final PoolService pool;

    public MigrantClearedHandler(PoolService pool) {
        this.pool = pool;
    }

    @Override
    public Class<MigrantCleared> dataClass() {
        return MigrantCleared.class;
    }

    @Override
    public void handle(MigrantCleared data, EventEnvelope envelope) {
        pool.cleared(data);
    }
}
