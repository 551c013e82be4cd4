package org.returnops.consular.paging;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.returnops.consular.ConsularFlowSupport;
import org.returnops.testkit.SqlRows;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.returnops.testkit.Partners.asOperator;

/**
 * An authority's queue and the list of cases with 100,000 people waiting: one page at a time, oldest
 * first, with the total, and one query per page whatever is behind it.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagedListsTest extends ConsularFlowSupport {

    private static final int PEOPLE = 100_000;
    private static final String AUTHORITY = "ZZ-PAGING";

    @Inject
    AgroalDataSource dataSource;

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
        Response first = asOperator().when().get("/api/v1/authorities/" + AUTHORITY + "/queue");
        first.then().statusCode(200)
                .header("X-Total-Count", equalTo(String.valueOf(PEOPLE)))
                .header("Link", containsString("page=199&size=500>; rel=\"last\""))
                .body("size()", equalTo(500))
                .body("[0].person.nameLatin.given", equalTo("Person1"));
        assertThat(first.jsonPath().getList("id", String.class)).isEqualTo(rows().generatedIds("paging-clearance-", 1, 500));

        Response last = asOperator().queryParam("page", 99).queryParam("size", 1000)
                .when().get("/api/v1/authorities/" + AUTHORITY + "/queue");
        last.then().statusCode(200).body("size()", equalTo(1000));
        assertThat(last.jsonPath().getList("id", String.class)).isEqualTo(rows().generatedIds("paging-clearance-", 99_001, 100_000));
        asOperator().queryParam("page", 100).queryParam("size", 1000)
                .when().get("/api/v1/authorities/" + AUTHORITY + "/queue")
                .then().statusCode(200).header("X-Total-Count", equalTo(String.valueOf(PEOPLE))).body("size()", equalTo(0));
    }

    @Test
    void theCasesOfAHundredThousandAreListedOnePageAtATimeOldestFirst() throws SQLException {
        Response filtered = asOperator().queryParam("authority", AUTHORITY).queryParam("size", 200)
                .when().get("/api/v1/clearance-cases");
        filtered.then().statusCode(200)
                .header("X-Total-Count", equalTo(String.valueOf(PEOPLE)))
                .body("size()", equalTo(200))
                .body("[0].clearances.size()", equalTo(1))
                .body("[0].clearances[0].authorityCode", equalTo(AUTHORITY));
        assertThat(filtered.jsonPath().getList("id", String.class)).isEqualTo(rows().generatedIds("paging-case-", 1, 200));

        Response all = asOperator().when().get("/api/v1/clearance-cases");
        all.then().statusCode(200)
                .header("X-Total-Count", equalTo(String.valueOf(casesBefore + PEOPLE)))
                .body("size()", equalTo(500));
        assertThat(all.jsonPath().getList("id", String.class)).isEqualTo(rows().generatedIds("paging-case-", 1, 500));
    }

    @Test
    void aPageOrSizeOutOfRangeIsABadRequestNamingTheParameter() {
        asOperator().queryParam("size", 5000).when().get("/api/v1/authorities/UZ-BORDER/queue")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("size"))
                .body("violations[0].message", equalTo("must be a whole number from 1 to 1000"));
        asOperator().queryParam("page", "-3").when().get("/api/v1/clearance-cases")
                .then().statusCode(400).body("violations[0].field", equalTo("page"));
    }

    private SqlRows rows() {
        return new SqlRows(dataSource);
    }
}
