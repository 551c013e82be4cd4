package org.returnops.platform.paging;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.stream.IntStream;

/** Two paged lists documented the way the services document theirs: one answers the entries, one an object. */
@Path("/entries")
@Produces(MediaType.APPLICATION_JSON)
public class PagedResponsesTestResource {

    /** A page whose body holds the entries and their number, as a search answers. */
    public record Found(List<Integer> entries, long total) {
    }

    @GET
    @PermitAll
    @Operation(summary = "List entries", description = "The numbers 0 to 2,499.")
    @APIResponse(responseCode = "200", description = "One page of entries",
            content = @Content(schema = @Schema(implementation = Integer.class, type = SchemaType.ARRAY)))
    public Response list(@BeanParam PageRequest page, @Context UriInfo uri) {
        Paging paging = page.paging();
        List<Integer> entries = IntStream.range(0, 2500).skip((long) paging.page() * paging.size())
                .limit(paging.size()).boxed().toList();
        return PagedResponse.of(new Page<>(entries, 2500), paging, uri);
    }

    @GET
    @PermitAll
    @Path("/found")
    @Operation(summary = "Find entries", description = "The numbers 0 to 2,499, with their number.")
    @APIResponse(responseCode = "200", description = "One page of entries and their number",
            content = @Content(schema = @Schema(implementation = Found.class)))
    @APIResponse(responseCode = "400", description = "A filter, the page or the size is not valid")
    public Response find(@BeanParam PageRequest page) {
        Paging paging = page.paging();
        return Response.ok(new Found(List.of(), 2500)).header(PagedResponse.TOTAL_COUNT, 2500).build();
    }
}
