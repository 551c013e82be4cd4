package org.returnops.registry.duplicate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DuplicateFlagRepository implements PanacheRepositoryBase<DuplicateFlag, UUID> {

    public List<DuplicateFlag> withStatus(DuplicateFlag.Status status) {
        return list("status", Sort.by("flaggedAt").and("id"), status);
    }
}
