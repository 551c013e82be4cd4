package org.returnops.registry.migrant;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnops.platform.problem.Problem;
import org.returnops.registry.Examples;

import java.util.UUID;

@Path("/api/v1/migrants")
@Tag(name = "Migrants", description = "People registered for return")
@Produces(MediaType.APPLICATION_JSON)
public class MigrantResource {

    private final MigrantService service;

    public MigrantResource(MigrantService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a person",
            description = "Stores the person at a staging site and announces migrant.registered.v1 on "
                    + "registry.migrants.v1 (through the outbox: the registration succeeds even while the broker "
                    + "is down, and the event follows when it is back).")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new record",
            content = @Content(schema = @Schema(implementation = MigrantView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or breaks a rule; every failing field is listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.MIGRANT_INVALID)))
    public Response register(@Valid @NotNull MigrantRequest request, UriInfo uri) {
        MigrantView migrant = service.register(request);
        return Response.created(uri.getAbsolutePathBuilder().path(migrant.id().toString()).build())
                .entity(migrant).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a registered person", description = "The person with this id.")
    @APIResponse(responseCode = "200", description = "The person",
            content = @Content(schema = @Schema(implementation = MigrantView.class)))
    @APIResponse(responseCode = "404", description = "No person has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MigrantView get(@Parameter(description = "The person's id") @PathParam("id") UUID id) {
        return service.get(id);
    }
}
