package org.returnops.registry.duplicate;

import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.returnops.platform.paging.PageRequest;
import org.returnops.platform.paging.PagedResponse;
import org.returnops.platform.paging.Paging;
import org.returnops.platform.security.PartnerIdentity;
import org.returnops.platform.security.Roles;

import java.util.UUID;

@Path("/api/v1/duplicates")
@Tag(name = "Duplicates", description = "Records that may be one person registered twice, for review")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class DuplicateResource {

    @Inject DuplicateService service;
    @Inject PartnerIdentity partner;

    @GET
    @Operation(summary = "List flagged likely duplicates",
            description = "Pairs with the same birth date and a similar name across scripts (\"Рахимов Фаррух\" ≈ "
                    + "\"Rakhimov Farrukh\" ≈ \"Rahimov Farruh\"), oldest first; OPEN by default.")
    @APIResponse(responseCode = "200", description = "One page of the flagged pairs, oldest first",
            content = @Content(schema = @Schema(implementation = DuplicateView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "Unknown status")
    public Response list(
            @Parameter(description = "OPEN, DISTINCT or MERGED") @QueryParam("status") @DefaultValue("OPEN")
            DuplicateFlag.Status status, @BeanParam PageRequest page, @Context UriInfo uri) {
        Paging paging = page.paging();
        return PagedResponse.of(service.list(status, paging), paging, uri);
    }

    @POST
    @Path("/{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve a flagged pair",
            description = "DISTINCT: two people. MERGE: one person; the record named in keep takes the other's "
                    + "documents, household, vulnerabilities, seat needs and status history, and the other is "
                    + "withdrawn (migrant.withdrawn.v1, migrant.updated.v1).")
    @APIResponse(responseCode = "200", description = "Resolved",
            content = @Content(schema = @Schema(implementation = DuplicateView.class)))
    @APIResponse(responseCode = "400", description = "No decision, or keep is not one of the pair")
    @APIResponse(responseCode = "404", description = "No such flag")
    @APIResponse(responseCode = "409", description = "Already resolved, or the record to remove can no longer be withdrawn")
    public DuplicateView resolve(@PathParam("id") UUID id, @Valid @NotNull ResolutionRequest request) {
        return service.resolve(id, request, caller());
    }

    /** The verified partner's client id (the token's subject), as the audit trail and status causes name it. */
    private String caller() {
        return partner.clientId().orElseThrow(UnauthorizedException::new);
    }
}
