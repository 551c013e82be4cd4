package org.returnops.consular.authority;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class AuthorityRepository implements PanacheRepositoryBase<Authority, String> {

    public List<Authority> listByCountry(String country) {
        return country == null
                ? listAll(Sort.by("code"))
                : list("country", Sort.by("code"), country);
    }
}
