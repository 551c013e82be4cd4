package org.returnops.transport.convoy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A group of vehicles travelling one route together. Every change to it or its manifest bumps {@link #version},
 * so two operators editing the same convoy at once cannot both win: the second gets a 409.
 */
@Entity
@Table(name = "convoy")
public class Convoy {

    @Id
    public UUID id;

    @Column(name = "route_code", nullable = false, length = 32)
    public String routeCode;

    @Column(name = "planned_departure", nullable = false)
    public Instant plannedDeparture;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ConvoyStatus status;

    @Column(name = "escort_lead", length = 200)
    public String escortLead;

    @Column(name = "departed_at")
    public Instant departedAt;

    @Column(name = "arrived_at")
    public Instant arrivedAt;

    @Column(name = "received_by", length = 100)
    public String receivedBy;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
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

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Convoy convoy && id != null && id.equals(convoy.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
