package org.returnops.transport.vehicle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A bus or minibus a carrier puts at the operation's disposal. Seats are passenger seats numbered from the
 * front; the first {@code accessibleSeats} of them take a wheelchair or a person lying down.
 */
@Entity
@Table(name = "vehicle")
public class Vehicle {

    @Id
    public UUID id;

    @Column(nullable = false, length = 20, unique = true)
    public String plate;

    @Column(nullable = false, length = 200)
    public String carrier;

    @Column(nullable = false)
    public int seats;

    @Column(name = "accessible_seats", nullable = false)
    public int accessibleSeats;

    @Column(name = "driver_name", nullable = false, length = 200)
    public String driverName;

    @Column(name = "driver_phone", length = 30)
    public String driverPhone;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When it was retired: no new convoy or route may use it; null while in use. */
    @Column(name = "retired_at")
    public Instant retiredAt;

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Vehicle vehicle && id != null && id.equals(vehicle.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
