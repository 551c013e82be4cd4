package org.returnops.consular.pcr;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import org.returnops.messaging.persistence.UuidEntity;

import java.time.Instant;
import java.util.UUID;

/** A PCR certificate as recorded from the paper, with its scan when one was uploaded. */
@Entity
public class PcrEvidence extends UuidEntity {

    public UUID migrantId;

    public UUID caseId;

    public String laboratory;

    public String certificateNumber;

    public Instant sampleTakenAt;

    public String result;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "scan")
    public byte[] scan;

    public String scanType;

    public Instant recordedAt;

    public String recordedBy;
}
