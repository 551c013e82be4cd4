package org.returnops.registry.status;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.returnops.contracts.EventEnvelope;
import org.returnops.messaging.inbox.PoisonEvent;
import org.returnops.registry.migrant.MigrantService;
import org.returnops.registry.migrant.MigrantStatus;

import java.time.Instant;
import java.util.UUID;

/**
 * Moves a person's status when the consular or transport service announces a step. Applied once per
 * event (the inbox); a step the person's status no longer allows (they withdrew meanwhile) is logged
 * and skipped, and an event about a person the registry does not know goes to the dead-letter topic.
 */
@ApplicationScoped
public class StatusEvents {

    private static final Logger LOG = Logger.getLogger(StatusEvents.class);

    private final MigrantService migrants;

    public StatusEvents(MigrantService migrants) {
        this.migrants = migrants;
    }

    void follow(UUID migrantId, MigrantStatus to, EventEnvelope envelope, String reason, Instant at) {
        boolean applied = migrants.follow(migrantId, to, envelope.id(), reason, at)
                .orElseThrow(() -> new PoisonEvent(envelope.type() + " names person " + migrantId
                        + ", who is not registered"));
        if (!applied) {
            LOG.infof("%s %s for %s not applied: the status no longer allows %s", envelope.type(), envelope.id(),
                    migrantId, to);
        }
    }
}
