package org.returnops.consular.pcr;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnops.platform.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/clearance-cases/{migrantId}/pcr-evidence")
@Tag(name = "PCR evidence", description = "The PCR certificates behind the tests, with their scans, for the border "
        + "officers checking the paper in front of them")
public class PcrEvidenceResource {

    @Inject PcrEvidenceService service;

    @RolesAllowed(Roles.OPERATOR)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a PCR certificate", description = "Laboratory, certificate number, sample time and "
            + "result as on the paper; the test counts for UZ transit like any recorded test (the sample time is "
            + "when it was taken). A certificate number is recorded once per laboratory.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = PcrEvidenceView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or breaks a rule")
    @APIResponse(responseCode = "404", description = "No case for this person")
    @APIResponse(responseCode = "409", description = "The laboratory's certificate is recorded already; existingId "
            + "names it")
    public Response record(@PathParam("migrantId") UUID migrantId, @Valid @NotNull PcrEvidenceRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.record(migrantId, request)).build();
    }

    @RolesAllowed(Roles.OPERATOR)
    @PUT
    @Path("/{id}/scan")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RequestBody(description = "The scan file", required = true, content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @Operation(summary = "Upload the scan of a certificate", description = "A PDF, PNG or JPEG of at most 1 MiB; the "
            + "type is checked by the file's first bytes and must match Content-Type. Replaces an earlier scan.")
    @APIResponse(responseCode = "200", description = "Stored",
            content = @Content(schema = @Schema(implementation = PcrEvidenceView.class)))
    @APIResponse(responseCode = "400", description = "Empty, too large, not a PDF, PNG or JPEG, or a Content-Type "
            + "that is not the file's")
    @APIResponse(responseCode = "404", description = "No such certificate for this person")
    public PcrEvidenceView upload(@PathParam("migrantId") UUID migrantId, @PathParam("id") UUID id, byte[] content,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return service.attachScan(migrantId, id, content, contentType);
    }

    @RolesAllowed({Roles.OPERATOR, Roles.KZ_MIGRATION, Roles.UZ_BORDER, Roles.TJ_BORDER})
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A person's PCR certificates", description = "By sample time. A border service reads them "
            + "only for a person on a convoy's manifest. Audited.")
    @APIResponse(responseCode = "200", description = "The certificates",
            content = @Content(schema = @Schema(implementation = PcrEvidenceView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", description = "A border service asking about a person on no manifest")
    @APIResponse(responseCode = "404", description = "No case for this person")
    public List<PcrEvidenceView> list(@PathParam("migrantId") UUID migrantId) {
        return service.list(migrantId);
    }

    @RolesAllowed({Roles.OPERATOR, Roles.KZ_MIGRATION, Roles.UZ_BORDER, Roles.TJ_BORDER})
    @GET
    @Path("/{id}/scan")
    @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(summary = "The scan of a certificate", description = "The file as uploaded, with its media type. A "
            + "border service reads it only for a person on a convoy's manifest. Audited.")
    @APIResponse(responseCode = "200", description = "The scan")
    @APIResponse(responseCode = "403", description = "A border service asking about a person on no manifest")
    @APIResponse(responseCode = "404", description = "No such certificate, or it has no scan")
    public Response scan(@PathParam("migrantId") UUID migrantId, @PathParam("id") UUID id) {
        PcrEvidenceService.Scan scan = service.scan(migrantId, id);
        return Response.ok(scan.content(), scan.mediaType()).build();
    }
}
