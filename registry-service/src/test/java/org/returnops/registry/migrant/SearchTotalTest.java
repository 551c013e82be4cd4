package org.returnops.registry.migrant;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.returnops.registry.Registrations;
import org.returnops.testkit.SqlRows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.returnops.testkit.Partners.asOperator;

/**
 * The total of a search: exact while the registry counts that far, "at least" beyond its count limit, and known
 * without counting from a page that is not full; pages read by id keep the order asked for.
 */
@QuarkusTest
class SearchTotalTest {

    private static final List<String> FAMILIES = List.of("Aliev", "Bobojonov", "Comilov", "Davlatov", "Ergashev");

    @Inject MigrantRepository migrants;
    @Inject AgroalDataSource dataSource;

    /** Five people going to a region of their own, registered in an order other than their names'. */
    private static String fivePeople() {
        String region = "T" + UUID.randomUUID().toString().substring(0, 6);
        for (String family : List.of("Davlatov", "Aliev", "Ergashev", "Comilov", "Bobojonov")) {
            register(family, region, List.of());
        }
        return region;
    }

    /** Registers a person of that family name going to that region, with those vulnerabilities recorded. */
    private static void register(String family, String region, List<String> vulnerabilities) {
        Map<String, Object> body = Registrations.farrukh();
        body.put("nameLatin", Map.of("family", family, "given", "Total"));
        body.remove("nameCyrillic");
        body.put("destinationRegion", region);
        if (!vulnerabilities.isEmpty()) {
            body.put("vulnerabilities", vulnerabilities);
        }
        asOperator().contentType(ContentType.JSON).body(body).when().post("/api/v1/migrants")
                .then().statusCode(201);
    }

    private MigrantPage page(int countLimit, String region, int page, int size) {
        MigrantQuery query = new MigrantQuery();
        query.destinationRegion = region;
        query.page = String.valueOf(page);
        query.size = String.valueOf(size);
        query.sort = "familyName,asc";
        return page(countLimit, query);
    }

    private MigrantPage page(int countLimit, MigrantQuery query) {
        return QuarkusTransaction.requiringNew().call(() -> new MigrantSearch(migrants, countLimit)
                .page(query, List.of()));
    }

    private static List<String> families(MigrantPage page) {
        return page.items().stream().map(item -> item.nameLatin().family()).toList();
    }

    @Test
    void beyondTheCountLimitTheTotalIsAtLeastTheLimitAndAPageThatIsNotFullGivesItExactly() {
        String region = fivePeople();
        MigrantPage first = page(3, region, 0, 2);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.totalExact()).isFalse();

        MigrantPage second = page(3, region, 1, 2);
        assertThat(second.total()).as("at least the people up to this page").isEqualTo(4);
        assertThat(second.totalExact()).isFalse();

        MigrantPage last = page(3, region, 2, 2);
        assertThat(last.total()).isEqualTo(5);
        assertThat(last.totalExact()).isTrue();

        MigrantPage beyond = page(3, region, 3, 2);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(3);
        assertThat(beyond.totalExact()).isFalse();

        List<String> all = new ArrayList<>();
        List.of(first, second, last).forEach(page -> all.addAll(families(page)));
        assertThat(all).as("pages read by id keep the order asked for").containsExactlyElementsOf(FAMILIES);
    }

    @Test
    void withinTheCountLimitTheTotalIsExact() {
        String region = fivePeople();
        MigrantPage first = page(10, region, 0, 2);
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.totalExact()).isTrue();
        assertThat(families(first)).containsExactly("Aliev", "Bobojonov");

        asOperator().queryParam("destinationRegion", region).queryParam("size", 2).queryParam("page", 1)
                .queryParam("sort", "familyName,desc").when().get("/api/v1/migrants")
                .then().statusCode(200)
                .header("X-Total-Count", "5")
                .body("total", equalTo(5))
                .body("totalExact", equalTo(true))
                .body("items.nameLatin.family", contains("Comilov", "Bobojonov"));
    }

    @Test
    void theTotalOfAVulnerabilityFilterIsExactOrAtLeastTheLimit() throws Exception {
        String region = "V" + UUID.randomUUID().toString().substring(0, 6);
        for (String family : List.of("Aliev", "Bobojonov", "Comilov")) {
            register(family, region, List.of("DISABILITY"));
        }
        long withDisability = new SqlRows(dataSource).count("select count(*) from migrant m where exists (select 1"
                + " from migrant_vulnerability v where v.migrant_id = m.id and v.vulnerability = 'DISABILITY')");
        assertThat(withDisability).isGreaterThanOrEqualTo(3);

        asOperator().queryParam("vulnerability", "DISABILITY").queryParam("size", 1).when().get("/api/v1/migrants")
                .then().statusCode(200)
                .header("X-Total-Count", String.valueOf(withDisability))
                .body("items", hasSize(1))
                .body("total", equalTo((int) withDisability))
                .body("totalExact", equalTo(true));

        MigrantQuery alone = new MigrantQuery();
        alone.vulnerability = "DISABILITY";
        alone.size = "1";
        alone.sort = "registeredAt,desc";
        MigrantPage limited = page(2, alone);
        assertThat(limited.total()).isEqualTo(2);
        assertThat(limited.totalExact()).isFalse();

        asOperator().queryParam("vulnerability", "DISABILITY").queryParam("destinationRegion", region)
                .queryParam("size", 1).when().get("/api/v1/migrants")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("totalExact", equalTo(true));
    }
}
