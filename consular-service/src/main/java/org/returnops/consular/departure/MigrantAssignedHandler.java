package org.returnops.consular.departure;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.MigrantAssigned;
import org.returnops.messaging.inbox.EventHandler;

/** A seat on a convoy: the person's grants must last until its planned departure. */
@ApplicationScoped
public class MigrantAssignedHandler implements EventHandler<MigrantAssigned> {

    private final DepartureService departures;

    public MigrantAssignedHandler(DepartureService departures) {
        this.departures = departures;
    }

    @Override
    public Class<MigrantAssigned> dataClass() {
        return MigrantAssigned.class;
    }

    @Override
    public void handle(MigrantAssigned data, EventEnvelope envelope) {
        departures.assigned(data, envelope.id());
    }
}
