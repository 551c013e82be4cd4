package org.returnops.transport.manifest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ManifestEntryRepository implements PanacheRepositoryBase<ManifestEntry, ManifestEntry.Key> {

    public List<ManifestEntry> ofConvoy(UUID convoyId) {
        return list("key.convoyId", Sort.by("vehicleId").and("seat"), convoyId);
    }

    public Optional<ManifestEntry> ofPerson(UUID migrantId) {
        return find("key.migrantId", migrantId).firstResultOptional();
    }
}
