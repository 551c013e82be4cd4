package org.returnops.registry.duplicate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A pair of records that may be one person, waiting for a person to decide. */
@Entity
@Table(name = "duplicate_flag")
public class DuplicateFlag {

    public enum Status { OPEN, DISTINCT, MERGED }

    @Id
    public UUID id;

    /** The record registered later. */
    @Column(name = "migrant_id", nullable = false)
    public UUID migrantId;

    /** The earlier record it resembles. */
    @Column(name = "candidate_id", nullable = false)
    public UUID candidateId;

    @Column(nullable = false, precision = 4, scale = 3)
    public BigDecimal score;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status;

    @Column(name = "flagged_at", nullable = false)
    public Instant flaggedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by", length = 200)
    public String resolvedBy;

    @Column(name = "kept_id")
    public UUID keptId;

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof DuplicateFlag flag && id != null && id.equals(flag.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
