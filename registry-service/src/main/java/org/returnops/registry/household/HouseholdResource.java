package org.returnops.registry.household;

import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnops.messaging.idempotency.IdempotencyKeys;
import org.returnops.platform.rest.Created;
import org.returnops.platform.security.PartnerIdentity;
import org.returnops.platform.security.Roles;

import java.util.UUID;

@Path("/api/v1/households")
@Tag(name = "Households", description = "People who travel together, always seated in one vehicle")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class HouseholdResource {

    @Inject HouseholdService service;
    @Inject PartnerIdentity partner;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Form a household",
            description = "A head (registered) and members, registered already (memberIds) or registered now "
                    + "(newMembers, each a full registration). A person is in one household at a time. A child with an "
                    + "adult in the household is no longer an unaccompanied child.")
    @APIResponse(responseCode = "201", description = "Formed; Location names it. Idempotent-Replayed: true when an "
            + "earlier request with the same Idempotency-Key formed it",
            content = @Content(schema = @Schema(implementation = HouseholdView.class)))
    @APIResponse(responseCode = "400", description = "A field or a new member's registration breaks a rule")
    @APIResponse(responseCode = "404", description = "The head or a member is not registered")
    @APIResponse(responseCode = "409", description = "Someone is already in another household (existingId), or a "
            + "request with the same Idempotency-Key is still being carried out")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was sent before with another request")
    public Response create(@Valid @NotNull HouseholdRequest request, @Parameter(description = IdempotencyKeys.DESCRIPTION)
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, UriInfo uri) {
        IdempotencyKeys.Once<HouseholdView> formed = service.create(request, caller(),
                IdempotencyKeys.Key.of(idempotencyKey, caller(), "household.create", request));
        return Created.at(uri, formed.resource().id()).entity(formed.resource())
                .header(IdempotencyKeys.REPLAYED, formed.replayed() ? "true" : null).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a household", description = "The household with its members' records (audited read).")
    @APIResponse(responseCode = "200", description = "The household",
            content = @Content(schema = @Schema(implementation = HouseholdView.class)))
    @APIResponse(responseCode = "404", description = "No such household")
    public HouseholdView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a member", description = "A registered person who is in no other household joins.")
    @APIResponse(responseCode = "200", description = "The household now",
            content = @Content(schema = @Schema(implementation = HouseholdView.class)))
    @APIResponse(responseCode = "404", description = "No such household or person")
    @APIResponse(responseCode = "409", description = "The person is in another household")
    public HouseholdView add(@PathParam("id") UUID id, @Valid @NotNull MemberRequest request) {
        return service.add(id, request.migrantId());
    }

    @DELETE
    @Path("/{id}/members/{migrantId}")
    @Operation(summary = "Remove a member", description = "The person travels alone from now on; the head cannot leave.")
    @APIResponse(responseCode = "200", description = "The household now",
            content = @Content(schema = @Schema(implementation = HouseholdView.class)))
    @APIResponse(responseCode = "404", description = "No such household, or the person is not a member")
    @APIResponse(responseCode = "409", description = "The person is the head")
    public HouseholdView remove(@PathParam("id") UUID id, @PathParam("migrantId") UUID migrantId) {
        return service.remove(id, migrantId);
    }

    /** The verified partner's client id (the token's subject), as the audit trail and status causes name it. */
    private String caller() {
        return partner.clientId().orElseThrow(UnauthorizedException::new);
    }
}
