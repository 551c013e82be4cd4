package org.returnops.consular.pcr;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A PCR certificate as recorded; {@code scanType} says whether a scan can be fetched (null: none uploaded). */
@Schema(name = "PcrEvidence")
public record PcrEvidenceView(UUID id, UUID migrantId, String laboratory, String certificateNumber,
        Instant sampleTakenAt, String result, String scanType, Instant recordedAt, String recordedBy) {

    static PcrEvidenceView of(PcrEvidence evidence) {
        return new PcrEvidenceView(evidence.id, evidence.migrantId, evidence.laboratory, evidence.certificateNumber,
                evidence.sampleTakenAt, evidence.result, evidence.scanType, evidence.recordedAt, evidence.recordedBy);
    }
}
