package org.returnops.messaging.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.returnops.platform.security.Roles;

/**
 * The auditor's read of one service's audit trail. Each service serves it under a path of its own
 * ({@code /api/v1/audit/registry}, {@code /api/v1/audit/consular}, {@code /api/v1/audit/transport}) by
 * extending this class with its {@code @Path} and {@code @Tag}, so the gateway routes and documents each
 * like any other path. Only the {@code auditor} role may read it. The security requirement is declared
 * here because the generated ones see only the annotations of a resource's own methods.
 */
public abstract class AuditResource {

    @Inject AuditTrail trail;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Read this service's audit trail",
            description = "Every read or change of personal data in this service, newest first: who (partner and "
                    + "organisation), what (action, operation, the people concerned), when, and the request id. "
                    + "Filters: person, partner, time (from inclusive, to exclusive); one page at a time with the "
                    + "total. Rows are append-only. Auditor role only.")
    @APIResponse(responseCode = "200", description = "One page of audit rows",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditPage.class)))
    @APIResponse(responseCode = "400", description = "A filter, the page or the size is not valid")
    @APIResponse(responseCode = "401", description = "No token, or one that does not verify")
    @APIResponse(responseCode = "403", description = "The partner is not an auditor")
    @SecurityRequirement(name = "bearer", scopes = Roles.AUDITOR)
    public Response search(@Valid @BeanParam AuditQuery query) {
        AuditPage page = trail.search(query);
        return Response.ok(page).header("X-Total-Count", page.total()).build();
    }
}
