package org.returnops.consular.clearancecase;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ClearanceCaseRepository implements PanacheRepositoryBase<ClearanceCase, UUID> {

    public Optional<ClearanceCase> findByMigrant(UUID migrantId) {
        return find("migrantId", migrantId).firstResultOptional();
    }
}
