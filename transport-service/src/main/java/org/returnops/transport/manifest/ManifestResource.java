package org.returnops.transport.manifest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnops.platform.problem.Problem;
import org.returnops.platform.security.PartnerIdentity;
import org.returnops.platform.security.Roles;
import org.returnops.transport.Examples;

import java.util.UUID;

@Path("/api/v1/convoys/{id}")
@Tag(name = "Manifests", description = "Who sits where: built from the pool of eligible people, changed until confirmed")
@Produces(MediaType.APPLICATION_JSON)
public class ManifestResource {

    @Inject ManifestService service;
    @Inject ManifestBuilder builder;
    @Inject PartnerIdentity partner;

    @RolesAllowed(Roles.OPERATOR)
    @POST
    @Path("/manifest")
    @Operation(summary = "Build the manifest from the pool", description = """
            Seats eligible people (cleared, consented, not withdrawn, on no other manifest, clearance valid at the \
            planned departure, bound for a destination region the convoy's route serves): households whole in one \
            vehicle, accessible-seat needs first, then escort needs (unaccompanied or separated children only in a \
            vehicle with an escort), then other vulnerabilities, then everyone else, earliest cleared first; never \
            over capacity. On a manifest already built it tops up the free seats. The response lists who stayed in \
            the pool, in order, and why; after them those bound for a region the route does not serve \
            (DESTINATION_NOT_SERVED, with the region) or without a destination (NO_DESTINATION), with their \
            households. Emits \
            migrant.assigned.v1 per person seated.""")
    @APIResponse(responseCode = "201", description = "Built; Location names the manifest",
            content = @Content(schema = @Schema(implementation = ManifestBuildView.class)))
    @APIResponse(responseCode = "200", description = "Topped up",
            content = @Content(schema = @Schema(implementation = ManifestBuildView.class)))
    @APIResponse(responseCode = "404", description = "No convoy has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "not found", value = Examples.CONVOY_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The manifest is confirmed or the convoy has left, or someone "
            + "changed the convoy at the same time",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "illegal transition", value = Examples.ILLEGAL_TRANSITION)))
    public Response build(@PathParam("id") UUID id, UriInfo uri) {
        boolean first = service.notBuiltYet(id);
        ManifestBuildView built = builder.build(id);
        return first ? Response.created(uri.getAbsolutePath()).entity(built).build() : Response.ok(built).build();
    }

    @RolesAllowed({Roles.OPERATOR, Roles.KZ_MIGRATION, Roles.UZ_BORDER, Roles.TJ_BORDER})
    @GET
    @Path("/manifest")
    @Operation(summary = "Get the manifest", description = "Per vehicle, per seat: who sits there and their status. "
            + "Vulnerabilities only for the operator: a border authority learns who crosses and what help they need "
            + "(seat needs), not why.")
    @APIResponse(responseCode = "200", description = "The manifest",
            content = @Content(schema = @Schema(implementation = ManifestView.class)))
    @APIResponse(responseCode = "404", description = "No convoy has this id")
    public ManifestView get(@PathParam("id") UUID id) {
        ManifestView manifest = service.get(id);
        return partner.hasRole(Roles.OPERATOR) ? manifest : manifest.withoutVulnerabilities();
    }

    @RolesAllowed({Roles.OPERATOR, Roles.KZ_MIGRATION, Roles.UZ_BORDER, Roles.TJ_BORDER})
    @GET
    @Path("/manifest.csv")
    @Produces("text/csv")
    @Operation(summary = "The manifest as CSV", description = """
            The passenger list border posts receive in advance, one line per seat in vehicle order: convoy_id, \
            route_code, planned_departure, vehicle_plate, seat, migrant_id, family_name, given_name, patronymic, \
            sex, date_of_birth, nationality, document_type, document_number, household_id, destination_region, \
            seat_needs, status. Vulnerabilities are not in it.""")
    @APIResponse(responseCode = "200", description = "The CSV (RFC 4180, UTF-8 with a byte-order mark, header line first)",
            content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "manifest",
                    value = Examples.MANIFEST_CSV)))
    @APIResponse(responseCode = "404", description = "No convoy has this id")
    public Response csv(@PathParam("id") UUID id) {
        return Response.ok(service.csv(id), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"manifest-" + id + ".csv\"").build();
    }

    @RolesAllowed(Roles.OPERATOR)
    @DELETE
    @Path("/manifest/passengers/{migrantId}")
    @Operation(summary = "Take a person off the manifest", description = "Before confirmation only; the person goes "
            + "back to the pool. Emits migrant.unassigned.v1 (MANIFEST_CHANGED).")
    @APIResponse(responseCode = "200", description = "The manifest without them",
            content = @Content(schema = @Schema(implementation = ManifestView.class)))
    @APIResponse(responseCode = "404", description = "No such convoy, or the person is not on its manifest")
    @APIResponse(responseCode = "409", description = "The manifest is confirmed (or not built)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "confirmed", value = Examples.MANIFEST_CONFIRMED_CONFLICT)))
    public ManifestView remove(@PathParam("id") UUID id, @PathParam("migrantId") UUID migrantId) {
        return service.remove(id, migrantId);
    }

    @RolesAllowed(Roles.OPERATOR)
    @POST
    @Path("/manifest/moves")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a household to another vehicle", description = "Before confirmation only; the person "
            + "moves with every member of their household on the manifest, under the build's rules (room, accessible "
            + "seats, escort). Emits migrant.assigned.v1 with the new seat per person moved.")
    @APIResponse(responseCode = "200", description = "The manifest after the move",
            content = @Content(schema = @Schema(implementation = ManifestView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing, or the vehicle is not in the convoy")
    @APIResponse(responseCode = "404", description = "No such convoy, or the person is not on its manifest")
    @APIResponse(responseCode = "409", description = "The household does not fit there, or the manifest is confirmed")
    public ManifestView move(@PathParam("id") UUID id, @Valid @NotNull MoveRequest request) {
        return service.move(id, request);
    }

    @RolesAllowed(Roles.OPERATOR)
    @POST
    @Path("/manifest/confirmation")
    @Operation(summary = "Confirm the manifest", description = "Freezes who travels; border posts receive it. "
            + "Emits manifest.confirmed.v1.")
    @APIResponse(responseCode = "200", description = "Confirmed",
            content = @Content(schema = @Schema(implementation = ManifestView.class)))
    @APIResponse(responseCode = "404", description = "No convoy has this id")
    @APIResponse(responseCode = "409", description = "Not manifested, or the manifest is empty",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "illegal transition", value = Examples.ILLEGAL_TRANSITION)))
    public ManifestView confirm(@PathParam("id") UUID id) {
        return service.confirm(id);
    }
}
