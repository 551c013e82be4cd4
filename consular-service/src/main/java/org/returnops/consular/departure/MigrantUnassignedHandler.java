package org.returnops.consular.departure;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.MigrantUnassigned;
import org.returnops.messaging.inbox.EventHandler;

/** A seat given up before departure: the person's grants are no longer held to that convoy's departure. */
@ApplicationScoped
public class MigrantUnassignedHandler implements EventHandler<MigrantUnassigned> {

    private final DepartureService departures;

    public MigrantUnassignedHandler(DepartureService departures) {
        this.departures = departures;
    }

    @Override
    public Class<MigrantUnassigned> dataClass() {
        return MigrantUnassigned.class;
    }

    @Override
    public void handle(MigrantUnassigned data, EventEnvelope envelope) {
        departures.unassigned(data, envelope.id());
    }
}
