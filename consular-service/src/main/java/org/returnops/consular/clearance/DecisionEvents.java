package org.returnops.consular.clearance;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventType;
import org.returnops.contracts.events.ClearanceDecision;
import org.returnops.messaging.inbox.DeliveredEvent;
import org.returnops.messaging.inbox.EventHandlerTable;
import org.returnops.messaging.inbox.EventHandlers;
import org.returnops.messaging.inbox.PoisonEvent;
import org.returnops.platform.problem.DomainProblem;
import org.returnops.platform.problem.InvalidRequest;

/**
 * A decision from an authority's own system (clearance.decision.v1 on consular.decisions.v1): the same
 * rules and outcome as over REST. A decision that can never apply (unknown clearance, another
 * authority's clearance, already decided otherwise) goes to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class DecisionEvents implements EventHandlerTable {

    private final ClearanceService clearances;

    public DecisionEvents(ClearanceService clearances) {
        this.clearances = clearances;
    }

    @Override
    public void declare(EventHandlers handlers) {
        handlers.on(EventType.CLEARANCE_DECISION, ClearanceDecision.class, this::decided);
    }

    void decided(ClearanceDecision data, DeliveredEvent event) {
        DecisionRequest decision = new DecisionRequest(DecisionRequest.Outcome.valueOf(data.outcome()), data.reason(),
                data.referenceNumber(), data.validUntil(), data.decidedBy());
        try {
            clearances.decide(data.clearanceId(), decision, data.authorityCode(), "event:" + event.id(),
                    data.decisionId().toString());
        } catch (DomainProblem e) {
            throw new PoisonEvent(e.getMessage());
        } catch (InvalidRequest e) {
            throw new PoisonEvent("the decision breaks a rule: " + e.violations());
        }
    }
}
