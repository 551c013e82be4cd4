package org.returnops.consular.clearancecase;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CaseHistoryRepository implements PanacheRepositoryBase<CaseHistory, Long> {

    /** A case's history, oldest first. */
    public List<CaseHistory> ofCase(UUID caseId) {
        return list("caseId", Sort.by("id"), caseId);
    }

    /** The histories of the cases named (a page of cases), oldest entry first. */
    public List<CaseHistory> ofCases(Collection<UUID> caseIds) {
        return caseIds.isEmpty() ? List.of() : list("caseId in ?1", Sort.by("id"), caseIds);
    }
}
