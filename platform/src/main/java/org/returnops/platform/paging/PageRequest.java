package org.returnops.platform.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.returnops.platform.validation.WholeNumber;

/** The {@code page} and {@code size} query parameters of a paged list of up to 1,000 entries a page. */
public class PageRequest extends PagedQuery {

    /** Entries per page when the caller names no size. */
    public static final int DEFAULT_SIZE = 500;

    /** The largest page a caller may ask for. */
    public static final int MAX_SIZE = 1000;

    @QueryParam("size")
    @WholeNumber(min = 1, max = MAX_SIZE)
    @Parameter(description = "Entries per page, 1 to " + MAX_SIZE, schema = @Schema(type = SchemaType.INTEGER,
            minimum = "1", maximum = "1000", defaultValue = "500"))
    public String size;

    public PageRequest() {
        super(DEFAULT_SIZE, MAX_SIZE);
    }

    @Override
    protected String sizeAsked() {
        return size;
    }
}
