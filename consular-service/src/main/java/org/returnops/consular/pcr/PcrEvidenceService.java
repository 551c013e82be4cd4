package org.returnops.consular.pcr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.returnops.consular.UserCause;
import org.returnops.consular.clearancecase.ClearanceCase;
import org.returnops.consular.clearancecase.ClearanceCaseRepository;
import org.returnops.consular.clearancecase.ClearanceCaseService;
import org.returnops.consular.clearancecase.PcrTestRequest;
import org.returnops.messaging.audit.Audit;
import org.returnops.platform.problem.DomainProblem;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.platform.security.PartnerIdentity;
import org.returnops.platform.security.Roles;
import org.returnops.platform.time.StoredTime;

import java.util.List;
import java.util.UUID;

/**
 * The papers behind PCR tests: recorded by the operator (the test then counts for UZ transit as any recorded
 * test), with an optional scan checked by its content. A border service sees the evidence of a person only while
 * the person is on a convoy's manifest (every route crosses each partner country), nothing else of their file;
 * every read is audited.
 */
@ApplicationScoped
public class PcrEvidenceService {

    /** The largest scan accepted (the gateway's body limit): a phone photo or a one-page PDF fits. */
    public static final int MAX_SCAN_BYTES = 1024 * 1024;
    private static final List<String> BORDER_ROLES = List.of(Roles.KZ_MIGRATION, Roles.UZ_BORDER, Roles.TJ_BORDER);

    @Inject EntityManager entityManager;
    @Inject ClearanceCaseRepository cases;
    @Inject ClearanceCaseService caseService;
    @Inject Audit audit;
    @Inject PartnerIdentity partner;

    @Transactional
    public PcrEvidenceView record(UUID migrantId, PcrEvidenceRequest request) {
        ClearanceCase clearanceCase = caseOf(migrantId);
        List<?> existing = entityManager.createQuery("select e.id from PcrEvidence e where e.laboratory = :lab "
                        + "and e.certificateNumber = :number")
                .setParameter("lab", request.laboratory().strip())
                .setParameter("number", request.certificateNumber().strip()).getResultList();
        if (!existing.isEmpty()) {
            throw new DomainProblem.Conflict("Certificate " + request.certificateNumber().strip() + " of "
                    + request.laboratory().strip() + " is recorded already.", existing.get(0).toString());
        }
        PcrEvidence evidence = new PcrEvidence();
        evidence.id = UUID.randomUUID();
        evidence.migrantId = migrantId;
        evidence.caseId = clearanceCase.id;
        evidence.laboratory = request.laboratory().strip();
        evidence.certificateNumber = request.certificateNumber().strip();
        evidence.sampleTakenAt = StoredTime.of(request.sampleTakenAt());
        evidence.result = request.result().name();
        evidence.recordedAt = StoredTime.now();
        evidence.recordedBy = UserCause.of(partner);
        entityManager.persist(evidence);
        caseService.recordPcr(migrantId, new PcrTestRequest(request.sampleTakenAt(), request.result()),
                evidence.recordedBy);
        return PcrEvidenceView.of(evidence);
    }

    /** Stores the scan of the certificate after checking its size and, by its first bytes, its type. */
    @Transactional
    public PcrEvidenceView attachScan(UUID migrantId, UUID evidenceId, byte[] content, String declaredType) {
        PcrEvidence evidence = evidence(migrantId, evidenceId);
        String declared = declaredType == null ? "" : declaredType.toLowerCase(java.util.Locale.ROOT);
        if (java.util.Arrays.stream(ScanType.values()).noneMatch(t -> declared.startsWith(t.mediaType))) {
            throw new InvalidRequest("Content-Type", "must be application/pdf, image/png or image/jpeg");
        }
        if (content == null || content.length == 0) {
            throw new InvalidRequest("scan", "must not be empty");
        }
        if (content.length > MAX_SCAN_BYTES) {
            throw new InvalidRequest("scan", "must be at most " + MAX_SCAN_BYTES + " bytes (1 MiB)");
        }
        ScanType type = ScanType.of(content).orElseThrow(() -> new InvalidRequest("scan",
                "must be a PDF, PNG or JPEG file (its first bytes are none of them)"));
        if (!declared.startsWith(type.mediaType)) {
            throw new InvalidRequest("Content-Type", "must match the file, which is " + type.mediaType);
        }
        evidence.scan = content;
        evidence.scanType = type.mediaType;
        audit.change("pcr-evidence.scan", migrantId, "scan of certificate " + evidence.certificateNumber);
        return PcrEvidenceView.of(evidence);
    }

    @Transactional
    public List<PcrEvidenceView> list(UUID migrantId) {
        mayRead(caseOf(migrantId));
        List<PcrEvidence> found = entityManager.createQuery("select e from PcrEvidence e where e.migrantId = :m "
                + "order by e.sampleTakenAt, e.id", PcrEvidence.class).setParameter("m", migrantId).getResultList();
        audit.read("pcr-evidence.read", List.of(migrantId));
        return found.stream().map(PcrEvidenceView::of).toList();
    }

    /** The scan and its media type. */
    @Transactional
    public Scan scan(UUID migrantId, UUID evidenceId) {
        mayRead(caseOf(migrantId));
        PcrEvidence evidence = evidence(migrantId, evidenceId);
        if (evidence.scan == null) {
            throw new DomainProblem.NotFound("Certificate " + evidence.certificateNumber + " has no scan.");
        }
        audit.read("pcr-evidence.scan", List.of(migrantId));
        return new Scan(evidence.scan, evidence.scanType);
    }

    /** A scan's bytes and media type. */
    public record Scan(byte[] content, String mediaType) {
    }

    private void mayRead(ClearanceCase clearanceCase) {
        if (partner.hasRole(Roles.OPERATOR)) {
            return;
        }
        boolean border = BORDER_ROLES.stream().anyMatch(partner::hasRole);
        if (!border || clearanceCase.convoyId == null) {
            throw new DomainProblem.Forbidden("Person " + clearanceCase.migrantId + " is on no convoy's manifest: a "
                    + "border service sees the PCR evidence of the people on a manifest only.");
        }
    }

    private ClearanceCase caseOf(UUID migrantId) {
        return cases.findByMigrant(migrantId).orElseThrow(() -> new DomainProblem.NotFound(
                "There is no clearance case for person " + migrantId + "."));
    }

    private PcrEvidence evidence(UUID migrantId, UUID evidenceId) {
        PcrEvidence evidence = entityManager.find(PcrEvidence.class, evidenceId);
        if (evidence == null || !evidence.migrantId.equals(migrantId)) {
            throw new DomainProblem.NotFound("Person " + migrantId + " has no PCR evidence " + evidenceId + ".");
        }
        return evidence;
    }
}
