package org.returnops.registry.site;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.returnops.testkit.Partners.asOperator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class SiteResourceTest {

    @Inject SiteRepository sites;

    @Test
    void theZhibekZholyCheckpointIsSeededByMigration() {
        asOperator().when().get("/api/v1/sites")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("code", hasItem("KZ-ZHIBEK-ZHOLY"));
        asOperator().when().get("/api/v1/sites/KZ-ZHIBEK-ZHOLY")
                .then().statusCode(200)
                .body("name", equalTo("Zhibek Zholy checkpoint"))
                .body("country", equalTo("KAZ"))
                .body("kind", equalTo("BORDER_CHECKPOINT"));
    }

    @Test
    void aNewSiteIsStoredAndCanBeReadBack() {
        String code = "KZ-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        asOperator().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "  Turkestan shelter ", "country", "KAZ",
                        "region", "Turkestan Region", "kind", "SHELTER", "capacity", 120))
                .when().post("/api/v1/sites")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/sites/" + code))
                .body("code", equalTo(code))
                .body("name", equalTo("Turkestan shelter"));

        asOperator().when().get("/api/v1/sites/" + code)
                .then().statusCode(200)
                .body("capacity", equalTo(120))
                .body("region", equalTo("Turkestan Region"));
        asOperator().queryParam("country", "KAZ").when().get("/api/v1/sites")
                .then().statusCode(200)
                .body("code", hasItem(code))
                .body("country", everyItem(equalTo("KAZ")));

        Site stored = sites.findById(code);
        assertThat(stored).isNotNull();
        assertThat(stored.kind).isEqualTo(SiteKind.SHELTER);
        assertThat(stored.createdAt).isNotNull();
    }

    @Test
    void aSecondSiteWithTheSameCodeIsAConflictAndTheFirstIsKept() {
        asOperator().contentType(ContentType.JSON)
                .body(Map.of("code", "KZ-ZHIBEK-ZHOLY", "name", "Impostor", "country", "KAZ", "kind", "SHELTER"))
                .when().post("/api/v1/sites")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:return-ops:problem:conflict"))
                .body("detail", equalTo("A staging site with code KZ-ZHIBEK-ZHOLY already exists."));
        assertThat(sites.findById("KZ-ZHIBEK-ZHOLY").name).isEqualTo("Zhibek Zholy checkpoint");
    }

    @Test
    void everyInvalidFieldIsNamedInOneProblem() {
        long before = sites.count();
        asOperator().contentType(ContentType.JSON)
                .body(Map.of("code", "bad code", "name", "", "country", "XXX", "capacity", -1))
                .when().post("/api/v1/sites")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:return-ops:problem:validation"))
                .body("status", equalTo(400))
                .body("violations.field", containsInAnyOrder("capacity", "code", "country", "kind", "name"));
        assertThat(sites.count()).isEqualTo(before);
    }

    @Test
    void anUnknownKindNamesTheFieldAndTheAllowedValues() {
        asOperator().contentType(ContentType.JSON)
                .body("{\"code\":\"KZ-X1\",\"name\":\"X\",\"country\":\"KAZ\",\"kind\":\"HOTEL\"}")
                .when().post("/api/v1/sites")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("kind"))
                .body("violations[0].message", equalTo("must be one of [BORDER_CHECKPOINT, ASSEMBLY_POINT, SHELTER]"));
    }

    @Test
    void malformedJsonIsAProblemWithoutInternals() {
        String body = asOperator().contentType(ContentType.JSON).body("{\"code\": ")
                .when().post("/api/v1/sites")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:return-ops:problem:malformed-body"))
                .extract().asString();
        assertThat(body).doesNotContain("com.fasterxml").doesNotContain("Exception");
    }

    @Test
    void anUnknownSiteIsNotFound() {
        asOperator().when().get("/api/v1/sites/KZ-NOWHERE")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("There is no staging site with code KZ-NOWHERE."))
                .body("instance", equalTo("/api/v1/sites/KZ-NOWHERE"));
    }

    @Test
    void aCountryFilterThatIsNotIsoAlpha3IsRefused() {
        asOperator().queryParam("country", "KZ").when().get("/api/v1/sites")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("country"));
    }
}
