package org.returnops.consular.clearancecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.returnops.contracts.events.MigrantRegistered;
import org.returnops.platform.problem.DomainProblem;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ClearanceCaseService {

    private final ClearanceCaseRepository cases;

    public ClearanceCaseService(ClearanceCaseRepository cases) {
        this.cases = cases;
    }

    public ClearanceCaseView get(UUID migrantId) {
        return cases.findByMigrant(migrantId).map(ClearanceCaseView::from)
                .orElseThrow(() -> new DomainProblem.NotFound("There is no clearance case for person " + migrantId + "."));
    }

    /**
     * Opens the case of a person who registered with consent; a person without recorded consent gets
     * none. A case that exists already is kept as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ClearanceCase> open(MigrantRegistered registered, String eventId) {
        if (!registered.consentGiven() || cases.findByMigrant(registered.migrantId()).isPresent()) {
            return Optional.empty();
        }
        ClearanceCase opened = new ClearanceCase();
        opened.id = UUID.randomUUID();
        opened.migrantId = registered.migrantId();
        opened.status = CaseStatus.OPEN;
        opened.siteCode = registered.siteCode();
        opened.nationality = registered.nationality();
        opened.openedAt = Instant.now();
        opened.openedByEvent = eventId;
        cases.persist(opened);
        return Optional.of(opened);
    }
}
