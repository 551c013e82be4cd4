package org.returnops.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An error as every service and the gateway answer it: RFC 9457 problem details, media type
 * {@code application/problem+json}. Never carries a Java class name or a stack trace.
 *
 * @param violations for a validation problem, every failing field with the rule it broke
 */
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json).")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "A URI naming the kind of problem", example = "urn:return-ops:problem:validation")
        String type,
        @Schema(description = "Short summary of the kind of problem", example = "Request is not valid")
        String title,
        @Schema(description = "HTTP status code", example = "400")
        int status,
        @Schema(description = "What went wrong in this occurrence", example = "2 fields are not valid")
        String detail,
        @Schema(description = "The request path", example = "/api/v1/sites")
        String instance,
        @Schema(description = "Every field that failed validation, with the rule it broke")
        List<Violation> violations,
        @Schema(description = "For a conflict: the id of the stored record the request clashes with")
        String existingId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:return-ops:problem:";

    /** One field that failed validation. */
    @Schema(name = "Violation")
    public record Violation(
            @Schema(description = "The field, as a JSON path in the request body or a parameter name", example = "code")
            String field,
            @Schema(description = "The rule that failed", example = "must match \"[A-Z0-9-]{2,32}\"")
            String message) {
    }

    public static Problem of(String slug, String title, int status, String detail, String instance) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, instance, List.of(), null);
    }
}
