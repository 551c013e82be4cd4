package org.returnops.transport.convoy;

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
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnops.platform.paging.PageRequest;
import org.returnops.platform.paging.PagedResponse;
import org.returnops.platform.paging.Paging;
import org.returnops.platform.problem.Problem;
import org.returnops.platform.rest.Created;
import org.returnops.platform.security.Roles;
import org.returnops.transport.Examples;

import java.util.UUID;

@Path("/api/v1/convoys")
@Tag(name = "Convoys", description = "Convoys from plan to hand-over: boarding, departure, checkpoint headcounts, arrival")
@Produces(MediaType.APPLICATION_JSON)
public class ConvoyResource {

    @Inject ConvoyService service;
    @Inject CheckpointService checkpoints;
    @Inject Rescheduling rescheduling;
    @Inject HandOver handOver;

    @RolesAllowed({Roles.OPERATOR, Roles.OBSERVER, Roles.KZ_MIGRATION, Roles.UZ_BORDER, Roles.TJ_BORDER})
    @GET
    @Operation(summary = "List convoys", description = "Convoys by planned departure, optionally only those in one "
            + "status.")
    @APIResponse(responseCode = "200", description = "One page of the convoys",
            content = @Content(schema = @Schema(implementation = ConvoySummary.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "The status filter is not a convoy status, or the page or the "
            + "size is not a whole number in range")
    public Response list(@Parameter(description = "Only convoys in this status", example = "DEPARTED")
            @QueryParam("status") ConvoyStatus status, @BeanParam PageRequest page, @Context UriInfo uri) {
        Paging paging = page.paging();
        return PagedResponse.of(service.list(status, paging), paging, uri);
    }

    @RolesAllowed({Roles.OPERATOR, Roles.OBSERVER, Roles.KZ_MIGRATION, Roles.UZ_BORDER, Roles.TJ_BORDER})
    @GET
    @Path("/{id}")
    @Operation(summary = "Get one convoy", description = "Status, vehicles with their counts, open headcount "
            + "mismatches and the timeline of what happened.")
    @APIResponse(responseCode = "200", description = "The convoy",
            content = @Content(schema = @Schema(implementation = ConvoyView.class)))
    @APIResponse(responseCode = "404", description = "No convoy has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "not found", value = Examples.CONVOY_NOT_FOUND)))
    public ConvoyView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @RolesAllowed(Roles.OPERATOR)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a convoy", description = "A route, a planned departure and the vehicles in order, "
            + "each with the escort aboard it if any. A vehicle already in an active convoy cannot be taken. "
            + "Emits convoy.planned.v1.")
    @APIResponse(responseCode = "201", description = "Planned; Location names the new convoy",
            content = @Content(schema = @Schema(implementation = ConvoyView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or breaks a rule (unknown route or vehicle)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "invalid", value = Examples.CONVOY_INVALID)))
    @APIResponse(responseCode = "409", description = "A vehicle is already in an active convoy; existingId names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "vehicle taken", value = Examples.CONVOY_VEHICLE_TAKEN)))
    public Response plan(@Valid @NotNull ConvoyRequest request, UriInfo uri) {
        ConvoyView convoy = service.plan(request);
        return Created.at(uri, convoy.id()).entity(convoy).build();
    }

    @RolesAllowed(Roles.OPERATOR)
    @POST
    @Path("/{id}/boarding")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record who boarded", description = "People of the confirmed manifest who actually boarded; "
            + "may be sent again as more board. The convoy is BOARDING.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ConvoyView.class)))
    @APIResponse(responseCode = "400", description = "Someone named is not on the manifest")
    @APIResponse(responseCode = "404", description = "No convoy has this id")
    @APIResponse(responseCode = "409", description = "The manifest is not confirmed, or the convoy has left",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "illegal transition", value = Examples.ILLEGAL_TRANSITION)))
    public ConvoyView board(@PathParam("id") UUID id, @Valid @NotNull BoardingRequest request) {
        return service.board(id, request);
    }

    @RolesAllowed(Roles.OPERATOR)
    @POST
    @Path("/{id}/departure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the departure", description = "The convoy leaves with those who boarded; everyone "
            + "else on the manifest is a no-show (migrant.no-show.v1 at BOARDING). Emits convoy.departed.v1.")
    @APIResponse(responseCode = "200", description = "Departed",
            content = @Content(schema = @Schema(implementation = ConvoyView.class)))
    @APIResponse(responseCode = "404", description = "No convoy has this id")
    @APIResponse(responseCode = "409", description = "Not boarding, or nobody aboard",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "illegal transition", value = Examples.ILLEGAL_TRANSITION)))
    public ConvoyView depart(@PathParam("id") UUID id, DepartureRequest request) {
        return service.depart(id, request);
    }

    @RolesAllowed({Roles.OPERATOR, Roles.KZ_MIGRATION, Roles.UZ_BORDER, Roles.TJ_BORDER})
    @POST
    @Path("/{id}/checkpoints")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a checkpoint", description = "A crossing of the convoy's route passed, with the "
            + "headcount of every vehicle: a number (counted), or the people checked one by one by seat number "
            + "(seats) or document number (documents), which names who is missing. Crossings are passed in route "
            + "order: the next one, or a recount at the one last passed. Each count is checked against those who "
            + "boarded the vehicle; a difference emits headcount.mismatch.v1 and blocks the arrival until a recount "
            + "matches or the arrival names the no-shows. A border service (kz-migration, uz-border, tj-border) "
            + "records only the crossings of its own country. Emits checkpoint.passed.v1.")
    @APIResponse(responseCode = "201", description = "Recorded; mismatches says how many vehicles differ",
            content = @Content(schema = @Schema(implementation = CheckpointView.class)))
    @APIResponse(responseCode = "400", description = "Not a crossing of the route, or a vehicle missing or unknown",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "wrong crossing", value = Examples.CHECKPOINT_INVALID)))
    @APIResponse(responseCode = "404", description = "No convoy has this id")
    @APIResponse(responseCode = "403", description = "A border service recording a crossing of another country")
    @APIResponse(responseCode = "409", description = "The convoy is not on the road, or the crossing is out of route "
            + "order")
    public Response checkpoint(@PathParam("id") UUID id, @Valid @NotNull CheckpointRequest request) {
        return Response.status(Response.Status.CREATED).entity(checkpoints.checkpoint(id, request)).build();
    }

    @RolesAllowed(Roles.OPERATOR)
    @POST
    @Path("/{id}/arrival")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the arrival and hand-over", description = "The receiving authority, the boarded "
            + "people missing on arrival, and optionally the headcount at the hand-over (as at a checkpoint; a count "
            + "per person names who is missing); everyone else who boarded arrived. Refused before every crossing of "
            + "the route is recorded, and while a vehicle's last headcount (the hand-over's when given) differs from "
            + "those expected aboard. Emits migrant.arrived.v1 and migrant.no-show.v1 per person and "
            + "convoy.arrived.v1; the vehicles are free again.")
    @APIResponse(responseCode = "200", description = "Arrived",
            content = @Content(schema = @Schema(implementation = ConvoyView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or a no-show did not board")
    @APIResponse(responseCode = "404", description = "No convoy has this id")
    @APIResponse(responseCode = "409", description = "Not departed, a crossing of the route not yet passed, or a "
            + "headcount mismatch is unresolved",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "mismatch", value = Examples.ARRIVAL_MISMATCH)))
    public ConvoyView arrive(@PathParam("id") UUID id, @Valid @NotNull ArrivalRequest request) {
        return handOver.arrive(id, request);
    }

    @RolesAllowed(Roles.OPERATOR)
    @POST
    @Path("/{id}/closure")
    @Operation(summary = "Close an arrived convoy", description = "Nothing more is recorded on it.")
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(schema = @Schema(implementation = ConvoyView.class)))
    @APIResponse(responseCode = "404", description = "No convoy has this id")
    @APIResponse(responseCode = "409", description = "The convoy has not arrived")
    public ConvoyView close(@PathParam("id") UUID id) {
        return service.close(id);
    }

    @RolesAllowed(Roles.OPERATOR)
    @POST
    @Path("/{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a convoy before departure", description = "Every seat is given back "
            + "(migrant.unassigned.v1 with CONVOY_CANCELLED) and the vehicles are free again.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = ConvoyView.class)))
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "404", description = "No convoy has this id")
    @APIResponse(responseCode = "409", description = "The convoy has left, or is closed or cancelled")
    public ConvoyView cancel(@PathParam("id") UUID id, @Valid @NotNull CancellationRequest request) {
        return service.cancel(id, request);
    }

    @RolesAllowed(Roles.OPERATOR)
    @POST
    @Path("/{id}/rescheduling")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the departure of a convoy", description = "A PLANNED or MANIFESTED convoy gets a new "
            + "planned departure and keeps its manifest. Every seated person's clearance is checked against the new "
            + "time: whoever's ends at or before it is taken off with their household (migrant.unassigned.v1, "
            + "CLEARANCE_NOT_VALID) and listed with the reason. Emits convoy.rescheduled.v1, on which consular "
            + "re-checks every grant against the new departure. The timeline records it.")
    @APIResponse(responseCode = "200", description = "Moved; takenOff lists who left the manifest and why",
            content = @Content(schema = @Schema(implementation = RescheduleView.class)))
    @APIResponse(responseCode = "400", description = "No new departure or reason, or the departure planned now")
    @APIResponse(responseCode = "404", description = "No convoy has this id")
    @APIResponse(responseCode = "409", description = "The manifest is confirmed or the convoy has left")
    public RescheduleView reschedule(@PathParam("id") UUID id, @Valid @NotNull RescheduleRequest request) {
        return rescheduling.reschedule(id, request);
    }
}
