package org.returnops.registry.status;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.MigrantCleared;
import org.returnops.messaging.inbox.EventHandler;
import org.returnops.registry.migrant.MigrantStatus;

/** MigrantCleared moves the person to CLEARED. */
@ApplicationScoped
public class MigrantClearedHandler implements EventHandler<MigrantCleared> {

    private final StatusEvents status;

    public MigrantClearedHandler(StatusEvents status) {
        this.status = status;
    }

    @Override
    public Class<MigrantCleared> dataClass() {
        return MigrantCleared.class;
    }

    @Override
    public void handle(MigrantCleared data, EventEnvelope envelope) {
        status.follow(data.migrantId(), MigrantStatus.CLEARED, envelope, "every clearance granted", data.clearedAt());
    }
}
