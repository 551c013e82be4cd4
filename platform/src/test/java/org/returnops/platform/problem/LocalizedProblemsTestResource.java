package org.returnops.platform.problem;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** An open operation with a validated parameter, outside {@code /api/} so that it needs no token. */
@Path("/checks")
public class LocalizedProblemsTestResource {

    @GET
    @PermitAll
    public int check(@QueryParam("size") @Max(value = 100, message = "must be at most 100") int size) {
        return size;
    }

    @GET
    @Path("/{id}")
    @PermitAll
    public int get(@PathParam("id") String id) {
        throw new DomainProblem.NotFound("There is no check " + id + ".");
    }
}
