package org.returnops.gateway.web.session;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.returnops.gateway.web.Page;

import java.net.URI;
import java.util.Locale;

/**
 * Login and logout of people (not partner systems): name and password checked against the configured
 * users, a session cookie on success. The login form carries no session yet; it is protected by the
 * session cookie's SameSite=Strict and by giving nothing away (one message for every refusal).
 */
@PermitAll
@Path("/")
public class LoginResource {

    @Inject Template login;
    @Inject WebUsers users;
    @Inject Sessions sessions;

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form(@BeanParam Visitor visitor) {
        return page(visitor.locale(), Refusal.NONE, null);
    }

    @POST
    @Path("login")
    @Blocking
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response login(@FormParam("username") String username, @FormParam("password") String password,
            @BeanParam Visitor visitor, @Context UriInfo uri) {
        Locale locale = visitor.locale();
        WebUsers.Outcome outcome = users.login(username, password);
        if (outcome instanceof WebUsers.Accepted accepted) {
            sessions.close(visitor.session());
            WebSession session = sessions.open(username.strip(), accepted.account());
            return Response.seeOther(URI.create("/"))
                    .cookie(Sessions.cookie(session.id(), "https".equals(uri.getBaseUri().getScheme()), -1))
                    .build();
        }
        boolean locked = outcome instanceof WebUsers.Locked;
        return Response.status(locked ? 429 : 401).type(MediaType.TEXT_HTML_TYPE)
                .entity(page(locale, locked ? Refusal.LOCKED : Refusal.WRONG, username)).build();
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@CookieParam(Sessions.COOKIE) String cookie, @FormParam(Sessions.CSRF_FIELD) String csrf,
            @Context UriInfo uri) {
        sessions.checkCsrf(sessions.require(cookie), csrf);
        sessions.close(cookie);
        return Response.seeOther(URI.create("/login"))
                .cookie(Sessions.cookie("", "https".equals(uri.getBaseUri().getScheme()), 0)).build();
    }

    /** Why the last attempt was refused; the page says it in one sentence, the same for a wrong name or password. */
    enum Refusal { NONE, WRONG, LOCKED }

    private TemplateInstance page(Locale locale, Refusal refusal, String username) {
        return login.data("page", Page.of(null, locale, "/login"))
                .data("wrong", refusal == Refusal.WRONG).data("locked", refusal == Refusal.LOCKED)
                .data("username", username).setLocale(locale);
    }
}
