package org.returnops.gateway.web.session;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.returnops.gateway.web.ServiceClient;

import java.net.URI;

/** How the pages answer when nobody is logged in, or a service is down. */
public class WebResponses {

    /** To the login page; an htmx request is told to go there itself (a redirect would land inside the page). */
    @ServerExceptionMapper
    public Response notLoggedIn(NotLoggedIn e, jakarta.ws.rs.core.HttpHeaders headers) {
        if ("true".equals(headers.getHeaderString("HX-Request"))) {
            return Response.status(401).header("HX-Redirect", "/login").build();
        }
        return Response.seeOther(URI.create("/login")).build();
    }

    @ServerExceptionMapper
    public Response unavailable(ServiceClient.ServiceUnavailable e) {
        return Response.status(503).header("Retry-After", "5").type("text/html;charset=UTF-8")
                .entity("<!DOCTYPE html><html lang=\"en\"><head><title>Unavailable</title></head><body><main><h1>"
                        + e.service() + " is not answering</h1><p><a href=\"\">Try again</a></p></main></body></html>")
                .build();
    }
}
