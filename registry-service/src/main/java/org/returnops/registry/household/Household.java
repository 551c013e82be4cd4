package org.returnops.registry.household;

import jakarta.persistence.Entity;
import org.returnops.messaging.persistence.UuidEntity;

import java.time.Instant;
import java.util.UUID;

/** People who travel together, always in one vehicle; members point to it (migrant.household_id). */
@Entity
public class Household extends UuidEntity {

    public UUID headId;

    public Instant createdAt;
}
