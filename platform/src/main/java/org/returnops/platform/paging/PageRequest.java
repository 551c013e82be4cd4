package org.returnops.platform.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.platform.problem.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code page} and {@code size} query parameters of a paged list ({@code @BeanParam}). They are read
 * as text so that {@code page=abc} is a 400 naming the parameter, not the 404 JAX-RS gives a query
 * parameter it cannot convert.
 */
public class PageRequest {

    /** Entries per page when the caller names no size. */
    public static final int DEFAULT_SIZE = 500;

    /** The largest page a caller may ask for. */
    public static final int MAX_SIZE = 1000;

    /** The last page number a caller may ask for (keeps the offset within what the database takes). */
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
            maximum = "1000000", defaultValue = "0"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Entries per page, 1 to " + MAX_SIZE, schema = @Schema(type = SchemaType.INTEGER,
            minimum = "1", maximum = "1000", defaultValue = "500"))
    public String size;

    /** The page asked for; an {@link InvalidRequest} naming page or size when either is out of range. */
    public Paging paging() {
        List<Problem.Violation> violations = new ArrayList<>();
        int pageNumber = number(page, 0, 0, MAX_PAGE, "page", violations);
        int pageSize = number(size, DEFAULT_SIZE, 1, MAX_SIZE, "size", violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequest(violations);
        }
        return new Paging(pageNumber, pageSize);
    }

    private static int number(String text, int absent, int min, int max, String field,
            List<Problem.Violation> violations) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the rule
        }
        violations.add(new Problem.Violation(field, "must be a whole number from " + min + " to " + max));
        return absent;
    }
}
