package org.returnops.registry.migrant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.jpa.HibernateHints;
import org.returnops.messaging.audit.Audit;
import org.returnops.platform.csv.CsvColumns;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The registry as CSV (the platform's format: snake_case columns, UTF-8 with a byte-order mark, formulas
 * guarded), streamed row by row from a database cursor: 100,000 people never sit in memory at once.
 * Same filters as the search; every export is audited.
 */
@ApplicationScoped
public class MigrantExport {

    private static final int FETCH = 500;
    private static final CsvColumns<Migrant> COLUMNS = CsvColumns.<Migrant>builder()
            .column("migrant_id", m -> m.id)
            .column("family_name_latin", m -> m.familyNameLatin)
            .column("given_name_latin", m -> m.givenNameLatin)
            .column("family_name_cyrillic", m -> m.familyNameCyrillic)
            .column("given_name_cyrillic", m -> m.givenNameCyrillic)
            .column("sex", m -> m.sex)
            .column("date_of_birth", m -> m.dateOfBirth)
            .column("nationality", m -> m.nationality)
            .column("site_code", m -> m.siteCode)
            .column("destination_region", m -> m.destinationRegion)
            .column("household_id", m -> m.householdId)
            .column("status", m -> m.status)
            .column("registered_at", m -> m.registeredAt)
            .build();

    @Inject MigrantRepository migrants;
    @Inject EntityManager entityManager;
    @Inject Audit audit;

    public void audit(MigrantQuery query) {
        QuarkusTransaction.requiringNew().run(() -> audit.record(Audit.Action.EXPORT, "migrant.export.csv",
                List.of(), query.describe()));
    }

    /** Writes every matching person to the stream, in the query's order. */
    public void write(MigrantQuery query, List<String> terms, OutputStream out) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (CsvColumns.Output<Migrant> writer = COLUMNS.open(out);
                    Stream<Migrant> rows = migrants.search(query, terms)
                            .withHint(HibernateHints.HINT_FETCH_SIZE, FETCH)
                            .withHint(HibernateHints.HINT_READ_ONLY, true)
                            .stream()) {
                Iterator<Migrant> iterator = rows.iterator();
                int written = 0;
                while (iterator.hasNext()) {
                    writer.write(iterator.next());
                    if (++written % FETCH == 0) {
                        writer.flush();
                        entityManager.clear();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
