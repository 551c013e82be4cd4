package org.returnops.registry.duplicate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.returnops.messaging.persistence.UuidEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A pair of records that may be one person, waiting for a person to decide. */
@Entity
public class DuplicateFlag extends UuidEntity {

    public enum Status { OPEN, DISTINCT, MERGED }

    /** The record registered later. */
    public UUID migrantId;

    /** The earlier record it resembles. */
    public UUID candidateId;

    @Column(precision = 4, scale = 3)
    public BigDecimal score;

    @Enumerated(EnumType.STRING)
    public Status status;

    public Instant flaggedAt;

    public Instant resolvedAt;

    public String resolvedBy;

    public UUID keptId;
}
