package org.returnops.platform.problem;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.returnops.platform.security.Roles;

/** A resource documented the way the services document theirs: codes and descriptions, an example at most. */
@Path("/api/v1/things")
@Produces(MediaType.APPLICATION_JSON)
public class ProblemResponsesTestResource {

    static final String NOT_FOUND = """
            {"type": "urn:return-ops:problem:not-found", "title": "Not found", "status": 404}""";

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.OPERATOR)
    @APIResponse(responseCode = "200", description = "The thing")
    @APIResponse(responseCode = "404", description = "No such thing",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "not found", value = NOT_FOUND)))
    public String get(@PathParam("id") String id) {
        return "{}";
    }

    @POST
    @PermitAll
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "400", description = "Not valid", content = @Content(mediaType = "application/json"))
    @APIResponse(responseCode = "503", description = "The database is down")
    public String create(String body) {
        return body;
    }
}
