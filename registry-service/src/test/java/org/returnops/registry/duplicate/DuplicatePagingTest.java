package org.returnops.registry.duplicate;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.returnops.testkit.SqlRows;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.returnops.testkit.Partners.asOperator;

/** The list of likely duplicates with 100,000 flags behind it: one page at a time, oldest first, with the total. */
@QuarkusTest
class DuplicatePagingTest {

    private static final int FLAGS = 100_000;
    /** Each flag pairs two of these people, every pair once: the flags are many, the people need not be. */
    private static final int PEOPLE = 1_000;

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterEach
    void removeRows() throws SQLException {
        rows().execute("delete from duplicate_flag where migrant_id in (select id from migrant where site_code = 'KZ-ALMATY' "
                + "and family_name_latin = 'Pagingtest')");
        rows().execute("delete from migrant where site_code = 'KZ-ALMATY' and family_name_latin = 'Pagingtest'");
    }

    @Test
    void aHundredThousandOpenFlagsAreListedOnePageAtATimeOldestFirstWithTheirTotal() throws SQLException {
        long before = rows().count("select count(*) from duplicate_flag where status = 'OPEN'");
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

        Response first = asOperator().when().get("/api/v1/duplicates");
        first.then().statusCode(200)
                .header("X-Total-Count", equalTo(String.valueOf(before + FLAGS)))
                .header("Link", containsString("page=1&size=500>; rel=\"next\""))
                .body("size()", equalTo(500));
        assertThat(first.jsonPath().getList("id", String.class)).isEqualTo(rows().generatedIds("paging-flag-", 1, 500));
        assertThat(first.jsonPath().getString("[0].migrant.nameLatin.given")).isEqualTo("Person1");
        assertThat(first.jsonPath().getString("[0].candidate.nameLatin.given")).isEqualTo("Person2");

        Response third = asOperator().queryParam("page", 2).queryParam("size", 1000).when().get("/api/v1/duplicates");
        third.then().statusCode(200).header("X-Total-Count", equalTo(String.valueOf(before + FLAGS)))
                .body("size()", equalTo(1000));
        assertThat(third.jsonPath().getList("id", String.class)).isEqualTo(rows().generatedIds("paging-flag-", 2001, 3000));
    }

    @Test
    void aPageOrSizeOutOfRangeIsABadRequestNamingTheParameter() {
        asOperator().queryParam("size", 1001).when().get("/api/v1/duplicates").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("size"));
        asOperator().queryParam("size", 0).when().get("/api/v1/duplicates").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
        asOperator().queryParam("page", -1).when().get("/api/v1/duplicates").then().statusCode(400)
                .body("violations[0].field", equalTo("page"));
        asOperator().queryParam("page", "first").when().get("/api/v1/duplicates").then().statusCode(400)
                .body("violations[0].field", equalTo("page"))
                .body("violations[0].message", equalTo("must be a whole number from 0 to 1000000"));
    }

    private SqlRows rows() {
        return new SqlRows(dataSource);
    }
}
