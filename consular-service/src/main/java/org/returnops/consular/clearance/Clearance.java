package org.returnops.consular.clearance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.returnops.consular.authority.ClearanceType;
import org.returnops.messaging.persistence.UuidEntity;

import java.time.Instant;
import java.util.UUID;

/** One authority's clearance of one person for one step of the route. */
@Entity
public class Clearance extends UuidEntity {

    public UUID caseId;

    public UUID migrantId;

    @Enumerated(EnumType.STRING)
    public ClearanceType type;

    public String authorityCode;

    @Enumerated(EnumType.STRING)
    public ClearanceStatus status;

    public Instant requestedAt;

    public String reason;

    public String referenceNumber;

    public Instant validUntil;

    public String decidedBy;

    public Instant decidedAt;

    /** The id of the inbound decision that decided it, when an authority system did. */
    public String decisionId;
}
