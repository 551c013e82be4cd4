package org.returnops.consular.traveldocument;

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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnops.consular.UserCause;
import org.returnops.platform.security.PartnerIdentity;
import org.returnops.platform.security.Roles;

import java.util.UUID;

@Path("/api/v1/clearance-cases/{migrantId}/travel-documents")
@Tag(name = "Travel documents", description = "Certificates of return for people without a valid passport")
@Produces(MediaType.APPLICATION_JSON)
public class TravelDocumentResource {

    @Inject TravelDocumentService service;
    @Inject PartnerIdentity partner;

    @POST
    @RolesAllowed(Roles.TJ_EMBASSY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a certificate of return",
            description = "The Tajik embassy (the token's organisation) issues a certificate of return, valid 30 days from "
                    + "issue for one journey; the TJ nationality clearance of a person without a valid passport can "
                    + "only be granted with one. Announces travel-document.issued.v1.")
    @APIResponse(responseCode = "201", description = "Issued",
            content = @Content(schema = @Schema(implementation = TravelDocumentView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule")
    @APIResponse(responseCode = "403", description = "The caller is not the embassy of the route")
    @APIResponse(responseCode = "404", description = "No case for this person")
    @APIResponse(responseCode = "409", description = "A valid certificate exists, the number is taken, or the case is closed")
    public Response issue(@PathParam("migrantId") UUID migrantId, @Valid @NotNull TravelDocumentRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(service.issue(migrantId, request, partner.organisation().orElse(null), UserCause.of(partner)))
                .build();
    }
}
