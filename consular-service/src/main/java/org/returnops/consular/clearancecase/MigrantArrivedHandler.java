package org.returnops.consular.clearancecase;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.MigrantArrived;
import org.returnops.messaging.inbox.EventHandler;

/** Arrival and hand-over close the person's case. */
@ApplicationScoped
public class MigrantArrivedHandler implements EventHandler<MigrantArrived> {

    private final ClearanceCaseService cases;

    public MigrantArrivedHandler(ClearanceCaseService cases) {
        this.cases = cases;
    }

    @Override
    public Class<MigrantArrived> dataClass() {
        return MigrantArrived.class;
    }

    @Override
    public void handle(MigrantArrived data, EventEnvelope envelope) {
        cases.close(data.migrantId(), "arrived, received by " + data.receivedBy(), envelope.id());
    }
}
