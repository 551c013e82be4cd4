package org.returnops.consular.pcr;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A PCR certificate as recorded from the paper, with its scan when one was uploaded. */
@Entity
@Table(name = "pcr_evidence")
public class PcrEvidence {

    @Id
    public UUID id;

    @Column(name = "migrant_id", nullable = false)
    public UUID migrantId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false, length = 200)
    public String laboratory;

    @Column(name = "certificate_number", nullable = false, length = 100)
    public String certificateNumber;

    @Column(name = "sample_taken_at", nullable = false)
    public Instant sampleTakenAt;

    @Column(nullable = false, length = 10)
    public String result;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "scan")
    public byte[] scan;

    @Column(name = "scan_type", length = 40)
    public String scanType;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 200)
    public String recordedBy;

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PcrEvidence that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
