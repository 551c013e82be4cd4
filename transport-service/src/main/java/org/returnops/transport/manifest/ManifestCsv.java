package org.returnops.transport.manifest;

import org.returnops.transport.convoy.Convoy;
import org.returnops.transport.pool.PoolPerson;

import java.util.Objects;

/**
 * The passenger list border posts receive in advance (RFC 4180: comma-separated, CRLF, fields quoted when they
 * hold a comma, quote or line break). Identity and seat needs only: vulnerabilities stay out of it, as border
 * posts need to know who crosses and what help they need, not why.
 */
final class ManifestCsv {

    static final String HEADER = "convoy_id,route_code,planned_departure,vehicle_plate,seat,migrant_id,family_name,"
            + "given_name,patronymic,sex,date_of_birth,nationality,document_type,document_number,household_id,"
            + "destination_region,seat_needs,status";

    private ManifestCsv() {
    }

    static void line(StringBuilder csv, Convoy convoy, String plate, ManifestEntry entry, PoolPerson person) {
        Object[] fields = {convoy.id, convoy.routeCode, convoy.plannedDeparture, plate, entry.seat, entry.migrantId(),
                person.familyName, person.givenName, person.patronymic, person.sex, person.dateOfBirth,
                person.nationality, person.documentType, person.documentNumber, entry.householdId,
                person.destinationRegion, person.seatNeeds.replace(',', ' '), entry.status};
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(escape(fields[i] == null ? "" : Objects.toString(fields[i])));
        }
        csv.append("\r\n");
    }

    /**
     * RFC 4180 quoting, and a leading apostrophe for a value a spreadsheet would run as a formula (one
     * starting with =, +, -, @, tab or carriage return): names come from many hands before they reach a
     * border post's spreadsheet (OWASP "CSV injection").
     */
    private static String escape(String raw) {
        String value = !raw.isEmpty() && "=+-@\t\r".indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
