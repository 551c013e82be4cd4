package org.returnops.consular.departure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.returnops.consular.clearance.ClearanceService;
import org.returnops.consular.clearancecase.ClearanceCase;
import org.returnops.consular.clearancecase.ClearanceCaseRepository;
import org.returnops.consular.clearancecase.ClearanceCaseService;
import org.returnops.consular.traveldocument.TravelDocument;
import org.returnops.consular.traveldocument.TravelDocumentRepository;
import org.returnops.contracts.events.ConvoyDeparted;
import org.returnops.contracts.events.ConvoyPlanned;
import org.returnops.contracts.events.ConvoyRescheduled;
import org.returnops.contracts.events.MigrantAssigned;
import org.returnops.contracts.events.MigrantNoShow;
import org.returnops.contracts.events.MigrantUnassigned;
import org.returnops.platform.time.StoredTime;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Follows transport's convoys so that grants are checked against the planned departure, not only
 * against the day they were decided, and a certificate of return is spent on the journey it was used
 * for. {@code convoy.planned.v1} (keyed by convoy) and {@code migrant.assigned.v1} (keyed by person)
 * may arrive in either order: whichever comes second completes the picture.
 */
@ApplicationScoped
public class DepartureService {

    @Inject PlannedConvoyRepository convoys;
    @Inject ClearanceCaseRepository cases;
    @Inject ClearanceCaseService caseService;
    @Inject ClearanceService clearances;
    @Inject TravelDocumentRepository travelDocuments;

    @Transactional(Transactional.TxType.MANDATORY)
    public void planned(ConvoyPlanned planned, String eventId) {
        leavesAt(planned.convoyId(), planned.plannedDeparture(), eventId);
    }

    /** The departure moved: every grant of those waiting for the convoy must outlast the new time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rescheduled(ConvoyRescheduled rescheduled, String eventId) {
        leavesAt(rescheduled.convoyId(), rescheduled.plannedDeparture(), eventId);
    }

    private void leavesAt(UUID convoyId, Instant plannedDeparture, String eventId) {
        PlannedConvoy convoy = convoys.findByIdOptional(convoyId).orElseGet(() -> {
            PlannedConvoy created = new PlannedConvoy();
            created.convoyId = convoyId;
            created.plannedDeparture = plannedDeparture;
            convoys.persist(created);
            return created;
        });
        convoy.plannedDeparture = plannedDeparture;
        for (ClearanceCase clearanceCase : cases.list("convoyId", convoyId)) {
            plan(clearanceCase, convoyId, plannedDeparture, eventId);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void assigned(MigrantAssigned assigned, String eventId) {
        cases.findByMigrant(assigned.migrantId()).ifPresent(clearanceCase -> plan(clearanceCase, assigned.convoyId(),
                convoys.findByIdOptional(assigned.convoyId()).map(convoy -> convoy.plannedDeparture).orElse(null),
                eventId));
    }

    /** Off the manifest before departure: the case no longer waits for that convoy. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unassigned(MigrantUnassigned unassigned, String eventId) {
        noLongerWaitsFor(unassigned.migrantId(), unassigned.convoyId(), "DEPARTURE_CANCELLED",
                "off convoy " + unassigned.convoyId() + ": " + unassigned.reason(), eventId);
    }

    /**
     * Left behind at boarding: the case no longer waits for that convoy, and the person may be seated on a later
     * one (whose departure their grants are then held to). A person missing on arrival had departed: nothing changes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void noShow(MigrantNoShow noShow, String eventId) {
        if (MigrantNoShow.DID_NOT_BOARD.equals(noShow.stage())) {
            noLongerWaitsFor(noShow.migrantId(), noShow.convoyId(), "MISSED_DEPARTURE", "did not board convoy "
                    + noShow.convoyId() + (noShow.reason() == null ? "" : ": " + noShow.reason()), eventId);
        }
    }

    private void noLongerWaitsFor(UUID migrantId, UUID convoyId, String what, String detail, String eventId) {
        cases.findByMigrant(migrantId).filter(clearanceCase -> convoyId.equals(clearanceCase.convoyId))
                .ifPresent(clearanceCase -> {
                    clearanceCase.convoyId = null;
                    clearanceCase.plannedDeparture = null;
                    caseService.record(clearanceCase, what, detail, "event:" + eventId, StoredTime.now());
                });
    }

    /**
     * Those who boarded are on the road: their case records the departure (its clearances now stand as they
     * were), and a certificate of return they held is spent on this journey.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void departed(ConvoyDeparted departed, String eventId) {
        for (UUID migrantId : departed.boardedMigrantIds()) {
            Optional<ClearanceCase> found = cases.findByMigrant(migrantId);
            found.filter(clearanceCase -> clearanceCase.departedAt == null).ifPresent(clearanceCase -> {
                clearanceCase.convoyId = departed.convoyId();
                clearanceCase.departedAt = StoredTime.of(departed.departedAt());
                caseService.record(clearanceCase, "DEPARTED", "on convoy " + departed.convoyId(), "event:" + eventId,
                        StoredTime.now());
            });
            for (TravelDocument certificate : travelDocuments.unused(migrantId)) {
                certificate.used = true;
                certificate.usedAt = departed.departedAt();
                certificate.usedOnConvoy = departed.convoyId();
                found.ifPresent(clearanceCase -> caseService.record(clearanceCase, "CERTIFICATE_USED",
                        certificate.number + " on convoy " + departed.convoyId(), "event:" + eventId, Instant.now()));
            }
        }
    }

    private void plan(ClearanceCase clearanceCase, UUID convoyId, Instant plannedDeparture, String eventId) {
        clearanceCase.convoyId = convoyId;
        clearanceCase.plannedDeparture = plannedDeparture;
        if (plannedDeparture == null) {
            return;
        }
        caseService.record(clearanceCase, "DEPARTURE_PLANNED", "convoy " + convoyId + " leaves at " + plannedDeparture,
                "event:" + eventId, StoredTime.now());
        clearances.checkAgainstDeparture(clearanceCase, "event:" + eventId);
    }
}
