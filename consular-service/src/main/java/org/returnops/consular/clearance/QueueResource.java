package org.returnops.consular.clearance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnops.platform.problem.Problem;
import org.returnops.platform.security.PartnerIdentity;
import org.returnops.platform.security.Roles;

import java.util.List;

@Path("/api/v1/authorities/{code}/queue")
@Tag(name = "Clearances")
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

    private final ClearanceService service;
    private final PartnerIdentity partner;

    public QueueResource(ClearanceService service, PartnerIdentity partner) {
        this.service = service;
        this.partner = partner;
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.KZ_MIGRATION, Roles.UZ_BORDER, Roles.TJ_EMBASSY, Roles.TJ_BORDER})
    @Operation(summary = "An authority's work queue",
            description = "The clearances this authority has still to decide, oldest request first, each with only "
                    + "what the authority needs to decide it: name, birth date, nationality and documents. An "
                    + "authority reads only its own queue (the token's organisation); the operator reads every queue.")
    @APIResponse(responseCode = "200", description = "The pending clearances",
            content = @Content(schema = @Schema(implementation = QueueEntryView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", description = "Not an authority's or the operator's partner, or the queue of another authority",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No authority has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<QueueEntryView> queue(@Parameter(example = "UZ-BORDER") @PathParam("code") String code) {
        String organisation = partner.organisation().orElse(null);
        if (!partner.hasRole(Roles.OPERATOR) && !code.equals(organisation)) {
            throw new ClearanceService.Forbidden("Not yours to read", "The queue of " + code + " is not yours: you act for "
                    + (organisation == null ? "no authority" : organisation) + ".");
        }
        return service.queue(code);
    }
}
