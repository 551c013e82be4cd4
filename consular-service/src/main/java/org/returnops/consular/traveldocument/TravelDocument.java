package org.returnops.consular.traveldocument;

import jakarta.persistence.Entity;
import org.returnops.messaging.persistence.UuidEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A certificate of return: the Tajik embassy's travel document for one journey home. */
@Entity
public class TravelDocument extends UuidEntity {

    public UUID caseId;

    public UUID migrantId;

    public String number;

    public LocalDate issuedOn;

    public LocalDate validUntil;

    public String issuedBy;

    /** Single use: set when the person has travelled on it. */
    public boolean used;

    public Instant usedAt;

    /** The convoy the person left on with this certificate. */
    public UUID usedOnConvoy;

    public boolean validOn(LocalDate day) {
        return !used && !day.isBefore(issuedOn) && !day.isAfter(validUntil);
    }
}
