package org.returnops.registry.migrant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.returnops.contracts.events.MigrantWithdrawn;
import org.returnops.messaging.outbox.Outbox;
import org.returnops.platform.problem.DomainProblem;
import org.returnops.platform.time.StoredTime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One person registered twice, made one: the kept record takes the other's documents, household, recorded
 * vulnerabilities, seat needs, consent (when it has none) and status history; the other is withdrawn
 * ("merged into ..."). Announces migrant.withdrawn.v1 for the one and migrant.updated.v1 for the other.
 */
@ApplicationScoped
public class MigrantMerge {

    @Inject MigrantRepository migrants;
    @Inject MigrantService service;
    @Inject MigrantEvents events;
    @Inject Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void merge(UUID keptId, UUID removedId, String caller) {
        Migrant kept = service.find(keptId);
        Migrant removed = service.find(removedId);
        if (!removed.status.canBecome(MigrantStatus.WITHDRAWN)) {
            throw new IllegalTransition(removed.status, MigrantStatus.WITHDRAWN);
        }
        if (kept.householdId != null && removed.householdId != null && !kept.householdId.equals(removed.householdId)) {
            throw new DomainProblem.Conflict("The two records are in different households (" + kept.householdId
                    + ", " + removed.householdId + "): move one first.");
        }
        Instant now = StoredTime.now();
        List<String> changed = takeOver(kept, removed);
        kept.updatedAt = now;
        migrants.flush();
        migrants.moveDocumentsAndHistory(removed.id, kept.id);
        migrants.refreshed(kept);
        migrants.refreshed(removed);
        String reason = "merged into " + kept.id;
        service.change(removed, MigrantStatus.WITHDRAWN, "user:" + caller, reason, now);
        outbox.publish(new MigrantWithdrawn(removed.id, reason, caller, now), removed.id.toString());
        outbox.publish(events.updated(kept, changed, now), kept.id.toString());
    }

    /** What the kept record takes from the other; returns the fields that changed. */
    private static List<String> takeOver(Migrant kept, Migrant removed) {
        List<String> changed = new ArrayList<>();
        if (kept.householdId == null && removed.householdId != null) {
            kept.householdId = removed.householdId;
            changed.add("householdId");
        }
        removed.householdId = null;
        Set<String> keptDocuments = kept.documents.stream().map(MigrantMerge::documentKey).collect(Collectors.toSet());
        if (removed.documents.stream().anyMatch(d -> !keptDocuments.contains(documentKey(d)))) {
            changed.add("documents");
        }
        if (!kept.vulnerabilities.containsAll(removed.vulnerabilities)) {
            kept.vulnerabilities.addAll(removed.vulnerabilities);
            changed.add("vulnerabilities");
        }
        if (!kept.seatNeeds.containsAll(removed.seatNeeds)) {
            kept.seatNeeds.addAll(removed.seatNeeds);
            changed.add("seatNeeds");
        }
        if (kept.consentAt == null && removed.consentAt != null) {
            kept.consentAt = removed.consentAt;
            kept.consentTakenBy = removed.consentTakenBy;
            kept.consentLanguage = removed.consentLanguage;
            changed.add("consentGiven");
        }
        return changed;
    }

    private static String documentKey(MigrantDocument document) {
        return document.type + "|" + document.number + "|" + document.issuingState;
    }
}
