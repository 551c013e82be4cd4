package org.returnops.gateway.web.i18n;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The language switcher: remembers the choice in a cookie and goes back to the page it was made on. */
@PermitAll
@Path("/language")
public class LanguageResource {

    @GET
    public Response choose(@QueryParam("lang") String lang, @QueryParam("back") String back) {
        String target = back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/";
        Response.ResponseBuilder response = Response.seeOther(URI.create(target));
        if (Languages.supported(lang)) {
            response.cookie(new NewCookie.Builder(Languages.COOKIE).value(lang).path("/")
                    .sameSite(NewCookie.SameSite.STRICT).maxAge(365 * 24 * 3600).build());
        }
        return response.build();
    }
}
