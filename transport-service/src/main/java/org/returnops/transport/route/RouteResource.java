package org.returnops.transport.route;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnops.platform.problem.Problem;
import org.returnops.transport.Examples;

import java.util.List;

@Path("/api/v1/routes")
@Tag(name = "Routes", description = "Routes home with their legs and border crossings (reference data)")
@Produces(MediaType.APPLICATION_JSON)
public class RouteResource {

    private final RouteRepository routes;

    public RouteResource(RouteRepository routes) {
        this.routes = routes;
    }

    @Authenticated
    @GET
    @Operation(summary = "List routes", description = "Every route ordered by code, each with its legs in travel order.")
    @APIResponse(responseCode = "200", description = "The routes",
            content = @Content(schema = @Schema(implementation = RouteView.class, type = SchemaType.ARRAY)))
    public List<RouteView> list() {
        return routes.listOrdered().stream().map(RouteView::from).toList();
    }

    @Authenticated
    @GET
    @Path("/{code}")
    @Operation(summary = "Get one route", description = "The route with this code and its legs.")
    @APIResponse(responseCode = "200", description = "The route",
            content = @Content(schema = @Schema(implementation = RouteView.class)))
    @APIResponse(responseCode = "404", description = "No route has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "not found", value = Examples.ROUTE_NOT_FOUND)))
    public RouteView get(@Parameter(description = "Route code", example = "KZ-UZ-TJ-KHUJAND") @PathParam("code") String code) {
        return routes.findByIdOptional(code).map(RouteView::from).orElseThrow(() -> new RouteNotFound(code));
    }
}
