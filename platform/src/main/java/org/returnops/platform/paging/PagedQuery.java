package org.returnops.platform.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.platform.problem.Problem;
import org.returnops.platform.validation.WholeNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The page of a paged list ({@code @BeanParam}): the {@code page} parameter is declared here, the same for every
 * list; each list declares its {@code size} parameter with its own default and maximum, and names them in the
 * constructor. Both are read as text so that {@code page=abc} is a 400 naming the parameter, not the 404 JAX-RS
 * gives a query parameter it cannot convert.
 */
public abstract class PagedQuery {

    /** The last page number a caller may ask for (keeps the offset within what the database takes). */
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @WholeNumber(min = 0, max = MAX_PAGE)
    @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
            maximum = "1000000", defaultValue = "0"))
    public String page;

    private final int defaultSize;
    private final int maxSize;

    protected PagedQuery(int defaultSize, int maxSize) {
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    /** The page size as the caller gave it (null when absent). */
    protected abstract String sizeAsked();

    /** The page asked for; an {@link InvalidRequest} naming page or size when either is out of range. */
    public Paging paging() {
        List<Problem.Violation> violations = new ArrayList<>();
        int pageNumber = number(page, 0, 0, MAX_PAGE, "page", violations);
        int pageSize = number(sizeAsked(), defaultSize, 1, maxSize, "size", violations);
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
        OptionalInt value = WholeNumber.Validator.parse(text, min, max);
        if (value.isEmpty()) {
            violations.add(new Problem.Violation(field, "must be a whole number from " + min + " to " + max));
        }
        return value.orElse(absent);
    }
}
