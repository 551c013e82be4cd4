package org.returnops.registry.migrant;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import org.returnops.registry.duplicate.PersonKeys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MigrantRepository implements PanacheRepositoryBase<Migrant, UUID> {

    public Optional<Migrant> findByDocument(DocumentType type, String number, String issuingState) {
        return find("select d.migrant from MigrantDocument d where d.type = ?1 and d.number = ?2 and d.issuingState = ?3",
                type, number, issuingState).firstResultOptional();
    }

    /** Documents and status history of a record merged into another go to the kept record. */
    public void moveDocumentsAndHistory(UUID from, UUID to) {
        getEntityManager().createQuery("update MigrantDocument d set d.migrant.id = :to where d.migrant.id = :from")
                .setParameter("to", to).setParameter("from", from).executeUpdate();
        getEntityManager().createQuery("update StatusChange c set c.migrantId = :to where c.migrantId = :from")
                .setParameter("to", to).setParameter("from", from).executeUpdate();
    }

    /** The record as stored now, after bulk updates the persistence context did not see. */
    public Migrant refreshed(Migrant migrant) {
        getEntityManager().refresh(migrant);
        return migrant;
    }

    /** Recorded vulnerabilities, plus ELDERLY (65+) and UNACCOMPANIED_CHILD (under 18, no adult in the household). */
    public java.util.Set<Vulnerability> effectiveVulnerabilities(Migrant migrant, java.time.LocalDate today) {
        boolean adult = migrant.householdId != null && migrant.ageOn(today) < 18
                && hasAdultBesides(migrant.householdId, migrant.id, today.minusYears(18));
        return migrant.effectiveVulnerabilities(today, adult);
    }

    /** Whether someone else in the household was born on or before the date (is an adult). */
    public boolean hasAdultBesides(UUID householdId, UUID except, java.time.LocalDate bornBy) {
        return count("householdId = ?1 and id <> ?2 and dateOfBirth <= ?3", householdId, except, bornBy) > 0;
    }

    public List<Migrant> members(UUID householdId) {
        return list("householdId", Sort.by("dateOfBirth").and("id"), householdId);
    }

    /** The name keys of a record that may duplicate another. */
    public record Candidate(UUID id, PersonKeys keys) {
    }

    /**
     * Earlier records with the same birth date, as their stored name keys: the candidates for a likely
     * duplicate. Read as a projection from the covering index on (date_of_birth) with status and the keys,
     * so that a common birth date (01.01 of a year is frequent on documents) neither loads managed entities
     * nor transliterates anything. Does not flush first: the registration has written itself already.
     */
    public List<Candidate> bornOn(java.time.LocalDate dateOfBirth, UUID except) {
        List<?> rows = getEntityManager().createNativeQuery("""
                        select id, family_key_latin, given_key_latin, family_key_cyrillic, given_key_cyrillic from migrant
                        where date_of_birth = ?1 and id <> ?2 and status <> 'WITHDRAWN'""")
                .setParameter(1, dateOfBirth)
                .setParameter(2, except)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new Candidate((UUID) row[0],
                new PersonKeys((String) row[1], (String) row[2], (String) row[3], (String) row[4]))).toList();
    }

    /**
     * A search's filters as an HQL condition ("" for none) with its parameters.
     *
     * @param vulnerabilityAlone the vulnerability when it is the only condition: its matches are counted in the
     *        vulnerabilities' own table
     */
    public record Filter(String where, Parameters parameters, Optional<Vulnerability> vulnerabilityAlone) {

        /** The condition as a {@code where} clause, or nothing. */
        String clause() {
            return where.isEmpty() ? "" : " where " + where;
        }
    }

    /**
     * @param searchTerms phonetic keys that must all occur in the stored search text
     */
    public Filter filter(MigrantQuery query, List<String> searchTerms) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (query.status != null) {
            where.add("status = :status");
            parameters.and("status", MigrantStatus.valueOf(query.status));
        }
        if (query.vulnerability != null) {
            where.add(":vulnerability member of vulnerabilities");
            parameters.and("vulnerability", Vulnerability.valueOf(query.vulnerability));
        }
        if (query.site != null) {
            where.add("siteCode = :site");
            parameters.and("site", query.site);
        }
        if (query.household != null) {
            where.add("householdId = :household");
            parameters.and("household", query.household);
        }
        if (query.destinationRegion != null) {
            where.add("lower(destinationRegion) = lower(:region)");
            parameters.and("region", query.destinationRegion);
        }
        for (int i = 0; i < searchTerms.size(); i++) {
            where.add("searchText like :term" + i);
            parameters.and("term" + i, "%" + searchTerms.get(i) + "%");
        }
        Optional<Vulnerability> vulnerabilityAlone = where.size() == 1 && query.vulnerability != null
                ? Optional.of(Vulnerability.valueOf(query.vulnerability)) : Optional.empty();
        return new Filter(String.join(" and ", where), parameters, vulnerabilityAlone);
    }

    /** The query's order as an HQL {@code order by} list: the field asked for, then the id (ascending). */
    public static String orderBy(MigrantQuery query) {
        String[] order = query.sort.split(",");
        String field = switch (order[0]) {
            case "familyName" -> "familyNameLatin";
            default -> order[0];
        };
        boolean descending = order.length > 1 ? order[1].equals("desc") : field.equals("registeredAt");
        return field + (descending ? " desc" : "") + ", id";
    }

    /** Every person matching the filters, in the query's order (the export). */
    public PanacheQuery<Migrant> search(MigrantQuery query, List<String> searchTerms) {
        Filter filter = filter(query, searchTerms);
        return find((filter.where().isEmpty() ? "" : filter.where() + " ") + "order by " + orderBy(query),
                filter.parameters());
    }

    /**
     * The ids of one page of matches in the query's order. Only ids are read, so where an index holds the order
     * (and the filters' columns) PostgreSQL reads the index alone, and a later page skips the rows before it
     * without reading the table.
     */
    public List<UUID> pageOfIds(Filter filter, String orderBy, int page, int size) {
        var ids = getEntityManager().createQuery("select id from Migrant" + filter.clause() + " order by " + orderBy,
                UUID.class);
        filter.parameters().map().forEach(ids::setParameter);
        return ids.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /** The people with these ids, in the order of the ids. */
    public List<Migrant> inOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Migrant> found = new HashMap<>();
        list("id in ?1", ids).forEach(migrant -> found.put(migrant.id, migrant));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * How many people match, counting no further than {@code limit}: the ids of at most that many, in no order,
     * so PostgreSQL stops at the limit (HQL allows a limit in a subquery only with an order, which would cost
     * more than the ids).
     */
    public long countUpTo(Filter filter, int limit) {
        if (filter.vulnerabilityAlone().isPresent()) {
            // one row of migrant_vulnerability is one person with that vulnerability: counted from its index alone
            // (1-2 ms at a million people) instead of joining each of up to 10,001 back to the people (27 ms, and
            // 60-75 ms when PostgreSQL plans the join in parallel, as it did in most runs on two cores)
            return ((Number) getEntityManager().createNativeQuery("select count(*) from (select 1 from"
                            + " migrant_vulnerability where vulnerability = ?1 limit ?2) found")
                    .setParameter(1, filter.vulnerabilityAlone().get().name()).setParameter(2, limit)
                    .getSingleResult()).longValue();
        }
        var ids = getEntityManager().createQuery("select id from Migrant" + filter.clause(), UUID.class);
        filter.parameters().map().forEach(ids::setParameter);
        return ids.setMaxResults(limit).getResultList().size();
    }
}
