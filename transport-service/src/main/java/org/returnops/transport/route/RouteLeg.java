package org.returnops.transport.route;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** One stretch of a route; when it crosses a border it names the crossing. */
@Entity
@Table(name = "route_leg")
public class RouteLeg {

    @EmbeddedId
    public Key key;

    @Column(name = "from_place", nullable = false, length = 100)
    public String fromPlace;

    @Column(name = "to_place", nullable = false, length = 100)
    public String toPlace;

    @Column(name = "crossing_code", length = 32)
    public String crossingCode;

    @Column(name = "distance_km")
    public Integer distanceKm;

    public int position() {
        return key.position();
    }

    @Embeddable
    public record Key(@Column(name = "route_code") String routeCode, @Column(name = "position") int position)
            implements Serializable {
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof RouteLeg leg && key != null && key.equals(leg.key);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(key);
    }
}
