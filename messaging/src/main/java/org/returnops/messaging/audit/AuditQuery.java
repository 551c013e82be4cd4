package org.returnops.messaging.audit;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.returnops.platform.paging.PagedQuery;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.platform.validation.WholeNumber;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/** The auditor's filters (each optional) and page. */
public class AuditQuery extends PagedQuery {

    /** Rows a page when the auditor names no size. */
    public static final int DEFAULT_SIZE = 50;

    /** The most rows a page may hold. */
    public static final int MAX_SIZE = 500;

    @QueryParam("person")
    @Parameter(description = "Only rows concerning this person (migrant id)",
            example = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f")
    public String person;

    @QueryParam("partner")
    @Parameter(description = "Only rows of this partner (client id)", example = "uz-border")
    public String partner;

    @QueryParam("from")
    @Parameter(description = "Only rows at or after this instant (ISO-8601)", example = "2020-10-01T00:00:00Z")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Only rows before this instant (ISO-8601)", example = "2020-11-01T00:00:00Z")
    public String to;

    @QueryParam("size")
    @WholeNumber(min = 1, max = MAX_SIZE)
    @Parameter(description = "Page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "500", defaultValue = "50"))
    public String size;

    public AuditQuery() {
        super(DEFAULT_SIZE, MAX_SIZE);
    }

    @Override
    protected String sizeAsked() {
        return size;
    }

    Optional<UUID> personId() {
        if (person == null || person.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(person.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("person", "must be a migrant id (UUID)");
        }
    }

    Optional<String> partnerId() {
        return partner == null || partner.isBlank() ? Optional.empty() : Optional.of(partner.strip());
    }

    Optional<Instant> fromInstant() {
        return instant("from", from);
    }

    Optional<Instant> toInstant() {
        return instant("to", to);
    }

    private static Optional<Instant> instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(field, "must be an ISO-8601 instant such as 2020-10-01T00:00:00Z");
        }
    }
}
