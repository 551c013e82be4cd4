package org.returnops.consular.clearancecase;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.MigrantUpdated;
import org.returnops.messaging.inbox.EventHandler;

/** A changed registration: consent given later opens the case; an open case gets the identity as it now stands. */
@ApplicationScoped
public class MigrantUpdatedHandler implements EventHandler<MigrantUpdated> {

    private final ClearanceCaseService cases;

    public MigrantUpdatedHandler(ClearanceCaseService cases) {
        this.cases = cases;
    }

    @Override
    public Class<MigrantUpdated> dataClass() {
        return MigrantUpdated.class;
    }

    @Override
    public void handle(MigrantUpdated data, EventEnvelope envelope) {
        cases.update(data, envelope.id());
    }
}
