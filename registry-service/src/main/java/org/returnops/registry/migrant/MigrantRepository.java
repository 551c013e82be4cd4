package org.returnops.registry.migrant;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import org.returnops.registry.duplicate.PersonKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MigrantRepository implements PanacheRepositoryBase<Migrant, UUID> {

    public Optional<Migrant> findByDocument(DocumentType type, String number, String issuingState) {
        return find("select d.migrant from MigrantDocument d where d.type = ?1 and d.number = ?2 and d.issuingState = ?3",
                type, number, issuingState).firstResultOptional();
    }

    /** The people matching every filter given, in the order asked for. */
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
     * @param searchTerms phonetic keys that must all occur in the stored search text
     */
    public PanacheQuery<Migrant> search(MigrantQuery query, List<String> searchTerms) {
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
        String[] order = query.sort.split(",");
        String field = switch (order[0]) {
            case "familyName" -> "familyNameLatin";
            default -> order[0];
        };
        Sort sort = Sort.by(field, order.length > 1 && order[1].equals("asc") ? Sort.Direction.Ascending
                : order.length > 1 ? Sort.Direction.Descending
                : field.equals("registeredAt") ? Sort.Direction.Descending : Sort.Direction.Ascending)
                .and("id");
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, parameters);
    }
}
