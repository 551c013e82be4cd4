package org.returnops.registry.duplicate;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.returnops.testkit.PagedLists;
import org.returnops.testkit.SqlRows;

import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The list of likely duplicates with 100,000 flags behind it: one page at a time, oldest first, with the total. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuplicatePagingTest {

    private static final String PATH = "/api/v1/duplicates";
    private static final int FLAGS = 100_000;
    /** Each flag pairs two of these people, every pair once: the flags are many, the people need not be. */
    private static final int PEOPLE = 1_000;

    @Inject AgroalDataSource dataSource;

    private long openBefore;

    /** 1,000 people with 100,000 open flags between them, flagged one second apart in 2000; once, as the tests only read. */
    @BeforeAll
    void aHundredThousandOpenFlags() throws SQLException {
        openBefore = rows().count("select count(*) from duplicate_flag where status = 'OPEN'");
        rows().execute("""
                insert into migrant (id, site_code, family_name_latin, given_name_latin, sex, date_of_birth, nationality,
                    status, registered_at, search_text, family_key_latin, given_key_latin)
                select md5('paging-person-' || n)::uuid, 'KZ-ALMATY', 'Pagingtest', 'Person' || n, 'M',
                    date '1911-11-11', 'TJK', 'REGISTERED', timestamp with time zone '2000-01-01 00:00:00+00',
                    'pagingtest', 'pagingtest', 'person'
                from generate_series(0, %d) n""".formatted(PEOPLE - 1));
        rows().execute("""
                insert into duplicate_flag (id, migrant_id, candidate_id, score, status, flagged_at)
                select md5('paging-flag-' || n)::uuid, md5('paging-person-' || (n %% %d))::uuid,
                    md5('paging-person-' || ((n %% %d + 1 + n / %d) %% %d))::uuid, 0.950, 'OPEN',
                    timestamp with time zone '2000-01-01 00:00:00+00' + n * interval '1 second'
                from generate_series(1, %d) n""".formatted(PEOPLE, PEOPLE, PEOPLE, PEOPLE, FLAGS));
    }

    @AfterAll
    void removeRows() throws SQLException {
        rows().execute("delete from duplicate_flag where migrant_id in (select id from migrant where site_code = 'KZ-ALMATY' "
                + "and family_name_latin = 'Pagingtest')");
        rows().execute("delete from migrant where site_code = 'KZ-ALMATY' and family_name_latin = 'Pagingtest'");
    }

    @Test
    void aHundredThousandOpenFlagsAreListedOnePageAtATimeOldestFirstWithTheirTotal() throws SQLException {
        long total = openBefore + FLAGS;
        Response first = PagedLists.firstPage(PATH, Map.of(), 500, total, rows().generatedIds("paging-flag-", 1, 500));
        assertThat(first.jsonPath().getString("[0].migrant.nameLatin.given")).isEqualTo("Person1");
        assertThat(first.jsonPath().getString("[0].candidate.nameLatin.given")).isEqualTo("Person2");
        PagedLists.page(PATH, Map.of(), 2, 1000, total, rows().generatedIds("paging-flag-", 2001, 3000));
    }

    @Test
    void aPageOrSizeOutOfRangeIsABadRequestNamingTheParameter() {
        PagedLists.refusePagesOutOfRange(PATH, 1000);
    }

    @Test
    void theDocumentDescribesTheListAsItAnswers() {
        PagedLists.documented(PATH, 500, 1000);
    }

    private SqlRows rows() {
        return new SqlRows(dataSource);
    }
}
