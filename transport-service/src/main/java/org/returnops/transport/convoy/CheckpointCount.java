package org.returnops.transport.convoy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import org.returnops.messaging.persistence.IdentifiedEntity;

import java.io.Serializable;
import java.util.UUID;

/** The people counted in one vehicle at a checkpoint, and those expected (who boarded it). */
@Entity
public class CheckpointCount extends IdentifiedEntity {

    @EmbeddedId
    public Key key;

    public int expected;

    public int counted;

    @Embeddable
    public record Key(@Column(name = "checkpoint_id") UUID checkpointId, @Column(name = "vehicle_id") UUID vehicleId)
            implements Serializable {
    }

    @Override
    protected Object identity() {
        return key;
    }
}
