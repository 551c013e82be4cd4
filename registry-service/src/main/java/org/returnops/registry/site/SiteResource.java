package org.returnops.registry.site;

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
import org.returnops.registry.Examples;

import java.util.List;

@Path("/api/v1/sites")
@Tag(name = "Sites", description = "Staging sites where stranded people are registered and wait for their convoy")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class SiteResource {

    @Inject SiteService service;

    @GET
    @Operation(summary = "List staging sites",
            description = "All staging sites ordered by code, optionally only those of one country.")
    @APIResponse(responseCode = "200", description = "The sites",
            content = @Content(schema = @Schema(implementation = SiteView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = CountryCode.FILTER_REFUSED)
    public List<SiteView> list(
            @Parameter(description = "ISO 3166-1 alpha-3 country code", example = "KAZ")
            @QueryParam("country") @CountryCode String country) {
        return service.list(country);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Get one staging site", description = "The staging site with this code.")
    @APIResponse(responseCode = "200", description = "The site",
            content = @Content(schema = @Schema(implementation = SiteView.class)))
    @APIResponse(responseCode = "404", description = "No site has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "not found", value = Examples.SITE_NOT_FOUND)))
    public SiteView get(@Parameter(description = "Site code", example = "KZ-ZHIBEK-ZHOLY") @PathParam("code") String code) {
        return service.get(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a staging site",
            description = "Adds a site where people are registered; the code is chosen by the operator and is permanent.")
    @APIResponse(responseCode = "201", description = "Stored; Location names the new site",
            content = @Content(schema = @Schema(implementation = SiteView.class)))
    @APIResponse(responseCode = "400", description = ProblemResponses.INVALID_FIELDS,
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "invalid", value = Examples.SITE_INVALID)))
    @APIResponse(responseCode = "409", description = "A site with this code exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "duplicate", value = Examples.SITE_CONFLICT)))
    @RolesAllowed(Roles.OPERATOR)
    public Response create(@Valid @NotNull SiteRequest request, UriInfo uri) {
        SiteView site = service.create(request);
        return Created.at(uri, site.code()).entity(site).build();
    }
}
