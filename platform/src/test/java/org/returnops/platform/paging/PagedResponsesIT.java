package org.returnops.platform.paging;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The served OpenAPI document of an application built on the platform: a paged list is documented with its
 * headers, its 400 and its ranges without the resource writing them, and the list answers what is documented.
 */
@QuarkusTest
class PagedResponsesIT {

    private static final String LIST = "paths.'/entries'.get";
    private static final String FIND = "paths.'/entries/found'.get";

    @Test
    void aListOfEntriesIsDocumentedWithItsHeadersItsRangesAndA400() {
        JsonPath document = document();

        assertThat(document.getString(LIST + ".description")).isEqualTo("The numbers 0 to 2,499. Paged: page from "
                + "0, size 1 to 1000 (500 by default); X-Total-Count gives the number of all that match and Link "
                + "the first, previous, next and last pages.");
        assertThat(document.getString(LIST + ".responses.'200'.headers.X-Total-Count.schema.type")).isEqualTo("integer");
        assertThat(document.getString(LIST + ".responses.'200'.headers.Link.description"))
                .isEqualTo(PagedResponses.LINK_DESCRIPTION);
        assertThat(document.getString(LIST + ".responses.'400'.description")).isEqualTo(PagedResponses.OUT_OF_RANGE);
        assertThat(document.getString(LIST + ".responses.'400'.content.'application/problem+json'.schema.$ref"))
                .isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void aPageInAnObjectHasTheTotalButNoLinksAndKeepsItsOwn400() {
        JsonPath document = document();

        assertThat(document.getString(FIND + ".description")).endsWith("(500 by default); X-Total-Count gives the "
                + "number of all that match.");
        assertThat(document.getMap(FIND + ".responses.'200'.headers")).containsOnlyKeys("X-Total-Count");
        assertThat(document.getString(FIND + ".responses.'400'.description"))
                .isEqualTo("A filter, the page or the size is not valid");
    }

    @Test
    void theListAnswersWhatItsDocumentSays() {
        given().queryParam("page", 1).queryParam("size", 1000).when().get("/entries")
                .then().statusCode(200).header("X-Total-Count", "2500")
                .header("Link", containsString("page=2&size=1000>; rel=\"next\""))
                .body("size()", equalTo(1000), "[0]", equalTo(1000));
        given().queryParam("size", 1001).when().get("/entries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("size"));
    }

    private static JsonPath document() {
        return given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
    }
}
