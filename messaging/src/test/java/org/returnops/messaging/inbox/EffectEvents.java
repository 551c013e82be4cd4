package org.returnops.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.returnops.contracts.EventType;
import org.returnops.contracts.events.ConvoyPlanned;
import org.returnops.messaging.outbox.Outbox;

import java.time.Instant;

/**
 * The test application's handler table: a convoy plan leaves a row; one whose route is {@code POISON}
 * leaves its row and then refuses itself, so a rolled-back batch would show; one whose route is {@code ECHO}
 * emits a plan of its own (route {@code ECHOED}) through the outbox, as a service's handler emits its events.
 */
@ApplicationScoped
public class EffectEvents implements EventHandlerTable {

    static final String POISON = "POISON";
    static final String ECHO = "ECHO";

    @Inject Outbox outbox;

    @Inject EntityManager entityManager;

    @Override
    public void declare(EventHandlers handlers) {
        handlers.on(EventType.CONVOY_PLANNED, ConvoyPlanned.class, this::planned);
    }

    void planned(ConvoyPlanned data, DeliveredEvent event) {
        Effect effect = new Effect();
        effect.eventId = event.id();
        effect.subject = event.subject();
        effect.note = data.routeCode();
        effect.topic = event.topic();
        entityManager.persist(effect);
        entityManager.flush();
        if (ECHO.equals(data.routeCode())) {
            outbox.publish(new ConvoyPlanned(data.convoyId(), ECHO + "ED", data.plannedDeparture(), data.vehicles(),
                    Instant.now()), event.subject());
        }
        if (POISON.equals(data.routeCode())) {
            throw new PoisonEvent("route " + POISON + " can never be planned");
        }
    }
}
