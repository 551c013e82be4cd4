package org.returnops.testkit;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.returnops.testkit.Partners.asOperator;

/**
 * What a caller of any list that takes the shared {@code page} and {@code size} parameters sees, checked the same way
 * for every such list: the page's entries in order, the total in {@code X-Total-Count}, the {@code Link} header,
 * and a page or size out of range refused with a 400 naming the parameter and its rule.
 */
public final class PagedLists {

    private PagedLists() {
    }

    /**
     * One page of the list at {@code path} as the operator, with the filters given: a 200 with {@code total} in
     * {@code X-Total-Count} and exactly the entries {@code ids}, in that order. The response, for what else a test
     * looks at.
     */
    public static Response page(String path, Map<String, ?> filters, int page, int size, long total, List<String> ids) {
        RequestSpecification request = asOperator().queryParams(filters).queryParam("page", page).queryParam("size", size);
        return exactly(request.when().get(path), total, ids);
    }

    /**
     * The first page when the caller names none: {@code defaultSize} entries, the ids given, and a {@code Link}
     * header whose last page follows from the total.
     */
    public static Response firstPage(String path, Map<String, ?> filters, int defaultSize, long total, List<String> ids) {
        Response response = exactly(asOperator().queryParams(filters).when().get(path), total, ids);
        long last = Math.max(0, (total - 1) / defaultSize);
        response.then().header("Link", containsString("page=" + last + "&size=" + defaultSize + ">; rel=\"last\""));
        return response;
    }

    /** A 200 with {@code total} in {@code X-Total-Count} and exactly the entries {@code ids}, in that order. */
    private static Response exactly(Response response, long total, List<String> ids) {
        response.then().statusCode(200)
                .header("X-Total-Count", equalTo(String.valueOf(total)))
                .body("size()", equalTo(ids.size()));
        assertThat(response.jsonPath().getList("id", String.class)).isEqualTo(ids);
        return response;
    }

    /** A page or size out of range, or not a number, is a 400 problem naming the parameter and its rule. */
    public static void refusePagesOutOfRange(String path, int maxSize) {
        refused(path, "size", 0, "must be a whole number from 1 to " + maxSize);
        refused(path, "size", maxSize + 1, "must be a whole number from 1 to " + maxSize);
        refused(path, "page", -1, "must be a whole number from 0 to 1000000");
        refused(path, "page", "first", "must be a whole number from 0 to 1000000");
    }

    /**
     * The service's OpenAPI document describes the list at {@code template} (as the document names it, e.g.
     * {@code /api/v1/authorities/{code}/queue}) as it answers: both headers on its 200, a 400, and its ranges.
     */
    public static void documented(String template, int defaultSize, int maxSize) {
        String operation = "paths.'" + template + "'.get";
        JsonPath document = RestAssured.given().queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertThat(document.getMap(operation + ".responses.'200'.headers")).as(template)
                .containsOnlyKeys("X-Total-Count", "Link");
        assertThat(document.getString(operation + ".responses.'400'.description")).as(template).isNotBlank();
        assertThat(document.getString(operation + ".description")).as(template).endsWith("Paged: page from 0, size 1 "
                + "to " + maxSize + " (" + defaultSize + " by default); X-Total-Count gives the number of all that "
                + "match and Link the first, previous, next and last pages.");
    }

    private static void refused(String path, String parameter, Object value, String rule) {
        asOperator().queryParam(parameter, value).when().get(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo(parameter))
                .body("violations[0].message", equalTo(rule));
    }
}
