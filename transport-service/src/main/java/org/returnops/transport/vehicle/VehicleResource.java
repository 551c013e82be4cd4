package org.returnops.transport.vehicle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnops.platform.paging.PageRequest;
import org.returnops.platform.paging.PagedResponse;
import org.returnops.platform.paging.Paging;
import org.returnops.platform.problem.Problem;
import org.returnops.platform.problem.ProblemResponses;
import org.returnops.platform.rest.Created;
import org.returnops.platform.security.Roles;

import java.util.UUID;

@Path("/api/v1/vehicles")
@Tag(name = "Vehicles", description = "Buses and minibuses of the carriers, with seats, accessible seats and driver")
@Produces(MediaType.APPLICATION_JSON)
public class VehicleResource {

    @Inject VehicleService service;

    @RolesAllowed(Roles.OPERATOR)
    @GET
    @Operation(summary = "List vehicles", description = "Vehicles ordered by plate, each with the active convoy it is "
            + "in.")
    @APIResponse(responseCode = "200", description = "One page of the vehicles",
            content = @Content(schema = @Schema(implementation = VehicleView.class, type = SchemaType.ARRAY)))
    public Response list(@BeanParam PageRequest page, @Context UriInfo uri) {
        Paging paging = page.paging();
        return PagedResponse.of(service.list(paging), paging, uri);
    }

    @RolesAllowed(Roles.OPERATOR)
    @GET
    @Path("/{id}")
    @Operation(summary = "Get one vehicle", description = "The vehicle with this id.")
    @APIResponse(responseCode = "200", description = "The vehicle",
            content = @Content(schema = @Schema(implementation = VehicleView.class)))
    @APIResponse(responseCode = "404", description = "No vehicle has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "not found", value = VehicleExamples.VEHICLE_NOT_FOUND)))
    public VehicleView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @RolesAllowed(Roles.OPERATOR)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a vehicle", description = "Adds a vehicle with its passenger seats (driver and escort "
            + "have their own), how many of them are accessible (the first ones from the front), and its driver.")
    @APIResponse(responseCode = "201", description = "Stored; Location names the new vehicle",
            content = @Content(schema = @Schema(implementation = VehicleView.class)))
    @APIResponse(responseCode = "400", description = ProblemResponses.INVALID_FIELDS,
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "invalid", value = VehicleExamples.VEHICLE_INVALID)))
    @APIResponse(responseCode = "409", description = "A vehicle with this plate exists; existingId names it")
    public Response create(@Valid @NotNull VehicleRequest request, UriInfo uri) {
        VehicleView vehicle = service.create(request);
        return Created.at(uri, vehicle.id()).entity(vehicle).build();
    }

    @RolesAllowed(Roles.OPERATOR)
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a vehicle", description = "Replaces the plate, carrier, seats and driver. The seats "
            + "of a vehicle in an active convoy cannot change. Recorded in the audit trail.")
    @APIResponse(responseCode = "200", description = "Corrected",
            content = @Content(schema = @Schema(implementation = VehicleView.class)))
    @APIResponse(responseCode = "400", description = ProblemResponses.INVALID_FIELDS)
    @APIResponse(responseCode = "404", description = "No vehicle has this id")
    @APIResponse(responseCode = "409", description = "Retired, the plate is another vehicle's, or the seats of a vehicle "
            + "in an active convoy; existingId names the other vehicle or the convoy")
    public VehicleView correct(@PathParam("id") UUID id, @Valid @NotNull VehicleRequest request) {
        return service.correct(id, request);
    }

    @RolesAllowed(Roles.OPERATOR)
    @POST
    @Path("/{id}/retirement")
    @Operation(summary = "Retire a vehicle", description = "No new convoy may take the vehicle; it stays readable for "
            + "the convoys it served and is never deleted. Refused while it is in an active convoy. Recorded in the "
            + "audit trail.")
    @APIResponse(responseCode = "200", description = "Retired",
            content = @Content(schema = @Schema(implementation = VehicleView.class)))
    @APIResponse(responseCode = "404", description = "No vehicle has this id")
    @APIResponse(responseCode = "409", description = "The vehicle is in an active convoy; existingId names it")
    public VehicleView retire(@PathParam("id") UUID id) {
        return service.retire(id);
    }
}
