package org.returnops.consular.clearancecase;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnops.consular.UserCause;
import org.returnops.platform.paging.PageRequest;
import org.returnops.platform.paging.PagedResponse;
import org.returnops.platform.paging.Paging;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.platform.security.PartnerIdentity;
import org.returnops.platform.security.Roles;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

@Path("/api/v1/clearance-cases")
@Tag(name = "Clearance cases", description = "The clearances each person needs before boarding")
@Produces(MediaType.APPLICATION_JSON)
public class ClearanceCaseResource {

    @Inject ClearanceCaseService service;
    @Inject PartnerIdentity partner;

    @GET
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "List clearance cases",
            description = "Cases oldest first, filtered by status, by an authority that has a clearance in them, by "
                    + "person, or by how long a clearance has been waiting.")
    @APIResponse(responseCode = "400", description = "A filter that cannot be read, or a page or size out of range")
    @APIResponse(responseCode = "200", description = "One page of the cases, oldest first",
            content = @Content(schema = @Schema(implementation = ClearanceCaseView.class,
                    type = SchemaType.ARRAY)))
    public Response list(@QueryParam("status") CaseStatus status,
            @QueryParam("authority") String authority, @QueryParam("migrant") UUID migrant,
            @Parameter(description = "Only cases with a clearance still pending that was requested at or before this "
                    + "instant (ISO-8601): what has been waiting at least since then",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2020-10-20T08:00:00Z")
            @QueryParam("pending-since") String pendingSince, @BeanParam PageRequest page, @Context UriInfo uri) {
        Instant since = instant("pending-since", pendingSince);
        Paging paging = page.paging();
        return PagedResponse.of(service.list(status, authority, migrant, since, paging), paging, uri);
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(field, "must be an ISO-8601 instant such as 2020-10-20T08:00:00Z");
        }
    }

    @POST
    @Path("/{migrantId}/pcr-tests")
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a PCR test",
            description = "UZ transit is granted only with a negative test taken within consular.uz-transit.pcr-validity "
                    + "(72 hours, the 2020 rule); a positive result voids an earlier negative one.")
    @APIResponse(responseCode = "200", description = "Recorded; the case now",
            content = @Content(schema = @Schema(implementation = ClearanceCaseView.class)))
    @APIResponse(responseCode = "400", description = "No time, a time in the future, or an unknown result")
    @APIResponse(responseCode = "404", description = "No case for this person")
    public ClearanceCaseView recordPcr(@PathParam("migrantId") UUID migrantId,
            @Valid @NotNull PcrTestRequest test) {
        return service.recordPcr(migrantId, test, UserCause.of(partner));
    }

    @GET
    @Path("/{migrantId}")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Get a person's clearance case",
            description = "The case opened when the person's registration (migrant.registered.v1, with consent) "
                    + "reached the consular service.")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = ClearanceCaseView.class)))
    @APIResponse(responseCode = "404", description = "No case for this person (not registered, no consent, or the "
            + "registration has not arrived yet)")
    public ClearanceCaseView get(@Parameter(description = "The person's id in the registry")
            @PathParam("migrantId") UUID migrantId) {
        return service.get(migrantId);
    }
}
