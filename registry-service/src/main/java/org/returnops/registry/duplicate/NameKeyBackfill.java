package org.returnops.registry.duplicate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * Gives the records written before name keys were stored their keys, once, at start: a record without
 * keys in either script is one written before (every record has a name in one script at least). Runs in
 * chunks, each its own transaction; on a registry that has none left it is one query.
 */
@ApplicationScoped
public class NameKeyBackfill {

    private static final Logger LOG = Logger.getLogger(NameKeyBackfill.class);
    private static final int CHUNK = 500;

    @Inject EntityManager entityManager;

    void onStart(@Observes StartupEvent start) {
        int filled = 0;
        int chunk;
        do {
            chunk = QuarkusTransaction.requiringNew().call(this::fillChunk);
            filled += chunk;
        } while (chunk == CHUNK);
        if (filled > 0) {
            LOG.infof("Stored the name keys of %d people registered before keys were stored", filled);
        }
    }

    private int fillChunk() {
        List<Object[]> rows = entityManager.createQuery("""
                        select m.id, m.familyNameLatin, m.givenNameLatin, m.familyNameCyrillic, m.givenNameCyrillic
                        from Migrant m where m.familyKeyLatin is null and m.familyKeyCyrillic is null""", Object[].class)
                .setMaxResults(CHUNK).getResultList();
        for (Object[] row : rows) {
            PersonKeys keys = PersonKeys.of(new PersonNames((String) row[1], (String) row[2], (String) row[3],
                    (String) row[4]));
            entityManager.createQuery("""
                            update Migrant m set m.familyKeyLatin = :familyLatin, m.givenKeyLatin = :givenLatin,
                            m.familyKeyCyrillic = :familyCyrillic, m.givenKeyCyrillic = :givenCyrillic where m.id = :id""")
                    .setParameter("familyLatin", keys.familyLatin()).setParameter("givenLatin", keys.givenLatin())
                    .setParameter("familyCyrillic", keys.familyCyrillic()).setParameter("givenCyrillic", keys.givenCyrillic())
                    .setParameter("id", (UUID) row[0]).executeUpdate();
        }
        return rows.size();
    }
}
