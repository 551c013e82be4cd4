package org.returnops.messaging.reference;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.returnops.messaging.persistence.IdentifiedEntity;

import java.time.Instant;

/**
 * Reference data of a service (a staging site, a deciding authority, a border crossing, a route): a row the
 * operator adds under a permanent code of their choosing, with a name, and equal to another only by that code.
 */
@MappedSuperclass
public abstract class ReferenceEntity extends IdentifiedEntity {

    @Id
    public String code;

    public String name;

    public Instant createdAt;

    @Override
    protected Object identity() {
        return code;
    }
}
