package org.returnops.consular.clearance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnops.consular.Examples;
import org.returnops.consular.UserCause;
import org.returnops.platform.problem.Problem;
import org.returnops.platform.security.PartnerIdentity;
import org.returnops.platform.security.Roles;

import java.util.UUID;

@Path("/api/v1/clearances")
@Tag(name = "Clearances", description = "Each authority's decision on each person, and its work queue")
@Produces(MediaType.APPLICATION_JSON)
public class ClearanceResource {

    @Inject ClearanceService service;
    @Inject PartnerIdentity partner;

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({Roles.KZ_MIGRATION, Roles.UZ_BORDER, Roles.TJ_EMBASSY, Roles.TJ_BORDER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide a clearance",
            description = "The authority the clearance belongs to (the token's organisation) grants or denies it, once; "
                    + "a denial needs a reason. Announces clearance.decided.v1; when every clearance of the person is "
                    + "granted, migrant.cleared.v1; on a denial, clearance.denied.v1. Authority systems can send the "
                    + "same decision as clearance.decision.v1 on their own topic partner.<authority>.decisions.v1.")
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(schema = @Schema(implementation = ClearanceView.class)))
    @APIResponse(responseCode = "400", description = "No outcome, a denial without reason, or validUntil in the past",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "denied", value = Examples.DECISION_DENIED)))
    @APIResponse(responseCode = "403", description = "Not an authority's partner, or the clearance belongs to another authority")
    @APIResponse(responseCode = "404", description = "No such clearance")
    @APIResponse(responseCode = "409", description = "Already decided, or the case is closed")
    public ClearanceView decide(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest decision) {
        return service.decide(id, decision, partner.organisation().orElse(null), UserCause.of(partner), null);
    }

    @POST
    @Path("/{id}/revocation")
    @RolesAllowed({Roles.KZ_MIGRATION, Roles.UZ_BORDER, Roles.TJ_EMBASSY, Roles.TJ_BORDER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a decision",
            description = "The owning authority takes back a grant or a denial, with a reason kept in the case history; "
                    + "the clearance is pending again and requested anew (clearance.requested.v1), the case re-opened "
                    + "(clearance-case.reopened.v1). Not once the person has departed: on the road the clearances "
                    + "stand.")
    @APIResponse(responseCode = "200", description = "Revoked; the clearance is pending again",
            content = @Content(schema = @Schema(implementation = ClearanceView.class)))
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "403", description = "Not an authority's partner, or the clearance belongs to another authority")
    @APIResponse(responseCode = "404", description = "No such clearance")
    @APIResponse(responseCode = "409",
            description = "Nothing decided to revoke, the case is closed, or the person has departed")
    public ClearanceView revoke(@PathParam("id") UUID id, @Valid @NotNull RevocationRequest request) {
        return service.revoke(id, request.reason(), partner.organisation().orElse(null), UserCause.of(partner));
    }
}
