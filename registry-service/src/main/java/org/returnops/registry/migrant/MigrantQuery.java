package org.returnops.registry.migrant;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.returnops.platform.paging.PagedQuery;
import org.returnops.platform.validation.WholeNumber;

import java.util.UUID;

/** The filters, page and order of a search of the registry; every filter is optional. */
public class MigrantQuery extends PagedQuery {

    /** People a page when the caller names no size. */
    public static final int DEFAULT_SIZE = 20;

    /** The most people a page may hold. */
    public static final int MAX_SIZE = 200;

    @QueryParam("status")
    @Pattern(regexp = "REGISTERED|CLEARANCE_PENDING|CLEARED|ASSIGNED|IN_TRANSIT|ARRIVED|WITHDRAWN|CLEARANCE_DENIED|NO_SHOW",
            message = "must be one of REGISTERED, CLEARANCE_PENDING, CLEARED, ASSIGNED, IN_TRANSIT, ARRIVED, WITHDRAWN, "
                    + "CLEARANCE_DENIED, NO_SHOW")
    @Parameter(description = "Only people in this status", example = "CLEARED")
    public String status;

    @QueryParam("vulnerability")
    @Pattern(regexp = "SEPARATED_CHILD|PREGNANT|SERIOUS_MEDICAL_CONDITION|DISABILITY|TRAFFICKING_VICTIM|SINGLE_PARENT",
            message = "must be one of SEPARATED_CHILD, PREGNANT, SERIOUS_MEDICAL_CONDITION, DISABILITY, "
                    + "TRAFFICKING_VICTIM, SINGLE_PARENT (recorded vulnerabilities)")
    @Parameter(description = "Only people with this recorded vulnerability", example = "PREGNANT")
    public String vulnerability;

    @QueryParam("site")
    @Parameter(description = "Only people registered at this staging site", example = "KZ-ZHIBEK-ZHOLY")
    public String site;

    @QueryParam("household")
    @Parameter(description = "Only the members of this household")
    public UUID household;

    @QueryParam("destinationRegion")
    @Parameter(description = "Only people going to this region", example = "Sughd")
    public String destinationRegion;

    @QueryParam("q")
    @Size(min = 2, max = 100)
    @Parameter(description = "Free text over names in Latin and Cyrillic script", example = "Rakhimov")
    public String q;

    @QueryParam("size")
    @WholeNumber(min = 1, max = MAX_SIZE)
    @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "200", defaultValue = "20"))
    public String size;

    @QueryParam("sort")
    @DefaultValue("registeredAt,desc")
    @Pattern(regexp = "(registeredAt|familyName|dateOfBirth|status)(,(asc|desc))?",
            message = "must be registeredAt, familyName, dateOfBirth or status, optionally followed by ,asc or ,desc")
    @Parameter(description = "Order: field[,asc|desc]", example = "familyName,asc")
    public String sort;

    public MigrantQuery() {
        super(DEFAULT_SIZE, MAX_SIZE);
    }

    @Override
    protected String sizeAsked() {
        return size;
    }

    /** The filters as text, for the audit trail. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        append(text, "status", status);
        append(text, "vulnerability", vulnerability);
        append(text, "site", site);
        append(text, "household", household);
        append(text, "destinationRegion", destinationRegion);
        append(text, "q", q);
        return text.toString();
    }

    private static void append(StringBuilder text, String name, Object value) {
        if (value != null) {
            text.append(text.isEmpty() ? "" : "&").append(name).append('=').append(value);
        }
    }
}
