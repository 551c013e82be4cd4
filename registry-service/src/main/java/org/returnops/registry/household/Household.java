package org.returnops.registry.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** People who travel together, always in one vehicle; members point to it (migrant.household_id). */
@Entity
@Table(name = "household")
public class Household {

    @Id
    public UUID id;

    @Column(name = "head_id", nullable = false)
    public UUID headId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Household household && id != null && id.equals(household.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
