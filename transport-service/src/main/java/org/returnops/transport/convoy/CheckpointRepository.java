package org.returnops.transport.convoy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CheckpointRepository implements PanacheRepositoryBase<Checkpoint, UUID> {

    /** The convoy's checkpoints in the order they were recorded. */
    public List<Checkpoint> ofConvoy(UUID convoyId) {
        return list("convoyId", Sort.by("recordedAt").and("id"), convoyId);
    }
}
