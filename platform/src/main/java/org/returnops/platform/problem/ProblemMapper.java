package org.returnops.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every error a service raises into {@code application/problem+json}: one place, shared by all
 * services, so that a client reads every error the same way.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response domain(DomainProblem e, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_PREFIX + e.slug(), e.title(), e.status(), e.getMessage(), path(uri),
                List.of(), e.existingId()));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList();
        return respond(validationProblem(violations, uri));
    }

    @ServerExceptionMapper
    public Response invalid(InvalidRequest e, UriInfo uri) {
        return respond(validationProblem(e.violations(), uri));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonParseException e, UriInfo uri) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return respond(Problem.of("malformed-body", "Request body is not valid JSON", 400,
                "The request body is not valid JSON" + where + ".", path(uri)));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return respond(validationProblem(List.of(new Problem.Violation(jsonPath(e), mismatchMessage(e))), uri));
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return respond(validationProblem(List.of(new Problem.Violation(jsonPath(mapping),
                    "has a value that cannot be read")), uri));
        }
        return respond(Problem.of("malformed-body", "Request body is not valid JSON", 400,
                "The request body could not be read as JSON.", path(uri)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonParseException parse) {
            return unreadableJson(parse, uri);
        }
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return mismatchedInput(mismatch, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return otherJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "There is nothing at " + path(uri) + ".";
            case 405 -> "This path does not accept that method.";
            case 406 -> "This path cannot answer in the media type asked for in Accept.";
            case 415 -> "This path does not accept that Content-Type; send application/json.";
            default -> title + ".";
        };
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(slug(title), title, status, detail, path(uri)));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }

    /** No token, or one that does not verify (signature, issuer, audience, expiry): 401 with the scheme to use. */
    @ServerExceptionMapper({io.quarkus.security.UnauthorizedException.class,
            io.quarkus.security.AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(Problem.of("unauthenticated", "Not authenticated", 401,
                        "This operation needs a valid access token (Authorization: Bearer …) from POST /auth/token.",
                        path(uri)))
                .build();
    }

    /** A verified partner whose role does not allow the operation. */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return respond(Problem.of("forbidden", "Not allowed", 403,
                "Your partner role does not allow this operation.", path(uri)));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (Failures.concurrentChange(e)) {
            LOG.infof("Concurrent change on %s: %s", path(uri), Failures.rootMessage(e));
            return respond(Problem.of("concurrent-change", "Changed meanwhile", 409,
                    "The record changed while this request was being handled; nothing was stored. Read it again "
                            + "and retry.", path(uri)));
        }
        if (Failures.databaseUnavailable(e)) {
            LOG.warnf("Database unavailable on %s: %s", path(uri), Failures.rootMessage(e));
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "5")
                    .entity(Problem.of("database-unavailable", "Database unavailable", 503,
                            "The service cannot reach its database just now; nothing was stored. Try again shortly.",
                            path(uri)))
                    .build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, path(uri));
        return respond(Problem.of("internal", "Internal error", 500,
                "The request failed on our side; quote error id " + errorId + " when reporting it.", path(uri)));
    }

    static Problem validationProblem(List<Problem.Violation> violations, UriInfo uri) {
        String detail = violations.size() == 1
                ? "Field " + violations.get(0).field() + " " + violations.get(0).message() + "."
                : violations.size() + " fields are not valid: " + violations.stream()
                        .map(Problem.Violation::field).distinct().collect(Collectors.joining(", ")) + ".";
        return new Problem(Problem.TYPE_PREFIX + "validation", "Request is not valid", 400, detail, path(uri),
                violations, null);
    }

    /**
     * The field as the client knows it: the property path inside the request body, or the parameter
     * name for a query or path parameter; never the Java method name.
     */
    static String field(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable() && !parts.isEmpty()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (position != null) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + position + "]");
                }
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                parts.add(name);
            }
        }
        if (!parts.isEmpty()) {
            return String.join(".", parts);
        }
        return parameter == null ? "body" : parameter;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String mismatchMessage(MismatchedInputException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof org.returnops.platform.json.StorableText.Unstorable) {
            return org.returnops.platform.json.StorableText.RULE;
        }
        Class<?> target = e.getTargetType();
        if (e instanceof InvalidFormatException invalid && target != null && target.isEnum()) {
            return "must be one of " + java.util.Arrays.toString(target.getEnumConstants());
        }
        if (target == null) {
            return "has the wrong type";
        }
        String expected = switch (target.getSimpleName()) {
            case "int", "Integer", "long", "Long", "short", "Short" -> "a whole number";
            case "double", "Double", "float", "Float", "BigDecimal" -> "a number";
            case "boolean", "Boolean" -> "true or false";
            case "String" -> "a string";
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "a date-time (RFC 3339)";
            case "UUID" -> "a UUID";
            default -> target.isArray() || java.util.Collection.class.isAssignableFrom(target) ? "an array" : "an object";
        };
        return "must be " + expected;
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
