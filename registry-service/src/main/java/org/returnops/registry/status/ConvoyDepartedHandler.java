package org.returnops.registry.status;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.ConvoyDeparted;
import org.returnops.messaging.inbox.EventHandler;
import org.returnops.registry.migrant.MigrantStatus;

import java.util.UUID;

/** ConvoyDeparted puts everyone who boarded IN_TRANSIT. */
@ApplicationScoped
public class ConvoyDepartedHandler implements EventHandler<ConvoyDeparted> {

    private final StatusEvents status;

    public ConvoyDepartedHandler(StatusEvents status) {
        this.status = status;
    }

    @Override
    public Class<ConvoyDeparted> dataClass() {
        return ConvoyDeparted.class;
    }

    @Override
    public void handle(ConvoyDeparted data, EventEnvelope envelope) {
        for (UUID migrantId : data.boardedMigrantIds()) {
            status.follow(migrantId, MigrantStatus.IN_TRANSIT, envelope, "departed with convoy " + data.convoyId(),
                    data.departedAt());
        }
    }
}
