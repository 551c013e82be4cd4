package org.returnops.consular.clearancecase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The clearances one person needs before boarding, opened when they register with consent. */
@Entity
@Table(name = "clearance_case")
public class ClearanceCase {

    @Id
    public UUID id;

    @Column(name = "migrant_id", nullable = false, unique = true)
    public UUID migrantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public CaseStatus status;

    @Column(name = "site_code", nullable = false, length = 32)
    public String siteCode;

    @Column(nullable = false, length = 3)
    public String nationality;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "family_name", length = 100)
    public String familyName;

    @Column(name = "given_name", length = 100)
    public String givenName;

    @Column(name = "date_of_birth")
    public java.time.LocalDate dateOfBirth;

    /** The person's identity documents as the registry announced them (JSON array of the contract's records). */
    @Column(name = "documents_json", nullable = false)
    public String documentsJson = "[]";

    @Column(name = "closed_at")
    public Instant closedAt;

    /** When the retention period ended and the person's data was removed; null while it is kept. */
    @Column(name = "anonymised_at")
    public Instant anonymisedAt;

    /** When the person's latest negative PCR test was taken. */
    @Column(name = "pcr_negative_at")
    public Instant pcrNegativeAt;

    /** The convoy the person has a seat in (migrant.assigned.v1), if any. */
    @Column(name = "convoy_id")
    public UUID convoyId;

    /** When that convoy is planned to leave, once transport has announced it (convoy.planned.v1). */
    @Column(name = "planned_departure")
    public Instant plannedDeparture;

    /** The id of the event that opened the case, for tracing. */
    @Column(name = "opened_by_event", nullable = false, length = 200)
    public String openedByEvent;

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ClearanceCase that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
