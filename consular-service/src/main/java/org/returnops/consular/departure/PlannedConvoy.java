package org.returnops.consular.departure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A convoy transport has planned, with its planned departure: what every grant of its passengers must outlast. */
@Entity
@Table(name = "planned_convoy")
public class PlannedConvoy {

    @Id
    @Column(name = "convoy_id")
    public UUID convoyId;

    @Column(name = "planned_departure", nullable = false)
    public Instant plannedDeparture;

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PlannedConvoy that && convoyId != null && convoyId.equals(that.convoyId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(convoyId);
    }
}
