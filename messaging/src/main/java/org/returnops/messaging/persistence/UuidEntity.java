package org.returnops.messaging.persistence;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.util.UUID;

/** An entity named by a UUID the service gives it when it is created (a person, a case, a convoy). */
@MappedSuperclass
public abstract class UuidEntity extends IdentifiedEntity {

    @Id
    public UUID id;

    @Override
    protected Object identity() {
        return id;
    }
}
