package org.returnops.registry.migrant;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.returnops.registry.Registrations;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.returnops.testkit.Partners.asOperator;
import static org.returnops.testkit.Partners.asOperatorClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Search with filters, pages and order; statistics without names; every read of names audited. */
@QuarkusTest
class SearchAndAuditTest {

    @Inject EntityManager entityManager;

    private static String register(Map<String, Object> body) {
        return asOperator().contentType(ContentType.JSON).body(body).when().post("/api/v1/migrants")
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> person(String family, String given, String region) {
        Map<String, Object> body = Registrations.farrukh();
        body.put("nameLatin", Map.of("family", family, "given", given));
        body.remove("nameCyrillic");
        body.put("destinationRegion", region);
        return body;
    }

    private long audits(String actor, String action) {
        return ((Number) entityManager.createNativeQuery(
                        "select count(*) from audit_record where partner = :actor and action = :action")
                .setParameter("actor", actor).setParameter("action", action).getSingleResult()).longValue();
    }

    @Test
    void freeTextFindsAPersonInEitherScript() {
        String tag = "Q" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> cyrillicOnly = Registrations.farrukh();
        cyrillicOnly.remove("nameLatin");
        cyrillicOnly.put("nameCyrillic", Map.of("family", "Назарова", "given", "Гулнора"));
        cyrillicOnly.put("destinationRegion", tag);
        String nazarova = register(cyrillicOnly);

        asOperator().queryParam("q", "назаро").queryParam("destinationRegion", tag).when().get("/api/v1/migrants")
                .then().statusCode(200).body("items.id", contains(nazarova)).body("total", equalTo(1));
        asOperator().queryParam("q", "Nazarova").queryParam("destinationRegion", tag).when().get("/api/v1/migrants")
                .then().statusCode(200).body("items.id", contains(nazarova));
        asOperator().queryParam("q", "Rakhimov").queryParam("destinationRegion", tag).when().get("/api/v1/migrants")
                .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
    }

    @Test
    void filtersPagesAndOrderWithTheTotalCount() {
        String region = "R" + UUID.randomUUID().toString().substring(0, 6);
        for (String family : List.of("Bobojonov", "Aliev", "Davlatov", "Ergashev", "Comilov")) {
            register(person(family, "Test", region));
        }
        Map<String, Object> pregnant = person("Fayzieva", "Test", region);
        pregnant.put("sex", "F");
        pregnant.put("vulnerabilities", List.of("PREGNANT"));
        String fayzieva = register(pregnant);

        asOperator().queryParam("destinationRegion", region).queryParam("sort", "familyName,asc")
                .queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/v1/migrants")
                .then().statusCode(200)
                .header("X-Total-Count", "6")
                .body("total", equalTo(6))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("items.nameLatin.family", contains("Comilov", "Davlatov"));
        asOperator().queryParam("destinationRegion", region).queryParam("vulnerability", "PREGNANT")
                .when().get("/api/v1/migrants")
                .then().body("items.id", contains(fayzieva));
        asOperator().queryParam("status", "REGISTERED").queryParam("site", "KZ-ZHIBEK-ZHOLY").queryParam("size", 200)
                .when().get("/api/v1/migrants")
                .then().statusCode(200)
                .body("items.status", everyItem(equalTo("REGISTERED")))
                .body("items.siteCode", everyItem(equalTo("KZ-ZHIBEK-ZHOLY")))
                .body("total", greaterThanOrEqualTo(6));
    }

    @Test
    void badPagingAndOrderAreNamed() {
        asOperator().queryParam("size", 0).queryParam("page", -1).queryParam("sort", "password")
                .when().get("/api/v1/migrants")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("page", "size", "sort"));
        asOperator().queryParam("page", "second").queryParam("size", 201).when().get("/api/v1/migrants")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.find { it.field == 'page' }.message", equalTo("must be a whole number from 0 to 1000000"))
                .body("violations.find { it.field == 'size' }.message", equalTo("must be a whole number from 1 to 200"));
        RestAssured.given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/migrants'.get.parameters.find { it.name == 'page' }.schema.maximum", equalTo(1000000))
                .body("paths.'/api/v1/migrants'.get.parameters.find { it.name == 'size' }.schema.maximum", equalTo(200))
                .body("paths.'/api/v1/migrants'.get.parameters.find { it.name == 'size' }.schema.default", equalTo(20));
        asOperator().queryParam("status", "LOST").queryParam("vulnerability", "ELDERLY").when().get("/api/v1/migrants")
                .then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("status", "vulnerability"));
    }

    @Test
    void readsAndSearchesThatReturnNamesAreAuditedWithTheTokensClientId() {
        String id = register(person("Audited", "Person", "Khatlon"));
        String caller = "tj-embassy-" + UUID.randomUUID();
        String forged = "forged-" + UUID.randomUUID();
        asOperatorClient(caller).header("X-Caller", forged).when().get("/api/v1/migrants/" + id)
                .then().statusCode(200);
        asOperatorClient(caller).when().get("/api/v1/migrants/" + id + "/history").then().statusCode(200);
        asOperatorClient(caller).queryParam("q", "Audited").when().get("/api/v1/migrants")
                .then().statusCode(200).body("items.id", hasItem(id));
        asOperatorClient(caller).queryParam("q", "nobody-has-this-name").when().get("/api/v1/migrants")
                .then().statusCode(200);
        assertThat(audits(caller, "READ")).as("the record and its history").isEqualTo(2);
        assertThat(audits(caller, "SEARCH")).as("only the search that returned names").isEqualTo(1);
        assertThat(audits(forged, "READ")).as("the token names the caller, not a header").isZero();
    }

    @Test
    void statisticsCountWithoutNames() {
        String region = "S" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> elder = person("Elder", "Test", region);
        elder.put("dateOfBirth", "1950-01-01");
        register(elder);
        String body = asOperator().when().get("/api/v1/statistics")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1))
                .body("byDestinationRegion." + region, equalTo(1))
                .body("byStatus.REGISTERED", greaterThanOrEqualTo(1))
                .body("byVulnerability.ELDERLY", greaterThanOrEqualTo(1))
                .body("bySite.KZ-ZHIBEK-ZHOLY", greaterThanOrEqualTo(1))
                .extract().asString();
        assertThat(body).doesNotContain("Elder").doesNotContain("Rakhimov");
        asOperator().when().get("/api/v1/statistics").then().body("$", not(hasItem("items")));
    }
}
