package org.returnops.transport.vehicle;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VehicleRepository implements PanacheRepositoryBase<Vehicle, UUID> {

    public List<Vehicle> listOrdered() {
        return listAll(Sort.by("plate"));
    }

    public Optional<Vehicle> findByPlate(String plate) {
        return find("plate", plate).firstResultOptional();
    }
}
