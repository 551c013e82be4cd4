package org.returnops.transport.pool;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.MigrantRegistered;
import org.returnops.messaging.inbox.EventHandler;

/** A registration adds what the manifest needs to know of the person: household, vulnerabilities, seat needs, identity. */
@ApplicationScoped
public class MigrantRegisteredHandler implements EventHandler<MigrantRegistered> {

    private final PoolService pool;

    public MigrantRegisteredHandler(PoolService pool) {
        this.pool = pool;
    }

    @Override
    public Class<MigrantRegistered> dataClass() {
        return MigrantRegistered.class;
    }

    @Override
    public void handle(MigrantRegistered data, EventEnvelope envelope) {
        pool.registered(data);
    }
}
