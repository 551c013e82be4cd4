package org.returnops.transport.convoy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.returnops.messaging.persistence.UuidEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A group of vehicles travelling one route together. Every change to it or its manifest bumps {@link #version},
 * so two operators editing the same convoy at once cannot both win: the second gets a 409.
 */
@Entity
public class Convoy extends UuidEntity {

    public String routeCode;

    public Instant plannedDeparture;

    @Enumerated(EnumType.STRING)
    public ConvoyStatus status;

    public String escortLead;

    public Instant departedAt;

    public Instant arrivedAt;

    public String receivedBy;

    @Version
    public long version;

    public Instant createdAt;

    public Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER, orphanRemoval = true)
    @JoinColumn(name = "convoy_id", insertable = false, updatable = false)
    @OrderBy("position")
    public List<ConvoyVehicle> vehicles = new ArrayList<>();

    public ConvoyVehicle vehicle(UUID vehicleId) {
        return vehicles.stream().filter(v -> v.key.vehicleId().equals(vehicleId)).findFirst().orElse(null);
    }

    /** Moves the convoy to the status, or refuses with 409 naming what is allowed ({@link ConvoyStatus}). */
    public void become(ConvoyStatus to) {
        if (!status.canBecome(to)) {
            throw new IllegalConvoyTransition(status, to);
        }
        status = to;
    }
}
