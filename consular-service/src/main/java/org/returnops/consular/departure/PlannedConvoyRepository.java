package org.returnops.consular.departure;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class PlannedConvoyRepository implements PanacheRepositoryBase<PlannedConvoy, UUID> {
}
