package org.returnops.consular.clearance;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.AvailableHints;
import org.returnops.consular.clearancecase.ClearanceCase;
import org.returnops.platform.paging.Paging;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ClearanceRepository implements PanacheRepositoryBase<Clearance, UUID> {

    public List<Clearance> ofCase(UUID caseId) {
        return list("caseId", Sort.by("type"), caseId);
    }

    /** A pending clearance with the case that holds what the authority is asked about. */
    public record Queued(Clearance clearance, ClearanceCase clearanceCase) {
    }

    /**
     * One page of an authority's pending work, oldest first, each with its case: one query whatever the
     * page size, served by the index on (authority, status, requested_at, id).
     */
    public List<Queued> queue(String authorityCode, Paging paging) {
        return getEntityManager().createQuery("""
                        select new org.returnops.consular.clearance.ClearanceRepository$Queued(c, k)
                        from Clearance c, ClearanceCase k
                        where c.authorityCode = :authority and c.status = :pending and k.id = c.caseId
                        order by c.requestedAt, c.id""", Queued.class)
                .setParameter("authority", authorityCode)
                .setParameter("pending", ClearanceStatus.PENDING)
                .setHint(AvailableHints.HINT_READ_ONLY, true)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultList();
    }

    /** How many clearances the authority has still to decide. */
    public long queueLength(String authorityCode) {
        return count("authorityCode = ?1 and status = ?2", authorityCode, ClearanceStatus.PENDING);
    }

    /** The clearances of the cases named (a page of cases), by type within each case. */
    public List<Clearance> ofCases(Collection<UUID> caseIds) {
        return caseIds.isEmpty() ? List.of() : list("caseId in ?1", Sort.by("caseId").and("type"), caseIds);
    }
}
