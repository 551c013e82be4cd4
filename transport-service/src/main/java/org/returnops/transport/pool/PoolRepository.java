package org.returnops.transport.pool;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.events.MigrantNoShow;
import org.returnops.transport.manifest.ManifestEntry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PoolRepository implements PanacheRepositoryBase<PoolPerson, UUID> {

    /**
     * The people a manifest may be built from: everyone eligible and on no manifest (a convoy that left without
     * them no longer counts), plus the members of their households who are still waiting for a clearance (so the
     * packer holds such a household back whole).
     */
    public List<PoolPerson> candidates() {
        List<PoolPerson> open = list("""
                registered = true and consentGiven = true and denied = false and withdrawn = false
                and not exists (select 1 from ManifestEntry e where e.key.migrantId = migrantId
                    and not (e.status = ?1 and e.noShowStage = ?2))""", ManifestEntry.Status.NO_SHOW,
                MigrantNoShow.DID_NOT_BOARD);
        Set<UUID> householdsWithEligible = new HashSet<>();
        open.stream().filter(PoolPerson::eligible).forEach(p -> {
            if (p.householdId != null) {
                householdsWithEligible.add(p.householdId);
            }
        });
        List<PoolPerson> candidates = new ArrayList<>();
        for (PoolPerson person : open) {
            if (person.eligible() || person.householdId != null && householdsWithEligible.contains(person.householdId)) {
                candidates.add(person);
            }
        }
        return candidates;
    }
}
