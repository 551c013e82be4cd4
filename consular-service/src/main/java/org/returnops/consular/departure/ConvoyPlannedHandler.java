package org.returnops.consular.departure;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.ConvoyPlanned;
import org.returnops.messaging.inbox.EventHandler;

/** A planned convoy's departure: the grants of its passengers must last until then. */
@ApplicationScoped
public class ConvoyPlannedHandler implements EventHandler<ConvoyPlanned> {

    private final DepartureService departures;

    public ConvoyPlannedHandler(DepartureService departures) {
        this.departures = departures;
    }

    @Override
    public Class<ConvoyPlanned> dataClass() {
        return ConvoyPlanned.class;
    }

    @Override
    public void handle(ConvoyPlanned data, EventEnvelope envelope) {
        departures.planned(data, envelope.id());
    }
}
