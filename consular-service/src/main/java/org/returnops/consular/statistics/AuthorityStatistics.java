package org.returnops.consular.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The figures per authority, computed by PostgreSQL in one query over the clearances. */
@ApplicationScoped
public class AuthorityStatistics {

    @Inject EntityManager entityManager;

    /** Every authority with clearances requested since the instant (all of them without one), by code. */
    public List<AuthorityStatisticsView> perAuthority(Instant since) {
        Query query = entityManager.createNativeQuery("""
                select authority_code,
                       count(*) filter (where status = 'PENDING'),
                       count(*) filter (where status = 'GRANTED'),
                       count(*) filter (where status = 'DENIED'),
                       percentile_cont(0.5) within group (order by extract(epoch from decided_at - requested_at))
                           filter (where status in ('GRANTED', 'DENIED') and decided_at is not null),
                       percentile_cont(0.9) within group (order by extract(epoch from decided_at - requested_at))
                           filter (where status in ('GRANTED', 'DENIED') and decided_at is not null)
                from clearance
                where cast(:since as timestamptz) is null or requested_at >= cast(:since as timestamptz)
                group by authority_code
                order by authority_code""");
        query.setParameter("since", since == null ? null : Timestamp.from(since));
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> {
            Object[] columns = (Object[]) row;
            return new AuthorityStatisticsView((String) columns[0], number(columns[1]), number(columns[2]),
                    number(columns[3]), seconds(columns[4]), seconds(columns[5]));
        }).toList();
    }

    private static Long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Double seconds(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
