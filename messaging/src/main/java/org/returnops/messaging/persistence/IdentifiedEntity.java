package org.returnops.messaging.persistence;

import org.hibernate.Hibernate;

import java.util.Objects;

/**
 * An entity equal to another only by its identity, as a row is: two objects of one entity class with the same id
 * are one row, whether loaded in one session or two, and an unsaved one (no id yet) equals only itself. Hibernate's
 * lazy proxies are seen through. Every entity of the services extends it and names its identity once.
 */
public abstract class IdentifiedEntity {

    /** The value of the primary key (a code, a UUID, a composite key), null before it is given. */
    protected abstract Object identity();

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof IdentifiedEntity entity && identity() != null
                && Hibernate.getClass(this) == Hibernate.getClass(entity) && identity().equals(entity.identity());
    }

    @Override
    public final int hashCode() {
        return Objects.hashCode(identity());
    }
}
