package org.returnops.registry.status;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.MigrantNoShow;
import org.returnops.messaging.inbox.EventHandler;
import org.returnops.registry.migrant.MigrantStatus;

/** MigrantNoShow moves the person to NO_SHOW. */
@ApplicationScoped
public class MigrantNoShowHandler implements EventHandler<MigrantNoShow> {

    private final StatusEvents status;

    public MigrantNoShowHandler(StatusEvents status) {
        this.status = status;
    }

    @Override
    public Class<MigrantNoShow> dataClass() {
        return MigrantNoShow.class;
    }

    @Override
    public void handle(MigrantNoShow data, EventEnvelope envelope) {
        status.follow(data.migrantId(), MigrantStatus.NO_SHOW, envelope, "no-show at " + data.stage() + (data.reason() == null ? "" : ": " + data.reason()), data.recordedAt());
    }
}
