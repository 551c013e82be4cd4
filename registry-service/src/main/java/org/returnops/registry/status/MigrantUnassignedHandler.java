package org.returnops.registry.status;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.MigrantUnassigned;
import org.returnops.messaging.inbox.EventHandler;
import org.returnops.registry.migrant.MigrantStatus;

/** MigrantUnassigned gives the seat back: an ASSIGNED person is CLEARED again (a withdrawn one stays withdrawn). */
@ApplicationScoped
public class MigrantUnassignedHandler implements EventHandler<MigrantUnassigned> {

    private final StatusEvents status;

    public MigrantUnassignedHandler(StatusEvents status) {
        this.status = status;
    }

    @Override
    public Class<MigrantUnassigned> dataClass() {
        return MigrantUnassigned.class;
    }

    @Override
    public void handle(MigrantUnassigned data, EventEnvelope envelope) {
        status.follow(data.migrantId(), MigrantStatus.CLEARED, envelope, "seat in vehicle " + data.vehicleId()
                + " of convoy " + data.convoyId() + " given up: " + data.reason(), data.unassignedAt());
    }
}
