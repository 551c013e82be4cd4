package org.returnops.consular.traveldocument;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A certificate of return: the Tajik embassy's travel document for one journey home. */
@Entity
@Table(name = "travel_document")
public class TravelDocument {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "migrant_id", nullable = false)
    public UUID migrantId;

    @Column(nullable = false, length = 40)
    public String number;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    @Column(name = "issued_by", nullable = false, length = 200)
    public String issuedBy;

    /** Single use: set when the person has travelled on it. */
    @Column(nullable = false)
    public boolean used;

    @Column(name = "used_at")
    public Instant usedAt;

    /** The convoy the person left on with this certificate. */
    @Column(name = "used_on_convoy")
    public UUID usedOnConvoy;

    public boolean validOn(LocalDate day) {
        return !used && !day.isBefore(issuedOn) && !day.isAfter(validUntil);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof TravelDocument document && id != null && id.equals(document.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
