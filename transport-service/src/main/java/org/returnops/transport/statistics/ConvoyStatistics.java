package org.returnops.transport.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.returnops.transport.convoy.ConvoyStatus;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The figures per convoy, computed by PostgreSQL in one query over the convoys and their manifests. */
@ApplicationScoped
public class ConvoyStatistics {

    @Inject EntityManager entityManager;

    /** Every convoy by planned departure, with the people on its manifest counted by how far they came. */
    @Transactional
    public List<ConvoyStatisticsView> perConvoy() {
        List<?> rows = entityManager.createNativeQuery("""
                select c.id, c.route_code, c.status, c.planned_departure,
                       count(e.migrant_id),
                       count(e.migrant_id) filter (where e.status in ('BOARDED', 'ARRIVED')
                           or e.status = 'NO_SHOW' and e.no_show_stage = 'ARRIVAL'),
                       count(e.migrant_id) filter (where e.status = 'ARRIVED'),
                       count(e.migrant_id) filter (where e.status = 'NO_SHOW')
                from convoy c left join manifest_entry e on e.convoy_id = c.id
                group by c.id order by c.planned_departure, c.created_at, c.id""").getResultList();
        return rows.stream().map(row -> {
            Object[] c = (Object[]) row;
            return new ConvoyStatisticsView((UUID) c[0], (String) c[1], ConvoyStatus.valueOf((String) c[2]),
                    instant(c[3]), number(c[4]), number(c[5]), number(c[6]), number(c[7]));
        }).toList();
    }

    private static Long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant() : value instanceof Instant i ? i
                : ((Timestamp) value).toInstant();
    }
}
