package org.returnops.consular.clearancecase;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CaseHistoryRepository implements PanacheRepositoryBase<CaseHistory, Long> {

    /** A case's history, oldest first. */
    public List<CaseHistory> ofCase(UUID caseId) {
        return list("caseId", Sort.by("id"), caseId);
    }
}
