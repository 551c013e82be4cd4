package org.returnops.consular.clearance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.returnops.consular.authority.ClearanceType;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One authority's clearance of one person for one step of the route. */
@Entity
@Table(name = "clearance")
public class Clearance {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "migrant_id", nullable = false)
    public UUID migrantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public ClearanceType type;

    @Column(name = "authority_code", nullable = false, length = 32)
    public String authorityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ClearanceStatus status;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(length = 500)
    public String reason;

    @Column(name = "reference_number", length = 100)
    public String referenceNumber;

    @Column(name = "valid_until")
    public Instant validUntil;

    @Column(name = "decided_by", length = 200)
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** The id of the inbound decision that decided it, when an authority system did. */
    @Column(name = "decision_id", length = 200)
    public String decisionId;

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Clearance clearance && id != null && id.equals(clearance.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
