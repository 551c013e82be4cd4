package org.returnops.registry.status;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.MigrantArrived;
import org.returnops.messaging.inbox.EventHandler;
import org.returnops.registry.migrant.MigrantStatus;

/** MigrantArrived moves the person to ARRIVED. */
@ApplicationScoped
public class MigrantArrivedHandler implements EventHandler<MigrantArrived> {

    private final StatusEvents status;

    public MigrantArrivedHandler(StatusEvents status) {
        this.status = status;
    }

    @Override
    public Class<MigrantArrived> dataClass() {
        return MigrantArrived.class;
    }

    @Override
    public void handle(MigrantArrived data, EventEnvelope envelope) {
        status.follow(data.migrantId(), MigrantStatus.ARRIVED, envelope, "received by " + data.receivedBy(), data.arrivedAt());
    }
}
