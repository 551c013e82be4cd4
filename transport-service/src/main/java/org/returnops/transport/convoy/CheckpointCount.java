package org.returnops.transport.convoy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The people counted in one vehicle at a checkpoint, and those expected (who boarded it). */
@Entity
@Table(name = "checkpoint_count")
public class CheckpointCount {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public int expected;

    @Column(nullable = false)
    public int counted;

    @Embeddable
    public record Key(@Column(name = "checkpoint_id") UUID checkpointId, @Column(name = "vehicle_id") UUID vehicleId)
            implements Serializable {
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CheckpointCount count && key != null && key.equals(count.key);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(key);
    }
}
