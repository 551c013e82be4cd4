package org.returnops.transport.pool;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.ClearanceDenied;
import org.returnops.messaging.inbox.EventHandler;

/** A denied clearance: never eligible on this route, and off a manifest before departure. */
@ApplicationScoped
public class ClearanceDeniedHandler implements EventHandler<ClearanceDenied> {

    private final PoolService pool;

    public ClearanceDeniedHandler(PoolService pool) {
        this.pool = pool;
    }

    @Override
    public Class<ClearanceDenied> dataClass() {
        return ClearanceDenied.class;
    }

    @Override
    public void handle(ClearanceDenied data, EventEnvelope envelope) {
        pool.denied(data);
    }
}
