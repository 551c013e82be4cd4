package org.returnops.consular.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.returnops.consular.clearancecase.CaseStatus;
import org.returnops.consular.clearancecase.ClearanceCase;
import org.returnops.consular.clearancecase.ClearanceCaseRepository;
import org.returnops.contracts.events.PersonalDataAnonymised;
import org.returnops.messaging.outbox.Outbox;
import org.returnops.platform.time.StoredTime;

import java.time.Instant;
import java.util.List;

/**
 * Retention of personal data: once a case has been closed, cancelled or denied for longer than
 * {@code consular.retention.after-closing} (default 90 days), the consular service removes what
 * identifies the person (names, date of birth beyond its year, documents, certificate numbers, the scans
 * of PCR certificates, free text of the case history) and announces personal-data.anonymised.v1, on which
 * the registry and transport do the same. Statuses, dates and counts stay for statistics. Checked every
 * {@code consular.retention.check-every}, a batch at a time, each case in its own transaction.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);
    private static final int BATCH = 100;
    private static final List<CaseStatus> ENDED = List.of(CaseStatus.CLOSED, CaseStatus.CANCELLED, CaseStatus.DENIED);

    @Inject ClearanceCaseRepository cases;
    @Inject EntityManager entityManager;
    @Inject Outbox outbox;
    @Inject RetentionConfig config;

    @Scheduled(every = "${consular.retention.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        int anonymised = anonymiseDue();
        if (anonymised > 0) {
            LOG.infof("retention: anonymised the personal data of %d closed cases", anonymised);
        }
    }

    /** Anonymises every case whose retention period is over; returns how many. */
    public int anonymiseDue() {
        return anonymiseEndedBefore(Instant.now().minus(config.afterClosing()));
    }

    /** Anonymises every case that ended before the cut-off and is not anonymised yet; returns how many. */
    public int anonymiseEndedBefore(Instant cutoff) {
        int total = 0;
        List<ClearanceCase> due;
        do {
            due = QuarkusTransaction.requiringNew().call(() -> cases.find(
                    "status in ?1 and closedAt < ?2 and anonymisedAt is null", ENDED, cutoff).page(0, BATCH).list());
            for (ClearanceCase found : due) {
                QuarkusTransaction.requiringNew().run(() -> anonymise(cases.findById(found.id)));
                total++;
            }
        } while (due.size() == BATCH);
        return total;
    }

    private void anonymise(ClearanceCase found) {
        Instant now = StoredTime.now();
        found.familyName = null;
        found.givenName = null;
        found.dateOfBirth = found.dateOfBirth == null ? null : found.dateOfBirth.withDayOfYear(1);
        found.documentsJson = "[]";
        found.anonymisedAt = now;
        entityManager.createNativeQuery("update case_history set detail = null where case_id = :id")
                .setParameter("id", found.id).executeUpdate();
        entityManager.createNativeQuery("update travel_document set number = 'A' || replace(cast(id as text), '-', ''), issued_by = '-' "
                + "where migrant_id = :id").setParameter("id", found.migrantId).executeUpdate();
        // a PCR certificate is health data with the person's name on it: its scan goes, its number is replaced
        entityManager.createNativeQuery("update pcr_evidence set scan = null, scan_type = null, "
                + "certificate_number = 'A' || replace(cast(id as text), '-', '') where case_id = :id")
                .setParameter("id", found.id).executeUpdate();
        outbox.publish(new PersonalDataAnonymised(found.migrantId, found.status.name(),
                StoredTime.of(found.closedAt), now), found.migrantId.toString());
    }
}
