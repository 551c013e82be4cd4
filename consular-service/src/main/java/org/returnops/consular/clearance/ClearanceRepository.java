package org.returnops.consular.clearance;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ClearanceRepository implements PanacheRepositoryBase<Clearance, UUID> {

    public List<Clearance> ofCase(UUID caseId) {
        return list("caseId", Sort.by("type"), caseId);
    }

    /** An authority's pending work, oldest first. */
    public List<Clearance> queue(String authorityCode) {
        return list("authorityCode = ?1 and status = ?2", Sort.by("requestedAt").and("id"), authorityCode,
                ClearanceStatus.PENDING);
    }
}
