package org.returnops.consular.clearance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.returnops.contracts.events.ClearanceDecision;
import org.returnops.contracts.events.ClearanceDecisionRejected;
import org.returnops.messaging.inbox.PoisonEvent;
import org.returnops.platform.problem.DomainProblem;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.platform.problem.Problem;
import org.returnops.platform.time.StoredTime;

import java.util.stream.Collectors;

/**
 * Decisions that authority systems send over Kafka, each on its own decisions topic. The deciding
 * authority is the one the topic belongs to (only its principal may write there), never the payload's
 * word: a payload naming another authority is refused. Whatever is refused goes back to the sender on its
 * rejections topic ({@code clearance.decision-rejected.v1}, with the reason as type, title and detail) and
 * to the dead-letter topic for the operators; nothing is decided.
 */
@ApplicationScoped
public class AuthorityDecisionService {

    @Inject ClearanceService clearances;
    @Inject DecisionRejections rejections;

    /**
     * Applies a decision read from an authority's decisions topic, in the caller's transaction.
     *
     * @param topicAuthority the authority whose decisions topic carried the decision
     * @param eventId        the id of the event that carried it
     * @throws PoisonEvent when the decision is refused (after the refusal was sent back)
     */
    public void receive(String topicAuthority, ClearanceDecision data, String eventId) {
        if (!topicAuthority.equals(data.authorityCode())) {
            throw refuse(topicAuthority, data, "forbidden", "Not yours to decide", "The decision names "
                    + data.authorityCode() + ", but it came on the decisions topic of " + topicAuthority
                    + ": an authority decides only as itself.");
        }
        DecisionRequest decision = new DecisionRequest(DecisionRequest.Outcome.valueOf(data.outcome()), data.reason(),
                data.referenceNumber(), data.validUntil(), data.decidedBy());
        try {
            clearances.decide(data.clearanceId(), decision, topicAuthority, "event:" + eventId,
                    data.decisionId().toString());
        } catch (DomainProblem e) {
            throw refuse(topicAuthority, data, e.slug(), e.title(), e.getMessage());
        } catch (InvalidRequest e) {
            throw refuse(topicAuthority, data, "validation", "The decision breaks a rule", e.violations().stream()
                    .map(v -> "Field " + v.field() + " " + v.message() + ".").collect(Collectors.joining(" ")));
        }
    }

    private PoisonEvent refuse(String topicAuthority, ClearanceDecision data, String slug, String title,
            String detail) {
        rejections.send(new ClearanceDecisionRejected(data.decisionId(), data.clearanceId(), topicAuthority,
                Problem.TYPE_PREFIX + slug, title, detail, StoredTime.now()));
        return new PoisonEvent(detail);
    }
}
