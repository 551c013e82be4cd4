package org.returnops.consular.clearance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.returnops.contracts.EventType;
import org.returnops.contracts.Topics;
import org.returnops.contracts.events.ClearanceDecision;
import org.returnops.messaging.inbox.DeliveredEvent;
import org.returnops.messaging.inbox.EventHandlerTable;
import org.returnops.messaging.inbox.EventHandlers;
import org.returnops.messaging.inbox.PoisonEvent;

/**
 * A decision from an authority's own system (clearance.decision.v1 on partner.&lt;authority&gt;.decisions.v1),
 * applied by {@link AuthorityDecisionService} as the authority the topic belongs to.
 */
@ApplicationScoped
public class DecisionEvents implements EventHandlerTable {

    @Inject AuthorityDecisionService decisions;

    @Override
    public void declare(EventHandlers handlers) {
        handlers.on(EventType.CLEARANCE_DECISION, ClearanceDecision.class, this::decided);
    }

    void decided(ClearanceDecision data, DeliveredEvent event) {
        String authority = Topics.authorityOf(Topics.PARTNER_DECISIONS, event.topic())
                .orElseThrow(() -> new PoisonEvent("a decision is taken only from an authority's decisions topic, not "
                        + event.topic()));
        decisions.receive(authority, data, event.id());
    }
}
