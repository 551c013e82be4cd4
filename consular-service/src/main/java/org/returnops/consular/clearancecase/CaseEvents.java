package org.returnops.consular.clearancecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.returnops.contracts.EventType;
import org.returnops.contracts.events.MigrantArrived;
import org.returnops.contracts.events.MigrantRegistered;
import org.returnops.contracts.events.MigrantUpdated;
import org.returnops.contracts.events.MigrantWithdrawn;
import org.returnops.messaging.inbox.EventHandlerTable;
import org.returnops.messaging.inbox.EventHandlers;

/**
 * A person's case follows the registry and the journey: a registration with consent (or consent given
 * later) opens it, a changed registration updates the identity asked about, a withdrawal cancels it, and
 * arrival with hand-over closes it.
 */
@ApplicationScoped
public class CaseEvents implements EventHandlerTable {

    @Inject ClearanceCaseService cases;

    @Override
    public void declare(EventHandlers handlers) {
        handlers.on(EventType.MIGRANT_REGISTERED, MigrantRegistered.class, (data, event) -> cases.open(data, event.id()))
                .on(EventType.MIGRANT_UPDATED, MigrantUpdated.class, (data, event) -> cases.update(data, event.id()))
                .on(EventType.MIGRANT_WITHDRAWN, MigrantWithdrawn.class,
                        (data, event) -> cases.cancel(data.migrantId(), "withdrawn: " + data.reason(), event.id()))
                .on(EventType.MIGRANT_ARRIVED, MigrantArrived.class,
                        (data, event) -> cases.close(data.migrantId(), "arrived, received by " + data.receivedBy(),
                                event.id()));
    }
}
