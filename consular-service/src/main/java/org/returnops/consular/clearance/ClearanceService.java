package org.returnops.consular.clearance;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.returnops.consular.authority.AuthorityRepository;
import org.returnops.consular.clearancecase.CaseStatus;
import org.returnops.consular.clearancecase.ClearanceCase;
import org.returnops.consular.clearancecase.ClearanceCaseRepository;
import org.returnops.consular.clearancecase.ClearanceCaseService;
import org.returnops.contracts.events.ClearanceCaseReopened;
import org.returnops.contracts.events.ClearanceDecided;
import org.returnops.contracts.events.ClearanceDenied;
import org.returnops.contracts.events.ClearanceRequested;
import org.returnops.contracts.events.MigrantCleared;
import org.returnops.messaging.audit.Audit;
import org.returnops.messaging.outbox.Outbox;
import org.returnops.platform.paging.Page;
import org.returnops.platform.paging.Paging;
import org.returnops.platform.problem.DomainProblem;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.platform.time.StoredTime;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Decisions on clearances, by people (REST) or by authority systems (Kafka), with one outcome either
 * way: an authority decides only its own clearances, once; a denial names its reason; all granted clears
 * the person (migrant.cleared.v1, once), any denial denies them (clearance.denied.v1).
 */
@ApplicationScoped
public class ClearanceService {

    @Inject ClearanceRepository clearances;
    @Inject ClearanceCaseRepository cases;
    @Inject ClearanceCaseService caseService;
    @Inject AuthorityRepository authorities;
    @Inject GrantRules rules;
    @Inject Outbox outbox;

    @Inject Audit audit;

    /** One page of the pending work of one authority, oldest first, with its length. */
    @Transactional
    public Page<QueueEntryView> queue(String authorityCode, Paging paging) {
        if (authorities.findByIdOptional(authorityCode).isEmpty()) {
            throw new DomainProblem.NotFound("There is no authority with code " + authorityCode + ".");
        }
        List<QueueEntryView> entries = clearances.queue(authorityCode, paging).stream().map(queued -> {
            Clearance clearance = queued.clearance();
            ClearanceRequested asked = caseService.requested(queued.clearanceCase(), clearance);
            return new QueueEntryView(clearance.id, clearance.caseId, clearance.migrantId, clearance.type,
                    clearance.requestedAt, new QueueEntryView.Person(asked.nameLatin(), asked.dateOfBirth(),
                            asked.nationality(), asked.documents()));
        }).toList();
        if (!entries.isEmpty()) {
            audit.record(Audit.Action.SEARCH, "authority.queue", entries.stream().map(QueueEntryView::migrantId).toList(),
                    "authority " + authorityCode + " returned " + entries.size());
        }
        return new Page<>(entries, clearances.queueLength(authorityCode));
    }

    /**
     * Decides a clearance.
     *
     * @param organisation the deciding organisation (an authority code), from the partner's token or the event
     * @param decisionId   the inbound decision's id when an authority system decides, else null
     */
    @Transactional
    public ClearanceView decide(UUID clearanceId, DecisionRequest decision, String organisation, String cause,
            String decisionId) {
        Clearance clearance = clearances.findByIdOptional(clearanceId)
                .orElseThrow(() -> new DomainProblem.NotFound("There is no clearance with id " + clearanceId + "."));
        requireOwner(clearance, organisation);
        if (decisionId != null && decisionId.equals(clearance.decisionId)) {
            return ClearanceView.of(clearance);
        }
        if (clearance.status != ClearanceStatus.PENDING) {
            throw new DomainProblem.Conflict("Clearance " + clearanceId + " (" + clearance.type + ") is already "
                    + clearance.status + (clearance.decidedAt == null ? "" : " since " + clearance.decidedAt) + ".");
        }
        if (decision.outcome() == DecisionRequest.Outcome.DENIED
                && (decision.reason() == null || decision.reason().isBlank())) {
            throw new InvalidRequest("reason", "is required when the outcome is DENIED");
        }
        Instant now = StoredTime.now();
        if (decision.validUntil() != null && !decision.validUntil().isAfter(now)) {
            throw new InvalidRequest("validUntil", "must be in the future");
        }
        ClearanceCase clearanceCase = cases.findById(clearance.caseId);
        if (clearanceCase.status != CaseStatus.OPEN) {
            throw new DomainProblem.Conflict("The case of person " + clearance.migrantId + " is "
                    + clearanceCase.status + ": nothing is decided on it any more.");
        }
        Instant validUntil = decision.validUntil();
        if (decision.outcome() == DecisionRequest.Outcome.GRANTED) {
            rules.checkGrantable(clearance, clearanceCase, now);
            validUntil = rules.grantValidity(clearance, clearanceCase, validUntil);
        }
        clearance.status = decision.outcome() == DecisionRequest.Outcome.GRANTED ? ClearanceStatus.GRANTED
                : ClearanceStatus.DENIED;
        clearance.reason = blankToNull(decision.reason());
        clearance.referenceNumber = blankToNull(decision.referenceNumber());
        clearance.validUntil = validUntil;
        clearance.decidedBy = decision.decidedBy() == null || decision.decidedBy().isBlank() ? cause : decision.decidedBy();
        clearance.decidedAt = now;
        clearance.decisionId = decisionId;
        caseService.record(clearanceCase, clearance.status.name(), clearance.type + " by " + clearance.authorityCode
                + (clearance.reason == null ? "" : ": " + clearance.reason), cause, now);
        outbox.publish(new ClearanceDecided(clearance.id, clearance.caseId, clearance.migrantId, clearance.type.name(),
                clearance.authorityCode, clearance.status.name(), clearance.reason, clearance.referenceNumber,
                clearance.validUntil, clearance.decidedBy, now), clearance.migrantId.toString());
        conclude(clearanceCase, clearance, cause, now);
        return ClearanceView.of(clearance);
    }

    /**
     * An authority takes back its decision (a grant or a denial): the clearance is pending again and
     * requested anew, the case re-opened; the revocation and its reason stay in the case history.
     */
    @Transactional
    public ClearanceView revoke(UUID clearanceId, String reason, String organisation, String cause) {
        Clearance clearance = clearances.findByIdOptional(clearanceId)
                .orElseThrow(() -> new DomainProblem.NotFound("There is no clearance with id " + clearanceId + "."));
        requireOwner(clearance, organisation);
        if (clearance.status != ClearanceStatus.GRANTED && clearance.status != ClearanceStatus.DENIED) {
            throw new DomainProblem.Conflict("Clearance " + clearanceId + " is " + clearance.status
                    + ": only a decision can be revoked.");
        }
        ClearanceCase clearanceCase = cases.findById(clearance.caseId);
        if (clearanceCase.status == CaseStatus.CANCELLED || clearanceCase.status == CaseStatus.CLOSED) {
            throw new DomainProblem.Conflict("The case of person " + clearance.migrantId + " is "
                    + clearanceCase.status + ".");
        }
        if (clearanceCase.departedAt != null) {
            throw new DomainProblem.Conflict("Person " + clearance.migrantId + " left on convoy "
                    + clearanceCase.convoyId + " at " + clearanceCase.departedAt
                    + ": a decision is not taken back once the person is on the road.");
        }
        reopen(clearance, clearanceCase, "REVOKED", reason, cause);
        return ClearanceView.of(clearance);
    }

    /**
     * Grants past their validity are re-opened and requested again (clearance-case.reopened.v1: the registry
     * follows with clearance pending, transport takes the person off the pool), unless the person has already
     * left: nobody decides anew for a person on the road, and the case closes at arrival as it stood.
     */
    @Scheduled(every = "${consular.expiry.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void expireGrants() {
        Instant now = Instant.now();
        for (Clearance clearance : clearances.list("""
                status = ?1 and validUntil < ?2 and caseId in (
                    select c.id from ClearanceCase c where c.status in ?3 and c.departedAt is null)""",
                ClearanceStatus.GRANTED, now, List.of(CaseStatus.OPEN, CaseStatus.CLEARED))) {
            reopen(clearance, cases.findById(clearance.caseId), "EXPIRED", "granted until " + clearance.validUntil,
                    "system");
        }
    }

    /**
     * Re-opens every grant of the case that lapses before the person's planned departure: they cannot
     * travel on it, and the authority is asked again (transport then takes them off the manifest).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkAgainstDeparture(ClearanceCase clearanceCase, String cause) {
        if (clearanceCase.plannedDeparture == null
                || (clearanceCase.status != CaseStatus.OPEN && clearanceCase.status != CaseStatus.CLEARED)) {
            return;
        }
        for (Clearance clearance : clearances.ofCase(clearanceCase.id)) {
            if (clearance.status == ClearanceStatus.GRANTED && clearance.validUntil != null
                    && clearance.validUntil.isBefore(clearanceCase.plannedDeparture)) {
                reopen(clearance, clearanceCase, "LAPSES_BEFORE_DEPARTURE", "valid until " + clearance.validUntil
                        + ", the convoy is planned to leave at " + clearanceCase.plannedDeparture, cause);
            }
        }
    }

    private void reopen(Clearance clearance, ClearanceCase clearanceCase, String what, String reason, String cause) {
        Instant now = StoredTime.now();
        String reopenedBecause = clearance.type + " (" + clearance.status + " by " + clearance.authorityCode + "): "
                + reason;
        caseService.record(clearanceCase, what, reopenedBecause, cause, now);
        clearance.status = ClearanceStatus.PENDING;
        clearance.reason = null;
        clearance.referenceNumber = null;
        clearance.validUntil = null;
        clearance.decidedBy = null;
        clearance.decidedAt = null;
        clearance.decisionId = null;
        clearance.requestedAt = now;
        if (clearanceCase.status != CaseStatus.OPEN) {
            clearanceCase.status = CaseStatus.OPEN;
            clearanceCase.closedAt = null;
            caseService.record(clearanceCase, "REOPENED", what.toLowerCase(java.util.Locale.ROOT) + " " + clearance.type,
                    cause, now);
        }
        String subject = clearanceCase.migrantId.toString();
        outbox.publishAll(List.of(new Outbox.Pending(caseService.requested(clearanceCase, clearance), subject),
                new Outbox.Pending(new ClearanceCaseReopened(clearanceCase.migrantId, clearanceCase.id, clearance.id,
                        clearance.type.name(), clearance.authorityCode, what, reopenedBecause, now), subject)));
    }

    /** All granted: the person is cleared (once); a denial: the person is denied. */
    private void conclude(ClearanceCase clearanceCase, Clearance decided, String cause, Instant now) {
        String subject = clearanceCase.migrantId.toString();
        if (decided.status == ClearanceStatus.DENIED) {
            clearanceCase.status = CaseStatus.DENIED;
            clearanceCase.closedAt = now;
            caseService.record(clearanceCase, "DENIED", decided.authorityCode + ": " + decided.reason, cause, now);
            outbox.publish(new ClearanceDenied(clearanceCase.migrantId, clearanceCase.id, decided.id,
                    decided.type.name(), decided.authorityCode, decided.reason, now), subject);
            return;
        }
        List<Clearance> all = clearances.ofCase(clearanceCase.id);
        if (all.stream().allMatch(c -> c.status == ClearanceStatus.GRANTED)) {
            clearanceCase.status = CaseStatus.CLEARED;
            Optional<Instant> validUntil = all.stream().map(c -> c.validUntil).filter(v -> v != null)
                    .min(Comparator.naturalOrder());
            caseService.record(clearanceCase, "CLEARED", "every clearance granted", cause, now);
            outbox.publish(new MigrantCleared(clearanceCase.migrantId, clearanceCase.id, now, validUntil.orElse(null)),
                    subject);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Only the authority a clearance belongs to decides it or takes its decision back. */
    private static void requireOwner(Clearance clearance, String organisation) {
        if (organisation == null || !organisation.equals(clearance.authorityCode)) {
            throw new Forbidden("Clearance " + clearance.id + " (" + clearance.type + ") is decided by "
                    + clearance.authorityCode + ", not by " + (organisation == null ? "an unidentified caller"
                    : organisation) + ".");
        }
    }

    /** An organisation acting on what belongs to another authority. */
    public static class Forbidden extends DomainProblem {
        public Forbidden(String detail) {
            this("Not yours to decide", detail);
        }

        public Forbidden(String title, String detail) {
            super(403, "forbidden", title, detail);
        }
    }
}
