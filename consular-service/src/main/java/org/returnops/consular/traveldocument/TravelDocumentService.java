package org.returnops.consular.traveldocument;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.returnops.consular.authority.ClearanceType;
import org.returnops.consular.clearance.ClearanceService;
import org.returnops.consular.clearance.RouteConfig;
import org.returnops.consular.clearancecase.CaseStatus;
import org.returnops.consular.clearancecase.ClearanceCase;
import org.returnops.consular.clearancecase.ClearanceCaseRepository;
import org.returnops.consular.clearancecase.ClearanceCaseService;
import org.returnops.contracts.events.TravelDocumentIssued;
import org.returnops.messaging.audit.Audit;
import org.returnops.messaging.outbox.Outbox;
import org.returnops.platform.problem.DomainProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Certificates of return: issued by the embassy that verifies Tajik nationality, valid for a fixed
 * time from issue, one at a time per person, announced as travel-document.issued.v1.
 */
@ApplicationScoped
public class TravelDocumentService {

    @Inject TravelDocumentRepository documents;
    @Inject ClearanceCaseRepository cases;
    @Inject ClearanceCaseService caseService;
    @Inject RouteConfig route;
    @Inject Outbox outbox;

    @Inject Audit audit;

    /**
     * Issues a certificate of return.
     *
     * @param organisation the issuing organisation (an authority code): only the TJ nationality authority may
     * @param cause        who asks, for the case history ({@code user:<client id>})
     */
    @Transactional
    public TravelDocumentView issue(UUID migrantId, TravelDocumentRequest request, String organisation, String cause) {
        String embassy = route.authorities().get(ClearanceType.TJ_NATIONALITY);
        if (organisation == null || !organisation.equals(embassy)) {
            throw new ClearanceService.Forbidden("Certificates of return are issued by " + embassy + ", not by "
                    + (organisation == null ? "an unidentified caller" : organisation) + ".");
        }
        ClearanceCase clearanceCase = cases.findByMigrant(migrantId)
                .orElseThrow(() -> new DomainProblem.NotFound("There is no clearance case for person " + migrantId + "."));
        if (clearanceCase.status != CaseStatus.OPEN) {
            throw new DomainProblem.Conflict("The case of person " + migrantId + " is " + clearanceCase.status + ".");
        }
        LocalDate today = LocalDate.now();
        if (documents.holdsValid(migrantId, today)) {
            throw new DomainProblem.Conflict("Person " + migrantId + " already holds a valid certificate of return.");
        }
        if (documents.count("number", request.number()) > 0) {
            throw new DomainProblem.Conflict("A certificate of return numbered " + request.number() + " exists.");
        }
        TravelDocument document = new TravelDocument();
        document.id = UUID.randomUUID();
        document.caseId = clearanceCase.id;
        document.migrantId = migrantId;
        document.number = request.number();
        document.issuedOn = request.issuedOn() == null ? today : request.issuedOn();
        document.validUntil = document.issuedOn.plusDays(route.certificateValidity().toDays());
        document.issuedBy = request.issuedBy().strip();
        documents.persist(document);
        caseService.record(clearanceCase, "CERTIFICATE_ISSUED", document.number + " valid until " + document.validUntil,
                cause, Instant.now());
        outbox.publish(new TravelDocumentIssued(migrantId, document.id, "CERTIFICATE_OF_RETURN", document.number, "TJK",
                document.issuedOn, document.validUntil, document.issuedBy), migrantId.toString());
        audit.change("travel-document.issue", migrantId, "certificate of return issued");
        return TravelDocumentView.of(document);
    }
}
