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
import jakarta.ws.rs.core.HttpHeaders;
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
    public Response domain(DomainProblem e, UriInfo uri, HttpHeaders headers) {
        return respond(new Problem(Problem.TYPE_PREFIX + e.slug(), ProblemTexts.of(headers).title(e.slug(), e.title()),
                e.status(), e.getMessage(), path(uri), List.of(), e.existingId()));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList();
        return respond(validationProblem(violations, uri, ProblemTexts.of(headers)));
    }

    @ServerExceptionMapper
    public Response invalid(InvalidRequest e, UriInfo uri, HttpHeaders headers) {
        return respond(validationProblem(e.violations(), uri, ProblemTexts.of(headers)));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonParseException e, UriInfo uri, HttpHeaders headers) {
        ProblemTexts texts = ProblemTexts.of(headers);
        String detail = e.getLocation() == null ? texts.text("malformed-body.detail")
                : texts.text("malformed-body.detail.at", String.valueOf(e.getLocation().getLineNr()),
                        String.valueOf(e.getLocation().getColumnNr()));
        return respond(Problem.of("malformed-body", texts.text("malformed-body.title"), 400, detail, path(uri)));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return respond(validationProblem(List.of(new Problem.Violation(jsonPath(e), mismatchMessage(e))), uri,
                ProblemTexts.of(headers)));
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        ProblemTexts texts = ProblemTexts.of(headers);
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return respond(validationProblem(List.of(new Problem.Violation(jsonPath(mapping),
                    "has a value that cannot be read")), uri, texts));
        }
        return respond(Problem.of("malformed-body", texts.text("malformed-body.title"), 400,
                texts.text("malformed-body.detail.unreadable"), path(uri)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonParseException parse) {
            return unreadableJson(parse, uri, headers);
        }
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return mismatchedInput(mismatch, uri, headers);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return otherJson(json, uri, headers);
        }
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String reason = type == null ? "HTTP " + status : type.getReasonPhrase();
        ProblemTexts texts = ProblemTexts.of(headers);
        String title = texts.title("http." + status, reason);
        String detail = switch (status) {
            case 404, 405, 406, 415 -> texts.text("http." + status + ".detail", path(uri));
            default -> title + ".";
        };
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(slug(reason), title, status, detail, path(uri)));
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
    public Response unauthenticated(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(known("unauthenticated", 401, path(uri), ProblemTexts.of(headers)))
                .build();
    }

    /** A verified partner whose role does not allow the operation. */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(known("forbidden", 403, path(uri), ProblemTexts.of(headers)));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        ProblemTexts texts = ProblemTexts.of(headers);
        if (Failures.concurrentChange(e)) {
            LOG.infof("Concurrent change on %s: %s", path(uri), Failures.rootMessage(e));
            return respond(known("concurrent-change", 409, path(uri), texts));
        }
        if (Failures.databaseUnavailable(e)) {
            LOG.warnf("Database unavailable on %s: %s", path(uri), Failures.rootMessage(e));
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "5")
                    .entity(known("database-unavailable", 503, path(uri), texts))
                    .build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, path(uri));
        return respond(Problem.of("internal", texts.text("internal.title"), 500,
                texts.text("internal.detail", errorId), path(uri)));
    }

    /** A problem of a kind the platform words itself, title and detail from the texts. */
    private static Problem known(String slug, int status, String path, ProblemTexts texts) {
        return Problem.of(slug, texts.text(slug + ".title"), status, texts.text(slug + ".detail"), path);
    }

    static Problem validationProblem(List<Problem.Violation> violations, UriInfo uri, ProblemTexts texts) {
        String detail = violations.size() == 1
                ? texts.text("validation.detail.one", violations.get(0).field(), violations.get(0).message())
                : texts.text("validation.detail.many", String.valueOf(violations.size()), violations.stream()
                        .map(Problem.Violation::field).distinct().collect(Collectors.joining(", ")));
        return new Problem(Problem.TYPE_PREFIX + "validation", texts.text("validation.title"), 400, detail,
                path(uri), violations, null);
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
