package org.returnops.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Every "201 Created" of the suite names the new thing the same way: the collection it was posted to, then its id. */
public final class Created {

    private Created() {
    }

    /** A 201 whose Location is the request's path followed by the id (a code or a UUID). */
    public static Response.ResponseBuilder at(UriInfo uri, Object id) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build());
    }
}
