package org.returnops.transport.convoy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import org.returnops.messaging.persistence.IdentifiedEntity;

import java.io.Serializable;
import java.util.UUID;

/** A vehicle in a convoy, with the escort aboard it if any; active while the convoy holds its vehicles. */
@Entity
public class ConvoyVehicle extends IdentifiedEntity {

    @EmbeddedId
    public Key key;

    public int position;

    public String escort;

    public boolean active;

    public UUID vehicleId() {
        return key.vehicleId();
    }

    @Embeddable
    public record Key(@Column(name = "convoy_id") UUID convoyId, @Column(name = "vehicle_id") UUID vehicleId)
            implements Serializable {
    }

    @Override
    protected Object identity() {
        return key;
    }
}
