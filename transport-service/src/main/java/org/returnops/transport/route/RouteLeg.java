package org.returnops.transport.route;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import org.returnops.messaging.persistence.IdentifiedEntity;

import java.io.Serializable;

/** One stretch of a route; when it crosses a border it names the crossing. */
@Entity
public class RouteLeg extends IdentifiedEntity {

    @EmbeddedId
    public Key key;

    public String fromPlace;

    public String toPlace;

    public String crossingCode;

    public Integer distanceKm;

    public int position() {
        return key.position();
    }

    @Embeddable
    public record Key(@Column(name = "route_code") String routeCode, @Column(name = "position") int position)
            implements Serializable {
    }

    @Override
    protected Object identity() {
        return key;
    }
}
