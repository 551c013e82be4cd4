package org.returnops.transport.crossing;

import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.returnops.platform.problem.Problem;
import org.returnops.platform.problem.ProblemResponses;
import org.returnops.platform.rest.Created;
import org.returnops.platform.security.Roles;
import org.returnops.platform.validation.CountryCode;
import org.returnops.transport.Examples;

import java.util.List;

@Path("/api/v1/crossings")
@Tag(name = "Crossings", description = "Border crossings of the routes Kazakhstan - Uzbekistan - Tajikistan")
@Produces(MediaType.APPLICATION_JSON)
public class CrossingResource {

    @Inject CrossingService service;

    @Authenticated
    @GET
    @Operation(summary = "List border crossings",
            description = "All border crossings ordered by code, optionally only those with a post in one country.")
    @APIResponse(responseCode = "200", description = "The crossings",
            content = @Content(schema = @Schema(implementation = CrossingView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = CountryCode.FILTER_REFUSED)
    public List<CrossingView> list(
            @Parameter(description = "ISO 3166-1 alpha-3 country code", example = "KAZ")
            @QueryParam("country") @CountryCode String country) {
        return service.list(country);
    }

    @Authenticated
    @GET
    @Path("/{code}")
    @Operation(summary = "Get one border crossing", description = "The border crossing with this code.")
    @APIResponse(responseCode = "200", description = "The crossing",
            content = @Content(schema = @Schema(implementation = CrossingView.class)))
    @APIResponse(responseCode = "404", description = "No crossing has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "not found", value = Examples.CROSSING_NOT_FOUND)))
    public CrossingView get(@Parameter(description = "Crossing code", example = "KZ-UZ-ZHIBEK-ZHOLY") @PathParam("code") String code) {
        return service.get(code);
    }

    @RolesAllowed(Roles.OPERATOR)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a border crossing",
            description = "Adds a pair of border posts a convoy can pass; the code is permanent.")
    @APIResponse(responseCode = "201", description = "Stored; Location names the new crossing",
            content = @Content(schema = @Schema(implementation = CrossingView.class)))
    @APIResponse(responseCode = "400", description = ProblemResponses.INVALID_FIELDS,
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "invalid", value = Examples.CROSSING_INVALID)))
    @APIResponse(responseCode = "409", description = "A crossing with this code exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "duplicate", value = Examples.CROSSING_CONFLICT)))
    public Response create(@Valid @NotNull CrossingRequest request, UriInfo uri) {
        CrossingView crossing = service.create(request);
        return Created.at(uri, crossing.code()).entity(crossing).build();
    }

    @RolesAllowed(Roles.OPERATOR)
    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a border crossing", description = "Replaces the name, posts, countries and road of "
            + "the crossing; the code in the body must be the one in the path (a code never changes). Recorded in the "
            + "audit trail.")
    @APIResponse(responseCode = "200", description = "Corrected",
            content = @Content(schema = @Schema(implementation = CrossingView.class)))
    @APIResponse(responseCode = "400", description = ProblemResponses.INVALID_FIELDS)
    @APIResponse(responseCode = "404", description = "No crossing has this code")
    @APIResponse(responseCode = "409", description = "The crossing is retired")
    public CrossingView correct(@Parameter(description = "Crossing code", example = "UZ-TJ-OYBEK") @PathParam("code")
            String code, @Valid @NotNull CrossingRequest request) {
        return service.correct(code, request);
    }

    @RolesAllowed(Roles.OPERATOR)
    @POST
    @Path("/{code}/retirement")
    @Operation(summary = "Retire a border crossing", description = "No route may take the crossing any more; it stays "
            + "readable for the convoys that passed it. Refused while a route in use passes it. Recorded in the audit "
            + "trail.")
    @APIResponse(responseCode = "200", description = "Retired",
            content = @Content(schema = @Schema(implementation = CrossingView.class)))
    @APIResponse(responseCode = "404", description = "No crossing has this code")
    @APIResponse(responseCode = "409", description = "A route in use passes the crossing; existingId names one")
    public CrossingView retire(@Parameter(description = "Crossing code", example = "UZ-TJ-OYBEK") @PathParam("code")
            String code) {
        return service.retire(code);
    }
}
