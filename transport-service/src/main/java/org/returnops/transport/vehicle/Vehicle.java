package org.returnops.transport.vehicle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.returnops.messaging.persistence.UuidEntity;

import java.time.Instant;

/**
 * A bus or minibus a carrier puts at the operation's disposal. Seats are passenger seats numbered from the
 * front; the first {@code accessibleSeats} of them take a wheelchair or a person lying down.
 */
@Entity
public class Vehicle extends UuidEntity {

    @Column(unique = true)
    public String plate;

    public String carrier;

    public int seats;

    public int accessibleSeats;

    public String driverName;

    public String driverPhone;

    public Instant createdAt;

    /** When it was retired: no new convoy or route may use it; null while in use. */
    public Instant retiredAt;
}
