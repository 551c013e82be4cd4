package org.returnops.registry.status;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.ClearanceDenied;
import org.returnops.messaging.inbox.EventHandler;
import org.returnops.registry.migrant.MigrantStatus;

/** ClearanceDenied moves the person to CLEARANCE_DENIED. */
@ApplicationScoped
public class ClearanceDeniedHandler implements EventHandler<ClearanceDenied> {

    private final StatusEvents status;

    public ClearanceDeniedHandler(StatusEvents status) {
        this.status = status;
    }

    @Override
    public Class<ClearanceDenied> dataClass() {
        return ClearanceDenied.class;
    }

    @Override
    public void handle(ClearanceDenied data, EventEnvelope envelope) {
        status.follow(data.migrantId(), MigrantStatus.CLEARANCE_DENIED, envelope, data.authorityCode() + " denied " + data.clearanceType() + ": " + data.reason(), data.deniedAt());
    }
}
