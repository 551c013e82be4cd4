package org.returnops.transport.manifest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.events.MigrantNoShow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ManifestEntryRepository implements PanacheRepositoryBase<ManifestEntry, ManifestEntry.Key> {

    public List<ManifestEntry> ofConvoy(UUID convoyId) {
        return list("key.convoyId", Sort.by("vehicleId").and("seat"), convoyId);
    }

    /** The convoy's manifest by person, in seat order: what the hand-over and a departure count against. */
    public Map<UUID, ManifestEntry> ofConvoyByPerson(UUID convoyId) {
        Map<UUID, ManifestEntry> byPerson = new LinkedHashMap<>();
        ofConvoy(convoyId).forEach(entry -> byPerson.put(entry.migrantId(), entry));
        return byPerson;
    }

    /**
     * The one manifest line that still counts on the person: not that of a convoy that left without them (a
     * no-show at boarding), after which they may be seated again.
     */
    public Optional<ManifestEntry> ofPerson(UUID migrantId) {
        return find("key.migrantId = ?1 and not (status = ?2 and noShowStage = ?3)", migrantId,
                ManifestEntry.Status.NO_SHOW, MigrantNoShow.DID_NOT_BOARD).firstResultOptional();
    }
}
