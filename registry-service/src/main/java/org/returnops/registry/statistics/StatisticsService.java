package org.returnops.registry.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts by status, vulnerability (including the derived elderly and unaccompanied children), site and
 * destination region, computed in the database.
 */
@ApplicationScoped
public class StatisticsService {

    @Inject EntityManager entityManager;

    @Transactional
    public StatisticsView statistics() {
        LocalDate today = LocalDate.now();
        long total = entityManager.createQuery("select count(m) from Migrant m", Long.class).getSingleResult();
        Map<String, Long> byVulnerability = counts(
                "select cast(v as String), count(m) from Migrant m join m.vulnerabilities v group by v");
        long elderly = entityManager.createQuery("select count(m) from Migrant m where m.dateOfBirth <= :born", Long.class)
                .setParameter("born", today.minusYears(65)).getSingleResult();
        long unaccompanied = entityManager.createQuery("""
                        select count(m) from Migrant m where m.dateOfBirth > :adult and (m.householdId is null
                        or not exists (select 1 from Migrant a where a.householdId = m.householdId and a.dateOfBirth <= :adult))""",
                        Long.class)
                .setParameter("adult", today.minusYears(18)).getSingleResult();
        if (elderly > 0) {
            byVulnerability.put("ELDERLY", elderly);
        }
        if (unaccompanied > 0) {
            byVulnerability.put("UNACCOMPANIED_CHILD", unaccompanied);
        }
        return new StatisticsView(total,
                counts("select cast(m.status as String), count(m) from Migrant m group by m.status"),
                byVulnerability,
                counts("select m.siteCode, count(m) from Migrant m group by m.siteCode"),
                counts("select coalesce(m.destinationRegion, 'unknown'), count(m) from Migrant m "
                        + "group by coalesce(m.destinationRegion, 'unknown')"));
    }

    private Map<String, Long> counts(String query) {
        Map<String, Long> counts = new TreeMap<>();
        List<Object[]> rows = entityManager.createQuery(query, Object[].class).getResultList();
        for (Object[] row : rows) {
            counts.put(String.valueOf(row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }
}
