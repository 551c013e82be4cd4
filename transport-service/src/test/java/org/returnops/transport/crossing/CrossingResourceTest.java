package org.returnops.transport.crossing;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.returnops.testkit.Partners.asOperator;

@QuarkusTest
class CrossingResourceTest {

    @Inject CrossingRepository crossings;

    @Test
    void theCrossingsOfBothRoutesAreSeeded() {
        asOperator().when().get("/api/v1/crossings")
                .then().statusCode(200)
                .body("code", hasItems("KZ-UZ-ZHIBEK-ZHOLY", "UZ-TJ-OYBEK", "UZ-TJ-SARIOSIYO"));
        asOperator().when().get("/api/v1/crossings/KZ-UZ-ZHIBEK-ZHOLY")
                .then().statusCode(200)
                .body("exitPost", equalTo("Zhibek Zholy"))
                .body("entryPost", equalTo("Gisht Kuprik"))
                .body("exitCountry", equalTo("KAZ"))
                .body("entryCountry", equalTo("UZB"));
        asOperator().queryParam("country", "TJK").when().get("/api/v1/crossings")
                .then().statusCode(200)
                .body("code", hasItems("UZ-TJ-OYBEK", "UZ-TJ-SARIOSIYO"))
                .body("code", not(hasItems("KZ-UZ-ZHIBEK-ZHOLY")));
    }

    @Test
    void aNewCrossingIsStoredAndCanBeReadBack() {
        asOperator().contentType(ContentType.JSON)
                .body(Map.of("code", "KZ-UZ-KAZYGURT", "name", "Kazygurt - Chernyaevka", "exitCountry", "KAZ",
                        "exitPost", "Kazygurt", "entryCountry", "UZB", "entryPost", "Chernyaevka"))
                .when().post("/api/v1/crossings")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/crossings/KZ-UZ-KAZYGURT"));
        asOperator().when().get("/api/v1/crossings/KZ-UZ-KAZYGURT")
                .then().statusCode(200)
                .body("entryPost", equalTo("Chernyaevka"));
        assertThat(crossings.findById("KZ-UZ-KAZYGURT").exitCountry).isEqualTo("KAZ");
    }

    @Test
    void aCrossingMustLeadIntoAnotherCountry() {
        long before = crossings.count();
        asOperator().contentType(ContentType.JSON)
                .body(Map.of("code", "UZ-UZ-LOOP", "name", "Loop", "exitCountry", "UZB", "exitPost", "A",
                        "entryCountry", "UZB", "entryPost", "B"))
                .when().post("/api/v1/crossings")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("entryCountry"))
                .body("violations[0].message", equalTo("must differ from exitCountry"));
        assertThat(crossings.count()).isEqualTo(before);
    }

    @Test
    void aDuplicateCodeIsAConflict() {
        asOperator().contentType(ContentType.JSON)
                .body(Map.of("code", "UZ-TJ-OYBEK", "name", "Other", "exitCountry", "UZB", "exitPost", "A",
                        "entryCountry", "TJK", "entryPost", "B"))
                .when().post("/api/v1/crossings")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("A border crossing with code UZ-TJ-OYBEK already exists."));
        assertThat(crossings.findById("UZ-TJ-OYBEK").entryPost).isEqualTo("Fotehobod");
    }
}
