package org.returnops.consular.departure;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.returnops.messaging.persistence.IdentifiedEntity;

import java.time.Instant;
import java.util.UUID;

/** A convoy transport has planned, with its planned departure: what every grant of its passengers must outlast. */
@Entity
public class PlannedConvoy extends IdentifiedEntity {

    @Id
    public UUID convoyId;

    public Instant plannedDeparture;

    @Override
    protected Object identity() {
        return convoyId;
    }
}
