package org.returnops.transport.manifest;

import org.returnops.platform.csv.CsvColumns;
import org.returnops.transport.convoy.Convoy;
import org.returnops.transport.pool.PoolPerson;

/**
 * The passenger list border posts receive in advance, in the platform's CSV format (RFC 4180, UTF-8 with a
 * byte-order mark, formulas guarded). Identity and seat needs only: vulnerabilities stay out of it, as border
 * posts need to know who crosses and what help they need, not why.
 */
final class ManifestCsv {

    private record Line(Convoy convoy, String plate, ManifestEntry entry, PoolPerson person) {
    }

    private static final CsvColumns<Line> COLUMNS = CsvColumns.<Line>builder()
            .column("convoy_id", l -> l.convoy.id)
            .column("route_code", l -> l.convoy.routeCode)
            .column("planned_departure", l -> l.convoy.plannedDeparture)
            .column("vehicle_plate", Line::plate)
            .column("seat", l -> l.entry.seat)
            .column("migrant_id", l -> l.entry.migrantId())
            .column("family_name", l -> l.person.familyName)
            .column("given_name", l -> l.person.givenName)
            .column("patronymic", l -> l.person.patronymic)
            .column("sex", l -> l.person.sex)
            .column("date_of_birth", l -> l.person.dateOfBirth)
            .column("nationality", l -> l.person.nationality)
            .column("document_type", l -> l.person.documentType)
            .column("document_number", l -> l.person.documentNumber)
            .column("household_id", l -> l.entry.householdId)
            .column("destination_region", l -> l.person.destinationRegion)
            .column("seat_needs", l -> l.person.seatNeeds.replace(',', ' '))
            .column("status", l -> l.entry.status)
            .build();

    /** The byte-order mark and the header names; the caller ends the line. */
    static final String HEADER = COLUMNS.header().stripTrailing();

    private ManifestCsv() {
    }

    static void line(StringBuilder csv, Convoy convoy, String plate, ManifestEntry entry, PoolPerson person) {
        csv.append(COLUMNS.line(new Line(convoy, plate, entry, person)));
    }
}
