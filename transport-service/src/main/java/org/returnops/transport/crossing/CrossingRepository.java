package org.returnops.transport.crossing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class CrossingRepository implements PanacheRepositoryBase<Crossing, String> {

    /** Crossings that touch the country, on either side; all of them without a country. */
    public List<Crossing> listByCountry(String country) {
        return country == null
                ? listAll(Sort.by("code"))
                : list("exitCountry = ?1 or entryCountry = ?1", Sort.by("code"), country);
    }
}
