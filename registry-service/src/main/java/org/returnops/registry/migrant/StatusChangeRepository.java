package org.returnops.registry.migrant;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StatusChangeRepository implements PanacheRepository<StatusChange> {

    public List<StatusChange> history(UUID migrantId) {
        return list("migrantId", Sort.by("id"), migrantId);
    }
}
