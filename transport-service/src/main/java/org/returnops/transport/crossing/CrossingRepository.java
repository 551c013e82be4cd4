package org.returnops.transport.crossing;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.messaging.reference.ReferenceRepository;

@ApplicationScoped
public class CrossingRepository implements ReferenceRepository<Crossing> {

    /** Crossings that touch the country, on either side. */
    @Override
    public String inCountry() {
        return "exitCountry = ?1 or entryCountry = ?1";
    }
}
