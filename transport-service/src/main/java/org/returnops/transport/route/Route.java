package org.returnops.transport.route;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A way home: its legs in travel order, some of them border crossings. Reference data from a migration. */
@Entity
@Table(name = "route")
public class Route {

    @Id
    @Column(length = 32)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false, length = 100)
    public String origin;

    @Column(nullable = false, length = 100)
    public String destination;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @OneToMany(fetch = FetchType.EAGER)
    @JoinColumn(name = "route_code", insertable = false, updatable = false)
    @OrderBy("key.position")
    public List<RouteLeg> legs = new ArrayList<>();

    /** The border crossings of the route, in travel order. */
    public List<String> crossingCodes() {
        return legs.stream().map(leg -> leg.crossingCode).filter(Objects::nonNull).toList();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Route route && code != null && code.equals(route.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
