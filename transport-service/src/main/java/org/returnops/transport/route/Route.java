package org.returnops.transport.route;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.returnops.messaging.reference.ReferenceEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** A way home: its legs in travel order, some of them border crossings. Reference data managed through the API. */
@Entity
public class Route extends ReferenceEntity {

    public String origin;

    public String destination;

    public Instant retiredAt;

    @OneToMany(fetch = FetchType.EAGER)
    @JoinColumn(name = "route_code", insertable = false, updatable = false)
    @OrderBy("key.position")
    public List<RouteLeg> legs = new ArrayList<>();

    /** The destination regions the route serves, as the registry writes them ({@code Sughd}, {@code Khatlon}). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "route_region", joinColumns = @JoinColumn(name = "route_code"))
    @Column(name = "region")
    public Set<String> regions = new TreeSet<>();

    /** The border crossings of the route, in travel order. */
    public List<String> crossingCodes() {
        return legs.stream().map(leg -> leg.crossingCode).filter(Objects::nonNull).toList();
    }

    /** Whether a person bound for the region rides this route; regions compare without regard to case. */
    public boolean serves(String region) {
        return region != null && regions.stream().anyMatch(r -> r.equalsIgnoreCase(region.strip()));
    }
}
