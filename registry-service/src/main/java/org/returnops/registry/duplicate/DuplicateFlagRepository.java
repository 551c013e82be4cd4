package org.returnops.registry.duplicate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.AvailableHints;
import org.returnops.platform.paging.Paging;
import org.returnops.registry.migrant.Migrant;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DuplicateFlagRepository implements PanacheRepositoryBase<DuplicateFlag, UUID> {

    /** A flag with both records it pairs. */
    public record Flagged(DuplicateFlag flag, Migrant migrant, Migrant candidate) {
    }

    /**
     * One page of the flags in a status, oldest first, each with its two records: one query, whatever
     * the page size, served by the index on (status, flagged_at, id).
     */
    public List<Flagged> page(DuplicateFlag.Status status, Paging paging) {
        return getEntityManager().createQuery("""
                        select new org.returnops.registry.duplicate.DuplicateFlagRepository$Flagged(f, m, c)
                        from DuplicateFlag f, Migrant m, Migrant c
                        where f.status = :status and m.id = f.migrantId and c.id = f.candidateId
                        order by f.flaggedAt, f.id""", Flagged.class)
                .setParameter("status", status)
                .setHint(AvailableHints.HINT_READ_ONLY, true)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultList();
    }
}
