package org.returnops.messaging.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.returnops.platform.problem.InvalidRequest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/** The auditor's filters (each optional) and page. */
public class AuditQuery {

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

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "Page number, from 0")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(500)
    @Parameter(description = "Page size, 1 to 500")
    public int size;

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
