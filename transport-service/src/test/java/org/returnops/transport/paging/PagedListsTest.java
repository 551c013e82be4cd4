package org.returnops.transport.paging;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.returnops.testkit.PagedLists;
import org.returnops.testkit.SqlRows;

import java.sql.SQLException;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** Vehicles and convoys with 100,000 rows behind each list: one page at a time, in order, with the total. */
@QuarkusTest
class PagedListsTest {

    private static final int ROWS = 100_000;

    @Inject AgroalDataSource dataSource;

    @AfterEach
    void removeRows() throws SQLException {
        rows().execute("delete from convoy where escort_lead = 'paging-test'");
        rows().execute("delete from vehicle where carrier = 'paging-test'");
    }

    @Test
    void aHundredThousandVehiclesAreListedOnePageAtATimeByPlate() throws SQLException {
        long before = rows().count("select count(*) from vehicle");
        rows().execute("""
                insert into vehicle (id, plate, carrier, seats, accessible_seats, driver_name, created_at)
                select md5('paging-vehicle-' || n)::uuid, '00-' || lpad(n::text, 6, '0'), 'paging-test', 45, 0,
                    'Driver ' || n, now()
                from generate_series(1, %d) n""".formatted(ROWS));

        PagedLists.firstPage("/api/v1/vehicles", Map.of(), 500, before + ROWS, rows().generatedIds("paging-vehicle-", 1, 500))
                .then().body("[0].plate", equalTo("00-000001"));
    }

    @Test
    void aHundredThousandConvoysAreListedOnePageAtATimeByPlannedDeparture() throws SQLException {
        long before = rows().count("select count(*) from convoy where status = 'CANCELLED'");
        rows().execute("""
                insert into convoy (id, route_code, planned_departure, status, escort_lead, version, created_at,
                    updated_at)
                select md5('paging-convoy-' || n)::uuid, 'KZ-UZ-TJ-KHUJAND',
                    timestamp with time zone '2000-01-01 00:00:00+00' + n * interval '1 second', 'CANCELLED',
                    'paging-test', 0, now(), now()
                from generate_series(1, %d) n""".formatted(ROWS));

        PagedLists.page("/api/v1/convoys", Map.of("status", "CANCELLED"), 0, 1000, before + ROWS,
                rows().generatedIds("paging-convoy-", 1, 1000));
    }

    @Test
    void aPageOrSizeOutOfRangeIsABadRequestNamingTheParameter() {
        PagedLists.refusePagesOutOfRange("/api/v1/vehicles", 1000);
        PagedLists.refusePagesOutOfRange("/api/v1/convoys", 1000);
    }

    @Test
    void theDocumentDescribesBothListsAsTheyAnswer() {
        PagedLists.documented("/api/v1/vehicles", 500, 1000);
        PagedLists.documented("/api/v1/convoys", 500, 1000);
    }

    private SqlRows rows() {
        return new SqlRows(dataSource);
    }
}
