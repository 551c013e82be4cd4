package org.returnops.consular.paging;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.returnops.consular.ConsularFlowSupport;
import org.returnops.testkit.PagedLists;
import org.returnops.testkit.SqlRows;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/**
 * An authority's queue and the list of cases with 100,000 people waiting: one page at a time, oldest
 * first, with the total, and one query per page whatever is behind it.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagedListsTest extends ConsularFlowSupport {

    private static final int PEOPLE = 100_000;
    private static final String AUTHORITY = "ZZ-PAGING";
    private static final String QUEUE = "/api/v1/authorities/" + AUTHORITY + "/queue";
    private static final String CASES = "/api/v1/clearance-cases";

    @Inject AgroalDataSource dataSource;

    private long casesBefore;

    /**
     * 100,000 people waiting for a test authority, requested (and their cases opened) one second apart in 2000; once
     * for the class, as the tests only read them.
     */
    @BeforeAll
    void hundredThousandWaiting() throws SQLException {
        casesBefore = rows().count("select count(*) from clearance_case");
        rows().execute("insert into authority (code, name, country, clearance, partner_role) values ('" + AUTHORITY
                + "', 'Paging test authority', 'KAZ', 'KZ_EXIT', 'kz-migration')");
        rows().execute("""
                insert into clearance_case (id, migrant_id, status, site_code, nationality, opened_at, opened_by_event,
                    family_name, given_name, date_of_birth, documents_json)
                select md5('paging-case-' || n)::uuid, md5('paging-migrant-' || n)::uuid, 'OPEN', 'KZ-ZHIBEK-ZHOLY',
                    'TJK', timestamp with time zone '2000-01-01 00:00:00+00' + n * interval '1 second', 'paging-test',
                    'Pagingtest', 'Person' || n, date '1990-01-01', '[]'
                from generate_series(1, %d) n""".formatted(PEOPLE));
        rows().execute("""
                insert into clearance (id, case_id, migrant_id, type, authority_code, status, requested_at)
                select md5('paging-clearance-' || n)::uuid, md5('paging-case-' || n)::uuid,
                    md5('paging-migrant-' || n)::uuid, 'KZ_EXIT', '%s', 'PENDING',
                    timestamp with time zone '2000-01-01 00:00:00+00' + n * interval '1 second'
                from generate_series(1, %d) n""".formatted(AUTHORITY, PEOPLE));
    }

    @AfterAll
    void removeRows() throws SQLException {
        rows().execute("delete from clearance where authority_code = '" + AUTHORITY + "'");
        rows().execute("delete from clearance_case where opened_by_event = 'paging-test'");
        rows().execute("delete from authority where code = '" + AUTHORITY + "'");
    }

    @Test
    void theQueueOfAHundredThousandAnswersItsOldestPageWithTheLength() throws SQLException {
        PagedLists.firstPage(QUEUE, Map.of(), 500, PEOPLE, rows().generatedIds("paging-clearance-", 1, 500))
                .then().body("[0].person.nameLatin.given", equalTo("Person1"));
        PagedLists.page(QUEUE, Map.of(), 99, 1000, PEOPLE, rows().generatedIds("paging-clearance-", 99_001, 100_000));
        PagedLists.page(QUEUE, Map.of(), 100, 1000, PEOPLE, List.of());
    }

    @Test
    void theCasesOfAHundredThousandAreListedOnePageAtATimeOldestFirst() throws SQLException {
        PagedLists.page(CASES, Map.of("authority", AUTHORITY), 0, 200, PEOPLE, rows().generatedIds("paging-case-", 1, 200))
                .then().body("[0].clearances.size()", equalTo(1))
                .body("[0].clearances[0].authorityCode", equalTo(AUTHORITY));
        PagedLists.firstPage(CASES, Map.of(), 500, casesBefore + PEOPLE, rows().generatedIds("paging-case-", 1, 500));
    }

    @Test
    void aPageOrSizeOutOfRangeIsABadRequestNamingTheParameter() {
        PagedLists.refusePagesOutOfRange("/api/v1/authorities/UZ-BORDER/queue", 1000);
        PagedLists.refusePagesOutOfRange(CASES, 1000);
    }

    @Test
    void theDocumentDescribesBothListsAsTheyAnswer() {
        PagedLists.documented("/api/v1/authorities/{code}/queue", 500, 1000);
        PagedLists.documented(CASES, 500, 1000);
    }

    private SqlRows rows() {
        return new SqlRows(dataSource);
    }
}
