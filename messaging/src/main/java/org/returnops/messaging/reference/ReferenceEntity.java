package org.returnops.messaging.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.Hibernate;

import java.time.Instant;
import java.util.Objects;

/**
 * Reference data of a service (a staging site, a deciding authority, a border crossing, a route): a row the
 * operator adds under a permanent code of their choosing, with a name, and equal to another only by that code.
 */
@MappedSuperclass
public abstract class ReferenceEntity {

    @Id
    @Column(length = 32)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ReferenceEntity entity && code != null
                && Hibernate.getClass(this) == Hibernate.getClass(entity) && code.equals(entity.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
