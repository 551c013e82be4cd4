package org.returnops.consular.clearancecase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.returnops.messaging.persistence.UuidEntity;

import java.time.Instant;
import java.util.UUID;

/** The clearances one person needs before boarding, opened when they register with consent. */
@Entity
public class ClearanceCase extends UuidEntity {

    @Column(unique = true)
    public UUID migrantId;

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    public String siteCode;

    public String nationality;

    public Instant openedAt;

    public String familyName;

    public String givenName;

    public java.time.LocalDate dateOfBirth;

    /** The person's identity documents as the registry announced them (JSON array of the contract's records). */
    public String documentsJson = "[]";

    public Instant closedAt;

    /** When the retention period ended and the person's data was removed; null while it is kept. */
    public Instant anonymisedAt;

    /** When the person's latest negative PCR test was taken. */
    public Instant pcrNegativeAt;

    /** The convoy the person has a seat in (migrant.assigned.v1), if any. */
    public UUID convoyId;

    /** When that convoy is planned to leave, once transport has announced it (convoy.planned.v1). */
    public Instant plannedDeparture;

    /**
     * When the person left on a convoy (convoy.departed.v1). From then on the clearances stand as they were at
     * departure: a grant that lapses on the road is not requested again, and no decision is taken back.
     */
    public Instant departedAt;

    /** The id of the event that opened the case, for tracing. */
    public String openedByEvent;
}
