package org.returnops.registry.migrant;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class MigrantRepository implements PanacheRepositoryBase<Migrant, UUID> {
}
