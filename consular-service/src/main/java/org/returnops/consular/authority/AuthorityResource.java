package org.returnops.consular.authority;

import io.quarkus.security.Authenticated;
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
import org.returnops.consular.Examples;

import java.util.List;

@Path("/api/v1/authorities")
@Tag(name = "Authorities", description = "The state authorities that decide the clearances of the route")
@Produces(MediaType.APPLICATION_JSON)
public class AuthorityResource {

    @Inject AuthorityService service;

    @GET
    @Authenticated
    @Operation(summary = "List deciding authorities",
            description = "All deciding authorities ordered by code, optionally only those of one country.")
    @APIResponse(responseCode = "200", description = "The authorities",
            content = @Content(schema = @Schema(implementation = AuthorityView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = CountryCode.FILTER_REFUSED)
    public List<AuthorityView> list(
            @Parameter(description = "ISO 3166-1 alpha-3 country code", example = "KAZ")
            @QueryParam("country") @CountryCode String country) {
        return service.list(country);
    }

    @GET
    @Path("/{code}")
    @Authenticated
    @Operation(summary = "Get one authority", description = "The authority with this code.")
    @APIResponse(responseCode = "200", description = "The authority",
            content = @Content(schema = @Schema(implementation = AuthorityView.class)))
    @APIResponse(responseCode = "404", description = "No authority has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "not found", value = Examples.AUTHORITY_NOT_FOUND)))
    public AuthorityView get(@Parameter(description = "Authority code", example = "KZ-MIGRATION") @PathParam("code") String code) {
        return service.get(code);
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a deciding authority",
            description = "Adds an authority that decides one kind of clearance; the code is permanent.")
    @APIResponse(responseCode = "201", description = "Stored; Location names the new authority",
            content = @Content(schema = @Schema(implementation = AuthorityView.class)))
    @APIResponse(responseCode = "400", description = ProblemResponses.INVALID_FIELDS,
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "invalid", value = Examples.AUTHORITY_INVALID)))
    @APIResponse(responseCode = "409", description = "An authority with this code exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "duplicate", value = Examples.AUTHORITY_CONFLICT)))
    public Response create(@Valid @NotNull AuthorityRequest request, UriInfo uri) {
        AuthorityView authority = service.create(request);
        return Created.at(uri, authority.code()).entity(authority).build();
    }
}
