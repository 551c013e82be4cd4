package org.returnops.transport.vehicle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnops.platform.problem.Problem;
import org.returnops.platform.security.Roles;
import org.returnops.transport.Examples;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/vehicles")
@Tag(name = "Vehicles", description = "Buses and minibuses of the carriers, with seats, accessible seats and driver")
@Produces(MediaType.APPLICATION_JSON)
public class VehicleResource {

    private final VehicleService service;

    public VehicleResource(VehicleService service) {
        this.service = service;
    }

    @RolesAllowed(Roles.OPERATOR)
    @GET
    @Operation(summary = "List vehicles", description = "Every vehicle ordered by plate, with the active convoy it is in.")
    @APIResponse(responseCode = "200", description = "The vehicles",
            content = @Content(schema = @Schema(implementation = VehicleView.class, type = SchemaType.ARRAY)))
    public List<VehicleView> list() {
        return service.list();
    }

    @RolesAllowed(Roles.OPERATOR)
    @GET
    @Path("/{id}")
    @Operation(summary = "Get one vehicle", description = "The vehicle with this id.")
    @APIResponse(responseCode = "200", description = "The vehicle",
            content = @Content(schema = @Schema(implementation = VehicleView.class)))
    @APIResponse(responseCode = "404", description = "No vehicle has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.VEHICLE_NOT_FOUND)))
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
    @APIResponse(responseCode = "400", description = "A field is missing or breaks a rule; every failing field is listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.VEHICLE_INVALID)))
    @APIResponse(responseCode = "409", description = "A vehicle with this plate exists; existingId names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull VehicleRequest request, UriInfo uri) {
        VehicleView vehicle = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(vehicle.id().toString()).build()).entity(vehicle)
                .build();
    }
}
