package org.returnops.consular.departure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.returnops.contracts.EventType;
import org.returnops.contracts.events.ConvoyDeparted;
import org.returnops.contracts.events.ConvoyPlanned;
import org.returnops.contracts.events.ConvoyRescheduled;
import org.returnops.contracts.events.MigrantAssigned;
import org.returnops.contracts.events.MigrantNoShow;
import org.returnops.contracts.events.MigrantUnassigned;
import org.returnops.messaging.inbox.EventHandlerTable;
import org.returnops.messaging.inbox.EventHandlers;

/**
 * Transport's convoys as far as clearances care: a planned (or moved) departure and a seat hold the person's
 * grants to that date (a seat given up, or a departure missed, frees them), and departure spends the certificates
 * of return of those who boarded.
 */
@ApplicationScoped
public class DepartureEvents implements EventHandlerTable {

    @Inject DepartureService departures;

    @Override
    public void declare(EventHandlers handlers) {
        handlers.on(EventType.CONVOY_PLANNED, ConvoyPlanned.class, (data, event) -> departures.planned(data, event.id()))
                .on(EventType.CONVOY_RESCHEDULED, ConvoyRescheduled.class,
                        (data, event) -> departures.rescheduled(data, event.id()))
                .on(EventType.MIGRANT_ASSIGNED, MigrantAssigned.class,
                        (data, event) -> departures.assigned(data, event.id()))
                .on(EventType.MIGRANT_UNASSIGNED, MigrantUnassigned.class,
                        (data, event) -> departures.unassigned(data, event.id()))
                .on(EventType.CONVOY_DEPARTED, ConvoyDeparted.class,
                        (data, event) -> departures.departed(data, event.id()))
                .on(EventType.MIGRANT_NO_SHOW, MigrantNoShow.class, (data, event) -> departures.noShow(data, event.id()));
    }
}
