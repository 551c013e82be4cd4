package org.returnops.transport.route;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class RouteRepository implements PanacheRepositoryBase<Route, String> {

    public List<Route> listOrdered() {
        return listAll(Sort.by("code"));
    }

    public Route get(String code) {
        return findByIdOptional(code).orElseThrow(() -> new RouteNotFound(code));
    }
}
