package org.returnops.registry.site;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class SiteRepository implements PanacheRepositoryBase<Site, String> {

    public List<Site> listByCountry(String country) {
        return country == null
                ? listAll(Sort.by("code"))
                : list("country", Sort.by("code"), country);
    }
}
