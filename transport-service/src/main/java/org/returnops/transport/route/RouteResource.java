package org.returnops.transport.route;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnops.platform.problem.Problem;
import org.returnops.platform.problem.ProblemResponses;
import org.returnops.platform.security.Roles;
import org.returnops.platform.validation.ReferenceCode;

import java.util.List;

@Path("/api/v1/routes")
@Tag(name = "Routes", description = "Routes home with their legs, border crossings and the destination regions they "
        + "serve (reference data)")
@Produces(MediaType.APPLICATION_JSON)
public class RouteResource {

    @Inject RouteService service;

    @Authenticated
    @GET
    @Operation(summary = "List routes", description = "Every route ordered by code, each with its legs in travel "
            + "order and the destination regions it serves; optionally only the routes serving one region.")
    @APIResponse(responseCode = "200", description = "The routes",
            content = @Content(schema = @Schema(implementation = RouteView.class, type = SchemaType.ARRAY)))
    public List<RouteView> list(@Parameter(description = "Only routes serving this destination region (any case)",
            example = "Khatlon") @QueryParam("region") String region) {
        return service.list(region);
    }

    @Authenticated
    @GET
    @Path("/{code}")
    @Operation(summary = "Get one route", description = "The route with this code, its legs and regions.")
    @APIResponse(responseCode = "200", description = "The route",
            content = @Content(schema = @Schema(implementation = RouteView.class)))
    @APIResponse(responseCode = "404", description = "No route has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "not found", value = RouteExamples.ROUTE_NOT_FOUND)))
    public RouteView get(@Parameter(description = "Route code", example = "KZ-UZ-TJ-KHUJAND") @PathParam("code") String code) {
        return service.get(code);
    }

    @RolesAllowed(Roles.OPERATOR)
    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or correct a route", description = "Adds the route with this code, or replaces its "
            + "name, places, legs (in travel order, each starting where the previous ends; a leg crossing a border "
            + "names a crossing in use) and the destination regions it serves. A manifest seats only people bound "
            + "for one of the regions of its convoy's route. The crossings of a route with a convoy on the road "
            + "cannot change. Recorded in the audit trail.")
    @APIResponse(responseCode = "200", description = "Corrected",
            content = @Content(schema = @Schema(implementation = RouteView.class)))
    @APIResponse(responseCode = "201", description = "Added; Location names the route",
            content = @Content(schema = @Schema(implementation = RouteView.class)))
    @APIResponse(responseCode = "400", description = ProblemResponses.INVALID_FIELDS,
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "invalid", value = RouteExamples.ROUTE_INVALID)))
    @APIResponse(responseCode = "409", description = "The route is retired, or a convoy on the road holds its crossings")
    public Response save(@Parameter(description = "Route code", example = "KZ-UZ-TJ-KULOB") @PathParam("code")
            @ReferenceCode String code, @Valid @NotNull RouteRequest request, UriInfo uri) {
        RouteService.Saved saved = service.save(code, request);
        return saved.added() ? Response.created(uri.getAbsolutePath()).entity(saved.route()).build()
                : Response.ok(saved.route()).build();
    }

    @RolesAllowed(Roles.OPERATOR)
    @POST
    @Path("/{code}/retirement")
    @Operation(summary = "Retire a route", description = "No new convoy may take the route; convoys that did keep "
            + "it. Retiring again changes nothing. Recorded in the audit trail.")
    @APIResponse(responseCode = "200", description = "Retired",
            content = @Content(schema = @Schema(implementation = RouteView.class)))
    @APIResponse(responseCode = "404", description = "No route has this code")
    public RouteView retire(@Parameter(description = "Route code", example = "KZ-UZ-TJ-KHUJAND") @PathParam("code")
            String code) {
        return service.retire(code);
    }
}
