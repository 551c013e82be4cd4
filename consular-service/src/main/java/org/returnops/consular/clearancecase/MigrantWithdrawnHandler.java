package org.returnops.consular.clearancecase;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.MigrantWithdrawn;
import org.returnops.messaging.inbox.EventHandler;

/** A person who withdraws has their case cancelled. */
@ApplicationScoped
public class MigrantWithdrawnHandler implements EventHandler<MigrantWithdrawn> {

    private final ClearanceCaseService cases;

    public MigrantWithdrawnHandler(ClearanceCaseService cases) {
        this.cases = cases;
    }

    @Override
    public Class<MigrantWithdrawn> dataClass() {
        return MigrantWithdrawn.class;
    }

    @Override
    public void handle(MigrantWithdrawn data, EventEnvelope envelope) {
        cases.cancel(data.migrantId(), "withdrawn: " + data.reason(), envelope.id());
    }
}
