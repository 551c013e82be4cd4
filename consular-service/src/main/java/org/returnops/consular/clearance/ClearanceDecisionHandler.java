package org.returnops.consular.clearance;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.Topics;
import org.returnops.contracts.events.ClearanceDecision;
import org.returnops.messaging.inbox.EventHandler;
import org.returnops.messaging.inbox.PoisonEvent;

/**
 * A decision from an authority's own system (clearance.decision.v1 on partner.&lt;authority&gt;.decisions.v1),
 * applied by {@link AuthorityDecisionService} as the authority the topic belongs to.
 */
@ApplicationScoped
public class ClearanceDecisionHandler implements EventHandler<ClearanceDecision> {

    private final AuthorityDecisionService decisions;

    public ClearanceDecisionHandler(AuthorityDecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public Class<ClearanceDecision> dataClass() {
        return ClearanceDecision.class;
    }

    @Override
    public void handle(ClearanceDecision data, EventEnvelope envelope, String topic) {
        String authority = Topics.authorityOf(Topics.PARTNER_DECISIONS, topic)
                .orElseThrow(() -> new PoisonEvent("a decision is taken only from an authority's decisions topic, not "
                        + topic));
        decisions.receive(authority, data, envelope.id());
    }

    @Override
    public void handle(ClearanceDecision data, EventEnvelope envelope) {
        throw new PoisonEvent("a decision is taken only from an authority's decisions topic");
    }
}
