package org.returnops.messaging.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.returnops.platform.paging.Paging;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the audit trail for the auditor: filtered by person, partner and time, newest first, a page at a time. */
@ApplicationScoped
public class AuditTrail {

    @Inject EntityManager entityManager;

    @Transactional
    public AuditPage search(AuditQuery query) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        query.personId().ifPresent(person -> {
            where.add("cast(:person as uuid) = any(people)");
            parameters.put("person", person.toString());
        });
        query.partnerId().ifPresent(partner -> {
            where.add("partner = :partner");
            parameters.put("partner", partner);
        });
        query.fromInstant().ifPresent(from -> {
            where.add("at >= :from");
            parameters.put("from", OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC));
        });
        query.toInstant().ifPresent(to -> {
            where.add("at < :to");
            parameters.put("to", OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC));
        });
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        Query count = entityManager.createNativeQuery("select count(*) from audit_record" + filter);
        Query rows = entityManager.createNativeQuery("select id, at, partner, organisation, action, operation, "
                + "cast(people as text), detail, request_id from audit_record" + filter + " order by id desc");
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        Paging paging = query.paging();
        rows.setFirstResult(paging.offset()).setMaxResults(paging.size());
        List<AuditRecordView> items = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            Object[] columns = (Object[]) row;
            items.add(new AuditRecordView(((Number) columns[0]).longValue(), instant(columns[1]),
                    (String) columns[2], (String) columns[3], (String) columns[4], (String) columns[5],
                    people((String) columns[6]), (String) columns[7], (String) columns[8]));
        }
        return new AuditPage(items, paging.page(), paging.size(), total);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp " + value.getClass());
    }

    /** PostgreSQL's text form of a uuid[]: {a,b}. */
    private static List<UUID> people(String array) {
        String inner = array.substring(1, array.length() - 1);
        return inner.isEmpty() ? List.of() : Arrays.stream(inner.split(",")).map(UUID::fromString).toList();
    }
}
