package org.returnops.transport.pool;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.ClearanceRequested;
import org.returnops.messaging.inbox.EventHandler;

/** A clearance requested again for a cleared person (expired or revoked): no longer eligible, and off a manifest before departure. */
@ApplicationScoped
public class ClearanceRequestedHandler implements EventHandler<ClearanceRequested> {

    private final PoolService pool;

    public ClearanceRequestedHandler(PoolService pool) {
        this.pool = pool;
    }

    @Override
    public Class<ClearanceRequested> dataClass() {
        return ClearanceRequested.class;
    }

    @Override
    public void handle(ClearanceRequested data, EventEnvelope envelope) {
        pool.clearanceRequested(data);
    }
}
