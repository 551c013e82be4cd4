package org.returnops.consular.departure;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.ConvoyDeparted;
import org.returnops.messaging.inbox.EventHandler;

/** Departure spends the certificates of return of those who boarded. */
@ApplicationScoped
public class ConvoyDepartedHandler implements EventHandler<ConvoyDeparted> {

    private final DepartureService departures;

    public ConvoyDepartedHandler(DepartureService departures) {
        this.departures = departures;
    }

    @Override
    public Class<ConvoyDeparted> dataClass() {
        return ConvoyDeparted.class;
    }

    @Override
    public void handle(ConvoyDeparted data, EventEnvelope envelope) {
        departures.departed(data, envelope.id());
    }
}
