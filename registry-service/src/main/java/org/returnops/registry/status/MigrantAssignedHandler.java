package org.returnops.registry.status;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.MigrantAssigned;
import org.returnops.messaging.inbox.EventHandler;
import org.returnops.registry.migrant.MigrantStatus;

/** MigrantAssigned moves the person to ASSIGNED. */
@ApplicationScoped
public class MigrantAssignedHandler implements EventHandler<MigrantAssigned> {

    private final StatusEvents status;

    public MigrantAssignedHandler(StatusEvents status) {
        this.status = status;
    }

    @Override
    public Class<MigrantAssigned> dataClass() {
        return MigrantAssigned.class;
    }

    @Override
    public void handle(MigrantAssigned data, EventEnvelope envelope) {
        status.follow(data.migrantId(), MigrantStatus.ASSIGNED, envelope, "seat " + data.seat() + " in vehicle " + data.vehicleId() + " of convoy " + data.convoyId(), data.assignedAt());
    }
}
