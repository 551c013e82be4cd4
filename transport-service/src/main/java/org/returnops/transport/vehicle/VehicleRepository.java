package org.returnops.transport.vehicle;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.platform.paging.Page;
import org.returnops.platform.paging.Paging;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VehicleRepository implements PanacheRepositoryBase<Vehicle, UUID> {

    /** One page of the vehicles, ordered by plate (unique), with the number of all vehicles. */
    public Page<Vehicle> page(Paging paging) {
        PanacheQuery<Vehicle> all = findAll(Sort.by("plate"));
        return new Page<>(all.page(paging.page(), paging.size()).list(), all.count());
    }

    public Optional<Vehicle> findByPlate(String plate) {
        return find("plate", plate).firstResultOptional();
    }
}
