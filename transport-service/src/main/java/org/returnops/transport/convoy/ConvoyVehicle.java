package org.returnops.transport.convoy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A vehicle in a convoy, with the escort aboard it if any; active while the convoy holds its vehicles. */
@Entity
@Table(name = "convoy_vehicle")
public class ConvoyVehicle {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public int position;

    @Column(length = 200)
    public String escort;

    @Column(nullable = false)
    public boolean active;

    public UUID vehicleId() {
        return key.vehicleId();
    }

    @Embeddable
    public record Key(@Column(name = "convoy_id") UUID convoyId, @Column(name = "vehicle_id") UUID vehicleId)
            implements Serializable {
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ConvoyVehicle vehicle && key != null && key.equals(vehicle.key);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(key);
    }
}
