package org.returnops.consular.clearance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.returnops.contracts.events.ClearanceDecisionRejected;
import org.returnops.messaging.outbox.Outbox;

/**
 * Sends a refusal back to the authority in a transaction of its own: the refused decision's own
 * transaction rolls back (nothing of it is kept), the refusal must not.
 */
@ApplicationScoped
public class DecisionRejections {

    @Inject Outbox outbox;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void send(ClearanceDecisionRejected rejection) {
        outbox.publish(rejection, rejection.clearanceId().toString());
    }
}
