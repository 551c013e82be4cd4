package org.returnops.registry.migrant;

import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnops.messaging.idempotency.IdempotencyKeys;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.platform.problem.Problem;
import org.returnops.platform.problem.ProblemResponses;
import org.returnops.platform.rest.Created;
import org.returnops.platform.security.PartnerIdentity;
import org.returnops.platform.security.Roles;
import org.returnops.registry.Examples;

import java.io.StringReader;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/migrants")
@Tag(name = "Migrants", description = "People registered for return: identity, documents, vulnerabilities, consent, status")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class MigrantResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject MigrantService service;
    @Inject MigrantExport export;
    @Inject PartnerIdentity partner;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a person",
            description = "Stores the person at a staging site (status REGISTERED) and announces migrant.registered.v1 "
                    + "on registry.migrants.v1 through the outbox: the registration succeeds even while the broker is "
                    + "down, and the event follows when it is back. At least one name (Latin or Cyrillic script); a "
                    + "document already registered to someone else is a 409 naming that person. Sent again with the same "
                    + "Idempotency-Key (after a timeout or a 503), it registers nobody new and answers with the person "
                    + "the first request registered.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new record, ETag its version. "
            + "Idempotent-Replayed: true when an earlier request with the same Idempotency-Key registered the person",
            content = @Content(schema = @Schema(implementation = MigrantView.class)))
    @APIResponse(responseCode = "400", description = ProblemResponses.INVALID_FIELDS,
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "invalid", value = Examples.MIGRANT_INVALID)))
    @APIResponse(responseCode = "409", description = "A document is already registered to another person (existingId), "
            + "or a request with the same Idempotency-Key is still being carried out",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "document in use", value = Examples.MIGRANT_DOCUMENT_IN_USE)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was sent before with another request")
    public Response register(@Valid @NotNull MigrantRequest request, @Parameter(description = IdempotencyKeys.DESCRIPTION,
            example = "4d7f9a3e-2b1c-4e8a-9f60-1c2d3e4f5a6b") @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            UriInfo uri) {
        IdempotencyKeys.Once<MigrantView> done = service.register(request, caller(),
                IdempotencyKeys.Key.of(idempotencyKey, caller(), "migrant.register", request));
        MigrantView migrant = done.resource();
        return Created.at(uri, migrant.id()).tag(etag(migrant)).entity(migrant)
                .header(IdempotencyKeys.REPLAYED, done.replayed() ? "true" : null).build();
    }

    @GET
    @Operation(summary = "Search people",
            description = "People matching every filter given (status, vulnerability, site, household, destination "
                    + "region, free text over names in both scripts), one page at a time, with the total count. "
                    + "Beyond 10,000 matches the total is a lower bound (totalExact false): "
                    + "narrow the filters. A search that returns names is recorded in the audit trail.")
    @APIResponse(responseCode = "200", description = "One page of matches",
            content = @Content(schema = @Schema(implementation = MigrantPage.class)))
    @APIResponse(responseCode = "400", description = "A filter, the page, the size or the order is not valid")
    public Response search(@Valid @BeanParam MigrantQuery query) {
        MigrantPage page = service.search(query);
        return Response.ok(page).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @Operation(summary = "Export people as CSV",
            description = "Every person matching the filters (the search's filters and order; page and size are "
                    + "ignored), streamed as CSV (RFC 4180, UTF-8 with a byte-order mark) with a header line of snake_case "
                    + "names: migrant_id, family_name_latin, given_name_latin, family_name_cyrillic, given_name_cyrillic, "
                    + "sex, date_of_birth, nationality, site_code, destination_region, household_id, status, "
                    + "registered_at. Recorded in the audit trail.")
    @APIResponse(responseCode = "200", description = "The CSV", content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "400", description = "A filter or the order is not valid")
    public Response export(@Valid @BeanParam MigrantQuery query) {
        List<String> terms = query.q == null ? List.of() : MigrantService.searchTerms(query.q);
        export.audit(query);
        StreamingOutput body = out -> export.write(query, terms, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"migrants.csv\"").build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a registered person", description = "The person with this id; ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The person",
            content = @Content(schema = @Schema(implementation = MigrantView.class)))
    @APIResponse(responseCode = "404", description = "No person has this id")
    public Response get(@Parameter(description = "The person's id") @PathParam("id") UUID id) {
        MigrantView migrant = service.get(id);
        return Response.ok(migrant).tag(etag(migrant)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MERGE_PATCH)
    @Operation(summary = "Change a person's record",
            description = "A JSON merge patch (RFC 7386, Content-Type application/merge-patch+json) of the editable "
                    + "fields: siteCode, nameLatin, nameCyrillic, sex, dateOfBirth, nationality, phone, destinationRegion, "
                    + "vulnerabilities, seatNeeds, consent (recording consent given later). If-Match must carry the ETag "
                    + "of the record as read: 428 without it, 412 when someone changed it meanwhile. The result must "
                    + "pass every registration rule. Announces migrant.updated.v1 with the fields that changed.")
    @RequestBody(content = @Content(mediaType = MERGE_PATCH,
            examples = @ExampleObject(name = "consent and region", value = Examples.MIGRANT_PATCH)))
    @APIResponse(responseCode = "200", description = "Changed; ETag carries the new version",
            content = @Content(schema = @Schema(implementation = MigrantView.class)))
    @APIResponse(responseCode = "400", description = "The patch is not JSON, names a field that cannot be changed, or "
            + "the result breaks a rule")
    @APIResponse(responseCode = "404", description = "No person has this id")
    @APIResponse(responseCode = "412", description = "The record changed since it was read (If-Match is stale)")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response patch(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of the record as read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
            String body) {
        MigrantView migrant = service.patch(id, version(ifMatch), mergePatch(body));
        return Response.ok(migrant).tag(etag(migrant)).build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "A person's status history",
            description = "Every status change, oldest first, with time, cause (user:<client id> or event:<event id>) "
                    + "and reason. Recorded in the audit trail.")
    @APIResponse(responseCode = "200", description = "The history",
            content = @Content(schema = @Schema(implementation = StatusChangeView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No person has this id")
    public List<StatusChangeView> history(@PathParam("id") UUID id) {
        return service.history(id);
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a person from the return",
            description = "The person leaves the return, or withdraws consent; possible until departure. Status becomes "
                    + "WITHDRAWN and migrant.withdrawn.v1 is announced (clearance cases are cancelled, seats freed).")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = MigrantView.class)))
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "404", description = "No person has this id")
    @APIResponse(responseCode = "409", description = "Not possible from the person's status (e.g. already in transit)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "illegal transition", value = Examples.ILLEGAL_TRANSITION)))
    public MigrantView withdraw(@PathParam("id") UUID id, @Valid @NotNull WithdrawalRequest request) {
        return service.withdraw(id, request.reason(), caller());
    }

    /** The verified partner's client id (the token's subject), as the audit trail and status causes name it. */
    private String caller() {
        return partner.clientId().orElseThrow(UnauthorizedException::new);
    }

    static EntityTag etag(MigrantView migrant) {
        return new EntityTag(Long.toString(migrant.version()));
    }

    /** The version an If-Match names; null without one; a value that names no version matches none. */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    static JsonObject mergePatch(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidRequest("body", "must be a JSON object (a merge patch)");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new InvalidRequest("body", "must be a JSON object (a merge patch)");
        }
    }
}
