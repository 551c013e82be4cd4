package org.returnops.consular.clearancecase;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.MigrantRegistered;
import org.returnops.messaging.inbox.EventHandler;

/** A registration with consent opens a clearance case. */
@ApplicationScoped
public class MigrantRegisteredHandler implements EventHandler<MigrantRegistered> {

    private final ClearanceCaseService cases;

    public MigrantRegisteredHandler(ClearanceCaseService cases) {
        this.cases = cases;
    }

    @Override
    public Class<MigrantRegistered> dataClass() {
        return MigrantRegistered.class;
    }

    @Override
    public void handle(MigrantRegistered data, EventEnvelope envelope) {
        cases.open(data, envelope.id());
    }
}
