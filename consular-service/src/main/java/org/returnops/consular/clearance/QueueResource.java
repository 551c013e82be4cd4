package org.returnops.consular.clearance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

@Path("/api/v1/authorities/{code}/queue")
@Tag(name = "Clearances")
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

    @Inject ClearanceService service;
    @Inject PartnerIdentity partner;

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.KZ_MIGRATION, Roles.UZ_BORDER, Roles.TJ_EMBASSY, Roles.TJ_BORDER})
    @Operation(summary = "An authority's work queue",
            description = "The clearances this authority has still to decide, oldest request first, each with only "
                    + "what the authority needs to decide it: name, birth date, nationality and documents. An "
                    + "authority reads only its own queue (the token's organisation); the operator reads every queue.")
    @APIResponse(responseCode = "200", description = "One page of the pending clearances, oldest first",
            content = @Content(schema = @Schema(implementation = QueueEntryView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", description = "Not an authority's or the operator's partner, or the queue of another authority")
    @APIResponse(responseCode = "404", description = "No authority has this code")
    public Response queue(@Parameter(example = "UZ-BORDER") @PathParam("code") String code,
            @BeanParam PageRequest page, @Context UriInfo uri) {
        String organisation = partner.organisation().orElse(null);
        if (!partner.hasRole(Roles.OPERATOR) && !code.equals(organisation)) {
            throw new ClearanceService.Forbidden("Not yours to read", "The queue of " + code + " is not yours: you act for "
                    + (organisation == null ? "no authority" : organisation) + ".");
        }
        Paging paging = page.paging();
        return PagedResponse.of(service.queue(code, paging), paging, uri);
    }
}
