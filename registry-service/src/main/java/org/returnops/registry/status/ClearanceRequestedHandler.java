package org.returnops.registry.status;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.ClearanceRequested;
import org.returnops.messaging.inbox.EventHandler;
import org.returnops.registry.migrant.MigrantStatus;

/** ClearanceRequested moves the person to CLEARANCE_PENDING. */
@ApplicationScoped
public class ClearanceRequestedHandler implements EventHandler<ClearanceRequested> {

    private final StatusEvents status;

    public ClearanceRequestedHandler(StatusEvents status) {
        this.status = status;
    }

    @Override
    public Class<ClearanceRequested> dataClass() {
        return ClearanceRequested.class;
    }

    @Override
    public void handle(ClearanceRequested data, EventEnvelope envelope) {
        status.follow(data.migrantId(), MigrantStatus.CLEARANCE_PENDING, envelope, "clearance requested: " + data.clearanceType() + " from " + data.authorityCode(), data.requestedAt());
    }
}
